"""The admin desk: staff only, upload, re-extract, lock and unlock, hand-made events."""

import re
from datetime import date, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from relations.ingest import record_refusal
from relations.merge import save_extraction
from relations.models import Article, Event, Person
from relations.sources import Refused
from tests.factories import (
    YEARLESS_STAMP,
    YEARLESS_STORY,
    assert_dated_by_the_yearless_stamp,
    extracted_event,
    extraction,
    make_article,
)

pytestmark = pytest.mark.django_db
API_AUTH = {"Authorization": "Bearer test-token"}


@pytest.fixture
def staff(admin_client):
    return admin_client


def test_an_upload_with_no_file_chosen_says_so(staff):
    response = staff.post("/admin/relations/article/upload/", {"files": ""})
    assert response.status_code == 200 and "This field is required." in response.content.decode()


def test_admin_needs_staff(client, django_user_model):
    assert client.get("/admin/relations/event/").status_code == 302
    user = django_user_model.objects.create_user("reader", password="pw-123456-long")
    client.force_login(user)
    assert client.get("/admin/relations/article/upload/").status_code == 302


def test_change_lists_render(staff):
    save_extraction(make_article(), extraction(extracted_event("2019-09-12")))
    for model in ("event", "article", "country", "mention", "person"):
        assert staff.get(f"/admin/relations/{model}/").status_code == 200
    assert staff.get("/admin/relations/country/IL/change/").status_code == 200
    putin = Person.objects.get(name="Vladimir Putin")
    assert staff.get(f"/admin/relations/person/{putin.pk}/change/").status_code == 200


def test_article_list_gives_the_headline_room(staff, django_assert_max_num_queries):
    """Four columns; a long title or outlet is cut short, whole (and escaped) in its tooltip."""
    title = "Netanyahu <b>will travel</b> to Moscow next week to meet Putin, " + "his office said " * 5
    for _ in range(3):
        make_article(title=title, outlet="The Times of Israel & Associated Press Wire")
    make_article(title="Short title", outlet="AP")
    with django_assert_max_num_queries(9):  # session, user, counts, page, filters: none per row
        html = staff.get("/admin/relations/article/").content.decode()
    headers = re.findall(r'<th scope="col" class="sortable column-(\w+)', html)
    assert headers == ["headline", "outlet_name", "status", "written"]
    escaped = "Netanyahu &lt;b&gt;will travel&lt;/b&gt; to Moscow"
    assert html.count(f'<span title="{escaped}') == 3 and "<b>will" not in html
    outlet = "The Times of Israel &amp; Associated Press Wire"
    assert html.count(f'<span title="{outlet}">The Times of Israel &amp; Associa…</span>') == 3
    assert re.search(
        r'<th class="field-headline"><a href="/admin/relations/article/\d+/change/">Short title</a>', html
    )
    assert '<td class="field-outlet_name">AP</td>' in html


@pytest.mark.parametrize(
    ("method", "flag"), [("received", "day it came in"), ("guessed", "a guess from the text")]
)
def test_article_list_flags_a_reference_date_that_places_no_event(staff, method, flag):
    article = make_article(title="Undated")
    Article.objects.filter(pk=article.pk).update(reference_date=date(2023, 1, 10), reference_method=method)
    html = staff.get("/admin/relations/article/").content.decode()
    assert f"2023-01-10 ({flag}: set the date to have its events)" in html


def test_upload_good_and_bad_files(staff):
    good = SimpleUploadedFile(
        "good.txt", b"2020-02-02\nThe leaders of Ghana and Togo met in Accra on Monday.\n"
    )
    bad = SimpleUploadedFile("bad.txt", b"\x00\x00binary")
    response = staff.post("/admin/relations/article/upload/", {"files": [good, bad]}, follow=True)
    text = response.content.decode().lower()
    assert "1 article added" in text
    assert "refused bad.txt: looks like a binary file" in text
    kept = Article.objects.get(source_name="bad.txt")
    assert f"(kept as article {kept.pk})" in text
    assert (kept.status, kept.text, kept.refused) == ("failed", "", True)
    assert kept.error.startswith("looks like a binary file")
    assert kept.notes == "refused when it came in through the admin upload"
    assert Article.objects.count() == 2
    # the refusal is a record: its change page saves as it is, its text not editable
    form = staff.get(f"/admin/relations/article/{kept.pk}/change/").content.decode()
    assert 'name="text"' not in form
    good = Article.objects.get(source_name="good.txt")
    good.reference_evidence = ["the page says <b>2 Feb</b>", "a second reason"]
    good.save()
    page = staff.get(f"/admin/relations/article/{good.pk}/change/").content.decode()
    assert "the page says &lt;b&gt;2 Feb&lt;/b&gt;<br>a second reason" in page
    unchanged = {"title": kept.title, "mentions-TOTAL_FORMS": 0, "mentions-INITIAL_FORMS": 0}
    response = staff.post(f"/admin/relations/article/{kept.pk}/change/", unchanged)
    assert response.status_code == 302


