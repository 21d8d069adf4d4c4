"""Coverage-guided fuzzing (atheris, libFuzzer) of what untrusted input reaches: the file parsers
(text, HTML, JSON, JSON lines, feeds) and the extraction engine behind them.

    python tests/fuzz/fuzz_inputs.py -max_total_time=60 -timeout=5 [corpus_dir]

A parser may only yield records or refusals with a reason; the engine must finish every text.
An exception, or one input taking longer than -timeout seconds (a regular expression
backtracking, say), is a crash that libFuzzer reports with the input that caused it.
"""

import sys
from datetime import date
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

with atheris.instrument_imports(include=["relations"]):
    from relations.extraction.engine import extract
    from relations.extraction.knowledge import Knowledge
    from relations.sources import ArticleRecord, Refused, records_from_bytes

KNOWLEDGE = Knowledge.default()
NAMES = ["article.txt", "page.html", "record.json", "batch.jsonl", "feed.xml"]


def one_input(data: bytes) -> None:
    fuzzed = atheris.FuzzedDataProvider(data)
    name = NAMES[fuzzed.ConsumeIntInRange(0, len(NAMES) - 1)]
    raw = fuzzed.ConsumeBytes(fuzzed.remaining_bytes())
    for record in records_from_bytes(raw, name, 1_000_000):
        if isinstance(record, Refused):
            assert record.reason, "a refusal must say why"
            continue
        assert isinstance(record, ArticleRecord)
        extract(record.text, page_date=record.page_date, knowledge=KNOWLEDGE)
    extract(raw.decode("utf-8", "replace"), page_date=date(2020, 1, 1), knowledge=KNOWLEDGE)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
