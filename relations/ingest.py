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


def new_article(record: ArticleRecord, content_hash: str) -> Article:
    """The article a record makes, not saved yet; without a title it is titled by its first line
    or sentence."""
    return Article(
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


def store(record: ArticleRecord) -> Stored:
    """Save the article unless its text (or URL) is already known; queue extraction on commit.

    Re-ingesting a known article changes nothing.
    """
    from relations.tasks import queue_extraction

    content_hash = Article.hash_text(record.text)
    known = Article.objects.filter(content_hash=content_hash).first()
    if known is None and record.url:
        known = Article.objects.filter(url=record.url).first()
    if known is not None:
        return Stored(known, created=False)
    article = new_article(record, content_hash)
    try:
        with transaction.atomic():
            article.save()
            queue_extraction(article.pk)
    except IntegrityError:  # the same article arrived at the same moment by another path
        known = Article.objects.filter(content_hash=content_hash).first() or Article.objects.get(
            url=record.url
        )
        return Stored(known, created=False)
    return Stored(article, created=True)


def store_many(records: list[ArticleRecord]) -> list[Stored]:
    """`store` for each record, in order, in a few round trips instead of three or four a record:
    the known ones are looked up by two queries, the new ones saved by one and queued once they
    are committed. A record repeating an earlier one of the batch (its text or URL) is known, as
    it is one by one. Should another path store one of them at this very moment, the batch is
    stored one by one instead."""
    from relations.tasks import queue_extraction

    hashes = [Article.hash_text(record.text) for record in records]
    by_hash = {article.content_hash: article for article in Article.objects.filter(content_hash__in=hashes)}
    urls = [record.url for record in records if record.url]
    by_url = {article.url: article for article in Article.objects.filter(url__in=urls)} if urls else {}
    results = []
    for record, content_hash in zip(records, hashes, strict=True):
        known = by_hash.get(content_hash) or by_url.get(record.url)
        if known is not None:
            results.append(Stored(known, created=False))
            continue
        article = by_hash[content_hash] = new_article(record, content_hash)
        if record.url:
            by_url[record.url] = article
        results.append(Stored(article, created=True))
    try:
        with transaction.atomic():
            created = Article.objects.bulk_create([stored.article for stored in results if stored.created])
            for article in created:
                queue_extraction(article.pk)
    except IntegrityError:  # stored meanwhile by another path
        return [store(record) for record in records]
    return results


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
