from datetime import date

import pytest

from relations.extraction.actors import (
    Context,
    find_actors,
    first_person,
    people_in_office,
    resolve_references,
    short_form_actors,
    short_forms,
)
from relations.extraction.knowledge import Knowledge


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge.default()


def countries(knowledge, sentence, day=date(2019, 9, 12)):
    return [a.country for a in find_actors(knowledge, sentence, day)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials in Moscow and Jerusalem exchanged notes.", ["RU", "IL"]),
        ("The Kremlin replied to the White House.", ["RU", "US"]),
        ("Israelis and Russians watched the match.", ["IL", "RU"]),
        ("A U.S. envoy flew to Ankara.", ["US", "TR"]),
        ("Downing Street and the Élysée Palace disagreed.", ["GB", "FR"]),
        ("The IDF said a drone crossed from Lebanon.", ["IL", "LB"]),
        ("Sino-Japanese ties improved.", ["CN", "JP"]),
        ("The Democratic Republic of Congo and the Republic of Congo signed a deal.", ["CD", "CG"]),
        ("Niger and Nigeria closed the border.", ["NE", "NG"]),
        ("Guinea-Bissau and Equatorial Guinea met Papua New Guinea.", ["GW", "GQ", "PG"]),
        ("North Korea fired at South Korea.", ["KP", "KR"]),
        ("The Dominican and Papua New Guinean envoys met.", ["DO", "PG"]),
        ("Officials flew from Sao Tome to Cape Verde.", ["ST", "CV"]),
    ],
)
def test_states_by_name_demonym_capital_and_seat_of_power(knowledge, sentence, expected):
    assert countries(knowledge, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Michael Jordan scored again.",
        "Chad Smith joined the band.",
        "The governor of Atlanta, Georgia resigned.",
        "NATO and the EU met at the United Nations.",
        "Ships sailed across the Indian Ocean and the South China Sea.",
        "A state-owned Egyptian newspaper said so.",
    ],
)
def test_no_state_where_the_name_means_something_else(knowledge, sentence):
    assert countries(knowledge, sentence) == []


def test_weak_names_still_count_in_context(knowledge):
    assert countries(knowledge, "The king of Jordan visited Georgia's capital.") == ["JO", "GE"]


def test_office_holders_belong_to_a_state_only_during_their_term(knowledge):
    assert countries(knowledge, "Netanyahu spoke.", date(2019, 1, 1)) == ["IL"]
    assert countries(knowledge, "Netanyahu spoke.", date(2022, 1, 1)) == []
    assert countries(knowledge, "Netanyahu spoke.", date(2023, 1, 1)) == ["IL"]
    assert countries(knowledge, "Bennett spoke.", date(2021, 7, 1)) == ["IL"]
    assert countries(knowledge, "Lieberman spoke.", date(2017, 10, 16)) == ["IL"]
    assert countries(knowledge, "Lieberman spoke.", date(2019, 6, 1)) == []


def test_an_office_taken_during_the_month_told_counts(knowledge):
    """'Boric's inauguration in March 2022': sworn in on 11 March, he is Chile's president in March."""
    march = date(2022, 3, 1), date(2022, 3, 31)
    assert [a.country for a in find_actors(knowledge, "Boric spoke.", march[0])] == []
    assert [a.country for a in find_actors(knowledge, "Boric spoke.", *march)] == ["CL"]


def test_title_demonym_and_name_make_one_actor(knowledge):
    actors = find_actors(knowledge, "Russian Foreign Minister Sergey Lavrov arrived.", date(2019, 9, 12))
    assert len(actors) == 1
    assert actors[0].person == "Sergey Lavrov" and actors[0].country == "RU"


def _read(knowledge, sentence: str, day: date, context: Context) -> list:
    """The sentence's actors, references resolved, as the engine reads it in an article's order."""
    return resolve_references(sentence, find_actors(knowledge, sentence, day), context)


