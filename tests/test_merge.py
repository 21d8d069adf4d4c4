"""One event per real interaction, across articles; editors' events are never touched."""

from dataclasses import replace
from datetime import date

import pytest

from relations.merge import MENTIONS_PER_ARTICLE, save_extraction
from relations.models import Article, Event, EventPair, Mention
from tests.factories import extracted_event, extraction, make_article, toned

pytestmark = pytest.mark.django_db


def test_saving_creates_event_pairs_and_mentions():
    article = make_article()
    save_extraction(article, extraction(extracted_event("2019-09-12")))
    event = Event.objects.get()
    assert (event.date.isoformat(), event.precision) == ("2019-09-12", "day")
    assert list(EventPair.objects.values_list("country_a", "country_b", "date")) == [("IL", "RU", event.date)]
    assert event.mentions.get().article == article
    article.refresh_from_db()
    assert (article.status, article.reference_date.isoformat()) == ("done", "2019-09-12")


def test_saving_twice_changes_nothing():
    article = make_article()
    result = extraction(extracted_event("2019-09-12"), extracted_event("2018", type="military_incident"))
    save_extraction(article, result)
    first = sorted(Event.objects.values_list("date", "type"))
    save_extraction(article, result)
    assert sorted(Event.objects.values_list("date", "type")) == first
    assert Mention.objects.count() == 2


def test_two_articles_about_one_meeting_make_one_event_with_the_most_precise_date():
    save_extraction(make_article(), extraction(extracted_event("2019-09")))
    save_extraction(make_article(), extraction(extracted_event("2019-09-12")))
    event = Event.objects.with_source_count().get()
    assert event.source_count == 2
    assert (event.date.isoformat(), event.precision) == ("2019-09-12", "day")
    assert EventPair.objects.get().date == event.date


def test_a_visit_and_a_meeting_on_the_same_days_with_the_same_people_are_one_interaction():
    visit, meeting = (
        extracted_event("2019-04-04", type="visit"),
        extracted_event("2019-04-05", type="meeting"),
    )
    visit.participants = meeting.participants = ("Leader A",)
    save_extraction(make_article(), extraction(visit))
    save_extraction(make_article(), extraction(meeting))
    assert Event.objects.count() == 1


def test_different_types_of_one_family_without_shared_people_or_place_stay_apart():
    save_extraction(make_article(), extraction(extracted_event("2019-04-04", type="visit")))
    save_extraction(make_article(), extraction(extracted_event("2019-04-04", type="ceremony")))
    assert Event.objects.count() == 2


def test_a_plan_and_its_report_are_one_event_distant_dates_stay_apart():
    save_extraction(make_article(), extraction(extracted_event("2019-04-04")))
    save_extraction(make_article(), extraction(extracted_event("2019-04-04", status="planned")))
    save_extraction(make_article(), extraction(extracted_event("2019-06-20")))
    assert sorted(Event.objects.values_list("status", flat=True)) == ["happened", "happened"]


def test_visits_to_each_other_s_states_are_two_events():
    """Ghana's president's visit to Togo, postponed, and Togo's president's visit to Accra."""
    ghana_to_togo = toned(extracted_event("2024-05", ("GH", "TG"), "visit", "planned"), 1, "Togo")
    togo_to_ghana = toned(extracted_event("2024-05", ("GH", "TG"), "visit", "planned"), 1, "Accra")
    save_extraction(make_article(), extraction(ghana_to_togo))
    save_extraction(make_article(), extraction(togo_to_ghana))
    assert sorted(Event.objects.values_list("location", flat=True)) == ["Accra", "Togo"]
    # the same visit told with its city and its state is one
    save_extraction(
        make_article(),
        extraction(toned(extracted_event("2024-05", ("GH", "TG"), "visit", "planned"), 1, "Lomé")),
    )
    assert Event.objects.count() == 2


def test_one_article_telling_a_plan_and_its_outcome_on_one_day_makes_one_event():
    article = make_article()
    plan = extracted_event("2016-03-15", type="visit", status="planned", start=60)
    save_extraction(article, extraction(extracted_event("2016-03-15", type="visit"), plan))
    assert list(Event.objects.values_list("status", flat=True)) == ["happened"]
    assert set(Mention.objects.values_list("status", flat=True)) == {"happened", "planned"}


