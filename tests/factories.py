"""Small builders for tests: articles and extractions written by hand."""

from datetime import date

from relations.extraction.results import Event, Extraction, FuzzyDate, Mention, ReferenceDate
from relations.models import Article

_counter = iter(range(1, 1_000_000))


def make_article(text: str | None = None, **fields) -> Article:
    text = text or f"Sample article number {next(_counter)} about bilateral talks."
    return Article.objects.create(text=text, content_hash=Article.hash_text(text), **fields)


def extracted_event(
    when: str, countries=("IL", "RU"), type="meeting", status="happened", title="Leaders meet", start=0
) -> Event:
    sentence = f"{title} ({when})."
    return Event(
        date=FuzzyDate.parse(when),
        type=type,
        status=status,
        countries=tuple(sorted(countries)),
        title=title,
        mentions=[Mention(start, start + len(sentence), sentence, trigger="met", date_text=when)],
    )


def extraction(*events: Event, reference: date = date(2019, 9, 12)) -> Extraction:
    return Extraction(ReferenceDate(reference, "stamp", 0.9, ("the page date",)), list(events))


def toned(event: Event, quad_class: int, location: str = "") -> Event:
    """An extracted event with a CAMEO QuadClass and, optionally, a place."""
    event.quad_class = quad_class
    event.location = location
    return event
