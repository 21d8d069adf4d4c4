"""The Celery application; tasks live in relations/tasks.py."""

import os

from celery import Celery
from celery.signals import worker_init

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
