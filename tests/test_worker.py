"""Real parts: a Celery worker consuming from Redis and writing to the database, and two
merges of the same meeting at the same moment. Skipped without a broker / PostgreSQL."""

import threading
import time
from datetime import date

import pytest
from django.conf import settings
from django.db import connection, connections
from django.db.backends.signals import connection_created

from relations.celery import commit_without_waiting_for_the_disk
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


def merge_at_once(*extracted) -> None:
    """Each extracted event merged from its own article, in its own thread, at the same moment."""
    articles = [make_article() for _ in extracted]
    barrier = threading.Barrier(len(extracted))
    errors = []

    def merge(article, event):
        try:
            barrier.wait()
            save_extraction(article, extraction(event))
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=merge, args=pair) for pair in zip(articles, extracted, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.usefixtures("countries")
def test_two_merges_of_one_meeting_at_once_make_one_event():
    merge_at_once(extracted_event("2019-09-12"), extracted_event("2019-09-11"))
    event = Event.objects.with_source_count().get()
    assert event.source_count == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.usefixtures("countries")
def test_the_plan_and_the_report_of_one_visit_merged_at_once_make_one_happened_event():
    merge_at_once(
        extracted_event("2021-03-11", type="visit", status="planned"),
        extracted_event("2021-03", type="visit", status="happened"),
    )
    event = Event.objects.with_source_count().get()
    assert (event.source_count, event.status, event.date, event.precision) == (
        2,
        "happened",
        date(2021, 3, 11),
        "day",
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL setting")
@pytest.mark.django_db
def test_a_pool_process_commits_without_waiting_for_the_disk():
    commit_without_waiting_for_the_disk()  # as each pool process starts
    pooled = connections.create_connection("default")
    try:
        with pooled.cursor() as cursor:
            cursor.execute("SHOW synchronous_commit")
            assert cursor.fetchone() == ("off",)
    finally:
        pooled.close()
        connection_created.disconnect(dispatch_uid="relations-worker-commits")
