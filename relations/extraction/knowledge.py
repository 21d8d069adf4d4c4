"""What the engine knows about the world: states and their names, office holders, blocs.

Built from plain records, so the shipped JSON (``Knowledge.default()``) and the database (editors'
current lists, ``Knowledge.from_records``) give the same object. Names are found with one dict walk
over word tokens (longest match first), which is linear in the text and independent of the number
of names.
"""

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")

# Words are runs of letters/digits; every other visible character is a token of its own, so
# "U.S.", "Kim Jong-un" and "Israel's" are token sequences.
_TOKEN = re.compile(r"\w+|[^\w\s]")
_TYPOGRAPHIC = re.compile("[’‘‐‑–]")
_PLAIN = (("’", "'"), ("‘", "'"), ("‐", "-"), ("‑", "-"), ("–", "-"))

STATE, WEAK_STATE, PERSON, BLOC, NOT_STATE = "state", "weak_state", "person", "bloc", "not_state"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    weak_aliases: tuple[str, ...] = ()  # names that also name something else ("Georgia", "Jordan")


@dataclass(frozen=True)
class Term:
    country: str
    office: str
    start: date
    end: date | None = None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]

    def term_on(self, day: date | None) -> Term | None:
        """The office held on `day`; with no date, the latest term."""
        if day is None:
            return self.terms[-1] if self.terms else None
        return next((term for term in reversed(self.terms) if term.covers(day)), None)


@dataclass(frozen=True)
class Bloc:
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class NameMatch:
    """A span of text naming something the knowledge holds."""

    start: int
    end: int
    text: str
    kind: str  # STATE | WEAK_STATE | PERSON | BLOC | NOT_STATE
    targets: tuple  # country codes, Person objects or bloc names


def tokens(text: str) -> list[re.Match]:
    if _TYPOGRAPHIC.search(text):
        text = _plain(text)
    return list(_TOKEN.finditer(text))


def _plain(text: str) -> str:
    """Typographic apostrophes and hyphens as ASCII (str.replace: far faster than a translate table)."""
    for typographic, plain in _PLAIN:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


def _key(name: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN.finditer(_plain(name)))


def _date(value) -> date | None:
    if value is None or value == "" or isinstance(value, date):
        return value or None
    return date.fromisoformat(value)


class Knowledge:
    """States, people and blocs, with a matcher for their names in text."""

    def __init__(
        self,
        countries: Iterable[Country],
        people: Iterable[Person] = (),
        blocs: Iterable[Bloc] = (),
        not_states: Iterable[str] = (),
    ):
        self.countries = {country.code: country for country in countries}
        self.people = list(people)
        self.blocs = list(blocs)
        self._names: dict[tuple[str, ...], tuple[str, tuple]] = {}
        self._first_words: dict[str, int] = {}  # first token of a name -> most tokens of a name it starts
        for phrase in not_states:
            self._add(phrase, NOT_STATE, phrase)
        for bloc in self.blocs:
            for alias in (bloc.name, *bloc.aliases):
                self._add(alias, BLOC, bloc.name)
        for person in self.people:
            for alias in (person.name, *person.aliases):
                self._add(alias, PERSON, person)
        for country in self.countries.values():
            for alias in country.weak_aliases:
                self._add(alias, WEAK_STATE, country.code)
            for alias in (country.name, *country.aliases):
                if alias not in country.weak_aliases:
                    self._add(alias, STATE, country.code)

    def _add(self, alias: str, kind: str, target) -> None:
        """Register a name; a name already taken by a stronger kind keeps it, a same-kind name is shared."""
        key = _key(alias)
        if not key:
            return
        self._first_words[key[0]] = max(self._first_words.get(key[0], 0), len(key))
        existing = self._names.get(key)
        if existing is None or existing[0] in (WEAK_STATE,) and kind == STATE:
            self._names[key] = (kind, (target,))
        elif existing[0] == kind and target not in existing[1]:
            self._names[key] = (kind, (*existing[1], target))

    @classmethod
    def from_records(
        cls,
        countries: Iterable[Mapping],
        people: Iterable[Mapping] = (),
        blocs: Iterable[Mapping] = (),
        not_states: Iterable[str] = (),
    ) -> "Knowledge":
        """Build from plain records (the shipped JSON or database rows).

        countries: {"code", "name", "aliases": [...], "weak_aliases": [...]}
        people: {"name", "aliases": [...], "terms": [{"country", "office", "start", "end"}]}
        blocs: {"name", "aliases": [...]}; not_states: phrases that contain a state's name but no state.
        """
        return cls(
            countries=[
                Country(r["code"], r["name"], tuple(r.get("aliases", ())), tuple(r.get("weak_aliases", ())))
                for r in countries
            ],
            people=[
                Person(
                    r["name"],
                    tuple(r.get("aliases", ())),
                    tuple(
                        sorted(
                            (
                                Term(
                                    t["country"], t.get("office", ""), _date(t["start"]), _date(t.get("end"))
                                )
                                for t in r.get("terms", ())
                            ),  # fmt: skip
                            key=lambda term: term.start,
                        )
                    ),
                )
                for r in people
            ],
            blocs=[Bloc(r["name"], tuple(r.get("aliases", ()))) for r in blocs],
            not_states=not_states,
        )

    @classmethod
    @cache
    def default(cls) -> "Knowledge":
        """The knowledge shipped with the project (data/*.json), loaded once."""
        countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
        people = json.loads((DATA / "people.json").read_text(encoding="utf-8"))
        blocs = json.loads((DATA / "blocs.json").read_text(encoding="utf-8"))
        return cls.from_records(
            [{"code": code, **record} for code, record in countries.items()],
            people,
            blocs["blocs"],
            blocs["not_states"],
        )

    def country_name(self, code: str) -> str:
        country = self.countries.get(code)
        return country.name if country else code

    def find(self, text: str, words: list[re.Match] | None = None) -> list[NameMatch]:
        """Every known name in `text`, longest match first, non-overlapping, in text order."""
        words = tokens(text) if words is None else words
        values = [w.group() for w in words]
        longest_from = self._first_words
        names = self._names
        count = len(values)
        found = []
        free = 0  # the first token not yet inside a found name
        for i in [i for i, value in enumerate(values) if value in longest_from]:
            if i < free:
                continue
            for length in range(min(longest_from[values[i]], count - i), 0, -1):
                entry = names.get(tuple(values[i : i + length]))
                if entry:
                    start, end = words[i].start(), words[i + length - 1].end()
                    found.append(NameMatch(start, end, text[start:end], entry[0], entry[1]))
                    free = i + length
                    break
        return found
