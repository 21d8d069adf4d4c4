"""The Celery application; tasks live in relations/tasks.py."""

import os

from celery import Celery
from celery.signals import worker_init, worker_process_init
from django.db.backends.signals import connection_created

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")

app = Celery("relations")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["relations"])


@worker_init.connect
def load_parser(**kwargs):
    """Load the sentence parser before the worker takes any task: a missing or corrupt model stops
    the worker at start-up with the reason, instead of failing every article; the forked pool
    processes share the loaded model."""
    from relations.extraction import syntax

    syntax.load()


@worker_process_init.connect
def commit_without_waiting_for_the_disk(**kwargs):
    """The worker's PostgreSQL transactions commit without waiting for the write-ahead log to
    reach the disk (synchronous_commit off): two disk flushes an article were much of its wait. A
    database crash can lose the last fraction of a second of them, each whole or not at all, and
    nothing else: an article lost so is pending or processing again, and the periodic sweep queues
    it anew; what its extraction writes is derived from the article, stored durably at ingest."""
    connection_created.connect(skip_the_flush_wait, dispatch_uid="relations-worker-commits")


def skip_the_flush_wait(sender, connection, **kwargs):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO off")
