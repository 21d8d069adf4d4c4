"""Editors merge and split events in the admin; re-extraction does not undo either."""

from datetime import date

import pytest

from relations.extraction.results import Mention as ExtractedMention
from relations.merge import save_extraction
from relations.models import EditorialAction, Event, EventPair, Mention, PairTotal
from tests.factories import extracted_event, extraction, make_article

pytestmark = pytest.mark.django_db


def post_merge(client, event_ids, confirmed=True):
    """The merge action on these events, from the confirmation page (or the list: not confirmed)."""
    data = {"action": "merge", "_selected_action": event_ids, **({"post": "yes"} if confirmed else {})}
    return client.post("/admin/relations/event/", data)


def post_split(client, mention_ids, confirmed=True):
    """The split action on these sentences, from the confirmation page (or the list: not confirmed)."""
    data = {"action": "split", "_selected_action": mention_ids, **({"post": "yes"} if confirmed else {})}
    return client.post("/admin/relations/mention/", data)


def test_merging_two_events_keeps_the_locked_one_and_survives_re_extraction(admin_client):
    first, second = make_article(), make_article()
    incident = extraction(extracted_event("2021-03-09", type="military_incident", title="Plane downed"))
    misdated = extraction(extracted_event("2021-06-20", type="military_incident", title="Jet lost"))
    save_extraction(first, incident)
    save_extraction(second, misdated)
    kept, other = Event.objects.order_by("date")
    Event.objects.filter(pk=kept.pk).update(locked=True, title="Reviewed: plane downed")
    post_merge(admin_client, [other.pk, kept.pk])
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
    post_merge(admin_client, [event.pk])
    assert not EditorialAction.objects.exists()


def test_splitting_an_article_off_makes_a_locked_event_that_re_extraction_keeps(admin_client):
    first, second = make_article(), make_article()
    save_extraction(first, extraction(extracted_event("2021-03-09")))
    talks = extraction(extracted_event("2021-03-10", title="Second round"))
    save_extraction(second, talks)
    original = Event.objects.get()
    mention = Mention.objects.get(article=second)
    post_split(admin_client, [mention.pk])
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
    post_split(admin_client, ids)
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
    post_split(admin_client, [Mention.objects.get(article=second).pk])
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
    post_merge(admin_client, ids)
    merged = Event.objects.get()
    assert (merged.title, merged.date) == ("Jet lost", date(2021, 6, 20))
    mention = Mention.objects.get(article=second)
    post_split(admin_client, [mention.pk])
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
    post_merge(admin_client, ids)
    Event.objects.update(title="Reviewed: one incident")
    mention = Mention.objects.get(article=second)
    post_split(admin_client, [mention.pk])
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


# --- a split moves exactly the chosen sentences ---------------------------------------------

TALKS = "The foreign ministers of Estonia and Latvia met in Valga on 9 March 2021."
SECOND_ROUND = "A day later their deputies held a second round of talks on the border."


def two_sentence_talks():
    """One interaction told in two sentences of an article (invented)."""
    talks = extracted_event("2021-03-09", countries=("EE", "LV"), title="Estonia and Latvia hold talks")
    talks.mentions = [
        ExtractedMention(0, len(TALKS), TALKS, trigger="met", date_text="9 March 2021"),
        ExtractedMention(100, 100 + len(SECOND_ROUND), SECOND_ROUND, trigger="talks"),
    ]
    return extraction(talks)


def sentences(event: Event) -> list[tuple[int, int]]:
    return sorted(event.mentions.values_list("article", "start"))


def test_a_split_moves_only_the_chosen_sentence_and_re_extraction_keeps_it_apart(admin_client):
    told, other = make_article(), make_article()
    save_extraction(told, two_sentence_talks())
    save_extraction(other, extraction(extracted_event("2021-03-09", countries=("EE", "LV"))))
    original = Event.objects.get()
    second_round = Mention.objects.get(article=told, start=100)
    post_split(admin_client, [second_round.pk])
    split = Event.objects.exclude(pk=original.pk).get()
    assert sentences(split) == [(told.pk, 100)]
    assert sentences(original) == [(told.pk, 0), (other.pk, 0)]
    assert EditorialAction.objects.get().description.startswith("Split 1 sentence(s) of 1 article(s)")
    original.refresh_from_db()
    assert not original.locked
    save_extraction(told, two_sentence_talks())  # the worker reads the article again
    assert sentences(split) == [(told.pk, 100)]
    assert sentences(original) == [(told.pk, 0), (other.pk, 0)]
    assert Mention.objects.count() == 3 and Event.objects.count() == 2


