"""Faults provoked for real: a worker killed mid-article, the broker down at ingest.

Needs PostgreSQL and Redis (CELERY_BROKER_URL=redis://…); the workers are real Celery
processes reading the test database.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection, connections

from relations.celery import app as celery_app
from relations.extraction.engine import extract
from relations.ingest import store
from relations.models import Article, Event
from relations.sources import ArticleRecord
from relations.tasks import enqueue_pending_articles

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "relations" / "samples" / "01_sochi_talks.txt").read_text().split("\n", 1)[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.worker,
    pytest.mark.skipif(
        not settings.CELERY_BROKER_URL.startswith("redis") or connection.vendor != "postgresql",
        reason="needs PostgreSQL and CELERY_BROKER_URL=redis://…",
    ),
    pytest.mark.usefixtures("countries"),
]


@pytest.fixture
def broker():
    client = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    client.flushdb()
    celery_app.conf.task_always_eager = False
    yield client
    client.flushdb()


@pytest.fixture
def start_worker_process():
    """Start `celery worker` processes on the test database; all are killed at the end."""
    db = connection.settings_dict
    host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{host}/{db['NAME']}",
        "BROKER_VISIBILITY_TIMEOUT": "4",
        "BROKER_RESTORE_INTERVAL": "2",
    }
    started = []

    def start():
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "relations",
                "--quiet",
                "worker",
                "-c",
                "1",
                "-l",
                "WARNING",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        process.env = env
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_for(condition, timeout=90.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def status(article_id) -> str:
    return Article.objects.values_list("status", flat=True).get(pk=article_id)


def slow_article() -> ArticleRecord:
    """Long enough that extraction takes seconds: there is time to kill the worker mid-way."""
    return ArticleRecord(text=(SAMPLE + "\n") * (300_000 // len(SAMPLE)), source_name="long.txt")


def expected_events(record: ArticleRecord) -> list[tuple]:
    result = extract(record.text, page_date=record.page_date)
    return sorted(
        (e.date.start, e.date.precision, e.type, e.status) for e in result.events if len(e.countries) > 1
    )


def stored_events() -> list[tuple]:
    return sorted(Event.objects.values_list("date", "precision", "type", "status"))


def test_worker_child_killed_mid_article_is_redelivered_and_processed_once(broker, start_worker_process):
    worker = start_worker_process()
    record = slow_article()
    article_id = store(record).article.pk
    wait_for(lambda: status(article_id) == "processing", what="the worker to start the article")
    child = subprocess.run(["pgrep", "-P", str(worker.pid)], capture_output=True, text=True).stdout.split()
    assert child, "the worker has a pool process"
    os.kill(int(child[0]), signal.SIGKILL)
    wait_for(lambda: status(article_id) == "done", what="the article to be processed after the kill")
    article = Article.objects.get(pk=article_id)
    assert article.attempts >= 2
    assert stored_events() == expected_events(record)


def test_whole_worker_killed_then_a_new_one_finishes_the_article(broker, start_worker_process):
    first = start_worker_process()
    record = slow_article()
    article_id = store(record).article.pk
    wait_for(lambda: status(article_id) == "processing", what="the worker to start the article")
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    start_worker_process()
    wait_for(lambda: status(article_id) == "done", what="the new worker to process the article")
    assert stored_events() == expected_events(record)


def test_broker_down_at_ingest_leaves_the_article_pending_for_the_sweep(broker, start_worker_process):
    working_url = celery_app.conf.broker_url
    celery_app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens there
    celery_app.conf.broker_connection_retry = False
    celery_app.conf.task_publish_retry = False
    celery_app._pool = None
    try:
        article_id = store(ArticleRecord(text=SAMPLE, source_name="sochi.txt")).article.pk
    finally:
        celery_app.conf.broker_url = working_url
        celery_app.conf.task_publish_retry = True
        celery_app._pool = None
    assert status(article_id) == "pending"
    Article.objects.filter(pk=article_id).update(
        updated_at=Article.objects.get(pk=article_id).updated_at.replace(year=2000)
    )
    start_worker_process()
    assert enqueue_pending_articles() == 1
    wait_for(lambda: status(article_id) == "done", what="the sweep's task to be processed")
    assert Event.objects.exists()


def postgres_cluster() -> str | None:
    """The local PostgreSQL cluster's version, when this machine runs it with Debian's tools."""
    versions = sorted(Path("/etc/postgresql").glob("*/main")) if Path("/etc/postgresql").is_dir() else []
    return versions[-1].parent.name if versions and shutil.which("pg_ctlcluster") else None


@pytest.mark.skipif(postgres_cluster() is None, reason="needs a local PostgreSQL managed by pg_ctlcluster")
def test_postgres_restart_during_ingest_and_extraction_loses_nothing(broker, start_worker_process, tmp_path):
    from bench.synthetic import generate

    batch = tmp_path / "batch.jsonl"
    records = generate(150, seed=11)
    batch.write_text("".join(json.dumps(record) + "\n" for record in records))
    expected = len({Article.hash_text(record["text"]) for record in records})
    worker = start_worker_process()
    ingest = subprocess.Popen(
        # Batches of two: the restart falls amid them, as it would amid a large file's batches.
        [sys.executable, "manage.py", "ingest", str(batch), "--no-progress", "--batch-size", "2"],
        cwd=ROOT,
        env=worker.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    wait_for(lambda: Article.objects.count() > 10, what="ingest to start")
    subprocess.run(["pg_ctlcluster", postgres_cluster(), "main", "restart"], check=True)
    connections.close_all()
    output, _ = ingest.communicate(timeout=120)
    assert ingest.returncode == 0, output
    assert f"{expected} created" in output or "already known" in output
    wait_for(lambda: Article.objects.count() == expected, what="every article to be stored")
    wait_for(
        lambda: not Article.objects.exclude(status="done").exists(),
        timeout=180,
        what="every article to be processed",
    )
