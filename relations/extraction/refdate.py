"""Decide the date a text was written, testing the page stamp against the text's own clues.

Pages often carry a crawl, update or re-render stamp instead of the writing date. The text
itself says a lot about when it was written, independently of any stamp:

* an explicit date in a past-tense clause ("met on 12 May 2019") cannot be later than the
  writing date; in a future clause ("will meet on June 16, 2021") it cannot be earlier;
* "days before the September 17 elections" places the text shortly before some 17 September;
* "the 75th anniversary of the Victory" names a year (1945 + 75, from
  ``data/anniversaries.json``, or from a year written in the same sentence), and "next year"
  beside it ("on 9 May next year") fixes the writing year;
* a weekday in a past clause ("On Wednesday, X met Y") says the text is a day or a few after
  such a weekday; ``known_dates`` (dates the database already holds) sharpen that;
* a weekday tied to a date that can be computed ("on Thursday, five days before the September 17
  election", "on Thursday, September 12") must fall on that weekday, which only some years allow;
* the page stamp is a crawl, update or re-render stamp: when the text contradicts it, the writing
  date is sought on or before it (a day or two of slack for time zones), not after it;
* a stamp with a month and day but no year ("May 05, 21:30") names the writing day in a year only
  the text can give: around the years it writes, the one its other clues allow that lies closest
  to the dates it writes (the most recent before a date told as future, the first after a past one),
  unless, within a few years after its latest date, another year's stamp day lies closer after the
  weekdays it tells as past (a news text tells its past week: "on Sunday ... on Thursday" is not six
  days before a Wednesday stamp);
  its weekday, when it names one ("Fri, 29 Nov"), rules out the years that day is not a Friday,
  and a span counted from a year the text names ("four decades since" a 1984 treaty) points to one;
* a wire dateline ("ISLAMABAD, Sept 7 —") gives the filing day, and "two years ago, in August 2021"
  its year;
* people named by an office title ("Polish Prime Minister Mateusz Morawiecki", the knowledge's
  terms passed as ``in_office``) narrow the years the other clues, or a yearless stamp, allow to
  their terms.

Each clue is a test of a candidate writing date with a weight. The stamp is kept unless some
other date leaves clearly less clue weight violated; then the best-explaining date wins, soft
clues (weekdays, "days before", known dates, closeness to the stamp) breaking ties.
"""

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from .pagedate import unusable
from .results import ReferenceDate
from .timex import NUMBER_WORDS, DateMention, find_mentions

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ANNIVERSARY = re.compile(
    r"\b(?P<ordinal>\d{1,3})(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,3}?anniversary"
    r"|\b(?P<word>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|thirtieth|fortieth|"
    r"fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth))\s+(?:[\w-]+\s+){0,3}?anniversary",
    re.I,
)
_MAX_MENTIONS = 300  # clues beyond these add nothing but time
_STAMP_SLACK_DAYS = 2  # a stamp may be a day or two early (time zones, midnight)
_STAMP_BOUND_WEIGHT = 1.0
_WEEKDAY_WEIGHT = 1.5
_WEEKDAY_YEARS_BACK = 8  # years before the stamp searched for a weekday that fits
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
# "five days before the " just before an anchored date
_COUNTED_RELATION = re.compile(
    r"\b(?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|twenty|thirty)\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<way>before|ahead\s+of|prior\s+to|after|following)\s+(?:the\s+)?$",
    re.I,
)
# what may stand between a weekday and the phrase that dates it: "on Thursday, just five days before"
_WEEKDAY_LINK = re.compile(r"\s*(?:,|\(|-|–|—)?\s*(?:(?:just|only|some|about|exactly)\s+)?$", re.I)
_WEEKDAY_REACH = 10  # days between a day named by its weekday and the writing date
_WEEKDAY_GAP = 120  # characters between a weekday and the appositive that dates it
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”()]|\n\s*\n|\s[-–—]\s|\b(?:but|while|whereas|and then)\b")
_APPOSITIVE_END = re.compile(r",\s+$")
_WEEKDAY_LEAD = re.compile(
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\s*,?\s*\(?", re.I
)
_KEEP_STAMP_MARGIN = 1.0  # clue weight the stamp may violate beyond the best date
_YEARLESS_STAMP_WEIGHT = 2.0  # the page's own day outweighs one date of the text, not two
_CANDIDATE_YEARS = 12
_OFFICE_WEIGHT = 0.7
_OPEN_TERM_YEARS = 8  # the years of a term still running seeded as writing years
_COUNTED_YEAR_WEIGHT = 0.5  # a hint: the span may count from a year the text does not name
_YEARS_AFTER = 3  # years after the latest a text writes that a stamp's day may be of, weekdays choosing
_YEARLESS_YEARS = 3  # the latest years a text writes, around which a yearless stamp's year is sought
_RECEIVED_CONFIDENCE = 0.1  # the day an article came in says little of when it was written


@dataclass(frozen=True)
class Clue:
    """A test of a candidate writing date: `fits(d)` is True, False, or None (no opinion)."""

    fits: Callable[[date], bool | None]
    weight: float
    evidence: str
    years: tuple[int, ...] = ()  # writing years the clue points to, to seed candidates
    # (month, day, first, last): seed candidates `first`..`last` days from that month and day
    windows: tuple[tuple[int, int, int, int], ...] = ()
    prefers: Callable[[date], float] | None = None  # a soft preference among the dates that fit


@dataclass(frozen=True)
class InOffice:
    """A person the text names by an office they hold ("President Prabowo Subianto"), and the
    spans of their terms: the text was written during one."""

    name: str
    terms: tuple[tuple[date, date | None], ...]


def infer_reference_date(
    text: str,
    page_date: date | None,
    known_dates: Iterable[date] = (),
    page_month_day: tuple[int, ...] | None = None,
    received: date | None = None,
    in_office: Iterable[InOffice] = (),
) -> ReferenceDate:
    """The date `text` was written: the page stamp unless the text's clues contradict it.
    Without a page date, `page_month_day` is a stamp's month and day written without a year; when
    the text names no year either, the latest such day before `received` (the day the article came
    in) is taken, with low confidence, if the office holders it names held office then, else such a
    day in their terms. A page date after `received` is not used (the evidence says so). When
    nothing dates the text, `received` itself is taken (method "received", confidence 0.1); without
    it there is no reference date (method "none"); the evidence says which."""
    problem = unusable(page_date, received) if page_date is not None and received is not None else ""
    in_office = tuple(in_office)
    if problem:
        found = _inferred(text, None, known_dates, page_month_day, received, in_office)
        return replace(found, evidence=(problem, *found.evidence))
    return _inferred(text, page_date, known_dates, page_month_day, received, in_office)


def _inferred(text, page_date, known_dates, page_month_day, received, in_office=()) -> ReferenceDate:
    known = sorted(set(known_dates))
    mentions = find_mentions(text, page_date or date(2000, 1, 1))[:_MAX_MENTIONS]
    clues = _clues(text, mentions, page_date)
    yearless = page_month_day if page_date is None else None
    office = [_office_clue(person) for person in in_office]
    if clues or yearless:  # an office held narrows what the text or a stamp allows; alone it dates nothing
        clues += office
    anchors = (page_date,) if page_date else ()
    if yearless:
        clues.append(_yearless_stamp_clue(yearless, mentions))
        clues += _counted_year_clue(text, mentions)
        anchors = tuple(m.expression.value.start for m in mentions if m.spec.year is not None)
        if not anchors:  # a text without years: the stamp's last day before it came in, if in the terms
            latest = _latest_stamped_day(yearless, received)  # of those it names; else from their terms
            if latest.date is not None and all(clue.fits(latest.date) for clue in office):
                return replace(latest, evidence=(*latest.evidence, *(clue.evidence for clue in office)))
            took_office = [start for person in in_office for start, _end in person.terms]
            anchors = (max(took_office),) if took_office else ()
    soft = _soft_scorer(mentions, known)
    week_span = _past_week_span(mentions)
    if page_date is not None:
        stamp_cost = _violated(clues, page_date)
        if stamp_cost == 0:
            supporting = [c.evidence for c in clues if c.fits(page_date)][:3]
            confidence = 0.9 if supporting else 0.8
            return ReferenceDate(page_date, "stamp", confidence, tuple(supporting))
    if page_date is not None:
        clues.append(_stamp_bound_clue(page_date))
    candidates = _candidates(clues, page_date, mentions, known)
    if not candidates:
        return _latest_stamped_day(yearless, received)
    preferring = [c.prefers for c in clues if c.prefers is not None]

    def rank(d: date) -> tuple:
        """Soft preferences, then closeness to the anchors; beside a yearless stamp, the year first:
        within a few years after the text's latest date, the year whose stamp day the past weekdays
        it tells reach back from the least; then the stamp's day closest to the text's dates."""
        stamp_day = (_nearest_occurrence(*yearless[:2], d) or d) if yearless else d
        after = (stamp_day - max(anchors)).days if yearless and anchors else None
        soon_after = after is not None and 0 <= after <= 366 * _YEARS_AFTER
        return (
            not soon_after,
            week_span(stamp_day) if soon_after else 0,
            -soft(stamp_day) if soon_after else 0,
            _distance(stamp_day, anchors) if yearless else 0,
            -soft(d) - sum(prefers(d) for prefers in preferring),
            _distance(d, anchors),
        )

    costs = {d: _violated(clues, d) for d in candidates}
    best_cost = min(costs.values())
    best = min((d for d in candidates if costs[d] == best_cost), key=rank)  # ties among the least violating
    if page_date is not None and stamp_cost - best_cost <= _KEEP_STAMP_MARGIN:
        contrary = [c.evidence for c in clues if c.fits(page_date) is False][:3]
        return ReferenceDate(page_date, "stamp", 0.6, tuple(f"(outweighed) {e}" for e in contrary))
    if received is not None and best > received:  # "met in Santiago on 12 March 2031", sent today
        found = _received_day(received)
        later = f"the text's dates point to {best.isoformat()}, after the day it came in"
        return replace(found, evidence=(later, *found.evidence))
    explained = [c.evidence for c in clues if c.fits(best)]
    if page_date is not None:
        evidence = [f"the page stamp {page_date.isoformat()} contradicts the text"]
        evidence += [c.evidence for c in clues if c.fits(page_date) is False and c.fits(best)]
        evidence += [e for e in explained if e not in evidence]
        confidence = min(0.9, 0.5 + 0.1 * (stamp_cost - best_cost))
        return ReferenceDate(best, "corrected", round(confidence, 2), tuple(evidence[:8]))
    if not clues and not explained:
        return _latest_stamped_day(yearless, received)
    return ReferenceDate(best, "text", 0.4 if explained else 0.2, tuple(explained[:8]))


def _latest_stamped_day(yearless: tuple[int, ...] | None, received: date | None) -> ReferenceDate:
    """A yearless stamp and a text without years: the latest such day before the article came in;
    no stamp to go by: the day it came in (see `_received_day`)."""
    if not yearless or received is None:
        return _received_day(received)
    for year in range(received.year, received.year - 5, -1):
        day = _safe_date(year, *yearless[:2])
        if day is not None and day <= received and yearless[2:] in ((), (day.weekday(),)):
            evidence = f"the page stamp gives {day:%B} {day.day} without a year; the text names no year"
            return ReferenceDate(
                day, "stamp", 0.3, (evidence, f"the latest such day before it came in ({received})")
            )
    return _received_day(received)


def _received_day(received: date | None) -> ReferenceDate:
    """Nothing dates the text: the day the article came in, barely better than nothing, or, when
    that is not known either (the `extract` command), no reference date."""
    nothing = "no usable page date, and nothing in the text tells when it was written"
    if received is None:
        return ReferenceDate(None, "none", 0.0, (f"{nothing}; the day it came in is not known",))
    said = (
        f"{nothing}: the day the article came in ({received.isoformat()}) is taken, with low confidence; "
        "it dates no event told only by a weekday or a 'last month' (they need the writing date): set the "
        "reference date to have them"
    )
    return ReferenceDate(received, "received", _RECEIVED_CONFIDENCE, (said,))


# --- clues ----------------------------------------------------------------------------------


def _clues(text: str, mentions: list[DateMention], page_date: date | None = None) -> list[Clue]:
    clues = []
    for mention in mentions:
        clue = _explicit_date_clue(mention) or _anchored_clue(mention)
        if clue:
            clues.append(clue)
    clues += _weekday_clues(text, mentions, page_date)
    clues += _anniversary_clues(text, mentions)
    clues += _dateline_clues(text, mentions)
    clues += _years_ago_clues(text, mentions)
    return clues


# "ISLAMABAD, Sept 7 —", "Nairobi (Reuters) - March 3:": a dateline opens a line with a place.
_DATELINE_PLACE = re.compile(
    r"(?:^|\n)\s*[A-Z][\w.'’ -]{1,40}?(?:,\s*[A-Z][\w.'’ -]{1,30}?)?(?:\s*\([^()\n]{1,30}\))?\s*,\s*$"
)  # "ISLAMABAD,", "DAJABÓN, Dominican Republic,"
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—:]")
_DATELINE_REACH = 600  # characters from the top within which a dateline stands


