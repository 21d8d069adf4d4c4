"""Find date expressions in English news text and normalise them against a reference date.

Public API
----------
``find_time_expressions(text, reference) -> list[TimeExpression]``
    Every calendar date expression in ``text``, in text order, non-overlapping, with
    character offsets into ``text`` (``text[e.start:e.end] == e.text``). Values are
    FuzzyDates at the precision the words support: "17 September 2019" and "on Wednesday"
    are days; "in April", "last month", "earlier this week" are months; "in 2018",
    "next year", "last summer", "the first quarter" are years. Nothing is ever made more
    precise than the text: weeks, seasons and quarters widen to the month or year that
    holds them. Durations ("for three years") are not emitted. ``kind`` says how the
    value was obtained: ``absolute`` (the text names the year), ``relative`` (counted
    from the reference: "yesterday", "next year", "two days ago", or a month/day whose
    year was inferred), ``weekday`` ("on Wednesday"), ``week`` ("last week", widened to a
    month).

``find_mentions(text, reference) -> list[DateMention]``
    The same expressions with what the resolution used: the clause's tense ("past",
    "future" or None), whether the year is written out, and the reference-free reading
    (``spec``) that ``refdate`` tests candidate writing dates against.

``governing_expression(expressions, start, end, text=None, anchor=None) -> TimeExpression | None``
    The expression that dates the clause ``text[start:end]`` (an event's sentence or
    clause). Use it like this in the event engine::

        exprs = find_time_expressions(body, reference.date)
        when = governing_expression(exprs, sentence.start, sentence.end, body, anchor=trigger_offset)
        date = when.value if when else None   # None: inherit from context or use reference

    Only expressions inside the span count. Expressions that qualify another time or a
    noun ("since April 2020", "the 2016 campaign") are chosen only when nothing else is
    there (needs ``text``). Without ``anchor`` the most precise wins (day, then month,
    then year), then the first. With ``anchor`` (the offset of the event's trigger word,
    e.g. "met") the nearest expression wins, but one that sits across a clause break from
    the anchor (";", ", but", ", which", a dash, a quotation mark) only when there is no
    other: in "X was sentenced last year, but was pardoned on Wednesday" the anchor
    "sentenced" gets "last year" and "pardoned" gets "Wednesday"; a date before the anchor
    with a comma between ("met Y on Monday, spoke with Z on Wednesday") yields to one after
    it. Dates in brackets ("Donald Trump (2017-2021)") qualify a noun. Pass the anchor when
    one sentence holds several events.

Direction of year-less expressions comes from the words around them: explicit "last"/
"next"/"this" first; then the clause's tense (future markers such as "will", "plans",
"is expected to", "upcoming", "next" against past-tense verbs, weighted by distance);
"before/ahead of/until the September 17 elections" reads the nearest September 17.
Weekdays in past clauses are the latest such day on or before the reference, in future
clauses the first on or after it. Month names and day-month dates with no tense cue take
the nearest occurrence.

All patterns are precompiled, anchored on words, and free of nested quantifiers, so the
work is linear in the text length; tense windows are bounded to a few hundred characters.
"""

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from .results import FuzzyDate, TimeExpression
from .text import sentences

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3, "few": 3, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
SEASON_MONTHS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
RELATIVE_SHIFTS = {
    "last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
}  # fmt: skip


