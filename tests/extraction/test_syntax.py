"""The parse under the rules: who acts, who is the counterpart, what is only the venue or the topic,
and whether it happened, is planned, changed or denied. Sentences written for these tests."""

from datetime import date

import pytest

from relations.extraction import syntax
from relations.extraction.engine import extract
from relations.extraction.knowledge import Knowledge

WEDNESDAY = date(2023, 5, 10)


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge.default()


def _events(knowledge, text: str, day: date = WEDNESDAY) -> list[tuple]:
    return [
        (e.date.iso(), e.countries, e.type, e.status, e.outcome)
        for e in extract(text, page_date=day, knowledge=knowledge).events
    ]


def _roles(sentence: str, trigger: str, names: list[str]) -> dict[str, str | None]:
    parsed = syntax.parse(sentence)
    start = sentence.index(trigger)
    frame = syntax.frame(parsed, start, start + len(trigger))
    return {name: frame.role(sentence.index(name), sentence.index(name) + len(name)) for name in names}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # a venue or a topic is no party
        ("Albanian Prime Minister Edi Rama met Serbian President Aleksandar Vucic on the sidelines of an EU "
         "summit in Brussels on Thursday.", ("AL", "RS")),
        ("Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin on Syria "
         "on Monday.", ("RU", "TR")),
        ("Chinese Foreign Minister Wang Yi discussed the situation in Gaza with his Egyptian counterpart on "
         "Tuesday.", ("CN", "EG")),
        # the counterpart's state in a modifier, another clause naming a third state
        ("German Chancellor Olaf Scholz met Italian Prime Minister Giorgia Meloni in Rome on Monday, days "
         "after a row with France.", ("DE", "IT")),
        # a participle's understood subject
        ("Speaking to Indian Prime Minister Narendra Modi in Tokyo on Monday, Japanese Prime Minister Fumio "
         "Kishida said the two countries would deepen ties.", ("IN", "JP")),
        # "for" after setting out names where the journey goes, not what it is about
        ("Peruvian President Dina Boluarte left for Quito on Monday.", ("EC", "PE")),
        ("Ecuador's foreign minister set off for Colombia on Wednesday for talks on trade.", ("CO", "EC")),
    ],
)  # fmt: skip
def test_the_sides_are_who_acts_and_the_counterpart(knowledge, sentence, pair):
    assert {countries for _d, countries, *_rest in _events(knowledge, sentence)} == {pair}


def test_a_meeting_keeps_its_venue_not_its_topic_as_location(knowledge):
    text = "Chinese Foreign Minister Wang Yi discussed the situation in Gaza with his Egyptian counterpart."
    assert extract(text, page_date=WEDNESDAY, knowledge=knowledge).events[0].location == ""
    text = "Olaf Scholz met Italian Prime Minister Giorgia Meloni in Rome on Monday."
    assert extract(text, page_date=WEDNESDAY, knowledge=knowledge).events[0].location == "Rome"
    text = (
        "Paraguayan President Santiago Peña received Taiwan's foreign minister on Monday and told him "
        "Paraguay had no intention of cutting its ties with Taipei in favour of Beijing."
    )
    assert extract(text, page_date=WEDNESDAY, knowledge=knowledge).events[0].location == ""
    text = "Malaysian Prime Minister Anwar Ibrahim hosted his Singapore counterpart Lawrence Wong on Monday."
    assert extract(text, page_date=WEDNESDAY, knowledge=knowledge).events[0].location == ""


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Japanese Prime Minister Fumio Kishida spoke by telephone with South Korean President Yoon Suk Yeol "
         "on Friday.", "phone_call"),
        ("The Indian prime minister called his Bangladeshi counterpart on Monday to discuss trade.",
         "phone_call"),
        ("Kenyan President William Ruto accepted an invitation to visit Ghana next year.", "visit"),
        ("Malaysia expelled North Korea's ambassador on Monday.", "other"),
        ("Kenya recalled its ambassador to Somalia on Sunday.", "other"),
        ("Venezuela severed diplomatic ties with Colombia on Saturday.", "other"),
        ("Pakistan closed the Torkham border crossing with Afghanistan on Sunday.", "other"),
        ("Saudi Arabia and Iran restored diplomatic relations on Friday.", "agreement"),
        ("Chile and Peru signed a free trade agreement in Lima on Monday.", "agreement"),
        ("Peru began selling electricity to Bolivia on Monday.", "trade"),
        ("Uruguayan President Yamandú Orsi attended Paraguayan President Santiago Peña's inauguration in "
         "Asunción on Monday.", "ceremony"),
        ("Uruguayan President Luis Lacalle Pou and Paraguayan President Santiago Peña last spoke face to "
         "face in Asunción in March.", "meeting"),
        ("A Venezuelan military helicopter flew about 2 km into Colombian airspace on Monday.",
         "military_incident"),
        ("Two Venezuelan coast guard ships entered Guyanese territorial waters on Monday.",
         "military_incident"),
        ("A Bolivian helicopter flew about two kilometres into Peruvian territory on Monday.",
         "military_incident"),
        ("Chilean President Gabriel Boric received a call from Lima on Monday.", "phone_call"),
        ("The Ugandan president departed for Nairobi on Tuesday.", "visit"),
        # a verb the parser reads as an adjective, the rest of the clause as the name's apposition
        ("Germany imposed sanctions on Iran on Monday.", "sanctions"),
        ("Austria summoned Brazil's ambassador on Tuesday.", "other"),
        ("Cameroon summoned Equatorial Guinea's ambassador on Tuesday.", "other"),
        ("Azerbaijani forces fired artillery rounds at Armenian villages on Monday.", "military_incident"),
        ("Peru's president headed for Ecuador on Monday for a state visit.", "visit"),
    ],
)  # fmt: skip
def test_what_was_done_gets_its_type(knowledge, sentence, kind):
    assert [k for _d, _c, k, *_rest in _events(knowledge, sentence)] == [kind]


def test_calling_something_something_is_no_call(knowledge):
    text = "Responding to the Russian statement, Israeli Foreign Minister Yair Lapid called it unforgivable."
    assert all(kind != "phone_call" for _d, _c, kind, *_rest in _events(knowledge, text))


def test_a_diplomatic_measure_is_coded_as_reduced_relations(knowledge):
    event = extract("Malaysia expelled North Korea's ambassador on Monday.", WEDNESDAY, knowledge).events[0]
    assert event.quad_class == 4
    assert event.title == "Malaysia expels diplomats of North Korea"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Kenya recalled its ambassador to Somalia on Monday.", "Kenya recalls its envoy from Somalia"),
        ("Chile broke off diplomatic relations with Peru on Monday.", "Chile cuts ties with Peru"),
        ("Bolivia said on Monday it was breaking diplomatic ties with Peru.", "Bolivia cuts ties with Peru"),
        # whose envoy it is, is who it is done to, however the parse reads the sentence
        (
            "North Korea retaliated by declaring the Malaysian envoy persona non grata.",
            "North Korea expels diplomats of Malaysia",
        ),
        ("The Chinese ambassador was summoned by Vietnam on Monday.", "Vietnam summons the envoy of China"),
        ("Poland closed its border crossing with Belarus on Monday.", "Poland closes its border to Belarus"),
        ("Hungary sealed its frontier with Serbia on Monday.", "Hungary closes its border to Serbia"),
        ("Kenya closed its embassy in Somalia on Monday.", "Kenya closes its embassy in Somalia"),
        ("Poland closed Russia's consulate in Poznan on Monday.", "Poland closes the mission of Russia"),
    ],
)
def test_a_diplomatic_measure_is_titled_by_what_was_done(knowledge, sentence, title):
    (event,) = extract(sentence, WEDNESDAY, knowledge).events
    assert (event.type, event.quad_class, event.title) == ("other", 4, title)


