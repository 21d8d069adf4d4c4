"""One interaction, one event: articles written for these tests go through the engine and the
merge, in the order a newsroom would receive them."""

from datetime import date

import pytest

from relations.history import reports, story
from relations.merge import save_extraction
from relations.models import Event
from relations.tasks import extract_article
from tests.factories import extracted_event, extraction, make_article

pytestmark = pytest.mark.django_db

PLAN = (
    "Israeli Prime Minister Benjamin Netanyahu will travel to Moscow on 11 March to meet Russian "
    "President Vladimir Putin, his office said on Sunday."
)
DONE = (
    "Israeli Prime Minister Benjamin Netanyahu visited Moscow on Thursday and held talks with "
    "Russian President Vladimir Putin."
)
CEREMONY = (
    "In Moscow on Thursday, Netanyahu laid a wreath at the Tomb of the Unknown Soldier in a "
    "ceremony attended by Putin."
)
INCIDENT = (
    "A Russian transport plane was shot down by Israeli fighter jets over the Mediterranean on "
    "Tuesday, the Russian military said."
)
RECOLLECTION = (
    "Relations have been strained since a Russian transport plane was shot down in March during "
    "an Israeli raid, Russian officials said."
)

INVITATION = (
    "Russian President Vladimir Putin has accepted an invitation to visit Israel next January, the "
    "Kremlin said on Saturday after his talks with Israeli Prime Minister Naftali Bennett."
)
ARRIVAL = (
    "Russian President Vladimir Putin arrived in Jerusalem on Thursday for talks with Israeli Prime "
    "Minister Naftali Bennett."
)


def ingest(text: str, written: date):
    article = make_article(text, page_date=written)
    assert extract_article(article.pk) == "done"
    return article


def test_a_plan_reported_done_is_one_happened_event_with_its_history():
    ingest(PLAN, date(2021, 2, 28))
    ingest(DONE, date(2021, 3, 13))
    event = Event.objects.get()
    assert (event.type, event.status, event.date, event.precision) == (
        "visit",
        "happened",
        date(2021, 3, 11),
        "day",
    )
    lines = story(reports(event.mentions.select_related("article")))
    assert [line.split(" ")[0] for line in lines] == ["Announced", "Happened"]


def test_the_report_first_and_the_plan_after_still_make_one_event():
    ingest(DONE, date(2021, 3, 13))
    ingest(PLAN, date(2021, 2, 28))
    assert list(Event.objects.values_list("status", "date")) == [("happened", date(2021, 3, 11))]


def test_a_plan_reported_done_reads_as_done_and_as_planned_again_when_the_report_goes():
    """The title and summary are those of the report whose status the event keeps."""
    plan = ingest(PLAN, date(2021, 2, 28))
    planned = Event.objects.values_list("title", "summary").get()
    assert "to visit" in planned[0] and "will travel" in planned[1]
    report = ingest(DONE, date(2021, 3, 13))
    event = Event.objects.get()
    assert (event.title, event.summary) == (
        "Benjamin Netanyahu visits Russia in Moscow",
        "Israeli Prime Minister Benjamin Netanyahu visited Moscow on Thursday and held talks with "
        "Russian President Vladimir Putin.",
    )
    report.delete()
    assert Event.objects.values_list("title", "summary").get() == planned
    assert list(Event.objects.get().mentions.values_list("article", flat=True).distinct()) == [plan.pk]


def test_a_visit_the_talks_and_the_ceremony_on_it_are_one_event():
    ingest(DONE, date(2021, 3, 13))
    ingest(CEREMONY, date(2021, 3, 12))
    event = Event.objects.with_source_count().get()
    assert (event.type, event.source_count) == ("visit", 2)


def test_a_month_precision_recollection_joins_the_day_precise_incident():
    ingest(INCIDENT, date(2021, 3, 10))
    ingest(RECOLLECTION, date(2021, 5, 20))
    event = Event.objects.with_source_count().get()
    assert (event.type, event.date, event.precision, event.source_count) == (
        "military_incident",
        date(2021, 3, 9),
        "day",
        2,
    )


def test_an_invitation_accepted_to_visit_and_the_visit_are_one_event():
    ingest(INVITATION, date(2021, 11, 20))
    ingest(ARRIVAL, date(2022, 1, 21))
    visit = Event.objects.with_source_count().get(type="visit")
    assert (visit.status, visit.date, visit.source_count) == ("happened", date(2022, 1, 20), 2)


