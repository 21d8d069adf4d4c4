"""Merge an article's extraction into the database: one event per real interaction.

A new article about an interaction already stored adds its mentions to that event, whatever
it says of it (planned, postponed, cancelled, happened: see `relations.history`), at whatever
precision; the event keeps the words (title, summary) of the report whose status and date it
keeps, so a plan reported done reads "visits", not "to visit". Each mention records its
article's own account of the event (`account`), for that and for editors' splits. Locked
events (reviewed, made, merged or split by an editor) are matched and cited but never changed
or deleted. Merges that touch the same countries are serialised by row locks.
"""

import dataclasses
from datetime import date, timedelta
from itertools import combinations

from django.db import transaction
from django.utils import timezone

from relations.extraction.knowledge import Knowledge
from relations.extraction.results import Event as ExtractedEvent
from relations.extraction.results import Extraction, FuzzyDate
from relations.extraction.types import family
from relations.history import MENTION_FIELDS, PRECISION_RANK, Settled, reports, settle
from relations.models import Article, Country, Event, Mention
from relations.people_seen import record_people_seen

NEAR_DAYS = 7
MENTIONS_PER_ARTICLE = 10  # evidence enough; an article repeating itself adds nothing more
REFERENCE_FIELDS = ["reference_date", "reference_method", "reference_confidence", "reference_evidence"]
# What an event says in words of the report it keeps: "Israel to visit Russia" while planned,
# "Israel visits Russia" once reported done.
WORDS = ["title", "summary"]


def compatible(a: FuzzyDate, b: FuzzyDate) -> bool:
    """The periods overlap, or both are days at most a week apart."""
    if a.overlaps(b):
        return True
    return a.precision == b.precision == "day" and abs((a.start - b.start).days) <= NEAR_DAYS


def rescheduled(event: Event, extracted: ExtractedEvent) -> bool:
    """A postponed plan takes the next plan or report of it, within a year after its date; and a plan
    reported put back to a later date ("has postponed his visit to April") is the plan it puts back."""
    put_back = event.status == Event.Status.PLANNED and extracted.status == Event.Status.POSTPONED
    return (event.status == Event.Status.POSTPONED or put_back) and event.date <= extracted.date.start


def lock_countries(codes) -> set[str]:
    """Row locks on these countries in code order: merges touching them wait for each other.
    Returns the codes the database knows."""
    locked = Country.objects.select_for_update().filter(code__in=codes).order_by("code")
    return set(locked.values_list("code", flat=True))


def lock_article(article: Article) -> bool:
    """Row lock on the article, so that a second run of its task waits for this one; returns
    whether its extraction was never saved. Only `save_extraction` stores an article's mentions
    and the people it names, with its `processed_at`: an article without one has neither, so
    there is nothing to read or replace."""
    processed_at = Article.objects.select_for_update().values_list("processed_at", flat=True)
    return processed_at.get(pk=article.pk) is None


def save_extraction(article: Article, extraction: Extraction) -> None:
    """Replace this article's extracted mentions with the new extraction; idempotent."""
    with transaction.atomic():
        first = lock_article(article)
        countries = lock_countries(sorted({code for event in extraction.events for code in event.countries}))
        stored = [] if first else list(article.mentions.values_list("start", "event_id", "event__locked"))
        touched = {event_id for _, event_id, _ in stored}
        # Sentences of this article in locked events: an editor reviewed, merged or split them.
        # They stay where they are; the others are read again.
        pinned = {start: event_id for start, event_id, locked in stored if locked}
        before = {start: event_id for start, event_id, locked in stored if not locked}
        if before:
            Mention.objects.filter(article=article, event__locked=False).delete()
        claimed = set()  # events already given to another interaction of this article
        for extracted in extraction.events:
            if extracted.outcome:  # the engine's plan that was postponed or cancelled
                extracted = dataclasses.replace(extracted, status=extracted.outcome)
            known = [code for code in extracted.countries if code in countries]
            if len(known) < 2:
                continue
            event = pinned_event(extracted, pinned, before, claimed) or matching_event(
                known, extracted, claimed
            )
            if event is None:
                event = create_event(known, extracted)
                add_mentions(event, article, extracted, known, held=pinned)
            else:
                add_mentions(event, article, extracted, known, held=pinned)
                settle_event(event)
            claimed.add(event.pk)
            claimed.update(pinned[m.start] for m in extracted.mentions if m.start in pinned)
            touched.add(event.pk)
        settle_left(touched - claimed)
        record_people_seen(article, extraction.people_not_known, first=first)
        reference = extraction.reference_date
        article.reference_date = reference.date
        article.reference_method = reference.method
        article.reference_confidence = reference.confidence
        article.reference_evidence = list(reference.evidence)
        article.status = Article.Status.DONE
        article.error = ""
        article.processed_at = timezone.now()
        article.save(update_fields=[*REFERENCE_FIELDS, "status", "error", "processed_at", "updated_at"])