def test_a_diplomatic_measure_is_between_states_whoever_it_was_over(knowledge):
    sentence = (
        "Slovakia summoned Ukraine's ambassador on Tuesday over remarks by President Volodymyr Zelensky "
        "accusing Prime Minister Robert Fico of opening a second energy front."
    )
    (event,) = extract(sentence, date(2025, 1, 8), knowledge).events
    assert event.title == "Slovakia summons the envoy of Ukraine"


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli Prime Minister Benjamin Netanyahu may visit Moscow next month.",
        "The leaders of India and China could meet in the near future.",
        "French President Emmanuel Macron is expected to arrive in Beijing on Friday.",
        "Indian Prime Minister Narendra Modi plans to meet Chinese President Xi Jinping next month.",
    ],
)
def test_modal_and_plan_verbs_make_a_plan(knowledge, sentence):
    found = _events(knowledge, sentence)
    assert found and all(status == "planned" for _d, _c, _k, status, _o in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Indian Prime Minister Narendra Modi did not meet Chinese President Xi Jinping in Delhi on Saturday.",
        "Spain has no plans to meet Morocco.",
        "Peruvian President Dina Boluarte has yet to meet Chilean President Gabriel Boric.",
        "The presidents of Peru and Chile are yet to meet.",
        "Israeli and Russian commanders agreed on ways to prevent clashes between their jets over Syria.",
        "Greece kept its ships in port for fear of a clash with Turkish vessels, officials said on Monday.",
        # a habit is no one event
        "The Kenyan and Ugandan presidents meet regularly.",
        "Kenyan and Ugandan patrols often clash along the lake.",
        # denied, skipped, unlikely
        "Kenya denied reports that its president would meet Somalia's president next week.",
        "Kenya dismissed speculation that its president would meet Somalia's president.",
        "Kenya's president is unlikely to meet Somalia's president this year.",
    ],
)
def test_negation_and_unreal_governors_give_no_such_event(knowledge, sentence):
    assert all(
        kind not in ("meeting", "military_incident") for _d, _c, kind, *_r in _events(knowledge, sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana called for a ceasefire between Mali and Burkina Faso on Monday.",
        "Peru and Ecuador are working towards a border agreement, officials said on Monday.",
        "Brazil, whose diplomats lead a group seeking a truce in Haiti, hosted the Chilean foreign minister.",
        "The Philippines on Monday demanded talks with China over the shoal.",
    ],
)
def test_what_a_state_asks_for_has_not_happened(knowledge, sentence):
    told = [(countries, kind) for _d, countries, kind, _s, _o in _events(knowledge, sentence)]
    assert all(kind not in ("agreement", "meeting") or countries == ("BR", "CL") for countries, kind in told)


@pytest.mark.parametrize(
    "sentence",
    [
        "France urged Russia and Ukraine on Monday to sign a ceasefire.",
        "China appealed to India and Pakistan on Monday to hold talks.",
        "Britain said on Monday that Sudan and Chad must reach an agreement on the border.",
        "An official Syrian newspaper called on Arabs on Monday to mobilise against Israel.",
        "Kenya asked Uganda on Monday to reopen the border.",
        "Nepal requested India on Monday to resume fuel shipments.",
    ],
)
def test_what_is_asked_of_a_state_is_only_the_asking(knowledge, sentence):
    told = {(kind, status) for _d, _countries, kind, status, _o in _events(knowledge, sentence)}
    assert told <= {("statement", "happened")}


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The planned visit of Chinese President Xi Jinping to Italy was postponed on Monday.", "postponed"),
        (
            "A meeting between the foreign ministers of Greece and Turkey was called off on Tuesday.",
            "cancelled",
        ),
    ],
)
def test_a_plan_that_changed_is_a_plan_with_its_outcome(knowledge, sentence, outcome):
    """... and the act of changing it, on the day it was done, is an event of its own."""
    told = [(kind, status, o) for _d, _c, kind, status, o in _events(knowledge, sentence)]
    assert sorted(told) == sorted([(told[0][0], "planned", outcome), ("other", "happened", "")])


def test_a_date_in_a_clause_of_another_moment_does_not_date_the_event(knowledge):
    text = (
        "Iraqi Prime Minister Mohammed Shia al-Sudani met Iranian President Ebrahim Raisi in Tehran on "
        "Tuesday. This is the first visit of the Iraqi prime minister to Iran since he took office on "
        "October 27."
    )
    assert {d for d, *_rest in _events(knowledge, text, date(2022, 11, 30))} == {"2022-11-29"}


def test_allies_acting_together_are_not_each_others_side(knowledge):
    text = "Israeli and French jets launched strikes on targets in Syria on Monday."
    assert ("FR", "IL") not in {countries for _d, countries, *_rest in _events(knowledge, text)}
    text = "Israeli and French jets struck targets in Syria on Monday."  # "struck" read as "jets struck by"
    assert {countries for _d, countries, *_rest in _events(knowledge, text)} == {("FR", "SY"), ("IL", "SY")}


def test_those_who_exchange_fire_fight_each_other(knowledge):
    for text in (
        "Armenian and Azerbaijani troops exchanged fire on Monday.",
        "Armenia and Azerbaijan traded fire across the border on Monday.",
    ):
        assert {countries for _d, countries, *_rest in _events(knowledge, text)} == {("AM", "AZ")}, text


@pytest.mark.parametrize(
    "text",
    [
        "Japan sent doctors to Myanmar on Monday, a month after a powerful earthquake struck near Mandalay.",
        "Japan sent a medical team to Myanmar on Monday after a cyclone hit the Rakhine coast.",
    ],
)
def test_what_a_force_of_nature_strikes_is_no_attack(knowledge, text):
    assert [kind for _d, _c, kind, _s, _o in _events(knowledge, text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "The International Court of Justice on Monday rejected Kenya's claim to waters claimed by Somalia.",
        "The UN Security Council on Monday condemned Rwanda's support for rebels in Congo.",
        "The World Bank approved a loan to Kenya for a road to Uganda on Monday.",
    ],
)
def test_what_an_international_body_does_is_no_act_between_the_states_it_names(knowledge, text):
    assert _events(knowledge, text) == []


