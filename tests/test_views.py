"""The pages: pairs, a pair's timeline (full page and HTMX fragments), event and article pages,
exports and the read-only API. Every page has a bound on its queries that does not grow with
the amount of data or the page size."""

import csv
import io
import json
import re
from datetime import date
from html import unescape

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from relations import views
from relations.exports import fold, ics_text
from relations.ingest import record_refusal
from relations.merge import save_extraction
from relations.models import Article, Event
from relations.sources import Refused
from relations.templatetags.highlight import TEXT_SHOWN
from tests.factories import extracted_event, extraction, make_article, toned

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


@pytest.fixture
def russia_israel():
    article = make_article(
        title="Leaders meet",
        url="https://example.org/sochi",
        text="Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in Sochi "
        "on 12 September 2019.\n\nThey last met in April in Moscow.",
    )
    save_extraction(
        article,
        extraction(
            toned(extracted_event("2019-09-12", title="Netanyahu meets Putin in Sochi"), 1),
            toned(extracted_event("2019-04", type="visit", title="Netanyahu visits Moscow", start=100), 2),
            toned(
                extracted_event("2018", type="military_incident", title="Plane downed over Syria", start=200),
                4,
            ),
            extracted_event("2020", type="visit", status="planned", title="Putin to visit Israel", start=300),
        ),
    )
    return article


@pytest.fixture
def many_events():
    """Sixty events of one pair across five years, two articles each for the even ones."""
    first, second = make_article(), make_article()
    events = [
        toned(
            extracted_event(f"{2015 + i // 12}-{i % 12 + 1:02d}-15", title=f"Talks {i:02d}", start=i * 10),
            1 + i % 4,
        )
        for i in range(60)
    ]
    save_extraction(first, extraction(*events))
    save_extraction(second, extraction(*events[::2]))
    return events


def titles(html: str) -> list[str]:
    return re.findall(r'<h4 class="event-title"><a href="/events/\d+/" dir="auto">([^<]+)</a></h4>', html)


# --- home -----------------------------------------------------------------------------------


def test_home_lists_pairs_with_counts_sparklines_and_recent_events(client, russia_israel):
    html = client.get("/").content.decode()
    assert 'href="/timelines/il/ru/"' in html
    assert '<td class="num">4</td>' in html
    assert '<svg class="sparkline"' in html and "Events per year 2018–2020; busiest year 2019 with 2" in html
    recent = html.split("Recent events")[1]
    assert (
        "Netanyahu meets Putin in Sochi" in recent and "Putin to visit Israel" not in recent
    )  # planned: not recent


def test_home_queries_do_not_grow_with_pairs(
    client, russia_israel, many_events, django_assert_max_num_queries
):
    save_extraction(
        make_article(), extraction(extracted_event("2017", countries=("CN", "IN"), title="Border"))
    )
    with django_assert_max_num_queries(4):
        response = client.get("/")
    assert response.status_code == 200 and 'href="/timelines/cn/in/"' in response.content.decode()


