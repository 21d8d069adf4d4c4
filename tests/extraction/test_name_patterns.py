"""The compiled name trie (Knowledge.find) must find what a token-by-token walk finds."""

import pytest

from relations.extraction.knowledge import Knowledge


@pytest.fixture(scope="module")
def knowledge():
    return Knowledge.from_records(
        [
            {"code": "US", "name": "United States", "aliases": ["U.S.", "United States of America"]},
            {"code": "AE", "name": "United Arab Emirates"},
            {"code": "CN", "name": "China"},
        ],
        [{"name": "Kim Jong-un", "aliases": ["Kim"], "terms": [{"country": "KP", "start": "2011-12-17"}]}],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("United States of America, United States", ["United States of America", "United States"]),
        ("United Arab Emirates, United Arab", ["United Arab Emirates"]),  # longest first, whole names
        ("United\n  States, United Nations", ["United\n  States"]),  # tokens apart by any whitespace
        ("U.S.-China talks; Chinatown; China's", ["U.S.", "China", "China"]),  # whole words only
        ("Kim Jong - un, Kim Jong‐un, Kimchi, Kim", ["Kim Jong - un", "Kim Jong‐un", "Kim"]),
        ("", []),
    ],
)  # fmt: skip
def test_find_takes_the_longest_name_on_token_boundaries(knowledge, text, expected):
    assert [match.text for match in knowledge.find(text)] == expected
