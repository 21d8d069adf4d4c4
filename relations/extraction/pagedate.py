"""Read the page date on the first line of a corpus-layout file.

A corpus file is a date line followed by the article. Pages stamp dates in many shapes
("07:13 GMT06 July 2020", "September 12, 2019 10:30 AM", "Thu, 12 Sep 2019 07:13:00 +0000",
"2019-09-12", "12.09.2019"), often with times, zones and words like "Updated:" around them.
The line is accepted when a full day-month-year date is found and little else is left
besides time-of-day and page boilerplate; otherwise it is probably a title, not a date.
Numeric dates with dots or dashes are read day first (European); with slashes month first
unless that is impossible (US habit).
"""

import re
from datetime import date

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

# What may surround the date on a date line without making it something else.
_BOILERPLATE = re.compile(
    r"\b(?:\d{1,2}[:.]\d\d(?:[:.]\d\d)?|[ap]\.?m\.?|gmt|utc|[a-z]{2,4}t|z|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"posted|published|updated|last|modified|on|at|date|by|in|first|"
    r"[+-]?\d{4}|\d{1,2})\b",
    re.I,
)
_WORD = re.compile(r"[^\W_]+")
_MAX_LEFTOVER_WORDS = 3


def parse_page_date(line: str) -> date:
    """The date on a page's date line; ValueError with a readable message if there is none."""
    stripped = line.strip().lstrip("\ufeff")
    if not stripped:
        raise ValueError("The first line is empty; it should hold the page date, e.g. '2019-09-12'.")
    if len(stripped) > 120:
        raise ValueError(f"The first line is too long to be a date: {_preview(stripped)}")
    impossible = None
    for pattern in _FORMATS:
        match = pattern.search(stripped)
        if not match:
            continue
        found = _date_from(match)
        if found is None:
            impossible = match.group()
            continue
        leftover = stripped[: match.start()] + " " + stripped[match.end() :]
        words = _WORD.findall(_BOILERPLATE.sub(" ", leftover))
        if len(words) > _MAX_LEFTOVER_WORDS:
            break
        return found
    if impossible:
        raise ValueError(f"The first line's date {impossible!r} does not exist in the calendar.")
    raise ValueError(
        f"The first line should be the page date (e.g. '2019-09-12' or 'September 12, 2019'), "
        f"but it reads {_preview(stripped)}"
    )


def split_corpus_file(content: str) -> tuple[date, str, int]:
    """(page date, body text, offset of the body in `content`) of a corpus-layout file."""
    newline = content.find("\n")
    first_line = content if newline < 0 else content[:newline]
    offset = len(content) if newline < 0 else newline + 1
    return parse_page_date(first_line), content[offset:], offset


def _date_from(match: re.Match) -> date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if "first" in groups:
        first, second = int(groups["first"]), int(groups["second"])
        month, day = (first, second) if first <= 12 else (second, first)
    else:
        raw_month = groups["month"]
        month = int(raw_month) if raw_month.isdigit() else MONTH_NUMBERS[raw_month[:3].lower()]
        day = int(groups["day"])
    if not 1000 <= year <= 2999:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _preview(line: str) -> str:
    return repr(line if len(line) <= 60 else line[:57] + "...")