def test_type_ahead_matches_names_codes_and_aliases(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        html = client.get("/countries/options", {"a": "isr"}, headers=HTMX).content.decode()
    assert '<option value="Israel">IL · ISR</option>' in html and "<html" not in html
    assert "Russia" in client.get("/countries/options", {"b": "RU"}).content.decode()
    assert client.get("/countries/options", {"a": ""}).content.decode().strip() == ""
    assert "&lt;" not in client.get("/countries/options", {"a": "<script>"}).content.decode()


def option_names(client, text: str) -> list[str]:
    html = client.get("/countries/options", {"a": text}, headers=HTMX).content.decode()
    return re.findall(r'<option value="([^"]+)">', html)


def test_type_ahead_ranks_code_then_name_then_word_then_the_rest(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        names = option_names(client, "Is")
    assert names[:2] == ["Iceland", "Israel"]  # IS is Iceland, then names that start so
    assert {"Marshall Islands", "Solomon Islands"} <= set(names[2:]) and len(names) == 12  # word starts
    assert option_names(client, "ru")[0] == "Russia"
    assert option_names(client, "Russia")[0] == "Russia"  # not Belarus, whose alias holds "russia"
    assert option_names(client, "UK")[0] == "United Kingdom"  # an alias typed whole
    assert option_names(client, "bis")[0] == "Guinea-Bissau"  # a word after a hyphen
    assert option_names(client, "Kremlin") == ["Russia"]  # an alias
    assert option_names(client, "%") == option_names(client, "_") == []


@pytest.mark.parametrize(
    ("typed", "country"),
    [
        ("Rusia", "Russia"),
        ("Isreal", "Israel"),
        ("Germny", "Germany"),
        ("Frnace", "France"),
        ("Untied States", "United States"),
        ("Ukriane", "Ukraine"),
    ],
)
def test_a_misspelt_name_is_offered_its_country(client, typed, country, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):  # the names spelt close to it are the knowledge's
        assert option_names(client, typed)[0] == country
    response = client.get("/timelines/", {"a": typed, "b": "JP"})
    assert response.status_code == 400
    assert f"Unknown country: {typed}. Did you mean {country}?</p>" in response.content.decode()


def test_a_close_spelling_ranks_after_the_name_and_before_the_middle_of_names(client):
    assert option_names(client, "Mali")[:2] == ["Mali", "Malawi"]  # then Somalia, which holds "mali"
    assert option_names(client, "ML")[0] == "Mali"
    assert option_names(client, "Rusia")[:2] == ["Russia", "Belarus"]  # Belarus: its alias "Belarusian"
    assert option_names(client, "Narnia") == []  # close to no name ("Armenia" is not close enough)
    response = client.get("/timelines/", {"a": "Narnia", "b": "JP"})
    assert "Unknown country: Narnia.</p>" in response.content.decode()


def test_pick_pair_by_name_or_code(client, russia_israel):
    response = client.get("/timelines/", {"a": "Israel", "b": "RU"})
    assert response.status_code == 302 and response["Location"] == "/timelines/il/ru/"
    response = client.get("/timelines/", {"a": "Atlantis", "b": "RU"})
    assert response.status_code == 400 and b"Unknown country: Atlantis." in response.content
    assert b'value="Atlantis"' in response.content and b'value="RU"' in response.content  # kept to correct
    response = client.get("/timelines/", {"a": "Korea", "b": "Japan"})
    assert "Did you mean North Korea or South Korea?" in response.content.decode()
    response = client.get("/timelines/", {"a": "<b>x</b>", "b": "RU"})
    assert b"<b>x</b>" not in response.content and b"&lt;b&gt;x&lt;/b&gt;" in response.content


def test_a_curled_apostrophe_names_the_country_as_a_straight_one_does(client):
    response = client.get("/timelines/", {"a": "Côte d’Ivoire", "b": "France"})  # as phones type it
    assert response.status_code == 302 and response["Location"] == "/timelines/ci/fr/"
    assert option_names(client, "Côte d’Iv")[0] == "Ivory Coast"  # by its alias


@pytest.mark.parametrize(
    ("a", "b", "error"),
    [
        ("", "", "Choose two countries."),
        ("  ", "", "Choose two countries."),
        ("Israel", "", "Choose a second country."),
        ("", "Atlantis", "Unknown country: Atlantis. Choose the first country."),
        ("", "Russia", "Choose the first country."),
        ("Atlantis", "Lilliput", "Unknown country: Atlantis. Unknown country: Lilliput."),
        ("Israel", "IL", "Pick two different countries."),
    ],
)
def test_pick_pair_says_what_is_missing(client, a, b, error):
    response = client.get("/timelines/", {"a": a, "b": b})
    assert response.status_code == 400
    assert f'<p class="error" role="alert">{error}</p>' in response.content.decode()


def test_pick_pair_asks_which_country_a_name_that_fits_several_means(client):
    response = client.get("/timelines/", {"a": "Congo", "b": "RU"})  # the Republic's name, and the DRC's
    html = response.content.decode()
    assert response.status_code == 200 and 'value="Congo"' in html  # the form, kept to correct
    assert (
        '<p class="error" role="alert">Which Congo do you mean: Democratic Republic of the Congo (CD) '
        "or Republic of the Congo (CG)?</p>"
    ) in html
    for a, code in [("Republic of the Congo", "cg"), ("DR Congo", "cd"), ("COG", "cg"), ("Georgia", "ge")]:
        response = client.get("/timelines/", {"a": a, "b": "RU"})  # one country each, as before
        assert response["Location"] == f"/timelines/{code}/ru/"
    response = client.get("/timelines/", {"a": "Congo", "b": "Atlantis"})
    assert response.status_code == 400 and "Which Congo do you mean" in response.content.decode()


def test_pages_link_the_site_icon_and_favicon_ico_leads_to_it(client):
    from xml.etree import ElementTree

    from django.contrib.staticfiles import finders

    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
    response = client.get("/favicon.ico")  # asked for by browsers where no page names an icon
    assert (response.status_code, response["Location"]) == (302, "/static/favicon.svg")
    icon = ElementTree.parse(finders.find("favicon.svg")).getroot()
    assert icon.tag == "{http://www.w3.org/2000/svg}svg" and icon.get("viewBox") == "0 0 32 32"


# --- timeline -------------------------------------------------------------------------------


def test_timeline_in_date_order_grouped_by_year_and_month(
    client, russia_israel, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        response = client.get("/timelines/il/ru/")
    html = response.content.decode()
    assert titles(html) == [
        "Plane downed over Syria",
        "Netanyahu visits Moscow",
        "Netanyahu meets Putin in Sochi",
        "Putin to visit Israel",
    ]
    assert "April 2019" in html and "12 September 2019" in html and ">2018</time>" in html
    assert re.findall(r'<h2 class="year">(\d+)</h2>', html) == ["2018", "2019", "2020"]
    assert re.findall(r'<h3 class="month">([^<]+)</h3>', html) == [
        "2018, month not known",
        "April 2019",
        "September 2019",
        "2020, month not known",
    ]
    assert '<time datetime="2019-04">April 2019</time>' in html


def test_tone_and_planned_are_said_in_words_not_only_colour(client, russia_israel):
    html = client.get("/timelines/il/ru/").content.decode()
    assert "▲ verbal cooperation" in html and "▼ material conflict" in html
    assert "◷ planned — not confirmed" in html  # planned for 2020, never reported done
    assert 'class="event status-planned unconfirmed quad-0"' in html
    Event.objects.filter(date__year=2020).update(status="postponed")
    html = client.get("/timelines/il/ru/").content.decode()
    assert "↷ postponed" in html  # a mark every common font draws


def test_any_order_and_case_redirects_to_the_canonical_url(client, russia_israel):
    for path in ("/timelines/RU/IL/", "/timelines/rus/isr/", "/timelines/Il/Ru/"):
        response = client.get(path + "?type=visit")
        assert response.status_code == 301
        assert response["Location"] == "/timelines/il/ru/?type=visit"


def test_unknown_or_same_country_is_404(client, russia_israel):
    assert client.get("/timelines/il/zz/").status_code == 404
    assert client.get("/timelines/il/il/").status_code == 404
    assert client.get("/timelines/il/isr/").status_code == 404


def test_htmx_request_gets_chart_and_list_and_a_clean_url_to_push(client, russia_israel):
    response = client.get("/timelines/il/ru/?type=visit&status=&q=&order=", headers=HTMX)
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="results"')
    assert "<html" not in html and "<form" not in html and "<svg" in html
    assert titles(html) == ["Netanyahu visits Moscow", "Putin to visit Israel"]
    assert response["HX-Push-Url"] == "/timelines/il/ru/?type=visit"
    assert "HX-Request" in response["Vary"]
    assert client.get("/timelines/il/ru/?type=", headers=HTMX)["HX-Push-Url"] == "/timelines/il/ru/"


def test_filters_that_leave_the_url_as_it_is_push_no_history_entry(
    client, russia_israel, django_assert_max_num_queries
):
    """An invalid value is ignored: the URL shown stays, and Back must not have to pass it twice."""
    headers = {**HTMX, "HX-Current-URL": "http://testserver/timelines/il/ru/?type=visit"}
    with django_assert_max_num_queries(3):  # the pair, the chart, the page
        response = client.get("/timelines/il/ru/?type=visit&start=2019-13", headers=headers)
    assert "There is no such date as 2019-13" in response.content.decode()
    assert "HX-Push-Url" not in response
    moved = client.get("/timelines/il/ru/?type=meeting", headers=headers)
    assert moved["HX-Push-Url"] == "/timelines/il/ru/?type=meeting"


def test_history_restore_gets_the_full_page(client, russia_israel):
    headers = {**HTMX, "HX-History-Restore-Request": "true"}
    assert "<html" in client.get("/timelines/il/ru/", headers=headers).content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=visit", ["Netanyahu visits Moscow", "Putin to visit Israel"]),
        ("status=planned", ["Putin to visit Israel"]),
        ("status=unconfirmed", ["Putin to visit Israel"]),
        ("status=cancelled", []),
        ("quad=coop", ["Netanyahu visits Moscow", "Netanyahu meets Putin in Sochi"]),
        ("quad=conflict", ["Plane downed over Syria"]),
        ("quad=2", ["Netanyahu visits Moscow"]),
        ("start=2019&end=2019", ["Netanyahu visits Moscow", "Netanyahu meets Putin in Sochi"]),
        ("start=2019-05", ["Netanyahu meets Putin in Sochi", "Putin to visit Israel"]),
        # an event known only to a month or a year that holds the day or month is kept
        ("start=2019-04-17&end=2019", ["Netanyahu visits Moscow", "Netanyahu meets Putin in Sochi"]),
        ("start=2018-06-01&end=2019-04-30", ["Plane downed over Syria", "Netanyahu visits Moscow"]),
        ("end=2019-04-30", ["Plane downed over Syria", "Netanyahu visits Moscow"]),
        ("q=sochi", ["Netanyahu meets Putin in Sochi"]),
        ("q=netanyahu+moscow", ["Netanyahu visits Moscow"]),
        ("order=desc&type=visit", ["Putin to visit Israel", "Netanyahu visits Moscow"]),
        ("start=abc&type=military_incident", ["Plane downed over Syria"]),
        ("quad=9&min_sources=x&type=military_incident", ["Plane downed over Syria"]),
    ],
)
def test_filters_work_as_a_plain_get_form(client, russia_israel, query, expected):
    assert titles(client.get(f"/timelines/il/ru/?{query}").content.decode()) == expected


def test_invalid_filter_is_shown_and_ignored(client, russia_israel):
    html = client.get("/timelines/il/ru/?start=April").content.decode()
    assert "Enter a year, a month or a day" in html and len(titles(html)) == 4


def swapped_errors(html: str) -> dict[str, str]:
    """Each field's error sent out of band: field name → text ('' when the field is valid)."""
    found = re.findall(
        r'<span class="field-error" id="id_(\w+)_error" role="alert" hx-swap-oob="innerHTML">([^<]*)</span>',
        html,
    )
    return dict(found)


@pytest.mark.parametrize(
    ("query", "field", "error"),
    [
        ("start=2019-x", "start", "Enter a year, a month or a day: 2019, 2019-04 or 2019-04-17. Ignored."),
        ("start=2019-02-30", "start", "There is no such date as 2019-02-30. Ignored."),
        ("min_sources=abc", "min_sources", "Enter a whole number. Ignored."),
        ("start=2019&end=2016", "end", "“To” is before “From”. Ignored."),
    ],
)
def test_htmx_request_with_an_invalid_filter_gets_the_error_too(client, russia_israel, query, field, error):
    html = client.get(f"/timelines/il/ru/?{query}", headers=HTMX).content.decode()
    assert html.lstrip().startswith('<div id="results"') and "<form" not in html
    errors = swapped_errors(html)
    assert set(errors) == {"q", "type", "status", "quad", "start", "end", "min_sources", "reviewed", "order"}
    assert errors[field] == error
    assert all(text == "" for name, text in errors.items() if name != field)
    assert "hx-swap-oob" not in client.get(f"/timelines/il/ru/?{query}").content.decode()  # no JavaScript


def test_a_rejected_value_quoted_in_an_error_is_escaped(client, russia_israel):
    for headers in ({}, HTMX):
        html = client.get("/timelines/il/ru/", {"quad": "<img src=x>"}, headers=headers).content.decode()
        assert "<img src=x>" not in html and "&lt;img src=x&gt; is not one of the available choices" in html


def test_htmx_request_with_valid_filters_clears_the_errors(client, russia_israel):
    html = client.get("/timelines/il/ru/?start=2019", headers=HTMX).content.decode()
    assert swapped_errors(html)["start"] == "" and set(swapped_errors(html).values()) == {""}
    assert len(titles(html)) == 3


def test_minimum_sources_and_reviewed_only(client, russia_israel):
    second = make_article(url="https://example.org/second")
    save_extraction(second, extraction(extracted_event("2019-09-12", title="Netanyahu meets Putin in Sochi")))
    assert titles(client.get("/timelines/il/ru/?min_sources=2").content.decode()) == [
        "Netanyahu meets Putin in Sochi"
    ]
    assert titles(client.get("/timelines/il/ru/?reviewed=on").content.decode()) == []
    Event.objects.filter(type="military_incident").update(locked=True)
    html = client.get("/timelines/il/ru/?reviewed=on").content.decode()
    assert titles(html) == ["Plane downed over Syria"] and "✓ reviewed" in html
    assert re.search(r'<input type="checkbox" name="reviewed"[^>]* checked>', html)


def test_pages_of_events_follow_a_cursor_both_ways(client, many_events, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 25)
    html = client.get("/timelines/il/ru/").content.decode()
    assert titles(html) == [f"Talks {i:02d}" for i in range(25)]
    assert 'hx-trigger="revealed, click"' in html and "Earlier page" not in html
    page2 = client.get(next_link(html)).content.decode()
    assert titles(page2) == [f"Talks {i:02d}" for i in range(25, 50)]
    page3 = client.get(next_link(page2)).content.decode()
    assert titles(page3) == [f"Talks {i:02d}" for i in range(50, 60)]
    assert "next-page" not in page3
    back = client.get(previous_link(page3)).content.decode()  # the way back, without JavaScript
    assert titles(back) == titles(page2)
    first = client.get(previous_link(back)).content.decode()
    assert titles(first) == [f"Talks {i:02d}" for i in range(25)] and "Earlier page" not in first


def test_a_page_is_the_same_however_deep(client, many_events, monkeypatch, django_assert_max_num_queries):
    monkeypatch.setattr(views, "PAGE_SIZE", 10)
    event = Event.objects.get(title="Talks 41")
    with django_assert_max_num_queries(2):
        html = client.get(
            f"/timelines/il/ru/?after={event.date}.{event.pk}", headers={**HTMX, "HX-Target": "next-page"}
        ).content.decode()
    assert titles(html) == [f"Talks {i:02d}" for i in range(42, 52)]


def test_a_cursor_past_the_end_or_malformed(client, many_events):
    html = client.get("/timelines/il/ru/?after=2099-01-01.1").content.decode()
    assert titles(html) == [] and "No more events this way" in html and "Back to the first page" in html
    html = client.get("/timelines/il/ru/?after=yesterday&before=1.x").content.decode()
    assert len(titles(html)) == 50  # not understood: the first page


@pytest.mark.parametrize(
    "value",
    [
        "garbage",
        "2019-02-30.1",
        "2019-01-01." + "9" * 30,
        "x" * 5000,
        "٢٠١٩-٠١-٠١.١",
        "<script>alert(1)</script>",
    ],
    ids=["garbage", "no such day", "no such id", "very long", "non-ASCII digits", "markup"],
)
def test_a_page_link_not_understood_shows_the_first_page_and_says_so(client, many_events, value):
    notice = '<p class="notice" role="status">That page link was not understood: this is the first page.</p>'
    for name in ("after", "before"):
        for headers in ({}, HTMX, {**HTMX, "HX-Target": "next-page"}):  # the page, new filters, scrolling
            response = client.get("/timelines/il/ru/", {name: value}, headers=headers)
            html = response.content.decode()
            assert response.status_code == 200 and notice in html and "<script>alert" not in html
            assert titles(html) == [f"Talks {i:02d}" for i in range(50)]
    event = Event.objects.get(title="Talks 41")
    for understood in ("", f"{event.date}.{event.pk}", "2099-01-01.1"):  # none, or a page link as made
        assert "not understood" not in client.get(f"/timelines/il/ru/?after={understood}").content.decode()


def test_a_range_that_ends_before_it_starts_says_so(client, many_events):
    html = client.get("/timelines/il/ru/?start=2019&end=2016").content.decode()
    assert "“To” is before “From”. Ignored." in html  # and the list runs from 2019 on
    assert titles(html) == [f"Talks {i:02d}" for i in range(48, 60)]


def test_next_page_fragment_continues_the_headings(client, many_events, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 13)  # page 2 starts in the middle of 2016
    first = client.get("/timelines/il/ru/?type=meeting").content.decode()
    response = client.get(next_link(first), headers={**HTMX, "HX-Target": "next-page"})
    html = response.content.decode()
    assert not html.lstrip().startswith("<div") and "<svg" not in html
    assert titles(html)[0] == "Talks 13"
    assert '<h2 class="year">' not in html.split("Talks 13")[0]  # 2016 was opened on page 1
    assert '<h3 class="month">February 2016</h3>' in html
    assert "data-page-start" in html and "type=meeting&amp;after=" in next_link(html, raw=True)


def test_descending_pages(client, many_events, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 10)
    first = client.get("/timelines/il/ru/?order=desc").content.decode()
    assert titles(first) == [f"Talks {i:02d}" for i in range(59, 49, -1)]
    html = client.get(next_link(first)).content.decode()
    assert titles(html) == [f"Talks {i:02d}" for i in range(49, 39, -1)]
    assert titles(client.get(previous_link(html)).content.decode()) == titles(first)


def next_link(html: str, raw: bool = False) -> str:
    link = re.search(r'id="next-page" class="next-page" href="([^"]+)"', html).group(1)
    return link if raw else unescape(link)


def previous_link(html: str) -> str:
    return unescape(re.search(r'<p class="paging"><a href="([^"]+)">', html).group(1))


@pytest.mark.parametrize("page_size", [5, 50])
def test_timeline_queries_do_not_depend_on_page_size(
    client, many_events, monkeypatch, page_size, django_assert_max_num_queries
):
    monkeypatch.setattr(views, "PAGE_SIZE", page_size)
    query = "q=talks&min_sources=1&quad=coop&start=2015&end=2020-06&order=desc"
    with django_assert_max_num_queries(3):  # the pair, the chart, the page
        assert client.get(f"/timelines/il/ru/?{query}").status_code == 200
    with django_assert_max_num_queries(3):
        assert client.get(f"/timelines/il/ru/?{query}", headers=HTMX).status_code == 200
    with django_assert_max_num_queries(2):  # the pair, the page
        client.get(
            f"/timelines/il/ru/?{query}&after=2016-01-01.1", headers={**HTMX, "HX-Target": "next-page"}
        )


def test_chart_per_year_with_links_that_filter_the_year(client, many_events):
    html = client.get("/timelines/il/ru/?type=meeting").content.decode()
    assert "per year" in html
    bars = re.findall(r'<a href="([^"]+)" class="bar"\s+aria-label="([^"]+)"', html)
    assert [label.split(":")[0] for _href, label in bars] == ["2015", "2016", "2017", "2018", "2019"]
    assert bars[0][0] == "/timelines/il/ru/?type=meeting&amp;start=2015&amp;end=2015"
    assert bars[0][1].startswith("2015: 6 cooperation, 6 conflict, 0 unclassified")


def test_chart_per_month_when_the_range_is_short(client, russia_israel):
    assert "per year" in client.get("/timelines/il/ru/").content.decode()  # 2018 to 2020
    html = client.get("/timelines/il/ru/?start=2019&end=2020").content.decode()
    assert "per month" in html
    bars = re.findall(r'class="bar"\s+aria-label="([^":]+):', html)
    assert bars[0] == "April 2019" and bars[-1] == "September 2019" and len(bars) == 6
    assert "Apr ’19" in html  # an axis label that reads as no day of April
    assert "1 event known only to the year is not drawn per month" in html
    assert 'href="/timelines/il/ru/?start=2019-04&amp;end=2019-04"' in html


def test_no_chart_without_events(client, russia_israel):
    html = client.get("/timelines/il/ru/?q=nothing-like-this").content.decode()
    assert "<svg" not in html and "No events match these filters." in html
    assert "Download" not in html  # no empty exports offered


@pytest.mark.parametrize("query", ["", "?order=desc", "?start=someday"], ids=["none", "order", "invalid"])
def test_a_pair_without_events_says_so_when_no_filter_is_set(client, russia_israel, query):
    """An order, or a filter ignored as invalid, narrows nothing: the pair has no events at all."""
    html = client.get(f"/timelines/fr/pe/{query}").content.decode()
    assert '<p class="empty">No events recorded between France and Peru yet.</p>' in html
    assert "No events match" not in html
    fragment = client.get(f"/timelines/fr/pe/{query}", headers=HTMX).content.decode()
    assert "No events recorded between France and Peru yet." in fragment


def test_a_pair_without_events_says_none_match_when_a_filter_is_set(client, russia_israel):
    html = client.get("/timelines/fr/pe/?type=visit").content.decode()
    assert '<p class="empty">No events match these filters.</p>' in html


# --- event ----------------------------------------------------------------------------------


def test_event_page_shows_sources_with_highlights(client, russia_israel, django_assert_max_num_queries):
    event = Event.objects.get(type="meeting")
    with django_assert_max_num_queries(4):  # the event, its sentences, its sources' reports, countries
        response = client.get(f"/events/{event.pk}/")
    html = response.content.decode()
    assert "https://example.org/sochi" in html and "the page date" in html
    assert "Date kept: 12 September 2019, the date the one report of it happening gives." in html
    assert '<mark class="hl hl-date" title="date: 2019-09-12">2019-09-12</mark>' in html
    assert '<h3 class="source-title">' in html and "Edit or lock" not in html


def test_event_page_links_back_to_the_timeline_and_to_each_source(client, russia_israel):
    second = make_article(
        title="Talks <i>again</i>", outlet="Baltic <b>Wire</b>", url="https://example.org/again"
    )
    save_extraction(second, extraction(extracted_event("2019-09-12", title="Netanyahu meets Putin in Sochi")))
    third = make_article(title="No address", url="javascript:alert(1)")
    save_extraction(third, extraction(extracted_event("2019-09-12", title="Netanyahu meets Putin in Sochi")))
    event = Event.objects.get(type="meeting")
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert '<a href="/timelines/il/ru/">← Israel – Russia timeline</a>' in html
    said = html.split("<h2>What the sources said</h2>")[1].split("</table>")[0]
    rows = re.findall(r"<tr><td>(.*?)</td>", said)
    link = '<a href="https://example.org/{0}" rel="noopener noreferrer nofollow">https://example.org/{0}</a>'
    assert rows[0] == (
        f'<a href="/articles/{russia_israel.pk}/" dir="auto">Leaders meet</a><br>'
        f'<span class="meta">{link.format("sochi")}</span>'
    )
    assert rows[1] == (
        f'<a href="/articles/{second.pk}/" dir="auto">Talks &lt;i&gt;again&lt;/i&gt;</a><br>'
        '<span class="meta"><span dir="auto">Baltic &lt;b&gt;Wire&lt;/b&gt;</span> · '
        f"{link.format('again')}</span>"
    )
    assert rows[2] == f'<a href="/articles/{third.pk}/" dir="auto">No address</a>'  # no javascript: link


def test_a_multilateral_event_links_to_each_of_its_timelines(client):
    save_extraction(make_article(), extraction(extracted_event("2020-01-23", countries=("FR", "IL", "RU"))))
    html = client.get(f"/events/{Event.objects.get().pk}/").content.decode()
    links = re.findall(r'<a href="(/timelines/\w+/\w+/)">← ([^<]+) timeline</a>', html)
    assert links == [
        ("/timelines/fr/il/", "France – Israel"),
        ("/timelines/fr/ru/", "France – Russia"),
        ("/timelines/il/ru/", "Israel – Russia"),
    ]


def test_a_pair_is_named_in_the_order_of_its_timeline_url_everywhere(client, admin_client):
    """By code, as the canonical URL has it (/timelines/de/fr/): Germany before France on the
    timeline, the event page, the home page and the admin, whatever order the names sort in."""
    for day, title in (("2021-06-16", "Talks in Paris"), ("2022-02-03", "Talks in Berlin")):
        save_extraction(make_article(), extraction(extracted_event(day, countries=("FR", "DE"), title=title)))
    event = Event.objects.get(title="Talks in Paris")
    response = client.get("/timelines/fr/de/", follow=True)
    assert response.redirect_chain == [("/timelines/de/fr/", 301)]
    assert "<h1>Germany – France</h1>" in response.content.decode()
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert '<a href="/timelines/de/fr/">← Germany – France timeline</a>' in html
    assert "<dt>Countries</dt><dd>Germany, France</dd>" in html
    assert "· Germany – France: <a" in " ".join(client.get("/").content.decode().split())
    listed = admin_client.get("/admin/relations/event/").content.decode()
    assert listed.count('<td class="field-country_names">Germany – France</td>') == 2
    merge = {"action": "merge", "_selected_action": list(Event.objects.values_list("pk", flat=True))}
    confirmation = admin_client.post("/admin/relations/event/", merge).content.decode()
    assert "These 2 events between Germany and France will become one." in confirmation


@pytest.mark.parametrize(
    ("countries", "said", "listed"),
    [
        (["IL"], "it records only one country, Israel,", "<dd>Israel</dd>"),
        ([], "it records no country,", "<dd>none recorded</dd>"),
    ],
    ids=["one country", "none"],
)
def test_an_event_of_fewer_than_two_countries_says_it_is_on_no_timeline(client, countries, said, listed):
    """Older data, from before the admin asked for two countries: the page leads back home and
    says why no timeline holds the event."""
    event = Event.objects.create(date=date(2021, 6, 16), title="Lonely talks")
    event.countries.set(countries)
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert '<nav class="back" aria-label="Site"><a href="/">← Country pairs</a></nav>' in html
    assert "/timelines/" not in html
    assert f"This event is on no timeline: {said} and a timeline is a pair’s." in html
    assert f"<dt>Countries</dt>{listed}" in html
    assert "Add its countries in the admin" not in html
    staff = User.objects.create_user("editor", password="pw-123456-long", is_staff=True)
    client.force_login(staff)
    html = client.get(f"/events/{event.pk}/").content.decode()
    assert f'<a href="/admin/relations/event/{event.pk}/change/">Add its countries in the admin</a>.' in html


def test_event_page_tells_the_plans_life_and_the_clashing_dates(client, django_assert_max_num_queries):
    said = [
        ("2021-03-11", "planned", date(2021, 3, 1)),
        ("2021-03-11", "postponed", date(2021, 3, 5)),
        ("2021-04-15", "planned", date(2021, 3, 20)),
        ("2021-04-15", "happened", date(2021, 4, 16)),
        ("2021-04", "happened", date(2021, 4, 17)),
        ("2021-04-20", "happened", date(2021, 4, 30)),  # a day the others do not give
    ]
    for day, status, written in said:
        article = make_article(title=f"Written {written}")
        save_extraction(
            article, extraction(extracted_event(day, type="visit", status=status), reference=written)
        )
    event = Event.objects.get()
    with django_assert_max_num_queries(4):
        html = client.get(f"/events/{event.pk}/").content.decode()
    assert 'First reported by <span dir="auto">Written 2021-03-01</span> on 1 March 2021.' in html
    story = re.findall(r'<li dir="auto">([^<]+)</li>', html)
    assert [line.split(" ")[0] for line in story] == ["Announced", "Postponed", "Rescheduled", "Happened"]
    assert (
        "Written 2021-03-05</a></td><td>5 March 2021</td><td>postponed</td><td>11 March 2021 (day)</td>"
        in html
    )
    assert (
        "The sources disagree on the date: April 2021 (Written 2021-04-17); "
        "15 April 2021 (Written 2021-04-16); 20 April 2021 (Written 2021-04-30)." in html
    )
    assert "Kept: 15 April 2021, the most precise date that most of the 3 reports of it happening" in html


def test_event_expands_in_place(client, russia_israel, django_assert_max_num_queries):
    event = Event.objects.get(type="meeting")
    with django_assert_max_num_queries(3):
        response = client.get(f"/events/{event.pk}/", headers=HTMX)
    html = response.content.decode()
    assert html.lstrip().startswith('<div class="event-sources">') and "<html" not in html
    assert '<h5 class="source-title">' in html and "HX-Request" in response["Vary"]
    assert (
        f'hx-get="/events/{event.pk}/" hx-trigger="toggle once"'
        in client.get("/timelines/il/ru/").content.decode()
    )


def test_staff_see_the_admin_link(admin_client, russia_israel):
    event = Event.objects.get(type="meeting")
    assert (
        f"/admin/relations/event/{event.pk}/change/"
        in admin_client.get(f"/events/{event.pk}/").content.decode()
    )


def test_mention_actors_are_marked():
    from relations.templatetags.highlight import mention_sentence

    class FakeMention:
        sentence = "Israel and Russia <b>agreed</b> on Tuesday."
        date_text = "on Tuesday"

    html = str(mention_sentence(FakeMention()))
    assert '<mark class="hl hl-country" title="country: IL">Israel</mark>' in html
    assert '<mark class="hl hl-date" title="date: on Tuesday">on Tuesday</mark>' in html
    assert "&lt;b&gt;agreed&lt;/b&gt;" in html


# --- article --------------------------------------------------------------------------------


def test_article_page_marks_dates_and_countries(client, russia_israel, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        response = client.get(f"/articles/{russia_israel.pk}/")
    html = response.content.decode()
    assert "the page date" in html and "Netanyahu meets Putin in Sochi" in html
    assert '<mark class="hl hl-date" title="date: 2019-09-12">12 September 2019</mark>' in html
    assert (
        '<mark class="hl hl-date" title="date: 2019-04">' in html
    )  # "in April", resolved before 12 September
    assert re.search(r'<mark class="hl hl-country" title="country: IL">Israeli</mark>', html)
    assert html.count('<p dir="auto">') == 2
    assert 'hx-trigger="every 2s"' not in html


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"page_date": date(2019, 5, 5)}, "<dd>5 May 2019</dd>"),
        ({"page_stamp": "May 05, <21:30>"}, '<q dir="auto">May 05, &lt;21:30&gt;</q> (no full date)'),
        ({}, "<dd>not given</dd>"),
    ],
)
def test_article_page_shows_the_page_date_or_the_stamp(client, fields, shown):
    article = make_article(**fields)
    assert shown in client.get(f"/articles/{article.pk}/").content.decode()


