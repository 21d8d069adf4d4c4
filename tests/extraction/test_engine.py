import io
import json
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command

from relations.extraction.engine import extract
from relations.extraction.text import sentences

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"

ARTICLE = (
    "On Thursday, Japanese Prime Minister Shinzo Abe held talks with "
    "Indian Prime Minister Narendra Modi in Tokyo. "
    "The two leaders signed a currency swap deal, officials said.\n"
    "Abe accepted an invitation to visit India next year.\n"
    "In 2017, the sides agreed on a high-speed rail project.\n"
)


def test_extract_reads_a_whole_article():
    extraction = extract(ARTICLE, page_date=date(2018, 10, 30))
    assert extraction.reference_date.date == date(2018, 10, 30)
    found = {(e.date.iso(), e.type, e.status, e.countries) for e in extraction.events}
    assert found == {
        ("2018-10-25", "meeting", "happened", ("IN", "JP")),
        ("2019", "visit", "planned", ("IN", "JP")),
        ("2017", "agreement", "happened", ("IN", "JP")),
    }
    meeting = next(e for e in extraction.events if e.type == "meeting")
    assert meeting.location == "Tokyo"
    assert "Shinzo Abe" in meeting.participants and "Narendra Modi" in meeting.participants
    assert meeting.quad_class == 1
    assert meeting.title.startswith("Shinzo Abe meets")


def test_editor_override_sets_the_reference_date():
    extraction = extract(ARTICLE, page_date=date(2018, 10, 30), reference_override=date(2018, 11, 2))
    assert extraction.reference_date.method == "editor"
    assert any(e.date.iso() == "2018-11-01" for e in extraction.events)


def test_without_any_date_only_absolute_dates_are_used():
    extraction = extract("In March 2015, Brazil and Argentina signed a trade pact.")
    assert [(e.date.iso(), e.countries) for e in extraction.events] == [("2015-03", ("AR", "BR"))]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00" * 1000,
        "Russia Israel " * 200_000,
        "1234567890 " * 50_000,
        "Putin met\x00 Netanyahu.\x00\x00 On 31 February 2019 Israel visited Russia.",
        "\ud800 broken surrogate? Russia met Iran.",
        ".\n" * 10_000,
    ],
)
@pytest.mark.timeout(120)  # a guard against a run that never ends, not a latency bound (see bench/)
def test_no_crash_on_any_input(text):
    extraction = extract(text, page_date=date(2020, 1, 1))
    assert all(len(event.countries) >= 2 for event in extraction.events)


def test_an_article_told_twelve_times_is_the_same_events_with_twelve_times_the_mentions():
    once = extract(ARTICLE, page_date=date(2018, 10, 30))
    twelve = extract(ARTICLE * 12, page_date=date(2018, 10, 30))
    assert len(once.events) == 3
    assert {(e.date.iso(), e.type, len(e.mentions)) for e in twelve.events} == {
        (e.date.iso(), e.type, 12 * len(e.mentions)) for e in once.events
    }


