from datetime import date

import pytest

from relations.extraction.engine import extract

ARTICLE = """Atlantic Herald, invented for tests.

On Tuesday, French President Emmanuel Macron met German Chancellor Angela Merkel in Aachen. The two leaders
discussed energy and agreed to hold regular consultations. "We agreed on the need to help Greece," Macron
told reporters after the meeting. Merkel said the sides also talked about trade. The two leaders will meet
again in Paris next month. Back in March, Macron visited Germany for a ceremony.
"""


def events_of(text, reference=date(2019, 1, 24)):
    return extract(text, page_date=reference).events


def test_what_is_said_about_a_meeting_belongs_to_it():
    events = events_of(ARTICLE)
    meetings = [e for e in events if e.status == "happened" and e.date.iso() == "2019-01-22"]
    assert len(meetings) == 1
    assert meetings[0].type == "meeting"
    assert meetings[0].countries == ("DE", "FR")
    assert len(meetings[0].mentions) >= 3


def test_what_is_said_about_a_call_belongs_to_it():
    text = "Kenya's foreign minister called his Ugandan counterpart on Monday. The pair discussed trade."
    told = [(e.type, e.date.iso(), len(e.mentions)) for e in events_of(text, date(2024, 5, 16))]
    assert told == [("phone_call", "2024-05-13", 2)]


def test_planned_event_stays_separate():
    planned = [e for e in events_of(ARTICLE) if e.status == "planned"]
    assert len(planned) == 1
    assert planned[0].date.iso() == "2019-02"


def test_an_earlier_event_with_its_own_date_is_its_own_event():
    earlier = [e for e in events_of(ARTICLE) if e.date.iso() == "2018-03"]
    assert len(earlier) == 1 and earlier[0].type == "visit"


def test_no_event_for_a_topic_state():
    assert all(set(e.countries) == {"DE", "FR"} for e in events_of(ARTICLE))


def test_force_and_diplomacy_on_one_day_stay_apart():
    text = (
        "On Monday, Indian troops clashed with Chinese soldiers in Ladakh.\n"
        "On Monday, the Indian foreign minister met his Chinese counterpart in Moscow.\n"
    )
    kinds = sorted(e.type for e in events_of(text, date(2020, 9, 10)))
    assert kinds == ["meeting", "military_incident"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "French President Emmanuel Macron invited Kenyan President William Ruto to visit France in May.",
            "William Ruto to visit France",
        ),
        (
            "Norway's defence minister arrived in Iceland on Monday; the visit to Iceland is his first.",
            "Norway visits Iceland",
        ),
        (
            "German Chancellor Olaf Scholz visited Brazil on Monday and met Lula da Silva in Brasilia.",
            "Olaf Scholz visits Brazil in Brasilia",
        ),
        (  # the city a journey starts from is no venue
            "Bangladeshi Prime Minister Sheikh Hasina left Dhaka for New Delhi on Monday on a four-day "
            "official visit to India.",
            "Sheikh Hasina visits India in New Delhi",
        ),
        (  # the place of another state's act, in a clause of its own, is not the visit's
            "The Ghanaian president last visited Lomé in June 2018, and Togo’s president attended his "
            "inauguration in Accra in January 2017.",
            "Ghana visits Togo in Lomé",
        ),
    ],
)
def test_a_visit_title_names_the_visitor_then_the_host(sentence, title):
    """The host is the place named right after the trigger, wherever the visitor stands."""
    (visit,) = [e for e in events_of(sentence) if e.type == "visit"]
    assert visit.title == title


def test_the_host_of_a_visit_is_the_state_of_the_city_it_took_place_in():
    """The first Pakistani minister named after "arrived in Goa" is the visitor, not the host."""
    text = (
        "Pakistani Foreign Minister Bilawal Bhutto Zardari arrived in Goa on Thursday, the first "
        "Pakistani foreign minister to visit India in years."
    )
    (visit,) = [e for e in events_of(text, date(2023, 5, 6)) if e.type == "visit"]
    assert visit.title == "Bilawal Bhutto Zardari visits India in Goa"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (  # the French side is France, not the president whose remarks were the cause
            "Algeria recalled its ambassador to France on Saturday over remarks by French President "
            "Emmanuel Macron.",
            "Algeria recalls its envoy from France",
        ),
        (  # a person beside a state would read as if the state met him
            "Egypt's foreign minister met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Sunday.",
            "Egypt meets Israel in Jerusalem",
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi met Israeli Prime Minister Benjamin Netanyahu in "
            "Cairo on Sunday.",
            "Abdel Fattah al-Sisi meets Benjamin Netanyahu in Cairo",
        ),
        (  # the deputy who says so is not the one who meets
            "Russia's Deputy Foreign Minister Sergei Ryabkov said Foreign Minister Sergey Lavrov will meet "
            "Secretary of State Mike Pompeo on Friday.",
            "Sergey Lavrov to meet Mike Pompeo",
        ),
    ],
)
def test_sides_are_all_people_who_take_part_or_all_states(sentence, title):
    (event,) = events_of(sentence, date(2021, 10, 5))
    assert event.title == title


