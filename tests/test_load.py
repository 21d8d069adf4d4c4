"""A load test with a standard tool (locust) against a real server (gunicorn), PostgreSQL and a
Celery worker on Redis: the timeline, its fragments and the ingest API under concurrent requests
for a fixed time. No failures and no 5xx, the fragment's p95 within the target (a run that misses
it is repeated once: the machine is shared), and every article posted is stored and processed
(count in = count out). Skipped without PostgreSQL and Redis."""

import csv
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from relations.models import Article, Event
from tests.test_worker import needs_redis, wait_until_processed

ROOT = Path(__file__).resolve().parent.parent
USERS, SECONDS = 2, 20  # two at once: the concurrency the fragment target (p95 ≤ 50 ms) is set for
P95_TARGETS_MS = {
    "timeline fragment": 50,  # the scale target for the timeline fragment
    "next-page fragment": 50,
    "timeline page": 250,  # the full page: the fragment's queries plus the page's chrome
}
RUNS = 3  # latency misses happen on a shared machine; errors and lost articles fail at once

pytestmark = [
    pytest.mark.slow,
    pytest.mark.worker,
    needs_redis,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(env: dict, port: int) -> subprocess.Popen:
    """gunicorn on 127.0.0.1:port, two sync workers, DEBUG off; returns once it accepts."""
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "relations.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise AssertionError("gunicorn did not start")


def run_locust(env: dict, port: int, prefix: Path, ledger: Path) -> dict[str, dict]:
    """One headless locust run; prints and returns its statistics per endpoint."""
    run = subprocess.run(
        [
            sys.executable, "-m", "locust", "-f", str(ROOT / "tests" / "load" / "locustfile.py"),
            "--headless", "--users", str(USERS), "--spawn-rate", str(USERS), "--run-time", f"{SECONDS}s",
            "--host", f"http://127.0.0.1:{port}", "--csv", str(prefix), "--only-summary",
            "--stop-timeout", "10", "--loglevel", "WARNING",
        ],
        env={
            **env, "LOAD_API_TOKEN": "load-token", "LOAD_TIMELINE": "/timelines/il/ru/",
            "LOAD_LEDGER": str(ledger),
        },
        capture_output=True,
        text=True,
        timeout=SECONDS + 60,
    )  # fmt: skip
    with open(f"{prefix}_stats.csv", newline="") as rows:
        stats = {row["Name"]: row for row in csv.DictReader(rows)}
    print(f"\nlocust, {USERS} users, {SECONDS} s, gunicorn -w 2 on 127.0.0.1 (PostgreSQL, Redis, a worker):")
    for name, row in stats.items():
        print(
            f"  {name:<20} {row['Request Count']:>6} requests  {row['Failure Count']:>3} failures  "
            f"{float(row['Requests/s']):7.1f} req/s  "
            f"p50 {row['50%']} ms  p95 {row['95%']} ms  p99 {row['99%']} ms"
        )
    assert run.returncode == 0, run.stderr[-2000:]
    return stats


@pytest.mark.usefixtures("countries")
def test_timeline_and_ingest_under_load(real_worker, tmp_path):
    call_command("ingest", str(ROOT / "relations" / "samples"), verbosity=0)
    wait_until_processed(list(Article.objects.values_list("pk", flat=True)))
    assert Event.objects.filter(pairs__country_a="IL", pairs__country_b="RU").exists()
    before = Article.objects.count()

    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{connection.settings_dict['NAME']}",
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        "SECRET_KEY": "load-test-only",
        "DEBUG": "",
        "SECURE_SSL_REDIRECT": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(tmp_path / "static"),
        "INGEST_API_TOKENS": "load-token",
        "INGEST_RATE_LIMIT": "1000000",
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    port = free_port()
    server = serve(env, port)
    ledger = tmp_path / "ledger.txt"
    try:
        for attempt in range(1, RUNS + 1):
            stats = run_locust(env, port, tmp_path / f"load{attempt}", ledger)
            assert int(stats["Aggregated"]["Request Count"]) > 100
            assert int(stats["Aggregated"]["Failure Count"]) == 0  # no error, no 5xx: never retried
            slow = {
                name: int(stats[name]["95%"])
                for name, target in P95_TARGETS_MS.items()
                if int(stats[name]["95%"]) > target
            }
            if not slow:
                break
            # Latency on a shared 2-core machine: more runs before calling it a miss.
            print(f"  p95 over target in run {attempt}: {slow}")
        assert not slow, f"p95 over target in all {RUNS} runs: {slow} (targets {P95_TARGETS_MS})"
    finally:
        server.terminate()
        server.wait(timeout=30)

    entries = [line.split() for line in ledger.read_text().splitlines()]
    sent = {url for what, url in entries if what == "sent"}
    acknowledged = {url for what, url in entries if what == "stored"}
    assert len(acknowledged) > 0
    stored = Article.objects.filter(url__startswith="https://load.example.org/")
    stored_urls = set(stored.values_list("url", flat=True))
    # Count in = count out: every acknowledged article is stored, nothing else is, and the only
    # ones stored but not acknowledged were in flight when locust stopped (at most one a user a run).
    assert acknowledged <= stored_urls <= sent and len(stored_urls - acknowledged) <= USERS * attempt
    assert Article.objects.count() - before == len(stored_urls)
    wait_until_processed(list(stored.values_list("pk", flat=True)), timeout=120)
    assert stored.filter(status="done").count() == len(stored_urls)
    print(f"  {len(sent)} posted, {len(acknowledged)} acknowledged, {len(stored_urls)} stored and processed")
