"""Store incoming articles and queue their extraction once the row is committed; keep what
was refused as it came in, with the reason."""

import hashlib
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from relations.models import Article
from relations.sources import ArticleRecord, Refused, title_from_text


@dataclass
class Stored:
    article: Article
    created: bool


def store(record: ArticleRecord) -> Stored:
    """Save the article unless its text (or URL) is already known; queue extraction on commit.
    An article without a title is titled by its first line or sentence.

    Re-ingesting a known article changes nothing.
    """
    from relations.tasks import queue_extraction

    content_hash = Article.hash_text(record.text)
    known = Article.objects.filter(content_hash=content_hash).first()
    if known is None and record.url:
        known = Article.objects.filter(url=record.url).first()
    if known is not None:
        return Stored(known, created=False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                text=record.text,
                content_hash=content_hash,
                url=record.url,
                source_name=record.source_name[:300],
                title=record.title or title_from_text(record.text),
                outlet=record.outlet,
                page_date=record.page_date,
                page_stamp=record.page_stamp,
                notes="\n".join(record.notes),
            )
            queue_extraction(article.pk)
    except IntegrityError:  # the same article arrived at the same moment by another path
        known = Article.objects.filter(content_hash=content_hash).first() or Article.objects.get(
            url=record.url
        )
        return Stored(known, created=False)
    return Stored(article, created=True)


def content_digest(content: bytes | str) -> str:
    """What identifies a refused input: the bytes as they came (or a description of them when
    they were not read, an oversized API body)."""
    return hashlib.sha256(content.encode() if isinstance(content, str) else content).hexdigest()


def record_refusal(refused: Refused, digest: str, channel: str) -> Stored:
    """Keep a refused input (empty, binary, too large, not text, a bad record) as a failed article
    without text: its name, the reason as `error`, how it came as a note. Nothing is extracted
    from it (`Article.refused`). The same input refused again (same name, content and reason) is
    the same row, so re-sending it is harmless."""
    key = f"refused\0{refused.source_name}\0{refused.reason}\0{digest}"
    content_hash = hashlib.sha256(key.encode()).hexdigest()
    known = Article.objects.filter(content_hash=content_hash).first()
    if known is not None:
        return Stored(known, created=False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                text="",
                content_hash=content_hash,
                title=f"{refused.source_name} (refused: {refused.reason})"[:500],  # told apart in the list
                source_name=refused.source_name[:300],
                status=Article.Status.FAILED,
                error=refused.reason[:2000],
                notes=f"refused when it came in through {channel}",
            )
    except IntegrityError:  # the same refusal at the same moment
        return Stored(Article.objects.get(content_hash=content_hash), created=False)
    return Stored(article, created=True)
