"""Fill a dedicated PostgreSQL database, relations_scale, with a large realistic data set.

    .venv/bin/python bench/seed_scale.py [--events 1000000] [--articles 100000] [--seed 7]

Drops and creates relations_scale on 127.0.0.1:5432 (user postgres), runs `manage.py migrate`
against it (countries come from the migrations), then loads with PostgreSQL COPY:

- events: about 150 country pairs drawn with a Zipf-like skew (the busiest pair has ~18 % of the
  events), dates 1990–2026 weighted towards recent years, precision day / month / year (the date
  is the first day of the period, as the CHECK constraint wants), every type, status and CAMEO
  quad class, a few locked / editor-made events;
- most events have two countries, some three or four: event_countries rows for each, and one
  EventPair row per pair of the event's countries, in code order (as Event.sync_pairs makes them);
- articles, and 1–5 mentions per event, each from a different article close to the event's date.

Secondary indexes are dropped during the load and rebuilt after it; foreign-key triggers are off
for the load (session_replication_role = replica; the data is generated consistent); CHECK and
unique constraints stay on, and the per-pair counts the triggers would keep are rebuilt at the
end (`manage.py pair_counts --rebuild`). Ends with VACUUM ANALYZE. Deterministic for a given seed.
"""

import argparse
import bisect
import hashlib
import itertools
import os
import random
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import SERVER, machine_facts  # noqa: E402
from bench.common import fresh_database as recreate  # noqa: E402

DATABASE = "relations_scale"
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
TABLES = ["relations_article", "relations_event", "relations_event_countries", "relations_eventpair"]
TABLES += ["relations_mention"]

# Countries that make the news, most active first; the pairs are drawn among them.
ACTIVE = [
    "US", "CN", "RU", "GB", "FR", "DE", "JP", "IN", "IL", "TR", "IR", "UA", "SA", "KR", "KP", "PK",
    "EG", "IT", "CA", "AU", "BR", "MX", "PS", "SY", "IQ", "AF", "QA", "AE", "ZA", "NG", "ID", "VN",
    "PL", "ES", "VE", "CU", "KZ", "BY", "AZ", "AM", "GR", "RS", "ET", "JO", "LB", "TW", "PH", "TH",
    "MY",
]  # fmt: skip
PAIRS = 150
ZIPF_S = 1.0
EXTRA_COUNTRIES = [(0, 0.85), (1, 0.12), (2, 0.03)]  # most events have two countries
PRECISIONS = [("day", 0.80), ("month", 0.14), ("year", 0.06)]
TYPES = [
    ("meeting", 22), ("visit", 14), ("phone_call", 12), ("statement", 14), ("agreement", 8),
    ("military_incident", 6), ("sanctions", 4), ("ceremony", 3), ("invitation", 4), ("trade", 6),
    ("other", 7),
]  # fmt: skip
QUAD_OF_TYPE = {
    "meeting": 1, "visit": 1, "phone_call": 1, "statement": 3, "agreement": 2, "military_incident": 4,
    "sanctions": 4, "ceremony": 1, "invitation": 1, "trade": 2, "other": 0,
}  # fmt: skip
VERBS = {
    "meeting": "met", "visit": "visited", "phone_call": "spoke by phone with", "statement": "criticised",
    "agreement": "signed an agreement with", "military_incident": "clashed with",
    "sanctions": "imposed sanctions on", "ceremony": "held a ceremony with", "invitation": "invited",
    "trade": "agreed a trade deal with", "other": "was in contact with",
}  # fmt: skip
TOPICS = [
    "energy", "security", "trade", "the regional situation", "climate policy", "investment",
    "nuclear talks", "border issues", "refugees", "grain exports", "cyber security", "tourism",
]  # fmt: skip
CITIES = [
    "Moscow", "Jerusalem", "Washington", "Beijing", "New Delhi", "Tokyo", "Ankara", "Paris",
    "Berlin", "Brasilia", "London", "Geneva", "Vienna", "Doha", "Riyadh", "Cairo", "Kyiv", "Tehran",
]  # fmt: skip
OUTLETS = ["Daily Ledger", "World Wire", "Evening Post", "Global Desk", "Capital Times", "Harbour News"]
ARTICLE_COLUMNS = [
    "id", "url", "source_name", "outlet", "title", "page_date", "reference_date",
    "reference_method", "reference_confidence", "reference_evidence", "text", "content_hash",
    "language", "status", "error", "attempts", "created_at", "updated_at", "processed_at",
]  # fmt: skip
EVENT_COLUMNS = [
    "id", "date", "precision", "end_date", "type", "status", "title", "summary", "location",
    "participants", "confidence", "quad_class", "origin", "locked", "created_at", "updated_at",
]  # fmt: skip
MENTION_COLUMNS = [
    "id", "event_id", "article_id", "sentence", "start", "end", "trigger", "date_text", "date",
    "precision", "created_at",
]  # fmt: skip
MENTIONS_PER_EVENT = [(1, 0.45), (2, 0.25), (3, 0.15), (4, 0.10), (5, 0.05)]
TODAY = date(
    2026, 11, 25
).toordinal()  # fixed, so the data does not depend on the run's date: later is planned
CHUNK = 20_000  # rows buffered before each COPY write


