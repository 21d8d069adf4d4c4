"""Read the date a page shows: the first line of a `.txt` article, a record's `published`.

One reader for every path (`extract`, `ingest`, the admin upload, the API), so what one accepts
the others accept. Pages stamp dates in many shapes ("07:13 GMT06 July 2020", "September 12,
2019 10:30 AM", "Thu, 12 Sep 2019 07:13:00 +0000", "2019-09-12", "12.09.2019"), often with times,
zones and words like "Updated:" around them. A full day-month-year date with little else left
besides time-of-day and page boilerplate is the page date. A month and day without a year
("May 05, 21:30") or a time alone ("21:30") is a stamp too, only a poorer one: the text's own
clues then give the year (refdate). A stamp in another language ("3. mart 2022", "12 septembre
2019") is read by dateparser, only when this module's patterns find nothing. Any other line is
no stamp: a title or text, which the caller keeps as text.
A stamp that gives no date the article can use (a time alone, a day that does not exist, a date
before news or after the day the article came in, words that read as no date) is still a stamp,
with a note that says why its date is not used (`PageStamp.note`, `unusable`).
Numeric dates with dots or dashes are read day first (European); with slashes month first
unless that is impossible (US habit).
"""

from __future__ import annotations  # the field `date` would hide the type in annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

_FORMATS = [
    re.compile(rf"(?<!\d){_YEAR}-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)"),
    re.compile(rf"(?<!\d){_YEAR}/(?P<month>\d\d)/(?P<day>\d\d)(?!\d)"),
    re.compile(rf"(?<![\d.])(?P<day>\d{{1,2}})[.-](?P<month>\d{{1,2}})[.-]{_YEAR}(?!\d)"),
    re.compile(rf"(?<![\d/])(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{_YEAR}(?!\d)"),
    re.compile(rf"(?<![a-z\d]){_DAY}(?:\s+of)?[\s,-]*{_MONTH}(?![a-z])[\s,-]*{_YEAR}(?!\d)", re.I),
    # "GMT06 July 2020": a time zone glued to the day
    re.compile(rf"(?<=[a-z]){_DAY}\s+{_MONTH}(?![a-z])[\s,-]*{_YEAR}(?!\d)", re.I),
    re.compile(rf"(?<![a-z]){_MONTH}(?![a-z])[\s,-]*{_DAY}(?!\d)[\s,-]+{_YEAR}(?!\d)", re.I),
]
# "05 May, 21:30", "May 05, 21:30": a day and month, no year (a time's digits are no day)
_YEARLESS = [
    re.compile(rf"(?<![a-z\d:.]){_DAY}(?:\s+of)?[\s,-]*{_MONTH}(?![a-z])", re.I),
    re.compile(rf"(?<![a-z]){_MONTH}(?![a-z])[\s,-]*{_DAY}(?![\d:])", re.I),
]
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_STAMP_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|t)?\b\.?", re.I)
_A_YEAR = re.compile(r"(?<![\d+-])(?:1[89]|2\d)\d\d(?!\d)")  # not a zone's "+0300"
_TIME = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\b")
_ZONE_OFFSET = re.compile(r"[+-]\d\d:?\d\d\b")

# What may surround the date on a date line without making it something else.
_BOILERPLATE = re.compile(
    r"\b(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?|[ap]\.?m\.?|gmt|utc|[a-z]{2,4}t|z|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"posted|published|updated|last|modified|on|at|date|by|in|first|today|yesterday|"
    r"[+-]?\d{4}|\d{1,2})\b",
    re.I,
)
_WORD = re.compile(r"[^\W_]+")
_MAX_LEFTOVER_WORDS = 3
MAX_STAMP_CHARS = 120  # a longer first line is text, not a stamp
_EARLIEST_YEAR = 1800  # news is written after 1800 ...
_CLOCK_SLACK = timedelta(days=1)  # ... and not in the future (a day's slack for time zones)

