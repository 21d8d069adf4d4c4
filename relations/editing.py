"""Editors' merges and splits. Each is recorded as an EditorialAction and leaves locked events:
re-extraction keeps a locked event's sentences and puts an article's re-read sentences back
into the locked event that holds them (`merge.pinned_event`), so neither is undone."""

from django.db import transaction

from relations.merge import event_fields, lock_countries, settle_event, sources_say
from relations.models import Country, EditorialAction, Event, Mention

COPIED_FIELDS = [
    "date", "precision", "end_date", "type", "status", "title", "summary", "location",
    "participants", "confidence", "quad_class", "origin",
]  # fmt: skip


def merge_events(event_ids, user=None) -> Event:
    """One event from several: the locked one (else the oldest) keeps its fields and takes the
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


def split_mentions(mention_ids, user=None) -> Event:
    """A new event for the articles of these sentences, out of the one event that holds them:
    every sentence those articles gave it moves (re-extraction reads an article's account of
    an interaction as one). The new event is what its sources say: the type, title, countries
    and so on of the report it keeps (the original's where none is recorded), dated as they
    settle; it is locked. The old one settles again, or goes if nothing is left and it is not
    locked. A locked one settles again too if it showed just what its sources said (a merge
    made it, no editor wrote over it), so a split undoes a merge."""
    with transaction.atomic():
        chosen = list(Mention.objects.filter(pk__in=mention_ids).select_related("event"))
        if len({m.event_id for m in chosen}) != 1:
            raise ValueError("Choose sentences of one event.")
        original = chosen[0].event
        articles = {m.article_id for m in chosen}
        taken = Mention.objects.filter(event=original, article__in=articles)
        fields, recorded = sources_say(taken, original.type, original.fuzzy_date)
        codes = set(original.countries.values_list("code", flat=True))
        lock_countries(sorted(codes | set(recorded.get("countries", ()))))
        untouched = original.locked and shows_its_sources(original)
        copied = {name: getattr(original, name) for name in COPIED_FIELDS}
        if recorded:
            copied.update(event_fields(recorded))
        new = Event.objects.create(**{**copied, **fields, "locked": True})
        new.countries.set(Country.objects.filter(code__in=recorded["countries"]) if recorded else codes)
        new.sync_pairs()
        moved = taken.update(event=new)
        EditorialAction.objects.create(
            kind=EditorialAction.Kind.SPLIT,
            event=new,
            other_event_id=original.pk,
            description=f"Split {moved} sentence(s) of {len(articles)} article(s) off event "
            f"{original.pk} “{original.title}”.",
            user=user,
        )
        if not original.locked and not original.mentions.exists():
            original.delete()
        else:
            settle_event(original, even_locked=untouched)
    return new


def shows_its_sources(event: Event) -> bool:
    """Whether the event's date, status and words are those its sources settle on."""
    said = sources_say(event.mentions.all(), event.type, event.fuzzy_date)
    return said is not None and all(getattr(event, name) == value for name, value in said[0].items())
