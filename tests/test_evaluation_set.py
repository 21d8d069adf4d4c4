"""The invented evaluation set (tests/evaluation/, see its README): 168 news articles written for
the project in seven batches of 24, with hand-made gold events, scored by the development corpus's
rules. In each batch the first 12 articles have been studied while improving the engine and the
last 12 have not, so the two halves are scored apart: the second is the estimate of the engine on
news it has not been fitted to.

The floors sit a little below today's scores: a change that loses events there, invents some or
misdates them fails here. Run with -s to see the scores and each miss and extra event.
"""

import json
from pathlib import Path

import pytest

from relations.extraction.engine import extract
from relations.extraction.knowledge import Knowledge
from relations.management.commands.extract import read_article
from relations.serializers import extracted_event
from tests.scoring import Score, score_article

EVALUATION = Path(__file__).resolve().parent / "evaluation"


def number(name: str) -> int:
    """'07_slug' is 7, '104_slug' 104."""
    return int(name.split("_", 1)[0])


NAMES = sorted((path.stem for path in (EVALUATION / "gold").glob("*.json")), key=number)

# Each batch of 24: its first half studied, its second never read while improving the engine.
STUDIED = [name for name in NAMES if (number(name) - 1) % 24 < 12]
UNSEEN = [name for name in NAMES if (number(name) - 1) % 24 >= 12]
# Today (2026-12-05): studied F1 0.849 (P 0.905, R 0.801), unseen 0.724 (P 0.802, R 0.661); the
# reference date is wrong for 3 and 7 articles (update stamps, yearless stamps whose year the text
# barely tells). The sixth batch (121-144), in forms the first five lack (readouts, round-ups, a live
# page, an interview, a diary), scored whole before anything was fitted to it: 0.571 and 0.635; the
# seventh (145-168), in the forms of wire, agency and regional copy, 0.637 and 0.647 (its studied
# half is now 0.736, its never-read half still 0.647).
# The floors allow about three events lost or invented in each half.
FLOORS = {"studied": 0.835, "unseen": 0.71}
REFERENCE_DATES_WRONG = {"studied": 3, "unseen": 7}


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    knowledge = Knowledge.default()
    result = {}
    for name in NAMES:
        stamp, body = read_article(EVALUATION / "articles" / f"{name}.txt")
        extraction = extract(body, page_date=stamp.date, knowledge=knowledge, page_month_day=stamp.month_day)
        gold = json.loads((EVALUATION / "gold" / f"{name}.json").read_text())
        events = [extracted_event(e) for e in extraction.events]
        result[name] = score_article(gold, events, extraction.reference_date.date)
    return result


def test_every_article_has_its_gold_file():
    articles = sorted((path.stem for path in (EVALUATION / "articles").glob("*.txt")), key=number)
    assert articles == NAMES == sorted(STUDIED + UNSEEN, key=number)
    assert len(NAMES) == 168


@pytest.mark.parametrize(("half", "names"), [("studied", STUDIED), ("unseen", UNSEEN)])
def test_the_engine_on_the_evaluation_set(scores, half, names):
    total = sum((scores[name] for name in names), Score())
    print(f"\nevaluation set, {half}: {total}")
    for name in names:
        for gold in scores[name].missed:
            print(f"  {name} missed {gold['date']:<10} {gold['type']:<17} {gold['summary']}")
        for pred in scores[name].extra:
            print(f"  {name} extra  {pred['date']:<10} {pred['type']:<17} {pred['title']}")
    assert total.f1 >= FLOORS[half], str(total)
    assert total.articles - total.reference_dates_right <= REFERENCE_DATES_WRONG[half], str(total)
