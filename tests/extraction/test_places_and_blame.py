"""Locations are places, places are no sides, aid is not a call, blamed acts date the incident."""

from datetime import date

from relations.extraction.engine import extract


def events_of(text, reference):
    return extract(text, page_date=reference).events


def test_a_person_after_to_is_no_location():
    text = (
        "Israeli President Reuven Rivlin said he would visit Moscow next month, an adviser to Rivlin told "
        "reporters on Monday."
    )
    (event,) = events_of(text, date(2016, 2, 10))
    assert event.location == "Moscow"
    text = "Putin will visit Israel next spring, an aide to Netanyahu said."
    (event,) = events_of(text, date(2019, 11, 5))
    assert event.type == "visit" and event.location != "Netanyahu"
    assert not event.title.endswith("in Netanyahu")


def test_the_town_after_a_region_is_the_location():
    text = "Narendra Modi travelled to the Himalayan resort of Shimla on Monday to meet Nawaz Sharif."
    (event,) = events_of(text, date(2015, 6, 3))
    assert event.location == "Shimla"
    assert "Himalayan" not in event.title


def test_a_place_of_another_clause_is_no_location():
    text = "Ghana's president visited Togo in March, and the visit was followed in April by talks in Accra."
    (event,) = events_of(text, date(2024, 5, 16))
    assert event.type == "visit" and event.location != "Accra"
    text = "Kenya's foreign minister flew to Kampala on 2 May, and on Monday its president visited Uganda."
    by_date = {e.date.iso(): e.location for e in events_of(text, date(2024, 5, 16))}
    assert by_date == {"2024-05-02": "Kampala", "2024-05-13": ""}
    text = (
        "Aliyev is expected in Ankara later this month for a meeting of the High-Level Strategic "
        "Cooperation Council, which last met in Baku in 2022."
    )
    (event,) = events_of(text, date(2025, 4, 11))
    assert event.location != "Baku" and "Baku" not in event.title
    text = "Qatar hosts Rwandan minister as Washington pushes peace deal"
    (event,) = events_of(text, date(2025, 5, 21))
    assert event.type == "meeting" and event.location == ""


def test_a_bloc_or_an_adjective_is_no_location():
    text = "The French and German leaders met at the European Council on Friday."
    for event in events_of(text, date(2021, 3, 1)):
        assert event.location != "European Council"
    text = "Turkish and Greek ministers met on Tuesday at the Ottoman summer palace, officials said."
    for event in events_of(text, date(2021, 3, 1)):
        assert event.location != "Ottoman"


def test_a_place_name_keeps_no_trailing_weekday():
    text = "Russian Defence Minister Sergei Shoigu arrived in Israel Tuesday to meet officials."
    (event,) = events_of(text, date(2017, 10, 18))
    assert event.location in ("Israel", "")
    assert "Tuesday" not in event.title


def test_aid_is_not_a_phone_call():
    text = (
        "Chinese and Italian leaders discuss the pandemic in phone call\n\n"
        "Chinese President Xi Jinping and Italian Prime Minister Giuseppe Conte spoke by phone on "
        "Monday about the outbreak.\n"
        "China sent a cargo plane loaded with ventilators to Rome on Thursday, a gift Italian officials "
        "praised."
    )
    events = events_of(text, date(2020, 3, 20))
    calls = [e for e in events if e.type == "phone_call"]
    assert len(calls) == 1 and calls[0].date.start == date(2020, 3, 16)
    aid = [e for e in events if e.type != "phone_call"]
    assert aid and aid[0].type == "other" and aid[0].date.start == date(2020, 3, 19)


def test_a_state_near_which_force_happens_is_no_side():
    text = (
        "Japan protested on Friday against Chinese naval drills near Taiwan, including missiles that fell "
        "into Japanese waters in August."
    )
    pairs = {e.countries for e in events_of(text, date(2022, 10, 7))}
    assert ("CN", "TW") not in pairs
    text = "Russian warships fired missiles around Ukraine's coast on Monday, Turkish officials said."
    pairs = {e.countries for e in events_of(text, date(2022, 10, 7))}
    assert ("TR", "UA") not in pairs


def test_the_city_where_a_state_says_it_will_act_is_no_side_of_its_words():
    text = "Bolivia's foreign minister said on Friday that La Paz would defend its rights in The Hague."
    assert [e.countries for e in events_of(text, date(2024, 5, 16))] == []
    text = (
        "Chile took Bolivia to the International Court of Justice on Monday. Bolivia's foreign minister "
        "dismissed the move on Tuesday and said La Paz would defend its rights in The Hague."
    )
    pairs = {(e.type, e.countries) for e in events_of(text, date(2024, 5, 16))}
    assert ("statement", ("BO", "CL")) in pairs and not any("NL" in countries for _, countries in pairs)


def test_an_accused_act_of_force_is_the_incident_dated_by_the_act():
    text = (
        "Ankara blames Moscow for loss of drone\n\n"
        "Turkey on Thursday accused Russia of causing the loss of a Turkish drone that was shot down over "
        "the sea on Tuesday evening.\n"
    )
    events = events_of(text, date(2021, 5, 14))
    incidents = [e for e in events if e.countries == ("RU", "TR") and e.type == "military_incident"]
    assert len(incidents) == 1
    assert incidents[0].date.start == date(2021, 5, 11)


def test_an_accusation_of_force_on_a_day_of_its_own_is_also_told():
    text = (
        "Turkey on Thursday accused Russia of causing the loss of a Turkish drone that was shot down over "
        "the sea on Tuesday evening."
    )
    told = sorted((str(e.date), e.type) for e in events_of(text, date(2021, 5, 14)))
    assert told == [("2021-05-11", "military_incident"), ("2021-05-13", "statement")]


def test_an_accusation_of_words_stays_a_statement():
    text = "Turkey on Thursday accused Russia of spreading lies about its economy."
    (event,) = events_of(text, date(2021, 5, 14))
    assert event.type == "statement" and event.date.start == date(2021, 5, 13)


def test_an_incident_said_to_be_a_states_fault_is_that_incident_between_blamer_and_blamed():
    text = (
        "Relations between Turkey and Greece have been strained since a Cypriot patrol boat in May sank a "
        "Greek fishing vessel near a Turkish drill ship. Athens said the incident was Turkey's fault."
    )
    events = events_of(text, date(2023, 10, 2))
    blamed = [e for e in events if e.countries == ("GR", "TR")]
    assert [(e.type, str(e.date)) for e in blamed] == [("military_incident", "2023-05")]


def test_a_fault_with_no_incident_told_before_is_no_dated_incident():
    text = "Athens said on Monday that the stalled talks were Turkey's fault."
    for event in events_of(text, date(2023, 10, 2)):
        assert event.type != "military_incident"


def test_a_killing_criticised_in_a_when_clause_is_no_incident_of_the_critic():
    text = (
        "Chile and Peru have been at odds since January, when Chilean President Gabriel Boric criticised "
        "the killing of protesters in southern Peru."
    )
    assert [(e.type, str(e.date)) for e in events_of(text, date(2024, 5, 16))] == [("statement", "2024-01")]