INGEST_AUTH = {"Authorization": "Bearer test-token"}


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("12 March 2031", "12 March 2031</q> — not used: <span dir=\"auto\">it is later than the day the "
         "article came in ({today})</span>"),
        ("21:30", "21:30</q> — not used: <span dir=\"auto\">it gives a time but no day</span>"),
        ("31 February 2019", "31 February 2019</q> — not used: <span dir=\"auto\">no such day</span>"),
        ("yesterday-ish", "yesterday-ish</q> — not used: <span dir=\"auto\">no date can be read from it"),
        ("May 05, 21:30", "May 05, 21:30</q> (no full date)</dd>"),
    ],
    ids=["after it came in", "a time alone", "no such day", "no date", "no year"],
)  # fmt: skip
def test_article_page_says_why_a_page_date_is_not_used(client, published, shown):
    text = "The presidents of Kenya and Tanzania met in Arusha on Wednesday to discuss trade."
    response = client.post(
        "/api/articles", {"published": published, "text": text}, content_type="application/json",
        headers=INGEST_AUTH,
    )  # fmt: skip
    article = Article.objects.get(pk=response.json()["id"])
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert shown.format(today=timezone.localdate(article.created_at).isoformat()) in html
    assert ("(no full date)" in html) == (published == "May 05, 21:30")


