"""Articles per second per core for the pure extraction engine (one process, no database).

    python bench/engine_throughput.py [--seconds 10]

Measures the development corpus (when ../shared is beside the project) and synthetic articles.
"""

import argparse
import platform
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import generate  # noqa: E402
from relations.extraction.engine import extract  # noqa: E402
from relations.extraction.knowledge import Knowledge  # noqa: E402
from relations.extraction.pagedate import split_corpus_file  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles"


def corpus_articles() -> list[tuple[str, date | None]]:
    articles = []
    for path in sorted(CORPUS.glob("*.txt")):
        page_date, body, _offset = split_corpus_file(path.read_text(encoding="utf-8"))
        articles.append((body, page_date))
    return articles


def synthetic_articles(count: int) -> list[tuple[str, date | None]]:
    return [(record["text"], date.fromisoformat(record["published"])) for record in generate(count)]


def measure(name: str, articles: list[tuple[str, date | None]], seconds: float) -> None:
    knowledge = Knowledge.default()
    extract(*articles[0], knowledge=knowledge)  # warm caches
    done, chars, events = 0, 0, 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text, page_date in articles:
            events += len(extract(text, page_date=page_date, knowledge=knowledge).events)
            chars += len(text)
            done += 1
    elapsed = time.perf_counter() - start
    print(
        f"{name:<22} {done / elapsed:8.1f} articles/s/core  {chars / elapsed / 1e6:6.2f} MB/s  "
        f"mean {elapsed / done * 1000:6.2f} ms/article  ({done} articles, {events} events, {elapsed:.1f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, one process")
    if CORPUS.is_dir():
        measure("development corpus", corpus_articles(), args.seconds)
    measure("synthetic (500)", synthetic_articles(500), args.seconds)


if __name__ == "__main__":
    main()
