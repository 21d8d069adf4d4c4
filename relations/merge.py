"""Merge an article's extraction into the database: one event per real interaction.

A new article about an interaction already stored adds its mentions to that event.
Locked events (reviewed or made by an editor) are matched and cited but never changed
or deleted. Merges that touch the same countries are serialised by row locks.
"""

from collections import Counter
from datetime import timedelta
from itertools import combinations

from django.db import transaction
from django.utils import timezone

from relations.extraction.results import Event as ExtractedEvent
from relations.extraction.results import Extraction, FuzzyDate
from relations.models import Article, Country, Event, Mention

# Types that different articles use for the same interaction.
SAME_INTERACTION = {"visit": {"visit", "meeting"}, "meeting": {"visit", "meeting"}}
NEAR_DAYS = 7
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
MENTIONS_PER_ARTICLE = 10  # evidence enough; an article repeating itself adds nothing more
REFERENCE_FIELDS = ["reference_date", "reference_method", "reference_confidence", "reference_evidence"]


def compatible(a: FuzzyDate, b: FuzzyDate) -> bool:
    """The periods overlap, or both are days at most a week apart."""
    if a.overlaps(b):
        return True
    return a.precision == b.precision == "day" and abs((a.start - b.start).days) <= NEAR_DAYS


def save_extraction(article: Article, extraction: Extraction) -> None:
    """Replace this article's extracted mentions with the new extraction; idempotent."""
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        codes = sorted({code for event in extraction.events for code in event.countries})
        countries = {
            c.code: c for c in Country.objects.select_for_update().filter(code__in=codes).order_by("code")
        }
        touched = set(article.mentions.values_list("event_id", flat=True))
        if touched:
            Mention.objects.filter(article=article, event__locked=False).delete()
        claimed = set()  # events already given to another interaction of this article
        for extracted in extraction.events:
            known = [code for code in extracted.countries if code in countries]
            if len(known) < 2:
                continue
            event = matching_event(known, extracted, exclude=claimed)
            if event is None:
                event = create_event(known, extracted)
                add_mentions(event, article, extracted)
            else:
                add_mentions(event, article, extracted)
                if not event.locked:
                    settle_date(event)
            claimed.add(event.pk)
            touched.add(event.pk)
        if touched - claimed:
            Event.objects.filter(pk__in=touched - claimed, locked=False, mentions__isnull=True).delete()
        reference = extraction.reference_date
        article.reference_date = reference.date
        article.reference_method = reference.method
        article.reference_confidence = reference.confidence
        article.reference_evidence = list(reference.evidence)
        article.status = Article.Status.DONE
        article.error = ""
        article.processed_at = timezone.now()
        article.save(update_fields=[*REFERENCE_FIELDS, "status", "error", "processed_at", "updated_at"])


def matching_event(codes: list[str], extracted: ExtractedEvent, exclude=()) -> Event | None:
    """The stored event of the same pair, status and kind whose date fits best.

    A year and a day are compatible but far apart in what they say: such a match also needs
    a shared participant, the same location, or to be the only event of exactly that type there.
    """
    a, b = sorted(codes)[:2]
    wanted = extracted.date
    types = SAME_INTERACTION.get(extracted.type, {extracted.type})
    candidates = Event.objects.filter(
        pairs__country_a=a,
        pairs__country_b=b,
        pairs__date__gte=wanted.start - timedelta(days=366),
        pairs__date__lte=wanted.end + timedelta(days=NEAR_DAYS),
        status=extracted.status,
        type__in=types,
    ).exclude(pk__in=exclude)
    compatible_events = [event for event in candidates if compatible(event.fuzzy_date, wanted)]
    same_type = [event for event in compatible_events if event.type == extracted.type]
    fitting = [
        (abs((event.date - wanted.start).days), event.pk, event)
        for event in compatible_events
        if close_in_precision(event, extracted) or corroborated(event, extracted) or same_type == [event]
    ]
    return min(fitting)[2] if fitting else None


def close_in_precision(event: Event, extracted: ExtractedEvent) -> bool:
    return abs(PRECISION_RANK[event.precision] - PRECISION_RANK[extracted.date.precision]) < 2


def corroborated(event: Event, extracted: ExtractedEvent) -> bool:
    """The same people took part, or it happened at the same place."""
    same_people = set(event.participants) & set(extracted.participants)
    same_place = event.location and event.location.casefold() == extracted.location.casefold()
    return bool(same_people or same_place)


def create_event(codes: list[str], extracted: ExtractedEvent) -> Event:
    event = Event.objects.create(
        date=extracted.date.start,
        precision=extracted.date.precision,
        end_date=extracted.end_date,
        type=extracted.type,
        status=extracted.status,
        title=extracted.title[:300],
        summary=extracted.summary,
        location=extracted.location[:200],
        participants=list(extracted.participants),
        confidence=extracted.confidence,
        quad_class=extracted.quad_class,
    )
    codes = sorted(set(codes))
    Event.countries.through.objects.bulk_create(
        [Event.countries.through(event=event, country_id=code) for code in codes]
    )
    event.add_pairs(combinations(codes, 2))
    return event


def add_mentions(event: Event, article: Article, extracted: ExtractedEvent) -> None:
    Mention.objects.bulk_create(
        [
            Mention(
                event=event,
                article=article,
                sentence=mention.sentence,
                start=mention.start,
                end=mention.end,
                trigger=mention.trigger[:100],
                date_text=mention.date_text[:200],
                date=extracted.date.start,
                precision=extracted.date.precision,
            )
            for mention in extracted.mentions[:MENTIONS_PER_ARTICLE]
        ],
        ignore_conflicts=True,
    )


def settle_date(event: Event) -> None:
    """The best-supported date: the most precise one the sources give, the most agreed on."""
    per_article = set(event.mentions.values_list("article", "date", "precision"))
    dates = Counter(FuzzyDate(day, precision) for _article, day, precision in per_article if day)
    if not dates:
        return
    best = min(dates, key=lambda d: (PRECISION_RANK[d.precision], -dates[d], d.start))
    if (best.start, best.precision) != (event.date, event.precision):
        event.date, event.precision = best.start, best.precision
        event.save(update_fields=["date", "precision", "updated_at"])
        event.sync_pairs()


def delete_orphaned_events(article: Article) -> int:
    """Before an article goes: unlocked events that only it supports go with it."""
    supported = Event.objects.filter(mentions__article=article, locked=False).distinct()
    orphans = supported.exclude(pk__in=Mention.objects.exclude(article=article).values("event_id"))
    return orphans.delete()[0]
