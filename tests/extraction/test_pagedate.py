from datetime import date, timedelta

import pytest

from relations.extraction.pagedate import (
    NO_STAMP,
    PageStamp,
    dated_stamp,
    page_stamp,
    read_page_stamp,
    split_corpus_file,
    unusable,
)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("07:13 GMT06 July 2020", date(2020, 7, 6)),
        ("2019-09-12", date(2019, 9, 12)),
        ("September 12, 2019 10:30 AM", date(2019, 9, 12)),
        ("12.09.2019", date(2019, 9, 12)),
        ("Thu, 12 Sep 2019 07:13:00 +0000", date(2019, 9, 12)),
        ("Saturday, 23 October, 2021 at 12:00 AM", date(2021, 10, 23)),
        ("Updated: May 05, 2022, 5:01 PM", date(2022, 5, 5)),
        ("08:34, March 24, 2022", date(2022, 3, 24)),
        ("2019-09-12T07:13:00Z", date(2019, 9, 12)),
        ("2021-06-16T23:30:00.125-05:00", date(2021, 6, 16)),
        ("Sept. 12th, 2019", date(2019, 9, 12)),
        ("29 February 2020", date(2020, 2, 29)),
        ("\ufeff  2019-09-12  ", date(2019, 9, 12)),
        # in other languages, read by dateparser
        ("12 septembre 2019", date(2019, 9, 12)),
        ("lundi 12 septembre 2019 à 14h10", date(2019, 9, 12)),
        ("12. September 2019", date(2019, 9, 12)),
        ("Veröffentlicht am 4. Mai 2021", date(2021, 5, 4)),
        ("3. mart 2022 14:10", date(2022, 3, 3)),
        ("Objavljeno: 3. mart 2022.", date(2022, 3, 3)),
        ("Rabu, 5 Maret 2025 - 13:05 WIB", date(2025, 3, 5)),
        ("12 de marzo de 2019", date(2019, 3, 12)),
        ("jueves, 7 de noviembre de 2019, 09:15", date(2019, 11, 7)),
        ("May 05 | 2019", date(2019, 5, 5)),  # the year apart from the day: the fallback joins them
        ("17. mars 2025 kl. 14.20", date(2025, 3, 17)),
        ("den 5 mars 2024 kl 10:15", date(2024, 3, 5)),
        ("ceturtdiena, 2024. gada 14. novembris, 16:20", date(2024, 11, 14)),  # the year first
        ("17. lokakuuta 2023", date(2023, 10, 17)),
        ("2024年11月14日", date(2024, 11, 14)),
    ],
)
def test_full_dates(line, expected):
    assert read_page_stamp(line) == PageStamp(line.strip().lstrip("\ufeff").strip(), date=expected)


@pytest.mark.parametrize(
    "line, month_day",
    [
        ("May 05, 21:30", (5, 5)),
        ("05 May 21:30", (5, 5)),
        ("Updated: Sept. 3rd", (9, 3)),
        ("29 February", (2, 29)),
        ("12 septembre", (9, 12)),
        ("3. mart 14:10", (3, 3)),
        ("4. Mai, 08:00 Uhr", (5, 4)),
        ("7 de noviembre", (11, 7)),
        ("Fri, 29 Nov", (11, 29, 4)),
        ("Tuesday 4 May 08:00", (5, 4, 1)),
    ],
)
def test_a_day_without_a_year_gives_its_month_and_day(line, month_day):
    assert read_page_stamp(line) == PageStamp(line, month_day=month_day)


IN_THREE_DAYS = date.today() + timedelta(days=3)
LATER_THAN_TODAY = f"it is later than the day the article came in ({date.today().isoformat()})"


@pytest.mark.parametrize(
    "line, why",
    [
        ("21:30", "the page stamp '21:30' is not used: it gives a time but no day"),
        ("Updated 21:30 GMT", "the page stamp 'Updated 21:30 GMT' is not used: it gives a time but no day"),
        ("Monday 21:30", "the page stamp 'Monday 21:30' is not used: it gives a time but no day"),
        ("06:05:44 +03:00", "the page stamp '06:05:44 +03:00' is not used: it gives a time but no day"),
        ("31 February 2019", "the page stamp '31 February 2019' is not used: no such day"),
        ("29 February 2019", "the page stamp '29 February 2019' is not used: no such day"),
        ("30 February", "the page stamp '30 February' is not used: no such day"),
        # the future (this test is good until 2031)
        ("12 March 2031", f"the page date 2031-03-12 is not used: {LATER_THAN_TODAY}"),
        (
            IN_THREE_DAYS.isoformat(),
            f"the page date {IN_THREE_DAYS.isoformat()} is not used: {LATER_THAN_TODAY}",
        ),
        ("1 May 1700", "the page date 1700-05-01 is not used: it is before 1800"),  # before news
    ],
)
def test_a_stamp_without_a_usable_date_is_still_a_stamp_and_says_why(line, why):
    assert read_page_stamp(line) == PageStamp(line, note=why)


def test_a_date_is_unusable_after_the_day_the_article_came_in():
    received = date(2020, 3, 1)
    assert unusable(date(2020, 3, 2), received) == ""  # a time zone away
    assert unusable(date(2020, 3, 3), received) == (
        "the page date 2020-03-03 is not used: it is later than the day the article came in (2020-03-01)"
    )
    assert dated_stamp("3 March 2020", date(2020, 3, 3), received).date is None
    assert dated_stamp("3 March 2020", date(2020, 3, 3), date(2020, 3, 4)).date == date(2020, 3, 3)


@pytest.mark.parametrize(
    "value, stamp",
    [
        ("2019-09-12", PageStamp("2019-09-12", date=date(2019, 9, 12))),
        (
            "soon-ish",
            PageStamp("soon-ish", note="the page stamp 'soon-ish' is not used: no date can be read from it"),
        ),
    ],
)
def test_a_date_field_is_read_like_a_date_line_or_kept_with_a_note(value, stamp):
    assert page_stamp(value) == stamp


def test_tomorrow_is_a_time_zone_away():
    tomorrow = date.today() + timedelta(days=1)
    assert read_page_stamp(tomorrow.isoformat()).date == tomorrow


@pytest.mark.parametrize(
    "line",
    [
        "",
        "   ",
        "hello",
        "Leaders meet in the capital on 12 March 2019 to talk about trade and more",
        "Theresa May 10 Downing Street",
        "Brexit: 29 March deadline",
        "Two ministers meet for 3 hours",
        "Kenya and Uganda sign 3 deals in March",
        "May 21:30",
        "2 days ago",  # relative to the clock, not a stamp
        "1568275200",  # a timestamp, not a stamp
        "31 de febrero de 2019",
        "x" * 121,
    ],
)
def test_not_a_stamp(line):
    assert read_page_stamp(line) is None


def test_split_corpus_file_offsets():
    content = "2019-09-12\n\nA minister arrived on Monday.\n"
    stamp, body, offset = split_corpus_file(content)
    assert stamp.date == date(2019, 9, 12)
    assert content[offset:] == body
    assert body.strip() == "A minister arrived on Monday."


def test_a_first_line_that_is_no_stamp_stays_text():
    content = "Ministers meet at the border\nThe two ministers met on Monday.\n"
    assert split_corpus_file(content) == (NO_STAMP, content, 0)


def test_a_yearless_first_line_is_taken_off_the_text():
    stamp, body, offset = split_corpus_file("May 05, 21:30\nThe two ministers met on Monday.")
    assert (stamp.month_day, body, offset) == ((5, 5), "The two ministers met on Monday.", 14)
