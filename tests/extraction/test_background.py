"""Events told in passing: earlier meetings recalled, days counted from another day, headlines
without a verb, ongoing states of things, and dates that belong to something else."""

from datetime import date

import pytest

from relations.extraction.engine import extract
from relations.extraction.knowledge import Knowledge


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge.default()


def events(knowledge, text, day):
    return [
        (e.date.iso(), e.countries, e.type, e.status) for e in extract(text, day, knowledge=knowledge).events
    ]


def test_a_day_after_counts_from_the_day_named_before(knowledge):
    text = (
        "The French and Italian governments announced on Tuesday that their leaders will meet in Rome "
        "on May 30. The announcement came a day after the French foreign minister held talks with "
        "Italian officials in Rome to prepare the summit."
    )
    found = events(knowledge, text, date(2023, 5, 17))
    assert ("2023-05-15", ("FR", "IT"), "meeting", "happened") in found
    assert ("2023-05-30", ("FR", "IT"), "meeting", "planned") in found


def test_days_later_counts_forward(knowledge):
    text = (
        "On 3 March 2021, the Kenyan president met Ugandan President Yoweri Museveni in Kampala. "
        "Two days later, Kenya and Tanzania signed a trade pact."
    )
    found = events(knowledge, text, date(2021, 3, 10))
    assert ("2021-03-05", ("KE", "TZ"), "agreement", "happened") in found


def test_days_later_than_a_month_stay_in_that_month(knowledge):
    text = (
        "Ugandan police detained a Kenyan lorry driver in March, and Kenya expelled a Ugandan diplomat "
        "a week later."
    )
    found = [(e.date.iso(), e.title) for e in extract(text, date(2024, 5, 16), knowledge=knowledge).events]
    assert ("2024-03", "Kenya expels diplomats of Uganda") in found


def test_a_count_goes_on_from_the_day_counted_before(knowledge):
    text = (
        "Kenyan troops shelled Somali positions on 4 June 2021. Somalia recalled its ambassador from "
        "Nairobi two days later. The foreign ministers of Kenya and Somalia spoke by telephone the "
        "following day."
    )
    found = events(knowledge, text, date(2021, 6, 20))
    assert ("2021-06-06", ("KE", "SO"), "other", "happened") in found
    assert ("2021-06-07", ("KE", "SO"), "phone_call", "happened") in found


def test_a_count_after_the_trigger_dates_it_before_a_later_clause_does(knowledge):
    text = (
        "Kenyan troops shelled Somali positions on 4 June 2021. The foreign ministers of Kenya and Somalia "
        "spoke by telephone the following day, and on 9 June the two governments named new envoys."
    )
    found = events(knowledge, text, date(2021, 6, 20))
    assert ("2021-06-05", ("KE", "SO"), "phone_call", "happened") in found


def test_a_term_in_brackets_does_not_date_the_meeting(knowledge):
    text = (
        "The Geneva summit will be the first meeting of the two presidents since Vladimir Putin and "
        "former US President Donald Trump (2017-2021) met in Helsinki in July 2018."
    )
    found = events(knowledge, text, date(2021, 6, 1))
    assert ("2018-07", ("RU", "US"), "meeting", "happened") in found


def test_a_headline_without_a_verb_takes_the_tense_of_the_lead(knowledge):
    text = (
        "Franco-German summit in Lyon on Friday\n"
        "French President Emmanuel Macron will host German Chancellor Olaf Scholz on Friday in Lyon, "
        "the Elysee said."
    )
    found = events(knowledge, text, date(2023, 3, 14))  # a Tuesday
    assert found == [("2023-03-17", ("DE", "FR"), "meeting", "planned")]


def test_a_headline_in_the_present_takes_the_tense_of_the_lead(knowledge):
    text = (
        "Lula heads to Paraguay as the two sides seek a new dam tariff\n"
        "Brazilian President Luiz Inacio Lula da Silva will travel to Asuncion on Friday for talks, "
        "his office said."
    )
    found = events(knowledge, text, date(2023, 3, 14))
    assert found == [("2023-03-17", ("BR", "PY"), "visit", "planned")]


def test_an_ongoing_state_since_a_date_is_no_event(knowledge):
    text = "Armenia and Azerbaijan are in a standoff on the border since May 2021."
    assert events(knowledge, text, date(2022, 1, 10)) == []


def test_the_day_before_an_anchor_date_is_not_the_event_day(knowledge):
    text = (
        "On Monday, Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony Albanese "
        "in Perth. Kishida flew to Perth just days before the December 10 elections in Japan."
    )
    found = events(knowledge, text, date(2022, 10, 25))
    assert [e for e in found if e[3] == "planned"] == []


def test_a_visit_of_a_named_person_is_dated_by_its_sentence(knowledge):
    text = (
        "The secretaries will discuss the dialogue announced during the visit of Indian External Affairs "
        "Minister Sushma Swaraj to Islamabad earlier this month."
    )
    found = events(knowledge, text, date(2015, 12, 26))
    assert ("2015-12", ("IN", "PK"), "visit", "happened") in found


def test_had_the_opportunity_to_discuss_has_happened(knowledge):
    text = (
        "The Israeli prime minister said he had the opportunity to discuss the plan with the Russian leader."
    )
    found = events(knowledge, text, date(2020, 1, 30))
    assert [e[3] for e in found] == ["happened"]


def test_a_sentence_with_several_dated_events_gives_each(knowledge):
    text = (
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday, "
        "spoke by phone with French President Emmanuel Macron on Wednesday and will visit Iran next month."
    )
    found = events(knowledge, text, date(2021, 9, 30))  # a Thursday
    assert ("2021-09-27", ("RU", "TR"), "meeting", "happened") in found
    assert ("2021-09-29", ("FR", "RU"), "phone_call", "happened") in found
    assert ("2021-10", ("IR", "RU"), "visit", "planned") in found


def test_a_further_event_without_a_date_of_its_own_is_no_event(knowledge):
    text = "The German chancellor met the Polish president on Monday and spoke with Czech officials."
    found = events(knowledge, text, date(2021, 9, 30))
    assert [e[1] for e in found] == [("DE", "PL")]


def test_a_headline_stays_news_when_the_lead_tells_an_arrival_beside_the_talks_to_come(knowledge):
    text = (
        "Greek PM in Turkey for first talks with Erdogan\n"
        "ANKARA, March 13: Greece's Prime Minister Kyriakos Mitsotakis arrived in Turkey on Monday to meet "
        "with President Recep Tayyip Erdogan for the first time for talks expected to focus on energy.\n"
        "Turkish television showed images of the plane landing in Ankara, where the pair will meet."
    )
    assert events(knowledge, text, date(2023, 3, 14)) == [("2023-03-13", ("GR", "TR"), "visit", "happened")]
