from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relations.extraction.results import FuzzyDate
from relations.extraction.timex import find_time_expressions, governing_expression

THU_12_SEP_2019 = date(2019, 9, 12)


def values(text, reference=THU_12_SEP_2019):
    return {e.text: e.value.iso() for e in find_time_expressions(text, reference)}


@pytest.mark.parametrize(
    "text, expression, expected",
    [
        ("The vote is set for September 17.", "September 17", "2019-09-17"),
        ("They signed it on 17 September 2019.", "17 September 2019", "2019-09-17"),
        ("The deal was signed on Sept. 17, 2018 in the capital.", "Sept. 17, 2018", "2018-09-17"),
        ("The file is dated 2019-09-17.", "2019-09-17", "2019-09-17"),
        ("The parade will be held on 9 May next year.", "9 May next year", "2020-05-09"),
        ("The ministers talked in April.", "April", "2019-04"),
        ("Back in April, the envoy flew home.", "Back in April", "2019-04"),
        ("The deal was reached in April 2017.", "April 2017", "2017-04"),
        ("Trade fell in 2018.", "2018", "2018"),
        ("On Wednesday, the two ministers met.", "Wednesday", "2019-09-11"),
        ("The ministers will meet on Monday.", "Monday", "2019-09-16"),
        ("The talks resumed today.", "today", "2019-09-12"),
        ("The envoy arrived yesterday.", "yesterday", "2019-09-11"),
        ("The envoy leaves tomorrow.", "tomorrow", "2019-09-13"),
        ("Sales rose last year.", "last year", "2018"),
        ("He returned the visit in March of last year.", "March of last year", "2018-03"),
        ("They met on 3 March of this year.", "3 March of this year", "2019-03-03"),
        ("The summit is planned for next month.", "next month", "2019-10"),
        ("The office opened earlier this month.", "earlier this month", "2019-09"),
        ("He accepted an invitation to visit early next year.", "early next year", "2020"),
        ("The commission will meet by the end of this year.", "by the end of this year", "2019"),
        ("He is due to visit in the second half of the year.", "the second half of the year", "2019"),
        ("The envoy called two days ago.", "two days ago", "2019-09-10"),
        ("The bank closed a year ago.", "a year ago", "2018"),
        ("The leaders will talk again in two weeks.", "in two weeks", "2019-09"),
        ("The envoys met a fortnight ago.", "a fortnight ago", "2019-08"),
        ("The envoys met on Monday last week.", "Monday last week", "2019-09-02"),
        ("The envoys will meet on Friday next week.", "Friday next week", "2019-09-20"),
        ("The leaders will talk again in a fortnight.", "in a fortnight", "2019-09"),
        ("The ministers met last week.", "last week", "2019-09"),
        ("The president will return the visit later in the year.", "later in the year", "2019"),
        ("The envoys met earlier in the month.", "earlier in the month", "2019-09"),
        ("The leaders will speak in the coming days.", "in the coming days", "2019-09"),
        ("Talks could resume over the coming months.", "over the coming months", "2019"),
        ("A new plant will open this summer.", "this summer", "2019"),
        ("Profits rose in the first quarter of 2018.", "the first quarter of 2018", "2018"),
        ("The expedition of 1957-58 crossed the ice.", "58", "1958"),
        ("The envoys met on the 10th, the ministry said.", "on the 10th", "2019-09-10"),
        ("The visit had been planned for March.", "March", "2019-03"),
        ("The envoys met on the 20th.", "on the 20th", "2019-08-20"),
        ("The envoys will meet on the 3rd.", "on the 3rd", "2019-10-03"),
    ],
)
def test_expression_classes(text, expression, expected):
    found = values(text)
    matching = [
        value for found_text, value in found.items() if expression in found_text or found_text in expression
    ]
    assert matching == [expected], found


def test_precision_is_never_invented():
    found = find_time_expressions("Relations soured in 2018 and recovered in April.", THU_12_SEP_2019)
    assert [(e.text, e.value.precision) for e in found] == [("2018", "year"), ("April", "month")]


@pytest.mark.parametrize(
    "text",
    [
        "The fund paid $2018 to each family.",
        "About 2018 people attended the rally.",
        "The council adopted Resolution 2018 unanimously.",
        "They talked for three years.",
        "Theresa May spoke to reporters.",
        "It was the first meeting in two years.",
        "It was the first visit by a Chilean minister in two years.",
        "The talks were held on the 12th floor of the ministry.",
        "Party members campaigned for May in the leadership race.",  # only "planned for May" is a month
        "The ceremony marked the day on the 75th anniversary of the treaty.",
    ],
)
def test_numbers_names_and_durations_are_not_dates(text):
    assert find_time_expressions(text, THU_12_SEP_2019) == []


def test_days_before_an_explicit_date_read_the_nearest_one():
    found = values("The premier flew to the resort days before the September 17 vote.")
    assert found["September 17"] == "2019-09-17"


def test_weekday_across_a_year_boundary():
    new_year = date(2020, 1, 1)  # a Wednesday
    assert values("The treaty was signed on Monday.", new_year)["Monday"] == "2019-12-30"
    assert values("The envoys will meet on Friday.", new_year)["Friday"] == "2020-01-03"


def test_weekday_on_the_reference_day_in_the_past_is_that_day():
    assert values("The president spoke on Thursday.")["Thursday"] == "2019-09-12"


def test_next_year_and_last_december_in_january():
    january = date(2020, 1, 10)
    assert values("The plant will open next year.", january)["next year"] == "2021"
    assert values("The factory closed last December.", january)["last December"] == "2019-12"


def test_february_29():
    assert values("The treaty was signed on February 29.", date(2020, 3, 5))["February 29"] == "2020-02-29"
    leap = values("The talks took place on 29 February 2016.", date(2019, 3, 5))
    assert leap["29 February 2016"] == "2016-02-29"


