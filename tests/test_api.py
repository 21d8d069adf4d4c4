"""POST /api/articles: a token, JSON in, the article's id and status out; 4xx for bad input.
And the read-only lists' pages: real ones linked, others a JSON 404 or 400."""

import io
import json

import pytest
from django.core.cache import cache
from django.test import Client

from relations.merge import save_extraction
from relations.models import ApiToken, Article
from tests.factories import (
    YEARLESS_STAMP,
    YEARLESS_STORY,
    assert_dated_by_the_yearless_stamp,
    extracted_event,
    extraction,
    make_article,
)

pytestmark = pytest.mark.django_db
AUTH = {"Authorization": "Bearer test-token"}
STORY = {
    "url": "https://example.org/talks",
    "title": "Talks",
    "published": "2021-06-16",
    "text": "The presidents of Kenya and Tanzania met in Arusha on Wednesday to discuss trade.",
}


def post(client, body, headers=AUTH):
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    return client.post("/api/articles", data=data, content_type="application/json", headers=headers)


def test_creates_then_recognises_the_article(client):
    first = post(client, STORY)
    assert first.status_code == 201
    body = first.json()
    assert body["created"] is True and body["status"] in {"done", "pending", "processing", "failed"}
    assert body["url"] == f"http://testserver/articles/{body['id']}/"  # absolute, like the read API's links
    again = post(client, STORY)
    assert again.status_code == 200 and again.json() == {
        **body,
        "created": False,
        "status": again.json()["status"],
    }
    assert Article.objects.count() == 1


def test_a_lone_surrogate_or_nul_escape_is_stored_as_a_replacement_not_a_server_error(client):
    body = '{"text": "' + STORY["text"] + ' \\ud800", "title": "Talks\\u0000 \\udc80"}'  # JSON escapes
    assert post(client, body).status_code == 201
    article = Article.objects.get()
    assert article.text.endswith("trade. \ufffd") and article.title == "Talks \ufffd"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "test-token"}])
def test_token_required(client, headers):
    response = post(client, STORY, headers=headers)
    assert response.status_code == 401 and response["WWW-Authenticate"].startswith("Bearer")
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
        ([1, 2], "expected a JSON object"),
        ({"text": 5}, "'text' must be a string"),
        ({"title": 42, "text": ["a", "b"], "outlet": 1}, "'text' and 'title' and 'outlet' must be strings"),
        ({"title": "no text"}, "needs 'text' or 'html'"),
        ({**STORY, "published": ["2021-06-16"]}, "'published' must be a date string"),
        ({**STORY, "url": "ftp://x"}, "'url' must start with"),
        ({"text": "short"}, "too short"),
        (b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested too deeply"),
    ],
)
def test_bad_input_is_400_with_a_reason_and_the_refusal_is_kept_once(client, body, message):
    response = post(client, body)
    assert response.status_code == 400
    answer = response.json()
    assert message in answer["error"]
    assert answer["url"] == f"http://testserver/articles/{answer['id']}/"
    kept = Article.objects.get()
    assert (kept.pk, kept.status, kept.text, kept.error) == (answer["id"], "failed", "", answer["error"])
    assert str(kept) == f"api (refused: {answer['error']})"[:500]  # told apart from the other refusals
    assert (kept.source_name, kept.notes, kept.refused) == (
        "api",
        "refused when it came in through the ingest API",
        True,
    )
    assert post(client, body).json() == answer  # sent again: the same refusal, nothing new
    assert Article.objects.count() == 1


def test_broken_json_is_named_as_the_command_and_the_upload_name_it(client):
    error = post(client, b'{"text": "unterminated').json()["error"]
    assert error == "not valid JSON (Unterminated string starting at line 1, column 10)"


def test_an_article_without_a_title_is_titled_by_its_first_sentence(client):
    text = f"{STORY['text']} Both sides agreed to meet again in Dodoma."
    response = post(client, {"url": "https://example.org/untitled", "text": text})
    assert Article.objects.get(pk=response.json()["id"]).title == STORY["text"]


def test_a_body_in_windows_1252_is_read_and_the_article_says_so(client):
    text = "The presidents of Kenya and Tanzania met in Arusha \u2013 \u201ca good day\u201d, aides said."
    body = json.dumps({**STORY, "text": text}, ensure_ascii=False).encode("cp1252")
    response = post(client, body)
    assert response.status_code == 201
    record = client.get(f"/api/articles/{response.json()['id']}").json()
    assert (record["text"], record["notes"]) == (text, "decoded as Windows-1252")


def test_a_yearless_published_dates_the_article_with_the_text(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, {"published": YEARLESS_STAMP, "text": YEARLESS_STORY})
    assert response.status_code == 201
    assert_dated_by_the_yearless_stamp(Article.objects.get(pk=response.json()["id"]))


