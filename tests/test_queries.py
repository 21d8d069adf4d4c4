"""The shared lookups (relations/queries.py): a pair and its events, an event's mentions, an
article's events, the queue; each a bounded number of queries, as the pages that use them."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from relations import queries
from relations.forms import TimelineFilterForm
from relations.merge import save_extraction
from relations.models import Article, Country, Event
from tests.factories import extracted_event, extraction, make_article, toned

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    article = make_article(url="https://example.org/one")
    save_extraction(
        article,
        extraction(
            toned(extracted_event("2019-09-12", title="Leaders meet in Sochi"), 1),
            toned(extracted_event("2018", type="military_incident", title="Plane downed", start=100), 4),
            extracted_event("2020", type="visit", status="planned", title="Putin to visit Israel", start=200),
        ),
    )
    return article


def test_a_pair_by_either_code_comes_in_code_order_in_one_query(django_assert_num_queries):
    with django_assert_num_queries(1):
        first, second = queries.find_pair("rus", "IL")
    assert (first.code, second.code) == ("IL", "RU")
    israel, russia = Country.objects.get(code="IL"), Country.objects.get(code="RU")
    assert queries.in_code_order(russia, israel) == (israel, russia)


@pytest.mark.parametrize(
    ("a", "b", "message"),
    [("ru", "zz", "No country with code 'ZZ'."), ("ru", "RUS", "A timeline needs two different countries.")],
)
def test_what_is_no_pair_says_why(a, b, message):
    with pytest.raises(queries.NotAPair, match=message):
        queries.find_pair(a, b)


def test_a_pairs_events_filtered_and_in_date_order(article, django_assert_num_queries):
    first, second = queries.find_pair("il", "ru")
    with django_assert_num_queries(1):
        titles = [e.title for e in queries.in_date_order(queries.pair_events(first, second))]
    assert titles == ["Plane downed", "Leaders meet in Sochi", "Putin to visit Israel"]
    form = TimelineFilterForm({"quad": "coop", "order": "desc"})
    events = queries.in_date_order(queries.pair_events(first, second, form), form.descending)
    assert [e.title for e in events] == ["Leaders meet in Sochi"]


def test_an_articles_events_and_an_events_mentions_are_one_query_each(article, django_assert_num_queries):
    with django_assert_num_queries(1):
        events = list(queries.article_events(article))
    assert [e.title for e in events] == ["Plane downed", "Leaders meet in Sochi", "Putin to visit Israel"]
    with django_assert_num_queries(1):
        mentions = list(queries.event_mentions(events[0]))
        assert [m.article.url for m in mentions] == ["https://example.org/one"]


def test_requeue_clears_the_error_and_queues_each_article_once_committed(django_capture_on_commit_callbacks):
    failed = [make_article(status="failed", error="boom") for _ in range(2)]
    with django_capture_on_commit_callbacks() as callbacks:
        queries.requeue([a.pk for a in failed])
    assert len(callbacks) == 2
    assert set(Article.objects.values_list("status", "error")) == {("pending", "")}


def test_the_timeline_command_prints_the_pair_in_date_order(article):
    out = StringIO()
    call_command("timeline", "Israel", "RU", stdout=out)
    assert out.getvalue().splitlines() == [
        "2018       military_incident happened  Plane downed",
        f"{'':10}   https://example.org/one",
        "2019-09-12 meeting           happened  Leaders meet in Sochi",
        f"{'':10}   https://example.org/one",
        "2020       visit             planned   (not confirmed) Putin to visit Israel",
        f"{'':10}   https://example.org/one",
    ]
    out = StringIO()
    call_command("timeline", "IL", "RU", "--json", stdout=out)
    entries = json.loads(out.getvalue())
    titles = dict(Event.objects.values_list("pk", "title"))
    linked = [(e["title"], f"/events/{e['id']}/") for e in entries]
    assert [(titles[e["id"]], e["path"]) for e in entries] == linked
    assert [e["title"] for e in entries] == ["Plane downed", "Leaders meet in Sochi", "Putin to visit Israel"]
    assert entries[0]["date"] == "2018" and entries[0]["sources"] == ["https://example.org/one"]
    out = StringIO()
    call_command("timeline", "gb", "us", stdout=out)
    assert out.getvalue().strip() == "No events recorded between United Kingdom and United States yet."
    for a, b, message in [
        ("ru", "RUS", "two different"),
        ("xx", "ru", "Unknown country: xx"),
        ("Isreal", "ru", r"Unknown country: Isreal\. Did you mean Israel\? Use an ISO code or a name\."),
        ("Congo", "ru", r"Which Congo do you mean: .*\(CD\) or .*\(CG\)\?"),
    ]:
        with pytest.raises(CommandError, match=message):
            call_command("timeline", a, b)


def test_an_events_mentions_come_earliest_written_first():
    later, earlier = (
        make_article(url="https://example.org/later"),
        make_article(url="https://example.org/earlier"),
    )
    save_extraction(later, extraction(extracted_event("2019-09-12"), reference=date(2019, 9, 14)))
    save_extraction(earlier, extraction(extracted_event("2019-09-12"), reference=date(2019, 9, 12)))
    event = Event.objects.get()
    assert [m.article.url for m in queries.event_mentions(event)] == [earlier.url, later.url]
