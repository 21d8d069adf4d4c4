"""The world knowledge the engine uses: one source, decided in one place.

Contributors edit the shipped files (relations/extraction/data/*.json); `load_shipped_knowledge`
(`manage.py load_knowledge`) copies them into the database, adding what is missing and never
removing an editor's additions. `current_knowledge` is what `extract`, the worker and the article
highlighting read: the database's knowledge when the database holds some, else the shipped files.
"""

import difflib
import time
from collections import defaultdict
from pathlib import Path

import pycountry
from django.db import connection

from relations.extraction.knowledge import Knowledge, shipped_records

KNOWLEDGE_TTL_SECONDS = 60
# States ISO 3166 leaves out, by the codes the EU, the IMF and the World Bank use.
OUTSIDE_ISO = {"XK": "XKX"}  # Kosovo
_cache: dict[str, tuple[float, Knowledge]] = {}
CLOSE_SPELLING = 0.8  # difflib's similarity: "Isreal" is Israel's (0.83), "Narnia" not Armenia's (0.77)


def load_shipped_knowledge() -> dict[str, int]:
    """Add the shipped countries, aliases, people and their terms the database lacks.

    Rows that exist already (perhaps edited) are left as they are: a person is known by name, a
    term by person, country, office and start.
    """
    from relations.models import Country, CountryAlias, OfficeTerm, Person

    records = shipped_records()
    countries, aliases = [], []
    for record in records["countries"]:
        code = record["code"]
        iso = pycountry.countries.get(alpha_2=code)
        if iso is None and code not in OUTSIDE_ISO:
            raise ValueError(f"countries.json: {code!r} is no ISO 3166 alpha-2 code")
        code3 = iso.alpha_3 if iso else OUTSIDE_ISO[code]
        countries.append(Country(code=code, code3=code3, name=record["name"]))
        aliases += [CountryAlias(country_id=code, text=text) for text in record.get("aliases", [])]
        aliases += [
            CountryAlias(country_id=code, text=text, weak=True) for text in record.get("weak_aliases", [])
        ]
    before = {model: model.objects.count() for model in (Country, CountryAlias, Person, OfficeTerm)}
    Country.objects.bulk_create(countries, ignore_conflicts=True)
    CountryAlias.objects.bulk_create(aliases, ignore_conflicts=True, batch_size=1000)
    people = records["people"]
    Person.objects.bulk_create(
        [Person(name=person["name"], aliases=person.get("aliases", [])) for person in people],
        ignore_conflicts=True,
        batch_size=1000,
    )
    person_ids = dict(Person.objects.values_list("name", "pk"))
    OfficeTerm.objects.bulk_create(
        [
            OfficeTerm(
                person_id=person_ids[person["name"]],
                country_id=term["country"],
                office=term["office"],
                start=term["start"],
                end=term.get("end"),
            )
            for person in people
            for term in person.get("terms", [])
        ],
        ignore_conflicts=True,
        batch_size=1000,
    )
    return {
        "countries": Country.objects.count() - before[Country],
        "aliases": CountryAlias.objects.count() - before[CountryAlias],
        "people": Person.objects.count() - before[Person],
        "office_terms": OfficeTerm.objects.count() - before[OfficeTerm],
    }


def current_knowledge() -> Knowledge:
    """The knowledge every reader uses, rebuilt at most once a minute per process (editors'
    changes apply within a minute): the database's when it holds countries, else the shipped files."""
    cached = _cache.get("knowledge")
    if cached and time.monotonic() - cached[0] < KNOWLEDGE_TTL_SECONDS:
        return cached[1]
    knowledge = knowledge_from_database() if database_holds_knowledge() else Knowledge.default()
    _cache["knowledge"] = (time.monotonic(), knowledge)
    return knowledge


def close_spellings(text: str) -> set[str]:
    """The codes of the countries a name or alias of which is spelt close to `text`, so that a slip
    of typing ("Isreal", "Untied States") still finds its country. The knowledge's names: no query."""
    names = defaultdict(set)
    for country in current_knowledge().countries.values():
        for name in (country.name, *country.aliases):
            names[name.casefold()].add(country.code)
    close = difflib.get_close_matches(text.casefold(), names, n=5, cutoff=CLOSE_SPELLING)
    return {code for name in close for code in names[name]}


def forget_cached_knowledge() -> None:
    """After an editor's change: this process builds the knowledge anew on its next use."""
    _cache.clear()


def database_holds_knowledge(database=connection) -> bool:
    """Whether the configured database has countries: not when it is not made yet (an SQLite
    file absent, which this does not create, or not migrated) or empty. A database that cannot be
    reached raises, so a worker retries rather than reading the wrong knowledge."""
    from relations.models import Country

    is_file = database.vendor == "sqlite" and not database.is_in_memory_db()
    if is_file and not Path(database.settings_dict["NAME"]).exists():
        return False
    with database.cursor() as cursor:
        if Country._meta.db_table not in database.introspection.table_names(cursor):
            return False
    return Country.objects.using(database.alias).exists()


def knowledge_from_database() -> Knowledge:
    """The editors' knowledge, in the order the shipped files give (countries by code, aliases and
    people as added), so that the same data gives the same `Knowledge`; blocs are the shipped ones."""
    from relations.models import Country, CountryAlias, OfficeTerm, Person

    aliases = defaultdict(lambda: {"aliases": [], "weak_aliases": []})
    for code, text, weak in CountryAlias.objects.order_by("pk").values_list("country_id", "text", "weak"):
        aliases[code]["weak_aliases" if weak else "aliases"].append(text)
    countries = [
        {"code": code, "name": name, **aliases[code]}
        for code, name in Country.objects.order_by("code").values_list("code", "name")
    ]
    terms = defaultdict(list)
    for person_id, country, office, start, end in OfficeTerm.objects.order_by("start", "pk").values_list(
        "person_id", "country_id", "office", "start", "end"
    ):
        terms[person_id].append({"country": country, "office": office, "start": start, "end": end})
    people = [
        {"name": name, "aliases": other_names, "terms": terms[pk]}
        for pk, name, other_names in Person.objects.order_by("pk").values_list("pk", "name", "aliases")
    ]
    shipped = shipped_records()
    return Knowledge.from_records(countries, people, shipped["blocs"], shipped["not_states"])
