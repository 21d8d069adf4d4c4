"""The extraction task and the sweep: idempotent, failures recorded, nothing lost."""

import time
from datetime import date, timedelta

import pytest
from django.db import connection
from django.utils import timezone

from relations.celery import close_old_database_connections
from relations.models import Article, Event
from relations.tasks import enqueue_pending_articles, extract_article
from tests.factories import make_article

pytestmark = pytest.mark.django_db
STORY = (
    "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Wuhan on Friday. "
    "The two leaders agreed to strengthen communication between their militaries."
)


def events_snapshot():
    return sorted(Event.objects.values_list("date", "precision", "type", "status", "title"))


def test_running_the_task_twice_gives_the_same_events():
    article = make_article(STORY, page_date=date(2018, 4, 28))
    assert extract_article(article.pk) == "done"
    first = events_snapshot()
    assert first, "the story should produce an event"
    assert extract_article(article.pk) == "done"
    assert events_snapshot() == first
    article.refresh_from_db()
    assert (article.status, article.attempts, article.reference_date) == ("done", 2, date(2018, 4, 28))


def test_missing_article_is_harmless():
    assert extract_article(10**9) == "missing"


def test_engine_error_marks_the_article_failed_and_keeps_it(monkeypatch):
    article = make_article(STORY)

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("relations.extraction.engine.extract", explode)
    assert extract_article(article.pk) == "failed"
    article.refresh_from_db()
    assert article.status == "failed" and "RuntimeError: boom" in article.error


def test_sweep_processes_articles_left_pending_and_not_fresh_ones():
    old = make_article(STORY, page_date=date(2018, 4, 28))
    fresh = make_article()
    Article.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(minutes=30))
    assert enqueue_pending_articles() == 1
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert (old.status, fresh.status) == ("done", "pending")


def test_sweep_gives_up_after_too_many_attempts():
    article = make_article(STORY)
    Article.objects.filter(pk=article.pk).update(attempts=99, updated_at=timezone.now() - timedelta(hours=1))
    assert enqueue_pending_articles() == 0


def test_extraction_and_housekeeping_have_their_own_queues():
    from relations.celery import app

    route = app.amqp.router.route
    assert route({}, "relations.tasks.extract_article")["queue"].name == "extraction"
    assert route({}, "relations.tasks.enqueue_pending_articles")["queue"].name == "housekeeping"
    bindings = {queue.name: queue.routing_key for queue in app.amqp.queues.values()}
    assert bindings == {"extraction": "extraction", "housekeeping": "housekeeping"}


def test_editor_reference_date_is_used_by_re_extraction(admin_client, django_capture_on_commit_callbacks):
    article = make_article(STORY, page_date=date(2018, 4, 28))
    extract_article(article.pk)
    data = {
        "text": STORY,
        "page_date": "2018-04-28",
        "reference_override": "2019-10-12",
        "language": "en",
        "reference_evidence": "[]",
        "mentions-TOTAL_FORMS": "0",
        "mentions-INITIAL_FORMS": "0",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/relations/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    article.refresh_from_db()
    assert (article.reference_date, article.reference_method) == (date(2019, 10, 12), "editor")
    assert Event.objects.get().date == date(2019, 10, 11)


def test_a_yearless_stamp_on_a_text_without_years_is_the_latest_such_day_before_it_came_in():
    text = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Tuesday."
    article = make_article(text, page_stamp="May 05, 21:30")
    Article.objects.filter(pk=article.pk).update(
        created_at=timezone.make_aware(timezone.datetime(2023, 5, 6, 9))
    )
    assert extract_article(article.pk) == "done"
    article.refresh_from_db()
    assert (article.reference_date, article.reference_method) == (date(2023, 5, 5), "stamp")
    assert list(Event.objects.values_list("date", "type")) == [(date(2023, 5, 2), "meeting")]


def received_on(article: Article, day: date) -> None:
    Article.objects.filter(pk=article.pk).update(
        created_at=timezone.make_aware(timezone.datetime(day.year, day.month, day.day, 9))
    )


def test_an_article_nothing_dates_is_dated_by_the_day_it_came_in_with_low_confidence_and_no_event():
    text = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Tuesday."
    article = make_article(text)
    received_on(article, date(2023, 5, 6))
    assert extract_article(article.pk) == "done"
    article.refresh_from_db()
    assert (article.reference_date, article.reference_method, article.reference_confidence) == (
        date(2023, 5, 6),
        "received",
        0.1,
    )
    assert "the day the article came in (2023-05-06) is taken" in article.reference_evidence[0]
    assert not Event.objects.exists()  # "on Tuesday" of an unknown week places nothing
    Article.objects.filter(pk=article.pk).update(reference_override=date(2023, 5, 4))
    assert extract_article(article.pk) == "done"
    assert list(Event.objects.values_list("date", "type")) == [(date(2023, 5, 2), "meeting")]


def test_a_page_date_after_the_day_the_article_came_in_is_not_used():
    article = make_article(STORY, page_date=date(2023, 6, 1))
    received_on(article, date(2023, 5, 6))
    assert extract_article(article.pk) == "done"
    article.refresh_from_db()
    assert article.reference_evidence[0] == (
        "the page date 2023-06-01 is not used: it is later than the day the article came in (2023-05-06)"
    )
    assert (article.reference_date, article.reference_method) == (date(2023, 5, 6), "received")


@pytest.mark.django_db(transaction=True)
def test_a_worker_reuses_its_database_connection_from_task_to_task():
    connection.ensure_connection()
    opened = connection.connection
    close_old_database_connections(sender=extract_article)  # after a task, before the next
    assert connection.connection is opened


@pytest.mark.skipif(connection.vendor == "sqlite", reason="an in-memory test database is never closed")
@pytest.mark.django_db(transaction=True)
def test_a_worker_closes_a_connection_older_than_conn_max_age_but_never_an_in_process_callers():
    connection.ensure_connection()
    connection.close_at = time.monotonic() - 1
    extract_article.push_request(is_eager=True)
    try:
        close_old_database_connections(sender=extract_article)
    finally:
        extract_article.pop_request()
    assert connection.connection is not None
    close_old_database_connections(sender=extract_article)
    assert connection.connection is None
