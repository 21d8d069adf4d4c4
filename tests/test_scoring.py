"""The golden set's scorer (tests/scoring.py) follows the development corpus's matching rules."""

from datetime import date

from tests.scoring import score_article


def event(when, precision="day", type="meeting", countries=("IL", "RU"), **extra):
    return {"date": when, "precision": precision, "countries": list(countries), "type": type,
            "status": "happened", "summary": "", "title": "", **extra}  # fmt: skip


def gold(*events, published="2019-09-12"):
    return {"published": published, "events": list(events)}


def test_a_duplicate_is_a_false_positive_and_the_closest_date_matches():
    score = score_article(gold(event("2019-09-12")), [event("2019-09-14"), event("2019-09-12")], None)
    assert (score.gold, score.predicted, len(score.matched)) == (1, 2, 1)
    assert score.matched[0][1]["date"] == "2019-09-12" and score.extra[0]["date"] == "2019-09-14"


def test_days_at_most_a_week_apart_match_and_periods_that_overlap_match():
    assert len(score_article(gold(event("2019-09-12")), [event("2019-09-19")], None).matched) == 1
    assert score_article(gold(event("2019-09-12")), [event("2019-09-20")], None).matched == []
    assert len(score_article(gold(event("2019-09-12")), [event("2019", "year")], None).matched) == 1
    assert score_article(gold(event("2019-09", "month")), [event("2019-10-01")], None).matched == []


def test_an_optional_event_is_neither_required_nor_held_against():
    optional = event("2019-04", "month", type="ceremony", optional=True)
    found = score_article(
        gold(event("2019-09-12"), optional), [event("2019-09-12"), event("2019-04-04")], None
    )
    missed = score_article(gold(event("2019-09-12"), optional), [event("2019-09-12")], None)
    assert (found.gold, found.predicted, found.f1) == (1, 1, 1.0)
    assert (missed.gold, missed.predicted, missed.f1) == (1, 1, 1.0)


def test_pairs_are_scored_apart_and_an_event_counts_once_per_pair():
    three = event("2019-09-12", countries=("IL", "RU", "SY"))
    score = score_article(gold(event("2019-09-12")), [three], None)
    assert (score.gold, score.predicted, len(score.matched)) == (1, 3, 1)
    assert (
        score_article(gold(event("2019-09-12")), [event("2019-09-12", countries=("IL", "SY"))], None).f1 == 0
    )


def test_the_date_the_text_supports_is_scored_and_alternative_types_count():
    told = event("2019-09-12", date_in_text="2019-09", precision_in_text="month", alt_types=["visit"])
    score = score_article(gold(told), [event("2019-09", "month", type="visit")], None)
    assert len(score.matched) == 1
    assert "date=1.000 type=1.000" in str(score)


def test_the_reference_date_is_right_within_two_days():
    assert score_article(gold(), [], date(2019, 9, 14)).reference_dates_right == 1
    assert score_article(gold(), [], date(2019, 9, 15)).reference_dates_right == 0
    assert score_article(gold(), [], None).reference_dates_right == 0
