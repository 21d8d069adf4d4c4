"""Articles per second per core for the pure extraction engine (one process, no database),
and the same articles through dateparser.search.search_dates as a baseline, with the ratio.

    python bench/engine_throughput.py [--seconds 10]

Measures the development corpus (when ../shared is beside the project) and synthetic articles.
The baseline only finds dates (no countries, events or clustering), from the page date.
"""

import argparse
import os
import platform
import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dateparser.search import search_dates  # noqa: E402

from bench.synthetic import generate  # noqa: E402
from relations.extraction.engine import extract  # noqa: E402
from relations.extraction.knowledge import Knowledge  # noqa: E402
from relations.extraction.pagedate import split_corpus_file  # noqa: E402
from relations.extraction.timex import find_time_expressions  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles"


def corpus_articles() -> list[tuple[str, date | None]]:
    articles = []
    for path in sorted(CORPUS.glob("*.txt")):
        stamp, body, _offset = split_corpus_file(path.read_text(encoding="utf-8"))
        articles.append((body, stamp.date))
    return articles


def synthetic_articles(count: int) -> list[tuple[str, date | None]]:
    return [(record["text"], date.fromisoformat(record["published"])) for record in generate(count)]


def engine(knowledge: Knowledge):
    return lambda text, page_date: len(extract(text, page_date=page_date, knowledge=knowledge).events)


def date_expressions(text: str, page_date: date | None) -> int:
    """The engine's date step alone (what the baseline does): expressions resolved from the page date."""
    return len(find_time_expressions(text, page_date or date.today()))


def dateparser_baseline(text: str, page_date: date | None) -> int:
    base = datetime(page_date.year, page_date.month, page_date.day) if page_date else datetime.now()
    return len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or [])


def measure(name: str, run, articles: list[tuple[str, date | None]], seconds: float, found: str) -> float:
    """Runs `run` over the articles (again and again) for `seconds`; prints and returns articles/s.
    Also prints the CPU time per article: on a shared machine the wall clock counts the waits."""
    run(*articles[0])  # warm caches
    done, chars, results = 0, 0, 0
    start, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        for text, page_date in articles:
            results += run(text, page_date)
            chars += len(text)
            done += 1
            if time.perf_counter() - start >= seconds:
                break
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"{name:<40} {done / elapsed:8.1f} articles/s/core  {chars / elapsed / 1e6:6.2f} MB/s  "
        f"mean {elapsed / done * 1000:7.2f} ms/article, CPU {cpu / done * 1000:7.2f} ms "
        f"({done / cpu:.1f}/s)  ({done} articles, {results} {found}, {elapsed:.1f} s)"
    )
    return done / elapsed


def compare(name: str, articles: list[tuple[str, date | None]], seconds: float, knowledge: Knowledge) -> None:
    ours = measure(f"{name}: engine", engine(knowledge), articles, seconds, "events")
    dates = measure(f"{name}: engine, dates only", date_expressions, articles, seconds, "dates")
    theirs = measure(f"{name}: dateparser", dateparser_baseline, articles, seconds, "dates")
    print(
        f"{name}: against dateparser.search_dates, the whole engine is {ours / theirs:.1f}× faster, "
        f"its date step alone {dates / theirs:.1f}×"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    print(
        f"{os.cpu_count()} cores ({platform.machine()}), python {platform.python_version()}, one process,"
        f" {datetime.now().isoformat(timespec='seconds')}"
    )
    knowledge = Knowledge.default()
    if CORPUS.is_dir():
        compare("development corpus", corpus_articles(), args.seconds, knowledge)
    else:
        print(f"no development corpus at {CORPUS}: synthetic articles only")
    compare("synthetic (500)", synthetic_articles(500), args.seconds, knowledge)


if __name__ == "__main__":
    main()