def settle_left(event_ids: set[int]) -> None:
    """Unlocked events this article supported and no longer does: gone when nothing else
    supports them, settled again on what their other sources say otherwise. Most articles leave
    none, and no query is made for them."""
    if not event_ids:
        return
    left = Event.objects.filter(pk__in=event_ids, locked=False)
    left.filter(mentions__isnull=True).delete()
    for event in left:
        settle_event(event)  # a source no longer says what it said


def pinned_event(
    extracted: ExtractedEvent, pinned: dict[int, int], before: dict[int, int], claimed=()
) -> Event | None:
    """Where an interaction goes when locked events hold some of its sentences (`pinned`:
    sentence start → event), None when they hold none (it is matched as usual).

    Its other sentences go back to the unlocked event they were in (`before`): an editor split
    only the held ones off it. Sentences not stored before (a new reading) join the oldest
    locked event holding one of them. The held ones stay where they are (`add_mentions`).
    """
    starts = [mention.start for mention in extracted.mentions]
    held = sorted(pinned[start] for start in starts if start in pinned)
    if not held:
        return None
    left_in = [before[s] for s in starts if s not in pinned and s in before and before[s] not in claimed]
    return Event.objects.filter(pk=(left_in or held)[0]).first()


def matching_event(codes: list[str], extracted: ExtractedEvent, claimed=()) -> Event | None:
    """The stored event of the same pair and type family whose date fits best, whatever its
    status: a plan, its postponement and the report that it happened are one event.

    A year and a day are compatible but far apart in what they say: such a match also needs
    a shared participant, the same location, or to be the only event of exactly that type and
    status there; between a plan and a report, the same location. Different types of one
    family (a visit and the ceremony on it) need a shared participant or place and dates close
    in precision. Among those that fit, one with a shared participant or place comes before the
    nearest in date. An event this article already gave to another of its interactions takes this
    one only as the other half of a plan and its outcome on the very same date. A postponed
    plan also takes a later date (`rescheduled`).
    """
    a, b = sorted(codes)[:2]
    wanted = extracted.date
    types = [t for t in Event.Type.values if family(t) == family(extracted.type)]
    candidates = Event.objects.filter(
        pairs__country_a=a,
        pairs__country_b=b,
        pairs__date__gte=wanted.start - timedelta(days=366),
        pairs__date__lte=wanted.end + timedelta(days=NEAR_DAYS),
        type__in=types,
    )
    compatible_events = [
        event
        for event in candidates
        if (compatible(event.fuzzy_date, wanted) or rescheduled(event, extracted))
        and (event.pk not in claimed or (event.status != extracted.status and event.fuzzy_date == wanted))
    ]
    alike = [e for e in compatible_events if (e.type, e.status) == (extracted.type, extracted.status)]
    fitting = [  # the same people or place first: "met in Helsinki in July" is the Helsinki summit
        (not corroborated(event, extracted), abs((event.date - wanted.start).days), event.pk, event)
        for event in compatible_events
        if fits(event, extracted, alike)
    ]
    return min(fitting)[-1] if fitting else None


def fits(event: Event, extracted: ExtractedEvent, alike: list[Event]) -> bool:
    """Whether a compatible event of the family is this interaction (see `matching_event`)."""
    if other_hosts(event, extracted) or called_off_and_held(event, extracted):
        return False
    close = close_in_precision(event, extracted)
    if event.type != extracted.type:
        return close and corroborated(event, extracted)
    if close:
        return True
    if event.status != extracted.status:  # a year's plan and a day's report: leaders meet often
        return same_place(event, extracted)
    return corroborated(event, extracted) or alike == [event]


def other_hosts(event: Event, extracted: ExtractedEvent) -> bool:
    """Two visits to different states ("Ghana's president visits Togo", "Togo's president will
    visit Accra") are two interactions, whatever their dates."""
    if event.type != "visit" or extracted.type != "visit" or not event.location or not extracted.location:
        return False
    knowledge = Knowledge.default()
    hosts = {knowledge.state_of_place(event.location), knowledge.state_of_place(extracted.location)}
    return None not in hosts and len(hosts) == 2


def called_off_and_held(event: Event, extracted: ExtractedEvent) -> bool:
    """A plan called off and a report of the pair meeting that month are two events: the talks
    cancelled on 4 June are not the ministers' meeting of 20 June, which would have undone them."""
    return (event.status == "cancelled" and extracted.status == "happened") or (
        extracted.outcome == "cancelled" and event.status == "happened"
    )


def close_in_precision(event: Event, extracted: ExtractedEvent) -> bool:
    """Day and month, or month and year: not a year against a day."""
    return abs(PRECISION_RANK[event.precision] - PRECISION_RANK[extracted.date.precision]) < 2


def corroborated(event: Event, extracted: ExtractedEvent) -> bool:
    """The same people took part, or it happened at the same place."""
    return bool(set(event.participants) & set(extracted.participants)) or same_place(event, extracted)


def same_place(event: Event, extracted: ExtractedEvent) -> bool:
    return bool(event.location) and event.location.casefold() == extracted.location.casefold()