def test_a_postponement_then_a_new_date_then_the_visit():
    save_extraction(
        make_article(page_date=date(2021, 2, 1)), extraction(extracted_event("2021-03-11", status="planned"))
    )
    save_extraction(
        make_article(page_date=date(2021, 3, 5)),
        extraction(extracted_event("2021-03-11", status="postponed")),
    )
    event = Event.objects.get()
    assert (event.status, event.date) == ("postponed", date(2021, 3, 11))
    save_extraction(
        make_article(page_date=date(2021, 3, 20)), extraction(extracted_event("2021-04-15", status="planned"))
    )
    event.refresh_from_db()
    assert (event.status, event.date) == ("planned", date(2021, 4, 15))
    save_extraction(
        make_article(page_date=date(2021, 4, 16)), extraction(extracted_event("2021-04", status="happened"))
    )
    event.refresh_from_db()
    assert (event.status, event.date, event.precision) == ("happened", date(2021, 4, 15), "day")
    lines = story(reports(event.mentions.select_related("article")))
    assert [line.split(" ")[0] for line in lines] == ["Announced", "Postponed", "Rescheduled", "Happened"]
    assert lines[1].startswith("Postponed (the plan for ")  # which plan was put back


def test_a_later_source_repeating_the_plan_does_not_undo_its_postponement():
    for written, status in [
        (date(2021, 2, 1), "planned"),
        (date(2021, 3, 5), "postponed"),
        (date(2021, 3, 8), "planned"),
    ]:
        save_extraction(
            make_article(page_date=written), extraction(extracted_event("2021-03-11", status=status))
        )
    assert Event.objects.get().status == "postponed"


def test_deleting_the_only_report_of_it_happening_leaves_the_plan():
    plan = ingest(PLAN, date(2021, 2, 28))
    report = ingest(DONE, date(2021, 3, 13))
    report.delete()
    event = Event.objects.get()
    assert (event.status, list(event.mentions.values_list("article", flat=True).distinct())) == (
        "planned",
        [plan.pk],
    )


def test_a_cancellation_ends_the_plan():
    save_extraction(
        make_article(page_date=date(2021, 2, 1)), extraction(extracted_event("2021-03", status="planned"))
    )
    save_extraction(
        make_article(page_date=date(2021, 2, 20)),
        extraction(extracted_event("2021-03-11", status="cancelled")),
    )
    event = Event.objects.get()
    assert (event.status, event.unconfirmed) == ("cancelled", False)


def test_a_plan_whose_date_passed_unreported_is_not_confirmed_but_stays_planned():
    save_extraction(make_article(), extraction(extracted_event("2021-03", status="planned")))
    save_extraction(make_article(), extraction(extracted_event("2999", status="planned", type="agreement")))
    past, future = Event.objects.order_by("date")
    assert (past.status, past.unconfirmed, past.status_label) == ("planned", True, "planned — not confirmed")
    assert (future.unconfirmed, future.status_label) == (False, "planned")
    assert list(Event.objects.unconfirmed()) == [past]
    assert list(Event.objects.unconfirmed(today=date(2021, 3, 31))) == []


def test_a_postponement_the_engine_reads_is_stored_as_postponed():
    ingest(
        "The planned visit of Chinese President Xi Jinping to Italy was postponed on Monday.",
        date(2023, 5, 10),
    )
    told = sorted(Event.objects.values_list("type", "status"))
    assert told == [("other", "happened"), ("visit", "postponed")]
    # the act of postponing is an event of its own, on the day it was done
    act = Event.objects.get(type="other")
    assert (act.date, act.title) == (date(2023, 5, 8), "Xi Jinping postpones a visit to Italy")


def test_a_plan_put_back_to_a_later_month_is_the_same_plan():
    ingest(
        "Thai Prime Minister Srettha Thavisin will visit Cambodia on 12 March, his office said.",
        date(2024, 3, 1),
    )
    ingest(
        "Thai Prime Minister Srettha Thavisin has postponed his visit to Cambodia to April, his office said "
        "on Friday.",
        date(2024, 3, 8),
    )
    event = Event.objects.get(type="visit")
    assert event.status == "postponed" and event.mentions.count() == 2
    lines = story(reports(event.mentions.select_related("article")))
    assert [line.split(" ")[0] for line in lines] == ["Announced", "Postponed"]


def test_a_cancelled_plan_stays_cancelled_beside_a_meeting_of_the_same_month():
    ingest(
        "Kenya's foreign minister cancelled talks with his Ugandan counterpart on Tuesday.", date(2024, 6, 6)
    )
    ingest(
        "The foreign ministers of Kenya and Uganda met in Kampala on Thursday to discuss trade.",
        date(2024, 6, 21),
    )
    meetings = Event.objects.filter(type="meeting").order_by("date")
    assert [(e.status, e.mentions.count()) for e in meetings] == [("cancelled", 1), ("happened", 1)]