def test_pronoun_and_two_sided_phrases_carry_actors_over(knowledge):
    context = Context()
    day = date(2019, 4, 4)
    first = "The Israeli prime minister paid a visit to Russia."
    _read(knowledge, first, day, context)
    context.pair = ("IL", "RU")
    second = "He held talks with Putin."
    resolved = _read(knowledge, second, day, context)
    assert [a.country for a in resolved] == ["IL", "RU"]
    third = "The two leaders discussed trade."
    assert sorted(a.country for a in resolve_references(third, [], context)) == ["IL", "RU"]
    fourth = "The two Mediterranean states last held talks in 2016 in Brasilia, at a summit of the CPLP."
    assert sorted(a.country for a in resolve_references(fourth, [], context)) == ["IL", "RU"]
    assert find_actors(knowledge, "a summit of the Community of Portuguese Language Countries", day) == []


def test_an_object_pronoun_is_the_last_person_of_another_state(knowledge):
    context = Context()
    day = date(2024, 5, 14)
    _read(
        knowledge,
        "Tanzanian President Samia Suluhu Hassan called Evariste Ndayishimiye on Tuesday.",
        day,
        context,
    )
    second = "Ndayishimiye said he had invited her to Bujumbura for talks."
    pronoun = [a for a in _read(knowledge, second, day, context) if a.text == "her"]
    assert [(a.country, a.person) for a in pronoun] == [("TZ", "Samia Suluhu Hassan")]
    third = "Ndayishimiye thanked her counterpart's envoy."  # a possessive "her" stands for no one
    assert [a.text for a in _read(knowledge, third, day, context) if a.kind == "pronoun"] == []


def test_a_pronoun_after_lead_in_phrases_is_the_subject(knowledge):
    context = Context()
    day = date(2019, 4, 1)
    first = "It was Netanyahu's second trip abroad this year."
    _read(knowledge, first, day, context)
    second = "In April, a week before the vote, he flew to Moscow, where he met Putin."
    resolved = _read(knowledge, second, day, context)
    pronoun = [a for a in resolved if a.kind == "pronoun"]
    assert [(a.text, a.country, a.person) for a in pronoun] == [("he", "IL", "Benjamin Netanyahu")]
    assert second[pronoun[0].start : pronoun[0].end] == "he"
    third = "Moscow, he said, was ready."  # a lead-in needs a capitalised first phrase
    assert [a.kind for a in resolve_references(third, [], context)] == ["pronoun"]
    fourth = "talks in Moscow, which he attended, went well."  # not a sentence opening
    assert resolve_references(fourth, [], context) == []


def test_knowledge_from_records():
    knowledge = Knowledge.from_records(
        countries=[
            {"code": "AA", "name": "Atlantis", "aliases": ["Atlantean"]},
            {"code": "BB", "name": "Borduria", "aliases": ["Szohod"]},
        ],
        people=[
            {
                "name": "Kurvi Tasch",
                "aliases": ["Tasch"],
                "terms": [{"country": "BB", "office": "leader", "start": "2001-01-01", "end": None}],
            }
        ],
    )
    assert countries(knowledge, "The Atlantean envoy met Tasch in Szohod.", date(2010, 1, 1)) == [
        "AA",
        "BB",
        "BB",
    ]
    assert countries(knowledge, "Tasch spoke.", date(1999, 1, 1)) == []


def test_default_knowledge_covers_the_un_members(knowledge):
    assert len(knowledge.countries) >= 195
    assert {"US", "RU", "IL", "PS", "VA", "SS", "TL"} <= set(knowledge.countries)


def test_a_title_in_the_text_makes_an_office_holder_even_out_of_term():
    knowledge = Knowledge.default()
    undated = date(1900, 1, 1)  # no term covers it: only the title tells the office
    titled = find_actors(knowledge, "President Vladimir Putin spoke.", undated)
    assert [a.country for a in titled] == ["RU"]
    assert find_actors(knowledge, "Vladimir Putin spoke.", undated) == []
    assert find_actors(knowledge, "Former President Vladimir Putin spoke.", undated) == []