def test_article_page_says_an_editors_page_date_after_the_article_came_in_is_not_used(client):
    article = make_article(page_date=date(2031, 3, 12))
    came_in = timezone.localdate(article.created_at).isoformat()
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert (
        '<dd>12 March 2031 — not used: <span dir="auto">it is later than the day the article came in '
        f"({came_in})</span></dd>"
    ) in html


def test_article_page_shows_its_notes(client):
    article = make_article(notes="decoded as Windows-1252\nthe page date <31 February 2019> is no real day")
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert (
        '<dt>Notes</dt><dd class="notes" dir="auto">decoded as Windows-1252<br>'
        "the page date &lt;31 February 2019&gt; is no real day</dd>"
    ) in html
    assert "<dt>Notes</dt>" not in client.get(f"/articles/{make_article().pk}/").content.decode()


@pytest.mark.parametrize("status", ["pending", "processing"])
def test_article_in_progress_polls_until_done(client, status):
    article = make_article(status=status, title="Fresh")
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert f'hx-get="/articles/{article.pk}/" hx-trigger="every 2s" hx-swap="outerHTML"' in html
    assert "being read" in html
    save_extraction(article, extraction(extracted_event("2019-09-12", title="Done now")))
    response = client.get(f"/articles/{article.pk}/", headers=HTMX)
    fragment = response.content.decode()
    assert fragment.lstrip().startswith('<div id="article-main"') and "<html" not in fragment
    assert "every 2s" not in fragment and "Done now" in fragment