# dateparser: the languages tried in this order (one locale list keeps it fast and stops it
# from guessing among two hundred); only absolute dates (no "2 days ago", no timestamps, which
# would invent a date from the clock), and a year only when the stamp writes one.
_FOREIGN_LANGUAGES = (
    "en", "fr", "de", "es", "it", "pt", "nl", "sr-Latn", "bs-Latn", "hr", "sl", "pl", "cs", "sk",
    "ro", "hu", "tr", "ru", "uk", "sr-Cyrl", "bg", "el", "id", "sv", "da", "nb", "nn", "fi", "is",
    "et", "lv", "lt", "ca", "sq", "mk", "ka", "hy", "az", "uz", "kk", "mn", "ar", "he", "fa", "zh",
    "ja", "ko", "vi", "th", "ms", "fil", "sw", "so", "am", "hi", "bn", "ur",
)  # fmt: skip
_FOREIGN_PARTS = {"full": ["day", "month", "year"], "yearless": ["day", "month"]}
_MAX_FOREIGN_LINE = 60
_DIGIT_AND_LETTER = re.compile(r"\d.*[^\W\d_]|[^\W\d_].*\d")  # a day and a month's name
# Where a date may start after a label or a year ("Objavljeno: 3. mart", "2024. gada 14. novembris"):
# at a number with at most three words before it.
_DATE_START = re.compile(r"(?<![\d.:])\d")
_MAX_LABEL_WORDS = 3
_MAX_STARTS = 4  # dateparser is slow: a line of numbers is tried a few times, not at each


@dataclass(frozen=True)
class PageStamp:
    """A page's date line, read: `date` when it gives a full and plausible date, else `month_day`
    when it gives a month and day without a year, else neither (a time alone, a date that does not
    exist or lies in the future), and then `note` says why. `line` is the stamp as the page gave
    it."""

    line: str
    date: date | None = None
    # (month, day), or (month, day, weekday) when the stamp names the day of the week ("Fri, 29 Nov",
    # Monday = 0): the weekday picks among the years a yearless stamp may be of
    month_day: tuple[int, ...] | None = None
    note: str = ""


NO_STAMP = PageStamp("")  # a first line that is no stamp stays text


def read_page_stamp(line: str) -> PageStamp | None:
    """The stamp `line` is, or None when it is no date line (a title, text)."""
    stripped = line.strip().lstrip("\ufeff").strip()
    if not stripped or len(stripped) > MAX_STAMP_CHARS:
        return None
    return _own_reading(stripped) or _foreign_reading(stripped)


def page_stamp(value: str) -> PageStamp:
    """A date the source gives in a field of its own (a record's 'published', a page's metadata),
    read like a date line; one that reads as no date is kept as given, with a note."""
    return read_page_stamp(value) or _not_used(value.strip()[:MAX_STAMP_CHARS], "no date can be read from it")


def dated_stamp(line: str, day: date, received: date | None = None) -> PageStamp:
    """The stamp of a full date, which counts only if news could carry it (see `unusable`)."""
    problem = unusable(day, received)
    return PageStamp(line, note=problem) if problem else PageStamp(line, date=day)


def unusable(day: date, received: date | None = None) -> str:
    """Why `day` cannot be the date of a page that came in on `received` (today when not given),
    or "" when it can: news is written after 1800 and not after it came in (a day's slack for
    time zones)."""
    received = received or date.today()
    if day.year < _EARLIEST_YEAR:
        return f"the page date {day.isoformat()} is not used: it is before {_EARLIEST_YEAR}"
    if day > received + _CLOCK_SLACK:
        return (
            f"the page date {day.isoformat()} is not used: it is later than the day the article "
            f"came in ({received.isoformat()})"
        )
    return ""


def _not_used(line: str, why: str) -> PageStamp:
    return PageStamp(line, note=f"the page stamp '{line}' is not used: {why}")


def split_corpus_file(content: str) -> tuple[PageStamp, str, int]:
    """(page stamp, body text, offset of the body in `content`) of a `.txt` article. A first line
    that is no stamp stays in the body (usually the headline), with NO_STAMP."""
    newline = content.find("\n")
    stamp = read_page_stamp(content if newline < 0 else content[:newline])
    if stamp is None:
        return NO_STAMP, content, 0
    offset = len(content) if newline < 0 else newline + 1
    return stamp, content[offset:], offset


