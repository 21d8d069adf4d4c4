"""Hostile input: the engine and the time expression finder never raise, and finish.

Property tests feed arbitrary text (control characters, NUL, lone surrogates, mixed scripts, RTL marks);
the adversarial inputs below are the shapes that make backtracking regular expressions explode. They
are not timed (speed is measured in bench/): a pytest-timeout guard turns a run that never ends
(backtracking runs for hours on a megabyte) into a failure instead of a stuck suite.
"""

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relations.extraction.engine import extract
from relations.extraction.knowledge import Knowledge
from relations.extraction.timex import find_time_expressions

REFERENCE = date(2021, 6, 15)
HANG = 120  # seconds: a guard against a run that never ends, far above any real run (about 2 s at most)

# Words the engine reacts to, so generated text reaches past the first checks.
_WORDS = [
    "Russia", "Israel", "Putin", "Netanyahu", "met", "will", "visit", "talks", "on", "Monday", "May",
    "17", "2019", "last", "next", "year", "ago", "the", "two", "leaders", "blamed", "held", "responsible",
    "shot", "down", "in", "Sochi", "Moscow", "\u200f", "\u202e", "\u0645\u0648\u0633\u0643\u0648",
    "\u4e2d\u56fd", "İstanbul", ".", ",", ";", "—", "“", "”", "(", ")", "\n", "\x00", "\ud800", "\udfff",
]  # fmt: skip
_texts = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300),
    st.lists(st.sampled_from(_WORDS), max_size=120).map(" ".join),
    st.lists(st.sampled_from(_WORDS), max_size=120).map("".join),
)


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge.default()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_texts, page=st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31))))
def test_extract_never_raises(knowledge, text, page):
    result = extract(text, page_date=page, knowledge=knowledge)
    for event in result.events:
        assert len(event.countries) >= 2


@settings(max_examples=200, deadline=None)
@given(text=_texts, reference=st.dates(date(1, 1, 1), date(9999, 12, 31)))
def test_time_expressions_never_raise(text, reference):
    for expression in find_time_expressions(text, reference):
        assert text[expression.start : expression.end] == expression.text


_ADVERSARIAL = {
    "1 MB without punctuation": ("Russia Israel talks met will visit Monday " * 25_000)[:1_000_000],
    "1 MB of one letter": "a" * 1_000_000,
    "200k digits": "7" * 200_000,
    "200k digits and spaces": "2019 " * 40_000,
    "50k weekday and month names": "Monday May " * 50_000,
    "50k month names with days": "March 3 June " * 50_000,
    "deeply nested brackets": "(" * 100_000 + "Russia met Israel" + ")" * 100_000,
    "nested quotes and brackets": "[“(" * 50_000 + ")”]" * 50_000,
    "50k sentence ends": "Putin met Netanyahu. " * 50_000,
    "long words": ("x" * 5_000 + " ") * 200,
    "spaces and dots": " . " * 300_000,
    "apostrophes": "Israel's'" * 100_000,
    "5k dated meetings of one pair": " ".join(
        f"Putin met Netanyahu on {(date(2009, 4, 1) + timedelta(days=i)).strftime('%d %B %Y')}."
        for i in range(5_000)
    ),
    "20k undated meetings of one pair": "Putin met Netanyahu. " * 20_000,
}


@pytest.mark.timeout(HANG)
@pytest.mark.parametrize("label", sorted(_ADVERSARIAL))
def test_extract_finishes(knowledge, label):
    result = extract(_ADVERSARIAL[label], REFERENCE, knowledge)
    for event in result.events:
        assert len(event.countries) >= 2


@pytest.mark.timeout(HANG)
@pytest.mark.parametrize("label", sorted(_ADVERSARIAL))
def test_time_expressions_finish(label):
    text = _ADVERSARIAL[label]
    for expression in find_time_expressions(text, REFERENCE):
        assert text[expression.start : expression.end] == expression.text