def test_people_named_by_an_office_but_not_known_are_listed_for_editors():
    from relations.extraction.engine import extract

    text = (
        "Ghanaian President Kwame Owusu-Ansah met Kenyan President William Ruto in Accra on Monday. "
        "Kwame Owusu-Ansah later spoke to Togolese Foreign Minister Kodjo Mensah."
    )
    seen = extract(text, page_date=date(2022, 3, 2)).people_not_known
    assert [(p.name, p.country, p.office) for p in seen] == [
        ("Kwame Owusu-Ansah", "GH", "President"),
        ("Kodjo Mensah", "TG", "Foreign Minister"),
    ]  # once each, the known Ruto not at all, the sentence's stop not part of a name
    assert seen[0].sentence.startswith("Ghanaian President Kwame Owusu-Ansah met")


def test_a_wire_report_names_its_own_states_officials_by_title_alone():
    from relations.extraction.engine import extract

    text = (
        "CHISINAU, May 16 (Dniester News) - Foreign Minister Mihai Popescu, who took office in January, "
        "said on Thursday the diplomat had to leave. Popescu spoke by telephone on Wednesday with his "
        "Romanian counterpart, Ana Ionescu, to brief her. He also met Foreign Minister Ion Rusu of an "
        "unnamed state."
    )
    extraction = extract(text, page_date=date(2024, 5, 16))
    assert [e.title for e in extraction.events] == ["Mihai Popescu speaks by phone with Ana Ionescu"]
    seen = [(p.name, p.country, p.office) for p in extraction.people_not_known]
    assert ("Mihai Popescu", "MD", "Foreign Minister") in seen
    assert not any(name == "Ion Rusu" for name, _c, _o in seen)  # within a clause: anyone's minister


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("Israel struck Russian-made air defences in Syria.", ["IL", "SY"]),
        ("Serbia attacked the Albanian population of the province.", ["RS"]),
        ("Germany welcomed the Turkish community in the country.", ["DE"]),
        ("Turkey's Syrian-born minister met French officials.", ["TR", "FR"]),
        ("Serbia fought ethnic Albanian rebels.", ["RS"]),
        ("Kenya hosted ethnically Somali refugees.", ["KE"]),
    ],
)
def test_a_thing_made_in_a_state_or_people_of_its_descent_are_not_the_state(knowledge, sentence, countries):
    assert [a.country for a in find_actors(knowledge, sentence, date(2020, 1, 1))] == countries


def test_a_person_named_in_full_is_known_again_by_part_of_the_name():
    from relations.extraction.engine import extract

    text = (
        "Togolese Foreign Minister Kodjo Amevi Mensah arrived in Ghana on Monday. "
        "On Friday, Amevi Mensah spoke by phone with Ghanaian President Kwame Owusu-Ansah."
    )
    events = extract(text, page_date=date(2022, 3, 2)).events
    call = next(e for e in events if e.type == "phone_call")
    assert call.title == "Kodjo Amevi Mensah speaks by phone with Kwame Owusu-Ansah"


def test_a_short_surname_is_known_again_too():
    from relations.extraction.engine import extract

    text = (
        "Comorian President Azali Ali arrived in Madagascar on Monday. "
        "On Tuesday, Ali spoke by phone with the Kenyan president."
    )
    events = extract(text, page_date=date(2022, 3, 2)).events
    assert ("KE", "KM") in {e.countries for e in events if e.type == "phone_call"}


@pytest.mark.parametrize(
    ("text", "day", "plan"),
    [
        (  # a name the person is better known by
            "Comorian President Azali Assoumani, better known as Bako, arrived in Madagascar on Monday. "
            "Foreign Minister D.M. Dhoinine said Bako had also accepted an invitation to attend a forum "
            "in Nairobi in August.",
            date(2022, 3, 2),
            ("2022-08", ("KE", "KM")),
        ),
        (  # a long first name of three
            "Tanzanian President Samia Suluhu Hassan held talks in Maputo on Monday. "
            "Samia will travel to Zambia next month.",
            date(2023, 5, 10),
            ("2023-06", ("TZ", "ZM")),
        ),
    ],
)
def test_a_person_is_known_again_by_another_name_the_article_uses(text, day, plan):
    from relations.extraction.engine import extract

    events = extract(text, page_date=day).events
    assert plan in {(e.date.iso(), e.countries) for e in events if e.status == "planned"}