def test_a_day_the_month_does_not_have_gives_only_the_month():
    assert values("The memo is dated 2019-02-30.") == {"2019-02-30": "2019-02"}
    found = find_time_expressions("Signed on 30 February 2024 and again on April 31.", date(2024, 5, 16))
    assert [(e.text, e.value.iso()) for e in found] == [
        ("30 February 2024", "2024-02"),
        ("April 31", "2024-04"),
    ]


def test_month_far_in_the_future_falls_back_to_the_nearest():
    october = date(2017, 10, 16)
    found = values("The talks are expected to follow up on the late-August meeting.", october)
    assert found["late-August"] == "2017-08"


def test_governing_expression_prefers_the_anchor_clause():
    text = "The activist was sentenced last year, but was pardoned on Wednesday."
    found = find_time_expressions(text, THU_12_SEP_2019)
    assert governing_expression(found, 0, len(text), text, anchor=text.index("sentenced")).text == "last year"
    assert governing_expression(found, 0, len(text), text, anchor=text.index("pardoned")).text == "Wednesday"
    assert governing_expression(found, 0, len(text), text).text == "Wednesday"
    assert governing_expression(found, 0, 5, text) is None


def test_governing_expression_demotes_since():
    text = "The two armies have faced off since April 2020 and held talks on Sunday."
    found = find_time_expressions(text, date(2021, 1, 23))
    assert governing_expression(found, 0, len(text), text).text == "Sunday"


def _consistent(value: FuzzyDate) -> bool:
    if value.precision == "month":
        return value.start.day == 1
    if value.precision == "year":
        return (value.start.month, value.start.day) == (1, 1)
    return value.precision == "day"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            list("0123456789 ,.-/'\n\x00")
            + [
                "May",
                "April",
                "Sept.",
                "2019",
                "17",
                "last",
                "next",
                "year",
                "week",
                "ago",
                "on",
                "Wednesday",
                "in",
            ]
            + [
                "days",
                "before",
                "the",
                "will",
                "met",
                "today",
                "summer",
                "quarter",
                "Q3",
                "29",
                "February",
                " ",
            ]
        ),
        max_size=60,
    ).map("".join),
    st.dates(min_value=date(1001, 1, 1), max_value=date(9998, 12, 31)),
)
def test_any_text_resolves_consistently(text, reference):
    for expression in find_time_expressions(text, reference):
        assert text[expression.start : expression.end] == expression.text
        assert _consistent(expression.value)
        assert expression.value.start <= expression.value.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.dates(min_value=date(1001, 1, 1), max_value=date(9998, 12, 31)))
def test_arbitrary_unicode_never_crashes(text, reference):
    for expression in find_time_expressions(text, reference):
        assert text[expression.start : expression.end] == expression.text


@pytest.mark.timeout(120)  # a guard against a run that never ends, not a latency bound (see bench/)
def test_long_inputs_without_punctuation_finish():
    text = "1" * 200_000 + " word" * 40_000 + "\x00" * 50_000
    for expression in find_time_expressions(text, THU_12_SEP_2019):
        assert text[expression.start : expression.end] == expression.text


def test_a_weekend_is_its_saturdays_month():
    assert values("The ministers met last weekend.", date(2025, 6, 18)) == {"last weekend": "2025-06"}
    assert values("They will meet over the weekend.", date(2025, 5, 29)) == {"over the weekend": "2025-05"}


def test_a_month_of_that_year_takes_the_year_the_text_named_last():
    found = values("The envoy arrived in January 2018 and left in May that year.")
    assert found["January 2018"] == "2018-01"
    assert found["May that year"] == "2018-05"


def test_a_past_day_and_month_soon_after_a_date_with_its_year_continue_that_year():
    found = values(
        "The president flew to the capital on 8 July 2018. His host returned the visit on 14 July, "
        "touring the new embassy and the port and opening a trade fair in the old town, and the next "
        "day he laid a wreath at the memorial to the fallen of both wars before flying home. On 11 "
        "August the two leaders reopened the crossings. The two will meet again on 20 September in Rome."
    )
    assert (found["14 July"], found["11 August"]) == ("2018-07-14", "2018-08-11")
    assert found["20 September"] == "2019-09-20"


@pytest.mark.parametrize(
    "text",
    [
        "The visit, planned for 20 September, was postponed on Tuesday.",
        "Talks scheduled for 20 September were called off.",
        "The summit, set for 20 September, did not take place.",
    ],
)
def test_the_day_a_plan_was_for_is_the_nearest_whatever_befell_it(text):
    assert values(text)["20 September"] == "2019-09-20"  # not 2018: the plan's day is ahead of the page


def test_a_day_told_in_the_past_without_a_plan_is_behind_the_page():
    assert values("The leaders met on 20 September.") == {"20 September.": "2018-09-20"}


def test_a_month_a_plan_is_put_back_to_lies_ahead():
    found = find_time_expressions(
        "He postponed his visit to Lomé to May. Johnson spoke to May.", date(2024, 4, 18)
    )
    assert [(e.text, e.value.iso()) for e in found] == [("May", "2024-05")]
    assert values("The visit was put off to March.", date(2024, 8, 1)) == {"March": "2025-03"}


def test_a_year_no_news_date_has_makes_no_date():
    """Not the day and month alone, resolved to a year the text does not say."""
    assert values("They will meet again on 2 January 0001.", date(2022, 3, 10)) == {}
    assert values("They met on January 2, 0999, in Bonn.", date(2022, 3, 10)) == {}
    assert values("They met on 2 January 1999.", date(2022, 3, 10)) == {"2 January 1999": "1999-01-02"}
