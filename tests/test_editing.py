"""Editors merge and split events in the admin; re-extraction does not undo either."""

from datetime import date

import pytest

from relations.merge import save_extraction
from relations.models import EditorialAction, Event, EventPair, Mention, PairTotal
from tests.factories import extracted_event, extraction, make_article

pytestmark = pytest.mark.django_db


def test_merging_two_events_keeps_the_locked_one_and_survives_re_extraction(admin_client):
    first, second = make_article(), make_article()
    incident = extraction(extracted_event("2021-03-09", type="military_incident", title="Plane downed"))
    misdated = extraction(extracted_event("2021-06-20", type="military_incident", title="Jet lost"))
    save_extraction(first, incident)
    save_extraction(second, misdated)
    kept, other = Event.objects.order_by("date")
    Event.objects.filter(pk=kept.pk).update(locked=True, title="Reviewed: plane downed")
    admin_client.post("/admin/relations/event/", {"action": "merge", "_selected_action": [other.pk, kept.pk]})
    event = Event.objects.with_source_count().get()
    assert (event.pk, event.title, event.locked, event.source_count) == (
        kept.pk,
        "Reviewed: plane downed",
        True,
        2,
    )
    action = EditorialAction.objects.get()
    assert (action.kind, action.event, action.other_event_id, action.user.username) == (
        "merge",
        event,
        other.pk,
        "admin",
    )
    listing = admin_client.get("/admin/relations/editorialaction/").content.decode()
    assert f"Merged event {other.pk} “Jet lost”" in listing
    assert admin_client.get("/admin/relations/editorialaction/add/").status_code == 403
    save_extraction(second, misdated)  # the worker reads the article again
    assert Event.objects.get().mentions.count() == 2
    assert PairTotal.objects.get().events == 1


def test_merging_needs_two_events(admin_client):
    save_extraction(make_article(), extraction(extracted_event("2021-03-09")))
    event = Event.objects.get()
    admin_client.post("/admin/relations/event/", {"action": "merge", "_selected_action": [event.pk]})
    assert not EditorialAction.objects.exists()


def test_splitting_an_article_off_makes_a_locked_event_that_re_extraction_keeps(admin_client):
    first, second = make_article(), make_article()
    save_extraction(first, extraction(extracted_event("2021-03-09")))
    talks = extraction(extracted_event("2021-03-10", title="Second round"))
    save_extraction(second, talks)
    original = Event.objects.get()
    mention = Mention.objects.get(article=second)
    admin_client.post("/admin/relations/mention/", {"action": "split", "_selected_action": [mention.pk]})
    split = Event.objects.exclude(pk=original.pk).get()
    assert (split.locked, split.date.isoformat()) == (True, "2021-03-10")
    assert list(split.mentions.values_list("article", flat=True)) == [second.pk]
    original.refresh_from_db()
    assert (original.locked, original.date.isoformat()) == (False, "2021-03-09")
    assert EditorialAction.objects.get().kind == "split"
    save_extraction(second, talks)
    save_extraction(first, extraction(extracted_event("2021-03-09")))
    assert Event.objects.count() == 2
    assert list(split.mentions.values_list("article", flat=True)) == [second.pk]
    assert EventPair.objects.count() == 2


def test_splitting_sentences_of_two_events_at_once_is_refused(admin_client):
    save_extraction(make_article(), extraction(extracted_event("2021-03-09")))
    save_extraction(make_article(), extraction(extracted_event("2022-03-09")))
    ids = list(Mention.objects.values_list("pk", flat=True))
    admin_client.post("/admin/relations/mention/", {"action": "split", "_selected_action": ids})
    assert Event.objects.count() == 2
    assert not EditorialAction.objects.exists()


def test_events_between_different_countries_are_not_merged(admin_client):
    save_extraction(make_article(), extraction(extracted_event("2021-03-09", countries=("IL", "RU"))))
    save_extraction(make_article(), extraction(extracted_event("2021-03-09", countries=("EE", "RU"))))
    ids = list(Event.objects.values_list("pk", flat=True))
    response = admin_client.post(
        "/admin/relations/event/", {"action": "merge", "_selected_action": ids}, follow=True
    )
    assert "Only events between the same countries can be merged: EE–RU; IL–RU." in response.content.decode()
    assert Event.objects.count() == 2 and not EditorialAction.objects.exists()


