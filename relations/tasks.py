"""Celery tasks: thin adapters that load an article, call the engine and save the result."""

import logging
from datetime import timedelta

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import F, Q
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from relations.knowledge import current_knowledge
from relations.merge import save_extraction
from relations.models import Article

log = logging.getLogger(__name__)

TRANSIENT_ERRORS = (OperationalError, InterfaceError)
MAX_ATTEMPTS = 5
PENDING_GRACE = timedelta(minutes=2)  # time for the on-commit enqueue to reach the broker
STALE_AFTER = timedelta(minutes=10)  # longer than the task time limit


def queue_extraction(article_id: int) -> None:
    """Enqueue once the current transaction commits; a broker outage leaves the article pending."""

    def send():
        try:
            extract_article.delay(article_id)
        except BrokerError:
            log.warning("broker unavailable; article %s stays pending for the sweep", article_id)

    transaction.on_commit(send)


@shared_task(
    acks_late=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=True,
    retry_backoff_max=120,
    max_retries=MAX_ATTEMPTS,
)
def extract_article(article_id: int) -> str:
    """Extract one article's events and merge them; safe to run again at any time."""
    # Imported here, not with the module: the processes that only queue articles (the web, `ingest`)
    # never load the engine's libraries, a second of start-up. The worker loads them as it starts.
    from relations.extraction.engine import extract

    claimed = Article.objects.filter(pk=article_id).update(
        status=Article.Status.PROCESSING, attempts=F("attempts") + 1, updated_at=timezone.now()
    )
    if not claimed:
        return "missing"
    article = Article.objects.get(pk=article_id)
    try:
        extraction = extract(
            article.text,
            page_date=article.page_date,
            page_month_day=article.page_month_day,
            received=article.received,
            knowledge=current_knowledge(),
            reference_override=article.reference_override,
        )
    except SoftTimeLimitExceeded:
        mark_failed(article, "extraction took longer than the time limit")
        return "failed"
    except Exception as error:  # the engine must never take the worker down with it
        log.exception("extraction failed for article %s", article_id)
        mark_failed(article, f"extraction error: {type(error).__name__}: {error}")
        return "failed"
    save_extraction(article, extraction)
    return "done"


def mark_failed(article: Article, reason: str) -> None:
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.FAILED, error=reason[:2000], updated_at=timezone.now()
    )


@shared_task
def enqueue_pending_articles() -> int:
    """Periodic sweep: queue articles left pending (broker down at ingest) or stuck processing."""
    now = timezone.now()
    stale = (
        Article.objects.filter(
            Q(status=Article.Status.PENDING, updated_at__lt=now - PENDING_GRACE)
            | Q(status=Article.Status.PROCESSING, updated_at__lt=now - STALE_AFTER)
        )
        .filter(attempts__lt=MAX_ATTEMPTS)
        .values_list("pk", flat=True)
    )
    count = 0
    for article_id in stale.iterator():
        try:
            extract_article.delay(article_id)
        except BrokerError:
            log.warning("broker unavailable; the sweep stops and tries again later")
            break
        count += 1
    return count
