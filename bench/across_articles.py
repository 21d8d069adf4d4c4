"""Event identity across articles: a pair's stored events against the interactions the gold tells.

The development corpus's articles about one pair are ingested into an empty database, and the
pair's stored events are compared with the real interactions the gold files tell.

    python bench/across_articles.py [IL RU] [--all] [--postgres] [--sentences]

Gold interactions. One gold interaction is one pair, one type family (relations/extraction/types.py
`family`) and one real date (the gold `date`, checked by the annotator, not the `date_in_text` an
article supports), across the gold files of every article. Two articles' gold events are one
interaction when their real dates are the same day, month or year: score.py's looser rule (periods
overlap, or two days at most 7 apart) forgives a prediction's dating error, and between two checked
real dates it joins different occasions (a plan "by the end of 2019" with a February 2019 meeting,
a visit on 23 January with another on the 30th); the script names the gold events that the looser
rule alone would join. Within one article two gold events are two interactions (the gold format's
rule), so an interaction takes at most one gold event per article. An interaction whose gold events
are all `optional` is counted apart: a row that finds it is neither a hit nor an extra.

Rows. The pair's stored events are read as `manage.py timeline` reads them (relations/queries.py).
A row is given to one interaction of its family (or of a gold event's `alt_types`) whose date is
compatible by score.py's rule with its date (against the real date or the date in the text): one
that one of the row's articles tells, else the closest, then one of the same type and status. A
row compatible with none is an extra.

It reads ../shared/corpus at run time (third-party texts: nothing of them is written anywhere but
the temporary database; --sentences prints the stored sentences of the rows that are split or
extra) and stops with a message when ../shared is absent. It ingests into its own SQLite file in a
temporary directory, or with --postgres into the database relations_across, dropped first;
extraction runs in-process (no broker), as `manage.py ingest` does with the embedded defaults.
Deterministic: the same code and corpus give the same figures.
"""

import argparse
import importlib.util
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from io import StringIO
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DATABASE = "relations_across"
sys.path.insert(0, str(ROOT))

PRECISIONS = {"day": 0, "month": 1, "year": 2}


@cache
def score_module():
    """The corpus's scorer, read at run time: its date rule is the one this uses."""
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compatible_days(gold: dict, other: dict) -> int | None:
    """score.py's rule: days between two dates, or None when they are incompatible."""
    return score_module().distance(gold, other)


@dataclass
class GoldEvent:
    article: str  # corpus stem, "00_seed_sochi"
    date: str
    precision: str
    type: str
    types: tuple[str, ...]  # its type and its alt_types
    status: str
    optional: bool
    summary: str
    text_date: dict | None  # what the article's own text supports, where the gold says

    @property
    def real(self) -> dict:
        return {"date": self.date, "precision": self.precision}

    @property
    def dates(self) -> list[dict]:
        return [self.real] + ([self.text_date] if self.text_date else [])


@dataclass
class Interaction:
    family: str
    events: list[GoldEvent]
    rows: list = field(default_factory=list)

    @property
    def first(self) -> GoldEvent:
        return self.events[0]

    @property
    def optional(self) -> bool:
        return all(e.optional for e in self.events)

    @property
    def articles(self) -> set[str]:
        return {e.article for e in self.events}

    @property
    def families(self) -> set[str]:
        from relations.extraction.types import family

        return {family(t) for e in self.events for t in e.types}

    def days_from(self, dated: dict, articles: set[str]) -> int | None:
        """Days from the closest date of its events, None if none is compatible: their real dates,
        and the date in the text of those told by one of `articles` (the row's)."""
        found = [
            d
            for e in self.events
            for g in (e.dates if e.article in articles else [e.real])
            if (d := compatible_days(g, dated)) is not None
        ]
        return min(found) if found else None


def pairs_of(event: dict) -> set[frozenset]:
    codes = sorted({c.upper() for c in event.get("countries", [])})
    return {frozenset(p) for p in combinations(codes, 2)}


