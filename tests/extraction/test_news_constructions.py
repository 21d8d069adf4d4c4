"""Common constructions of news about two states, one sentence each (`news_constructions.txt`):
who did what to whom, when, and whether it happened. A construction the engine does not read yet
is an expected failure, so that reading it shows here as a pass to record."""

from datetime import date
from pathlib import Path

import pytest

from relations.extraction.engine import extract
from relations.extraction.knowledge import Knowledge

THURSDAY = date(2024, 5, 16)
CASES = Path(__file__).with_name("news_constructions.txt")


def _cases():
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        gap = line.startswith("~")
        sentence, expected = (part.strip() for part in line.lstrip("~ ").split(" | "))
        marks = [pytest.mark.xfail(strict=True, reason="not read yet")] if gap else []
        yield pytest.param(sentence, expected, marks=marks, id=sentence[:60])


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge.default()


@pytest.mark.parametrize(("sentence", "expected"), list(_cases()))
def test_a_news_construction_is_read(knowledge, sentence, expected):
    told = {
        f"{e.type} {'-'.join(e.countries)} {e.date.iso()} {e.status}"
        for e in extract(sentence, page_date=THURSDAY, knowledge=knowledge).events
    }
    assert (not told) if expected == "none" else expected in told, told
