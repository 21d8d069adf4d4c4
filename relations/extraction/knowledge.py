"""What the engine knows about the world: states and their names, office holders, blocs.

Built from plain records, so the shipped JSON (``Knowledge.default()``) and the database (editors'
current lists, ``Knowledge.from_records``) give the same object. Names are found with one compiled
pattern, a trie of every name's tokens (longest match first), which is linear in the text and
independent of the number of names.
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


@cache
def cities() -> tuple[dict[str, str], frozenset[str]]:
    """Known cities and the state each lies in; and the venues where states meet third parties."""
    data = json.loads((DATA / "cities.json").read_text(encoding="utf-8"))
    return data["cities"], frozenset(data["venues"])


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

    def term_on(self, day: date | None, until: date | None = None) -> Term | None:
        """The office held on `day`, or on some day from it to `until` (a month told: Boric was
        president in "March 2022", sworn in on the 11th); with no date, the latest term."""
        if day is None:
            return self.terms[-1] if self.terms else None
        return next((term for term in reversed(self.terms) if term.covers(day)), None) or next(
            (term for term in reversed(self.terms) if until is not None and day < term.start <= until), None
        )


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


def _plain(text: str) -> str:
    """Typographic apostrophes and hyphens as ASCII (str.replace: far faster than a translate table)."""
    for typographic, plain in _PLAIN:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


def _key(name: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _TOKEN.finditer(_plain(name)))


def _names_regex(keys: Iterable[tuple[str, ...]]) -> re.Pattern:
    """A pattern matching where the text's tokens spell one of the names (token tuples), the longest
    one where several start at a token: a trie, one test per character wherever a word begins, rather
    than a split of the whole text into tokens. A word token must be a whole run of word characters;
    tokens are separated by any whitespace, words by at least one character of it."""
    trie: dict = {}
    for key in keys:
        node = trie
        after_word = None  # before the first token
        for token in key:
            word = re.fullmatch(r"\w+", token) is not None
            if after_word is None:
                glue = r"(?<!\w)" if word else ""
            else:
                glue = r"\s+" if after_word and word else r"\s*"
            atoms = [glue] if glue else []
            for atom in atoms + [re.escape(char) for char in token]:
                node = node.setdefault(atom, {})
            after_word = word
        node[None] = r"(?!\w)" if after_word else ""  # a name ends here (None: no atom of the text)
    return re.compile(_trie_regex(trie) or "(?!)")


def _trie_regex(node: dict) -> str:
    """The alternatives of a trie node; where a name ends comes last, so that longer names go first."""
    branches = [atom + _trie_regex(child) for atom, child in node.items() if atom is not None]
    if None in node:
        branches.append(node[None])
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


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
        self._matcher = _names_regex(self._names)
        # "Congo" is one state's name and another's weak one: which one an article means, its other
        # names tell ("Tshisekedi", "Kinshasa": the Democratic Republic)
        self.shared_names = {
            alias: frozenset({country.code, *owners})
            for country in self.countries.values()
            for alias in country.weak_aliases
            if (owners := [other.code for other in self.countries.values() if alias in other.aliases])
        }

    def _add(self, alias: str, kind: str, target) -> None:
        """Register a name; a name already taken by a stronger kind keeps it, a same-kind name is shared."""
        key = _key(alias)
        if not key:
            return
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
        return cls.from_records(**shipped_records())

    def country_name(self, code: str) -> str:
        country = self.countries.get(code)
        return country.name if country else code

    def state_of_place(self, place: str) -> str | None:
        """The state a venue lies in: a known city's ("Accra": GH), or a state named whole ("Togo")."""
        city = cities()[0].get(place)
        if city:
            return city
        found = self.find(place)
        whole = len(found) == 1 and found[0].text == place and found[0].kind in (STATE, WEAK_STATE)
        return found[0].targets[0] if whole else None

    def find(self, text: str) -> list[NameMatch]:
        """Every known name in `text`, longest match first, non-overlapping, in text order."""
        plain = _plain(text) if _TYPOGRAPHIC.search(text) else text
        found = []
        for match in self._matcher.finditer(plain):
            start, end = match.span()
            kind, targets = self._names[tuple(_TOKEN.findall(plain, start, end))]
            found.append(NameMatch(start, end, text[start:end], kind, targets))
        return found


def shipped_records() -> dict[str, list]:
    """The shipped data files (what contributors edit) as `Knowledge.from_records` arguments.

    The one reader of the files: `Knowledge.default()` and the database's loader both use it, in
    the order the database gives back (countries by code, people and aliases as listed).
    """
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    blocs = json.loads((DATA / "blocs.json").read_text(encoding="utf-8"))
    return {
        "countries": [{"code": code, **record} for code, record in sorted(countries.items())],
        "people": json.loads((DATA / "people.json").read_text(encoding="utf-8")),
        "blocs": blocs["blocs"],
        "not_states": blocs["not_states"],
    }
