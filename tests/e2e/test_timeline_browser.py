"""The timeline in a real browser: pick a pair, filter without reloading (and see why a filter was
ignored), Back, expand an event, an article that updates itself while it is read, and a hostile
article that stays inert."""

import re

import pytest
from playwright.sync_api import expect

from relations import views
from relations.merge import save_extraction
from relations.models import Article
from tests.e2e.conftest import ARTIFACTS, new_page
from tests.factories import extracted_event, extraction, make_article, toned

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def timeline_data():
    article = make_article(
        title="Netanyahu and Putin hold talks in Sochi",
        url="https://example.org/sochi",
        text="Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin in Sochi "
        "on 12 September 2019.\n\nIn April, he travelled to Moscow.",
    )
    save_extraction(
        article,
        extraction(
            toned(
                extracted_event("2015-09-21", title="Netanyahu and Putin agree on Syria coordination"),
                1,
                "Moscow",
            ),
            toned(
                extracted_event(
                    "2016-06-07", type="visit", title="Netanyahu visits Moscow for anniversary", start=50
                ),
                2,
                "Moscow",
            ),
            toned(
                extracted_event("2017-03-09", title="Netanyahu meets Putin on Iran", start=80), 1, "Moscow"
            ),
            toned(
                extracted_event(
                    "2018-09", type="military_incident", title="Il-20 plane downed over Syria", start=100
                ),
                4,
                "Latakia",
            ),
            toned(
                extracted_event(
                    "2018-09-23", type="statement", title="Moscow blames Israeli air force", start=120
                ),
                3,
            ),
            toned(
                extracted_event("2019-04", type="visit", title="Netanyahu visits Moscow", start=140),
                2,
                "Moscow",
            ),
            toned(
                extracted_event("2019-09-12", title="Netanyahu meets Putin in Sochi", start=160), 1, "Sochi"
            ),
            toned(
                extracted_event(
                    "2020", type="visit", status="planned", title="Putin to visit Israel", start=200
                ),
                1,
            ),
        ),
    )
    return article


def event_titles(page) -> list[str]:
    return page.locator("#event-list .event-title a").all_inner_texts()


def test_pick_a_pair_on_the_home_page(page, timeline_data):
    page.goto("/")
    page.get_by_label("Country", exact=True).fill("Isr")
    expect(page.locator("#pair-a-options option").first).to_have_attribute("value", "Israel")
    page.get_by_label("Country", exact=True).fill("Israel")
    page.get_by_label("and country").fill("RU")
    page.get_by_role("button", name="Show timeline").click()
    page.wait_for_url(re.compile(r"/timelines/il/ru/$"))
    assert "Israel" in page.locator("h1").inner_text()
    assert len(event_titles(page)) == 8


def test_type_ahead_puts_the_code_and_names_that_start_so_first(page, timeline_data):
    page.goto("/")
    page.get_by_label("Country", exact=True).fill("Is")
    expect(page.locator("#pair-a-options option").nth(1)).to_have_attribute("value", "Israel")
    assert page.locator("#pair-a-options option").first.get_attribute("value") == "Iceland"  # IS


def test_filters_swap_the_list_keep_the_url_and_back_restores(page, timeline_data):
    page.goto("/timelines/il/ru/")
    page.evaluate("window.notReloaded = true")
    page.get_by_label("Type").focus()
    page.get_by_label("Type").select_option("visit")
    page.wait_for_url(re.compile(r"\?type=visit"))
    expect(page.locator("#event-list .event")).to_have_count(3)
    assert event_titles(page) == [
        "Netanyahu visits Moscow for anniversary",
        "Netanyahu visits Moscow",
        "Putin to visit Israel",
    ]
    page.get_by_label("Status").focus()
    page.get_by_label("Status").select_option("planned")
    page.wait_for_url(re.compile(r"\?type=visit&status=planned$"))
    expect(page.locator("#event-list .event")).to_have_count(1)
    assert page.evaluate("window.notReloaded") is True  # swapped, not reloaded
    assert page.evaluate("document.activeElement.id") == "id_status"  # focus stays on the control

    page.go_back()
    page.wait_for_url(re.compile(r"\?type=visit$"))
    expect(page.locator("#event-list .event")).to_have_count(3)
    assert page.get_by_label("Type").input_value() == "visit"
    assert page.get_by_label("Status").input_value() == ""
    page.go_back()
    page.wait_for_url(re.compile(r"/timelines/il/ru/$"))
    expect(page.locator("#event-list .event")).to_have_count(8)
    assert page.get_by_label("Type").input_value() == ""

    page.goto("/timelines/il/ru/?type=visit&status=planned")  # the URL is shareable: a plain load
    assert event_titles(page) == ["Putin to visit Israel"]