def gold_for(pair: frozenset) -> dict[str, list[GoldEvent]]:
    """The pair's gold events, by corpus stem (only articles with at least one)."""
    found = {}
    for path in sorted((CORPUS / "gold").glob("*.json")):
        events = [
            GoldEvent(
                article=path.stem,
                date=e["date"],
                precision=e["precision"],
                type=e["type"],
                types=(e["type"], *e.get("alt_types", [])),
                status=e["status"],
                optional=bool(e.get("optional")),
                summary=e.get("summary", ""),
                text_date={"date": e["date_in_text"], "precision": e["precision_in_text"]}
                if e.get("date_in_text")
                else None,
            )
            for e in json.loads(path.read_text())["events"]
            if pair in pairs_of(e)
        ]
        if events:
            found[path.stem] = events
    return found


def interactions_of(gold: dict[str, list[GoldEvent]]) -> tuple[list[Interaction], list[tuple]]:
    """Gold events grouped into interactions (same family, same real date, one event per article);
    and the pairs of gold events of two articles that score.py's looser rule alone would join."""
    from relations.extraction.types import family

    events = sorted(
        (e for article in gold.values() for e in article),
        key=lambda e: (e.optional, PRECISIONS[e.precision], e.date, e.article),
    )
    found: list[Interaction] = []
    for event in events:
        joins = [
            i
            for i in found
            if i.family == family(event.type)
            and event.article not in i.articles
            and i.first.real == event.real
        ]
        if joins:
            joins[0].events.append(event)
        else:
            found.append(Interaction(family(event.type), [event]))
    home = {id(e): i for i in found for e in i.events}
    looser = [
        (a, b)
        for a, b in combinations(events, 2)
        if family(a.type) == family(b.type)
        and not home[id(a)].articles & home[id(b)].articles  # two articles, apart only by the date
        and compatible_days(a.real, b.real) is not None
    ]
    return sorted(found, key=lambda i: (i.first.date, i.family, i.first.type)), looser


def assign(rows, found: list[Interaction]) -> list:
    """Give each stored row to one interaction; return the rows that match none."""
    from relations.extraction.types import family

    extra = []
    for row in rows:
        dated = {"date": row.fuzzy_date.iso(), "precision": row.precision}
        candidates = []
        for n, interaction in enumerate(found):
            days = interaction.days_from(dated, row.articles)
            if family(row.type) not in interaction.families or days is None:
                continue
            candidates.append(
                (
                    not interaction.articles & row.articles,
                    interaction.optional,
                    days,
                    row.type not in {t for e in interaction.events for t in e.types},
                    row.status not in {e.status for e in interaction.events},
                    n,
                )
            )
        if candidates:
            found[min(candidates)[-1]].rows.append(row)
        else:
            extra.append(row)
    return extra


def setup_database(use_postgres: bool, folder: Path) -> str:
    """Point Django at a fresh, migrated database with the shipped knowledge; say which."""
    os.environ.pop("CELERY_BROKER_URL", None)  # no broker: tasks run in-process, as with the defaults
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "relations.settings"
    os.environ["LOG_LEVEL"] = "WARNING"  # not a line per task
    if use_postgres:
        from bench.common import database_url, fresh_database

        os.environ["DATABASE_URL"] = database_url(DATABASE)
        fresh_database(DATABASE, dict(os.environ))
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'across.sqlite3'}"
    import django
    from django.core.management import call_command

    django.setup()
    if not use_postgres:
        call_command("migrate", "--no-input", verbosity=0)
    call_command("load_knowledge", verbosity=0, stdout=StringIO())
    return f"PostgreSQL database {DATABASE}" if use_postgres else "SQLite file in a temporary directory"


def facts(use_postgres: bool) -> str:
    if use_postgres:
        from bench.common import machine_facts

        machine = machine_facts()
    else:
        machine = (
            f"{os.cpu_count()} cores, python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"{datetime.now().isoformat(timespec='seconds')}"
        )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    return f"{machine}, commit {commit or 'unknown'}"