def test_re_extraction_does_not_copy_a_split_sentence_back_into_a_reviewed_event(admin_client):
    told, other = make_article(), make_article()
    save_extraction(told, two_sentence_talks())
    save_extraction(other, extraction(extracted_event("2021-03-09", countries=("EE", "LV"))))
    original = Event.objects.get()
    Event.objects.update(locked=True, title="Reviewed: talks in Valga")
    post_split(admin_client, [Mention.objects.get(article=told, start=100).pk])
    split = Event.objects.exclude(pk=original.pk).get()
    save_extraction(told, two_sentence_talks())
    assert sentences(original) == [(told.pk, 0), (other.pk, 0)]
    assert sentences(split) == [(told.pk, 100)]
    assert Event.objects.get(pk=original.pk).title == "Reviewed: talks in Valga"


def test_an_extracted_event_a_split_empties_goes_even_when_locked(admin_client):
    article = make_article()
    save_extraction(article, extraction(extracted_event("2021-03-09")))
    original = Event.objects.get()
    Event.objects.update(locked=True)
    post_split(admin_client, [Mention.objects.get().pk])
    split = Event.objects.get()
    assert split.pk != original.pk and sentences(split) == [(article.pk, 0)]
    assert EditorialAction.objects.get().other_event_id == original.pk


def test_an_event_an_editor_made_stays_when_a_split_empties_it(admin_client):
    made = Event.objects.create(
        date=date(2021, 3, 9), type="meeting", title="Talks (entered by hand)", origin="editor", locked=True
    )
    made.countries.set(["IL", "RU"])
    made.sync_pairs()
    save_extraction(make_article(), extraction(extracted_event("2021-03-09")))
    post_merge(admin_client, list(Event.objects.values_list("pk", flat=True)))
    assert Event.objects.get().pk == made.pk  # the locked one won
    post_split(admin_client, [Mention.objects.get().pk])
    made.refresh_from_db()
    assert (made.title, made.mentions.count(), Event.objects.count()) == ("Talks (entered by hand)", 0, 2)


def test_a_sentence_newly_read_beside_a_reviewed_event_s_sentence_joins_it():
    article = make_article()
    save_extraction(article, extraction(extracted_event("2021-03-09", countries=("EE", "LV"))))
    reviewed = Event.objects.get()
    Event.objects.update(locked=True)
    save_extraction(article, two_sentence_talks())  # a better engine finds a second sentence
    assert Event.objects.get() == reviewed
    assert sentences(reviewed) == [(article.pk, 0), (article.pk, 100)]


# --- confirmation pages ---------------------------------------------------------------------


def test_a_merge_asks_first_and_says_what_it_will_do(admin_client, django_assert_max_num_queries):
    save_extraction(make_article(), extraction(extracted_event("2021-03-09", title="Plane <b>downed</b>")))
    save_extraction(make_article(), extraction(extracted_event("2021-06-20", title="Jet lost")))
    kept, other = Event.objects.order_by("date")
    Event.objects.filter(pk=kept.pk).update(locked=True)
    with django_assert_max_num_queries(8):
        response = post_merge(admin_client, [other.pk, kept.pk], confirmed=False)
    html = response.content.decode()
    assert response.status_code == 200 and not EditorialAction.objects.exists()
    assert Event.objects.count() == 2
    assert response.templates[0].name == "admin/relations/event/merge_confirmation.html"
    assert "Plane &lt;b&gt;downed&lt;/b&gt;" in html and "<b>downed" not in html
    assert "These 2 events between Israel and Russia will become one." in html
    winner = html.split("<h2>Kept</h2>")[1].split("<h2>")[0]
    assert "Plane &lt;b&gt;downed" in winner and "it is locked" in winner
    assert "Jet lost" in html.split("Merged into it, then deleted")[1]
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'href="/admin/relations/event/" class="button cancel-link">Cancel</a>' in html
    for pk in (kept.pk, other.pk):
        assert f'<input type="hidden" name="_selected_action" value="{pk}">' in html
    assert '<input type="hidden" name="action" value="merge">' in html
    assert '<input type="hidden" name="post" value="yes">' in html
    post_merge(admin_client, [other.pk, kept.pk])
    assert Event.objects.get().pk == kept.pk