def test_talks_a_bloc_hosts_are_between_the_states_that_hold_them(knowledge):
    text = "The EU hosted talks between Serbia and Kosovo in Brussels on Monday."
    assert [(countries, kind) for _d, countries, kind, _s, _o in _events(knowledge, text)] == [
        (("RS", "XK"), "meeting")
    ]


def test_roles_from_the_tree():
    roles = _roles(
        "Rama met Vucic in Brussels on the sidelines of an EU summit.", "met", ["Rama", "Vucic", "Brussels"]
    )
    assert roles == {"Rama": syntax.AGENT, "Vucic": syntax.COUNTERPART, "Brussels": syntax.VENUE}
    roles = _roles("Erdogan held talks with Putin on Syria.", "talks", ["Erdogan", "Putin", "Syria"])
    assert roles == {"Erdogan": syntax.AGENT, "Putin": syntax.COUNTERPART, "Syria": syntax.TOPIC}


def test_a_long_name_is_parsed_as_its_last_word():
    first, second = "Russian President Vladimir Putin", "Israeli Prime Minister Benjamin Netanyahu"
    sentence = f"{first} met {second}."
    parsed = syntax.parse(sentence, [(0, len(first)), (len(first) + 5, len(sentence) - 1)])
    assert [t.text for t in parsed.doc] == ["Putin", "met", "Netanyahu", "."]
    assert parsed.span(len(first) + 1, len(first) + 4) == (6, 9)  # "met"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kenyan president's visit to Uganda was called off in December.",
        "A visit by the Kenyan president to Uganda was cancelled in December.",
    ],
)
def test_a_name_after_to_and_before_a_finite_verb_is_the_nouns(sentence):
    """'to Uganda was cancelled' is no infinitive: the visit is what was cancelled."""
    doc = syntax.parse(sentence).doc
    visit, uganda = (next(t for t in doc if t.text == word) for word in ("visit", "Uganda"))
    assert visit.dep_ == "nsubj:pass" and visit.head.dep_ == "ROOT" and visit.head.tag_ == "VBN"
    assert (uganda.dep_, uganda.head.i) == ("nmod", visit.i)


def test_a_name_after_to_is_no_verb():
    """'his second visit to Uganda this year': no infinitive of a verb 'Uganda' with an object."""
    sentence = "Ruto made his second visit to Uganda this year on Monday."
    start = sentence.index("Uganda")
    doc = syntax.parse(sentence, [(start, start + len("Uganda"))]).doc
    visit, uganda, year = doc[4], doc[6], doc[8]
    assert (uganda.tag_, uganda.dep_, uganda.head.i) == ("NNP", "nmod", visit.i)
    assert year.head.i == visit.i and doc[5].dep_ == "case"


def test_what_a_deal_signed_at_a_ceremony_will_do_is_no_planned_ceremony(knowledge):
    text = (
        "The agreement was signed by the fisheries ministers of Kenya and Uganda at a ceremony in Kampala "
        "and will take effect in January."
    )
    assert [status for _d, _c, _kind, status, _o in _events(knowledge, text)] == ["happened"]


def test_what_a_ratified_deal_will_allow_is_no_planned_deal(knowledge):
    text = (
        "The agreement between Kenya and Uganda, which will allow their armies to use each other's bases, "
        "was ratified on Monday."
    )
    assert [status for _d, _c, _kind, status, _o in _events(knowledge, text)] == ["happened"]


def test_a_date_after_since_is_of_what_began_then(knowledge):
    text = (
        "Nepal's prime minister met Modi in New Delhi on Thursday, his first visit to India since returning "
        "to power in July, after he broke with tradition by travelling to China first."
    )
    assert [(day, countries) for day, countries, *_rest in _events(knowledge, text)] == [
        ("2023-05-04", ("IN", "NP"))
    ]


def test_a_state_something_passes_through_is_no_side(knowledge):
    text = "Nepal began selling 40 megawatts of power to Bangladesh through Indian lines in November."
    assert {countries for _d, countries, *_rest in _events(knowledge, text)} == {("BD", "NP")}


def test_what_a_plan_waits_for_has_not_happened(knowledge):
    text = (
        "Kazakh President Kassym-Jomart Tokayev has postponed a state visit to Kyrgyzstan planned for next "
        "week until after a border demarcation deal is ratified, his press secretary said on Wednesday."
    )
    assert {kind for _d, _c, kind, _s, _o in _events(knowledge, text)} == {"visit", "other"}


def test_a_noun_that_renames_a_plan_is_planned(knowledge):
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis will travel to Ankara in May for talks with Turkish "
        "President Recep Tayyip Erdogan, the eighth meeting of their High-Level Cooperation Council, Greek "
        "officials said on Wednesday."
    )
    assert {status for _d, _c, _kind, status, _o in _events(knowledge, text)} == {"planned"}


def test_a_date_after_a_clause_of_time_is_that_clauses():
    visitor = "Burundian President Evariste Ndayishimiye"
    sentence = f"The expulsions come weeks after {visitor} paid a state visit to Dodoma in April."
    doc = syntax.parse(sentence, [(sentence.index(visitor), sentence.index(visitor) + len(visitor))]).doc
    april = next(t for t in doc if t.text == "April")
    assert april.head.text == "paid"


def test_a_date_after_a_phrase_of_time_is_that_phrases():
    sentence = "Ruto said on Monday that the text was agreed, after a round of talks with Museveni last week."
    parsed = syntax.parse(sentence, [(0, 4), _span(sentence, "Museveni")])
    talks = syntax.frame(parsed, *_span(sentence, "talks"))
    assert talks.dates_itself(*_span(sentence, "last week"))


def _span(sentence: str, words: str) -> tuple[int, int]:
    return sentence.index(words), sentence.index(words) + len(words)


@pytest.mark.parametrize("place", ["Kampala", "Santiago"])
def test_a_name_after_a_word_of_time_and_before_a_finite_verb_is_its_subject(place):
    """'after Kampala complained' is a clause of time with its subject, not 'after Kampala'."""
    sentence = f"Kenya installed a fence on the border in April and removed it after {place} complained."
    doc = syntax.parse(sentence, [(0, 5), _span(sentence, place)]).doc
    name, verb = (next(t for t in doc if t.text == word) for word in (place, "complained"))
    assert (name.dep_, name.head.i, verb.dep_, verb.head.text) == ("nsubj", verb.i, "advcl", "removed")


def test_overlong_sentences_are_not_parsed():
    assert syntax.parse("word " * (syntax.MAX_TOKENS + 1)) is None


def test_an_article_parses_in_one_batch_and_no_more_than_its_budget():
    parses = syntax.Parses(2)
    sentences = ["Putin met Netanyahu.", "Xi called Modi.", "Biden visited Kyiv."]
    parses.prefetch([(text, ()) for text in sentences])
    assert [parses.get(text) is not None for text in sentences] == [True, True, False]
    assert [t.dep_ for t in parses.get("Putin met Netanyahu.").doc][:3] == ["nsubj", "ROOT", "obj"]