def stored_rows(codes: tuple[str, str], stems: dict[str, str]):
    """The pair's events as `timeline` reads them, each with the corpus articles that cite it."""
    from relations import queries
    from relations.models import Country

    first, second = queries.in_code_order(*(Country.objects.lookup(code) for code in codes))
    events = queries.pair_events(first, second).prefetch_related("mentions__article", "countries")
    rows = list(queries.in_date_order(events))
    for row in rows:
        row.articles = {stems.get(m.article.source_name, m.article.source_label) for m in row.mentions.all()}
    return rows


def describe(row, with_countries: bool = False) -> str:
    countries = "–".join(sorted(c.code for c in row.countries.all())) + " " if with_countries else ""
    sources = sorted(a[:2] for a in row.articles)
    return (
        f"#{row.pk} {countries}{row.fuzzy_date.iso()} {row.type} {row.status}: {row.title} "
        f"[{len(sources)} source{'' if len(sources) == 1 else 's'}: {', '.join(sources)}]"
    )


def sentences_of(row) -> list[str]:
    return [
        f"{m.article.source_name[:2]}: {' '.join(m.sentence.split())[:220]}"
        for m in row.mentions.all()
        if m.article.source_name
    ]


def elsewhere(interaction: Interaction, missing: set[str], stems: dict[str, str]) -> list[str]:
    """What the articles that tell an interaction but are not among its rows' sources gave near its
    date, for any pair: where its telling went."""
    from relations.extraction.types import family
    from relations.models import Event

    names = [name for name, stem in stems.items() if stem in missing]
    found = []
    for event in (
        Event.objects.filter(mentions__article__source_name__in=names)
        .distinct()
        .prefetch_related("countries", "mentions__article")
        .order_by("date", "id")
    ):
        event.articles = {stems.get(m.article.source_name, "") for m in event.mentions.all()}
        dated = {"date": event.fuzzy_date.iso(), "precision": event.precision}
        if family(event.type) in interaction.families and interaction.days_from(dated, missing) is not None:
            found.append(describe(event, with_countries=True))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pair", nargs="*", default=["IL", "RU"], help="two country codes (default IL RU)")
    parser.add_argument("--all", action="store_true", help="ingest every corpus article, not only the pair's")
    parser.add_argument("--postgres", action="store_true", help=f"PostgreSQL database {DATABASE}, not SQLite")
    parser.add_argument("--sentences", action="store_true", help="print split and extra rows' sentences")
    args = parser.parse_args()
    if len(args.pair) != 2:
        parser.error("a pair is two country codes")
    if not (CORPUS / "gold").is_dir() or not (CORPUS / "score.py").is_file():
        print(f"skipped: the development corpus is not at {CORPUS} (../shared beside the project)")
        return
    codes = (args.pair[0].upper(), args.pair[1].upper())
    gold = gold_for(frozenset(codes))
    if not gold:
        print(f"skipped: no gold event for {codes[0]}–{codes[1]} in {CORPUS / 'gold'}")
        return
    if args.all:
        chosen = sorted((CORPUS / "articles").glob("*.txt"))
    else:
        chosen = [CORPUS / "articles" / f"{stem}.txt" for stem in sorted(gold)]
    with tempfile.TemporaryDirectory() as folder:
        where = setup_database(args.postgres, Path(folder))
        print(f"{facts(args.postgres)}; {where}")
        report(codes, gold, chosen, args.all, args.sentences)


