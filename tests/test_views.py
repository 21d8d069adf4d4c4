"""The pages: pairs, a pair's timeline (full page and HTMX fragment), event and article pages."""

import pytest

from relations.merge import save_extraction
from relations.models import Event
from tests.factories import extracted_event, extraction, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def russia_israel():
    article = make_article(title="Leaders meet", url="https://example.org/sochi")
    save_extraction(
        article,
        extraction(
            extracted_event("2019-09-12", title="Netanyahu meets Putin in Sochi"),
            extracted_event("2019-04", type="visit", title="Netanyahu visits Moscow", start=100),
            extracted_event("2018", type="military_incident", title="Plane downed over Syria", start=200),
            extracted_event("2020", type="visit", status="planned", title="Putin to visit Israel", start=300),
        ),
    )
    return article


def titles(html: str) -> list[str]:
    import re

    return re.findall(r'<h3><a href="/events/\d+/">([^<]+)</a></h3>', html)


def test_home_lists_pairs_with_counts(client, russia_israel, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        response = client.get("/")
    assert response.status_code == 200
    assert b"Israel \xe2\x80\x93 Russian Federation" in response.content or b"Israel" in response.content
    assert b'href="/timelines/il/ru/"' in response.content


def test_timeline_in_date_order(client, russia_israel, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        response = client.get("/timelines/il/ru/")
    html = response.content.decode()
    assert titles(html) == [
        "Plane downed over Syria",
        "Netanyahu visits Moscow",
        "Netanyahu meets Putin in Sochi",
        "Putin to visit Israel",
    ]
    assert "April 2019" in html and "12 September 2019" in html and ">2018<" in html
    assert "<html" in html


def test_any_order_and_case_redirects_to_the_canonical_url(client, russia_israel):
    for path in ("/timelines/RU/IL/", "/timelines/rus/isr/", "/timelines/Il/Ru/"):
        response = client.get(path + "?type=visit")
        assert response.status_code == 301
        assert response["Location"] == "/timelines/il/ru/?type=visit"


def test_unknown_or_same_country_is_404(client, russia_israel):
    assert client.get("/timelines/il/zz/").status_code == 404
    assert client.get("/timelines/il/il/").status_code == 404


def test_htmx_request_gets_only_the_list(client, russia_israel):
    response = client.get("/timelines/il/ru/", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="event-list"')
    assert "<html" not in html
    assert "HX-Request" in response["Vary"]


def test_history_restore_gets_the_full_page(client, russia_israel):
    headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
    assert "<html" in client.get("/timelines/il/ru/", headers=headers).content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=visit", ["Netanyahu visits Moscow", "Putin to visit Israel"]),
        ("status=planned", ["Putin to visit Israel"]),
        ("year_from=2019&year_to=2019", ["Netanyahu visits Moscow", "Netanyahu meets Putin in Sochi"]),
        ("year_from=abc&type=military_incident", ["Plane downed over Syria"]),
    ],
)
def test_filters_work_as_a_plain_get_form(client, russia_israel, query, expected):
    assert titles(client.get(f"/timelines/il/ru/?{query}").content.decode()) == expected


def test_pick_pair_by_name_or_code(client, russia_israel):
    response = client.get("/timelines/", {"a": "Israel", "b": "RU"})
    assert response.status_code == 302 and response["Location"] == "/timelines/il/ru/"
    response = client.get("/timelines/", {"a": "Atlantis", "b": "RU"})
    assert response.status_code == 400 and b"Unknown country: Atlantis" in response.content


def test_event_page_shows_sources(client, russia_israel, django_assert_max_num_queries):
    event = Event.objects.get(type="meeting")
    with django_assert_max_num_queries(4):
        response = client.get(f"/events/{event.pk}/")
    assert b"Netanyahu meets Putin in Sochi (2019-09-12)." in response.content
    assert b"https://example.org/sochi" in response.content


def test_article_page(client, russia_israel, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        response = client.get(f"/articles/{russia_israel.pk}/")
    assert response.status_code == 200
    assert b"the page date" in response.content


def test_article_and_event_text_is_escaped(client):
    article = make_article(text="<script>alert('x')</script> Sochi talks were held today in the resort.")
    save_extraction(article, extraction(extracted_event("2019-09-12", title="<img src=x onerror=alert(1)>")))
    event = Event.objects.get()
    for path in (f"/articles/{article.pk}/", f"/events/{event.pk}/", "/timelines/il/ru/"):
        html = client.get(path).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html