def test_failed_article_shows_the_error_and_staff_can_retry(
    client, admin_client, django_capture_on_commit_callbacks
):
    article = make_article(status="failed", error="extraction error: <boom>")
    html = client.get(f"/articles/{article.pk}/").content.decode()
    assert "extraction error: &lt;boom&gt;" in html and "Retry" not in html
    assert "Retry extraction" in admin_client.get(f"/articles/{article.pk}/").content.decode()
    assert client.post(f"/articles/{article.pk}/retry").status_code == 302  # to the admin login
    assert Article.objects.get().status == "failed"
    assert admin_client.get(f"/articles/{article.pk}/retry").status_code == 405
    with django_capture_on_commit_callbacks() as callbacks:
        response = admin_client.post(f"/articles/{article.pk}/retry")
    assert response.status_code == 302 and response["Location"] == f"/articles/{article.pk}/"
    article.refresh_from_db()
    assert article.status == "pending" and article.error == ""
    assert len(callbacks) == 1


def test_a_refused_input_says_so_and_offers_no_retry(
    client, admin_client, django_capture_on_commit_callbacks
):
    kept = record_refusal(
        Refused("scan.txt", "looks like a binary file"), "digest", "the admin upload"
    ).article
    html = admin_client.get(f"/articles/{kept.pk}/").content.decode()
    assert "This input was refused as it came in: there is no text to read." in html
    assert "looks like a binary file" in html and "refused when it came in through the admin upload" in html
    assert "Retry" not in html and '<h1 dir="auto">scan.txt (refused: looks like a binary file)</h1>' in html
    with django_capture_on_commit_callbacks() as callbacks:
        admin_client.post(f"/articles/{kept.pk}/retry")
    kept.refresh_from_db()
    assert (kept.status, kept.error, callbacks) == ("failed", "looks like a binary file", [])


