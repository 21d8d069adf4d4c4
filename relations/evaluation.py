"""Score extracted events against reviewed ones, by the rules of the development corpus:
per article and per pair of countries, events match one-to-one when their dates are
compatible (periods overlap, or two days at most a week apart), closest dates first.
"""

from dataclasses import dataclass, field
from itertools import combinations

from relations.extraction.results import FuzzyDate


@dataclass(frozen=True)
class Scored:
    """An event reduced to what is scored."""

    date: FuzzyDate
    countries: tuple[str, ...]
    type: str
    status: str

    def pairs(self) -> list[tuple[str, str]]:
        return list(combinations(sorted(set(self.countries)), 2))


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    date_right: int = 0
    type_right: int = 0
    status_right: int = 0
    details: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def share(self, count: int) -> float:
        return count / self.true_positives if self.true_positives else 0.0

    def summary(self) -> str:
        return (
            f"event F1 {self.f1:.3f}  P {self.precision:.3f}  R {self.recall:.3f}  "
            f"date {self.share(self.date_right):.2f}  type {self.share(self.type_right):.2f}  "
            f"status {self.share(self.status_right):.2f}  (matched {self.true_positives}, "
            f"extra {self.false_positives}, missed {self.false_negatives})"
        )


def gap_days(gold: FuzzyDate, predicted: FuzzyDate) -> int | None:
    """How far apart two compatible dates are, or None when they are not compatible."""
    if gold.overlaps(predicted):
        return abs((gold.start - predicted.start).days) + abs((gold.end - predicted.end).days)
    if gold.precision == predicted.precision == "day":
        days = abs((gold.start - predicted.start).days)
        return days if days <= 7 else None
    return None


def date_right(gold: FuzzyDate, predicted: FuzzyDate) -> bool:
    slack = 1 if gold.precision == "day" else 0
    return gold.precision == predicted.precision and abs((gold.start - predicted.start).days) <= slack


def score_article(gold: list[Scored], predicted: list[Scored], score: Score, label: str = "") -> None:
    """Add one article's comparison to `score`."""
    pairs = {pair for event in gold + predicted for pair in event.pairs()}
    for pair in sorted(pairs):
        wanted = [g for g in gold if pair in g.pairs()]
        found = [p for p in predicted if pair in p.pairs()]
        candidates = sorted(
            (gap, gi, pi)
            for gi, g in enumerate(wanted)
            for pi, p in enumerate(found)
            if (gap := gap_days(g.date, p.date)) is not None
        )
        used_gold, used_found = set(), set()
        for _gap, gi, pi in candidates:
            if gi in used_gold or pi in used_found:
                continue
            used_gold.add(gi)
            used_found.add(pi)
            g, p = wanted[gi], found[pi]
            score.true_positives += 1
            score.date_right += date_right(g.date, p.date)
            score.type_right += g.type == p.type
            score.status_right += g.status == p.status
        for gi, g in enumerate(wanted):
            if gi not in used_gold:
                score.false_negatives += 1
                score.details.append(f"{label} missed {'-'.join(pair)} {g.date} {g.type} {g.status}")
        for pi, p in enumerate(found):
            if pi not in used_found:
                score.false_positives += 1
                score.details.append(f"{label} extra  {'-'.join(pair)} {p.date} {p.type} {p.status}")