def _dateline_clues(text: str, mentions: list[DateMention]) -> list[Clue]:
    """A wire dateline's month and day ('ISLAMABAD, Sept 7 —') is the day the text was filed."""
    for mention in mentions:
        spec, expression = mention.spec, mention.expression
        if expression.start > _DATELINE_REACH:
            break
        if spec.year is not None or spec.month is None or spec.day is None:
            continue
        line_start = text.rfind("\n", 0, expression.start) + 1
        if _DATELINE_PLACE.search(text, line_start - 1 if line_start else 0, expression.start) and (
            _DATELINE_END.match(text, expression.end)
        ):
            clue = _day_clue(spec.month, spec.day, mentions, f"the dateline gives {expression.text}")
            return [_lead_weekday_preferred(clue, spec.month, spec.day, text, expression.end, mentions)]
    return []


def _lead_weekday_preferred(clue: Clue, month: int, day: int, text: str, after: int, mentions) -> Clue:
    """'LA PAZ, March 23 - ... used the annual Day of the Sea on Thursday': a wire's lead tells the
    dateline's own day or the day before, so among the years the dateline allows, one in which that
    day is the weekday the lead names comes before one in which the weekday lies further back (the
    day before, which the past weekdays already prefer, still comes first)."""
    lead_end = text.find("\n", after)
    named = next(
        (
            m.spec.weekday
            for m in mentions
            if after <= m.expression.start < (lead_end if lead_end >= 0 else len(text))
            and m.spec.weekday is not None
            and m.spec.month is None
        ),
        None,
    )
    if named is None:
        return clue

    def prefers(d: date) -> float:
        moment = _nearest_occurrence(month, day, d)
        return clue.prefers(d) + (0.2 if moment is not None and moment.weekday() == named else 0.0)

    return replace(clue, prefers=prefers)


