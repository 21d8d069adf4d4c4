"""The public shapes of an event and an article (relations/serializers.py), field by field and in
order: the API, the exports and the commands write them, and their users read them by name."""

import csv
import io
import json

import pytest
from django.template import Context, Template

from relations import charts, queries, serializers
from relations.extraction import types
from relations.forms import QUAD_FILTERS
from relations.merge import save_extraction
from relations.models import Event, Tone
from tests.factories import extracted_event, extraction, make_article, toned

pytestmark = pytest.mark.django_db

EVENT = [
    "id", "date", "precision", "display_date", "end_date", "type", "status", "unconfirmed", "quad_class",
    "tone", "title", "summary", "location", "sources", "reviewed", "url",
]  # fmt: skip
EVENT_DETAIL = ["countries", "participants", "origin", "history", "date_kept_because", "mentions"]
MENTION = ["sentence", "date_text", "date", "precision", "status", "trigger", "article"]
ARTICLE = [
    "id", "url", "title", "outlet", "source_name", "page_date", "page_stamp", "reference_date",
    "reference_method", "reference_confidence", "reference_evidence", "status", "error", "notes", "page",
    "events", "text",
]  # fmt: skip


@pytest.fixture
def event():
    article = make_article(url="https://example.org/one", title="Talks")
    save_extraction(article, extraction(toned(extracted_event("2019-04", title="Leaders meet"), 2)))
    return Event.objects.with_source_count().get()


def test_the_api_the_exports_and_the_commands_write_the_same_fields(client, event):
    listed = client.get("/api/pairs/il/ru/events").json()["results"][0]
    assert list(listed) == EVENT and listed["tone"] == "cooperation" and listed["date"] == "2019-04-01"
    assert listed == serializers.event_data(event, request=client.get("/").wsgi_request)
    detail = client.get(f"/api/events/{event.pk}").json()
    assert list(detail) == [*EVENT, *EVENT_DETAIL]
    mention = detail["mentions"][0]
    assert list(mention) == MENTION and list(mention["article"]) == ["id", "title", "url", "page", "api"]
    article = client.get(f"/api/articles/{mention['article']['id']}").json()
    assert list(article) == ARTICLE
    assert list(article["events"][0]) == ["id", "date", "precision", "title", "api"]
    assert json.loads(downloaded(client, "json"))["events"] == [listed]
    assert next(csv.reader(io.StringIO(downloaded(client, "csv")))) == [f for f in EVENT if f != "summary"]
    event = Event.objects.get()
    assert serializers.timeline_entry(event) == {
        "id": event.pk,
        "date": "2019-04",
        "precision": "month",
        "type": "meeting",
        "status": "happened",
        "unconfirmed": False,
        "title": "Leaders meet",
        "countries": ["IL", "RU"],
        "sources": ["https://example.org/one"],
        "path": f"/events/{event.pk}/",
    }


def downloaded(client, fmt: str) -> str:
    return b"".join(client.get(f"/timelines/il/ru/events.{fmt}").streaming_content).decode()


def test_a_tone_is_read_from_the_quadclass_registry():
    for quad in types.QUAD_CLASSES:
        tone = Tone.of(quad.value)
        assert tone.label == (quad.tone or "unclassified")
        assert quad.value in tone.quad_classes or tone == Tone.OTHER
    assert QUAD_FILTERS["coop"] == types.quad_classes_of("cooperation") == [1, 2]
    assert QUAD_FILTERS["conflict"] == types.quad_classes_of("conflict") == [3, 4]
    assert [(t.value, t.arrow) for t in Tone] == [("coop", "▲"), ("conflict", "▼"), ("other", "")]


def test_the_charts_sql_reads_tones_as_python_does():
    article = make_article()
    quads = [quad.value for quad in types.QUAD_CLASSES]
    save_extraction(
        article,
        extraction(*[toned(extracted_event(f"201{q}", title=f"Q{q}", start=q * 10), q) for q in quads]),
    )
    read = dict(Event.objects.annotate(tone=charts.TONE).values_list("quad_class", "tone"))
    assert read == {q: Tone.of(q).value for q in quads}
    first, second = queries.find_pair("il", "ru")
    assert {e.quad_class: e.tone for e in queries.pair_events(first, second)} == {
        q: Tone.of(q) for q in quads
    }


@pytest.mark.parametrize(
    ("quad_class", "html"),
    [
        (1, '<span class="tag tag-coop">▲ verbal cooperation</span>'),
        (4, '<span class="tag tag-conflict">▼ material conflict</span>'),
        (0, ""),
    ],
)
def test_the_tone_tag(quad_class, html):
    event = Event(quad_class=quad_class)
    assert Template("{% load tones %}{% tone_tag event %}").render(Context({"event": event})) == html
    short = Template("{% load tones %}{% tone_tag event event.tone.label %}").render(
        Context({"event": event})
    )
    assert short == html.replace(event.get_quad_class_display(), event.tone.label)
