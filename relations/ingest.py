"""Store incoming articles and queue their extraction once the row is committed."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction

from relations.models import Article
from relations.sources import ArticleRecord, title_from_text


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
