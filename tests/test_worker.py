"""Real parts: a Celery worker consuming from Redis and writing to the database, and two
merges of the same meeting at the same moment. Skipped without a broker / PostgreSQL."""

import threading
import time
from datetime import date

import pytest
from django.conf import settings
from django.db import connection, connections

from relations.ingest import store
from relations.merge import save_extraction
from relations.models import Article, Event
from relations.sources import ArticleRecord
from tests.factories import extracted_event, extraction, make_article

needs_redis = pytest.mark.skipif(
    not settings.CELERY_BROKER_URL.startswith("redis"), reason="needs CELERY_BROKER_URL=redis://…"
)


def wait_until_processed(article_ids, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not Article.objects.filter(pk__in=article_ids).exclude(status__in=["done", "failed"]).exists():
            return
        time.sleep(0.2)
    raise AssertionError("the worker did not process the articles in time")


@pytest.mark.worker
@needs_redis
@pytest.mark.usefixtures("countries")
def test_worker_extracts_articles_queued_through_redis(real_worker):
    records = [
        ArticleRecord(
            text="Prime Minister Narendra Modi met Chinese President Xi Jinping in Wuhan on Friday "
            "for two days of informal talks.",
            source_name="wuhan.txt",
            page_date=date(2018, 4, 28),
        ),
        ArticleRecord(text="Nothing about any country at all is said in this text.", source_name="none.txt"),
    ]
    ids = [store(record).article.pk for record in records]
    wait_until_processed(ids)
    assert set(Article.objects.values_list("status", flat=True)) == {"done"}
    event = Event.objects.get()
    assert sorted(event.countries.values_list("code", flat=True)) == ["CN", "IN"]
    assert event.mentions.get().article_id == ids[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.usefixtures("countries")
def test_two_merges_of_one_meeting_at_once_make_one_event():
    articles = [make_article(), make_article()]
    barrier = threading.Barrier(2)
    errors = []

    def merge(article, day):
        try:
            barrier.wait()
            save_extraction(article, extraction(extracted_event(day)))
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=merge, args=(articles[0], "2019-09-12")),
        threading.Thread(target=merge, args=(articles[1], "2019-09-11")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    event = Event.objects.with_source_count().get()
    assert event.source_count == 2