def account(codes: list[str], extracted: ExtractedEvent) -> dict:
    """The event as one article's extraction gives it, but for its date and status (the
    mention's own columns): what `Mention.extracted` keeps, as JSON."""
    return {
        "type": extracted.type,
        "title": extracted.title[:300],
        "summary": extracted.summary,
        "location": extracted.location[:200],
        "participants": list(extracted.participants),
        "confidence": extracted.confidence,
        "quad_class": extracted.quad_class,
        "end_date": extracted.end_date.isoformat() if extracted.end_date else None,
        "countries": sorted(set(codes)),
    }


def event_fields(recorded: dict) -> dict:
    """An event's fields from a recorded account (its countries apart)."""
    fields = {name: value for name, value in recorded.items() if name != "countries"}
    fields["end_date"] = date.fromisoformat(recorded["end_date"]) if recorded["end_date"] else None
    return fields


def create_event(codes: list[str], extracted: ExtractedEvent) -> Event:
    recorded = account(codes, extracted)
    event = Event.objects.create(
        date=extracted.date.start,
        precision=extracted.date.precision,
        status=extracted.status,
        **event_fields(recorded),
    )
    codes = recorded["countries"]
    Event.countries.through.objects.bulk_create(
        [Event.countries.through(event=event, country_id=code) for code in codes]
    )
    event.add_pairs(combinations(codes, 2))
    return event


def add_mentions(
    event: Event, article: Article, extracted: ExtractedEvent, codes: list[str], held=()
) -> None:
    """The interaction's sentences as this event's mentions, but for those `held` (their
    starts) by a locked event: an editor put them there, and they stay there alone."""
    recorded = account(codes, extracted)
    mentions = [mention for mention in extracted.mentions if mention.start not in held]
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
                status=extracted.status,
                extracted=recorded,
            )
            for mention in mentions[:MENTIONS_PER_ARTICLE]
        ],
        ignore_conflicts=True,
    )


def settle_event(event: Event, *, even_locked: bool = False) -> None:
    """An unlocked event takes the status and the best-supported date its sources settle on, and
    the words of the report it keeps. `even_locked`: a locked one too (see `editing.split_mentions`)."""
    if event.locked and not even_locked:
        return
    said = sources_say(event.mentions.all(), event.type, event.fuzzy_date)
    if said is None:
        return
    changed = [name for name, value in said[0].items() if getattr(event, name) != value]
    if not changed:
        return
    for name in changed:
        setattr(event, name, said[0][name])
    event.save(update_fields=[*changed, "updated_at"])
    if "date" in changed:  # its countries, and so its pairs, are as they were
        event.pairs.exclude(date=event.date).update(date=event.date)


def sources_say(mentions, event_type: str, undated: FuzzyDate) -> tuple[dict, dict] | None:
    """What these mentions settle an event of this type on: its status, its best-supported date
    (else `undated`) and the words of the report it keeps; and that report's whole recorded
    account ({} when none is recorded). None without mentions."""
    mentions = list(mentions.select_related("article").only(*MENTION_FIELDS, "start", "extracted"))
    settled = settle(reports(mentions))
    if settled is None:
        return None
    best = settled.date or undated
    recorded = kept_account(mentions, event_type, settled)
    fields = {"date": best.start, "precision": best.precision, "status": settled.status}
    return {**fields, **{name: recorded[name] for name in WORDS if name in recorded}}, recorded


def kept_account(mentions: list[Mention], event_type: str, settled: Settled) -> dict:
    """The recorded account of the report the event keeps: of the event's type, saying the
    status it keeps, then giving the date it keeps; among equals the first written, so the event
    does not depend on the order its articles arrived in."""

    def rank(mention):
        given = FuzzyDate(mention.date, mention.precision) if mention.date and mention.precision else None
        written = mention.article.reference_date or mention.article.page_date or date.max
        return (
            mention.extracted["type"] != event_type,
            mention.status != settled.status,
            given != settled.date,
            written,
            mention.article_id,
            mention.start,
        )

    recorded = [mention for mention in mentions if mention.extracted]
    return min(recorded, key=rank).extracted if recorded else {}


def orphaned_events(articles):
    """The unlocked events only these articles support: they go when the articles go."""
    others = Mention.objects.exclude(article__in=articles).values("event_id")
    supported = Event.objects.filter(mentions__article__in=articles, locked=False)
    return supported.exclude(pk__in=others).distinct()


def delete_orphaned_events(article: Article) -> list[int]:
    """Before an article goes: its `orphaned_events` go with it. The unlocked events it shares
    with other articles are returned, to settle again once it has gone."""
    orphaned_events([article]).delete()
    shared = Event.objects.filter(mentions__article=article, locked=False).distinct()
    return list(shared.values_list("pk", flat=True))


def settle_events(event_ids) -> None:
    """Once an article has gone, the unlocked events it shared settle on what their other sources
    say; those whose other sources went with it (articles deleted together) go too."""
    events = Event.objects.filter(pk__in=event_ids)
    events.filter(mentions__isnull=True).delete()
    for event in events:
        settle_event(event)