@pytest.mark.parametrize(
    ("name", "reason"),
    [("empty.txt", "is empty"), ("scan.txt", "looks like a binary file (it contains NUL bytes), not text")],
)
def test_an_input_not_read_shows_no_text_and_no_legend(client, name, reason):
    """Nothing to mark, so no key to the marks: the page says the input was not read, and why."""
    kept = record_refusal(Refused(name, reason), "digest", "the ingest API").article
    html = client.get(f"/articles/{kept.pk}/").content.decode()
    assert "This input was refused as it came in: there is no text to read." in html
    assert f'<pre class="error" dir="auto">{reason}</pre>' in html
    text = html.split("<h2>Text</h2>")[1]
    assert "<p>None: this input was not read — the reason is above.</p>" in text
    assert 'class="legend"' not in html and 'class="article-text"' not in html
    read = client.get(f"/articles/{make_article().pk}/").content.decode()
    assert 'class="legend"' in read and 'class="article-text"' in read


def test_an_article_not_read_says_so_where_its_reference_date_goes(client):
    def written_on(article: Article) -> str:
        html = client.get(f"/articles/{article.pk}/").content.decode()
        assert html.count("extraction error: boom") <= 1  # the reason is said once, above
        return " ".join(
            re.search(r"<dt>Written on \(reference date\)</dt><dd>(.*?)</dd>", html, re.S)[1].split()
        )

    not_read = "not decided: this article was not read — the reason is above"
    assert written_on(make_article(status="failed", error="extraction error: boom")) == not_read
    refused = record_refusal(Refused("scan.txt", "looks like a binary file"), "digest", "the admin upload")
    assert written_on(refused.article) == not_read
    assert written_on(make_article()) == "not decided yet"  # queued: it is still to come
    read_before = make_article(
        status="failed", error="extraction error: boom", reference_date=date(2019, 9, 12)
    )
    assert written_on(read_before) == "12 September 2019"  # from the last reading that worked


