"""The Celery application; tasks live in relations/tasks.py."""

import os

from celery import Celery
from celery.signals import task_postrun, task_prerun, worker_init, worker_process_init
from django.db import close_old_connections
from django.db.backends.signals import connection_created

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")

app = Celery("relations")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["relations"])


@worker_init.connect
def load_parser(**kwargs):
    """Load the engine and its sentence parser before the worker takes any task: a missing or
    corrupt model stops the worker at start-up with the reason, instead of failing every article;
    the forked pool processes share what is loaded."""
    from relations.extraction import engine, syntax  # noqa: F401 (the engine: imported to be shared)

    syntax.load()


@worker_process_init.connect
def commit_without_waiting_for_the_disk(**kwargs):
    """The worker's PostgreSQL transactions commit without waiting for the write-ahead log to
    reach the disk (synchronous_commit off): an article commits twice, and a busy disk makes each
    flush wait milliseconds. A database crash can lose the last fraction of a second of them, each
    whole or not at all, and nothing else: an article lost so is pending or processing again, and
    the periodic sweep queues it anew; what its extraction writes is derived from the article,
    stored durably at ingest."""
    connection_created.connect(skip_the_flush_wait, dispatch_uid="relations-worker-commits")


def skip_the_flush_wait(sender, connection, **kwargs):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO off")


@task_prerun.connect
@task_postrun.connect
def close_old_database_connections(sender, **kwargs):
    """Around each task the worker closes its database connection as Django does after a request:
    once older than CONN_MAX_AGE, or unusable after an error (the task is retried on a new one);
    otherwise the next task reuses it. Celery itself would close it after every task
    (`CELERY_DB_REUSE_MAX` in the settings bounds that to every thousand): opening one an article
    took a tenth of a pool process's time, and PostgreSQL started a backend for each. Not for
    tasks run in-process, whose caller owns the connection (and perhaps a transaction)."""
    if not sender.request.is_eager:
        close_old_connections()