def test_upload_of_a_yearless_or_unreadable_stamp_stores_the_article(
    staff, django_capture_on_commit_callbacks
):
    yearless = SimpleUploadedFile("yearless.txt", f"{YEARLESS_STAMP}\n{YEARLESS_STORY}\n".encode())
    unreadable = SimpleUploadedFile(
        "odd.txt", b"31 February 2019\nThe leaders of Ghana and Togo met on Monday."
    )
    with django_capture_on_commit_callbacks(execute=True):
        shown = upload(staff, yearless, unreadable)
    odd = Article.objects.get(source_name="odd.txt")
    assert shown == [  # the yearless stamp is used, month and day; the impossible date is not, and it says so
        (
            "warning",
            "File odd.txt: the page date is not used: no such day; the article is dated from its text "
            f"(article {odd.pk}).",
        ),
        ("success", "2 articles added, 0 already known, 0 refused."),
    ]
    assert_dated_by_the_yearless_stamp(Article.objects.get(source_name="yearless.txt"))
    assert Article.objects.get(source_name="odd.txt").page_stamp == "31 February 2019"


def test_an_uploaded_or_hand_made_article_without_a_title_is_titled_by_its_text(staff):
    upload(
        staff,
        SimpleUploadedFile("wire-0412.txt", b"2020-02-02\nThe leaders of Ghana and Togo met in Accra.\n"),
    )
    assert Article.objects.get().title == "The leaders of Ghana and Togo met in Accra."
    text = "Kenya and Uganda signed a trade accord in Kampala. It takes effect in May."
    assert staff.post(ADD_ARTICLE, article_form(staff, ADD_ARTICLE, text=text)).status_code == 302
    assert (
        Article.objects.get(text__startswith="Kenya").title
        == "Kenya and Uganda signed a trade accord in Kampala."
    )


def test_an_articles_notes_are_shown_read_only(staff):
    article = make_article(notes="decoded as Windows-1252")
    response = staff.get(f"/admin/relations/article/{article.pk}/change/")
    assert "notes" not in response.context["adminform"].form.fields
    assert "decoded as Windows-1252" in response.content.decode()


def test_editing_the_stamp_re_extracts(staff, django_capture_on_commit_callbacks):
    article = make_article(YEARLESS_STORY, status="done")
    url = f"/admin/relations/article/{article.pk}/change/"
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(url, article_form(staff, url, page_stamp=YEARLESS_STAMP))
    assert_dated_by_the_yearless_stamp(article)


def test_a_textareas_crlf_line_ends_neither_rewrite_the_text_nor_re_extract(
    staff, django_capture_on_commit_callbacks
):
    article = make_article(
        "Leaders meet\n\nThe leaders of Ghana and Togo met in Accra on Monday.", status="done"
    )
    url = f"/admin/relations/article/{article.pk}/change/"
    data = article_form(staff, url, text=article.text.replace("\n", "\r\n"), title="Leaders meet in Accra")
    with django_capture_on_commit_callbacks() as queued:
        assert staff.post(url, data).status_code == 302
    article.refresh_from_db()
    assert "\r" not in article.text and article.title == "Leaders meet in Accra"
    assert not queued  # only the title changed: nothing to read again


ADD_ARTICLE = "/admin/relations/article/add/"


def article_form(staff, url: str, **changes) -> dict:
    """The article form at `url` as the browser would post it back, with `changes`."""
    form = staff.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    return data | {"mentions-TOTAL_FORMS": 0, "mentions-INITIAL_FORMS": 0} | changes


def form_errors(response, field: str) -> list[str]:
    """The errors the admin form shows on `field`, the page sent back with them (nothing saved)."""
    assert response.status_code == 200
    return response.context["adminform"].form.errors[field]