def test_retry_needs_the_csrf_token(russia_israel):
    from django.test import Client

    staff = User.objects.create_user("editor", password="x", is_staff=True)  # noqa: S106
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff)
    assert client.post(f"/articles/{russia_israel.pk}/retry").status_code == 403


HOSTILE = (
    "<script>alert('x')</script> Israel and Russia met on 12 September 2019 "
    '<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">click</a> '
    "\u202eالعربية Israel\u202c " + "x" * 20000 + "\n\n<svg onload=alert(3)>"
)


def test_hostile_article_and_event_text_is_inert(client, admin_client):
    article = make_article(
        text=HOSTILE,
        title="<script>alert('t')</script>",
        outlet='"><b>outlet',
        url="javascript:alert(document.domain)",
    )
    save_extraction(
        article,
        extraction(
            extracted_event("2019-09-12", title="<img src=x onerror=alert(1)>"),
            reference=date(2019, 9, 12),
        ),
    )
    Article.objects.filter(pk=article.pk).update(reference_evidence=["<script>alert('e')</script>"])
    event = Event.objects.get()
    Event.objects.filter(pk=event.pk).update(location="<iframe src=x>", participants=["<b>P</b>"])
    pages = [f"/articles/{article.pk}/", f"/events/{event.pk}/", "/timelines/il/ru/", "/"]
    for path in pages:
        for http in (client, admin_client):
            html = http.get(path).content.decode()
            for raw in (
                "<script>alert",
                "<img src=x",
                "<svg onload",
                "<iframe",
                'href="javascript',
                "<b>",
                '"><b>',
            ):
                assert raw not in html, (path, raw)
    for path in (f"/events/{event.pk}/", "/timelines/il/ru/"):  # the fragments HTMX swaps in
        html = client.get(path, headers=HTMX).content.decode()
        assert "<img src=x" not in html and "<script>alert" not in html and "<iframe" not in html


# --- exports --------------------------------------------------------------------------------


def test_csv_export_follows_the_filters(client, russia_israel, django_assert_max_num_queries):
    Event.objects.filter(type="military_incident").update(title='=HYPERLINK("http://evil")')
    with django_assert_max_num_queries(2):
        response = client.get("/timelines/il/ru/events.csv?type=visit")
        text = downloaded(response)
    assert response["Content-Type"].startswith("text/csv") and response.streaming
    assert 'filename="il-ru-timeline.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["title"] for row in rows] == ["Netanyahu visits Moscow", "Putin to visit Israel"]
    assert rows[0]["display_date"] == "April 2019" and rows[0]["tone"] == "cooperation"
    assert [(row["status"], row["unconfirmed"]) for row in rows] == [
        ("happened", "False"),
        ("planned", "True"),
    ]
    rows = list(csv.DictReader(io.StringIO(downloaded(client.get("/timelines/il/ru/events.csv")))))
    assert rows[0]["title"].startswith("'=HYPERLINK")


def test_a_cancelled_plan_is_cancelled_in_the_calendar(client, russia_israel):
    Event.objects.filter(status="planned").update(status="cancelled")
    text = downloaded(client.get("/timelines/il/ru/events.ics")).replace("\r\n ", "")
    assert "SUMMARY:Cancelled: Putin to visit Israel" in text and "STATUS:CANCELLED" in text
    assert titles(client.get("/timelines/il/ru/?status=cancelled").content.decode()) == [
        "Putin to visit Israel"
    ]


def test_json_export(client, russia_israel):
    body = json.loads(downloaded(client.get("/timelines/il/ru/events.json?order=desc")))
    assert [e["display_date"] for e in body["events"]] == ["2020", "12 September 2019", "April 2019", "2018"]
    assert body["events"][1]["sources"] == 1 and body["events"][1]["url"].endswith(
        f"/events/{body['events'][1]['id']}/"
    )


