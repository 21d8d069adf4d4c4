"""The trigger lexicon: phrases written in lemmas find every inflection, and only what they say."""

import pytest

from relations.extraction import lexicon, types


def found(sentence: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.trigger.type, f.trigger.plover) for f in lexicon.find(sentence.lower())]


def test_every_entry_is_a_registered_type_and_plover_event():
    for trigger, phrases in lexicon.LEXICON:
        assert trigger.type in types.TYPES
        assert not trigger.plover or trigger.plover in types.PLOVER_EVENTS
        assert phrases


@pytest.mark.parametrize("word", ["expel", "expels", "expelled", "expelling", "expulsion"])
def test_a_lemma_finds_all_its_inflections(word):
    assert found(f"Ankara {word} two diplomats.")[0][1:] == ("other", "SANCTION")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They recalled their ambassador.", [("recalled their ambassador", "other", "SANCTION")]),
        ("Seoul withdrew its top envoy.", [("withdrew its top envoy", "other", "SANCTION")]),
        ("Troops will withdraw.", [("troops", "military_incident", "MOBILIZE"), ("withdraw", "other", "RETREAT")]),  # noqa: E501
        ("They severed diplomatic ties.", [("severed diplomatic ties", "other", "SANCTION")]),
        ("They are closing the border crossing.", [("closing the border crossing", "other", "SANCTION")]),
        ("They sent their ambassador back.", [("sent their ambassador back", "other", "COOPERATE")]),
        # a hyphenated compound is one word of a gap
        ("They held joint anti-piracy drills.", [("joint anti-piracy drills", "other", "COOPERATE")]),
    ],
)  # fmt: skip
def test_gaps_and_longer_phrases_win_over_a_word_of_a_later_entry(sentence, expected):
    assert found(sentence) == expected


def test_a_word_excluded_after_a_trigger_leaves_the_phrase_to_a_later_entry():
    assert found("He called for calm and then called Erdogan.") == [
        ("called for", "statement", "DEMAND"),
        ("called", "phone_call", "CONSULT"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the report, nothing happened.",  # not an accord
        "She is going to the market.",  # "went to" is a journey, "going to" a future
        "The dealers dealt with the cold.",  # only the noun "deal" is an agreement
        "They traded barbs.",  # only the noun "trade" is trade
        "Washington and its allies spoke out.",  # allies are not an alliance made
        "Allied troops advanced.",  # nor are allied troops
        "The visitors left.",  # whole words only
    ],
)
def test_forms_a_phrase_excludes_are_not_triggers(sentence):
    assert not [f for f in found(sentence) if f[1] in ("agreement", "visit", "trade")]


@pytest.mark.parametrize(
    ("sentence", "past"),
    [("They met.", True), ("They held talks.", True), ("They will meet.", False), ("They cut ties.", False)],
)
def test_a_trigger_told_in_the_past_has_happened(sentence, past):
    assert lexicon.find(sentence.lower())[0].past is past


def test_hostile_text_is_scanned_in_bounded_steps():
    text = ("recall " * 2000 + "the " * 2000).lower()
    assert lexicon.find(text) == ()
    assert lexicon.find("") == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The long-delayed summit opened.", [("summit", "meeting", "CONSULT")]),
        ("A US-brokered truce held.", [("truce", "agreement", "AGREE")]),
        ("A counter-attack followed.", [("attack", "military_incident", "FIGHT")]),  # not a participle
    ],
)
def test_a_participle_ending_a_hyphenated_compound_is_a_modifier_not_a_trigger(sentence, expected):
    assert found(sentence) == expected


def test_a_state_told_by_a_participle_is_no_new_measure():
    assert found("Ties have been frozen since August.") == []
    assert found("Ankara froze ties.") == [("froze", "sanctions", "SANCTION")]


def test_striking_a_deal_is_an_agreement_not_a_strike():
    assert found("Ankara struck a new gas deal with Baku.") == [
        ("struck a new gas deal", "agreement", "AGREE")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister gave a speech at the weekly cabinet meeting.",
        "She told a talk show that ties were good.",
        "The ministers gathered in Goa for the Shanghai Cooperation Organisation.",
        "Leaders gathered for Asia-Pacific Economic Cooperation in Lima.",
        "Both belong to the Andean trade bloc.",
        "The trade minister answered first.",
    ],
)
def test_a_states_own_gatherings_are_no_trigger(sentence):
    assert found(sentence) == []


def test_words_after_a_passed_over_phrase_are_still_read():
    assert found("After the cabinet meeting he met Macron.") == [("met", "meeting", "CONSULT")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A patrol ship rammed the trawler.", ("rammed", "military_incident")),
        ("The coast guard used water cannon.", ("water cannon", "military_incident")),
        ("Manila will buy six corvettes from Seoul.", ("buy", "trade")),
    ],
)
def test_force_at_sea_and_arms_purchases(sentence, expected):
    assert [(text, kind) for text, kind, _plover in found(sentence)] == [expected]


def test_a_gap_in_a_phrase_crosses_a_possessive():
    assert found("Ghana summoned Burkina Faso's ambassador.") == [
        ("summoned burkina faso's ambassador", "other", "SANCTION")
    ]