def weighted(choices):
    """(values, cumulative weights) for random.choices."""
    values = [value for value, _weight in choices]
    return values, list(itertools.accumulate(weight for _value, weight in choices))


ENV = {**os.environ, "DATABASE_URL": DATABASE_URL, "SECRET_KEY": "bench"}


def fresh_database() -> None:
    recreate(DATABASE, ENV)


def drop_secondary_indexes(connection) -> list[str]:
    """Drop the indexes that back no constraint; return their definitions to rebuild them."""
    rows = connection.execute(
        """
        SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename = ANY(%s)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexname::regclass)
        """,
        [TABLES],
    ).fetchall()
    for name, _definition in rows:
        connection.execute(f'DROP INDEX "{name}"')
    return [definition for _name, definition in rows]


class Copier:
    """A COPY into one table on its own connection, written in chunks of text lines."""

    def __init__(self, table: str, columns: list[str]):
        quoted = ", ".join(f'"{column}"' for column in columns)
        self.connection = psycopg.connect(f"{SERVER}/{DATABASE}")
        self.connection.execute("SET session_replication_role = replica")  # no FK triggers
        self.context = self.connection.cursor().copy(f"COPY {table} ({quoted}) FROM STDIN")
        self.copy = self.context.__enter__()
        self.lines: list[str] = []
        self.rows = 0

    def add(self, *values) -> None:
        self.lines.append("\t".join(values))
        if len(self.lines) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.lines:
            self.copy.write("\n".join(self.lines) + "\n")
            self.rows += len(self.lines)
            self.lines = []

    def close(self) -> int:
        self.flush()
        self.context.__exit__(None, None, None)
        self.connection.commit()
        self.connection.close()
        return self.rows


def pick_pairs(rng: random.Random) -> list[tuple[str, str]]:
    """PAIRS pairs of active countries, busiest first: pairs of more active countries come earlier."""
    candidates = list(itertools.combinations(range(len(ACTIVE)), 2))
    rng.shuffle(candidates)
    candidates.sort(key=lambda pair: (pair[0] + 1) * (pair[1] + 1) * rng.uniform(0.5, 2.0))
    return [(ACTIVE[i], ACTIVE[j]) for i, j in candidates[:PAIRS]]


def article_dates(rng: random.Random, count: int, year_weights) -> list[int]:
    """Sorted page dates (ordinals) with the events' distribution of years."""
    return sorted(random_day(rng, year_weights) for _ in range(count))


def random_day(rng: random.Random, year_weights) -> int:
    year = rng.choices(year_weights[0], cum_weights=year_weights[1])[0]
    start = date(year, 1, 1).toordinal()
    return start + rng.randrange(date(year + 1, 1, 1).toordinal() - start)


