"""The Celery application; tasks live in relations/tasks.py."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")

app = Celery("relations")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["relations"])
