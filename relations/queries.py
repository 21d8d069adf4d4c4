"""The lookups the pages, the API, the admin and the commands share, one function each.

A pair of countries and its events, an event's mentions, an article's events, and putting
articles back in the extraction queue. Nothing here knows HTTP: a pair that is not one raises
NotAPair, which the pages and the API each turn into their 404.
"""

from django.db import transaction
from django.db.models import F, Q

from relations.models import Article, Country, Event, Mention, PairTotal, in_pair_order
from relations.tasks import queue_extraction


class NotAPair(LookupError):
    """Two codes or countries that make no pair; the message is for people."""


def find_pair(a: str, b: str) -> tuple[Country, Country]:
    """Two different countries by alpha-2 or alpha-3 code, in code order, in one query."""
    codes = [a.upper(), b.upper()]
    found = {}
    for country in Country.objects.filter(Q(code__in=codes) | Q(code3__in=codes)):
        found[country.code] = found[country.code3] = country
    missing = [code for code in codes if code not in found]
    if missing:
        raise NotAPair(f"No country with code {missing[0]!r}.")
    return in_code_order(found[codes[0]], found[codes[1]])


def in_code_order(first: Country, second: Country) -> tuple[Country, Country]:
    """A pair as EventPair and the timeline URLs keep it (`in_pair_order`): the lower code first."""
    if first == second:
        raise NotAPair("A timeline needs two different countries.")
    return tuple(in_pair_order([first, second]))


def busiest_pairs():
    """Pairs with events, busiest first, from the kept per-pair counts: an index scan."""
    return (
        PairTotal.objects.filter(events__gt=0)
        .values("country_a", "country_b", "country_a__name", "country_b__name", "events")
        .order_by("-events", "country_a", "country_b")
    )


def pair_events(first: Country, second: Country, form=None, keyset: tuple[Q, ...] = ()):
    """The pair's events, narrowed by a TimelineFilterForm; the date range (and a page's keyset
    condition) is on the pair row, in the same filter() call, so one index scan of that pair
    serves them."""
    pair = {"pairs__country_a": first, "pairs__country_b": second}
    if form is None:
        return Event.objects.filter(**pair)
    if form.value("start"):
        keyset = (*keyset, form.from_start("pairs__date"))
    if form.value("end"):
        pair["pairs__date__lte"] = form.value("end").end
    return form.filter(Event.objects.filter(*keyset, **pair))


def in_date_order(events, descending: bool = False):
    """Events by date, then id: the order of exports, the API's lists and the commands (the
    timeline pages follow the pair's date, for its index)."""
    return events.order_by(*(["-date", "-id"] if descending else ["date", "id"]))


def event_mentions(event: Event):
    """An event's mentions with their articles, article by article (the earliest written first, as
    the event's history lists them), in text order."""
    return (
        Mention.objects.filter(event=event)
        .select_related("article")
        .order_by(F("article__reference_date").asc(nulls_last=True), "article_id", "start")
    )


def article_events(article: Article):
    """The events an article gave, in date order."""
    return in_date_order(Event.objects.filter(pk__in=Mention.objects.filter(article=article).values("event")))


def requeue(article_ids: list[int]) -> int:
    """Put articles back in the extraction queue: pending, their last error cleared, a task
    each once the transaction commits. Inputs refused as they came in have no text to read and
    keep their reason (`Article.refused`). Returns how many were queued."""
    with transaction.atomic():
        readable = list(
            Article.objects.filter(pk__in=article_ids).exclude(text="").values_list("pk", flat=True)
        )
        Article.objects.filter(pk__in=readable).update(status=Article.Status.PENDING, error="")
        for article_id in readable:
            queue_extraction(article_id)
    return len(readable)