def test_an_article_with_the_text_of_another_is_refused_naming_it(staff):
    """Same words, same article (whitespace and case aside): the form names the one stored, on the
    add page and on the change page alike, and saves nothing."""
    stored = make_article("The leaders of Ghana and Togo met in Accra on Monday.", title="Accra talks")
    other = make_article("Kenya and Uganda signed a trade accord in Kampala.", title="Kampala accord")
    same = "THE LEADERS of Ghana and Togo met\nin Accra on Monday."
    error = [f"This text is stored already: article {stored.pk}, “Accra talks”."]
    assert form_errors(staff.post(ADD_ARTICLE, article_form(staff, ADD_ARTICLE, text=same)), "text") == error
    url = f"/admin/relations/article/{other.pk}/change/"
    assert form_errors(staff.post(url, article_form(staff, url, text=same)), "text") == error
    assert Article.objects.count() == 2
    assert Article.objects.get(pk=other.pk).text.startswith("Kenya")


def test_refused_inputs_saved_in_the_admin_keep_their_keys(staff):
    """A refused input has no text: saving it keeps the key it was refused under, so a second one
    saved is no clash and the same input refused again is still known."""
    kept = [
        record_refusal(Refused(name, "looks like a binary file"), "digest", "the admin upload").article
        for name in ("scan.txt", "photo.txt")
    ]
    for article in kept:
        url = f"/admin/relations/article/{article.pk}/change/"
        assert staff.post(url, article_form(staff, url)).status_code == 302
        assert Article.objects.get(pk=article.pk).content_hash == article.content_hash


def test_a_reference_date_after_the_day_the_article_came_in_is_refused(
    staff, django_capture_on_commit_callbacks
):
    """The page date's rule (`pagedate.unusable`): a day's slack after the article came in, no more."""
    article = make_article(YEARLESS_STORY, status="done")
    Article.objects.filter(pk=article.pk).update(created_at=timezone.make_aware(datetime(2023, 5, 6, 9)))
    url = f"/admin/relations/article/{article.pk}/change/"
    with django_capture_on_commit_callbacks() as queued:
        response = staff.post(url, article_form(staff, url, reference_override="2031-01-01"))
    assert form_errors(response, "reference_override") == [
        "2031-01-01 cannot be the reference date: it is later than the day the article came in (2023-05-06)."
    ]
    assert not queued and Article.objects.get(pk=article.pk).reference_override is None
    text = "Kenya and Uganda signed a trade accord in Kampala on Tuesday."
    response = staff.post(
        ADD_ARTICLE, article_form(staff, ADD_ARTICLE, text=text, reference_override="2031-01-01")
    )
    assert form_errors(response, "reference_override") == [
        f"2031-01-01 cannot be the reference date: it is later than the day the article came in "
        f"({date.today().isoformat()})."
    ]
    assert not Article.objects.filter(text=text).exists()
    assert staff.post(url, article_form(staff, url, reference_override="2023-05-06")).status_code == 302


def test_a_text_too_short_is_refused_as_the_api_refuses_it(staff):
    api = staff.post("/api/articles", {"text": "Hello"}, content_type="application/json", headers=API_AUTH)
    assert (api.status_code, api.json()["error"]) == (400, "text too short (5 characters)")
    response = staff.post(ADD_ARTICLE, article_form(staff, ADD_ARTICLE, text="Hello"))
    assert form_errors(response, "text") == ["text too short (5 characters)"]
    assert not Article.objects.filter(text="Hello").exists()


def test_deleting_articles_lists_the_events_that_go_with_them(staff):
    """The confirmation lists the unlocked events only the articles support, which go with them:
    not one another article supports, nor a locked one. Deleted together, two articles take the
    events only they support with them."""
    first, second = make_article(), make_article()
    told = [
        extracted_event("2019-09-12"),
        extracted_event("2018", type="sanctions"),
        extracted_event("2017", type="visit"),
    ]
    save_extraction(first, extraction(*told))
    save_extraction(second, extraction(extracted_event("2019-09-12")))
    Event.objects.filter(type="visit").update(locked=True)
    meeting, sanctions = Event.objects.get(type="meeting"), Event.objects.get(type="sanctions")

    page = staff.get(f"/admin/relations/article/{first.pk}/delete/").content.decode()
    assert listed_events(page) == [sanctions.pk] and "<li>Events: 1</li>" in page
    both = {"action": "delete_selected", "_selected_action": [first.pk, second.pk]}
    page = staff.post("/admin/relations/article/", both).content.decode()
    assert listed_events(page) == sorted([meeting.pk, sanctions.pk]) and "<li>Events: 2</li>" in page
    staff.post("/admin/relations/article/", {**both, "post": "yes"})
    assert not Article.objects.exists()
    assert list(Event.objects.values_list("type", flat=True)) == ["visit"]


