"""The type registry: every table of types derives from it and agrees with the codings."""

from relations.extraction import types
from relations.models import Event


def test_every_type_is_coded_in_plover_and_cameo():
    for event_type in types.EVENT_TYPES:
        assert not event_type.plover or event_type.plover in types.PLOVER_EVENTS
        assert event_type.quad_class in {q.value for q in types.QUAD_CLASSES}
    assert types.quad_class("military_incident") == 4
    assert types.quad_class("meeting") == 1


def test_a_trigger_more_precise_than_its_type_gives_its_plover_class():
    assert types.quad_class("other", "SANCTION") == 4  # an expulsion: material conflict
    assert types.quad_class("other", "AID") == 2
    assert types.quad_class("statement", "DEMAND") == 3


def test_specificity_orders_every_type_once():
    ranks = [t.specificity for t in types.EVENT_TYPES]
    assert sorted(ranks) == list(range(1, len(ranks) + 1))
    assert min(types.EVENT_TYPES, key=lambda t: t.specificity).name == "phone_call"


def test_tones_split_the_quad_classes():
    assert types.quad_classes_of("cooperation") == [1, 2]
    assert types.quad_classes_of("conflict") == [3, 4]
    assert types.tone(0) == "" and types.tone(4) == "conflict" and types.tone(99) == ""


def test_one_interaction_is_told_as_a_family_of_types():
    assert types.family("visit") == types.family("meeting") == types.family("invitation")
    assert types.family("phone_call") == "phone_call"
    assert types.family("military_incident") != types.family("sanctions")


def test_titles_use_the_plover_event_of_an_other_event():
    assert types.title_verb("meeting", "CONSULT", planned=False) == "meets"
    assert types.title_verb("visit", "CONSULT", planned=True) == "to visit"
    assert types.title_verb("other", "SANCTION", planned=False) == "reduces relations with"
    assert types.title_verb("trade", "COOPERATE", planned=False) == "trades with"


def test_the_models_choices_come_from_the_registry():
    assert Event.Type.values == [t.name for t in types.EVENT_TYPES]
    assert Event.Type.PHONE_CALL.label == "phone call"
    assert Event.QuadClass.MATERIAL_CONFLICT == 4
    assert Event.QuadClass.UNKNOWN.label == "unknown"