def seed(events: int, articles: int, seed_value: int) -> dict:
    rng = random.Random(seed_value)
    with psycopg.connect(f"{SERVER}/{DATABASE}") as connection:
        names = dict(connection.execute("SELECT code, name FROM relations_country").fetchall())
    missing = [code for code in ACTIVE if code not in names]
    if missing:
        raise SystemExit(f"countries missing from the migrations: {missing}")
    pairs = pick_pairs(rng)
    pair_cum = list(itertools.accumulate(1 / (rank + 1) ** ZIPF_S for rank in range(len(pairs))))
    years = weighted([(year, 1 + (year - 1990) / 6) for year in range(1990, 2027)])  # more news lately
    extras, precisions = weighted(EXTRA_COUNTRIES), weighted(PRECISIONS)
    types, mention_counts = weighted(TYPES), weighted(MENTIONS_PER_EVENT)
    iso: dict[int, str] = {}

    def day_text(ordinal: int) -> str:
        text = iso.get(ordinal)
        if text is None:
            text = iso[ordinal] = date.fromordinal(ordinal).isoformat()
        return text

    # Articles first: their sorted dates let each event cite articles written near its date.
    page_dates = article_dates(rng, articles, years)
    copier = Copier("relations_article", ARTICLE_COLUMNS)
    for index, ordinal in enumerate(page_dates, start=1):
        day = day_text(ordinal)
        status = "done" if index % 50 else ("failed" if index % 100 else "pending")
        a, b = pairs[rng.randrange(len(pairs))]
        text = " ".join(
            f"{names[a]} and {names[b]} discussed {rng.choice(TOPICS)} in {rng.choice(CITIES)}."
            for _ in range(rng.randrange(6, 14))
        )
        stamp = f"{day} 12:00:00+00"
        copier.add(
            str(index),
            f"https://news.example/{day}/{index}",
            "bench.jsonl",
            rng.choice(OUTLETS),
            f"{names[a]} and {names[b]}: {rng.choice(TOPICS)}",
            day,
            day,
            "page_date",
            "0.9",
            "[]",
            text,
            hashlib.sha256(f"{seed_value}:{index}".encode()).hexdigest(),
            "en",
            status,
            "extraction error: bench" if status == "failed" else "",
            "1",
            stamp,
            stamp,
            stamp if status == "done" else r"\N",
        )
    article_rows = copier.close()

    event_copy = Copier("relations_event", EVENT_COLUMNS)
    member_copy = Copier("relations_event_countries", ["id", "event_id", "country_id"])
    pair_copy = Copier("relations_eventpair", ["id", "event_id", "country_a_id", "country_b_id", "date"])
    mention_copy = Copier("relations_mention", MENTION_COLUMNS)
    member_id = pair_id = mention_id = 0
    for event_id in range(1, events + 1):
        a, b = pairs[bisect.bisect_left(pair_cum, rng.random() * pair_cum[-1])]
        codes = {a, b}
        for _ in range(rng.choices(extras[0], cum_weights=extras[1])[0]):
            codes.add(ACTIVE[min(int(rng.expovariate(1 / 5)), 14)])  # a big player joins
        codes = sorted(codes)
        ordinal = random_day(rng, years)
        precision = rng.choices(precisions[0], cum_weights=precisions[1])[0]
        day = date.fromordinal(ordinal)
        if precision == "month":
            ordinal = date(day.year, day.month, 1).toordinal()
        elif precision == "year":
            ordinal = date(day.year, 1, 1).toordinal()
        when = day_text(ordinal)
        kind = rng.choices(types[0], cum_weights=types[1])[0]
        planned = ordinal > TODAY or rng.random() < 0.05
        quad = QUAD_OF_TYPE[kind] if rng.random() < 0.9 else rng.randrange(5)
        topic, city = rng.choice(TOPICS), rng.choice(CITIES)
        verb = VERBS[kind]
        title = f"{names[a]} {verb} {names[b]}"
        summary = (
            f"Officials of {names[a]} and {names[b]} said the talks covered {topic} and {rng.choice(TOPICS)}."
        )
        editor = rng.random() < 0.01
        stamp = f"{when} 12:00:00+00"
        end = day_text(ordinal + rng.randrange(1, 4)) if precision == "day" and rng.random() < 0.05 else r"\N"
        event_copy.add(
            str(event_id),
            when,
            precision,
            end,
            kind,
            "planned" if planned else "happened",
            title,
            summary,
            city if rng.random() < 0.7 else "",
            "[]",
            f"{rng.uniform(0.3, 1.0):.2f}",
            str(quad),
            "editor" if editor else "extracted",
            "t" if editor or rng.random() < 0.04 else "f",
            stamp,
            stamp,
        )
        for code in codes:
            member_id += 1
            member_copy.add(str(member_id), str(event_id), code)
        for first, second in itertools.combinations(codes, 2):
            pair_id += 1
            pair_copy.add(str(pair_id), str(event_id), first, second, when)
        # Mentions: different articles written around the event's date.
        near = bisect.bisect_left(page_dates, ordinal)
        count = rng.choices(mention_counts[0], cum_weights=mention_counts[1])[0]
        low = max(0, min(near - 20, articles - 60))
        for article_index in rng.sample(range(low, min(articles, low + 60)), count):
            mention_id += 1
            sentence = f"{title} in {city}, officials said, discussing {topic}."
            start = rng.randrange(0, 2000)
            mention_copy.add(
                str(mention_id),
                str(event_id),
                str(article_index + 1),
                sentence,
                str(start),
                str(start + len(sentence)),
                verb.split()[0],
                "on Tuesday"
                if precision == "day"
                else ("last month" if precision == "month" else "last year"),
                when,
                precision,
                stamp,
            )
    return {
        "relations_article": article_rows,
        "relations_event": event_copy.close(),
        "relations_event_countries": member_copy.close(),
        "relations_eventpair": pair_copy.close(),
        "relations_mention": mention_copy.close(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(machine_facts())
    started = time.perf_counter()
    fresh_database()
    migrated = time.perf_counter()
    print(f"database {DATABASE} created and migrated in {migrated - started:.1f} s")
    with psycopg.connect(f"{SERVER}/{DATABASE}", autocommit=True) as connection:
        indexes = drop_secondary_indexes(connection)
    counts = seed(args.events, args.articles, args.seed)
    loaded = time.perf_counter()
    print(
        f"generated and copied in {loaded - migrated:.1f} s: "
        + ", ".join(f"{t} {n:,}" for t, n in counts.items())
    )
    with psycopg.connect(f"{SERVER}/{DATABASE}", autocommit=True) as connection:
        connection.execute("SET maintenance_work_mem = '1GB'")
        for definition in indexes:
            connection.execute(definition)
        indexed = time.perf_counter()
        print(f"{len(indexes)} secondary indexes rebuilt in {indexed - loaded:.1f} s")
        for table in TABLES:
            connection.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        connection.execute("VACUUM ANALYZE")
        print(f"VACUUM ANALYZE in {time.perf_counter() - indexed:.1f} s")
    counted = time.perf_counter()  # COPY with triggers off: the per-pair counts are recounted once
    subprocess.run([sys.executable, "manage.py", "pair_counts", "--rebuild"], cwd=ROOT, env=ENV, check=True)
    with psycopg.connect(f"{SERVER}/{DATABASE}", autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE relations_pairmonth, relations_pairyear, relations_pairtotal")
        print(f"per-pair counts rebuilt in {time.perf_counter() - counted:.1f} s")
        size = connection.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()[0]
        top = connection.execute(
            "SELECT country_a_id, country_b_id, count(*) FROM relations_eventpair"
            " GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 3"
        ).fetchall()
        pair_count = connection.execute(
            "SELECT count(*) FROM (SELECT DISTINCT country_a_id, country_b_id FROM relations_eventpair) p"
        ).fetchone()[0]
    print(f"{pair_count} distinct pairs; busiest: " + ", ".join(f"{a}-{b} {n:,}" for a, b, n in top))
    print(f"total {time.perf_counter() - started:.1f} s; database size {size}")


if __name__ == "__main__":
    main()