@pytest.mark.django_db  # the command reads the database's knowledge when it holds some
def test_extract_command_prints_the_contract(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("30 October 2018\n" + ARTICLE)
    untitled = tmp_path / "no_date.txt"
    untitled.write_text("A headline, not a date\nIn March 2015, Brazil and Argentina signed a trade pact.\n")
    out = io.StringIO()
    call_command("extract", str(article), str(untitled), "--json", stdout=out)
    result = json.loads(out.getvalue())
    assert result[0]["reference_date"] == "2018-10-30"
    assert result[1]["file"].endswith("no_date.txt")
    for record in result:
        assert set(record) >= {"file", "reference_date", "events"}
        for event in record["events"]:
            assert set(event) >= {"date", "precision", "countries", "type", "status", "title", "evidence"}
    assert result[1]["events"][0]["countries"] == ["AR", "BR"]


# Invented: written on Tuesday 30 October 2018, the page stamped "Oct 30, 09:15" with no year.
YEARLESS = ARTICLE.replace("In 2017", "In March 2018")
YEARLESS_EVENTS = {
    ("2018-10-25", "meeting", "happened"),
    ("2019", "visit", "planned"),
    ("2018-03", "agreement", "happened"),
}


def test_a_yearless_stamp_gets_its_year_from_the_text():
    extraction = extract(YEARLESS, page_month_day=(10, 30))
    assert extraction.reference_date.date == date(2018, 10, 30)
    assert {(e.date.iso(), e.type, e.status) for e in extraction.events} == YEARLESS_EVENTS


@pytest.mark.django_db  # the command reads the database's knowledge when it holds some
def test_extract_command_reads_a_yearless_stamp(tmp_path):
    article = tmp_path / "yearless.txt"
    article.write_text("Oct 30, 09:15\n" + YEARLESS)
    out = io.StringIO()
    call_command("extract", str(article), "--json", stdout=out)
    result = json.loads(out.getvalue())[0]
    assert result["reference_date"] == "2018-10-30"
    assert {(e["date"], e["type"], e["status"]) for e in result["events"]} == YEARLESS_EVENTS


@pytest.mark.skipif(not SHARED.exists(), reason="the shared corpus is not present")
@pytest.mark.django_db  # the command reads the database's knowledge when it holds some
def test_seed_article_gives_the_russia_israel_timeline():
    call_out = io.StringIO()
    call_command("extract", str(SHARED / "articles" / "00_seed_sochi.txt"), "--json", stdout=call_out)
    events = json.loads(call_out.getvalue())[0]["events"]
    pair = sorted(
        (e["date"], e["type"], e["status"]) for e in events if sorted(e["countries"]) == ["IL", "RU"]
    )
    assert pair == [
        ("2018", "military_incident", "happened"),
        ("2019", "meeting", "planned"),
        ("2019-04", "visit", "happened"),
        ("2019-09-11", "meeting", "happened"),
        ("2020", "visit", "planned"),
        ("2020-05-09", "ceremony", "planned"),
    ]


def test_initials_do_not_end_a_sentence():
    told = [s.text for s in sentences("Foreign Minister N.P. Saud spoke. The U.S. Senate agreed.")]
    assert told == ["Foreign Minister N.P. Saud spoke.", "The U.S. Senate agreed."]


def test_office_holders_named_by_their_title_date_an_update_stamped_page():
    text = (
        "Ministers tour the mine\n"
        "WARSAW, Feb 9 - Polish Prime Minister Mateusz Morawiecki visited the mine on Wednesday with "
        "Czech ministers, a year after the two governments settled their dispute.\n"
    )
    extraction = extract(text, page_date=date(2025, 9, 30))  # a later update stamp
    assert extraction.reference_date.date == date(
        2023, 2, 9
    )  # Morawiecki was prime minister until December 2023
    assert any("Mateusz Morawiecki" in clue for clue in extraction.reference_date.evidence)


def test_a_foreign_secretary_named_by_title_dates_an_update_stamped_page():
    text = (
        "Britain summons envoy\n"
        "GIBRALTAR, May 22 - Foreign Secretary Jeremy Hunt raised the incident with Madrid on Tuesday.\n"
    )  # 22 May was a Wednesday in 2019 and in 2024; Hunt was foreign secretary in 2018-2019
    extraction = extract(text, page_date=date(2025, 11, 4))  # a later update stamp
    assert extraction.reference_date.date == date(2019, 5, 22)


def test_an_office_holder_dates_the_text_by_the_office_the_title_names():
    text = (
        "Ministry summons envoy\n"
        "CHISINAU, July 10 - President Maia Sandu said the ambassador had been summoned on Tuesday.\n"
    )  # Sandu was prime minister in 2019, when 10 July was a Wednesday too; president since 2020
    extraction = extract(text, page_date=None, page_month_day=(7, 10, 2))
    assert extraction.reference_date.date == date(2024, 7, 10)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The same day, Kenya's president spoke with Uganda's president by phone.", "2024-03-04"),
        ("The day before, Kenya's president had spoken with Uganda's president by phone.", "2024-03-03"),
        ("The following week, Kenya's president spoke with Uganda's president by phone.", "2024-03"),
        ("Two days after the signing, Kenya's president spoke with Uganda's leader by phone.", "2024-03-06"),
        ("Two days before the signing, Kenya's president spoke with Uganda's leader by phone.", "2024-03-02"),
    ],
)
def test_a_day_told_from_the_day_before_it(second, expected):
    text = f"Tanzania and Rwanda signed a border accord on 4 March 2024. {second}"
    calls = [
        e.date.iso() for e in extract(text, page_date=date(2024, 3, 20)).events if e.type == "phone_call"
    ]
    assert calls == [expected]