def test_one_change_of_the_filters_is_one_request_and_one_step_back(page, timeline_data):
    """Enter in a text field fires change and submit, and leaving the search box after typing
    fires change again: each state of the filters is still asked for, and pushed, once."""
    sent = []
    page.on("request", lambda request: request.headers.get("hx-request") and sent.append(request.url))
    page.goto("/timelines/il/ru/")
    start = page.evaluate("history.length")

    def settled():  # past the search box's typing pause: whatever was going to be sent was
        page.wait_for_timeout(800)
        return len(sent), page.evaluate("history.length") - start

    search = page.get_by_label("Search")
    search.fill("moscow")
    page.wait_for_url(re.compile(r"\?q=moscow$"))
    search.press("Enter")
    page.get_by_label("Type").focus()  # leaving the box: change
    assert settled() == (1, 1)
    page.get_by_label("From", exact=True).fill("2017")
    page.get_by_label("From", exact=True).press("Enter")
    page.wait_for_url(re.compile(r"\?q=moscow&start=2017$"))
    assert settled() == (2, 2)
    page.get_by_role("button", name="Filter").click()  # nothing changed: nothing to ask
    assert settled() == (2, 2)
    page.get_by_label("To", exact=True).fill("2019-13")
    page.get_by_label("To", exact=True).press("Enter")
    expect(page.locator("#id_end_error")).not_to_be_empty()
    assert settled() == (3, 2)  # ignored: the URL stays, and so does the history

    page.go_back()
    page.wait_for_url(re.compile(r"\?q=moscow$"))
    expect(page.get_by_label("From", exact=True)).to_have_value("")  # the page as it was then
    page.wait_for_load_state()
    page.go_back()
    page.wait_for_url(re.compile(r"/timelines/il/ru/$"))
    expect(page.get_by_label("Search")).to_have_value("")


def test_the_filters_work_without_javascript(browser, live_server, timeline_data):
    page = new_page(browser, live_server, java_script_enabled=False)
    page.goto("/timelines/il/ru/")
    page.get_by_label("Type").select_option("visit")
    page.get_by_label("Status").select_option("planned")
    assert page.url.endswith("/timelines/il/ru/")  # nothing is sent before the button
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"\?q=&type=visit&status=planned&"))
    assert event_titles(page) == ["Putin to visit Israel"]
    page.context.close()
    assert page.errors == []


def test_text_search_and_chart_bar(page, timeline_data):
    page.goto("/timelines/il/ru/")
    page.get_by_label("Search").fill("sochi")
    page.wait_for_url(re.compile(r"\?q=sochi"))
    expect(page.locator("#event-list .event")).to_have_count(1)
    page.goto("/timelines/il/ru/")
    page.locator("a.bar[aria-label^='2018']").click()
    page.wait_for_url(re.compile(r"start=2018&end=2018"))
    assert event_titles(page) == ["Il-20 plane downed over Syria", "Moscow blames Israeli air force"]
    assert page.get_by_label("From").input_value() == "2018"


def test_an_invalid_filter_says_why_without_reloading(page, timeline_data):
    page.goto("/timelines/il/ru/")
    page.evaluate("window.notReloaded = true")
    start, end = page.get_by_label("From", exact=True), page.get_by_label("To", exact=True)
    start.fill("2019-13")
    start.press("Enter")
    expect(page.locator("#id_start_error")).to_have_text("There is no such date as 2019-13. Ignored.")
    expect(start).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#event-list .event")).to_have_count(8)  # ignored

    start.fill("2019")
    end.fill("2016")
    end.press("Enter")
    expect(page.locator("#id_end_error")).to_have_text("“To” is before “From”. Ignored.")
    expect(page.locator("#id_start_error")).to_be_empty()  # fixed: the old error goes
    expect(start).not_to_have_attribute("aria-invalid", "true")
    expect(end).to_have_attribute("aria-describedby", re.compile(r"\bid_end_error\b"))
    expect(page.locator("#event-list .event")).to_have_count(3)  # from 2019 on
    assert page.evaluate("window.notReloaded") is True


def test_a_value_the_browser_rejects_is_reported_not_dropped(page, timeline_data):
    page.goto("/timelines/il/ru/")
    page.get_by_label("Min. sources").fill("0")
    page.get_by_label("Type").focus()
    page.get_by_label("Type").select_option("visit")  # any change sends the form
    expect(page.get_by_label("Min. sources")).to_be_focused()  # the browser says why, there
    assert page.url.endswith("/timelines/il/ru/")
    expect(page.locator("#event-list .event")).to_have_count(8)


