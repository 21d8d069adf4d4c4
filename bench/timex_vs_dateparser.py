"""Value F1 on TempEval-3 platinum and speed per article: our timex against dateparser.

    .venv/bin/python bench/timex_vs_dateparser.py [TE3_DIR]

dateparser.search.search_dates is used as a typical developer would: the document date
as RELATIVE_BASE, every hit mapped back to its first occurrence in the text. Both outputs
are scored by the benchmark's own scorer (score_timex.py), run as a subprocess.
"""

import json
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from relations.extraction.pagedate import split_corpus_file  # noqa: E402
from relations.extraction.refdate import infer_reference_date  # noqa: E402
from relations.extraction.timex import find_time_expressions  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "timeml"
REPEATS = 5


def ours(content: str) -> tuple[str, list[dict]]:
    page_date, body, offset = split_corpus_file(content)
    reference = infer_reference_date(body, page_date).date or page_date
    return reference.isoformat(), [
        {"start": offset + e.start, "end": offset + e.end, "text": e.text, "value": e.value.iso()}
        for e in find_time_expressions(body, reference)
    ]


def theirs(content: str) -> tuple[str, list[dict]]:
    from dateparser.search import search_dates

    page_date, body, offset = split_corpus_file(content)
    base = datetime(page_date.year, page_date.month, page_date.day)
    found = search_dates(body, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    expressions, cursor = [], 0
    for text, moment in found:
        start = body.find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        expressions.append(
            {"start": offset + start, "end": offset + cursor, "text": text, "value": _value(text, moment)}
        )
    return page_date.isoformat(), expressions


def _value(text: str, moment: datetime) -> str:
    """The value at the precision the matched words show: a lone year, a month, else a day."""
    words = text.strip()
    if words.isdigit() and len(words) == 4:
        return f"{moment.year:04d}"
    if (
        not any(ch.isdigit() for ch in words.replace(str(moment.year), ""))
        and moment.strftime("%B")[:3] in words
    ):
        return f"{moment.year:04d}-{moment.month:02d}"
    return moment.date().isoformat()


def run(name, tagger, articles: list[Path], gold_dir: Path, scorer: Path) -> None:
    contents = [path.read_text(encoding="utf-8") for path in articles]
    started = time.perf_counter()
    for repeat in range(REPEATS):  # a different string each round, so no cache helps
        outputs = [tagger(content + "\n" * repeat) for content in contents]
    per_article = (time.perf_counter() - started) / (REPEATS * len(contents))
    predictions = [
        {"file": str(path), "reference_date": reference, "expressions": expressions}
        for path, (reference, expressions) in zip(articles, outputs, strict=True)
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(predictions, handle)
    score = (
        subprocess.run(
            [sys.executable, str(scorer), str(gold_dir), handle.name],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    print(f"{name:<11} {per_article * 1000:8.2f} ms/article {1 / per_article:8.0f} articles/s   {score}")


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    articles = sorted((root / "te3-platinum" / "articles").glob("*.txt"))
    if not articles:
        print(f"no TempEval-3 articles under {root}")
        return 1
    gold_dir, scorer = root / "te3-platinum" / "gold", root / "score_timex.py"
    print(f"TempEval-3 platinum, {len(articles)} articles, calendar-date value F1 and speed")
    run("timex", ours, articles, gold_dir, scorer)
    run("dateparser", theirs, articles, gold_dir, scorer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