def _own_reading(line: str) -> PageStamp | None:
    """This module's patterns: a full date, else a day and month alone, else a time alone."""
    impossible = False
    for pattern in _FORMATS:
        match = pattern.search(line)
        if not match:
            continue
        if len(_leftover_words(line, match)) > _MAX_LEFTOVER_WORDS:
            return None
        found = _date_from(match)
        if found is not None:
            return dated_stamp(line, found)
        impossible = True  # "31 February 2019": a stamp, but of no day
    if impossible:
        return _not_used(line, "no such day")
    for pattern in _YEARLESS:
        match = pattern.search(line)
        if match and not _leftover_words(line, match) and not _A_YEAR.search(_leftover(line, match)):
            month = _month_number(match["month"])
            day = int(match["day"])
            weekday = _STAMP_WEEKDAY.search(line)
            month_day = (month, day) + ((_WEEKDAYS.index(weekday[1].lower()),) if weekday else ())
            return (
                PageStamp(line, month_day=month_day)
                if _exists(month, day)
                else _not_used(line, "no such day")
            )
    rest = _TIME.sub(" ", _ZONE_OFFSET.sub(" ", line))
    if rest != line and not re.search(r"\d", rest) and not _WORD.findall(_BOILERPLATE.sub(" ", rest)):
        return _not_used(line, "it gives a time but no day")  # "21:30", "Updated 21:30 GMT"
    return None


def _foreign_reading(line: str) -> PageStamp | None:
    """dateparser's reading of the whole line, or of the line after a short label or a year
    written before the day ("2024. gada 14. novembris")."""
    if len(line) > _MAX_FOREIGN_LINE or not _DIGIT_AND_LETTER.search(line):
        return None
    starts = [0] + [
        number.start()
        for number in _DATE_START.finditer(line)
        if len(_WORD.findall(_A_YEAR.sub(" ", line[: number.start()]))) <= _MAX_LABEL_WORDS
    ]
    for start in list(dict.fromkeys(starts))[:_MAX_STARTS]:
        text = line[start:]
        found = _foreign_parser("yearless").get_date_data(text).date_obj
        if found is None:
            continue
        full = _foreign_parser("full").get_date_data(text).date_obj
        if full is not None:
            return dated_stamp(line, full.date())
        years = _A_YEAR.findall(line[:start])  # "2024. gada 14. novembris": the year written first
        if len(years) == 1 and (day := _safe_date(int(years[0]), found.month, found.day)):
            return dated_stamp(line, day)
        return PageStamp(line, month_day=(found.month, found.day))  # its year is the clock's
    return None


@cache
def _foreign_parser(parts: str):
    from dateparser.date import DateDataParser  # imported when a stamp needs it: a slow import

    settings = {"REQUIRE_PARTS": _FOREIGN_PARTS[parts], "PARSERS": ["custom-formats", "absolute-time"]}
    return DateDataParser(languages=list(_FOREIGN_LANGUAGES), settings=settings, try_previous_locales=False)


def _leftover(line: str, match: re.Match) -> str:
    return line[: match.start()] + " " + line[match.end() :]


def _leftover_words(line: str, match: re.Match) -> list[str]:
    return _WORD.findall(_BOILERPLATE.sub(" ", _leftover(line, match)))


def _month_number(raw: str) -> int:
    return int(raw) if raw.isdigit() else MONTH_NUMBERS[raw[:3].lower()]


def _exists(month: int, day: int) -> bool:
    return _safe_date(2000, month, day) is not None  # a leap year: 29 February exists


def _date_from(match: re.Match) -> date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if "first" in groups:
        first, second = int(groups["first"]), int(groups["second"])
        month, day = (first, second) if first <= 12 else (second, first)
    else:
        month, day = _month_number(groups["month"]), int(groups["day"])
    if not 1000 <= year <= 2999:
        return None
    return _safe_date(year, month, day)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
