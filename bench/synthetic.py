"""Synthetic news articles for benchmarks: deterministic from a seed, any size.

Each article reports one interaction between two countries' leaders, dated relative to the
article's own date ("on Tuesday", "last month"), with background sentences recalling earlier
interactions; several articles (different outlets, different wording) cover the same interaction.

    python bench/synthetic.py --articles 1000 --seed 7 --format jsonl > articles.jsonl
"""

import argparse
import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta

LEADERS = [
    ("RU", "Russian", "President Vladimir Putin", "Moscow"),
    ("IL", "Israeli", "Prime Minister Benjamin Netanyahu", "Jerusalem"),
    ("US", "US", "President Joe Biden", "Washington"),
    ("CN", "Chinese", "President Xi Jinping", "Beijing"),
    ("IN", "Indian", "Prime Minister Narendra Modi", "New Delhi"),
    ("JP", "Japanese", "Prime Minister Fumio Kishida", "Tokyo"),
    ("TR", "Turkish", "President Recep Tayyip Erdogan", "Ankara"),
    ("FR", "French", "President Emmanuel Macron", "Paris"),
    ("DE", "German", "Chancellor Olaf Scholz", "Berlin"),
    ("BR", "Brazilian", "President Luiz Inacio Lula da Silva", "Brasilia"),
]
OUTLETS = ["Daily Ledger", "World Wire", "Evening Post", "Global Desk", "Capital Times", "Harbour News"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
KINDS = {
    "meeting": ["{a} met {b} in {place} {day}", "{a} held talks with {b} in {place} {day}"],
    "phone_call": ["{a} spoke by phone with {b} {day}", "{a} and {b} held a telephone call {day}"],
    "visit": ["{a} arrived in {place} {day} for an official visit hosted by {b}"],
    "agreement": ["{a} and {b} signed an agreement on energy cooperation in {place} {day}"],
}
SPAN_DAYS = 3650  # interactions fill 2012-2021, so every article is dated in the past
TOPICS = ["trade", "security", "energy", "the regional situation", "climate policy", "investment"]
FILLER = [
    "Officials said the talks were constructive.",
    "Analysts expect the discussions to continue in the coming months.",
    "The two sides also discussed {topic}.",
    "Markets reacted calmly to the news.",
    "A joint statement was not released.",
]


@dataclass
class Interaction:
    first: tuple
    second: tuple
    kind: str
    day: date


def interactions(rng: random.Random, count: int, start: date) -> list[Interaction]:
    result = []
    for index in range(count):
        first, second = rng.sample(LEADERS, 2)
        day = start + timedelta(days=index % SPAN_DAYS + rng.randrange(3))
        result.append(Interaction(first, second, rng.choice(list(KINDS)), day))
    return result


def article(rng: random.Random, interaction: Interaction, earlier: Interaction | None) -> dict:
    written = interaction.day + timedelta(days=rng.randrange(0, 4))
    a_code, a_adj, a_name, _a_place = interaction.first
    b_code, b_adj, b_name, b_place = interaction.second
    day_phrase = "today" if written == interaction.day else f"on {WEEKDAYS[interaction.day.weekday()]}"
    lead = rng.choice(KINDS[interaction.kind]).format(
        a=f"{a_adj} {a_name}", b=f"{b_adj} {b_name}", place=b_place, day=day_phrase
    )
    sentences = [lead[0].upper() + lead[1:] + "."]
    sentences += [rng.choice(FILLER).format(topic=rng.choice(TOPICS)) for _ in range(rng.randrange(2, 6))]
    if earlier:
        month = earlier.day.strftime("%B")
        sentences.append(
            f"The leaders last met in {month} {earlier.day.year}, when they discussed {rng.choice(TOPICS)}."
        )
    if rng.random() < 0.3:
        sentences.append(f"{a_name.split()[-1]} is expected to visit {b_place} next year.")
    return {
        "url": f"https://news.example/{written.isoformat()}/{rng.getrandbits(48):012x}",
        "outlet": rng.choice(OUTLETS),
        "title": f"{a_adj} and {b_adj} leaders: {interaction.kind.replace('_', ' ')}",
        "published": written.isoformat(),
        "text": " ".join(sentences),
    }


def generate(count: int, seed: int = 7, coverage: int = 3) -> list[dict]:
    """`count` articles; about `coverage` articles per interaction."""
    rng = random.Random(seed)
    events = interactions(rng, max(1, count // coverage), date(2012, 1, 2))
    articles = []
    while len(articles) < count:
        index = rng.randrange(len(events))
        earlier = events[index - 1] if index and rng.random() < 0.5 else None
        articles.append(article(rng, events[index], earlier))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--coverage", type=int, default=3, help="articles per interaction, on average")
    parser.add_argument("--format", choices=["jsonl"], default="jsonl")
    args = parser.parse_args()
    for record in generate(args.articles, args.seed, args.coverage):
        sys.stdout.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main()