def listed_events(page: str) -> list[int]:
    return sorted(
        int(pk) for pk in re.findall(r'<li>Event: <a href="/admin/relations/event/(\d+)/change/">', page)
    )


def upload(staff, *files):
    """The messages the upload leaves, as (level tag, text)."""
    response = staff.post("/admin/relations/article/upload/", {"files": list(files)}, follow=True)
    return [(m.level_tag, m.message) for m in response.context["messages"]]


def good_file(name="good.txt"):
    return SimpleUploadedFile(name, b"2020-02-02\nThe leaders of Ghana and Togo met in Accra on Monday.\n")


def test_upload_of_only_bad_files_is_an_error(staff):
    shown = upload(staff, SimpleUploadedFile("bad.txt", b"\x00\x00binary"), SimpleUploadedFile("x.doc", b"x"))
    assert shown[-1] == ("error", "0 articles added, 0 already known, 2 refused.")
    assert [level for level, _ in shown] == ["error", "error", "error"]
    assert shown[0][1].startswith("Refused bad.txt: looks like a binary file")
    assert shown[1][1].startswith("Refused x.doc: unsupported file type")
    assert sorted(Article.objects.values_list("source_name", "status", "text")) == [
        ("bad.txt", "failed", ""),
        ("x.doc", "failed", ""),
    ]


def test_uploading_refused_files_again_keeps_each_refusal_once(staff, settings):
    settings.INGEST_MAX_BYTES = 100
    batch = "\n".join(
        ['{"text": "The leaders of Ghana and Togo met in Accra on Monday."}', "{bad", '{"title": "x"}']
    )
    files = [("lines.jsonl", batch.encode()), ("empty.txt", b""), ("big.txt", b"word " * 30)]
    for _ in range(2):
        upload(staff, *[SimpleUploadedFile(name, data) for name, data in files])
    refused = dict(Article.objects.filter(text="").values_list("source_name", "error"))
    assert refused == {
        "lines.jsonl:2": "not valid JSON (Expecting property name enclosed in double quotes at line 1, "
        "column 2)",
        "lines.jsonl:3": "needs 'text' or 'html'",
        "empty.txt": "is empty",
        "big.txt": "too large (150 bytes; the limit is 100)",
    }
    assert Article.objects.count() == 5  # and the good line's article


def test_upload_with_some_bad_files_is_a_warning(staff):
    shown = upload(staff, good_file(), SimpleUploadedFile("bad.txt", b"\x00\x00binary"))
    assert shown[0][0] == "error" and shown[0][1].startswith("Refused bad.txt: looks like a binary file")
    assert shown[1:] == [("warning", "1 article added, 0 already known, 1 refused.")]


def test_upload_of_good_files_is_a_success(staff):
    upload(staff, good_file())
    known = Article.objects.get()
    assert upload(staff, good_file("again.txt")) == [
        ("info", f"Already known: again.txt (article {known.pk})."),
        ("success", "0 articles added, 1 already known, 0 refused."),
    ]