# "two years ago, in August 2021", "in 2019, four years ago": the writing year counted from a year.
_YEARS_AGO_LINK = re.compile(r"\s*(?:,|\(|-|–|—)?\s*(?:in|since)?\s*$", re.I)


def _years_ago_clues(text: str, mentions: list[DateMention]) -> list[Clue]:
    clues = []
    for first, second in zip(mentions, mentions[1:], strict=False):
        if not _YEARS_AGO_LINK.fullmatch(text, first.expression.end, second.expression.start):
            continue
        for counted, dated in ((first, second), (second, first)):
            if counted.spec.unit == "year" and counted.spec.shift < 0 and dated.spec.year is not None:
                year = dated.spec.year - counted.spec.shift
                evidence = f"'{counted.expression.text}' is {dated.expression.text}: the text is of {year}"
                clues.append(Clue(lambda d, year=year: d.year == year, 1.0, evidence, years=(year,)))
    return clues


def _stamp_bound_clue(page_date: date) -> Clue:
    """A contradicted stamp still bounds the writing date from above: pages are re-stamped later."""
    limit = page_date + timedelta(days=_STAMP_SLACK_DAYS)
    return Clue(
        lambda d: d <= limit,
        _STAMP_BOUND_WEIGHT,
        f"the page stamp {page_date.isoformat()} is later than the writing date, not earlier",
    )


