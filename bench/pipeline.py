"""Pipeline throughput: articles per second from `ingest` to events stored, with PostgreSQL,
Redis and 1, 2 and 4 Celery worker processes; then where the time goes, stage by stage.

    python bench/pipeline.py [--articles 2000] [--workers 1 2 4]

Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and Redis on 127.0.0.1:6379; it creates and
drops its own database, relations_bench, and uses Redis database 14.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "relations_bench"
ENV = {
    **os.environ,
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/14",
    "SECRET_KEY": "bench-only",
    "DJANGO_SETTINGS_MODULE": "relations.settings",
}
os.environ.update(ENV)
sys.path.insert(0, str(ROOT))

from bench.common import fresh_database as recreate  # noqa: E402


def manage(*args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, check=True, stdout=subprocess.DEVNULL
    )


def fresh_database() -> None:
    recreate(DATABASE, ENV)
    subprocess.run(["redis-cli", "-n", "14", "FLUSHDB"], check=True, stdout=subprocess.DEVNULL)


def pending_count() -> tuple[int, int]:
    import psycopg

    with psycopg.connect(ENV["DATABASE_URL"].replace("postgres://", "postgresql://")) as connection:
        row = connection.execute(
            "SELECT count(*) FILTER (WHERE status IN ('pending', 'processing')), count(*)"
            " FROM relations_article"
        ).fetchone()
    return row[0], row[1]


def run(articles_file: Path, count: int, workers: int) -> dict:
    fresh_database()
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "relations",
            "--quiet",
            "worker",
            "-c",
            str(workers),
            "-l",
            "WARNING",
        ],
        cwd=ROOT,
        env=ENV,
    )
    try:
        time.sleep(3)  # let the worker connect before the clock starts
        if worker.poll() is not None:
            raise SystemExit("the Celery worker did not start")
        start = time.perf_counter()
        manage("ingest", str(articles_file), "--no-progress")
        ingested = time.perf_counter() - start
        while True:
            pending, total = pending_count()
            if pending == 0:
                break
            time.sleep(0.2)
        elapsed = time.perf_counter() - start
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    return {
        "workers": workers,
        "articles": total,
        "ingest_s": ingested,
        "total_s": elapsed,
        "rate": total / elapsed,
    }


def stages(articles_file: Path, sample: int) -> dict:
    """Seconds per article for parse, extract and merge, measured in one process."""
    import django

    django.setup()
    from relations.extraction.engine import extract
    from relations.knowledge import current_knowledge
    from relations.merge import save_extraction
    from relations.models import Article
    from relations.sources import ArticleRecord, records_from_path

    fresh_database()
    t0 = time.perf_counter()
    records = [r for r in records_from_path(articles_file, 10_000_000) if isinstance(r, ArticleRecord)][
        :sample
    ]
    parse = (time.perf_counter() - t0) / len(records)
    knowledge = current_knowledge()
    extract_s = merge_s = write_s = 0.0
    for record in records:
        t1 = time.perf_counter()
        article = Article.objects.create(
            text=record.text,
            content_hash=Article.hash_text(record.text),
            url=record.url,
            page_date=record.page_date,
        )
        t2 = time.perf_counter()
        extraction = extract(record.text, page_date=record.page_date, knowledge=knowledge)
        t3 = time.perf_counter()
        save_extraction(article, extraction)
        t4 = time.perf_counter()
        write_s += t2 - t1
        extract_s += t3 - t2
        merge_s += t4 - t3
    n = len(records)
    return {
        "parse_ms": parse * 1000,
        "store_ms": write_s / n * 1000,
        "extract_ms": extract_s / n * 1000,
        "merge_ms": merge_s / n * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    from bench.synthetic import generate

    with tempfile.TemporaryDirectory() as folder:
        articles_file = Path(folder) / "articles.jsonl"
        articles_file.write_text("".join(json.dumps(r) + "\n" for r in generate(args.articles)))
        print(
            f"{args.articles} synthetic articles; {os.cpu_count()} cores; python {platform.python_version()}"
        )
        for workers in args.workers:
            result = run(articles_file, args.articles, workers)
            print(
                f"{workers} worker process(es): {result['rate']:6.1f} articles/s end to end "
                f"({result['articles']} articles in {result['total_s']:.1f} s; "
                f"the ingest command itself {result['ingest_s']:.1f} s)"
            )
        breakdown = stages(articles_file, min(500, args.articles))
        print("per article, one process: " + ", ".join(f"{k[:-3]} {v:.2f} ms" for k, v in breakdown.items()))


if __name__ == "__main__":
    main()