def test_a_lemma_is_the_one_the_lemmatizer_sets():
    """The reading makes only the lemmas it asks for: they are those the whole pipeline sets, for a
    word no edit tree fits too (its own text), in an article of more sentences than one batch."""
    sentences = [f"The {n} ministers held talks in Geneva and didn't meet." for n in range(2, 38)]
    sentences.append("Xqzvbr'd the zzyzx-ing Qwrtplk.")
    parses = syntax.Parses(len(sentences))
    parses.prefetch([(text, ()) for text in sentences])
    whole = syntax.load().pipe(sentences, batch_size=32)
    for text, expected in zip(sentences, whole, strict=True):
        assert [syntax.lemma_of(t) for t in parses.get(text).doc] == [t.lemma_ for t in expected]


def test_a_missing_model_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(syntax, "MODEL", tmp_path / "absent")
    syntax.load.cache_clear()
    try:
        with pytest.raises(syntax.ParserUnavailable, match="make model"):
            syntax.load()
    finally:
        syntax.load.cache_clear()


def test_a_corrupt_model_is_a_clear_error(monkeypatch, tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp\nnot a config", encoding="utf-8")
    monkeypatch.setattr(syntax, "MODEL", tmp_path)
    syntax.load.cache_clear()
    try:
        with pytest.raises(syntax.ParserUnavailable, match="cannot be loaded"):
            syntax.load()
    finally:
        syntax.load.cache_clear()


def test_an_office_holder_the_knowledge_lacks_is_named_in_titles(knowledge):
    text = "Ghanaian President Kwame Osei-Mensah met Kenyan President William Ruto in Nairobi on Tuesday."
    event = extract(text, page_date=WEDNESDAY, knowledge=knowledge).events[0]
    assert event.countries == ("GH", "KE")
    assert event.title == "Kwame Osei-Mensah meets William Ruto in Nairobi"
    assert "Kwame Osei-Mensah" in event.participants


def test_a_meeting_in_a_named_city_is_placed_there_not_in_a_country_named_later(knowledge):
    text = (
        "Indian Prime Minister Narendra Modi flew to the port city of Chennai on Friday for talks with "
        "Chinese President Xi Jinping, days before the state elections in India."
    )
    assert {e.location for e in extract(text, page_date=WEDNESDAY, knowledge=knowledge).events} == {"Chennai"}


def test_a_lone_surrogate_is_parsed_without_error():
    parsed = syntax.parse("Putin met \ud800 Netanyahu in Sochi.")
    assert [t.text for t in parsed.doc][:2] == ["Putin", "met"]


def test_the_invasion_of_a_state_is_done_to_it_not_by_it(knowledge):
    """'of' names who visits in "the visit of X", but who is invaded in "the invasion of X"."""
    (event,) = extract("Syria today launched its invasion of Lebanon.", WEDNESDAY, knowledge).events
    assert event.type == "military_incident"


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran detained two French tourists on Monday.",
        "A Russian court sentenced a Ukrainian sailor to six years in prison on Monday.",
    ],
)
def test_coercion_by_law_is_no_military_incident(knowledge, sentence):
    (event,) = extract(sentence, WEDNESDAY, knowledge).events
    assert (event.type, event.quad_class) == ("other", 4)
    assert "acts against nationals of" in event.title


def test_recalling_him_is_a_measure_when_an_envoy_was_just_named(knowledge):
    text = (
        "The Chilean ambassador returned to Lima in March. Santiago had recalled him in January over a "
        "border dispute with Peru."
    )
    events = extract(text, WEDNESDAY, knowledge).events
    assert {(e.date.iso(), e.type, e.title) for e in events} == {
        ("2023-01", "other", "Chile recalls its envoy from Peru"),
        ("2023-03", "other", "Chile returns its envoy to Peru"),  # back at the post in March
    }
    no_envoy = "The Chilean minister returned to Lima in March. Santiago had recalled him in January."
    assert extract(no_envoy, WEDNESDAY, knowledge).events == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A military clash in Syria with Turkish forces would be a disaster, a Greek minister said on Monday.",
        "A war between Armenia and Azerbaijan could be catastrophic, he warned on Monday.",
    ],
)
def test_an_event_supposed_by_would_or_could_did_not_happen(knowledge, sentence):
    assert not [e for e in extract(sentence, WEDNESDAY, knowledge).events if e.type == "military_incident"]


def test_a_reference_back_opens_no_event_of_its_own(knowledge):
    """'the incident' points to an incident told before; told alone, it is not a new one."""
    text = (
        "Greek and Turkish ministers met in Athens on Monday. They spoke of trade. They spoke of tourism. "
        "They spoke of energy. Turkey said the incident was Greece's fault, since Greek jets used a "
        "Turkish plane as cover."
    )
    assert not [e for e in extract(text, WEDNESDAY, knowledge).events if e.type == "military_incident"]


def test_a_threat_foiled_is_no_threat(knowledge):
    text = "Greece said on Monday it would foil the threat from Turkish drones over the islands."
    assert not [e for e in extract(text, WEDNESDAY, knowledge).events if e.type == "statement"]


def test_a_date_in_a_since_clause_without_subject_is_not_the_events(knowledge):
    text = (
        "The Greek defence minister's visit to Turkey is his first since becoming Greece's defence "
        "minister in 2019."
    )
    assert all(e.date.start.year != 2019 for e in extract(text, WEDNESDAY, knowledge).events)


def test_a_sentence_told_through_a_reference_is_parsed_with_the_article(knowledge, monkeypatch):
    """'The two leaders' names the pair of the sentence before: the sentence is parsed in the
    article's batch, not alone when read (a lone sentence costs twice as much)."""
    batches, prefetch = [], syntax.Parses.prefetch

    def counted(self, wanted):
        batches.append(list(wanted))
        prefetch(self, batches[-1])

    monkeypatch.setattr(syntax.Parses, "prefetch", counted)
    text = (
        "Russian President Vladimir Putin met Israeli Prime Minister Naftali Bennett in Sochi on Friday. "
        "The two leaders discussed the situation in Syria and agreed to meet again."
    )
    extract(text, page_date=WEDNESDAY, knowledge=knowledge)
    assert len(batches) == 1 and len(batches[0]) == 2


def test_the_network_multiplies_with_numpy_not_blis():
    """thinc's default BLIS kernels took twice the CPU time per parse on these small matrices."""
    assert not syntax.load().get_pipe("tok2vec").model.ops.use_blis


def test_words_first_met_in_an_article_are_forgotten_after_it(knowledge):
    """A worker reads article after article: the parser's vocabulary must not grow with them."""
    strings = syntax.load().vocab.strings
    text = "Greece and Turkey agreed on {0} and {1} on Monday, after talks on {0}."
    extract(text.format("zorblat", "quennix"), WEDNESDAY, knowledge)
    before = len(strings)
    for first, second in [("plimvar", "drosket"), ("yarvenol", "skiffle"), ("tremoxa", "vlandis")]:
        extract(text.format(first, second), WEDNESDAY, knowledge)
    assert len(strings) == before
    assert "tremoxa" not in strings