def test_an_invitation_to_visit_is_told_and_the_visit_is_planned():
    """However many words name the guest, "invited ... to visit" plans the visit."""
    events = events_of(
        "French President Emmanuel Macron invited Kenyan President William Ruto to visit France in May."
    )
    assert [(e.type, e.status, e.date.iso()) for e in events] == [
        ("invitation", "happened", "2019-01-24"),
        ("visit", "planned", "2019-05"),
    ]


def test_a_summary_is_told_in_sentences_and_a_headline_only_when_nothing_else_tells_it():
    sentence = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday."
    (meeting,) = events_of(f"France and Germany hold talks on energy\n{sentence}\n")
    assert meeting.summary == sentence
    (headline_only,) = events_of("Macron and Scholz held talks in Berlin on Tuesday\n")
    assert headline_only.summary == "Macron and Scholz held talks in Berlin on Tuesday."


def test_one_visitor_meeting_two_hosts_the_same_day_is_two_meetings():
    text = (
        "Supreme Leader of Iran Ali Khamenei had a meeting with Prime Minister of Iraq Mohammed Sudani in "
        "Tehran on Tuesday, state media reported\n\n"
        "Earlier in the day, Sudani met with Iranian President Ebrahim Raisi."
    )
    meetings = [e for e in events_of(text, date(2022, 11, 30)) if e.type == "meeting"]
    assert sorted(e.title for e in meetings) == [
        "Ali Khamenei meets Sudani in Tehran",
        "Sudani meets Ebrahim Raisi",
    ]


def test_coercion_and_words_about_it_on_one_day_stay_two_events():
    """Material conflict (force, sanctions, arrests, expulsions) is not merged with diplomacy or words."""
    text = (
        "On Monday, Iran detained two French tourists in Tehran.\n"
        "On Monday, France condemned Iran over its nuclear programme.\n"
    )
    kinds = sorted(e.type for e in events_of(text, date(2023, 5, 3)))
    assert kinds == ["other", "statement"]


def test_an_incident_is_titled_as_between_its_sides():
    text = "On Monday, Indian troops clashed with Chinese soldiers in Ladakh."
    (event,) = events_of(text, date(2020, 9, 10))
    assert event.title == "India and China: military incident"


def test_a_measure_taken_over_an_incident_is_its_own_event():
    text = (
        "Pakistani and Afghan border guards exchanged fire at the Chaman crossing on Monday. "
        "Pakistan closed its border crossing with Afghanistan on Monday."
    )
    kinds = sorted(e.type for e in events_of(text, date(2023, 9, 6)))
    assert kinds == ["military_incident", "other"]


def test_talks_in_one_state_and_a_visit_to_the_other_stay_two_plans():
    text = (
        "Philippine President Ferdinand Marcos Jr. is due to meet Japanese Prime Minister Fumio Kishida "
        "in Tokyo on Thursday. Kishida is also expected to visit Manila later this year."
    )
    plans = sorted((str(e.date), e.type, e.location) for e in events_of(text, date(2023, 2, 8)))
    assert plans == [("2023", "visit", "Manila"), ("2023-02-09", "meeting", "Tokyo")]


def test_talks_on_a_day_and_a_visit_later_in_the_year_stay_two_plans():
    text = (
        "Nepal's prime minister is scheduled to hold talks with Indian Prime Minister Narendra Modi on "
        "Friday. Modi is expected to travel to Kathmandu later this year."
    )
    plans = sorted((str(e.date), e.type) for e in events_of(text, date(2024, 3, 21)))
    assert plans == [("2024", "visit"), ("2024-03-22", "meeting")]


def test_a_meeting_told_beside_aid_sent_the_next_day_keeps_its_own_day():
    text = (
        "Chile on Friday sent flood aid to Peru. Chile's foreign minister said he had discussed it "
        "with the Peruvian ambassador at a meeting in Santiago on Thursday."
    )
    meetings = [str(e.date) for e in events_of(text, date(2024, 8, 17)) if e.type == "meeting"]
    assert meetings == ["2024-08-15"]


def test_two_measures_of_one_day_are_two_events():
    text = (
        "The border crossing between Pakistan and Afghanistan remained closed on Thursday. "
        "On Thursday Pakistan summoned the Afghan chargé d'affaires in Islamabad to protest. "
        "Pakistan also expelled two Afghan diplomats on Thursday."
    )
    titles = sorted(e.title for e in events_of(text, date(2023, 9, 7)))
    assert titles == [
        "Pakistan closes its border to Afghanistan",
        "Pakistan expels diplomats of Afghanistan",
        "Pakistan summons the envoy of Afghanistan",
    ]