def test_a_plan_for_the_autumn_told_in_winter_is_for_the_coming_autumn():
    text = (
        "Czech Environment Minister Petr Hladik and his Polish counterpart Anna Moskwa toured the mine on "
        "Wednesday. The two ministers agreed to meet again in Liberec in the autumn."
    )
    plans = [e.date.iso() for e in extract(text, page_date=date(2023, 2, 9)).events if e.status == "planned"]
    assert plans == ["2023"]


def test_the_foreign_ministry_of_a_wire_report_is_its_datelines_states():
    text = (
        "Peru protests over fishing boats\n"
        "LIMA, May 10 (Andes Wire) - Chilean fishing boats were seen off the coast of Tacna on Sunday.\n"
        "The foreign ministry summoned Chile's ambassador on Monday.\n"
    )
    events = extract(text, page_date=date(2023, 5, 10)).events
    assert [(e.date.iso(), e.countries, e.title) for e in events] == [
        ("2023-05-08", ("CL", "PE"), "Peru summons the envoy of Chile")
    ]


def test_a_stray_word_after_a_sentence_does_not_make_it_a_list_of_links():
    text = "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. click"
    assert [e.title for e in extract(text, page_date=date(2024, 5, 8)).events] == [
        "Emmanuel Macron meets Olaf Scholz in Berlin"
    ]


def test_a_dateline_whose_place_cannot_be_read_is_no_error():
    text = "Publi3hed: 2 April 2020\nPutin and Trump discussed oil markets in a phone call on Thursday.\n"
    assert [e.type for e in extract(text, page_date=date(2020, 4, 3)).events] == ["phone_call"]


def titled(text: str, page_date: date) -> set[tuple[str, str, str]]:
    """The events a text tells: type, date and title each."""
    return {(e.type, e.date.iso(), e.title) for e in extract(text, page_date=page_date).events}


def test_an_answer_an_act_drew_is_the_other_sides_event():
    text = (
        "Chile's president criticised Peru's border controls in January, prompting a protest note from Lima."
    )
    assert titled(text, date(2024, 5, 16)) == {
        ("statement", "2024-01", "Chile criticises Peru"),
        ("statement", "2024-01", "Peru protests to Chile"),  # a statement titled by what it does
    }


def test_an_act_that_may_come_is_no_event():
    text = "Pakistan vowed on Tuesday to respond to any Indian attack."
    assert [e.type for e in extract(text, page_date=date(2024, 5, 16)).events] == ["statement"]


def test_whose_envoy_is_summoned_is_named_inside_the_trigger():
    text = (
        "Relations soured in December 2022, when Ghana's president said in Washington that Burkina Faso "
        "had hired Russian mercenaries, and Ouagadougou summoned Ghana's ambassador in protest."
    )
    assert ("other", "2022-12", "Burkina Faso summons the envoy of Ghana") in titled(text, date(2024, 2, 8))


@pytest.mark.parametrize(
    ("text", "page_date", "told"),
    [
        (  # two measures of one state on one day: two events, both on its date
            "Moldova's foreign ministry summoned the Russian ambassador on Tuesday and ordered one of his "
            "diplomats to leave the country within 72 hours.",
            date(2024, 5, 16),
            {
                ("other", "2024-05-14", "Moldova summons the envoy of Russia"),
                ("other", "2024-05-14", "Moldova expels diplomats of Russia"),
            },
        ),
        (  # the other side's measure, a day before: counted back
            "India on Thursday ordered a Canadian diplomat to leave the country within five days, a day "
            "after Canada expelled an Indian diplomat.",
            date(2024, 5, 10),
            {
                ("other", "2024-05-09", "India expels diplomats of Canada"),
                ("other", "2024-05-08", "Canada expels diplomats of India"),
            },
        ),
    ],
)
def test_each_measure_of_a_sentence_is_an_event_on_its_own_day(text, page_date, told):
    assert titled(text, page_date) == told


