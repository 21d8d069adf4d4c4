from datetime import date

import pytest

from relations.extraction.pagedate import parse_page_date, split_corpus_file


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
        ("Sept. 12th, 2019", date(2019, 9, 12)),
        ("29 February 2020", date(2020, 2, 29)),
    ],
)
def test_page_date_formats(line, expected):
    assert parse_page_date(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Leaders meet in the capital on 12 March 2019 to talk about trade and more",
        "hello",
        "29 February 2019",
    ],
)
def test_not_a_date_raises_a_readable_error(line):
    with pytest.raises(ValueError, match="first line"):
        parse_page_date(line)


def test_split_corpus_file_offsets():
    content = "2019-09-12\n\nA minister arrived on Monday.\n"
    page_date, body, offset = split_corpus_file(content)
    assert page_date == date(2019, 9, 12)
    assert content[offset:] == body
    assert body.strip() == "A minister arrived on Monday."
