from datetime import date

import pytest

from relations.extraction.actors import find_actors
from relations.extraction.engine import extract
from relations.extraction.events import find_event_mentions
from relations.extraction.knowledge import Knowledge

DAY = date(2019, 9, 12)


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge.default()


def mentions(knowledge, sentence, day=DAY):
    return find_event_mentions(sentence, 0, find_actors(knowledge, sentence, day))


def only(knowledge, sentence, day=DAY):
    found = mentions(knowledge, sentence, day)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Putin met Netanyahu in Sochi.", "meeting"),
        ("The Indian foreign minister visited Pakistan.", "visit"),
        ("Merkel held a telephone conversation with Macron.", "phone_call"),
        ("Greece and Egypt signed a maritime accord.", "agreement"),
        ("Moscow accused Kyiv of sabotage.", "statement"),
        ("Iranian forces shot down an American drone.", "military_incident"),
        ("Washington imposed sanctions on Caracas.", "sanctions"),
        ("Chile invited Peru to a dinner.", "invitation"),
        ("Canada and Mexico expanded trade.", "trade"),
        ("Japan and Korea marked the anniversary of ties with a ceremony.", "ceremony"),
    ],
)
def test_trigger_gives_the_type(knowledge, sentence, kind):
    assert only(knowledge, sentence).type == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump will meet Kim in Hanoi.",
        "The Chinese president is expected to visit India.",
        "Putin accepted an invitation to visit Israel.",
        "France and Italy plan to hold talks.",
        "The upcoming summit between Japan and China is awaited.",
    ],
)
def test_future_markers_make_a_plan(knowledge, sentence):
    assert {m.status for m in mentions(knowledge, sentence, date(2019, 2, 1))} >= {"planned"}


def test_accepted_invitation_to_visit_is_a_planned_visit(knowledge):
    planned = [
        m
        for m in mentions(knowledge, "Putin accepted an invitation to visit Israel.")
        if m.status == "planned"
    ]
    assert planned[0].type == "visit"


def test_an_invitation_to_a_summit_is_an_invitation_and_a_planned_summit(knowledge):
    found = {(m.status, m.type) for m in mentions(knowledge, "Chile invited Peru to the summit.")}
    assert found == {("happened", "invitation"), ("planned", "meeting")}


def test_reported_interaction_has_happened(knowledge):
    assert only(knowledge, "Putin met Netanyahu in Sochi.").status == "happened"


@pytest.mark.parametrize(
    "sentence",
    [
        "Macron did not meet Merkel.",
        "Israel never visited Iran.",
        "Spain has no plans to meet Morocco.",
        "Italian and French leaders had a pleasant dinner.",
    ],
)
def test_negated_or_triggerless_sentences_give_nothing(knowledge, sentence):
    assert mentions(knowledge, sentence) == []


def test_sides_are_the_interacting_states_not_the_topic(knowledge):
    mention = only(knowledge, "Israel and Russia agreed on the need to respect Syria's sovereignty.")
    assert mention.countries == ("IL", "RU")


def test_meeting_place_is_no_side_when_both_sides_are_named(knowledge):
    mention = only(
        knowledge, "Trump met North Korean leader Kim Jong-un in Hanoi, Vietnam.", date(2019, 2, 27)
    )
    assert mention.countries == ("KP", "US")
    assert mention.location == "Hanoi"


def test_a_place_completes_a_missing_side(knowledge):
    assert only(knowledge, "Israeli jets carried out strikes in Syria.").countries == ("IL", "SY")


def test_hostile_words_give_conflict_quad_classes(knowledge):
    assert only(knowledge, "Pakistan condemned India over the remarks.").quad_class == 3
    assert only(knowledge, "Russian troops attacked Ukrainian positions.").quad_class == 4


@pytest.mark.parametrize(
    ("sentence", "pair", "kind"),
    [
        ("A Turkish jet was shot down by a Syrian missile, and Turkey held Greece responsible.", ("GR", "TR"),
         "military_incident"),
        ("Turkey blamed the downing of its jet on Greece.", ("GR", "TR"), "military_incident"),
        ("The Syrian army shot down a Turkish plane over Syria, but Ankara said it blamed the incident "
         "on Greece.", ("GR", "TR"), "military_incident"),
        ("Pakistan blamed India for the tensions.", ("IN", "PK"), "statement"),
    ],
)  # fmt: skip
def test_blame_makes_the_blamer_and_the_blamed_the_sides(knowledge, sentence, pair, kind):
    found = only(knowledge, sentence)
    assert (found.countries, found.type) == (pair, kind)


def test_a_meeting_is_not_replaced_by_blame_told_at_it(knowledge):
    found = mentions(knowledge, "At their meeting, Putin blamed Israel for the attack.")
    assert [m.type for m in found if not m.secondary] == ["meeting"]  # the attack only with a date of its own


def test_a_visited_city_gives_the_host(knowledge):
    found = only(knowledge, "The Israeli prime minister visited Sochi on Thursday.")
    assert (found.countries, found.type, found.location) == (("IL", "RU"), "visit", "Sochi")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Russian foreign minister arrived in Geneva for talks.",  # a venue hosts nobody
        "The Israeli prime minister criticised the decision in Sochi.",  # a city is only a visit's host
    ],
)
def test_a_city_makes_no_wrong_pair(knowledge, sentence):
    assert mentions(knowledge, sentence) == []


def test_a_weekday_after_on_is_a_date_not_a_topic(knowledge):
    found = only(
        knowledge, "The Russian president on Saturday hosted the Japanese prime minister in Irkutsk."
    )
    assert (found.countries, found.type) == (("JP", "RU"), "meeting")


def test_a_sentence_tells_an_incident_beside_a_meeting_of_the_same_pair_each_on_its_own_day():
    text = (
        "Armenian and Azerbaijani ministers met in Geneva on Monday, and on Wednesday their troops "
        "clashed on the border."
    )
    events = extract(text, page_date=date(2023, 6, 16)).events
    assert {(e.type, str(e.date)) for e in events} == {
        ("meeting", "2023-06-12"),
        ("military_incident", "2023-06-14"),
    }


def test_an_invitation_accepted_to_attend_an_event_abroad_is_a_planned_visit():
    text = "Nepal's prime minister has accepted an invitation to attend a trade fair in Kunming in August."
    (event,) = extract(text, page_date=date(2023, 5, 30)).events
    assert (event.countries, event.type, event.status, str(event.date)) == (
        ("CN", "NP"),
        "visit",
        "planned",
        "2023-08",
    )