def test_re_extract_action(staff, django_capture_on_commit_callbacks):
    article = make_article(text="2019-09-12 The presidents of Chile and Peru met in Lima on Tuesday.")
    Article.objects.filter(pk=article.pk).update(status="failed", error="old")
    with django_capture_on_commit_callbacks(execute=True):
        staff.post("/admin/relations/article/", {"action": "re_extract", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == "done" and article.error == ""


def test_re_extract_leaves_a_refused_input_alone(staff, django_capture_on_commit_callbacks):
    kept = record_refusal(
        Refused("scan.txt", "looks like a binary file"), "digest", "the admin upload"
    ).article
    readable = make_article(text="The presidents of Chile and Peru met in Lima on Tuesday.", status="failed")
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            "/admin/relations/article/",
            {"action": "re_extract", "_selected_action": [kept.pk, readable.pk]},
            follow=True,
        )
    shown = [m.message for m in response.context["messages"]]
    assert shown == ["1 article queued for extraction. 1 refused input has no text to read."]
    kept.refresh_from_db()
    assert (kept.status, kept.error) == ("failed", "looks like a binary file")
    assert Article.objects.get(pk=readable.pk).status == "done"


def test_lock_and_unlock_actions(staff):
    save_extraction(make_article(), extraction(extracted_event("2019-09-12")))
    event = Event.objects.get()
    staff.post("/admin/relations/event/", {"action": "lock", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert event.locked
    staff.post("/admin/relations/event/", {"action": "unlock", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert not event.locked


HAND_MADE_EVENT = {
    "date": "2021-06-16",
    "precision": "day",
    "type": "meeting",
    "status": "happened",
    "title": "Summit in Geneva",
    "countries": ["RU", "US"],
    "participants": "",
    "confidence": "1",
    "quad_class": "1",
    "mentions-TOTAL_FORMS": "0",
    "mentions-INITIAL_FORMS": "0",
}


def test_editor_enters_an_event_by_hand(staff):
    response = staff.post("/admin/relations/event/add/", HAND_MADE_EVENT)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = Event.objects.get()
    assert (event.origin, event.locked) == ("editor", True)
    assert list(event.pairs.values_list("country_a", "country_b")) == [("RU", "US")]


TOO_FEW_COUNTRIES = (
    "Choose at least two countries: an event is between countries, and it shows on the timeline of "
    "each pair of them."
)


@pytest.mark.parametrize("countries", [["IL"], ["IL", "IL"]], ids=["one", "the same twice"])
def test_a_hand_made_event_needs_two_countries(staff, countries):
    response = staff.post("/admin/relations/event/add/", {**HAND_MADE_EVENT, "countries": countries})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["countries"] == [TOO_FEW_COUNTRIES]
    assert TOO_FEW_COUNTRIES in response.content.decode()
    assert not Event.objects.exists()


def test_participants_are_typed_as_plain_names(staff):
    response = staff.post(
        "/admin/relations/event/add/", {**HAND_MADE_EVENT, "participants": "Joe Biden, Vladimir Putin\nBiden"}
    )
    assert response.status_code == 302
    assert Event.objects.get().participants == ["Joe Biden", "Vladimir Putin", "Biden"]
    page = staff.get(f"/admin/relations/event/{Event.objects.get().pk}/change/").content.decode()
    assert "Joe Biden\nVladimir Putin\nBiden</textarea>" in page


def test_an_older_event_of_one_country_is_corrected_before_it_is_saved(staff):
    """Data from before the rule: its form says what is wrong and saves once it is right."""
    event = Event.objects.create(date=date(2021, 6, 16), title="Lonely talks")
    event.countries.set(["IL"])
    change = f"/admin/relations/event/{event.pk}/change/"
    response = staff.post(change, {**HAND_MADE_EVENT, "countries": ["IL"]})
    assert response.context["adminform"].form.errors["countries"] == [TOO_FEW_COUNTRIES]
    assert staff.post(change, {**HAND_MADE_EVENT, "countries": ["IL", "JO"]}).status_code == 302
    assert list(event.pairs.values_list("country_a", "country_b")) == [("IL", "JO")]


def event_of(countries, title="Talks", day=date(2021, 6, 16)) -> Event:
    event = Event.objects.create(date=day, title=title)
    event.countries.set(countries)
    return event


def listed_titles(html: str) -> list[str]:
    return re.findall(r'<th class="field-title"><a href="[^"]+">([^<]+)</a>', html)


def test_the_event_list_shows_countries_and_filters_by_one(staff, django_assert_max_num_queries):
    """Merge candidates side by side: a country filter (the countries that have events), the
    countries of each row, and the search box for the other country."""
    for number in range(8):
        event_of(["IL", "RU"], title=f"Israel and Russia {number}")
    event_of(["JO", "IL", "EG"], title="Three neighbours")
    event_of(["FR", "DE"], title="Elsewhere")
    event_of(["IL"], title="Lonely")  # older data
    # session, user, filter choices, count, page, the rows' countries, the dates: none per row
    with django_assert_max_num_queries(8):
        html = staff.get("/admin/relations/event/").content.decode()
    assert '<th scope="col" class="column-country_names">' in html
    assert html.count('<td class="field-country_names">Israel – Russia</td>') == 8
    assert '<td class="field-country_names">Egypt – Israel – Jordan</td>' in html
    assert '<td class="field-country_names">Israel only (on no timeline)</td>' in html
    choices = re.findall(r'<a href="\?country=(\w\w)"', html)
    assert choices == ["EG", "FR", "DE", "IL", "JO", "RU"]  # by name: Egypt, France, Germany, ...
    with django_assert_max_num_queries(8):
        israel = staff.get("/admin/relations/event/", {"country": "IL"}).content.decode()
    assert sorted(listed_titles(israel)) == sorted(
        [f"Israel and Russia {n}" for n in range(8)] + ["Three neighbours", "Lonely"]
    )
    pair = staff.get("/admin/relations/event/", {"country": "JO", "q": "Egypt"}).content.decode()
    assert listed_titles(pair) == ["Three neighbours"]


def test_a_hand_made_event_left_without_tone_gets_its_types(staff):
    form = staff.get("/admin/relations/event/add/").content.decode()
    assert "Origin" not in form  # not "extracted" before it is saved
    response = staff.post(
        "/admin/relations/event/add/", {**HAND_MADE_EVENT, "type": "visit", "quad_class": "0"}
    )
    assert response.status_code == 302
    assert Event.objects.get().quad_class == 1  # a visit: verbal cooperation, as extraction codes it


def test_country_picker_offers_the_best_match_first(staff, countries):
    def first(term):
        query = {"term": term, "app_label": "relations", "model_name": "event", "field_name": "countries"}
        return staff.get("/admin/autocomplete/", query).json()["results"][0]["text"]

    assert first("Russia") == "Russia"  # not Belarus, whose alias "Byelorussia" holds it
    assert first("UK") == "United Kingdom"
    assert first("us") == "United States"
    assert first("Isreal") == "Israel"  # a slip of typing


def test_a_person_is_added_once_with_terms_beneath(staff):
    form = {
        "name": "Ama Mensah",
        "aliases": "Mensah",
        "terms-TOTAL_FORMS": "2",
        "terms-INITIAL_FORMS": "0",
        "terms-0-country": "GH",
        "terms-0-office": "foreign minister",
        "terms-0-start": "2021-01-07",
        "terms-0-end": "2025-01-07",
        "terms-1-country": "GH",
        "terms-1-office": "president",
        "terms-1-start": "2025-01-07",
    }
    assert staff.post("/admin/relations/person/add/", form).status_code == 302
    person = Person.objects.get(name="Ama Mensah")
    assert person.aliases == ["Mensah"]
    assert list(person.terms.values_list("office", "end")) == [
        ("foreign minister", date(2025, 1, 7)),
        ("president", None),
    ]
    ended_before_it_began = {**form, "name": "Kofi Mensah", "terms-0-end": "2020-01-01"}
    response = staff.post("/admin/relations/person/add/", ended_before_it_began)
    assert response.status_code == 200 and not Person.objects.filter(name="Kofi Mensah").exists()


def test_a_person_s_aliases_are_plain_text_one_a_line_or_comma_separated(staff):
    form = {"name": "Kwame Boateng", "terms-TOTAL_FORMS": "0", "terms-INITIAL_FORMS": "0"}
    typed = "Boateng\r\nK. Boateng, Kwame B.\r\n\r\n  Boateng , <b>KB</b>\r\n"
    assert staff.post("/admin/relations/person/add/", {**form, "aliases": typed}).status_code == 302
    person = Person.objects.get(name="Kwame Boateng")
    assert person.aliases == ["Boateng", "K. Boateng", "Kwame B.", "<b>KB</b>"]
    html = staff.get(f"/admin/relations/person/{person.pk}/change/").content.decode()
    textarea = re.search(r'<textarea name="aliases"[^>]*>(.*?)</textarea>', html, re.S).group(1)
    assert textarea == "\nBoateng\nK. Boateng\nKwame B.\n&lt;b&gt;KB&lt;/b&gt;"  # Django's leading newline
    assert '["Boateng"' not in html and "<b>KB</b>" not in html
    listing = staff.get("/admin/relations/person/?q=Boateng").content.decode()
    assert "Boateng, K. Boateng, Kwame B., &lt;b&gt;KB&lt;/b&gt;" in listing
    staff.post(f"/admin/relations/person/{person.pk}/change/", {**form, "aliases": ""})
    person.refresh_from_db()
    assert person.aliases == []


@pytest.mark.parametrize(
    ("precision", "day", "message"),
    [
        ("month", "2021-06-16", "A month-precision date is the first of its month: 2021-06-01"),
        ("year", "2021-06-16", "A year-precision date is the first of its year: 2021-01-01"),
        ("year", "2021-06-01", "A year-precision date is the first of its year: 2021-01-01"),
        ("year", "2021-01-16", "A year-precision date is the first of its year: 2021-01-01"),
    ],
)
def test_precision_must_match_the_date(staff, precision, day, message):
    response = staff.post(
        "/admin/relations/event/add/", {**HAND_MADE_EVENT, "precision": precision, "date": day}
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["date"] == [message]
    assert not Event.objects.exists()


@pytest.mark.parametrize(("precision", "day"), [("month", "2021-06-01"), ("year", "2021-01-01")])
def test_a_period_starting_on_its_first_day_is_saved(staff, precision, day):
    response = staff.post(
        "/admin/relations/event/add/", {**HAND_MADE_EVENT, "precision": precision, "date": day}
    )
    assert response.status_code == 302
    assert Event.objects.get().precision == precision


def test_editing_an_event_checks_the_date_too(staff):
    staff.post("/admin/relations/event/add/", HAND_MADE_EVENT)
    event = Event.objects.get()
    change = {**HAND_MADE_EVENT, "precision": "month"}
    response = staff.post(f"/admin/relations/event/{event.pk}/change/", change)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["date"] == [
        "A month-precision date is the first of its month: 2021-06-01"
    ]
    event.refresh_from_db()
    assert event.precision == "day"


def test_an_event_cannot_end_before_it_starts(staff):
    response = staff.post("/admin/relations/event/add/", {**HAND_MADE_EVENT, "end_date": "2021-06-15"})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["end_date"] == [
        "The end date is before the date (2021-06-16)."
    ]
    assert not Event.objects.exists()


def test_an_event_from_a_typo_year_or_done_in_the_future_is_refused(staff):
    response = staff.post("/admin/relations/event/add/", {**HAND_MADE_EVENT, "date": "0024-06-16"})
    assert "Enter a date from the year 1000 on" in response.context["adminform"].form.errors["date"][0]
    future = {**HAND_MADE_EVENT, "date": "2031-01-01", "status": "happened"}
    response = staff.post("/admin/relations/event/add/", future)
    assert response.context["adminform"].form.errors["status"] == [
        "An event dated after today has not happened yet: mark it planned."
    ]
    assert not Event.objects.exists()
    assert staff.post("/admin/relations/event/add/", {**future, "status": "planned"}).status_code == 302


def test_api_tokens_are_labelled_api_tokens(staff):
    assert "API tokens" in staff.get("/admin/").content.decode()
    assert "Api tokens" not in staff.get("/admin/relations/apitoken/").content.decode()


def test_articles_with_no_outlet_are_filtered_under_a_name(staff):
    make_article(outlet="Wire")
    make_article(outlet="")
    html = staff.get("/admin/relations/article/").content.decode()
    assert '?outlet=">(none)</a>' in html and '?outlet=Wire">Wire</a>' in html


def test_the_add_article_form_asks_for_the_article_not_the_engine_s_reasons(staff):
    page = staff.get("/admin/relations/article/add/").content.decode()
    assert 'name="text"' in page and 'name="reference_evidence"' not in page
    article = make_article()
    article.reference_evidence = ["the dateline gives May 14"]
    article.save()
    page = staff.get(f"/admin/relations/article/{article.pk}/change/").content.decode()
    assert "the dateline gives May 14" in page and 'name="reference_evidence"' not in page


def test_a_page_date_an_editor_types_must_be_one_the_worker_can_use(staff):
    page = staff.post(
        "/admin/relations/article/add/",
        {"text": "Kenya and Uganda signed a trade deal in Nairobi on Monday.", "page_date": "2031-01-01"},
    ).content.decode()
    assert "2031-01-01 cannot be the page date" in page and not Article.objects.exists()


@pytest.mark.parametrize("confidence", ["5", "-1"])
def test_an_events_confidence_lies_between_0_and_1(staff, confidence):
    response = staff.post("/admin/relations/event/add/", {**HAND_MADE_EVENT, "confidence": confidence})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["confidence"]
    assert not Event.objects.exists()