@pytest.mark.parametrize(
    ("published", "page_date", "page_stamp"),
    [("yesterday-ish", None, "yesterday-ish"), ("3. mart 2022 14:10", "2022-03-03", "")],
)
def test_any_published_string_is_stored(client, published, page_date, page_stamp):
    response = post(client, {**STORY, "published": published})
    assert response.status_code == 201
    record = client.get(f"/api/articles/{response.json()['id']}").json()
    assert (record["page_date"], record["page_stamp"]) == (page_date, page_stamp)


@pytest.mark.parametrize(
    ("published", "warning"),
    [
        ("2019-02-31", "no such day"),
        ("yesterday-ish banana", "no date can be read from it"),
        ("2099-01-01", "it is later than the day the article came in"),
    ],
)
def test_a_published_date_not_used_is_stored_with_a_warning(client, published, warning):
    response = post(client, {**STORY, "published": published})
    assert response.status_code == 201
    assert response.json()["warning"].startswith(f"'published' is not used: {warning}")
    assert (
        "warning"
        not in post(
            client, {**STORY, "url": "https://example.org/b", "text": "Other. " + STORY["text"]}
        ).json()
    )


def test_a_body_that_is_no_json_is_told_to_come_as_json(client):
    response = client.post("/api/articles", data="text=hello", content_type="text/plain", headers=AUTH)
    assert response.status_code == 400
    wanted = "; send the record as application/json (this came as text/plain)"
    assert response.json()["error"].endswith(wanted)
    assert "send the record" not in post(client, "{not json").json()["error"]  # JSON that is broken: where
    # JSON sent as a form: what is wrong with the record is the error, not its type
    short = client.post("/api/articles", data='{"text": "hi"}', content_type="text/plain", headers=AUTH)
    assert short.status_code == 400 and "send the record" not in short.json()["error"]


def test_oversized_body_is_413_and_the_refusal_is_kept_once(client, settings):
    settings.INGEST_MAX_BYTES = 1000
    response = post(client, {**STORY, "text": "word " * 500})
    assert response.status_code == 413
    kept = Article.objects.get()
    assert response.json()["id"] == kept.pk and kept.refused
    assert kept.error == response.json()["error"] == "body larger than 1,000 bytes (2,593 bytes)"
    assert post(client, {**STORY, "text": "word " * 500}).json()["id"] == kept.pk
    assert Article.objects.count() == 1


def test_get_is_not_allowed(client):
    assert client.get("/api/articles", headers=AUTH).status_code == 405