def test_re_extraction_keeps_other_articles_mentions_and_drops_orphans():
    first, second = make_article(), make_article()
    save_extraction(
        first, extraction(extracted_event("2019-09-12"), extracted_event("2018", type="sanctions"))
    )
    save_extraction(second, extraction(extracted_event("2019-09-12")))
    save_extraction(first, extraction())
    meeting = Event.objects.get()
    assert meeting.type == "meeting"
    assert list(meeting.mentions.values_list("article", flat=True)) == [second.pk]


def test_a_later_source_that_moves_the_kept_date_or_status_brings_its_words():
    plan = extracted_event("2021-03", type="visit", status="planned", title="Israel to visit Russia")
    plan.summary = "Israel's leader will visit Russia in March."
    save_extraction(make_article(page_date=date(2021, 2, 1)), extraction(plan))
    done = extracted_event("2021-03-11", type="visit", title="Israel visits Russia")
    done.summary = "Israel's leader visited Moscow."
    save_extraction(make_article(page_date=date(2021, 3, 12)), extraction(done))
    event = Event.objects.get()
    assert (event.status, event.date, event.precision, event.title, event.summary) == (
        "happened",
        date(2021, 3, 11),
        "day",
        "Israel visits Russia",
        "Israel's leader visited Moscow.",
    )
    # A second report of the same day changes nothing; a report of the same status in a coarser
    # period does not take over the words either.
    save_extraction(
        make_article(page_date=date(2021, 3, 20)),
        extraction(extracted_event("2021-03-11", type="visit", title="Later words")),
    )
    save_extraction(
        make_article(page_date=date(2021, 4, 2)),
        extraction(extracted_event("2021-03", type="visit", title="Vaguer words")),
    )
    assert Event.objects.values_list("title", flat=True).get() == "Israel visits Russia"


def test_a_month_made_a_day_by_a_later_source_takes_that_source_s_title():
    save_extraction(make_article(), extraction(extracted_event("2019-09", title="Leaders meet")))
    save_extraction(
        make_article(), extraction(extracted_event("2019-09-12", title="Putin meets Netanyahu in Sochi"))
    )
    event = Event.objects.get()
    assert (event.date, event.title) == (date(2019, 9, 12), "Putin meets Netanyahu in Sochi")


def test_locked_event_survives_re_extraction_unchanged():
    article = make_article()
    save_extraction(article, extraction(extracted_event("2019-09")))
    event = Event.objects.get()
    Event.objects.filter(pk=event.pk).update(locked=True, title="Reviewed title")
    save_extraction(article, extraction(extracted_event("2019-09-12")))
    save_extraction(article, extraction())
    event.refresh_from_db()
    assert (event.title, event.date.isoformat(), event.precision) == ("Reviewed title", "2019-09-01", "month")
    assert event.mentions.count() == 1


def test_deleting_an_article_deletes_only_what_it_alone_supports():
    first, second = make_article(), make_article()
    save_extraction(
        first, extraction(extracted_event("2019-09-12"), extracted_event("2018", type="sanctions"))
    )
    save_extraction(second, extraction(extracted_event("2019-09-12")))
    Article.objects.filter(pk=first.pk).delete()
    assert list(Event.objects.values_list("type", flat=True)) == ["meeting"]
    assert Mention.objects.count() == 1


def test_articles_deleted_together_take_the_events_only_they_supported():
    first, second, third = make_article(), make_article(), make_article()
    save_extraction(
        first, extraction(extracted_event("2019-09-12"), extracted_event("2018", type="sanctions"))
    )
    save_extraction(second, extraction(extracted_event("2019-09-12")))
    save_extraction(third, extraction(extracted_event("2018", type="sanctions")))
    Article.objects.filter(pk__in=[first.pk, second.pk]).delete()
    assert list(Event.objects.values_list("type", flat=True)) == ["sanctions"]
    assert Mention.objects.get().article == third