def test_only_people_in_office_are_listed_and_a_day_is_no_part_of_a_name():
    from relations.extraction.engine import extract

    text = (
        "Ghanaian President Kwame Owusu-Ansah Friday met his Togolese counterpart Kodjo Mensah and former "
        "Ivorian President Laurent Kouame in Accra."
    )
    seen = extract(text, page_date=date(2022, 3, 2)).people_not_known
    assert [(p.name, p.office) for p in seen] == [("Kwame Owusu-Ansah", "President")]


@pytest.mark.parametrize(
    ("sentence", "day", "expected"),
    [
        ("President Santiago Peña received the delegation.", date(2024, 5, 2), ["PY"]),
        ("Peña received the delegation.", date(2024, 5, 2), ["PY"]),
        ("Peña received the delegation.", date(2020, 5, 2), []),  # before his term
        ("Hichilema flew to Lilongwe.", date(2023, 3, 1), ["ZM", "MW"]),
        ("Hichilema flew to Lilongwe.", date(2019, 3, 1), ["MW"]),  # in opposition then
        ("Déby met Buhari in Abuja.", date(2016, 6, 1), ["TD", "NG", "NG"]),  # Idriss Déby
        ("Déby met Tinubu in Abuja.", date(2024, 6, 1), ["TD", "NG", "NG"]),  # his son Mahamat
        ("Luís Montenegro thanked Montenegro.", date(2025, 1, 10), ["PT", "ME"]),
        ("Tsai Ing-wen spoke to Kishida.", date(2022, 1, 10), ["TW", "JP"]),
        ("Pope Leo XIV received Prabowo.", date(2025, 9, 1), ["VA", "ID"]),
        ("Rajapaksa met Modi.", date(2020, 2, 8), ["LK", "IN"]),
    ],
)
def test_heads_of_state_and_government_of_every_member_state_during_their_terms(
    knowledge, sentence, day, expected
):
    assert countries(knowledge, sentence, day) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Boko Haram fighters attacked a village.",  # Duma Boko is known by his full name only
        "El Chapo was extradited.",  # Daniel Chapo likewise
        "Petro Kotin inspected the plant.",  # a Ukrainian first name, not Gustavo Petro
    ],
)
def test_a_surname_that_names_something_else_is_no_alias(knowledge, sentence):
    assert countries(knowledge, sentence, date(2025, 6, 1)) == []


def test_his_host_is_the_other_side_of_the_story():
    from relations.extraction.engine import extract

    text = (
        "Malawian President Lazarus Chakwera arrived in Lusaka on Wednesday for a state visit to Zambia. "
        "Chakwera invited his host to visit Lilongwe in October."
    )
    events = extract(text, page_date=date(2023, 3, 15)).events
    assert ("2023-10", ("MW", "ZM"), "visit", "planned") in {
        (str(e.date), e.countries, e.type, e.status) for e in events
    }


def test_the_border_of_a_story_of_two_states_is_theirs():
    from relations.extraction.engine import extract

    text = (
        "Benin and Niger signed an oil deal in Cotonou on Tuesday. "
        "Niger shut the border in August last year after its coup."
    )
    events = extract(text, page_date=date(2024, 6, 12)).events
    assert ("2023-08", ("BJ", "NE"), "other") in {(e.date.iso(), e.countries, e.type) for e in events}


