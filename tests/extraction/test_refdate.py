import json
from datetime import date
from pathlib import Path

import pytest

from relations.extraction.pagedate import split_corpus_file
from relations.extraction.refdate import InOffice, infer_reference_date
from relations.extraction.results import ReferenceDate

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

# An invented article written on Thursday 12 September 2019, re-stamped in July 2020.
RESTAMPED = """On Wednesday, the foreign ministers of two neighbouring states met at a lakeside resort.
The minister travelled there just days before the September 17 general election at home.
In 2018, ties were strained after a border incident.
Both sides expect their leaders at the 75th anniversary of the Victory in the Great Patriotic War
on 9 May next year.
"""


def test_contradicted_stamp_is_corrected_from_the_text():
    result = infer_reference_date(RESTAMPED, date(2020, 7, 6))
    assert result.method == "corrected"
    assert abs((result.date - date(2019, 9, 12)).days) <= 2
    assert any("September 17" in clue for clue in result.evidence)
    assert 0 < result.confidence <= 1


def test_consistent_stamp_is_kept():
    result = infer_reference_date(RESTAMPED, date(2019, 9, 12))
    assert (result.date, result.method) == (date(2019, 9, 12), "stamp")


def test_stamp_is_kept_without_evidence():
    result = infer_reference_date("The two ministers discussed trade.", date(2021, 3, 4))
    assert (result.date, result.method) == (date(2021, 3, 4), "stamp")


NOTHING = "no usable page date, and nothing in the text tells when it was written"


def test_no_stamp_no_evidence_and_no_day_it_came_in_is_no_date_and_says_so():
    result = infer_reference_date("The two ministers discussed trade.", None)
    assert result == ReferenceDate(None, "none", 0.0, (f"{NOTHING}; the day it came in is not known",))


def test_no_stamp_no_evidence_falls_back_to_the_day_it_came_in():
    result = infer_reference_date("The two ministers discussed trade.", None, received=date(2022, 4, 7))
    said = f"{NOTHING}: the day the article came in (2022-04-07) is taken, with low confidence"
    assert (result.date, result.method, result.confidence) == (date(2022, 4, 7), "received", 0.1)
    assert result.evidence[0].startswith(said) and "dates no event" in result.evidence[0]


FUTURE = "the page date 2031-03-12 is not used: it is later than the day the article came in (2022-04-07)"


def test_a_page_date_after_the_day_it_came_in_is_not_used_and_the_evidence_says_why():
    result = infer_reference_date(
        "The two ministers discussed trade.", date(2031, 3, 12), received=date(2022, 4, 7)
    )
    assert (result.date, result.method, result.confidence) == (date(2022, 4, 7), "received", 0.1)
    assert result.evidence[0] == FUTURE and result.evidence[1].startswith(NOTHING)
    dated = infer_reference_date(RESTAMPED, date(2031, 3, 12), received=date(2022, 4, 7))
    assert dated.method == "text" and abs((dated.date - date(2019, 9, 12)).days) <= 2
    assert dated.evidence[0] == FUTURE


def test_a_page_date_a_time_zone_after_the_day_it_came_in_is_kept():
    result = infer_reference_date(
        "The two ministers discussed trade.", date(2022, 4, 8), received=date(2022, 4, 7)
    )
    assert (result.date, result.method) == (date(2022, 4, 8), "stamp")


def test_no_stamp_dates_from_the_text():
    result = infer_reference_date(RESTAMPED, None)
    assert result.method == "text"
    assert abs((result.date - date(2019, 9, 12)).days) <= 2


def test_future_date_in_the_past_of_the_stamp_moves_it():
    text = (
        "The leaders will meet on 16 June 2021 in a lakeside city. "
        "Their aides will prepare the agenda on 10 June 2021. The summit will end on 17 June 2021."
    )
    result = infer_reference_date(text, date(2023, 2, 1))
    assert result.method == "corrected"
    assert result.date <= date(2021, 6, 16)


def test_single_weak_contradiction_keeps_the_stamp():
    result = infer_reference_date("Exports grew in 2024.", date(2023, 5, 1))
    assert result.date == date(2023, 5, 1)


