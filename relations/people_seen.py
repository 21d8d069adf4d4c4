"""People articles name by a state's office whom the knowledge does not hold (issue #12).

The engine lists them with each extraction (`Extraction.people_not_known`); `record_people_seen`
keeps them per (name, country) with the articles that named them, for editors, who add them to
the knowledge (a Person and an open OfficeTerm: the next extraction resolves them) or dismiss
them. A name the knowledge holds meanwhile is no longer listed (`held`).
"""

from datetime import date

from django.db import transaction
from django.db.models import Min
from django.db.models.functions import Coalesce
from django.utils import timezone

from relations.extraction.knowledge import Knowledge
from relations.extraction.results import PersonSeen
from relations.knowledge import forget_cached_knowledge
from relations.models import Article, Country, OfficeTerm, Person, UnknownPerson

NAME_CHARS = UnknownPerson._meta.get_field("name").max_length
OFFICE_CHARS = UnknownPerson._meta.get_field("office").max_length


def cleaned(seen: PersonSeen) -> tuple[str, str] | None:
    """The name and office with runs of whitespace made one space; None when either is empty or
    longer than a Person's name or an office term's office can be (cut short, it would be another
    name, and not one to add to the knowledge)."""
    name, office = " ".join(seen.name.split()), " ".join(seen.office.split())
    if not name or not office or len(name) > NAME_CHARS or len(office) > OFFICE_CHARS:
        return None
    return name, office


def record_people_seen(article: Article, people: list[PersonSeen], *, first: bool = False) -> None:
    """This article names exactly these people now: it is counted once for each (a re-run adds
    nothing) and left out of those it no longer names. Rows stay when no article names them any
    more (unlisted, and a dismissal is kept): deleting them would race another worker's new
    article naming them. `first`: the article was never extracted, so it names no one yet. Call
    within the extraction's transaction."""
    wanted = {}
    for seen in people:
        clean = cleaned(seen)
        if clean and (clean[0], seen.country) not in wanted:
            wanted[clean[0], seen.country] = (clean[1], seen.sentence)
    links = UnknownPerson.articles.through.objects.filter(article=article)
    if not wanted:  # most articles: one query at most, not six
        if not first:
            links.delete()
        return
    codes = set(Country.objects.filter(code__in={code for _, code in wanted}).values_list("code", flat=True))
    wanted = {key: value for key, value in wanted.items() if key[1] in codes}
    now = timezone.now()
    UnknownPerson.objects.bulk_create(
        [
            UnknownPerson(
                name=name,
                country_id=code,
                office=office,
                sentence=sentence,
                first_article=article,
                last_seen=now,
            )
            for (name, code), (office, sentence) in sorted(wanted.items())  # one order: no deadlock
        ],
        ignore_conflicts=True,  # known already, perhaps from a worker at this very moment
    )
    rows = UnknownPerson.objects.filter(name__in={name for name, _ in wanted}, country_id__in=codes)
    ids = {pk for pk, name, code in rows.values_list("pk", "name", "country_id") if (name, code) in wanted}
    before = set()
    if not first:
        before = set(links.values_list("unknownperson_id", flat=True))
        links.exclude(unknownperson_id__in=ids).delete()
    UnknownPerson.articles.through.objects.bulk_create(
        [UnknownPerson.articles.through(unknownperson_id=pk, article=article) for pk in ids - before]
    )
    UnknownPerson.objects.filter(pk__in=ids - before).update(last_seen=now)


def held(knowledge: Knowledge) -> set[tuple[str, str]]:
    """(name or alias, country) of everyone the knowledge holds an office term of."""
    return {
        (name, term.country)
        for person in knowledge.people
        for name in (person.name, *person.aliases)
        for term in person.terms
    }


def add_to_knowledge(ids) -> int:
    """Each row's person (known by that name, else by that alias, else new) gets an open term of
    the row's office in its state, lower case as the shipped data writes offices, from the earliest
    day an article naming them was written, unless they hold a term there already; the rows go.
    The cached knowledge is dropped: this process sees them at once, workers within its time to
    live. Returns how many terms were added."""
    added = 0
    with transaction.atomic():
        by_alias = {}
        for person in Person.objects.order_by("-pk").only("aliases"):  # the oldest wins a shared alias
            by_alias.update(dict.fromkeys(person.aliases, person))
        # Locked: an editor adding the same row at the same moment finds it gone.
        for row in UnknownPerson.objects.select_for_update().filter(pk__in=list(ids)):
            person = (
                Person.objects.filter(name=row.name).first()
                or by_alias.get(row.name)
                or Person.objects.create(name=row.name)
            )
            if not person.terms.filter(country_id=row.country_id).exists():
                office = row.office.lower()
                OfficeTerm.objects.create(
                    person=person, country_id=row.country_id, office=office, start=first_day(row)
                )
                added += 1
            row.delete()
    forget_cached_knowledge()
    return added


def first_day(row: UnknownPerson) -> date:
    """The earliest reference date (else page date) of the articles that named them; the day
    they were first seen when none gives one."""
    written = row.articles.aggregate(day=Min(Coalesce("reference_date", "page_date")))["day"]
    return written or timezone.localdate(row.first_seen)