def test_a_round_of_talks_called_off_is_a_cancelled_plan():
    text = (
        "Egypt on Wednesday cancelled a round of talks with Ethiopia on the dam that had been scheduled "
        "for next week in Addis Ababa."
    )
    talks, calling_off = sorted(extract(text, page_date=date(2024, 1, 19)).events, key=lambda e: e.type)
    assert (talks.type, talks.status, talks.outcome, talks.date.iso()) == (
        "meeting",
        "planned",
        "cancelled",
        "2024-01",
    )
    # the act of calling them off is an event of its own, on its day
    assert (calling_off.type, calling_off.status, calling_off.date.iso(), calling_off.title) == (
        "other",
        "happened",
        "2024-01-17",
        "Egypt calls off a meeting with Ethiopia",
    )


def test_a_plan_postponed_before_its_weekday_is_for_the_coming_one():
    text = (
        "Ghana's president has postponed a visit to Togo that was due to take place on Thursday, his "
        "office said on Monday."
    )
    told = extract(text, page_date=date(2024, 5, 14)).events  # a Tuesday
    assert sorted((e.type, e.status, e.outcome, e.date.iso()) for e in told) == [
        ("other", "happened", "", "2024-05-13"),  # the postponing, on the day it was announced
        ("visit", "planned", "postponed", "2024-05-16"),  # not the Thursday before
    ]


def test_what_a_deal_agreed_to_do_with_no_date_of_its_own_is_the_deal():
    text = "Kenya and Uganda agreed on Sunday to fully reopen the Busia border crossing."
    told = extract(text, page_date=date(2024, 8, 12)).events
    assert [(e.type, e.status, e.date.iso()) for e in told] == [("agreement", "happened", "2024-08-11")]


def test_the_two_holders_of_an_office_are_those_the_article_named():
    text = (
        "Nepal's Prime Minister K.P. Sharma Oli met Indian Prime Minister Narendra Modi in New Delhi on "
        "Thursday. Oli had visited Beijing in December, when Nepal signed a deal on China's Belt and Road "
        "Initiative. The two prime ministers last met in New York in September."
    )
    told = extract(text, page_date=date(2025, 2, 21)).events
    assert ("2024-09", ("IN", "NP")) in [(e.date.iso(), e.countries) for e in told]


def test_a_day_without_its_year_told_as_past_is_the_last_one():
    text = (
        "Tensions rose in December 2023, when Kenya closed a border post over a row about fishing rights on "
        "Lake Victoria. Days later, on December 14, the presidents of Kenya and Uganda met in Arusha and "
        "agreed to reopen it."
    )
    told = extract(text, page_date=date(2024, 11, 4)).events
    assert ("meeting", "happened", "2023-12-14") in [(e.type, e.status, e.date.iso()) for e in told]


def test_an_act_told_as_an_answer_is_dated_by_the_act_it_answers():
    text = (
        "Kenya expelled two Ugandan diplomats in February 2023. Uganda responded by expelling Kenya's "
        "ambassador. In June, Tanzania summoned Burundi's envoy. In retaliation, Burundi expelled a "
        "Tanzanian diplomat."
    )
    told = extract(text, page_date=date(2024, 5, 16)).events
    assert sorted((e.title, e.date.iso()) for e in told) == [
        ("Burundi expels diplomats of Tanzania", "2023-06"),
        ("Kenya expels diplomats of Uganda", "2023-02"),
        ("Tanzania summons the envoy of Burundi", "2023-06"),
        ("Uganda expels diplomats of Kenya", "2023-02"),
    ]


