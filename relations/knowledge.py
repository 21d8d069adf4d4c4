"""The world knowledge the engine uses, kept in the database so editors can change it.

The project ships it as data (relations/extraction/data/*.json); `load_shipped_knowledge`
copies it into the database (a data migration and `manage.py load_knowledge` call it),
adding what is missing and never removing an editor's additions.
"""

import json
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

import pycountry

from relations.extraction.knowledge import Knowledge

DATA_DIR = Path(__file__).resolve().parent / "extraction" / "data"
KNOWLEDGE_TTL_SECONDS = 60
_cache: dict[str, tuple[float, Knowledge]] = {}


def read_data(name: str):
    path = DATA_DIR / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def load_shipped_knowledge(Country, CountryAlias, OfficeHolder) -> dict[str, int]:
    """Add the shipped countries, aliases and office holders the database lacks.

    Model classes are passed in so that migrations can use their historical models. Rows that
    exist already (perhaps edited) are left as they are.
    """
    countries = read_data("countries.json") or {}
    people = read_data("people.json") or []
    before = {model: model.objects.count() for model in (Country, CountryAlias, OfficeHolder)}
    rows, aliases, holders = [], [], []
    for code, entry in sorted(countries.items()):
        iso = pycountry.countries.get(alpha_2=code)
        if iso is None:
            continue
        rows.append(Country(code=code, code3=iso.alpha_3, name=entry.get("name") or iso.name))
        aliases += [CountryAlias(country_id=code, text=text) for text in entry.get("aliases", [])]
        aliases += [
            CountryAlias(country_id=code, text=text, weak=True) for text in entry.get("weak_aliases", [])
        ]
    known = {row.code for row in rows}
    for person in people:
        for term in person.get("terms", []):
            if term.get("country") in known:
                holders.append(
                    OfficeHolder(
                        name=person["name"],
                        aliases=person.get("aliases", []),
                        country_id=term["country"],
                        role=term.get("office", ""),
                        term_start=parse_day(term.get("start")),
                        term_end=parse_day(term.get("end")),
                    )
                )
    Country.objects.bulk_create(rows, ignore_conflicts=True)
    CountryAlias.objects.bulk_create(aliases, ignore_conflicts=True, batch_size=1000)
    OfficeHolder.objects.bulk_create(holders, ignore_conflicts=True, batch_size=1000)
    return {
        "countries": Country.objects.count() - before[Country],
        "aliases": CountryAlias.objects.count() - before[CountryAlias],
        "office_holders": OfficeHolder.objects.count() - before[OfficeHolder],
    }


def parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def current_knowledge() -> Knowledge:
    """The editors' current knowledge from the database, rebuilt at most once a minute per process."""
    cached = _cache.get("knowledge")
    if cached and time.monotonic() - cached[0] < KNOWLEDGE_TTL_SECONDS:
        return cached[1]
    knowledge = knowledge_from_database()
    _cache["knowledge"] = (time.monotonic(), knowledge)
    return knowledge


def knowledge_from_database() -> Knowledge:
    from relations.models import Country, CountryAlias, OfficeHolder

    aliases = defaultdict(lambda: {"aliases": [], "weak_aliases": []})
    for code, text, weak in CountryAlias.objects.values_list("country_id", "text", "weak"):
        aliases[code]["weak_aliases" if weak else "aliases"].append(text)
    countries = [
        {"code": code, "name": name, **aliases[code]}
        for code, name in Country.objects.values_list("code", "name")
    ]
    people = {}
    for holder in OfficeHolder.objects.order_by("name", "term_start"):
        person = people.setdefault(holder.name, {"name": holder.name, "aliases": set(), "terms": []})
        person["aliases"].update(holder.aliases)
        person["terms"].append(
            {
                "country": holder.country_id,
                "office": holder.role,
                "start": holder.term_start,
                "end": holder.term_end,
            }
        )
    blocs = read_data("blocs.json") or {}
    return Knowledge.from_records(
        countries,
        [{**person, "aliases": sorted(person["aliases"])} for person in people.values()],
        blocs.get("blocs", []),
        blocs.get("not_states", []),
    )
