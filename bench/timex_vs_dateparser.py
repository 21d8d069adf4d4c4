"""Value F1 on TempEval-3 platinum and speed per article, then the dates of the development
corpus's gold events: our engine against dateparser.

    .venv/bin/python bench/timex_vs_dateparser.py [SHARED_DIR]

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

from relations.extraction.engine import extract  # noqa: E402
from relations.extraction.pagedate import split_corpus_file  # noqa: E402
from relations.extraction.refdate import infer_reference_date  # noqa: E402
from relations.extraction.results import FuzzyDate  # noqa: E402
from relations.extraction.text import sentences  # noqa: E402
from relations.extraction.timex import find_time_expressions  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPEATS = 5


def ours(content: str) -> tuple[str, list[dict]]:
    stamp, body, offset = split_corpus_file(content)
    page_date = stamp.date
    reference = infer_reference_date(body, page_date).date or page_date
    return reference.isoformat(), [
        {"start": offset + e.start, "end": offset + e.end, "text": e.text, "value": e.value.iso()}
        for e in find_time_expressions(body, reference)
    ]


def theirs(content: str) -> tuple[str, list[dict]]:
    from dateparser.search import search_dates

    stamp, body, offset = split_corpus_file(content)
    page_date = stamp.date
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


def gold_events(corpus: Path):
    """(article content, scored gold date, evidence) for every gold event with evidence."""
    for gold_file in sorted((corpus / "gold").glob("*.json")):
        content = (corpus / "articles" / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
        for event in json.loads(gold_file.read_text(encoding="utf-8"))["events"]:
            value = event.get("date_in_text") or event["date"]
            precision = event.get("precision_in_text") or event["precision"]
            if event.get("evidence"):
                yield content, FuzzyDate.parse(value), precision, event["evidence"]


def right(gold: FuzzyDate, precision: str, found: FuzzyDate | None) -> bool:
    """The corpus scorer's rule: same precision, same period (a day may be one off)."""
    if found is None or found.precision != precision:
        return False
    return abs((found.start - gold.start).days) <= (1 if precision == "day" else 0)


def our_event_date(content: str, evidence: str) -> FuzzyDate | None:
    """The date our engine gives the event whose mentions contain the evidence's opening words."""
    stamp, body, _offset = split_corpus_file(content)
    page_date = stamp.date
    probe = evidence[:40]
    for event in extract(body, page_date=page_date).events:
        if any(probe in mention.sentence for mention in event.mentions):
            return event.date
    return None


def dateparser_event_date(content: str, evidence: str) -> FuzzyDate | None:
    """The first date dateparser finds in the evidence's sentence, from the page date."""
    from dateparser.search import search_dates

    stamp, body, _offset = split_corpus_file(content)
    page_date = stamp.date
    start = body.find(evidence[:40])
    sentence = next((s.text for s in sentences(body) if s.start <= start < s.end), evidence)
    base = datetime(page_date.year, page_date.month, page_date.day)
    found = search_dates(sentence, languages=["en"], settings={"RELATIVE_BASE": base})
    if not found:
        return FuzzyDate(page_date, "day")  # the naive fallback: the page date
    return FuzzyDate.parse(_value(*found[0]))


def corpus_dates(corpus: Path) -> None:
    events = list(gold_events(corpus))
    for name, dater in (("engine", our_event_date), ("dateparser", dateparser_event_date)):
        hits = sum(
            right(gold, precision, dater(content, evidence)) for content, gold, precision, evidence in events
        )
        print(
            f"{name:<11} {hits}/{len(events)} gold event dates right at the gold precision "
            f"({hits / len(events):.2f})"
        )


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED
    root = shared / "timeml"
    articles = sorted((root / "te3-platinum" / "articles").glob("*.txt"))
    if not articles:
        print(f"no TempEval-3 articles under {root}")
        return 1
    gold_dir, scorer = root / "te3-platinum" / "gold", root / "score_timex.py"
    print(f"TempEval-3 platinum, {len(articles)} articles, calendar-date value F1 and speed")
    run("timex", ours, articles, gold_dir, scorer)
    run("dateparser", theirs, articles, gold_dir, scorer)
    print("Development corpus: the dates of the gold events (evidence sentences found in the text)")
    corpus_dates(shared / "corpus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