def test_agreeing_to_meet_later_is_a_planned_meeting_dated_by_its_own_date(knowledge):
    text = (
        "Lula met Milei in Brasilia on Tuesday. The two leaders signed an energy agreement and agreed "
        "to meet again in Buenos Aires in June."
    )
    events = extract(text, date(2024, 3, 14), knowledge).events
    assert [(e.date.iso(), e.type, e.status) for e in events] == [
        ("2024-03-12", "meeting", "happened"),  # the agreement signed there is part of it
        ("2024-06", "meeting", "planned"),
    ]


def test_the_date_of_a_proposal_is_not_the_date_of_the_meeting_proposed(knowledge):
    text = "In March, Erdogan proposed to Putin in a telephone conversation to meet soon in Ankara."
    events = extract(text, date(2021, 5, 25), knowledge).events
    told = [(e.date.iso(), e.type, e.status) for e in events]
    assert ("2021-03", "phone_call", "happened") in told
    assert ("2022-03", "meeting", "planned") not in told  # March is the call's, not the meeting's
    assert [e.type for e in events if e.status == "planned"] == ["meeting"]


@pytest.mark.parametrize("word", ["amid", "amidst"])
def test_a_name_in_the_circumstances_of_a_call_is_no_side(knowledge, word):
    text = f"President Erdogan held a phone call with Egyptian President Sisi {word} tensions with Libya."
    assert _events(knowledge, text) == [("2023-05-10", ("EG", "TR"), "phone_call", "happened", "")]


def test_a_call_has_no_venue_even_when_a_report_of_it_names_a_place(knowledge):
    text = (
        "Erdogan and Sisi spoke by phone on Monday. During the call, they discussed the talks in Cairo "
        "between the two sides."
    )
    events = extract(text, page_date=WEDNESDAY, knowledge=knowledge).events
    assert [(e.type, e.location) for e in events] == [("phone_call", "")]
    assert "Cairo" not in events[0].title


def test_a_call_to_a_named_counterpart_is_not_taken_by_the_two_countries_of_a_clause_after_it(knowledge):
    text = (
        "Egyptian President Abdel Fattah al-Sisi met Sudanese leader Abdel Fattah al-Burhan on Monday. "
        "He later called his Libyan counterpart, Mohamed al-Menfi, to review the pipeline the two "
        "countries share."
    )
    found = {(e.countries, e.type) for e in extract(text, page_date=WEDNESDAY, knowledge=knowledge).events}
    assert (("EG", "LY"), "phone_call") in found


def test_a_habit_is_no_event_and_a_visit_told_after_a_comma_keeps_its_date(knowledge):
    text = (
        "Bhutanese prime ministers traditionally make their first trip abroad to India: his "
        "predecessor, Lotay Tshering, visited in April last year."
    )
    assert _events(knowledge, text) == [("2022-04", ("BT", "IN"), "visit", "happened", "")]


def test_a_gathering_that_is_only_the_occasion_is_no_meeting_of_the_two(knowledge):
    text = (
        "Indian Foreign Minister Jaishankar and Chinese Foreign Minister Wang Yi did not meet for talks "
        "during the G20 meeting in Bali on Friday."
    )
    assert _events(knowledge, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and Laos signed nine agreements on Tuesday during Laotian Prime Minister Sonexay "
            "Siphandone's visit to Hanoi.",
            ("2023-05-09", ("LA", "VN"), "visit", "happened", ""),
        ),
        (
            "Kenyan President William Ruto welcomed Ugandan President Yoweri Museveni in Nairobi on Monday.",
            ("2023-05-08", ("KE", "UG"), "meeting", "happened", ""),
        ),
        (
            "The Turkish parliament ratified the defence pact with Azerbaijan on Monday.",
            ("2023-05-08", ("AZ", "TR"), "agreement", "happened", ""),
        ),
        (
            "A Chinese coast guard ship collided with a Philippine patrol boat near the shoal on Monday.",
            ("2023-05-08", ("CN", "PH"), "military_incident", "happened", ""),
        ),
        # a verb after a relative "that" is no reference back: its clause's date is its own
        (
            "Peru was one of three states that cut ties with Mexico on 5 June 2017.",
            ("2017-06-05", ("MX", "PE"), "other", "happened", ""),
        ),
        # a measure on trade is no trade plan that changed
        (
            "Peru suspended imports of Bolivian fruit in April.",
            ("2023-04", ("BO", "PE"), "sanctions", "happened", ""),
        ),
        # "the agreement" refers back, but a date its own clause gives is its own
        (
            "The agreement was signed in Lima on 3 February 2022 by Chilean President Gabriel Boric and "
            "Peruvian President Pedro Castillo.",
            ("2022-02-03", ("CL", "PE"), "agreement", "happened", ""),
        ),
        # a body of both states, in a relative clause: both states met
        (
            "The two countries' joint commission on trade, which last met in Lima on 30 November 2017, "
            "brings together Chile and Peru.",
            ("2017-11-30", ("CL", "PE"), "meeting", "happened", ""),
        ),
        # where a journey began is no side
        (
            "Taiwanese Foreign Minister Lin Chia-lung flew in from Guatemala City on Monday for talks with "
            "Paraguayan President Santiago Pena.",
            ("2023-05-08", ("PY", "TW"), "meeting", "happened", ""),
        ),
        # a visit a past verb carries has happened, whatever a clause after it plans
        (
            "Chilean President Gabriel Boric flew to Peru on Monday for a state visit during which he "
            "will address the Peruvian congress.",
            ("2023-05-08", ("CL", "PE"), "visit", "happened", ""),
        ),
        # a plan called off keeps the date it was for; the calling off is on its own day
        (
            "A trade agreement between Chile and Peru due to be signed in April was cancelled on Monday.",
            [
                ("2023-04", ("CL", "PE"), "agreement", "planned", "cancelled"),
                ("2023-05-08", ("CL", "PE"), "other", "happened", ""),
            ],
        ),
    ],
)
def test_what_a_sentence_tells_between_two_states(knowledge, text, expected):
    assert _events(knowledge, text) == (expected if isinstance(expected, list) else [expected])


def test_a_trip_cancelled_is_a_plan_that_changed_not_a_sanction(knowledge):
    text = "Argentine President Javier Milei cancelled a planned trip to Brazil on Monday."
    assert sorted(e[1:] for e in _events(knowledge, text)) == [
        (("AR", "BR"), "other", "happened", ""),  # calling it off
        (("AR", "BR"), "visit", "planned", "cancelled"),
    ]


def test_welcoming_a_decision_is_a_statement_not_a_meeting(knowledge):
    text = "The Kenyan government welcomed Ugandan President Museveni's decision on Monday."
    assert [e[2] for e in _events(knowledge, text)] == ["statement"]


def test_the_two_neighbours_act_on_each_other(knowledge):
    text = (
        "Chad and Sudan are at odds again. The two neighbours severed diplomatic relations in "
        "December 2020, before restoring them in May 2021 following mediation by Qatar."
    )
    assert ("2020-12", ("SD", "TD"), "other", "happened", "") in _events(knowledge, text)


