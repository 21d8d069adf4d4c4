"""Bulk ingest of one big JSON lines file: wall time, articles per second and peak memory.

    .venv/bin/python bench/bulk_ingest.py [--sizes 1000 10000] [--modes enqueue inprocess]

For each size, writes that many synthetic articles (bench/synthetic.py) to one .jsonl file and
runs `manage.py ingest FILE --no-progress` as a child process against a fresh PostgreSQL
database, relations_ingest (dropped and created, then migrated). Two modes:

- enqueue:   CELERY_BROKER_URL points at Redis database 13 (flushed before and after) and no
             worker runs: the command stores each article and enqueues its task; that is all
             `ingest` does in production.
- inprocess: no broker, so each article's extraction and merge run in the command's process
             on commit (the `make demo` set-up): ingest plus the whole pipeline, one process.

Peak memory is the child's RSS high-water mark (os.wait4 on that child only). It must not grow
with the file: JSON lines are streamed record by record.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import SERVER, machine_facts  # noqa: E402
from bench.common import fresh_database as recreate  # noqa: E402
from bench.synthetic import generate  # noqa: E402

DATABASE = "relations_ingest"
REDIS_DB = "13"
BASE_ENV = {
    **os.environ,
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "SECRET_KEY": "bench",
    "LOG_LEVEL": "WARNING",
}
BASE_ENV.pop("CELERY_BROKER_URL", None)


def fresh_database(env: dict) -> None:
    recreate(DATABASE, env)
    if "CELERY_BROKER_URL" in env:
        subprocess.run(["redis-cli", "-n", REDIS_DB, "FLUSHDB"], check=True, stdout=subprocess.DEVNULL)


def run_child(command: list[str], env: dict) -> tuple[float, int, str, int]:
    """(wall seconds, peak RSS in MB of this child alone, its output, its exit code)."""
    with tempfile.TemporaryFile("w+") as output:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read()
    return elapsed, usage.ru_maxrss // 1024, text, child.returncode


def database_counts() -> tuple[int, int, int]:
    with psycopg.connect(f"{SERVER}/{DATABASE}") as connection:
        return connection.execute(
            "SELECT (SELECT count(*) FROM relations_article),"
            " (SELECT count(*) FROM relations_article WHERE status = 'done'),"
            " (SELECT count(*) FROM relations_event)"
        ).fetchone()


def queued() -> int:
    out = subprocess.run(["redis-cli", "-n", REDIS_DB, "LLEN", "extraction"], capture_output=True, text=True)
    return int(out.stdout.strip() or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument(
        "--modes", nargs="+", choices=["enqueue", "inprocess"], default=["enqueue", "inprocess"]
    )
    args = parser.parse_args()
    print(machine_facts())
    baseline_s, baseline_mb, _out, _code = run_child([sys.executable, "manage.py", "check"], BASE_ENV)
    print(
        f"for scale: `manage.py check` (Django start-up, nothing ingested) takes {baseline_s:.1f} s "
        f"and peaks at {baseline_mb} MB RSS"
    )
    print(
        f"\n{'mode':<10} {'articles':>8} {'file MB':>8} {'wall s':>8} {'art/s':>8} {'peak RSS MB':>11}"
        "  result"
    )
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"articles-{size}.jsonl"
            # synthetic.py dates one interaction a day from 2022-01-03: keep them all in the past
            # (ingest refuses publication dates in the future) with more articles per interaction.
            coverage = max(3, math.ceil(size / 1400))
            with path.open("w") as stream:
                for record in generate(size, coverage=coverage):
                    stream.write(json.dumps(record) + "\n")
            megabytes = path.stat().st_size / 1e6
            for mode in args.modes:
                env = dict(BASE_ENV)
                if mode == "enqueue":
                    env["CELERY_BROKER_URL"] = f"redis://127.0.0.1:6379/{REDIS_DB}"
                fresh_database(env)
                command = [sys.executable, "manage.py", "ingest", str(path), "--no-progress"]
                elapsed, peak, output, code = run_child(command, env)
                articles, done, events = database_counts()
                lines = output.strip().splitlines()
                summary = lines[0] if lines else ""
                if code:
                    summary += f" [exit {code}; {' | '.join(lines[1:3])} …]"
                extra = f"{queued()} tasks queued" if mode == "enqueue" else f"{done} done, {events} events"
                print(
                    f"{mode:<10} {size:>8} {megabytes:>8.1f} {elapsed:>8.1f} {size / elapsed:>8.1f} "
                    f"{peak:>11}  {summary}; {articles} stored, {extra}",
                    flush=True,
                )
                if mode == "enqueue":
                    subprocess.run(
                        ["redis-cli", "-n", REDIS_DB, "FLUSHDB"], check=True, stdout=subprocess.DEVNULL
                    )


if __name__ == "__main__":
    main()
