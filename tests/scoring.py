"""Score extracted events against hand-written gold events (tests/golden/), by the development
corpus's rules (its README, "Scoring"):

- events are compared per article and per country pair (an event of three countries counts once
  for each of its pairs);
- a predicted and a gold event of the same pair match when their periods (a day, a month, a year)
  overlap, or both are days at most 7 apart; matching is one-to-one, closest dates first, so an
  unmerged duplicate is a false positive;
- a gold event marked ``optional`` is neither required nor held against a prediction that finds it;
  ``alt_types`` are other acceptable types; ``date_in_text`` / ``precision_in_text``, when given,
  are scored instead of ``date`` / ``precision``;
- among matched events: the date is right at the gold precision (a day may be off by one), the type
  and the status are right; a reference date is right within ``reference_tolerance_days`` (2) of
  the article's ``published`` date.
"""

import calendar
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

CLOSE_DAYS = 7


def period(value: str, precision: str) -> tuple[date, date]:
    """The first and last day a date of this precision denotes."""
    parts = [int(part) for part in value.split("-")]
    if precision == "year" or len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    year, month = parts[:2]
    if precision == "month" or len(parts) == 2:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, parts[2]), date(year, month, parts[2])


def scored(gold: dict) -> dict:
    """A gold event dated by what the article's own text supports, where the file says so."""
    if gold.get("date_in_text"):
        return {**gold, "date": gold["date_in_text"], "precision": gold["precision_in_text"]}
    return gold


def distance(gold: dict, pred: dict) -> int | None:
    """Days between two events' dates; None when the dates are incompatible."""
    (g0, g1), (p0, p1) = period(gold["date"], gold["precision"]), period(pred["date"], pred["precision"])
    if g0 <= p1 and p0 <= g1:
        return 0 if (g0, g1) == (p0, p1) else abs((g0 - p0).days) + abs((g1 - p1).days)
    if g0 == g1 and p0 == p1 and abs((g0 - p0).days) <= CLOSE_DAYS:
        return abs((g0 - p0).days)
    return None


def date_right(gold: dict, pred: dict) -> bool:
    if gold["precision"] != pred["precision"]:
        return False
    days = abs((period(gold["date"], gold["precision"])[0] - period(pred["date"], pred["precision"])[0]).days)
    return days <= (1 if gold["precision"] == "day" else 0)


def type_right(gold: dict, pred: dict) -> bool:
    return pred["type"] == gold["type"] or pred["type"] in gold.get("alt_types", [])


def pairs(event: dict) -> list[frozenset]:
    return [frozenset(pair) for pair in combinations(sorted({c.upper() for c in event["countries"]}), 2)]


@dataclass
class Score:
    gold: int = 0  # required gold events (per pair)
    predicted: int = 0  # predicted events (per pair), less those that found an optional gold event
    matched: list[tuple[dict, dict]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    extra: list[dict] = field(default_factory=list)
    reference_dates_right: int = 0
    articles: int = 0

    def __add__(self, other: "Score") -> "Score":
        return Score(
            self.gold + other.gold,
            self.predicted + other.predicted,
            self.matched + other.matched,
            self.missed + other.missed,
            self.extra + other.extra,
            self.reference_dates_right + other.reference_dates_right,
            self.articles + other.articles,
        )

    @property
    def precision(self) -> float:
        return len(self.matched) / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return len(self.matched) / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def share(self, right) -> float:
        """The share of matched events for which right(gold, predicted) holds."""
        return sum(right(g, p) for g, p in self.matched) / len(self.matched) if self.matched else 0.0

    def __str__(self) -> str:
        return (
            f"F1={self.f1:.3f} P={self.precision:.3f} R={self.recall:.3f} date={self.share(date_right):.3f} "
            f"type={self.share(type_right):.3f} "
            f"status={self.share(lambda g, p: g['status'] == p['status']):.3f} "
            f"refdate={self.reference_dates_right}/{self.articles} "
            f"(gold {self.gold}, predicted {self.predicted}, matched {len(self.matched)})"
        )


def score_article(gold_file: dict, predicted: list[dict], reference_date: date | None) -> Score:
    gold = [(pair, scored(event)) for event in gold_file["events"] for pair in pairs(event)]
    pred = [(pair, event) for event in predicted for pair in pairs(event)]
    candidates = sorted(
        (bool(g.get("optional")), d, not type_right(g, p), gi, pi)
        for gi, (gold_pair, g) in enumerate(gold)
        for pi, (pred_pair, p) in enumerate(pred)
        if gold_pair == pred_pair and (d := distance(g, p)) is not None
    )
    gold_used, pred_used, matched = set(), set(), []
    for *_, gi, pi in candidates:
        if gi not in gold_used and pi not in pred_used:
            gold_used.add(gi)
            pred_used.add(pi)
            if not gold[gi][1].get("optional"):
                matched.append((gold[gi][1], pred[pi][1]))
    optional_found = sum(1 for gi in gold_used if gold[gi][1].get("optional"))
    required = [gi for gi, (_pair, g) in enumerate(gold) if not g.get("optional")]
    published = date.fromisoformat(gold_file["published"])
    tolerance = gold_file.get("reference_tolerance_days", 2)
    return Score(
        gold=len(required),
        predicted=len(pred) - optional_found,
        matched=matched,
        missed=[gold[gi][1] for gi in required if gi not in gold_used],
        extra=[pred[pi][1] for pi in range(len(pred)) if pi not in pred_used],
        reference_dates_right=int(
            reference_date is not None and abs((reference_date - published).days) <= tolerance
        ),
        articles=1,
    )