def test_a_crossing_shut_is_a_border_closed(knowledge):
    text = "The crossing between Pakistan and Afghanistan was shut on Monday."
    assert [e[2] for e in _events(knowledge, text)] == ["other"]


def test_a_name_outside_the_relative_clause_of_the_trigger_is_no_side(knowledge):
    sentence = (
        "Peru's interim government, which is due to hand over power after elections next year, "
        "blames the smuggling on gangs based in Bolivia."
    )
    assert ("BO", "PE") not in [
        (c[0], c[1]) for _d, c, kind, *_r in _events(knowledge, sentence) if kind == "other"
    ]
    assert (
        _roles(
            "Kenya's president, whose envoys lead talks seeking a truce in Sudan, met Chad's president.",
            "truce",
            ["Chad", "Kenya"],
        )["Chad"]
        == syntax.OTHER
    )


def test_a_trip_made_on_a_condition_is_no_plan(knowledge):
    sentence = "The Peruvian foreign minister said he would travel to Quito tomorrow if he were invited."
    assert _events(knowledge, sentence) == []


def test_intervening_to_do_something_did_it(knowledge):
    told = _events(
        knowledge, "In May 2021, Erdogan personally intervened to release a Greek sailor held in Izmir."
    )
    assert [(d, c, s) for d, c, _k, s, _o in told] == [("2021-05", ("GR", "TR"), "happened")]


def test_two_leaders_meeting_are_the_sides_not_the_two_countries_of_the_story(knowledge):
    text = (
        "Fiji and Samoa renew a fishing row in Suva.\n"
        "Samoan Prime Minister Fiame Naomi Mata'afa and her Tongan counterpart met on Saturday, ending a "
        "dispute that has soured relations between the two countries for years."
    )
    pairs = {c for _d, c, kind, *_r in _events(knowledge, text, date(2022, 11, 28)) if kind == "meeting"}
    assert pairs == {("TO", "WS")}


def test_an_invitation_from_someone_to_make_a_visit_is_one_planned_visit(knowledge):
    sentence = (
        "Guatemalan President Alejandro Giammattei accepted an invitation from Briceño to make an official "
        "visit to Belmopan in January, the Belizean government said."
    )
    told = _events(knowledge, sentence, date(2022, 11, 28))
    assert [(d, c, k, s) for d, c, k, s, _o in told] == [("2023-01", ("BZ", "GT"), "visit", "planned")]


def test_a_person_of_a_state_is_that_states_side_not_a_topic(knowledge):
    sentence = (
        "The two envoys, Ana Ruiz of Uruguay and Pedro Alves of Paraguay, spoke by phone on Monday evening."
    )
    told = _events(knowledge, sentence)
    assert [(d, c, k) for d, c, k, _s, _o in told] == [("2023-05-08", ("PY", "UY"), "phone_call")]


def test_handing_people_back_is_an_event_and_a_regional_meeting_is_none_between_two(knowledge):
    told = _events(knowledge, "In March, Chile handed back 40 Peruvian fishermen rescued at sea.")
    assert [(d, c, k) for d, c, k, _s, _o in told] == [("2023-03", ("CL", "PE"), "other")]
    assert (
        _events(knowledge, "Chile and Bolivia took part in a regional meeting on migration in Lima in March.")
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("In April, Chile cut import duties on Peruvian fruit and vegetables.", ("CL", "PE")),
        ("In April, Kazakhstan exempted Kyrgyzstan from its quota on wheat exports.", ("KG", "KZ")),
    ],
)
def test_easing_a_trade_barrier_on_a_state_is_trade_with_it(knowledge, sentence, pair):
    told = _events(knowledge, sentence)
    assert [(d, c, k) for d, c, k, _s, _o in told] == [("2023-04", pair, "trade")]
    assert (
        _roles("The United States imposed sanctions on Iran.", "sanctions", ["Iran"])["Iran"]
        == syntax.COUNTERPART
    )


def test_a_gulf_summit_is_no_meeting_of_two_and_one_of_the_states_that_cut_ties_is_a_side(knowledge):
    assert _events(
        knowledge, "Oman and Kuwait signed a declaration at a Gulf summit in Riyadh in January."
    ) == [("2023-01", ("KW", "OM"), "agreement", "happened", "")]
    roles = _roles(
        "Bahrain was one of the states that cut ties with Qatar in June.", "cut ties", ["Bahrain", "Qatar"]
    )
    assert roles["Bahrain"] != syntax.OTHER and roles["Qatar"] == syntax.COUNTERPART


def test_closing_an_entire_land_border_is_a_border_closed(knowledge):
    text = "Finland closed its entire land border with Russia in March, citing asylum seekers."
    [event] = extract(text, page_date=WEDNESDAY, knowledge=knowledge).events
    assert (event.date.iso(), event.countries, event.title) == (
        "2023-03",
        ("FI", "RU"),
        "Finland closes its border to Russia",
    )


def test_a_visit_to_a_capital_that_also_hosts_summits_is_a_visit_to_its_state(knowledge):
    sentence = "Denmark's King Frederik X is expected to visit Helsinki in the autumn, the presidency added."
    told = [(d, c, k, s) for d, c, k, s, _o in _events(knowledge, sentence, date(2025, 6, 2))]
    assert told == [("2025", ("DK", "FI"), "visit", "planned")]


def test_sending_a_minister_to_a_capital_within_days_is_a_planned_visit(knowledge):
    sentence = "Ramaphosa promised to send Home Affairs Minister Aaron Motsoaledi to Maseru within days."
    told = [(d, c, k, s) for d, c, k, s, _o in _events(knowledge, sentence, date(2023, 10, 12))]
    assert ("2023-10", ("LS", "ZA"), "visit", "planned") in told


def test_the_source_of_a_report_is_no_side(knowledge):
    text = "Moldovan troops shelled a village on Monday, according to the Romanian government."
    assert _roles(text, "shelled", ["Moldovan", "Romanian"]) == {"Moldovan": "agent", "Romanian": "other"}
    assert _events(knowledge, text) == []


def test_a_date_in_what_was_agreed_is_not_the_date_of_the_agreeing(knowledge):
    text = (
        "Peru closed its border with Bolivia on Monday. The presidents of Peru and Bolivia spoke by "
        "telephone on Tuesday and agreed that the border would reopen on Friday."
    )
    assert ("2023-05-09", ("BO", "PE"), "phone_call", "happened", "") in _events(knowledge, text)


def test_a_date_in_what_was_reported_dates_the_news(knowledge):
    text = (
        "Peruvian Foreign Minister Elmer Schialer is expected in La Paz next month, his ministry said, "
        "the first visit by a Peruvian foreign minister in two years."
    )
    assert _events(knowledge, text) == [("2023-06", ("BO", "PE"), "visit", "planned", "")]
    assert (
        extract(text, page_date=WEDNESDAY, knowledge=knowledge).events[0].title
        == "Elmer Schialer to visit Bolivia"
    )