def test_the_former_date_of_a_meeting_told_as_held_is_no_plan_of_its_own():
    text = (
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala on "
        "Wednesday. The meeting had originally been planned for April but was postponed at Uganda's request."
    )
    told = extract(text, page_date=date(2024, 5, 16)).events
    assert [(e.type, e.status, e.date.iso()) for e in told] == [("meeting", "happened", "2024-05-15")]


@pytest.mark.parametrize(
    "text",
    [
        "A visit by the South Korean president to Japan that had been planned for May 2023 was postponed "
        "to July 2023.",
        "The South Korean president has postponed his visit to Japan, originally scheduled for 10 May, "
        "to July.",
    ],
)
def test_a_plan_put_back_is_dated_by_its_new_date(text):
    (visit,) = [e for e in extract(text, page_date=date(2023, 4, 20)).events if e.type == "visit"]
    assert (visit.status, visit.outcome, visit.date.iso()) == ("planned", "postponed", "2023-07")


@pytest.mark.parametrize(
    ("text", "method", "told"),
    [
        (  # years and office holders only: a guess, which places no "on Tuesday"
            "Japanese Prime Minister Fumio Kishida spoke by phone with South Korean President Yoon Suk Yeol "
            "on Tuesday. Japan and South Korea signed a currency swap agreement in 2015.",
            "guessed",
            [("agreement", "2015")],
        ),
        (  # a day named: the writing date the text gives places it
            "Kenya's president met his Ugandan counterpart on Tuesday, after a border row that began on "
            "2 May 2024.",
            "text",
            [("meeting", "2024-05-14")],
        ),
    ],
)
def test_a_writing_date_read_from_the_text_alone_places_a_weekday_only_when_it_names_a_month(
    text, method, told
):
    extraction = extract(text, received=date(2026, 12, 3))
    assert extraction.reference_date.method == method
    assert [(e.type, e.date.iso()) for e in extraction.events] == told


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Congo's President Felix Tshisekedi accused Rwanda on Monday of backing rebels.", {("CD", "RW")}),
        (
            "Rwanda denied on Tuesday that its troops had crossed into Congo, a day after Kinshasa accused "
            "Kigali of backing M23 rebels.",
            {("CD", "RW")},
        ),
        ("Congo and Gabon signed a border agreement in Brazzaville on Monday.", {("CG", "GA")}),
    ],
)
def test_congo_is_the_congo_the_article_names_otherwise(text, pairs):
    assert {e.countries for e in extract(text, page_date=date(2024, 3, 6)).events} == pairs


def test_each_entry_of_a_live_page_and_each_item_of_a_round_up_is_news_of_its_own():
    live = (
        "Border crisis: live updates\n"
        "08:05 — Kenyan and Ugandan officials met at Busia overnight, officials say.\n\n"
        "09:40 — Kenya has summoned Uganda's high commissioner, the foreign ministry says.\n\n"
        "10:15 — Tanzania's foreign ministry urges restraint.\n"
    )
    round_up = (
        "World in brief\n"
        "NAIROBI — Kenya and Uganda signed a trade deal on Wednesday.\n\n"
        "LIMA — Peru has recalled its ambassador from Chile, the foreign ministry said.\n"
    )
    told = {
        (e.type, e.countries) for text in (live, round_up) for e in extract(text, date(2024, 5, 16)).events
    }
    assert ("other", ("KE", "UG")) in told
    assert ("other", ("CL", "PE")) in told


def test_the_answers_of_an_interview_are_the_interviewees_words():
    interview = (
        "Turkish Foreign Minister Hakan Fidan arrived in Moscow on Monday. We spoke to him last week.\n\n"
        "When did you last see your Russian counterpart?\n\n"
        "I met Sergei Lavrov in Ankara in March, and we spoke by phone again in April.\n\n"
        "Will President Erdogan visit Russia?\n\n"
        "Nothing has been decided.\n"
    )
    told = {(e.type, e.countries, e.date.iso()) for e in extract(interview, date(2024, 5, 16)).events}
    assert ("meeting", ("RU", "TR"), "2024-03") in told
    assert ("phone_call", ("RU", "TR"), "2024-04") in told  # a second contact, not the first retyped