def _cased(*words: str) -> str:
    """An alternation matching each word Capitalised or in CAPITALS (not lower case), longest first.
    Grouped by first letter ("M(?:arch|ARCH|ay|AY)|..."): the same matches, but where a word begins
    the scan tries one group rather than every word."""
    forms = []
    for word in words:
        forms += [word.capitalize(), word.upper()]
    groups: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        groups.setdefault(form[0], []).append(form[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_MONTH_FULL = _cased(*[m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")])
_MONTH_ABBR = _cased("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# An abbreviated month needs its full stop or a following day number.
_MONTH = rf"(?P<month>(?:{_MONTH_FULL})\b\.?|(?:{_MONTH_ABBR})\b\.?)"
_MONTH_NAME = rf"(?P<month>(?:{_MONTH_FULL})\b)"
# A month named, in full or abbreviated ("March 6", "Mar. 6"), in a date's text.
MONTH_NAMED = re.compile(_MONTH)
_WEEKDAY = rf"(?P<weekday>(?:{_cased(*[w for w in WEEKDAYS if len(w) > 5])})\b)"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_DAY_RANGE = r"(?:\s*(?:-|–|—|to|and|&|,)\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b)?"
_YEAR = r"(?P<year>1\d{3}|20\d\d|21\d\d)\b(?!s\b)"
_REL = r"(?P<rel>last|next|this|coming|past|previous|current)"
_REL_YEAR = rf"(?:,?\s+{_YEAR}|\s+(?:of\s+)?(?i:(?P<yrel>last|next|this)\s+year)\b)"
# After a day and month: a four-digit year no news date has ("2 January 0001") makes no date, not
# a yearless one
_NO_SUCH_YEAR = r"(?!,?\s+(?:0\d{3}|2[2-9]\d\d|[3-9]\d{3})\b)"
_EDGE = r"(?i:(?P<edge>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?"
_NUMBER = (
    r"(?P<count>\d{1,3}|(?i:a\s+couple\s+of|a\s+few|several|an?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve))"
)

_PATTERNS: dict[str, re.Pattern] = {
    "iso": re.compile(r"(?<![\d.-])(?P<year>\d{4})([-/])(?P<month>\d\d)\2(?P<day>\d\d)(?![\d])"),
    "numeric": re.compile(r"(?<![\d./])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?![\d])"),
    "day_month": re.compile(
        rf"(?<![\w.,])(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}{_DAY_RANGE}\s+(?:of\s+)?{_MONTH}{_REL_YEAR}?"
        + _NO_SUCH_YEAR
    ),
    "month_day": re.compile(
        rf"(?<![\w])(?:{_WEEKDAY},?\s+)?{_EDGE}{_MONTH}\s*{_DAY}(?![.,]\d){_DAY_RANGE}{_REL_YEAR}?"
        + _NO_SUCH_YEAR
    ),
    "month_year": re.compile(rf"(?<![\w-]){_EDGE}{_MONTH_NAME}\.?,?\s+(?:of\s+)?{_YEAR}"),
    "month_rel_year": re.compile(
        rf"(?<![\w-]){_EDGE}{_MONTH_NAME}\s+(?:of\s+)?(?i:(?P<yrel>last|next|this)\s+year)\b"
    ),
    "rel_month": re.compile(rf"(?<![\w-]){_EDGE}(?i:{_REL})\s+{_MONTH_NAME}"),
    "month": re.compile(
        rf"(?<![\w-])(?:(?P<prep>(?i:(?:planned|scheduled|set|slated|due|fixed)\s+for|back\s+in|in|since|until|till|by|from|through|during|before|after|"
        rf"of|on|to|last|next|this|early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
        rf"the\s+middle\s+of))[\s-]+)?{_MONTH_NAME}(?!\s+\d)"
    ),
    "year_range": re.compile(
        r"(?<![\w$€£¥#.,/-])(?P<year>1[6-9]\d\d|20\d\d)\s*[-–/]\s*(?P<year2>1[6-9]\d\d|20\d\d|\d\d)(?![\w%]|[.,-]\d)"
    ),
    "year": re.compile(
        rf"(?<![\w$€£¥#.,/:+-]){_EDGE}(?P<year>1[6-9]\d\d|20\d\d|21\d\d)(?![\w%°]|[.,/:]\d|-\d)"
    ),
    "short_year": re.compile(
        r"\b(?:in|of|and|since|from|until|to)\s+(?P<quoted>['’](?P<short>\d\d))(?![\w'’])"
    ),
    "weekday": re.compile(
        rf"(?<![\w-])(?:(?i:{_REL})\s+)?{_WEEKDAY}(?:\s+(?i:(?P<week>last|next)\s+week)(?![\w-]))?"
    ),
    # "met on the 12th": a day of the month the text is in, not "on the 12th floor" nor "anniversary"
    "day_of_month": re.compile(
        r"(?<![\w-])(?i:on\s+the)\s+(?P<day>3[01]|[12]\d|[1-9])(?i:st|nd|rd|th)"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?i:and|when|as|after|before|in|at|with|to|for|while|but|of\s+this\s+month)\b)"
    ),
    "today": re.compile(
        r"(?<![\w-])(?i:(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
        r"yesterday|tomorrow|tonight|(?:earlier|later)\s+in\s+the\s+day|this\s+(?:morning|afternoon|evening))"
        r")(?![\w-])"
    ),
    "rel_unit": re.compile(
        r"(?<![\w-])(?i:(?P<edge>early|mid|late|earlier|later|(?:by|before|since|until|at|from)?\s*"
        r"the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)[\s-]+)?"
        r"(?i:(?P<rel>last|next|this|coming|current|previous|past))\s+(?i:fiscal\s+)?"
        r"(?i:(?P<unit>year|month|week))(?![\w-])"
    ),
    "end_of_year": re.compile(
        r"(?<![\w-])(?i:(?:the\s+)?(?P<edge>end|beginning|start|middle|(?:first|second)\s+half)\s+of\s+(?:the\s+)?year"
        r"|before\s+the\s+year\s+is\s+out)"
        r"(?![\w-])"
    ),
    "weekend": re.compile(
        r"(?<![\w-])(?i:(?:(?P<rel>last|this|next|past|coming|previous)\s+|(?:over|at|during)\s+the\s+)weekend)(?![\w-])"
    ),
    "in_the_unit": re.compile(
        r"(?<![\w-])(?i:(?:early|earlier|late|later)\s+in\s+the\s+(?P<unit>year|month|week))(?![\w-])"
    ),
    "coming": re.compile(
        r"(?<![\w-])(?i:(?:in|over|within|during)\s+the\s+(?:(?:next|coming)\s+(?:few\s+)?(?P<unit>days|weeks|months)"
        r"|(?P<unit_ahead>days|weeks|months)\s+ahead)"
        r"|(?:within|in)\s+(?:a\s+few\s+)(?P<unit_few>days|weeks|months)|within\s+(?P<unit_within>days|weeks))(?![\w-])"
    ),
    "ago": re.compile(
        rf"(?<![\w-]){_NUMBER}\s+(?i:(?P<unit>day|week|fortnight|month|year)s?)\s+(?i:(?P<dir>ago|earlier|from\s+now|hence))\b"
    ),
    "in_units": re.compile(
        rf"(?<![\w-])(?i:(?P<prep>in|within)\s+(?:the\s+next\s+)?){_NUMBER}\s+(?i:(?P<unit>day|week|fortnight|month|year)s?)"
        r"(?![\w-])(?!\s+(?i:of|ago|later|earlier))"
    ),
    "season": re.compile(
        rf"(?<![\w-])(?i:(?:(?P<rel>last|next|this|coming|past)\s+|(?:in\s+)?the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?"
        rf"(?P<season>spring|summer|autumn|fall|winter))(?:\s+(?:of\s+)?{_YEAR})?(?![\w-])"
    ),
    "quarter": re.compile(
        rf"(?<![\w-])(?i:(?:the\s+)?(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter"
        rf"|Q(?P<qn>[1-4]))(?:\s+(?:of\s+)?{_YEAR})?(?i:\s+of\s+(?P<rel>last|next|this)\s+year)?(?![\w-])"
    ),
}

# Each pattern runs only around its trigger words, found by a cheap scan: a full scan of
# every pattern's optional prefixes at every position of the text would be far slower.
_TRIGGERS = [  # (trigger, patterns, whether the trigger scans the lower-cased text)
    (
        re.compile(rf"{_MONTH_FULL}|{_MONTH_ABBR}"),
        ["day_month", "month_day", "month_year", "month_rel_year", "rel_month", "month"],
        False,
    ),
    (re.compile(r"\d\d"), ["iso", "numeric", "year_range", "year", "short_year"], False),
    (re.compile(_cased(*[w for w in WEEKDAYS if len(w) > 5])), ["weekday"], False),
    (re.compile(r"\d(?:st|nd|rd|th)\b"), ["day_of_month"], True),
    # A unit word starts a word in these patterns, so "Monday" or "holiday" opens no window (the test
    # of the letter before follows the unit's first letter, so the scan skips to those letters fast).
    (
        re.compile(
            "|".join(
                f"{unit[0]}(?<![a-z]{unit[0]}){unit[1:]}"
                for unit in ("day", "week", "fortnight", "month", "year")
            )
        ),
        ["rel_unit", "end_of_year", "in_the_unit", "coming", "ago", "in_units", "weekend"],
        True,
    ),
    (
        re.compile(r"today|yesterday|tomorrow|tonight|the\s+day|morning|afternoon|evening"),
        ["today"],
        True,
    ),
    (re.compile(r"spring|summer|autumn|fall|winter|quarter|q[1-4]"), ["season", "quarter"], True),
]
# No article holds this many dates: a text that does (a table, a list, hostile input) is read up to them.
MAX_EXPRESSIONS = 5000
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WINDOW_BEFORE = 60  # longer than any prefix a pattern allows before its trigger
_WINDOW_AFTER = 45  # longer than any suffix after it


def _windows(trigger: re.Pattern, text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around the trigger's matches."""
    windows: list[tuple[int, int]] = []
    for match in trigger.finditer(text):
        start = max(0, match.start() - _WINDOW_BEFORE)
        end = min(len(text), match.end() + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


# After a bare year, these words say it is a count or a measure, not a year.
_COUNTED = re.compile(
    r"\s*(?:people|persons|men|women|children|kids|soldiers|troops|officers|workers|students|residents|"
    r"families|households|cases|deaths|dead|victims|patients|votes|voters|seats|jobs|units|homes|houses|"
    r"cars|vehicles|tons|tonnes|barrels|dollars|euros|pounds|rubles|roubles|yuan|yen|rupees|shekels|km|"
    r"kilomet(?:er|re)s|miles|met(?:er|re)s|feet|ft|hectares|acres|sq|square|points|pages|words|hours|"
    r"minutes|seconds|days|weeks|months|years|times|percent|per|prisoners|refugees|migrants|members|"
    r"companies|firms|rockets|missiles|shells|tanks|aircraft|planes|flights|ships|tourists|participants|"
    r"delegates|employees|staff|kg|mg|g|kilograms|grams|lbs|m|cm|mm|mph|kph|hrs|gmt|utc|bc|bce)\b",
    re.I,
)
_QUANTIFIED = re.compile(
    r"(?:\b(?:about|some|nearly|over|than|least|around|almost|approximately|roughly|up\s+to|total\s+of|"
    r"no|number|nos?|resolution|article|section|chapter|page|code|model|version|flight|route|highway|room|"
    r"bus|line|platform|gate|unit|id|squad|step|level|score|decree|law|order)\.?\s*)$",
    re.I,
)

_FUTURE_WORDS = {
    "will": 1.5, "'ll": 1.5, "shall": 1.5, "won't": 1.5, "next": 1.2, "upcoming": 1.4, "forthcoming": 1.4,
    "plans": 1.2, "plan": 1.0, "planned": 1.2, "planning": 1.2, "intends": 1.2, "intend": 1.0,
    "expected": 1.2, "expects": 1.2, "expect": 1.0, "expecting": 1.2, "awaiting": 1.0,
    "scheduled": 1.3, "due": 1.2, "going": 0.8, "poised": 1.2, "heading": 0.8,
    "would": 0.7, "likely": 0.8, "aims": 1.0, "ahead": 0.8, "invited": 0.6, "invitation": 0.6, "later": 0.6,
    "soon": 1.0, "hopes": 0.8, "hope": 0.6, "prepare": 0.5, "preparing": 0.6, "preparations": 0.6,
}  # fmt: skip
_INFINITIVES = frozenset(
    [
        "hold",
        "meet",
        "visit",
        "host",
        "travel",
        "sign",
        "attend",
        "discuss",
        "start",
        "begin",
        "launch",
        "fly",
        "arrive",
        "leave",
        "address",
        "open",
        "resume",
        "vote",
        "announce",
        "unveil",
        "present",
        "deliver",
        "speak",
        "talk",
        "participate",
        "join",
        "receive",
        "welcome",
        "take",
    ]
)
_PAST_WORDS = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "met",
        "said",
        "told",
        "held",
        "took",
        "made",
        "went",
        "came",
        "saw",
        "sent",
        "gave",
        "began",
        "left",
        "flew",
        "spoke",
        "wrote",
        "brought",
        "bought",
        "fought",
        "thought",
        "caught",
        "taught",
        "sought",
        "led",
        "fell",
        "rose",
        "won",
        "lost",
        "paid",
        "sold",
        "kept",
        "found",
        "stood",
        "understood",
        "heard",
        "knew",
        "grew",
        "threw",
        "drew",
        "chose",
        "broke",
        "struck",
        "stole",
        "swore",
        "tore",
        "wore",
        "hit",
        "ran",
        "sat",
        "got",
        "became",
        "forgot",
        "ago",
        "earlier",
        "previously",
        "already",
        "since",
        "yesterday",
        "last",
    ]
)
_NOT_PAST = frozenset(
    [
        "united",
        "red",
        "need",
        "embed",
        "bed",
        "shed",
        "seed",
        "feed",
        "weed",
        "speed",
        "breed",
        "steed",
        "hundred",
        "kindred",
        "sacred",
        "naked",
        "wicked",
        "wretched",
        "rugged",
        "ragged",
        "armed",
        "alleged",
        "so-called",
        "based",
        "related",
        "concerned",
        "limited",
        "advanced",
        "detailed",
        "unprecedented",
        "skilled",
        "qualified",
        "experienced",
        "interested",
        "supposed",
        "used",
        "unexpected",
        "united",
        "indeed",
        "proceed",
        "succeed",
        "exceed",
        "deed",
        "freed",
        "expected",
        "scheduled",
        "planned",
    ]
)
_PASSIVE_AUXILIARIES = frozenset(["be", "been", "being", "is", "are", "am", "to"])
_TENSE_CUES = frozenset(_FUTURE_WORDS) | _PAST_WORDS | _INFINITIVES  # the words _tense weighs, and any in -ed
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_TENSE_WINDOW = 160
# A quotation or a semicolon ends the clause whose tense dates an expression.
_QUOTE_OR_BREAK = re.compile(r"[\"“”«»;]")
_ANCHOR_BEFORE = re.compile(
    r"(?i:(?P<relation>(?:(?:days?|weeks?|hours?)\s+)?(?:before|ahead\s+of|until|till|prior\s+to|run-up\s+to|leading\s+up\s+to|by|through|"
    r"after|following|since)))\s+(?:the\s+)?$"
)


@dataclass(frozen=True)
class DateSpec:
    """What the words say, before a reference date is applied.

    year/month/day: explicit fields (year None when not written). ``year_shift``: a year
    counted from the reference ("9 May next year" = +1). ``unit``/``shift``: a count of
    days, weeks, months or years from the reference. ``weekday``: 0 = Monday. ``direction``:
    "past", "future", "nearest", "this" (of the reference's week), "last week" and "next week"
    (of the week before or after it), "before" (strictly earlier),
    "after" (strictly later), "fixed" (a count from the reference, whatever the tense),
    "future_only" (a count that is a date only in a future clause: "in two weeks") and "drop"
    (such a count in a clause that is not future: no date).
    ``precision``: the precision of the value ("day", "month", "year").
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_shift: int | None = None
    unit: str | None = None
    shift: int = 0
    weekday: int | None = None
    direction: str = "nearest"
    precision: str = "day"
    past_end_of_year: bool = False


@dataclass(frozen=True)
class DateMention:
    """A found expression, its reading, and the clause's tense."""

    expression: TimeExpression
    spec: DateSpec
    tense: str | None
    relation: str | None  # "before", "after"... when the date anchors another moment ("days before X")


def find_time_expressions(text: str, reference: date) -> list[TimeExpression]:
    """All calendar date expressions in `text`, resolved against `reference`."""
    return [mention.expression for mention in find_mentions(text, reference)]


def find_mentions(text: str, reference: date) -> list[DateMention]:
    """All date expressions with their reference-free reading and tense."""
    return list(_resolved(text, reference))


@lru_cache(maxsize=8)
def _resolved(text: str, reference: date) -> tuple[DateMention, ...]:
    """The expressions of `text` resolved against `reference` (cached: refdate and the event engine
    most often resolve the same text against the same date, the page stamp)."""
    mentions = []
    for start, end, spec, tense, relation in _read_text(text):
        value = resolve(spec, reference)
        if value is not None:
            expression = TimeExpression(start, end, text[start:end], value, _kind(spec))
            mentions.append(DateMention(expression, spec, tense, relation))
    return tuple(mentions)


@lru_cache(maxsize=8)
def _read_text(text: str) -> tuple[tuple[int, int, DateSpec, str | None, str | None], ...]:
    """The expressions of `text` read without a reference date (cached: refdate and the
    event engine read the same text one after the other)."""
    found = []
    lowered = _same_length_lower(text)
    for trigger, names, on_lowered in _TRIGGERS:
        windows = _windows(trigger, lowered if on_lowered else text)
        for name in names:
            reader, pattern, budget = _READERS[name], _PATTERNS[name], MAX_EXPRESSIONS
            for window_start, window_end in windows:
                for match in pattern.finditer(text, window_start, window_end):
                    found.extend(reader(match, text))
                    budget -= 1
                    if not budget:
                        break
                if not budget:
                    break
    chosen = _with_that_year(text, _without_overlaps(found)[:MAX_EXPRESSIONS])
    if not chosen:
        return ()
    bounds = _sentence_bounds(text)
    read, named = [], None  # named: the end and reading of the last date told with its year
    for start, end, spec in chosen:
        sentence_start, sentence_end = bounds(start)
        tense = _tense(text, start, end, sentence_start, sentence_end)
        if spec.year is not None and spec.month is not None and spec.unit is None:
            named = (end, spec)
        elif tense == "past" and named is not None and _continues(spec, named[1], start - named[0]):
            spec = replace(spec, year=named[1].year)
            named = (end, spec)  # "... on 14 July. On 11 September ...": the story goes on
        relation_match = _ANCHOR_BEFORE.search(text, max(sentence_start, start - 30), start)
        relation = " ".join(relation_match.group("relation").lower().split()) if relation_match else None
        if spec.weekday is None and _PLANNED_FOR.search(text, max(sentence_start, start - 30), start):
            tense = None  # a plan's own day, told in whatever tense its fate is: the nearest such day
        read.append((start, end, _directed(spec, tense, relation), tense, relation))
    return tuple(read)


# The day a plan was for: "a visit, planned for 20 May, was postponed" (20 May is no past day then).
_PLANNED_FOR = re.compile(r"(?i:\b(?:planned|scheduled|slated|set|due|fixed)\s+(?:for|on))\s+(?:the\s+)?$")
_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)


def _with_that_year(text: str, chosen: list) -> list:
    """'in November 2022 ... in September that year': a month of the year the text named last."""
    result, year = [], None
    for start, end, spec in chosen:
        after = _THAT_YEAR.match(text, end) if spec.year is None and spec.month is not None else None
        if after and year is not None:
            end, spec = after.end(), replace(spec, year=year)
        elif spec.year is not None:
            year = spec.year
        result.append((start, end, spec))
    return result


_NARRATIVE_REACH = 200  # characters after a date with its year within which a day-month continues it


def _continues(spec: DateSpec, named: DateSpec, distance: int) -> bool:
    """'Abiy flew to Asmara on 8 July 2018 ... Isaias returned the visit on 14 July': a past day and
    month told soon after a date with its year, later in that year, continue the story of that year."""
    if spec.year is not None or spec.month is None or spec.day is None or spec.year_shift is not None:
        return False
    return (
        distance <= _NARRATIVE_REACH
        and spec.unit is None
        and spec.weekday is None
        and (spec.month, spec.day) > (named.month, named.day or 0)
    )


def _same_length_lower(text: str) -> str:
    """`text` in lower case with every offset kept (str.lower() lengthens a few letters, like "İ")."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def resolve(spec: DateSpec, reference: date) -> FuzzyDate | None:
    """The period `spec` names when the text was written on `reference`; of a day the month does
    not have ("31 April 2024", "30 February"), only the month."""
    try:
        return _resolve(spec, reference)
    except (ValueError, OverflowError):
        if spec.day is None or spec.month is None:
            return None
        return resolve(replace(spec, day=None, precision="month"), reference)


def governing_expression(
    expressions: list[TimeExpression],
    start: int,
    end: int,
    text: str | None = None,
    anchor: int | None = None,
) -> TimeExpression | None:
    """The expression that dates the clause text[start:end] (see the module docstring)."""
    inside = [e for e in expressions if e.start >= start and e.end <= end]
    if not inside:
        return None
    rank = {"day": 0, "month": 1, "year": 2}

    def key(expression: TimeExpression) -> tuple:
        demoted = text is not None and _is_qualifier(text, expression)
        if anchor is None:
            return (demoted, rank[expression.value.precision], expression.start)
        low, high = sorted((anchor, expression.start if expression.start > anchor else expression.end))
        crosses = text is not None and _CLAUSE_BREAK.search(text, low, high) is not None
        # "met Y on Monday, spoke with Z on Wednesday": a comma before the trigger ends the last
        # verb's phrase; a date after the trigger, in its own phrase, goes first.
        comma = text is not None and expression.end <= anchor and "," in text[expression.end : anchor]
        return (demoted, crosses, comma, abs(expression.start - anchor))

    return min(inside, key=key)


# --- reading matches -------------------------------------------------------------------------


def _month_number(raw: str) -> int:
    return MONTHS[raw.rstrip(".").lower()]


def _count(raw: str) -> int:
    raw = " ".join(raw.lower().split())
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw]


def _year_fields(match: re.Match) -> dict:
    groups = match.groupdict()
    if groups.get("year"):
        return {"year": int(groups["year"])}
    if groups.get("yrel"):
        return {"year_shift": RELATIVE_SHIFTS[groups["yrel"].lower()]}
    return {}


def _read_iso(match, text):
    yield match.start(), match.end(), DateSpec(int(match["year"]), int(match["month"]), int(match["day"]))


def _read_day_month(match, text):
    fields = _year_fields(match)
    month, day = _month_number(match["month"]), int(match["day"])
    end = match.end()
    if not fields and match["month"].endswith(".") and not _abbreviation_ends_date(text, end):
        end -= 1  # the full stop ends the sentence, not the abbreviation
    yield match.start(), end, DateSpec(month=month, day=day, **fields)


def _read_month_day(match, text):
    yield (
        match.start(),
        match.end(),
        DateSpec(month=_month_number(match["month"]), day=int(match["day"]), **_year_fields(match)),
    )


def _read_month_year(match, text):
    yield (
        match.start(),
        match.end(),
        DateSpec(int(match["year"]), _month_number(match["month"]), precision="month"),
    )


def _read_month_rel_year(match, text):
    yield (
        match.start(),
        match.end(),
        DateSpec(
            month=_month_number(match["month"]),
            year_shift=RELATIVE_SHIFTS[match["yrel"].lower()],
            precision="month",
        ),
    )


def _read_rel_month(match, text):
    rel = match["rel"].lower()
    direction = {"this": "nearest", "current": "nearest"}.get(
        rel, "after" if RELATIVE_SHIFTS[rel] > 0 else "before"
    )
    spec = DateSpec(month=_month_number(match["month"]), precision="month", direction=direction)
    if rel in ("this", "current"):
        spec = DateSpec(month=spec.month, year_shift=0, precision="month")
    yield match.start(), match.end(), spec


def _read_month(match, text):
    name = match["month"]
    prep = (match["prep"] or "").lower()
    if prep == "to":  # "postponed his visit to May": the new date, ahead; else no preposition of time
        if PUT_BACK.search(text, max(0, match.start() - PUT_BACK_REACH), match.start()):
            spec = DateSpec(month=_month_number(name), precision="month", direction="future")
            yield match.start("month"), match.end(), spec
            return
        prep = ""
    if name in ("May", "March", "MAY", "MARCH") and not prep:
        return  # "Theresa May", "the March on Rome": only a month after a preposition
    following = text[match.end() : match.end() + 2]
    if len(following) == 2 and following[0] == " " and following[1].isupper() and not prep:
        return  # "April Ryan"
    if not prep and _preceded_by_name(text, match.start("month")):
        return
    if prep in ("last", "next", "this"):
        return  # read by rel_month
    plain = prep in _PLAIN_PREPOSITIONS or prep.endswith("for")  # "planned for March": the month alone
    start = match.start() if prep and not plain else match.start("month")
    yield start, match.end(), DateSpec(month=_month_number(name), precision="month")


# Words that put a plan back: the date after them ("postponed to July") is its new one, as far as
# "postponed his visit to Seoul, originally scheduled for 10 October, to December".
PUT_BACK_REACH = 90
PUT_BACK = re.compile(
    r"\b(?:postpone[ds]?|put\s+off|pushed\s+back|put\s+back|delay(?:ed|s)?|moved|rescheduled|deferred)\b[^.;]*$",
    re.I,
)


_PLAIN_PREPOSITIONS = frozenset(
    ["in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of", "on"]
)


def _read_year_range(match, text):
    first = int(match["year"])
    second = int(match["year2"])
    if second < 100:  # "1957-58"
        second += first - first % 100
    if not first < second <= first + 30:
        return
    yield match.start("year"), match.end("year"), DateSpec(first, precision="year")
    yield match.start("year2"), match.end("year2"), DateSpec(second, precision="year")


def _read_year(match, text):
    if _COUNTED.match(text, match.end()) or _QUANTIFIED.search(
        text, max(0, match.start() - 20), match.start()
    ):
        return
    yield match.start(), match.end(), DateSpec(int(match["year"]), precision="year")


def _read_short_year(match, text):
    yield match.start("quoted"), match.end(), DateSpec(_century_year(int(match["short"])), precision="year")


def _century_year(two_digits: int) -> int:
    return 2000 + two_digits if two_digits <= 30 else 1900 + two_digits


def _read_weekday(match, text):
    rel = (match["rel"] or "").lower()
    direction = {
        "last": "before",
        "past": "before",
        "previous": "before",
        "next": "after",
        "coming": "after",
    }.get(rel, "")
    if rel in ("this", "current"):
        direction = "this"
    if match["week"]:  # "on Monday last week", "on Friday next week": that day of that week
        direction = f"{match['week'].lower()} week"
    yield (
        match.start(),
        match.end(),
        DateSpec(weekday=WEEKDAYS[match["weekday"].lower()], direction=direction or "past"),
    )


def _read_day_of_month(match, text):
    yield match.start(), match.end(), DateSpec(day=int(match["day"]))


def _read_today(match, text):
    word = " ".join(match["word"].lower().split())
    shift = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}.get(
        word, 0
    )
    yield match.start(), match.end(), DateSpec(unit="day", shift=shift, direction="fixed")


def _read_rel_unit(match, text):
    rel = match["rel"].lower()
    unit = match["unit"].lower()
    if rel == "past" or (rel == "last" and text[max(0, match.start() - 4) : match.start()].lower() == "the "):
        return  # "the past year", "in the last month": a stretch of time up to now, not a date
    yield match.start(), match.end(), DateSpec(unit=unit, shift=RELATIVE_SHIFTS[rel], direction="fixed")


def _read_weekend(match, text):
    """ "Last weekend", "over the weekend": the Saturday's month (the text does not say which day)."""
    rel = (match["rel"] or "").lower()
    direction = {"last": "before", "past": "before", "previous": "before", "next": "after", "coming": "after"}
    spec = DateSpec(weekday=5, direction=direction.get(rel, "past"), precision="month")
    yield match.start(), match.end(), spec


def _read_in_the_unit(match, text):
    """ "Later in the year" is the reference's year, as "later this year" is."""
    yield match.start(), match.end(), DateSpec(unit=match["unit"].lower(), shift=0, direction="fixed")


def _read_coming(match, text):
    """ "In the coming days", "within days" or weeks: the reference's month; "in a few months": its
    year."""
    said = match["unit"] or match["unit_ahead"] or match["unit_few"] or match["unit_within"]
    unit = "year" if said.lower() == "months" else "month"
    yield match.start(), match.end(), DateSpec(unit=unit, shift=0, direction="fixed")


def _read_end_of_year(match, text):
    ends = (match["edge"] or "").lower() == "end"
    yield match.start(), match.end(), DateSpec(unit="year", shift=0, direction="fixed", past_end_of_year=ends)


def _read_ago(match, text):
    unit, count = _unit_and_count(match)
    sign = 1 if match["dir"].lower() in ("from now", "hence") else -1
    if match["dir"].lower() == "earlier":
        return  # "two days earlier" counts from another date in the text
    yield (match.start(), match.end(), DateSpec(unit=unit, shift=sign * count, direction="fixed"))


def _unit_and_count(match) -> tuple[str, int]:
    """The unit and count of "three weeks", "a fortnight" (two weeks)."""
    unit, count = match["unit"].lower(), _count(match["count"])
    return ("week", 2 * count) if unit == "fortnight" else (unit, count)


# Before "in two years": what makes it a span counted back from now, not a date ahead.
_DURATION_BEFORE = re.compile(r"(?:\b(?:first|only|once|twice|times?)\b[^,;.!?]{0,50}?|est|most)\W*$")


def _read_in_units(match, text):
    before = text[max(0, match.start() - 60) : match.start()].lower()
    if _DURATION_BEFORE.search(before):
        return  # "the first time in two years", "the first visit by a minister in two years": a duration
    direction = "fixed" if "next" in match.group().lower() else "future_only"
    unit, count = _unit_and_count(match)
    yield (match.start(), match.end(), DateSpec(unit=unit, shift=count, direction=direction))


def _read_season(match, text):
    rel = (match["rel"] or "").lower()
    season = match["season"].lower()
    if not rel and not match["year"] and not match.group().lower().startswith(("in the", "the")):
        return  # a bare "spring" or "fall" is usually not a date
    if season == "fall" and not (rel or match["year"]):
        return  # "the fall of Kabul"
    month = SEASON_MONTHS[season]
    if match["year"]:
        spec = DateSpec(int(match["year"]), month, precision="year")
    elif rel in ("this", "current"):
        spec = DateSpec(month=month, year_shift=0, precision="year")
    else:
        direction = {"last": "before", "past": "before", "next": "after", "coming": "after"}.get(
            rel, "nearest"
        )
        spec = DateSpec(month=month, precision="year", direction=direction)
    yield match.start(), match.end(), spec


def _read_quarter(match, text):
    if match["year"]:
        spec = DateSpec(int(match["year"]), precision="year")
    elif match["rel"]:
        spec = DateSpec(unit="year", shift=RELATIVE_SHIFTS[match["rel"].lower()], direction="fixed")
    else:
        ordinal = (match["ordinal"] or match["qn"] or "").lower()
        if ordinal in ("final", "last"):
            return
        number = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(ordinal) or int(ordinal[0])
        spec = DateSpec(month=number * 3 - 2, precision="year", direction="nearest")
    yield match.start(), match.end(), spec


_READERS = {
    "iso": _read_iso,
    "numeric": _read_iso,
    "day_month": _read_day_month,
    "month_day": _read_month_day,
    "month_year": _read_month_year,
    "month_rel_year": _read_month_rel_year,
    "rel_month": _read_rel_month,
    "month": _read_month,
    "year_range": _read_year_range,
    "year": _read_year,
    "short_year": _read_short_year,
    "weekday": _read_weekday,
    "day_of_month": _read_day_of_month,
    "today": _read_today,
    "rel_unit": _read_rel_unit,
    "end_of_year": _read_end_of_year,
    "in_the_unit": _read_in_the_unit,
    "weekend": _read_weekend,
    "coming": _read_coming,
    "ago": _read_ago,
    "in_units": _read_in_units,
    "season": _read_season,
    "quarter": _read_quarter,
}


def _abbreviation_ends_date(text: str, end: int) -> bool:
    """After "17 Sept." the dot belongs to the abbreviation unless a new sentence starts."""
    following = text[end : end + 3]
    return not (following[:1].isspace() and following[1:2].isupper())


def _preceded_by_name(text: str, start: int) -> bool:
    """'Hurricane August', 'Pierre-August': a capitalised word (not a sentence start) before."""
    before = text[max(0, start - 30) : start]
    word = re.search(r"([A-Za-z]+)(\s+)$", before)
    if not word or not word.group(1)[0].isupper():
        return False
    prefix = before[: word.start()].rstrip()
    return bool(prefix) and prefix[-1] not in ".!?\"'“”:;\n"


# --- choosing among overlapping matches -----------------------------------------------------


def _without_overlaps(found: list[tuple[int, int, DateSpec]]) -> list[tuple[int, int, DateSpec]]:
    """Keep the longest matches; among equals the earliest."""
    found.sort(key=lambda item: (item[0] - item[1], item[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, spec in found:
        index = bisect.bisect_left(taken, (start, end))
        if index > 0 and taken[index - 1][1] > start:
            continue
        if index < len(taken) and taken[index][0] < end:
            continue
        taken.insert(index, (start, end))
        chosen.append((start, end, spec))
    chosen.sort(key=lambda item: item[0])
    return chosen


def _sentence_bounds(text: str):
    """A function from an offset to its sentence's (start, end)."""
    spans = [(s.start, s.end) for s in sentences(text)] or [(0, len(text))]
    starts = [s for s, _ in spans]

    def bounds(offset: int) -> tuple[int, int]:
        index = max(0, bisect.bisect_right(starts, offset) - 1)
        return spans[index]

    return bounds


# --- tense ----------------------------------------------------------------------------------


def _tense(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str | None:
    """'past', 'future' or None from the words of the clause around text[start:end]."""
    left = _QUOTE_OR_BREAK.split(text[max(sentence_start, start - _TENSE_WINDOW) : start])[-1]
    right = _QUOTE_OR_BREAK.split(text[end : min(sentence_end, end + _TENSE_WINDOW)], maxsplit=1)[0]
    future = past = 0.0
    for words, reverse in ((_WORD.findall(left), True), (_WORD.findall(right), False)):
        ordered = [word.lower() for word in (reversed(words) if reverse else words)]
        for distance, lower in enumerate(ordered, start=1):
            if lower not in _TENSE_CUES and not lower.endswith("ed"):
                continue  # most words tell no tense
            weight = 1.0 / distance
            if lower in _FUTURE_WORDS:
                future += _FUTURE_WORDS[lower] * weight
            elif lower in _PAST_WORDS:
                past += weight
            elif lower.endswith("ed") and len(lower) > 3 and lower not in _NOT_PAST:
                if _previous_word(ordered, distance - 1, reverse) not in _PASSIVE_AUXILIARIES:
                    past += weight
            elif lower in _INFINITIVES and reverse and _previous_word(ordered, distance - 1, reverse) == "to":
                future += 0.5 * weight  # "to visit on 3 May"; not "met on 3 May to discuss", a purpose
    if future > past * 1.1 and future > 0.05:
        return "future"
    if past > future and past > 0.05:
        return "past"
    return None


def _previous_word(ordered: list[str], index: int, reverse: bool) -> str:
    """The lower-cased word read before ordered[index] in the text."""
    neighbour = index + 1 if reverse else index - 1
    if 0 <= neighbour < len(ordered):
        return ordered[neighbour]
    return ""


def _directed(spec: DateSpec, tense: str | None, relation: str | None) -> DateSpec:
    """Fill in the direction of a year-less expression from the clause."""
    if spec.direction == "future_only":
        return spec if tense == "future" else DateSpec(unit=spec.unit, direction="drop")
    if spec.past_end_of_year:
        return _replace(spec, direction="past" if tense == "past" else "fixed")
    if spec.unit or spec.year is not None or spec.year_shift is not None:
        return spec
    if spec.direction not in ("nearest", "past"):
        return spec
    points_ahead = relation is not None and not _POINTING_AHEAD.isdisjoint(relation.split())
    if spec.weekday is not None:
        return _replace(spec, direction="future" if tense == "future" or points_ahead else "past")
    if points_ahead:
        return _replace(spec, direction="nearest")
    if tense in ("past", "future"):
        return _replace(spec, direction=tense)
    return _replace(spec, direction="nearest")


_POINTING_AHEAD = frozenset(
    ["before", "ahead", "until", "till", "prior", "run-up", "leading", "by", "through"]
)


def _replace(spec: DateSpec, **changes) -> DateSpec:
    fields = {name: getattr(spec, name) for name in DateSpec.__dataclass_fields__}
    fields.update(changes)
    return DateSpec(**fields)


def _kind(spec: DateSpec) -> str:
    if spec.year is not None:
        return "absolute"
    if spec.weekday is not None:
        return "weekday"
    if spec.unit == "week":
        return "week"
    return "relative"


# --- resolution -----------------------------------------------------------------------------


def _resolve(spec: DateSpec, reference: date) -> FuzzyDate | None:
    if spec.direction == "drop":
        return None
    if spec.unit:
        return _resolve_unit(spec, reference)
    if spec.weekday is not None:
        day = _resolve_weekday(spec.weekday, spec.direction, reference)
        return FuzzyDate(day) if spec.precision == "day" else FuzzyDate.of(day.year, day.month)
    if spec.year is not None:
        return _at_precision(spec.year, spec.month, spec.day, spec.precision)
    if spec.year_shift is not None:
        return _at_precision(reference.year + spec.year_shift, spec.month, spec.day, spec.precision)
    if spec.month is None:
        return _day_of_month(spec.day, spec.direction, reference) if spec.day else None
    year = _infer_year(spec.month, spec.day, spec.direction, reference)
    return _at_precision(year, spec.month, spec.day, spec.precision)


def _at_precision(year: int, month: int | None, day: int | None, precision: str) -> FuzzyDate:
    if precision == "year" or month is None:
        return FuzzyDate.of(year)
    if precision == "month" or day is None:
        return FuzzyDate.of(year, month)
    return FuzzyDate.of(year, month, day)


def _resolve_unit(spec: DateSpec, reference: date) -> FuzzyDate:
    if spec.unit == "day":
        return FuzzyDate(reference + timedelta(days=spec.shift))
    if spec.unit == "week":
        moment = reference + timedelta(weeks=spec.shift)
        return FuzzyDate.of(moment.year, moment.month)
    if spec.unit == "month":
        months = reference.year * 12 + reference.month - 1 + spec.shift
        return FuzzyDate.of(months // 12, months % 12 + 1)
    if spec.past_end_of_year and spec.direction == "past" and reference.month <= 3:
        return FuzzyDate.of(reference.year - 1)  # "by the end of the year", told in early spring
    return FuzzyDate.of(reference.year + spec.shift)


def _day_of_month(day: int, direction: str, reference: date) -> FuzzyDate:
    """'On the 12th': of the reference's month, or of the month before when a past clause names a
    day still to come in it (or the month after when a future clause names one gone)."""
    months = reference.year * 12 + reference.month - 1
    if direction == "past" and day > reference.day:
        months -= 1
    elif direction == "future" and day < reference.day:
        months += 1
    return FuzzyDate.of(months // 12, months % 12 + 1, day)


def _resolve_weekday(weekday: int, direction: str, reference: date) -> date:
    back = (reference.weekday() - weekday) % 7
    forward = (weekday - reference.weekday()) % 7
    if direction == "before":
        return reference - timedelta(days=back or 7)
    if direction == "after":
        return reference + timedelta(days=forward or 7)
    if direction in ("this", "last week", "next week"):
        weeks = {"this": 0, "last week": -1, "next week": 1}[direction]
        return reference - timedelta(days=reference.weekday()) + timedelta(days=weekday, weeks=weeks)
    if direction == "future":
        return reference + timedelta(days=forward)
    return reference - timedelta(days=back)


def _infer_year(month: int, day: int | None, direction: str, reference: date) -> int:
    """The year of a month (and day) with no year written, seen from `reference`."""
    this_year = reference.year
    target = (month, day or 0)
    now = (reference.month, reference.day if day is not None else 0)
    if direction == "past":
        return this_year if target <= now else this_year - 1
    if direction == "future":
        year = this_year if target >= now else this_year + 1
        if abs(_months_apart(year, month, day, reference)) <= _FUTURE_REACH_MONTHS:
            return year
        direction = "nearest"  # "his late-August meeting" told in October: not next August
    if direction == "before":
        return this_year if target < now else this_year - 1
    if direction == "after":
        return this_year if target > now else this_year + 1
    candidates = [this_year - 1, this_year, this_year + 1]  # ties go to the past
    return min(candidates, key=lambda year: abs(_months_apart(year, month, day, reference)))


_FUTURE_REACH_MONTHS = 9


def _months_apart(year: int, month: int, day: int | None, reference: date) -> float:
    if day is None:
        return (year - reference.year) * 12 + month - reference.month
    try:
        moment = date(year, month, day)
    except ValueError:
        moment = date(year, month, 28)
    return (moment - reference).days / 30.4


# --- governing expression -------------------------------------------------------------------

# Where one clause's date stops applying to the next one.
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:but|while|whereas|which|who|whose|although|though|after|before)\b|\s[-–—]\s|[\"“”]"
)


_SINCE_BEFORE = re.compile(r"(?i:\bsince\s+)$")
_IN_BRACKETS_BEFORE = re.compile(r"\([^()]{0,8}$")
_IN_BRACKETS_AFTER = re.compile(r"[^()]{0,8}\)")
_QUALIFIER_BEFORE = re.compile(r"(?i:\b(?:since|the|a|an|its|his|her|their|of)\s+)$")


def _is_qualifier(text: str, expression: TimeExpression) -> bool:
    """'since April 2020', 'the 2016 campaign': the date describes something else."""
    before = text[max(0, expression.start - 10) : expression.start]
    if _SINCE_BEFORE.search(before):
        return True
    if _IN_BRACKETS_BEFORE.search(before) and _IN_BRACKETS_AFTER.match(text, expression.end):
        return True  # "Donald Trump (2017-2021)": a term, an aside about a noun
    after = text[expression.end : expression.end + 2]
    return (
        expression.kind == "absolute"
        and expression.value.precision == "year"
        and bool(_QUALIFIER_BEFORE.search(before))
        and after[:1] == " "
        and after[1:2].isalpha()
    )
