"""Relations: timelines of bilateral relations between countries, built from news articles."""

from relations.celery import app as celery_app

__all__ = ("celery_app",)