def _yearless_stamp_clue(yearless: tuple[int, ...], mentions: list[DateMention]) -> Clue:
    """'May 05, 21:30' on the page: the text was written on that day; 'Fri, 29 Nov': on a Friday,
    which rules out most years."""
    month, day, *weekday = yearless
    named = f"{date(2024, 1, 1 + weekday[0]):%A}, " if weekday else ""  # 1 January 2024 was a Monday
    evidence = f"the page stamp gives {named}{date(2000, month, day):%B} {day} without a year"
    return _day_clue(month, day, mentions, evidence, weekday[0] if weekday else None)


def _day_clue(
    month: int,
    day: int,
    mentions: list[DateMention],
    evidence: str,
    weekday: int | None = None,
) -> Clue:
    """The text was written on that month and day (a day's slack for time zones), on that day of
    the week when given, of a year around the latest ones the text writes."""

    def fits(d: date) -> bool:
        moment = _nearest_occurrence(month, day, d)
        return (
            moment is not None
            and abs((d - moment).days) <= 1
            and (weekday is None or moment.weekday() == weekday)
        )

    written = sorted({m.spec.year for m in mentions if m.spec.year is not None})[-_YEARLESS_YEARS:]
    return Clue(
        fits,
        _YEARLESS_STAMP_WEIGHT,
        evidence,
        years=tuple(sorted({year + shift for year in written for shift in range(-1, _YEARS_AFTER + 1)})),
        windows=((month, day, -1, 1),),
        prefers=lambda d: 1.0 if (d.month, d.day) == (month, day) else 0.0,
    )