def test_what_was_agreed_in_a_video_call_is_told_as_the_call_that_happened(knowledge):
    text = (
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed in a video call on "
        "Monday to reopen the border."
    )
    assert _events(knowledge, text) == [("2023-05-08", ("CL", "PE"), "phone_call", "happened", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Peru called the Chilean decision an attack on its sovereignty.",
        "Peru described Chile's decision as an attack.",
    ],
)
def test_what_something_is_called_is_no_event_of_that_kind(knowledge, text):
    assert {kind for _d, _c, kind, *_rest in _events(knowledge, text)} <= {"statement"}  # words, no attack


def test_a_diplomatic_measure_told_after_another_event_of_the_pair_is_an_event_too(knowledge):
    text = (
        "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. "
        "Peru had called the Chilean decision an attack on its sovereignty and recalled its ambassador "
        "from Santiago in April."
    )
    assert ("2023-04", ("CL", "PE"), "other", "happened", "") in _events(knowledge, text)


def test_what_a_party_is_said_to_be_is_no_event(knowledge):
    text = "Uruguay, the host, also agreed to buy electricity from Paraguay on Monday."
    assert [kind for _d, _c, kind, *_r in _events(knowledge, text)] == ["trade"]  # a purchase agreed


def test_a_wire_dateline_is_no_part_of_the_parse(knowledge):
    text = (
        "VILNIUS, Jan 16 (Baltic Wire) - Lithuania will close its border crossing with Belarus from Monday."
    )
    parsed = syntax.parse(text)
    assert [(t.text, t.dep_) for t in parsed.doc][:3] == [
        ("Lithuania", "nsubj"),
        ("will", "aux"),
        ("close", "ROOT"),
    ]
    assert _roles(text, "close", ["VILNIUS", "Lithuania"]) == {"VILNIUS": None, "Lithuania": "agent"}
    assert _events(knowledge, text, date(2025, 1, 16)) == [
        ("2025-01-20", ("BY", "LT"), "other", "planned", "")
    ]


def test_a_verb_that_lends_its_subject_does_not_lend_its_date(knowledge):
    text = "Peru lodged a protest with Chile on Monday and summoned the Chilean ambassador on Wednesday."
    assert _events(knowledge, text) == [
        ("2023-05-08", ("CL", "PE"), "statement", "happened", ""),
        ("2023-05-10", ("CL", "PE"), "other", "happened", ""),
    ]


def test_a_place_in_a_description_of_the_counterpart_is_no_venue():
    text = "Saidov held talks on Wednesday with Muttaqi, the foreign minister of the administration in Kabul."
    assert _roles(text, "held talks", ["Kabul"]) == {"Kabul": "other"}


def test_a_span_holding_a_cut_name_and_more_keeps_the_more():
    text = "Ghana's ministry, which summoned Burkina Faso's ambassador on Monday, said so."
    name = text.index("Burkina Faso")
    parsed = syntax.parse(text, [(name, name + len("Burkina Faso"))])
    trigger = (text.index("summoned"), text.index("ambassador") + len("ambassador"))
    assert [parsed.doc[i].text for i in parsed.tokens(*trigger)] == ["summoned", "Faso", "'s", "ambassador"]
    assert [parsed.doc[i].text for i in parsed.tokens(name + 3, name + 5)] == ["Faso"]
    assert [parsed.doc[i].text for i in parsed.tokens(0, name)][-1] == "summoned"


def test_the_noun_a_relative_pronoun_stands_for_acts():
    text = "Ghana's government, which expelled Togo's ambassador on Monday, said the talks were over."
    assert _roles(text, "expelled", ["Ghana", "Togo"]) == {"Ghana": "agent", "Togo": "counterpart"}


def test_what_passed_without_incident_is_no_incident(knowledge):
    text = "The week passed without incident on the border between Peru and Bolivia, officials said."
    assert all(kind != "military_incident" for _d, _c, kind, *_r in _events(knowledge, text))


def test_a_further_event_counted_from_the_sentences_date_has_its_own_day(knowledge):
    text = (
        "Bolivian soldiers crossed about 3 km into Peruvian territory on 28 April, according to Peru's "
        "government, which expelled Bolivia's ambassador the following day."
    )
    assert _events(knowledge, text) == [
        ("2023-04-28", ("BO", "PE"), "military_incident", "happened", ""),
        ("2023-04-29", ("BO", "PE"), "other", "happened", ""),
    ]


def test_returning_the_visit_is_a_visit_to_the_other_side(knowledge):
    text = (
        "Peruvian President Dina Boluarte visited Santiago on 2 March 2023. Chilean President Gabriel "
        "Boric returned the visit on 20 April."
    )
    told = extract(text, page_date=WEDNESDAY, knowledge=knowledge).events
    assert [(e.date.iso(), e.title) for e in told] == [
        ("2023-03-02", "Dina Boluarte visits Chile in Santiago"),
        ("2023-04-20", "Gabriel Boric visits Peru"),
    ]


