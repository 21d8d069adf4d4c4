"""Pipeline throughput: articles per second from `ingest` to events stored, with PostgreSQL,
Redis and 1, 2 and 4 Celery worker processes; then where the time goes, stage by stage.

    python bench/pipeline.py [--articles 2000] [--workers 1 2 4]
    python bench/pipeline.py --memory 10000     # one worker's memory over 10,000 articles

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


def outcome() -> tuple[int, int, int]:
    """Events, mentions, and events that look like duplicates (same pair, type, status, date)."""
    import psycopg

    with psycopg.connect(ENV["DATABASE_URL"].replace("postgres://", "postgresql://")) as connection:
        events, mentions = connection.execute(
            "SELECT (SELECT count(*) FROM relations_event), (SELECT count(*) FROM relations_mention)"
        ).fetchone()
        duplicates = connection.execute(
            "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM relations_eventpair p"
            " JOIN relations_event e ON e.id = p.event_id"
            " GROUP BY p.country_a_id, p.country_b_id, e.type, e.status, e.date, e.precision) g"
        ).fetchone()[0]
    return events, mentions, duplicates


def resident_mb(pid: int) -> float:
    """Resident memory of a process and its children (the worker's pool), from /proc."""
    total = 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) / 1024
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return total
    return total + sum(resident_mb(int(child)) for child in children)


def run(articles_file: Path, count: int, workers: int, memory: list | None = None) -> dict:
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
            if memory is not None:
                memory.append((total - pending, resident_mb(worker.pid)))
            if pending == 0:
                break
            time.sleep(0.2)
        elapsed = time.perf_counter() - start
        events, mentions, duplicates = outcome()
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    return {
        "workers": workers,
        "articles": total,
        "ingest_s": ingested,
        "total_s": elapsed,
        "rate": total / elapsed,
        "events": events,
        "mentions": mentions,
        "duplicates": duplicates,
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
    unique = {}  # as `ingest` does, the same text twice is one article
    for record in records_from_path(articles_file, 10_000_000):
        if isinstance(record, ArticleRecord):
            unique.setdefault(Article.hash_text(record.text), record)
    records = list(unique.values())[:sample]
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
    parser.add_argument(
        "--memory", type=int, metavar="N", help="only: N articles through one worker, its memory as it goes"
    )
    args = parser.parse_args()
    from bench.synthetic import generate

    if args.memory:
        return memory_over(args.memory)
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
                f"the ingest command itself {result['ingest_s']:.1f} s); "
                f"{result['events']} events, {result['mentions']} mentions, "
                f"{result['duplicates']} look-alike events",
                flush=True,
            )
        breakdown = stages(articles_file, min(500, args.articles))
        print("per article, one process: " + ", ".join(f"{k[:-3]} {v:.2f} ms" for k, v in breakdown.items()))


def memory_over(count: int) -> None:
    """The resident memory of one worker (main process and pool child) over `count` articles."""
    from bench.synthetic import generate

    with tempfile.TemporaryDirectory() as folder:
        articles_file = Path(folder) / "articles.jsonl"
        articles_file.write_text("".join(json.dumps(r) + "\n" for r in generate(count)))
        samples: list[tuple[int, float]] = []
        result = run(articles_file, count, 1, memory=samples)
    print(f"one worker process, {result['articles']} articles in {result['total_s']:.0f} s; resident memory:")
    for share in (0, 0.1, 0.25, 0.5, 0.75, 1):
        done, megabytes = samples[min(len(samples) - 1, int(share * len(samples)))]
        print(f"  after {done:>6} articles: {megabytes:6.1f} MB")


if __name__ == "__main__":
    main()