# "four decades since", "40 years after", "forty years ago": a span counted from a year the text names.
_SPAN = re.compile(
    r"\b(?P<count>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred)\s+(?P<unit>years?|decades?)\s+(?:ago|since|after|of|on|later)\b",
    re.IGNORECASE,
)


def _counted_years(text: str, mentions: list[DateMention]) -> frozenset[int]:
    """The years reached by counting each span the text names from each year it names: candidates
    for a writing year the text never writes."""
    spans = set()
    for match in _SPAN.finditer(text):
        count = match["count"].lower()
        years = int(count) if count.isdigit() else NUMBER_WORDS[count]
        spans.add(years * (10 if match["unit"].lower().startswith("decade") else 1))
    named = {m.spec.year for m in mentions if m.spec.year is not None}
    return frozenset(year + span for year in named for span in spans if span <= 100)


def _office_clue(person: InOffice) -> Clue:
    """'President Prabowo Subianto said': written while he held an office (a hint, weighed below a
    date the text writes: an article may give a past holder the title without "then")."""

    def fits(d: date) -> bool:
        return any(start <= d and (end is None or d <= end) for start, end in person.terms)

    years = {
        year
        for start, end in person.terms
        for year in range(start.year, (end.year if end else start.year + _OPEN_TERM_YEARS) + 1)
    }
    return Clue(
        fits, _OFFICE_WEIGHT, f"{person.name} is named by an office held then", years=tuple(sorted(years))
    )


def _counted_year_clue(text: str, mentions: list[DateMention]) -> list[Clue]:
    """Beside a yearless stamp, a year a span counts to ("four decades since" the 1984 treaty) is
    more likely the writing year than one the text never reaches."""
    counted = _counted_years(text, mentions)
    if not counted:
        return []
    evidence = f"a span the text counts reaches {', '.join(map(str, sorted(counted)[:4]))}"
    return [Clue(lambda d: d.year in counted, _COUNTED_YEAR_WEIGHT, evidence, years=tuple(sorted(counted)))]


def _explicit_date_clue(mention: DateMention) -> Clue | None:
    """A date with its year written, in a clearly past or future clause."""
    spec, expression = mention.spec, mention.expression
    if spec.year is None or spec.unit or mention.tense is None or mention.relation:
        return None
    value = expression.value
    weight = {"day": 1.0, "month": 0.6, "year": 0.3}[value.precision]
    if mention.tense == "past":
        return Clue(
            lambda d, start=value.start: d >= start,
            weight,
            f"'{expression.text}' is told as past, so the text is not earlier than {value.iso()}",
        )
    return Clue(
        lambda d, end=value.end: d <= end,
        weight,
        f"'{expression.text}' is told as future, so the text is not later than {value.iso()}",
    )


def _anchored_clue(mention: DateMention) -> Clue | None:
    """'(days) before the September 17 elections': the text is written shortly before that day."""
    spec, expression = mention.spec, mention.expression
    if mention.relation is None or spec.month is None or spec.day is None or spec.year_shift is not None:
        return None
    words = mention.relation.split()
    if not {"before", "ahead", "prior", "run-up", "leading"} & set(words) or mention.tense == "future":
        return None
    close = words[0] in ("day", "days", "hour", "hours", "week", "weeks")
    lead = 21 if words[0].startswith(("day", "hour")) else 70 if close else 200
    target_year = spec.year

    def fits(d: date, month=spec.month, day=spec.day) -> bool | None:
        moment = (
            _nearest_occurrence(month, day, d) if target_year is None else _safe_date(target_year, month, day)
        )
        if moment is None:
            return None
        return -lead <= (d - moment).days <= 45

    evidence = (
        f"'{mention.relation} the {expression.text}' places the text shortly before "
        f"{'that date' if target_year is None else expression.value.iso()}"
    )
    windows = ((spec.month, spec.day, -min(lead, 14), 0),)
    years = (target_year,) if target_year else ()
    return Clue(fits, 2.0 if close else 1.0, evidence, years=years, windows=windows)