def test_a_day_told_before_an_anchor_dates_the_talks_not_the_anchor(knowledge):
    text = (
        "Israeli Prime Minister Benjamin Netanyahu flew to the Black Sea resort of Sochi on Thursday for "
        "talks with Russian President Vladimir Putin, five days before the September 17 general election."
    )
    assert [(e.date.iso(), e.countries) for e in extract(text, page_date=date(2019, 9, 13)).events] == [
        ("2019-09-12", ("IL", "RU"))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bangladesh has long asked Pakistan for a formal apology for the killings of 1971.",
        "Greece has repeatedly protested to Turkey over flights near its islands.",
    ],
)
def test_what_went_on_or_recurred_until_now_is_no_one_event(knowledge, sentence):
    assert _events(knowledge, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Honduras freed 14 Salvadoran fishermen on Monday.", "Honduras hands over people to El Salvador"),
        ("Canada withdrew 41 of its diplomats from India on Monday.", "Canada withdraws from India"),
        ("Denmark lifted its checks on the German border on Monday.", "Denmark eases measures on Germany"),
        (
            "The Czech Republic filed a lawsuit against Poland at the EU Court of Justice on Monday.",
            "Czech Republic takes legal action against Poland",
        ),
        # forces sent are no aid
        ("Kenya sent 400 police officers to Haiti on Monday.", "Kenya sends forces to Haiti"),
        (
            "Peru sent 200 soldiers to its border with Chile on Monday.",
            "Peru sends troops to its border with Chile",
        ),
        ("Ghana sent 200 tonnes of rice to Togo on Monday.", "Ghana sends aid to Togo"),
        ("Japan pledged $50 million in aid to Vietnam on Monday.", "Japan pledges aid to Vietnam"),
        ("Spain recognised Palestine on Monday.", "Spain recognises Palestine"),
        ("Uganda apologised to Kenya on Monday for the incident.", "Uganda apologises to Kenya"),
        ("Kenya granted visa-free entry to Ugandan citizens on Monday.", "Kenya eases visa rules for Uganda"),
        ("Togo expelled three Ghanaian traders on Monday.", "Togo expels nationals of Ghana"),
        # a visit a host's welcome is for: the guest visits the host
        ("Kenya will host Uganda's president for a state visit next month.", "Uganda to visit Kenya"),
        ("Kenya hosted Uganda's president for a three-day official visit on Monday.", "Uganda visits Kenya"),
        ("Kenya hosted Uganda's president for talks on Monday.", "Kenya meets Uganda"),
        ("Indonesia and China established ties in 1950.", "Indonesia establishes ties with China"),
        (
            "Indonesia's president is due in Washington on Monday to meet Joe Biden before flying to Lima.",
            "Indonesia to meet United States",
        ),
        ("Togo expelled two Ghanaian diplomats on Monday.", "Togo expels diplomats of Ghana"),
        # a message handed over in person is an audience, no aid
        (
            "Kenya's foreign minister conveyed a message to Uganda's president on Monday.",
            "Kenya delivers a message to Uganda",
        ),
        # talks a journey was for are where it went
        (
            "Israel's prime minister flew to the Black Sea resort of Sochi on Monday for talks with Putin.",
            "Israel meets Russia in Sochi",
        ),
        ("Egypt and Turkey upgraded their ties to ambassador level.", "Egypt upgrades ties with Turkey"),
        ("Kenya raised the arrests with Tanzania on Monday.", "Kenya raises the matter with Tanzania"),
        # the cause of a feeling is no agent
        (
            "India's foreign ministry said on Tuesday that it was deeply concerned by Pakistan's decision "
            "to hold elections in the region.",
            "India criticises Pakistan",
        ),
        # what a state declares its object to be is done to the object
        (
            "Kenya declared two Somali diplomats personae non gratae on Monday.",
            "Kenya expels diplomats of Somalia",
        ),
        # a state's act is the state's, whichever minister tells it
        (
            "Ghanaian Foreign Minister Samuel Okudzeto Ablakwa told his Togolese counterpart Robert Dussey "
            "that Accra would reopen the border.",
            "Ghana to reopen its border to Togo",
        ),
        # sanctions titled by what they do
        (
            "In March Kenya slapped a 25 per cent duty on Ugandan sugar.",
            "Kenya raises duties on goods from Uganda",
        ),
        ("Tanzania halted the export of maize to Kenya in January.", "Tanzania restricts trade with Kenya"),
        (
            "The United States raised tariffs on Chinese steel in March.",
            "United States raises duties on goods from China",
        ),
        (
            "Kenya began requiring visas from Somali travellers in May.",
            "Kenya imposes visa requirements on Somalia",
        ),
    ],
)
def test_a_concession_or_a_case_is_titled_by_what_was_done(knowledge, sentence, title):
    assert [e.title for e in extract(sentence, WEDNESDAY, knowledge).events] == [title]


def test_a_treaty_suspended_was_in_force_not_a_plan_called_off(knowledge):
    text = "Algeria suspended a friendship treaty with Spain in June 2022."
    assert all(status == "happened" for _d, _c, _k, status, *_r in _events(knowledge, text))


def test_a_date_in_a_relative_clause_is_that_clauses_however_it_is_parsed(knowledge):
    text = (
        "The ministers of Kenya and Tanzania also discussed the East African Community's regional force in "
        "eastern Democratic Republic of Congo, whose mandate runs out next month, a Tanzanian statement said."
    )
    assert _events(knowledge, text) == [("2023-05-10", ("KE", "TZ"), "meeting", "happened", "")]


def test_an_invitation_accepted_after_a_possessive_is_the_visit_it_plans_not_a_deal(knowledge):
    text = "The Ugandan leader accepted Ruto's invitation to visit Kenya later this year."
    assert _events(knowledge, text) == [("2023", ("KE", "UG"), "visit", "planned", "")]


def test_a_participle_describing_a_round_of_talks_is_no_meeting_of_its_own(knowledge):
    text = (
        "The foreign ministers of Armenia and Azerbaijan are due to meet next week for a round of "
        "negotiations hosted by Kazakhstan."
    )
    assert _events(knowledge, text) == [("2023-05", ("AM", "AZ"), "meeting", "planned", "")]


def test_what_follows_an_event_recalled_by_that_is_the_news(knowledge):
    """'After that clash, Thailand closed its border': the clash was told before; the closing is new."""
    text = (
        "In March a Cambodian soldier was killed in an exchange of fire with Thai troops. "
        "After that clash, Thailand closed its border with Cambodia for two weeks."
    )
    assert sorted(e[2] for e in _events(knowledge, text)) == ["military_incident", "other"]


def test_the_two_told_before_are_the_stories_pair(knowledge):
    """'..., and the two met again in Baku in November': a meeting of the pair the story is about."""
    text = (
        "Kazakh President Kassym-Jomart Tokayev visited Azerbaijan in April 2022. "
        "Azerbaijani President Ilham Aliyev made a return trip to Astana in May 2022, "
        "and the two met again in Baku in November."
    )
    assert ("2022-11", ("AZ", "KZ"), "meeting", "happened", "") in _events(knowledge, text)


def test_a_deal_signed_is_made_and_one_to_be_signed_is_a_plan(knowledge):
    signed = "Under a deal signed with Somalia in March, Ethiopia will get access to the port."
    assert _events(knowledge, signed) == [("2023-03", ("ET", "SO"), "agreement", "happened", "")]
    to_be_signed = "A deal to be signed with Somalia in March will give Ethiopia access to the port."
    assert _events(knowledge, to_be_signed) == [("2024-03", ("ET", "SO"), "agreement", "planned", "")]


def test_an_envoy_recalled_for_consultations_is_no_meeting(knowledge):
    text = (
        "Bahraini coastguards detained four Qatari fishing boats on March 12. "
        "Doha protested and recalled its charge d'affaires from Manama for consultations two days later."
    )
    assert "meeting" not in {e[2] for e in _events(knowledge, text)}


def test_without_a_parse_of_the_trigger_the_name_before_its_verb_acts(knowledge):
    text = (
        "Kenya and Somalia restored ties in May 2021, five months after Somalia severed relations with Kenya."
    )
    titles = {e.title for e in extract(text, WEDNESDAY, knowledge).events}
    assert titles == {"Kenya restores ties with Somalia", "Somalia cuts ties with Kenya"}


def test_a_date_between_an_invitation_and_the_visit_it_asks_for_is_the_invitations(knowledge):
    text = "Tanzania's president extended an invitation to her Kenyan counterpart in March to visit Dodoma."
    assert ("2024-03", ("KE", "TZ"), "visit", "planned", "") not in _events(knowledge, text)
    assert ("2023-03", ("KE", "TZ"), "invitation", "happened", "") in _events(knowledge, text)


def test_a_trigger_modifying_a_noun_takes_what_is_said_of_the_noun(knowledge):
    text = (
        "Ghana will not renew import permits for Togolese poultry, the ministry said on Friday, "
        "a week after Togo blamed Ghanaian farms for an outbreak of bird flu."
    )
    assert [e[2] for e in _events(knowledge, text)] == ["statement"]  # no trade planned