def test_admin_made_token_works_until_revoked(client):
    row, token = ApiToken.issue("importer")
    assert token not in ApiToken.objects.values_list("digest", flat=True)
    assert post(client, STORY, headers={"Authorization": f"Bearer {token}"}).status_code == 201
    row.refresh_from_db()
    assert row.last_used_at is not None
    ApiToken.objects.filter(pk=row.pk).update(revoked=True)
    assert post(client, STORY, headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_admin_shows_a_new_token_once(admin_client):
    response = admin_client.post("/admin/relations/apitoken/add/", {"name": "feed"}, follow=True)
    row = ApiToken.objects.get()
    shown = [m.message for m in response.context["messages"]]
    assert any(row.prefix in message and "not shown again" in message for message in shown)


def test_rate_limit_per_token(client, settings):
    settings.INGEST_RATE_LIMIT = 3
    cache.clear()
    codes = [post(client, {"text": "x"}).status_code for _ in range(4)]
    assert codes == [400, 400, 400, 429]
    other = post(client, {"text": "x"}, headers={"Authorization": "Bearer another"})
    assert other.status_code == 401


def test_failed_authentications_are_limited_per_address(client, settings):
    settings.INGEST_AUTH_FAILURE_LIMIT = 3
    cache.clear()
    wrong = {"Authorization": "Bearer guess"}
    codes = [post(client, STORY, headers=wrong).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    refused = post(client, STORY)  # even the right token, from that address, this minute
    assert refused.status_code == 429 and refused["Retry-After"] == "60"
    elsewhere = client.post(
        "/api/articles", data=json.dumps(STORY), content_type="application/json",
        headers=AUTH, REMOTE_ADDR="10.0.0.9",
    )  # fmt: skip
    assert elsewhere.status_code == 201
    assert Article.objects.count() == 1


def test_declared_oversized_body_is_refused_before_reading(client, settings):
    settings.INGEST_MAX_BYTES = 10
    response = client.post(
        "/api/articles",
        data=b"{}",
        content_type="application/json",
        headers={**AUTH, "Content-Length": "999999"},
    )
    assert response.status_code == 413
    assert Article.objects.get().error == "body larger than 10 bytes (999,999 bytes)"


def post_without_length(client, body: bytes, **extra):
    """A request as gunicorn hands on a chunked one: no CONTENT_LENGTH, the body on an input
    stream that ends where the body does (the test client's own stream refuses reads past the
    length it was given, which a chunked request has none of)."""
    return client.generic(
        "POST", "/api/articles", headers=AUTH, CONTENT_TYPE="application/json",
        **{"wsgi.input": io.BytesIO(body)}, **extra,
    )  # fmt: skip


@pytest.mark.parametrize("length", [None, ""])  # absent (gunicorn), empty (runserver's environ)
def test_a_body_without_content_length_is_read(client, length):
    extra = {} if length is None else {"CONTENT_LENGTH": length}
    response = post_without_length(client, json.dumps(STORY).encode(), **extra)
    assert response.status_code == 201, response.content
    assert Article.objects.get(pk=response.json()["id"]).url == STORY["url"]
    again = post_without_length(client, json.dumps(STORY).encode(), **extra)
    assert again.status_code == 200 and again.json()["id"] == response.json()["id"]


def test_a_body_without_content_length_over_the_limit_is_413_and_kept_once(client, settings):
    settings.INGEST_MAX_BYTES = 1000
    body = json.dumps({**STORY, "text": "word " * 500}).encode()
    stream = io.BytesIO(body)
    response = client.generic(
        "POST", "/api/articles", headers=AUTH, CONTENT_TYPE="application/json", **{"wsgi.input": stream}
    )
    assert response.status_code == 413
    assert stream.tell() == 1001  # read no further than the limit and one byte
    kept = Article.objects.get()
    assert (response.json()["id"], kept.refused) == (kept.pk, True)
    assert (
        kept.error == response.json()["error"] == "body larger than 1,000 bytes (sent without Content-Length)"
    )
    assert post_without_length(client, body).json()["id"] == kept.pk  # sent again: nothing new
    assert Article.objects.count() == 1
    exactly = json.dumps({**STORY, "text": "word " * 100}).encode()
    settings.INGEST_MAX_BYTES = len(exactly)
    assert post_without_length(client, exactly).status_code == 201  # the limit itself is allowed


@pytest.mark.parametrize("length", [None, "", "0"])
def test_an_empty_body_is_400_empty_body_and_kept_once(client, length):
    extra = {} if length is None else {"CONTENT_LENGTH": length}
    response = post_without_length(client, b"", **extra)
    assert response.status_code == 400
    assert response.json()["error"] == "empty body"
    kept = Article.objects.get()
    assert (kept.pk, kept.error, kept.refused) == (response.json()["id"], "empty body", True)
    assert post_without_length(client, b"", **extra).json()["id"] == kept.pk  # sent again: nothing new
    assert Article.objects.count() == 1
    assert post_without_length(client, b"  \r\n").json()["error"] == "empty body"  # blank is empty too


def test_an_empty_chunked_body_says_what_to_do(client):
    """runserver passes no chunked body on: the request reads empty there, and says why it may."""
    response = post_without_length(client, b"", HTTP_TRANSFER_ENCODING="chunked")
    assert response.status_code == 400
    assert response.json()["error"].startswith("empty body (a chunked body reads empty on a server")
    assert "send Content-Length" in response.json()["error"]


def test_a_content_length_that_is_no_number_is_400(client):
    response = post_without_length(client, b"{}", CONTENT_LENGTH="ten")
    assert response.status_code == 400 and response.json() == {"error": "invalid Content-Length: 'ten'"}
    assert not Article.objects.exists()


# --- pages of the read-only lists -----------------------------------------------------------


@pytest.fixture
def five_events(monkeypatch):
    """Five Israel–Russia events, two to a page: pages 1 to 3."""
    monkeypatch.setattr("relations.api.PER_PAGE", 2)
    days = [f"2019-09-{day:02}" for day in range(10, 15)]
    events = [extracted_event(day, title=f"Talks {day}", start=i * 100) for i, day in enumerate(days)]
    save_extraction(make_article(), extraction(*events))


def test_pages_link_only_to_pages_that_exist(client, five_events):
    url = "/api/pairs/il/ru/events"
    first, middle, last = (client.get(url, {"page": page}).json() for page in (1, 2, 3))
    assert [first["count"], len(first["results"]), len(last["results"])] == [5, 2, 1]
    assert first["previous"] is None and first["next"].endswith("page=2")
    assert middle["previous"].endswith("page=1") and middle["next"].endswith("page=3")
    assert last["previous"].endswith("page=2") and last["next"] is None


@pytest.mark.parametrize("page", ["4", "99", "0", "-1"])
def test_a_page_that_does_not_exist_is_404(client, five_events, page):
    response = client.get("/api/pairs/il/ru/events", {"page": page})
    assert response.status_code == 404
    assert response.json() == {"error": f"no page {page}: pages run from 1 to 3"}


@pytest.mark.parametrize("page", ["x", "", "1.5", "2e3"])
def test_a_page_that_is_not_a_number_is_400(client, five_events, page):
    for url in ("/api/pairs", "/api/pairs/il/ru/events"):
        response = client.get(url, {"page": page})
        assert response.status_code == 400
        assert response.json() == {"error": "'page' must be a whole number"}


def test_an_empty_list_has_a_first_page_only(client):
    body = client.get("/api/pairs").json()
    assert body == {"count": 0, "next": None, "previous": None, "results": []}
    response = client.get("/api/pairs", {"page": 2})
    assert response.status_code == 404 and response.json()["error"] == "no page 2: pages run from 1 to 1"


def test_pages_stop_at_the_deepest_page_served(client, five_events, monkeypatch):
    monkeypatch.setattr("relations.api.MAX_PAGE", 2)
    assert client.get("/api/pairs/il/ru/events", {"page": 2}).json()["next"] is None
    assert client.get("/api/pairs/il/ru/events", {"page": 3}).status_code == 404


def test_other_methods_than_post_get_a_json_405(client):
    response = client.get("/api/articles")
    assert (response.status_code, response["Allow"], response.json()) == (
        405,
        "POST",
        {"error": "only POST: send one article as JSON"},
    )
    checked = Client(enforce_csrf_checks=True)  # a token, not a cookie, authenticates the ingest API
    assert checked.put("/api/articles").status_code == 405
    assert post(checked, STORY, headers={}).json() == {"error": "missing or invalid API token"}
    assert post(checked, STORY).status_code == 201


# --- invalid filters, unknown paths, wrong methods: JSON answers -----------------------------


@pytest.mark.parametrize(
    ("query", "parameter", "message"),
    [
        ({"start": "x"}, "start", "Enter a year, a month or a day"),
        ({"end": "2019-13"}, "end", "There is no such date as 2019-13."),
        ({"start": "2019", "end": "2016"}, "end", "“To” is before “From”."),
        ({"type": "parade"}, "type", "Select a valid choice. parade is not one of the available choices."),
        ({"status": "maybe"}, "status", "Select a valid choice."),
        ({"quad": "9"}, "quad", "Select a valid choice."),
        ({"min_sources": "0"}, "min_sources", "greater than or equal to 1"),
        ({"min_sources": "many"}, "min_sources", "Enter a whole number."),
        ({"reviewed": "maybe"}, "reviewed", "Enter true or false"),
        ({"order": "sideways"}, "order", "Select a valid choice."),
        ({"q": "x" * 201}, "q", "at most 200 characters"),
    ],
)
def test_an_invalid_filter_is_400_naming_the_parameter(client, five_events, query, parameter, message):
    response = client.get("/api/pairs/il/ru/events", query)
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    body = response.json()
    assert body["error"].startswith(f"invalid '{parameter}' filter: ") and message in body["error"]
    assert list(body["errors"]) == [parameter] and message in body["errors"][parameter][0]


def test_every_invalid_filter_is_named(client, five_events):
    body = client.get("/api/pairs/il/ru/events", {"start": "x", "reviewed": "2"}).json()
    assert sorted(body["errors"]) == ["reviewed", "start"]
    assert "invalid 'start' filter" in body["error"] and "invalid 'reviewed' filter" in body["error"]


@pytest.mark.parametrize(("reviewed", "count"), [("true", 0), ("1", 0), ("false", 5), ("0", 5), ("", 5)])
def test_reviewed_is_read_as_yes_or_no(client, five_events, reviewed, count):
    response = client.get("/api/pairs/il/ru/events", {"reviewed": reviewed})
    assert response.status_code == 200 and response.json()["count"] == count
    assert "errors" not in response.json()


@pytest.mark.parametrize(
    "path",
    ["/api/nothing", "/api/pairs/il/ru/events/", "/api/events/abc", "/api/pairs/il", "/api", "/api/"],
)
def test_any_other_path_under_the_api_is_a_json_404(path):
    client = Client(enforce_csrf_checks=True)
    for method in ("get", "post", "delete"):
        response = getattr(client, method)(path)
        assert response.status_code == 404, (method, path)
        assert response.json() == {"error": f"not found: {path}"}


@pytest.mark.parametrize(
    "path",
    ["/api/pairs", "/api/pairs/il/ru/events", "/api/events/{event}", "/api/articles/{article}"],
)
def test_a_method_a_read_endpoint_does_not_take_is_a_json_405(five_events, path):
    from relations.models import Event

    event = Event.objects.first()
    url = path.format(event=event.pk, article=event.mentions.first().article_id)
    client = Client(enforce_csrf_checks=True)  # a refused method is not a CSRF failure page
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)(url)
        assert (response.status_code, response["Allow"], response.json()) == (
            405,
            "GET",
            {"error": "only GET"},
        )