def _weekday_clues(text: str, mentions: list[DateMention], page_date: date | None) -> list[Clue]:
    """A weekday tied to a computable day: 'on Thursday, five days before the September 17 election'
    or 'on Thursday, September 12' only fit years in which that day is a Thursday."""
    clues = []
    weekday_mentions = [m for m in mentions if m.spec.weekday is not None and m.spec.month is None]
    base_year = page_date.year if page_date else _latest_written_year(mentions)
    for mention in mentions:
        spec = mention.spec
        if spec.month is None or spec.day is None or spec.year is not None or spec.year_shift is not None:
            continue
        if spec.unit:
            continue
        tied = _weekday_tie(text, mention, mentions, weekday_mentions)
        if tied is None:
            continue
        weekday, offset, said, way = tied
        month, day = spec.month, spec.day

        def fits(d: date, month=month, day=day, offset=offset, weekday=weekday, way=way) -> bool | None:
            moment = _occurrence(month, day, d, "nearest" if offset else way)
            if moment is None:
                return None
            named = moment + timedelta(days=offset)  # the day the weekday names
            gap = (d - named).days  # a day is named by its weekday only in the week or so around it
            near = -1 <= gap <= _WEEKDAY_REACH if way == "past" else -_WEEKDAY_REACH <= gap <= 1
            if way == "nearest":
                near = abs(gap) <= _WEEKDAY_REACH
            return near and named.weekday() == weekday

        def prefers(d: date, month=month, day=day, offset=offset, way=way) -> float:
            moment = _occurrence(month, day, d, "nearest" if offset else way)
            return 0.4 if moment and 0 <= (d - moment).days - offset <= 2 else 0.0

        years = ()
        if base_year is not None:
            years = tuple(
                y
                for y in range(base_year - _WEEKDAY_YEARS_BACK, base_year + 2)
                if (moment := _safe_date(y, month, day))
                and (moment + timedelta(days=offset)).weekday() == weekday
            )
        window = (month, day, offset - 1, offset + 3) if way != "future" else (month, day, -14, 0)
        clues.append(
            Clue(
                fits,
                _WEEKDAY_WEIGHT,
                f"'{said}' puts a {_WEEKDAYS[weekday].title()} on that day, which only some years allow",
                years=years,
                windows=(window,),
                prefers=prefers,
            )
        )
    return clues


def _weekday_tie(
    text: str, mention: DateMention, mentions: list[DateMention], weekday_mentions: list[DateMention]
) -> tuple[int, int, str, str] | None:
    """(weekday, days from the dated day to the weekday, the words, how to find the dated day)."""
    expression = mention.expression
    lead = _WEEKDAY_LEAD.match(expression.text)
    if lead:  # "Thursday, September 12"
        way = mention.spec.direction if mention.spec.direction in ("past", "future") else "nearest"
        return _WEEKDAYS.index(lead["weekday"].lower()), 0, expression.text, way
    if mention.relation is None:
        return None
    counted = _COUNTED_RELATION.search(text, max(0, expression.start - 60), expression.start)
    if counted is None:
        return None
    count = counted["count"].lower()
    days = int(count) if count.isdigit() else _NUMBERS[count]
    days *= 7 if counted["unit"].lower().startswith("week") else 1
    offset = days if counted["way"].lower() in ("after", "following") else -days
    # the weekday of the same clause: "flew to Sochi on Thursday for talks, five days before the ..."
    before = [m for m in weekday_mentions if m.expression.end <= counted.start()]
    if not before:
        return None
    weekday_mention = before[-1]
    weekday_end = weekday_mention.expression.end
    between = text[weekday_end : counted.start()]
    if weekday_mention.tense == "future" or counted.start() - weekday_end > _WEEKDAY_GAP:
        return None
    if any(weekday_end <= m.expression.start < counted.start() for m in mentions):
        return None  # another date stands between: the appositive dates that one
    adjacent = _WEEKDAY_LINK.fullmatch(between)  # "on Thursday, five days before"
    if not adjacent and (_CLAUSE_BREAK.search(between) or not _APPOSITIVE_END.search(between)):
        return None
    said = f"{weekday_mention.expression.text} … {text[counted.start() : expression.end]}"
    way = (
        weekday_mention.spec.direction if weekday_mention.spec.direction in ("past", "future") else "nearest"
    )
    return weekday_mention.spec.weekday, offset, " ".join(said.split()), way


def _latest_written_year(mentions: list[DateMention]) -> int | None:
    years = [m.spec.year for m in mentions if m.spec.year is not None and m.tense != "future"]
    return max(years) if years else None


def _occurrence(month: int, day: int, around: date, way: str) -> date | None:
    """The month and day in the year `way` points to from `around`: the latest on or before it
    ('past'), the first on or after it ('future'), else the nearest."""
    if way == "past":
        options = [_safe_date(y, month, day) for y in (around.year, around.year - 1)]
        return next((o for o in options if o is not None and o <= around), None)
    if way == "future":
        options = [_safe_date(y, month, day) for y in (around.year, around.year + 1)]
        return next((o for o in options if o is not None and o >= around), None)
    return _nearest_occurrence(month, day, around)