def test_known_dates_sharpen_a_weekday():
    text = "On Monday, the envoys met again, days before the October 20 summit."
    result = infer_reference_date(text, date(2025, 1, 1), known_dates=[date(2019, 10, 14)])
    assert result.method == "corrected"
    assert result.date in (date(2019, 10, 15), date(2019, 10, 16))


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared development corpus is absent")
def test_reference_dates_of_the_development_corpus():
    misses = []
    for gold_path in sorted((CORPUS / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text())
        content = (CORPUS / "articles" / f"{gold_path.stem}.txt").read_text()
        stamp, body, _ = split_corpus_file(content)
        found = infer_reference_date(body, stamp.date, page_month_day=stamp.month_day).date
        wanted = date.fromisoformat(gold["published"])
        if found is None or abs((found - wanted).days) > gold.get("reference_tolerance_days", 2):
            misses.append((gold_path.stem, found, wanted))
    assert misses == []


# Invented: written on Tuesday 17 October 2017, the page re-stamped in February 2023.
TIED_WEEKDAY = """The foreign minister flew to a coastal city on Tuesday for talks with his counterpart,
three days before the October 20 referendum at home.
Relations between the two states soured in 2016, when a border post was shelled.
"""


def test_weekday_tied_to_a_computable_day_picks_the_year():
    result = infer_reference_date(TIED_WEEKDAY, date(2023, 2, 10))
    assert result.method == "corrected"
    # 17 October is a Tuesday in 2017 and 2023; 2023-10 is after the stamp, so 2017
    assert abs((result.date - date(2017, 10, 17)).days) <= 2
    assert any("Tuesday" in clue for clue in result.evidence)


def test_weekday_with_a_day_and_month_must_agree():
    text = "On Friday, March 8, the two prime ministers met at a border town. They met in 2017 too."
    result = infer_reference_date(text, date(2021, 9, 1))
    # 8 March is a Friday in 2013, 2019 and 2024 only; told as past after 2017
    assert result.method == "corrected"
    assert date(2019, 3, 8) <= result.date <= date(2019, 3, 11)


def test_weekday_far_from_the_counted_day_is_no_tie():
    text = (
        "On Monday the envoys met; the ministers will sign the deal five days before the June 30 "
        "deadline, officials said."
    )
    result = infer_reference_date(text, date(2022, 6, 20))
    assert result.date == date(2022, 6, 20)


def test_contradicted_stamp_still_bounds_the_writing_date():
    text = "The minister travelled abroad just days before the September 17 general election at home."
    result = infer_reference_date(text, date(2021, 3, 14))
    assert result.method == "corrected"
    assert date(2020, 9, 1) <= result.date <= date(2020, 9, 17)


# Invented: a page stamped "May 05, 21:30", with no year.
YEARLESS = "On Sunday, the envoys of two neighbours met at a border town. They last met on 12 March 2019."


def test_a_yearless_stamp_takes_its_year_from_the_text():
    result = infer_reference_date(YEARLESS, None, page_month_day=(5, 5))
    assert (result.date, result.method) == (date(2019, 5, 5), "text")
    assert "the page stamp gives May 5 without a year" in result.evidence


def test_a_yearless_stamp_after_a_past_date_of_its_year_is_the_next_year():
    text = "The envoys met at a border town on Monday. They last met on 1 June 2019."
    assert infer_reference_date(text, None, page_month_day=(5, 5)).date == date(2020, 5, 5)


def test_a_yearless_stamps_year_is_the_one_its_past_weekdays_fit_soon_after_the_texts_dates():
    # 17 May was a Wednesday in 2023 (Sunday's clash six days back), a Friday in 2024
    text = (
        "KAMPALA, May 17 - Troops clashed at the border on Sunday, and the foreign ministry summoned the "
        "envoy on Tuesday. Talks followed on Thursday. The two presidents last met in November 2022."
    )
    assert infer_reference_date(text, None, page_month_day=(5, 17)).date == date(2024, 5, 17)


def test_a_yearless_stamp_on_a_text_without_years_is_dated_within_the_terms_of_those_it_names():
    text = "President Ada Example flew to the coast on Tuesday for talks on the river dam."
    in_office = [InOffice("Ada Example", ((date(2022, 1, 10), None),))]
    # 18 September: a Sunday in 2022, a Monday in 2023, a Wednesday in 2024, the day after a Tuesday
    found = infer_reference_date(text, None, page_month_day=(9, 18), in_office=in_office)
    assert found.date == date(2024, 9, 18)
    assert "Ada Example is named by an office held then" in found.evidence


def test_a_yearless_stamp_before_a_planned_date_is_the_most_recent_such_day():
    text = "The presidents will meet on 16 June 2021 at a lakeside resort, aides said."
    assert infer_reference_date(text, None, page_month_day=(5, 5)).date == date(2021, 5, 5)


def test_a_yearless_stamp_takes_a_year_no_date_writes():
    text = "The envoys expect their leaders at the 75th anniversary of the Victory on 9 May next year."
    result = infer_reference_date(text, None, page_month_day=(11, 20))
    assert result.date == date(2019, 11, 20)


def test_a_yearless_stamp_and_a_text_without_years_give_no_date():
    result = infer_reference_date("The envoys met on Monday.", None, page_month_day=(5, 5))
    assert (result.date, result.method) == (None, "none")
    assert "the day it came in is not known" in result.evidence[0]


def test_a_full_page_date_wins_over_a_month_and_day():
    result = infer_reference_date(YEARLESS, date(2019, 5, 20), page_month_day=(5, 5))
    assert (result.date, result.method) == (date(2019, 5, 20), "stamp")


# An invented wire story filed on 14 March 2022, on a page re-stamped when it was updated in 2024.
UPDATED_WIRE = """Ports reopen after a week of talks
HARARE, March 14 (Wire) — The two governments agreed on Monday to reopen the river ports.
The ports were first closed three years ago, in March 2019, after a dispute over fees.
"""


def test_a_dateline_and_a_year_counted_back_correct_an_update_stamp():
    result = infer_reference_date(UPDATED_WIRE, date(2024, 6, 2))
    assert result.method == "corrected"
    assert result.date == date(2022, 3, 14)
    assert any("dateline" in clue for clue in result.evidence)
    assert any("three years ago" in clue and "2022" in clue for clue in result.evidence)


# An invented anniversary story on a page stamped with a weekday but no year.
ANNIVERSARY = """Neighbours mark forty years of the river accord
The two foreign ministers met at the border bridge on Thursday to mark four decades since the
accord, which ended a quarrel that began in 1961. The accord was signed on 29 November 1984.
"""


def test_a_yearless_stamps_weekday_and_a_span_counted_from_a_year_give_the_year():
    result = infer_reference_date(ANNIVERSARY, None, page_month_day=(11, 29, 4))  # "Fri, 29 Nov"
    assert result.date == date(2024, 11, 29)
    assert any("Friday, November 29" in clue for clue in result.evidence)
    # without the weekday, forty years from either year the text names is as likely
    assert infer_reference_date(ANNIVERSARY, None, page_month_day=(11, 29)).date.year in (2001, 2024)


def test_a_dateline_may_name_the_country_after_the_town():
    text = UPDATED_WIRE.replace("HARARE, March 14 (Wire)", "BEITBRIDGE, Zimbabwe, March 14")
    result = infer_reference_date(text, date(2024, 6, 2))
    assert (result.method, result.date) == ("corrected", date(2022, 3, 14))


def test_a_place_and_date_inside_a_sentence_is_no_dateline():
    text = "Talks on the ports resumed.\nIn Harare, March 14 was set as the day the ports reopen.\n"
    result = infer_reference_date(text, date(2024, 6, 2))
    assert result.date == date(2024, 6, 2)


def test_a_text_whose_dates_point_after_the_day_it_came_in_is_not_dated_by_them():
    text = "Boric met Milei in Santiago on 12 March 2031."
    found = infer_reference_date(text, None, received=date(2026, 12, 3))
    assert (found.date, found.method) == (date(2026, 12, 3), "received")
    assert "after the day it came in" in found.evidence[0]


def test_a_text_that_repeats_itself_gives_each_reason_once():
    sentence = "Chilean President Gabriel Boric met Peruvian President Dina Boluarte on 3 March 2023. "
    found = infer_reference_date(sentence * 5, None)
    assert found.evidence and len(found.evidence) == len(set(found.evidence))


def test_a_purpose_after_a_date_does_not_make_it_future():
    from relations.extraction.engine import extract

    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on 3 May 2023 "
        "to discuss energy."
    )
    (event,) = extract(text, page_date=None).events
    assert (event.date.iso(), event.status) == ("2023-05-03", "happened")
    text = "The French president is expected to travel on 3 May 2023 to Berlin."
    assert infer_reference_date(text, None).date <= date(2023, 5, 3)


def test_a_wire_lead_on_the_datelines_weekday_picks_the_year_that_day_fell_on_it():
    text = (
        "Rwanda renews call for dam talks\n"
        "KIGALI, March 23 (Wire) - Rwanda's president used the annual river day on Thursday to urge Burundi "
        "to open talks on the shared dam, which a regional court ruled on in 2021.\n"
    )
    result = infer_reference_date(text, date(2026, 3, 2))
    assert result.date == date(2023, 3, 23)  # a Thursday; 23 March 2024 was a Saturday