def test_infinite_scroll_pages_in(page, timeline_data, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 3)  # the live server runs in this process
    page.goto("/timelines/il/ru/")
    assert len(event_titles(page)) == 3
    page.locator("#next-page").scroll_into_view_if_needed()
    expect(page.locator("#event-list .event")).to_have_count(6)
    page.locator("#next-page").scroll_into_view_if_needed()
    expect(page.locator("#event-list .event")).to_have_count(8)
    assert page.locator("#next-page").count() == 0
    assert page.locator("h2.year").all_inner_texts() == ["2015", "2016", "2017", "2018", "2019", "2020"]


def test_back_after_scrolling_returns_to_the_same_place(
    browser_with_back_forward_cache, live_server, timeline_data, monkeypatch
):
    """The timeline stays fit for the back/forward cache (no no-store, no unload handler): pages
    scrolled in and the scroll position are still there after reading an event's page."""
    monkeypatch.setattr(views, "PAGE_SIZE", 3)
    page = new_page(browser_with_back_forward_cache, live_server)
    page.goto("/timelines/il/ru/")
    for loaded in (6, 8):
        page.locator("#next-page").scroll_into_view_if_needed()
        expect(page.locator("#event-list .event")).to_have_count(loaded)
    last = page.locator("#event-list .event h4 a").last
    last.scroll_into_view_if_needed()
    scrolled = page.evaluate("window.scrollY")
    last.click()
    page.wait_for_url("**/events/**")
    page.go_back(wait_until="commit")  # a page restored from the cache fires no load event
    expect(page.locator("#event-list .event")).to_have_count(8)
    assert page.evaluate("window.scrollY") == scrolled
    assert page.errors == [], page.errors


def test_expand_an_event_in_place(page, timeline_data):
    page.goto("/timelines/il/ru/")
    event = page.locator("article.event", has_text="Netanyahu meets Putin in Sochi")
    event.get_by_text("Evidence and sources").click()
    detail = event.locator(".event-detail")
    detail.locator("blockquote").wait_for()
    assert "Netanyahu meets Putin in Sochi (2019-09-12)." in detail.inner_text()
    assert detail.locator("mark.hl-date").first.inner_text() == "2019-09-12"
    assert "the page date" in detail.inner_text()
    assert page.url.endswith("/timelines/il/ru/")  # expanding does not navigate
    event.locator("summary").press("Enter")  # the keyboard closes it again
    assert not detail.is_visible()


def test_article_updates_itself_when_read(page, db):
    article = make_article(
        title="Fresh article", status=Article.Status.PROCESSING, text="Israel and Russia met."
    )
    page.goto(f"/articles/{article.pk}/")
    assert "being read" in page.locator(".status").inner_text()
    page.evaluate("window.notReloaded = true")
    save_extraction(article, extraction(extracted_event("2019-09-12", title="Talks after reading")))
    page.locator(".status", has_text="Read.").wait_for(timeout=8_000)
    assert page.get_by_role("link", name="Talks after reading").is_visible()
    assert page.evaluate("window.notReloaded") is True
    assert page.locator("#article-main[hx-trigger]").count() == 0  # polling stopped


HOSTILE = (
    "<script>alert('script')</script> Israel and Russia met on 12 September 2019. "
    '<img src=x onerror="alert(\'img\')"> <a href="javascript:alert(\'link\')" id="evil">click</a> '
    "\u202eالعلاقات الإسرائيلية الروسية Israel\u202c <svg onload=alert('svg')></svg> " + "y" * 50_000
)


def test_hostile_article_renders_inert(browser, live_server):
    """Inert because everything is escaped: checked with the Content-Security-Policy switched off."""
    page = new_page(browser, live_server, bypass_csp=True)
    article = make_article(
        text=HOSTILE, title="<img src=x onerror=alert('title')>", outlet="<script>alert(1)</script>"
    )
    save_extraction(
        article, extraction(extracted_event("2019-09-12", title="<svg onload=alert('event')></svg>"))
    )
    for path in (f"/articles/{article.pk}/", "/timelines/il/ru/", "/"):
        page.goto(path)
        page.wait_for_timeout(300)
        assert page.locator("img[src=x], svg[onload], #evil, script:not([src])").count() == 0
    page.goto("/timelines/il/ru/")
    page.get_by_text("Evidence and sources").click()
    page.locator(".event-detail blockquote").wait_for()
    page.wait_for_timeout(300)
    assert page.dialogs == []
    page.goto(f"/articles/{article.pk}/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"]  # the 50,000-character line wraps
    page.context.close()
    assert page.errors == []


def test_screenshot_of_the_timeline(page, timeline_data):
    page.set_viewport_size({"width": 1000, "height": 1300})
    page.goto("/timelines/il/ru/")
    page.locator("article.event", has_text="Netanyahu meets Putin in Sochi").get_by_text(
        "Evidence and sources"
    ).click()
    page.locator(".event-detail blockquote").wait_for()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: nothing overflows sideways
    page.goto("/timelines/il/ru/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(ARTIFACTS / "timeline-phone.png"), full_page=True)