def test_a_split_off_part_is_what_its_own_sources_said(admin_client):
    visit = extracted_event("2019-04-04", type="visit", title="Israel visits Russia")
    talks = extracted_event("2019-04-05", countries=("IL", "RU", "SY"), title="Leaders meet on Syria")
    visit.participants = talks.participants = ("Leader A",)
    talks.location = "Sochi"
    first, second = make_article(), make_article()
    save_extraction(first, extraction(visit))
    save_extraction(second, extraction(talks))
    original = Event.objects.get()  # the talks joined the visit: one interaction
    assert (original.type, original.title) == ("visit", "Israel visits Russia")
    admin_client.post(
        "/admin/relations/mention/",
        {"action": "split", "_selected_action": [Mention.objects.get(article=second).pk]},
    )
    split = Event.objects.exclude(pk=original.pk).get()
    assert (split.type, split.title, split.date, split.location, split.locked) == (
        "meeting",
        "Leaders meet on Syria",
        date(2019, 4, 5),
        "Sochi",
        True,
    )
    assert sorted(split.countries.values_list("code", flat=True)) == ["IL", "RU", "SY"]
    assert EventPair.objects.filter(event=split).count() == 3


def test_a_split_gives_back_the_two_events_a_merge_made_one(admin_client):
    """Merge two events, split the second one's article off again: the events are as they were
    (but locked, by the editor's hand). The merged event took the second one's more precise date
    and its title; the split gives the first one its own back."""
    first, second = make_article(), make_article()
    save_extraction(
        first, extraction(extracted_event("2021-03", type="military_incident", title="Plane downed"))
    )
    jet = extracted_event("2021-06-20", type="military_incident", countries=("IL", "RU"), title="Jet lost")
    jet.location, jet.participants, jet.quad_class = "Latakia", ("General B",), 4
    jet.summary = "A jet was lost over Latakia."
    save_extraction(second, extraction(jet))
    before = {
        article.pk: snapshot(Event.objects.get(mentions__article=article)) for article in (first, second)
    }
    ids = list(Event.objects.values_list("pk", flat=True))
    admin_client.post("/admin/relations/event/", {"action": "merge", "_selected_action": ids})
    merged = Event.objects.get()
    assert (merged.title, merged.date) == ("Jet lost", date(2021, 6, 20))
    mention = Mention.objects.get(article=second)
    admin_client.post("/admin/relations/mention/", {"action": "split", "_selected_action": [mention.pk]})
    after = {
        article.pk: snapshot(Event.objects.get(mentions__article=article)) for article in (first, second)
    }
    assert after == before
    assert list(Event.objects.values_list("locked", flat=True)) == [True, True]


def test_a_split_leaves_what_an_editor_wrote_over_the_sources(admin_client):
    first, second = make_article(), make_article()
    save_extraction(
        first, extraction(extracted_event("2021-03", type="military_incident", title="Plane downed"))
    )
    save_extraction(
        second, extraction(extracted_event("2021-06-20", type="military_incident", title="Jet lost"))
    )
    ids = list(Event.objects.values_list("pk", flat=True))
    admin_client.post("/admin/relations/event/", {"action": "merge", "_selected_action": ids})
    Event.objects.update(title="Reviewed: one incident")
    mention = Mention.objects.get(article=second)
    admin_client.post("/admin/relations/mention/", {"action": "split", "_selected_action": [mention.pk]})
    kept = Event.objects.get(mentions__article=first)
    assert (kept.title, kept.date) == ("Reviewed: one incident", date(2021, 6, 20))


def snapshot(event: Event) -> dict:
    """An event's fields, countries, pairs and sentences: all but its id, lock and timestamps."""
    fields = {
        field.name: getattr(event, field.name)
        for field in Event._meta.concrete_fields
        if field.name not in ("id", "locked", "created_at", "updated_at")
    }
    return {
        **fields,
        "countries": sorted(event.countries.values_list("code", flat=True)),
        "pairs": sorted(event.pairs.values_list("country_a", "country_b", "date")),
        "mentions": sorted(event.mentions.values_list("article", "start", "sentence")),
    }