def _anniversary_mentions(text: str) -> list[re.Match]:
    """'the 75th anniversary', read only just before each 'anniversary' (a scan of the whole text
    for its ordinals costs more than the rest of the date clues)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    found = []
    position = lowered.find("anniversar")
    while position != -1:
        start = max(0, position - 90, found[-1].end() if found else 0)
        found += _ANNIVERSARY.finditer(text, start, position + len("anniversary"))
        position = lowered.find("anniversar", position + 1)
    return found


def _anniversary_clues(text: str, mentions: list[DateMention]) -> list[Clue]:
    """'the 75th anniversary of ...': a year, tied to the writing year by tense or 'next year'."""
    clues = []
    for match in _anniversary_mentions(text):
        count = _ordinal_value(match)
        if not count:
            continue
        sentence = _sentence_around(text, match.start())
        base = _anniversary_base(text[sentence[0] : sentence[1]], mentions, sentence, count)
        if base is None:
            continue
        base_date, name = base
        year = base_date.year + count
        occasion = f"the {_ordinal_text(count)} anniversary of {name} falls in {year}"
        shifts = {
            m.spec.year_shift if m.spec.year_shift is not None else m.spec.shift
            for m in mentions
            if sentence[0] <= m.expression.start < sentence[1]
            and (m.spec.year_shift is not None or m.spec.unit == "year")
        }
        if len(shifts) == 1:
            shift = shifts.pop()
            writing_year = year - shift
            said = {1: "next year", 0: "this year", -1: "last year"}.get(shift, f"{shift:+d} years")
            clues.append(
                Clue(
                    lambda d, y=writing_year: d.year == y,
                    2.0,
                    f"{occasion} and is called '{said}', so the text is from {writing_year}",
                    years=(writing_year,),
                )
            )
            continue
        try:
            day = date(year, base_date.month, base_date.day)
        except ValueError:
            continue
        tense = _tense_at(mentions, sentence) or _upcoming(text, sentence)
        if tense == "future":
            clues.append(
                Clue(
                    lambda d, a=day: a - timedelta(days=550) <= d <= a,
                    1.0,
                    f"{occasion}, still ahead",
                    years=(year - 1, year),
                )
            )
        elif tense == "past":
            clues.append(
                Clue(
                    lambda d, a=day: a <= d <= a + timedelta(days=400),
                    0.7,
                    f"{occasion}, already marked",
                    years=(year, year + 1),
                )
            )
        else:
            clues.append(
                Clue(lambda d, y=year: abs(d.year - y) <= 1, 0.5, f"{occasion}, near the text", years=(year,))
            )
    return clues


def _anniversary_base(sentence_text: str, mentions, sentence, count) -> tuple[date, str] | None:
    for event in _anniversary_events():
        if event["regex"].search(sentence_text):
            return date(event["year"], event["month"] or 1, event["day"] or 1), event["name"]
    for mention in mentions:  # "the 30th anniversary of the 1991 agreement"
        spec = mention.spec
        if (
            sentence[0] <= mention.expression.start < sentence[1]
            and spec.year is not None
            and spec.year < 2100 - count
            and mention.tense != "future"
        ):
            return date(spec.year, spec.month or 1, spec.day or 1), f"the events of {spec.year}"
    return None


@cache
def _anniversary_events() -> list[dict]:
    path = Path(__file__).with_name("data") / "anniversaries.json"
    events = json.loads(path.read_text(encoding="utf-8"))["events"]
    for event in events:
        event["regex"] = re.compile(event["pattern"], re.I)
    return events


def _ordinal_value(match: re.Match) -> int:
    if match["ordinal"]:
        return int(match["ordinal"])
    words = re.split(r"[- ]", match["word"].lower())
    total = 0
    for word in words:
        total += _TENS.get(word, 0) + _ORDINALS.get(word, 0)
    return total


def _ordinal_text(count: int) -> str:
    suffix = "th" if 10 <= count % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(count % 10, "th")
    return f"{count}{suffix}"


def _sentence_around(text: str, offset: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)) + 1
    ends = [i for i in (text.find(". ", offset), text.find("\n", offset)) if i >= 0]
    return start, min(ends) if ends else len(text)


def _tense_at(mentions: list[DateMention], sentence: tuple[int, int]) -> str | None:
    tenses = {m.tense for m in mentions if sentence[0] <= m.expression.start < sentence[1] and m.tense}
    return tenses.pop() if len(tenses) == 1 else None


_UPCOMING = re.compile(r"\b(?:upcoming|forthcoming|will|expect(?:s|ed|ing)?|plans?|invit\w+|next)\b", re.I)
_PAST_MARKERS = re.compile(r"\b(?:celebrated|marked|commemorated|was|were|held)\b", re.I)


def _upcoming(text: str, sentence: tuple[int, int]) -> str | None:
    chunk = text[sentence[0] : sentence[1]]
    if _UPCOMING.search(chunk):
        return "future"
    if _PAST_MARKERS.search(chunk):
        return "past"
    return None


# --- soft clues and candidates --------------------------------------------------------------


def _soft_scorer(mentions: list[DateMention], known: list[date]) -> Callable[[date], float]:
    """Prefer dates a day or two after a weekday told as past, and dates just after known events."""
    past_weekdays = [m.spec.weekday for m in mentions if m.spec.weekday is not None and m.tense != "future"][
        :5
    ]
    future_weekdays = [
        m.spec.weekday for m in mentions if m.spec.weekday is not None and m.tense == "future"
    ][:5]
    close_before = [(m.spec.month, m.spec.day) for m in mentions if _is_days_before(m)]

    def score(d: date) -> float:
        total = 0.0
        for weekday in past_weekdays:
            gap = (d.weekday() - weekday) % 7
            total += {1: 0.5, 2: 0.35, 0: 0.25}.get(gap, 0.1)
        for weekday in future_weekdays:
            gap = (weekday - d.weekday()) % 7
            total += 0.3 if 1 <= gap <= 3 else 0.1
        for month, day in close_before:
            moment = _nearest_occurrence(month, day, d)
            if moment and 1 <= (moment - d).days <= 10:
                total += 0.5
        for k in known:
            if 0 <= (d - k).days <= 2 and (not past_weekdays or k.weekday() in past_weekdays):
                total += 0.4
        return total

    return score


def _past_week_span(mentions: list[DateMention]) -> Callable[[date], int]:
    """How many days back from a writing date the weekdays the text tells as past reach ("on Sunday
    ... on Tuesday ... on Wednesday": at least three from a Thursday, six from a Tuesday): a news
    text tells its past week, so the fewer the likelier."""
    weekdays = {m.spec.weekday for m in mentions if m.spec.weekday is not None and m.tense == "past"}
    return lambda d: max(((d.weekday() - weekday) % 7 for weekday in weekdays), default=0)


def _is_days_before(mention: DateMention) -> bool:
    relation = mention.relation or ""
    return relation.startswith("day") and "before" in relation and mention.spec.day is not None


def _candidates(clues: list[Clue], page_date: date | None, mentions, known: list[date]) -> list[date]:
    years = {y for c in clues for y in c.years}
    if page_date is not None:
        years |= {page_date.year - 1, page_date.year, page_date.year + 1}
    if not years:
        explicit = [m.expression.value for m in mentions if m.spec.year is not None and m.tense != "future"]
        years = {max(v.start.year for v in explicit)} if explicit else set()
    years = {y for y in years if 1 <= y <= 9998}
    found = set()
    for year in sorted(years)[-_CANDIDATE_YEARS:]:  # the latest: texts are written after what they tell
        for month in range(1, 13):
            found |= {date(year, month, 1), date(year, month, 15)}
        if page_date is not None:
            found.add(_safe_date(year, page_date.month, min(page_date.day, 28)))
        for clue in clues:
            for month, day, first, last in clue.windows:
                moment = _safe_date(year, month, day)
                if moment:
                    found |= {moment + timedelta(days=k) for k in range(first, last + 1)}
    found |= {k + timedelta(days=offset) for k in known for offset in (0, 1, 2)}
    if page_date is not None:
        found |= {page_date + timedelta(days=offset) for offset in (-1, 0, 1)}
    for value in [m.expression.value for m in mentions if m.spec.year is not None and m.spec.day is not None]:
        found |= {value.start, value.start + timedelta(days=1)}
    return sorted(d for d in found if d is not None)


def _violated(clues: list[Clue], candidate: date) -> float:
    return sum(clue.weight for clue in clues if clue.fits(candidate) is False)


def _distance(candidate: date, anchors: tuple[date, ...]) -> int:
    """Days to the nearest anchor: the page date, or the text's dates beside a yearless stamp."""
    return min((abs((candidate - anchor).days) for anchor in anchors), default=0)


def _nearest_occurrence(month: int, day: int, around: date) -> date | None:
    options = [_safe_date(year, month, day) for year in (around.year - 1, around.year, around.year + 1)]
    options = [o for o in options if o is not None]
    return min(options, key=lambda o: abs((o - around).days)) if options else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