def test_the_ties_of_a_story_of_two_states_are_theirs():
    from relations.extraction.engine import extract

    text = (
        "Bolivia and Chile signed a border treaty in 1904. Bolivia severed relations again in March 1978. "
        "Ties were restored in May 1988. Relations looked promising in 2001."
    )
    found = {
        (e.date.iso(), e.countries, e.type, e.title)
        for e in extract(text, page_date=date(2024, 6, 12)).events
    }
    assert ("1978-03", ("BO", "CL"), "other", "Bolivia cuts ties with Chile") in found
    assert ("1988-05", ("BO", "CL"), "agreement", "Bolivia restores ties with Chile") in found
    assert not any(when.startswith("2001") for when, *_ in found)
    text = "Bolivia and Chile signed a treaty in 1904. Bolivia's foreign relations were cut in March 1978."
    assert [e.date.iso() for e in extract(text, page_date=date(2024, 6, 12)).events] == ["1904"]


def test_an_answer_to_the_other_sides_act_is_between_the_two():
    from relations.extraction.engine import extract

    text = (
        "Namibia banned poultry imports from South Africa on Tuesday. "
        "Pretoria protested the ban on Wednesday. Pretoria protested the EU rules of origin on Thursday."
    )
    found = {(e.date.iso(), e.countries, e.type) for e in extract(text, page_date=date(2024, 5, 16)).events}
    assert found == {("2024-05-14", ("NA", "ZA"), "sanctions"), ("2024-05-15", ("NA", "ZA"), "statement")}


def test_a_combining_form_names_a_state_only_joined_to_another():
    knowledge = Knowledge.default()
    named = [a.country for a in find_actors(knowledge, "Indo-Pakistani troops clashed on Sunday.", None)]
    assert named == ["IN", "PK"]
    assert find_actors(knowledge, "The Indo-Pacific strategy and Franco's regime.", None) == []


def test_a_person_whose_family_name_comes_first_is_named_again_by_it(knowledge):
    context = Context()
    day = date(2025, 3, 14)
    first = "Chinese Foreign Minister Wang Yi wrapped up an African tour in Nairobi on Friday."
    _read(knowledge, first, day, context)
    second = "Wang had earlier visited Namibia and Chad."
    resolved = _read(knowledge, second, day, context)
    assert [(a.text, a.country) for a in resolved] == [("Wang", "CN"), ("Namibia", "NA"), ("Chad", "TD")]


def test_first_person_is_the_quoted_speaker_or_the_voice_of_the_answers(knowledge):
    day = date(2024, 5, 16)
    quoted = (
        '"Our prime minister visited Seoul last year," Mongolian Foreign Minister Battsetseg Batmunkh said.'
    )
    found = first_person(quoted, find_actors(knowledge, quoted, day, None))
    assert [(a.text, a.country) for a in found] == [("Our", "MN")]
    answer = "Minister Park and I met in New York last month."
    voice = find_actors(knowledge, quoted, day, None)[-1]
    found = first_person(answer, find_actors(knowledge, answer, day, None), voice)
    assert [(a.text, a.country, a.person) for a in found] == [("I", "MN", "Battsetseg Batmunkh")]
    assert first_person(answer, find_actors(knowledge, answer, day, None)) == []  # nobody's voice


def test_a_title_with_an_honorific_after_it_tells_the_office_held():
    text = "An interim government led by Chief Adviser Professor Muhammad Yunus took office in August."
    assert [p.name for p in people_in_office(Knowledge.default(), text)] == ["Muhammad Yunus"]


def test_a_short_form_given_in_brackets_stands_for_the_state_of_the_body_it_names():
    knowledge = Knowledge.default()
    text = (
        "India's Border Security Force (BSF) met the European Union (EU) and a joint "
        "Kenya-Uganda Commission (KUC) on Monday. Two villagers were hurt in BSF firing."
    )
    forms = short_forms(knowledge, text)
    assert forms == {"BSF": "IN"}  # the EU is known as itself, and the commission is of two states
    sentence = "Two villagers were hurt in BSF firing."
    assert [(a.text, a.country) for a in short_form_actors(sentence, forms, [])] == [("BSF", "IN")]
