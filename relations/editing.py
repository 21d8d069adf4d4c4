"""Editors' merges and splits. Each is recorded as an EditorialAction and leaves locked events:
re-extraction leaves the sentences a locked event holds where they are and puts an article's
other re-read sentences back where they were (`merge.pinned_event`), so neither is undone.

`merge_plan` and `split_plan` say what a merge or a split will do (the admin's confirmation pages
show it) or refuse it with a reason (ValueError); `merge_events` and `split_mentions` do it.
"""

from dataclasses import dataclass

from django.db import transaction

from relations.merge import event_fields, lock_countries, settle_event, sources_say
from relations.models import Country, EditorialAction, Event, Mention

COPIED_FIELDS = [
    "date", "precision", "end_date", "type", "status", "title", "summary", "location",
    "participants", "confidence", "quad_class", "origin",
]  # fmt: skip


def kept_when_empty(event: Event) -> bool:
    """An event left without sentences stays only if an editor made it: an extracted one was
    nothing but what its sources said."""
    return event.origin == Event.Origin.EDITOR


# --- merge -----------------------------------------------------------------------------------


@dataclass
class MergePlan:
    """The event that stays (the locked one, else the oldest) and those merged into it, which go."""

    winner: Event
    losers: list[Event]


def merge_plan(event_ids) -> MergePlan:
    """What merging these events does, the events with their countries and source counts; a
    ValueError with the reason when they cannot be merged (fewer than two, or not between the
    same countries)."""
    events = list(
        Event.objects.filter(pk__in=list(event_ids))
        .order_by("-locked", "pk")
        .with_source_count()
        .prefetch_related("countries")
    )
    if len(events) < 2:
        raise ValueError("Choose at least two events to merge.")
    sides = {frozenset(country.code for country in event.countries.all()) for event in events}
    if len(sides) > 1:
        raise ValueError(
            "Only events between the same countries can be merged: "
            + "; ".join(sorted("–".join(sorted(codes)) for codes in sides))
            + ". Correct an event's countries first if they are wrong."
        )
    return MergePlan(events[0], events[1:])


def merge_events(event_ids, user=None) -> Event:
    """One event from several (see `merge_plan`): the winner keeps its fields and takes the
    others' sentences and countries; an unlocked winner first settles date and status from all
    its sources. The others go; the winner is locked."""
    with transaction.atomic():
        lock_countries(
            sorted(
                set(
                    Event.countries.through.objects.filter(event_id__in=event_ids).values_list(
                        "country_id", flat=True
                    )
                )
            )
        )
        merge_plan(event_ids)  # refuses what cannot be merged
        winner, *losers = Event.objects.select_for_update().filter(pk__in=event_ids).order_by("-locked", "pk")
        for loser in losers:
            taken = set(winner.mentions.values_list("article_id", "start"))
            moving = [m.pk for m in loser.mentions.all() if (m.article_id, m.start) not in taken]
            Mention.objects.filter(pk__in=moving).update(event=winner)
            winner.countries.add(*loser.countries.all())
            EditorialAction.objects.create(
                kind=EditorialAction.Kind.MERGE,
                event=winner,
                other_event_id=loser.pk,
                description=f"Merged event {loser.pk} “{loser.title}” ({loser.display_date}, "
                f"{len(moving)} sentence(s)) into this one.",
                user=user,
            )
            loser.delete()
        settle_event(winner)
        winner.locked = True
        winner.save(update_fields=["locked", "updated_at"])
        winner.sync_pairs()
    return winner


# --- split -----------------------------------------------------------------------------------


@dataclass
class SplitPlan:
    """The chosen sentences (with their articles), the event they leave, the new event they make
    (not saved yet) and its countries, and whether the old one goes, left with no sentence."""

    original: Event
    chosen: list[Mention]
    new: Event
    countries: list[str]
    left: int  # the original's sentences that stay
    original_goes: bool

    @property
    def article_count(self) -> int:
        return len({mention.article_id for mention in self.chosen})


def split_plan(mention_ids) -> SplitPlan:
    """What splitting these sentences off does; a ValueError with the reason when they are not
    sentences of one event.

    Exactly these sentences move, nothing else of their articles. The new event is what they
    say: the type, title, countries and so on of the report it keeps (the original's where none
    is recorded), dated as they settle; it will be locked.
    """
    chosen = list(
        Mention.objects.filter(pk__in=list(mention_ids))
        .select_related("event", "article")
        .order_by("article_id", "start")
    )
    if not chosen:
        raise ValueError("Choose the sentences to split off.")
    if len({mention.event_id for mention in chosen}) != 1:
        raise ValueError("Choose sentences of one event.")
    original = chosen[0].event
    ids = [mention.pk for mention in chosen]
    fields, recorded = sources_say(Mention.objects.filter(pk__in=ids), original.type, original.fuzzy_date)
    copied = {name: getattr(original, name) for name in COPIED_FIELDS}
    if recorded:
        copied.update(event_fields(recorded))
        countries = sorted(recorded["countries"])
    else:
        countries = sorted(original.countries.values_list("code", flat=True))
    left = original.mentions.exclude(pk__in=ids).count()
    return SplitPlan(
        original=original,
        chosen=chosen,
        new=Event(**{**copied, **fields, "locked": True}),
        countries=countries,
        left=left,
        original_goes=not left and not kept_when_empty(original),
    )


def split_mentions(mention_ids, user=None) -> Event:
    """A new, locked event for exactly these sentences, out of the one event that holds them
    (see `split_plan`). The old one settles again, or goes if no sentence is left and no editor
    made it. A locked one settles again too if it showed just what its sources said (a merge made
    it, no editor wrote over it), so a split undoes a merge."""
    with transaction.atomic():
        plan = split_plan(mention_ids)
        original = plan.original
        lock_countries(sorted(set(plan.countries) | set(original.countries.values_list("code", flat=True))))
        untouched = original.locked and shows_its_sources(original)
        new = plan.new
        new.save()
        new.countries.set(Country.objects.filter(code__in=plan.countries))
        new.sync_pairs()
        moved = Mention.objects.filter(pk__in=[mention.pk for mention in plan.chosen]).update(event=new)
        EditorialAction.objects.create(
            kind=EditorialAction.Kind.SPLIT,
            event=new,
            other_event_id=original.pk,
            description=f"Split {moved} sentence(s) of {plan.article_count} article(s) off event "
            f"{original.pk} “{original.title}”.",
            user=user,
        )
        if not kept_when_empty(original) and not original.mentions.exists():
            original.delete()
        else:
            settle_event(original, even_locked=untouched)
    return new


def shows_its_sources(event: Event) -> bool:
    """Whether the event's date, status and words are those its sources settle on."""
    said = sources_say(event.mentions.all(), event.type, event.fuzzy_date)
    return said is not None and all(getattr(event, name) == value for name, value in said[0].items())
