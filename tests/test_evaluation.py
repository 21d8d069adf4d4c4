"""The scorer behind `manage.py evaluate`."""

from relations.evaluation import Score, Scored, score_article
from relations.extraction.results import FuzzyDate


def event(when, type="meeting", status="happened", countries=("IL", "RU")):
    return Scored(FuzzyDate.parse(when), countries, type, status)


def test_perfect_match():
    score = Score()
    score_article([event("2019-09-12")], [event("2019-09-12")], score)
    assert (score.f1, score.date_right, score.type_right, score.status_right) == (1.0, 1, 1, 1)


def test_compatible_but_imprecise_date_matches_without_date_credit():
    score = Score()
    score_article([event("2019-09-12")], [event("2019")], score)
    assert score.true_positives == 1 and score.date_right == 0


def test_days_a_week_apart_match_but_not_further():
    score = Score()
    score_article([event("2019-09-12")], [event("2019-09-05")], score)
    assert score.true_positives == 1
    score = Score()
    score_article([event("2019-09-12")], [event("2019-09-04")], score)
    assert (score.true_positives, score.false_positives, score.false_negatives) == (0, 1, 1)


def test_duplicate_prediction_is_a_false_positive_and_closest_wins():
    score = Score()
    score_article([event("2019-09-12")], [event("2019-09"), event("2019-09-12", type="visit")], score)
    assert (score.true_positives, score.false_positives) == (1, 1)
    assert score.date_right == 1 and score.type_right == 0


def test_pairs_are_scored_separately():
    score = Score()
    score_article(
        [event("2020", countries=("FR", "IL", "RU"))], [event("2020", countries=("IL", "RU"))], score
    )
    assert (score.true_positives, score.false_negatives) == (1, 2)
    assert round(score.f1, 3) == 0.5
