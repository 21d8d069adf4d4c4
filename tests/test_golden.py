"""The golden set: the engine on the project's own sample articles (relations/samples/), read as
`manage.py extract` reads them (page date from the first line), scored against the events an analyst
wrote by hand for each (tests/golden/, the development corpus's format) by its rules (tests/scoring.py).

The golden files say what the texts say, not what the engine finds: events it misses today are in
them, and F1_FLOOR sits a little below today's score, so a change that loses events, invents some or
misdates them fails here. Run with -s to see the score and each miss and extra event.
"""

import json
from datetime import date
from pathlib import Path

import pytest

from relations.extraction.engine import extract
from relations.extraction.knowledge import Knowledge
from relations.management.commands.extract import read_article
from relations.serializers import extracted_event
from tests.scoring import Score, score_article

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "relations" / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
NAMES = sorted(path.stem for path in GOLDEN.glob("*.json"))
# Today (2026-12-02, with the parser): F1 0.930 (P 1.000, R 0.870: 20 of 23 gold events, no extra
# one). Missed: the accusation beside the incident (02), Macron's statement and the first recall told
# through a pronoun ("recalled him", 08).
# The floor allows one event lost or one extra, not two.
F1_FLOOR = 0.87


@pytest.fixture(scope="module")
def predictions() -> dict[str, tuple[date | None, list[dict]]]:
    """Per sample: the reference date and the events, as `manage.py extract --json` prints them."""
    knowledge = Knowledge.default()
    result = {}
    for name in NAMES:
        stamp, body = read_article(SAMPLES / f"{name}.txt")
        extraction = extract(body, page_date=stamp.date, knowledge=knowledge, page_month_day=stamp.month_day)
        result[name] = extraction.reference_date.date, [extracted_event(e) for e in extraction.events]
    return result


@pytest.fixture(scope="module")
def scores(predictions) -> dict[str, Score]:
    return {
        name: score_article(json.loads((GOLDEN / f"{name}.json").read_text()), events, reference)
        for name, (reference, events) in predictions.items()
    }


def test_every_sample_article_has_its_golden_file():
    assert sorted(path.stem for path in SAMPLES.glob("*.txt")) == NAMES


def test_the_engine_on_the_golden_set(scores):
    total = sum(scores.values(), Score())
    print(f"\ngolden set: {total}")
    for name, score in scores.items():
        for gold in score.missed:
            print(f"  {name} missed {gold['date']:<10} {gold['type']:<17} {gold['summary']}")
        for pred in score.extra:
            print(f"  {name} extra  {pred['date']:<10} {pred['type']:<17} {pred['title']}")
    assert total.f1 >= F1_FLOOR, str(total)
    assert total.reference_dates_right == total.articles, str(total)


def test_the_seed_like_case_has_its_key_events_in_the_right_years(scores):
    """01 is stamped March 2021 but written in September 2019, like the seed article."""
    seed = scores["01_sochi_talks"]
    assert seed.reference_dates_right == 1
    assert seed.missed == []
    for gold, pred in seed.matched:
        assert pred["date"][:4] == gold["date"][:4], (gold["summary"], pred["date"])
        assert pred["status"] == gold["status"], gold["summary"]
    sochi = next(pred for gold, pred in seed.matched if gold["date"] == "2019-09-12")
    assert (sochi["date"], sochi["precision"]) == ("2019-09-12", "day")  # "on Thursday", not the day after
    planned = next(pred for gold, pred in seed.matched if gold["status"] == "planned")
    assert planned["date"] == "2020" and planned["type"] == "visit"


def test_the_page_date_is_the_sample_articles_first_line():
    stamp, body = read_article(SAMPLES / "01_sochi_talks.txt")
    assert stamp.date == date(2021, 3, 14) and body.startswith("Netanyahu and Putin hold talks")


def test_a_denied_meeting_is_no_event(predictions):
    _reference, events = predictions["07_india_pakistan_goa"]
    assert [e for e in events if e["type"] == "meeting" and e["status"] == "happened"] == []