def test_events_with_unknown_countries_are_skipped():
    save_extraction(make_article(), extraction(extracted_event("2019", countries=("IL", "ZZ"))))
    assert not Event.objects.exists()


def test_multilateral_event_is_on_every_pair_timeline():
    save_extraction(make_article(), extraction(extracted_event("2020-01-23", countries=("FR", "IL", "RU"))))
    assert sorted(EventPair.objects.values_list("country_a", "country_b")) == [
        ("FR", "IL"),
        ("FR", "RU"),
        ("IL", "RU"),
    ]


def test_a_year_matches_a_day_only_with_a_shared_participant_place_or_as_the_only_one_of_its_type():
    save_extraction(make_article(), extraction(extracted_event("2019-04-04", type="visit", status="planned")))
    save_extraction(make_article(), extraction(extracted_event("2019", status="planned")))
    assert Event.objects.count() == 2
    save_extraction(make_article(), extraction(extracted_event("2021-05-01", type="sanctions")))
    save_extraction(make_article(), extraction(extracted_event("2021-09-01", type="sanctions")))
    save_extraction(make_article(), extraction(extracted_event("2021", type="sanctions")))
    assert Event.objects.filter(type="sanctions").count() == 3
    save_extraction(make_article(), extraction(extracted_event("2018", type="ceremony")))
    save_extraction(make_article(), extraction(extracted_event("2018-09-17", type="ceremony")))
    assert Event.objects.filter(type="ceremony").count() == 1
    day = extracted_event("2018-09-17", type="military_incident")
    day.location = "Latakia"
    year = extracted_event("2018", type="military_incident")
    year.location = "latakia"
    save_extraction(make_article(), extraction(day))
    save_extraction(make_article(), extraction(year))
    assert Event.objects.filter(type="military_incident").count() == 1


def test_two_interactions_of_one_article_never_share_an_event():
    first = extracted_event("2019-09", title="Talks in September")
    second = extracted_event("2019-09-20", title="Another round", start=50)
    save_extraction(make_article(), extraction(first, second))
    assert Event.objects.count() == 2


def test_an_article_repeating_itself_adds_at_most_a_few_mentions():
    event = extracted_event("2019-09-12")
    event.mentions = [replace(event.mentions[0], start=i * 100, end=i * 100 + 50) for i in range(5000)]
    save_extraction(make_article(), extraction(event))
    assert Mention.objects.count() == MENTIONS_PER_ARTICLE


def test_saving_an_article_takes_ten_queries_whether_it_makes_an_event_or_moves_one(
    django_assert_max_num_queries,
):
    """The worker's save path, each a round trip: an article never extracted has no mentions to
    read or replace, and a moved event's pairs take its date without reading its countries."""
    first, second = make_article(), make_article()
    with django_assert_max_num_queries(10):  # locks, match, event, its countries and pair, mentions
        save_extraction(first, extraction(extracted_event("2019-09-12")))
    with django_assert_max_num_queries(10):  # locks, match, mentions, settling, the pair's date
        save_extraction(second, extraction(extracted_event("2019-09-11")))
    assert EventPair.objects.get().date == Event.objects.get().date == date(2019, 9, 11)


def test_a_month_report_joins_the_plan_with_its_people_and_place_not_the_nearest_plan():
    ministers = extracted_event("2018-07", status="planned", title="Ministers to meet")
    ministers.participants = ("Minister A", "Minister B")
    summit = toned(extracted_event("2018-07-16", status="planned", title="Leaders to meet"), 1, "Helsinki")
    summit.participants = ("Leader A", "Leader B")
    save_extraction(make_article(), extraction(ministers, summit, reference=date(2018, 6, 28)))
    report = toned(extracted_event("2018-07", title="Leaders met"), 1, "Helsinki")
    report.participants = ("Leader A", "Leader B")
    save_extraction(make_article(), extraction(report, reference=date(2021, 5, 25)))
    summit_event = Event.objects.with_source_count().get(location="Helsinki")
    assert (summit_event.source_count, summit_event.status) == (2, "happened")
    assert Event.objects.get(location="").status == "planned"
