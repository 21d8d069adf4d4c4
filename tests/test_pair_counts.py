"""The per-pair counts that triggers keep: equal to a count of the events after every kind of change."""

import random
from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from relations import pair_counts
from relations.merge import save_extraction
from relations.models import Article, Event, EventPair, PairMonth, PairTotal, PairYear
from tests.factories import extracted_event, extraction, make_article, toned


def differences() -> list[str]:
    return pair_counts.differences(EventPair, PairMonth, PairYear, PairTotal)


def month_count(a: str, b: str, month: date, **kind) -> int:
    return sum(
        PairMonth.objects.filter(country_a=a, country_b=b, month=month, **kind).values_list(
            "events", flat=True
        )
    )


@pytest.mark.django_db
def test_counts_follow_merges_edits_and_deletes():
    first, second = make_article(), make_article()
    save_extraction(
        first, extraction(extracted_event("2019-04"), extracted_event("2018", type="visit", start=50))
    )
    save_extraction(
        second, extraction(extracted_event("2019-04-04"), extracted_event("2019-09-12", ("IL", "RU", "US")))
    )
    assert differences() == []
    assert PairTotal.objects.get(country_a="IL", country_b="RU").events == 3
    assert month_count("IL", "RU", date(2019, 4, 1), precision="day") == 1  # settled on the day
    assert PairYear.objects.get(country_a="IL", country_b="RU", year=2019, tone="other").events == 2

    event = Event.objects.get(date=date(2019, 9, 12))
    event.type, event.quad_class = "agreement", 2  # an editor reclassifies it
    event.save()
    event.date = date(2019, 10, 1)  # and moves it; its pair rows follow
    event.save()
    event.sync_pairs()
    assert month_count("IL", "US", date(2019, 10, 1), type="agreement", quad_class=2) == 1
    assert month_count("IL", "US", date(2019, 9, 1)) == 0
    assert PairYear.objects.get(country_a="IL", country_b="US", year=2019).tone == "coop"
    assert differences() == []

    event.countries.remove("US")  # the admin saves the countries, then the pair rows
    event.sync_pairs()
    assert not PairTotal.objects.filter(country_b="US").exists()
    assert differences() == []

    Article.objects.filter(pk=second.pk).delete()  # its orphaned events go too
    Event.objects.filter(type="visit").delete()
    assert differences() == []
    assert PairTotal.objects.get(country_a="IL", country_b="RU").events == 1
    assert not PairMonth.objects.filter(events__lte=0).exists()


@pytest.mark.django_db
def test_counts_follow_a_plan_through_postponement_cancellation_and_an_editors_merge():
    from relations.editing import merge_events

    save_extraction(make_article(), extraction(extracted_event("2021-03-11", type="visit", status="planned")))
    save_extraction(
        make_article(), extraction(extracted_event("2021-03-11", type="visit", status="postponed"))
    )
    assert month_count("IL", "RU", date(2021, 3, 1), status="postponed") == 1
    assert month_count("IL", "RU", date(2021, 3, 1), status="planned") == 0
    save_extraction(make_article(), extraction(extracted_event("2021-03", type="visit", status="cancelled")))
    assert month_count("IL", "RU", date(2021, 3, 1), status="cancelled") == 1
    save_extraction(make_article(), extraction(extracted_event("2021-06-02", type="sanctions")))
    assert differences() == []
    merge_events(list(Event.objects.values_list("pk", flat=True)))
    assert differences() == []
    assert PairTotal.objects.get(country_a="IL", country_b="RU").events == 1


@pytest.mark.django_db
def test_counts_survive_many_random_changes():
    """Random merges, re-extractions, reclassifications and deletions; counts checked at the end."""
    rng = random.Random(11)
    pairs = [("IL", "RU"), ("RU", "US"), ("CN", "US"), ("IL", "RU", "US")]
    articles = [make_article() for _ in range(12)]
    for _round in range(3):
        for article in articles:
            events = [
                toned(
                    extracted_event(
                        f"{rng.choice([2018, 2019])}-{rng.randint(1, 12):02d}" + rng.choice(["", "-15"]),
                        countries=rng.choice(pairs),
                        type=rng.choice(["visit", "meeting", "phone_call", "military_incident"]),
                        status=rng.choice(["happened", "planned"]),
                        start=index * 100,
                    ),
                    rng.randint(0, 4),
                )
                for index in range(rng.randint(0, 3))
            ]
            save_extraction(article, extraction(*events))
        for event in Event.objects.order_by("?")[:3]:
            event.quad_class = rng.randint(0, 4)
            event.precision, event.date = "year", date(event.date.year, 1, 1)
            event.save()
            event.sync_pairs()
        Article.objects.filter(pk=articles.pop().pk).delete()
    assert Event.objects.exists()
    assert differences() == []


@pytest.mark.django_db
def test_rebuild_repairs_counts_a_bulk_load_left_wrong():
    save_extraction(make_article(), extraction(extracted_event("2019-04"), extracted_event("2018", start=40)))
    PairMonth.objects.all().update(events=7)
    PairTotal.objects.all().delete()
    assert differences()
    call_command("pair_counts", "--rebuild")
    assert differences() == []


@pytest.mark.django_db(transaction=True)
def test_migration_counts_the_events_already_stored(countries):
    """Migration 0006 applied to a database holding extracted articles (the shipped samples)."""
    call_command("ingest", "relations/samples", verbosity=0)
    before = pair_counts.live_counts(EventPair)
    assert len(before["month"]) > 3
    executor = MigrationExecutor(connection)
    executor.migrate([("relations", "0005_timeline_indexes")])
    executor = MigrationExecutor(connection)  # a fresh graph, as `migrate` would have
    executor.migrate(executor.loader.graph.leaf_nodes("relations"))
    assert differences() == []
    assert pair_counts.stored_counts(PairMonth, PairYear, PairTotal) == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [{}, {"type": "visit"}, {"status": "planned"}, {"quad": "conflict"}, {"start": "2019-04", "end": "2019"},
     {"start": "2018", "order": "desc"}, {"start": "2019-04-10"}, {"q": "meet"}, {"min_sources": "2"}],
)  # fmt: skip
def test_the_chart_from_counts_equals_the_chart_from_events(query):
    from relations.charts import timeline_chart, tone_counts
    from relations.forms import TimelineFilterForm
    from relations.models import Country
    from relations.queries import pair_events
    from relations.views import chart_counts

    for index, when in enumerate(["2018", "2018-06-01", "2019-04", "2019-04-20", "2019-09-12", "2020-01"]):
        article = make_article()
        save_extraction(
            article,
            extraction(
                toned(extracted_event(when, type=["visit", "meeting"][index % 2]), index % 5),
                extracted_event(when, status="planned", type="visit", start=80),
            ),
        )
    first, second = Country.objects.get(code="IL"), Country.objects.get(code="RU")
    form = TimelineFilterForm(query)
    events = pair_events(first, second, form)
    link = str
    assert timeline_chart(chart_counts(first, second, form), link) == timeline_chart(
        tone_counts(events), link
    )
