"""Editors' merges and splits. Each is recorded as an EditorialAction and leaves locked events:
re-extraction keeps a locked event's sentences and puts an article's re-read sentences back
into the locked event that holds them (`merge.pinned_event`), so neither is undone."""

from django.db import transaction

from relations.merge import lock_countries, settle_event
from relations.models import EditorialAction, Event, Mention

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
    an interaction as one). The new event is dated by what its sources say and locked; the old
    one settles again, or goes if nothing is left and it is not locked."""
    with transaction.atomic():
        chosen = list(Mention.objects.filter(pk__in=mention_ids).select_related("event"))
        if len({m.event_id for m in chosen}) != 1:
            raise ValueError("Choose sentences of one event.")
        original = chosen[0].event
        lock_countries(sorted(original.countries.values_list("code", flat=True)))
        articles = {m.article_id for m in chosen}
        new = Event.objects.create(**{name: getattr(original, name) for name in COPIED_FIELDS})
        new.countries.set(original.countries.all())
        new.sync_pairs()
        moved = Mention.objects.filter(event=original, article__in=articles).update(event=new)
        settle_event(new)
        new.locked = True
        new.save(update_fields=["locked", "updated_at"])
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
            settle_event(original)
    return new