def test_a_measure_answered_in_kind_is_another_event():
    text = (
        "Russia expelled two Estonian diplomats on Monday. "
        "Tallinn had expelled a Russian diplomat last week. "
        "The expulsion of the Estonians was ordered by Moscow on Monday."
    )
    titles = sorted((e.date.iso(), e.title) for e in events_of(text, date(2024, 5, 16)))
    assert titles == [
        ("2024-05", "Estonia expels diplomats of Russia"),
        ("2024-05-13", "Russia expels diplomats of Estonia"),
    ]


def test_a_call_and_its_rejection_by_the_other_side_are_two_statements():
    text = (
        "Morocco's king renewed earlier this month his call for the border with Algeria to be reopened. "
        "Algeria's foreign ministry rejected the appeal on Monday."
    )
    titles = sorted((e.date.iso(), e.countries, e.type) for e in events_of(text, date(2024, 5, 16)))
    assert titles == [("2024-05", ("DZ", "MA"), "statement"), ("2024-05-13", ("DZ", "MA"), "statement")]


def test_a_vaguer_mention_of_another_family_is_another_event():
    text = (
        "Peruvian President Dina Boluarte met Bolivian President Luis Arce in La Paz on Monday. "
        "Peru exempted Bolivia earlier this month from its quota on wheat exports."
    )
    told = sorted((e.type, str(e.date)) for e in events_of(text, date(2023, 5, 10)))
    assert told == [("meeting", "2023-05-08"), ("trade", "2023-05")]


def test_background_told_apart_without_a_date_is_no_source_of_the_days_event():
    text = (
        "Kenyan President William Ruto arrived in Dar es Salaam on Monday for a two-day state visit. "
        "He was received at the airport by Tanzanian President Samia Suluhu Hassan. "
        "Ruto will address a business forum on Tuesday and tour the port before flying home. "
        "Officials said the agenda would cover the railway, the pipeline and lorry queues at Namanga. "
        "Traders on both sides have complained about delays at the border for most of the year. "
        "In the early years of the community, the two countries signed agreements on trade and health."
    )
    (visit,) = [e for e in extract(text, page_date=date(2024, 5, 14)).events if e.type == "visit"]
    assert visit.date.iso() == "2024-05-13"
    assert not any("signed agreements" in m.sentence for m in visit.mentions)


def test_a_call_and_a_demand_on_the_next_day_are_two_events():
    text = (
        "The foreign ministers of Peru and Chile spoke by telephone on Wednesday night. "
        "Peru demanded on Thursday that Chile stop migrants at the border, the ministry said."
    )
    told = {(e.date.iso(), e.type) for e in extract(text, page_date=date(2023, 4, 28)).events}
    assert told == {("2023-04-26", "phone_call"), ("2023-04-27", "statement")}


def test_an_event_told_from_another_is_the_sentences_own_not_the_one_it_counts_from():
    text = (
        "On the night of 16 January, Iranian missiles struck bases near Panjgur in Pakistan. "
        "Two days after the Iranian strike, Pakistani aircraft hit targets near Saravan in Iran."
    )
    incidents = [e.date.iso() for e in extract(text, page_date=date(2024, 11, 13)).events]
    assert incidents == ["2024-01-16", "2024-01-18"]


def test_a_plan_with_no_date_of_its_own_is_for_the_month_not_the_articles_day():
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Wednesday. "
        "They will meet again soon."
    )
    events = extract(text, page_date=date(2022, 3, 10)).events
    assert {(e.status, e.date.iso()) for e in events} == {("happened", "2022-03-09"), ("planned", "2022-03")}


def test_words_traded_by_both_sides_are_the_days_statement_whoever_is_named_first():
    text = (
        "Kenya and Somalia trade accusations over border raid\n"
        "NAIROBI, May 16 - Kenya accused Somalia on Thursday of sheltering the gunmen who raided a border "
        "post in Mandera."
    )
    statements = [e for e in events_of(text, date(2024, 5, 16)) if e.type == "statement"]
    assert [(e.date.iso(), e.countries) for e in statements] == [("2024-05-16", ("KE", "SO"))]
    assert len(statements[0].mentions) == 2


def test_an_act_done_the_day_the_leaders_meet_stays_its_own_event():
    text = (
        "Kyrgyzstan and Tajikistan reopened their common border to traffic on Thursday. "
        "The Kyrgyz and Tajik presidents met at the Kyzyl-Bel crossing to mark the reopening."
    )
    told = sorted((e.type, e.date.iso()) for e in events_of(text, date(2025, 10, 30)))
    assert told == [("meeting", "2025-10-30"), ("other", "2025-10-30")]


def test_the_meetings_a_visit_is_to_hold_are_the_visits():
    text = (
        "Kenyan President William Ruto flew to Uganda this afternoon for a state visit to Kampala during "
        "which he will meet President Yoweri Museveni. Ruto will also meet Uganda's prime minister."
    )
    told = [(e.type, e.status, e.date.iso(), len(e.mentions)) for e in events_of(text, date(2024, 5, 16))]
    assert told == [("visit", "happened", "2024-05-16", 3)]