def report(codes, gold: dict[str, list[GoldEvent]], chosen: list[Path], everything: bool, sentences: bool):
    from django.core.management import CommandError, call_command
    from django.db.models import Count

    from relations.models import Article, Event

    pair = f"{codes[0]}–{codes[1]}"
    output = StringIO()
    try:
        call_command("ingest", *map(str, chosen), "--no-progress", stdout=output)
    except CommandError as error:  # some inputs refused: the others are stored, measure them
        print(f"ingest: {error}\n{output.getvalue()}", end="")
    which = "all of the corpus" if everything else f"those with a gold {pair} event"
    print(f"{len(chosen)} articles ingested ({which}): {output.getvalue().splitlines()[0]}")
    not_done = Article.objects.exclude(status=Article.Status.DONE).count()
    if not_done:
        print(f"  {not_done} article(s) not extracted:\n{output.getvalue()}")
    stems = {path.name: path.stem for path in chosen}
    rows = stored_rows(codes, stems)
    found, looser = interactions_of(gold)
    extra = assign(rows, found)

    required = [i for i in found if not i.optional]
    split = [i for i in required if len(i.rows) > 1]
    plan_and_report = [i for i in split if {"planned", "happened"} <= {r.status for r in i.rows}]
    missed = [i for i in required if not i.rows]
    several = [i for i in required if len(i.articles) > 1]
    one_row = [i for i in several if len(i.rows) == 1 and i.articles <= i.rows[0].articles]
    optional_rows = sum(len(i.rows) for i in found if i.optional)
    overmerged = [row for i in found for row in i.rows if row.articles - i.articles]
    cited = Event.objects.annotate(n=Count("mentions__article", distinct=True))

    print(f"stored rows for {pair} (as `timeline {codes[0]} {codes[1]}` lists them): {len(rows)}")
    print(
        f"gold interactions: {len(required)} (from {sum(len(v) for v in gold.values())} gold events of "
        f"{len(gold)} articles), and {len(found) - len(required)} whose gold events are all optional"
    )
    print(f"  found by no row: {len(missed)}")
    print(f"  split over several rows: {len(split)}")
    print(f"  a plan and its report as two rows (a planned and a happened row): {len(plan_and_report)}")
    print(f"  told by several articles: {len(several)}; one row citing all their articles: {len(one_row)}")
    print(f"rows that find an optional interaction only: {optional_rows}")
    print(f"rows matching no gold interaction (extra): {len(extra)}")
    print(f"rows citing an article that does not tell their interaction (merged too far): {len(overmerged)}")
    print(
        f"whole database: {Event.objects.count()} events, "
        f"{cited.filter(n__gt=1).count()} of them with several source articles"
    )
    for a, b in looser:
        print(
            f"kept apart, score.py's rule would join them: {a.article[:2]} {a.date} {a.type}/{a.status} "
            f"({a.summary}) and {b.article[:2]} {b.date} {b.type}/{b.status} ({b.summary})"
        )

    print("\nper gold interaction: real date, family, articles (their gold events), rows given to it")
    for interaction in found:
        flags = [
            flag
            for flag, on in (
                ("optional", interaction.optional),
                ("MISSED", interaction in missed),
                ("SPLIT", interaction in split),
                ("PLAN+REPORT", interaction in plan_and_report),
                ("ONE-ROW", interaction in one_row),
            )
            if on
        ]
        told = ", ".join(f"{e.article[:2]} {e.type}/{e.status}" for e in interaction.events)
        print(
            f"{interaction.first.date:<10} {interaction.family:<17} {len(interaction.articles)} ({told})"
            f"{' ' + ' '.join(flags) if flags else ''}: {interaction.first.summary}"
        )
        for row in interaction.rows:
            beyond = sorted(a[:2] for a in row.articles - interaction.articles)
            print(f"    {describe(row)}{'  NOT TOLD BY ' + ', '.join(beyond) if beyond else ''}")
            if sentences and interaction in split:
                print("".join(f"        {line}\n" for line in sentences_of(row)), end="")
        cited_by = set().union(*(row.articles for row in interaction.rows))
        if interaction in several and interaction.articles - cited_by:
            missing = interaction.articles - cited_by
            print(f"    told also by {', '.join(sorted(a[:2] for a in missing))}; its events near that date:")
            for line in elsewhere(interaction, missing, stems) or ["none of its family"]:
                print(f"      {line}")
    print("extra rows:" if extra else "extra rows: none")
    for row in extra:
        print(f"    {describe(row)}")
        if sentences:
            print("".join(f"        {line}\n" for line in sentences_of(row)), end="")


if __name__ == "__main__":
    main()