def test_ics_export(client, russia_israel):
    Event.objects.filter(type="meeting").update(
        title="Talks; trade, and \\ more\nnext line", location="Sochi, Russia"
    )
    response = client.get("/timelines/il/ru/events.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = downloaded(response)
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 4
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20190912\r\nDTEND;VALUE=DATE:20190913" in unfolded
    assert "DTSTART;VALUE=DATE:20190401\r\nDTEND;VALUE=DATE:20190501" in unfolded  # April 2019: all of it
    assert "DTSTART;VALUE=DATE:20180101\r\nDTEND;VALUE=DATE:20190101" in unfolded  # 2018: the whole year
    assert "SUMMARY:Talks\\; trade\\, and \\\\ more\\nnext line" in unfolded
    assert "LOCATION:Sochi\\, Russia" in unfolded
    assert (
        "SUMMARY:Planned — not confirmed: Putin to visit Israel (2020\\, month and day not known)" in unfolded
    )
    assert "STATUS:TENTATIVE" in unfolded
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_a_december_or_a_leap_february_spans_the_whole_month_in_the_calendar(client):
    save_extraction(
        make_article(),
        extraction(
            extracted_event("2019-12", title="Talks in December"),
            extracted_event("2020-02", type="visit", title="Visit in February", start=100),
        ),
    )
    text = downloaded(client.get("/timelines/il/ru/events.ics")).replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20191201\r\nDTEND;VALUE=DATE:20200101" in text
    assert "DTSTART;VALUE=DATE:20200201\r\nDTEND;VALUE=DATE:20200301" in text
    assert "SUMMARY:Talks in December (December 2019\\, day not known)" in text


def test_an_empty_export_is_still_well_formed(client, russia_israel):
    query = "?start=1990&end=1991"
    assert json.loads(downloaded(client.get(f"/timelines/il/ru/events.json{query}")))["events"] == []
    assert downloaded(client.get(f"/timelines/il/ru/events.csv{query}")).startswith("id,date,")
    assert downloaded(client.get(f"/timelines/il/ru/events.ics{query}")).count("VCALENDAR") == 2


def downloaded(response) -> str:
    return b"".join(response.streaming_content).decode()


def test_ics_helpers():
    assert ics_text("a,b;c\\d\r\ne\x07") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("SUMMARY:" + "é" * 80)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "SUMMARY:" + "é" * 80


@pytest.mark.parametrize("fmt", ["csv", "json", "ics"])
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("start=April", "invalid 'start' filter: Enter a year, a month or a day"),
        ("start=2019&end=2016", "invalid 'end' filter: “To” is before “From”."),
        ("reviewed=maybe", "invalid 'reviewed' filter: Enter true or false"),
        ("type=<b>parade</b>", "invalid 'type' filter: Select a valid choice. <b>parade</b> is not one"),
    ],
)
def test_an_export_with_an_invalid_filter_is_refused_in_plain_text(
    client, russia_israel, fmt, query, message
):
    response = client.get(f"/timelines/il/ru/events.{fmt}?{query}")
    assert response.status_code == 400 and not response.streaming
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"  # never read as HTML
    assert "Content-Disposition" not in response
    assert response.content.decode().startswith(message)


def test_reviewed_means_yes_only_when_it_says_yes(client, russia_israel):
    Event.objects.filter(type="military_incident").update(locked=True)
    for yes in ("on", "true", "1", "yes", "TRUE"):
        assert titles(client.get(f"/timelines/il/ru/?reviewed={yes}").content.decode()) == [
            "Plane downed over Syria"
        ], yes
        rows = csv.DictReader(
            io.StringIO(downloaded(client.get(f"/timelines/il/ru/events.csv?reviewed={yes}")))
        )
        assert [row["title"] for row in rows] == ["Plane downed over Syria"]
    for no in ("0", "false", "off", "no", ""):
        html = client.get(f"/timelines/il/ru/?reviewed={no}").content.decode()
        assert len(titles(html)) == 4, no
        checkbox = re.search(r'<input type="checkbox" name="reviewed"[^>]*>', html).group()
        assert "checked" not in checkbox and "value=" not in checkbox  # ticked, it sends "on"
    html = client.get("/timelines/il/ru/?reviewed=maybe").content.decode()
    assert len(titles(html)) == 4 and "Enter true or false" in html


def test_unknown_export_format_is_404(client, russia_israel):
    assert client.get("/timelines/il/ru/events.xml").status_code == 404


# --- read-only API --------------------------------------------------------------------------


def test_api_pairs(client, russia_israel, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        body = client.get("/api/pairs").json()
    assert body["count"] == 1 and body["next"] is None and body["previous"] is None
    assert body["results"][0]["countries"] == ["IL", "RU"] and body["results"][0]["events"] == 4
    assert body["results"][0]["events_url"] == "http://testserver/api/pairs/il/ru/events"


def test_api_pair_events_are_paginated_and_filtered(
    client, many_events, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr("relations.api.PER_PAGE", 20)
    with django_assert_max_num_queries(3):
        body = client.get("/api/pairs/RUS/il/events", {"quad": "coop", "page": 2}).json()
    assert body["count"] == 30 and len(body["results"]) == 10
    assert body["next"] is None and body["previous"].endswith("page=1")
    assert body["filters"] == {"quad": "coop"} and body["pair"]["countries"] == ["IL", "RU"]
    assert client.get("/api/pairs/il/zz/events").status_code == 404
    refused = client.get("/api/pairs/il/ru/events", {"start": "x"})
    assert refused.status_code == 400 and refused.json()["errors"]["start"]


def test_the_api_lists_an_events_countries_in_the_pages_order(client):
    event = Event.objects.create(date=date(2021, 6, 16), title="Talks in Rabat")
    event.countries.set(["MA", "ES"])  # by name Morocco before Spain; by code, as pages and URLs, ES first
    body = client.get(f"/api/events/{event.pk}").json()
    assert [country["code"] for country in body["countries"]] == ["ES", "MA"]


def test_api_event_and_article(client, russia_israel, django_assert_max_num_queries):
    event = Event.objects.get(type="meeting")
    with django_assert_max_num_queries(3):
        body = client.get(f"/api/events/{event.pk}").json()
    assert body["title"] == "Netanyahu meets Putin in Sochi" and body["sources"] == 1
    assert body["mentions"][0]["date_text"] == "2019-09-12" and body["mentions"][0]["status"] == "happened"
    assert body["history"] == ["Happened (12 September 2019), reported by Leaders meet, 12 September 2019"]
    assert body["mentions"][0]["article"]["url"] == "https://example.org/sochi"
    with django_assert_max_num_queries(2):
        body = client.get(f"/api/articles/{russia_israel.pk}").json()
    assert body["status"] == "done" and body["reference_evidence"] == ["the page date"]
    assert len(body["events"]) == 4
    for missing, reason in [
        ("/api/events/999999", "No Event matches the given query."),
        ("/api/articles/999999", "No Article matches the given query."),
        ("/api/pairs/il/zz/events", "No country with code 'ZZ'."),
    ]:
        response = client.get(missing)
        assert response.status_code == 404 and response.json() == {"error": reason}
    assert client.post(f"/api/events/{event.pk}").status_code == 405


def test_a_huge_article_page_shows_the_start_of_the_text(client):
    article = make_article("The presidents of Chile and Peru met in Lima. " * 5000)
    response = client.get(f"/articles/{article.pk}/")
    assert response.status_code == 200
    assert len(response.content) < 1_500_000
    cut = len(article.text) - TEXT_SHOWN
    assert f"The last {cut:,} characters are not shown".encode() in response.content
