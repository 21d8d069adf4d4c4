"""The values the engine hands back: dates with precision, expressions, events."""

import calendar
from dataclasses import dataclass, field
from datetime import date

PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True, order=True)
class FuzzyDate:
    """A day, a month or a year: `start` is the period's first day.

    Sorting and filtering use `start`; display and scoring use `iso()`, which never
    shows more precision than the text supports.
    """

    start: date
    precision: str = "day"

    def __post_init__(self):
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")
        if self.precision == "month" and self.start.day != 1:
            raise ValueError("a month-precision date starts on the 1st")
        if self.precision == "year" and (self.start.month, self.start.day) != (1, 1):
            raise ValueError("a year-precision date starts on 1 January")

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> "FuzzyDate":
        if month is None:
            return cls(date(year, 1, 1), "year")
        if day is None:
            return cls(date(year, month, 1), "month")
        return cls(date(year, month, day), "day")

    @classmethod
    def parse(cls, value: str) -> "FuzzyDate":
        """'2019', '2019-04' or '2019-04-04'."""
        parts = [int(p) for p in value.split("-")]
        return cls.of(*parts)

    @property
    def end(self) -> date:
        """The period's last day."""
        if self.precision == "day":
            return self.start
        if self.precision == "month":
            last = calendar.monthrange(self.start.year, self.start.month)[1]
            return self.start.replace(day=last)
        return self.start.replace(month=12, day=31)

    def iso(self) -> str:
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()

    def overlaps(self, other: "FuzzyDate") -> bool:
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True)
class TimeExpression:
    """A date expression found in the text, normalised against the reference date."""

    start: int
    end: int
    text: str
    value: FuzzyDate
    # absolute (the year is written) | relative | weekday | week (a week counted from the
    # reference) | anchored (counted from another expression: "two days later")
    kind: str = "absolute"


@dataclass(frozen=True)
class PersonSeen:
    """Someone the text names after a state's office ("Ghanaian President X") whom the knowledge
    does not hold: editors can add them."""

    name: str
    country: str
    office: str
    sentence: str


@dataclass(frozen=True)
class ReferenceDate:
    """The date the text is anchored to, how it was decided, and the clues."""

    date: date | None
    method: str  # stamp | corrected | text | editor | received | none
    confidence: float
    evidence: tuple[str, ...] = ()

    def __post_init__(self):
        # each clue once: a text that repeats a sentence repeats its dates, not the reasons
        object.__setattr__(self, "evidence", tuple(dict.fromkeys(self.evidence)))


@dataclass(frozen=True)
class Mention:
    """One sentence of the article that supports an event (its provenance)."""

    start: int
    end: int
    sentence: str
    trigger: str = ""
    date_text: str = ""


@dataclass
class Event:
    date: FuzzyDate
    type: str
    status: str  # happened | planned
    countries: tuple[str, ...]  # ISO alpha-2, sorted
    title: str
    summary: str = ""
    location: str = ""
    participants: tuple[str, ...] = ()
    confidence: float = 0.5
    quad_class: int = (
        0  # CAMEO QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    )
    end_date: date | None = None
    mentions: list[Mention] = field(default_factory=list)
    outcome: str = ""  # what became of a plan, as the text tells it: postponed | cancelled

    @property
    def evidence(self) -> str:
        return self.mentions[0].sentence if self.mentions else ""


@dataclass
class Extraction:
    reference_date: ReferenceDate
    events: list[Event]
    expressions: list[TimeExpression] = field(default_factory=list)
    people_not_known: list["PersonSeen"] = field(default_factory=list)