def test_a_split_asks_first_and_says_what_it_will_do(admin_client, django_assert_max_num_queries):
    told = make_article(title="Valga <script>talks</script>")
    save_extraction(told, two_sentence_talks())
    original = Event.objects.get()
    chosen = Mention.objects.get(start=100)
    Mention.objects.filter(pk=chosen.pk).update(sentence="Their deputies <i>met</i> again.")
    with django_assert_max_num_queries(10):
        response = admin_client.post(
            "/admin/relations/mention/?q=deputies", {"action": "split", "_selected_action": [chosen.pk]}
        )
    html = response.content.decode()
    assert response.status_code == 200 and Event.objects.get() == original
    assert response.templates[0].name == "admin/relations/mention/split_confirmation.html"
    moving = html.split("<h2>Sentences that move</h2>")[1].split("<h2>")[0]
    assert "Their deputies &lt;i&gt;met&lt;/i&gt; again." in moving and TALKS not in moving
    assert "Valga &lt;script&gt;talks&lt;/script&gt;" in moving and "<script>talks" not in html
    assert "It keeps 1 other sentence, and its date and status follow what they say." in html
    assert "Countries: EE, LV" in html
    assert 'href="/admin/relations/mention/?q=deputies" class="button cancel-link">Cancel</a>' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert f'<input type="hidden" name="_selected_action" value="{chosen.pk}">' in html
    assert not EditorialAction.objects.exists()


def test_a_split_that_empties_the_event_says_it_goes(admin_client):
    save_extraction(make_article(), extraction(extracted_event("2021-03-09")))
    html = post_split(admin_client, [Mention.objects.get().pk], confirmed=False).content.decode()
    assert "No sentence is left in it: it will be deleted." in html


def test_a_refused_split_or_merge_shows_no_confirmation(admin_client):
    save_extraction(make_article(), extraction(extracted_event("2021-03-09")))
    save_extraction(make_article(), extraction(extracted_event("2022-03-09")))
    ids = list(Mention.objects.values_list("pk", flat=True))
    response = admin_client.post(
        "/admin/relations/mention/", {"action": "split", "_selected_action": ids}, follow=True
    )
    assert "Choose sentences of one event." in response.content.decode()
    assert "split_confirmation" not in {t.name.split("/")[-1].split(".")[0] for t in response.templates}
    event = Event.objects.first()
    response = admin_client.post(
        "/admin/relations/event/", {"action": "merge", "_selected_action": [event.pk]}, follow=True
    )
    assert "Choose at least two events to merge." in response.content.decode()


def test_the_record_of_editorial_actions_is_read_only(admin_client):
    save_extraction(make_article(), extraction(extracted_event("2021-03-09")))
    save_extraction(make_article(), extraction(extracted_event("2021-06-20")))
    post_merge(admin_client, list(Event.objects.values_list("pk", flat=True)))
    action = EditorialAction.objects.get()
    url = f"/admin/relations/editorialaction/{action.pk}"
    listing = admin_client.get("/admin/relations/editorialaction/")
    assert listing.status_code == 200 and "delete_selected" not in listing.content.decode()
    view = admin_client.get(f"{url}/change/")
    assert view.status_code == 200 and 'name="_save"' not in view.content.decode()
    assert admin_client.post(f"{url}/change/", {"description": "Rewritten"}).status_code == 403
    assert admin_client.get(f"{url}/delete/").status_code == 403
    assert admin_client.post(f"{url}/delete/", {"post": "yes"}).status_code == 403
    changelist = "/admin/relations/editorialaction/"
    admin_client.post(
        changelist, {"action": "delete_selected", "_selected_action": [action.pk], "post": "yes"}
    )
    assert admin_client.get("/admin/relations/editorialaction/add/").status_code == 403
    action.refresh_from_db()
    assert action.description.startswith("Merged event")
