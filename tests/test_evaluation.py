"""The scorer behind `manage.py evaluate`, and the command."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from relations.evaluation import Score, Scored, score_article
from relations.extraction.results import FuzzyDate
from relations.models import Event
from relations.tasks import extract_article
from tests.factories import make_article


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


@pytest.mark.django_db
def test_evaluate_command_scores_the_engine_against_reviewed_events():
    text = (
        "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Wuhan on Friday. "
        "The two leaders agreed to strengthen communication between their militaries."
    )
    article = make_article(text, page_date=date(2018, 4, 28))
    extract_article(article.pk)
    Event.objects.update(locked=True)  # an editor reviewed what the engine found
    reviewed = Event.objects.get()
    out = StringIO()
    call_command("evaluate", stdout=out)
    assert "1 article(s) with reviewed events" in out.getvalue()
    assert "event F1 1.000" in out.getvalue()
    Event.objects.filter(pk=reviewed.pk).update(date=date(2017, 1, 1), precision="year")
    out = StringIO()
    call_command("evaluate", "--verbose", stdout=out)
    assert "event F1 0.000" in out.getvalue()
    assert "missed CN-IN 2017 meeting" in out.getvalue()
