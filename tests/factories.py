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


def extraction(*events: Event, reference: date = date(2019, 9, 12), people_not_known=()) -> Extraction:
    reference_date = ReferenceDate(reference, "stamp", 0.9, ("the page date",))
    return Extraction(reference_date, list(events), people_not_known=list(people_not_known))


def toned(event: Event, quad_class: int, location: str = "") -> Event:
    """An extracted event with a CAMEO QuadClass and, optionally, a place."""
    event.quad_class = quad_class
    event.location = location
    return event


# Invented, for a page stamped "May 05, 21:30" (no year): the text's 2019 gives the year, so it was
# written on 5 May 2019 and its Tuesday is 30 April; from the text alone (no stamp) that meeting
# would be lost.
YEARLESS_STAMP = "May 05, 21:30"
YEARLESS_STORY = (
    "The foreign ministers of Ghana and Togo met in Accra on Friday. "
    "They had last met in Lome on 12 March 2019."
)


def assert_dated_by_the_yearless_stamp(article: Article) -> None:
    """The article was stored with the stamp and extracted: the stamp's day, the text's year."""
    article.refresh_from_db()
    assert (article.page_date, article.page_stamp) == (None, YEARLESS_STAMP)
    assert (article.status, article.reference_date) == ("done", date(2019, 5, 5))
    dates = sorted(article.mentions.values_list("date", flat=True))
    assert dates == [date(2019, 3, 12), date(2019, 5, 3)]
