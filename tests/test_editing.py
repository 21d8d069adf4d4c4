"""Editors merge and split events in the admin; re-extraction does not undo either."""

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
