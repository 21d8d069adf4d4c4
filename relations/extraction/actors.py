"""Who acts in a sentence: states named directly, through demonyms, capitals, seats of power,
institutions, or through the people who held an office on the day in question.

Office holders resolve to a state only during a term ("Netanyahu" is Israel in 2019, nobody in
2022-01). Light coreference carries actors over from recent sentences: "He", "the two leaders",
"the sides", "both countries", "the ministry".
"""

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date

from .knowledge import BLOC, NOT_STATE, PERSON, STATE, WEAK_STATE, Knowledge, cities
from .refdate import InOffice
from .text import lower_keeping_offsets


@dataclass(frozen=True)
class Actor:
    start: int
    end: int
    text: str
    country: str  # ISO alpha-2
    kind: str = "state"  # state | person | pronoun | group
    person: str = ""  # the office holder's name, when named
    office: str = ""
    label: str = ""  # how the text names the office holder ("Putin", "Xi Jinping")
    known: bool = True  # False: a person the knowledge does not hold, named after a state's office


# A demonym followed by one of these names a source of news, not an actor ("Egyptian newspaper").
_MEDIA = re.compile(
    r"\s*(?:state[- ]run\s+|state[- ]owned\s+|official\s+)?(?:newspapers?|news\s+agency|media|television|TV"
    r"|radio|daily|press|paper|broadcaster|websites?|outlets?|news|tabloid|magazine)\b",
    re.IGNORECASE,
)
# After a state's name or demonym: a thing made there or people of that descent, not the state
# acting ("Russian-made rockets", "the Albanian population of the province", "Korean-Americans").
_NOT_THE_STATE = re.compile(
    r"(?:-(?:made|built|designed|manufactured|supplied|produced|born|Americans?)\b"
    r"|\s+(?:population|minority|minorities|community|communities|diaspora|descent|ancestry|origin)\b)",
    re.IGNORECASE,
)
# After a city that stands for its state: a document or a process named for where it was made, not
# a side of it ("the Pretoria agreement", "the Minsk accords", "the Astana format").
_NAMED_FOR_THE_PLACE = re.compile(
    r"\s+(?:peace\s+|ceasefire\s+)?(?:agreements?|accords?|truce|treaty|protocols?|declaration|process"
    r"|format|deal|ceasefire|communiqu[eé])\b",
    re.IGNORECASE,
)
# Before a demonym: people of that descent, not the state ("ethnic Albanian guerrillas").
_ETHNIC = re.compile(r"\bethnic(?:ally)?[\s-]+$", re.IGNORECASE)
# Words allowed before a weak name ("Georgia", "Jordan", "Chad") without making it a person's surname.
_BEFORE_WEAK_OK = frozenset(
    [
        "the",
        "The",
        "of",
        "in",
        "to",
        "and",
        "with",
        "from",
        "for",
        "by",
        "on",
        "at",
        "against",
        "between",
        "In",
        "To",
        "With",
        "From",
        "For",
        "By",
        "On",
        "At",
        "neighbouring",
        "neighboring",
        "King",
        "Queen",
        "President",
        "Prime",
        "Minister",
        "Emir",
        "Sultan",
    ]
)
# Two-sided references to the actors of the current story (matched on the lower-cased sentence).
_GROUP = re.compile(
    r"(?:\bthe two(?:\s+[a-z]+)?|\bboth|\bthe)\s+(?:leaders|sides|countries|nations|parties|governments"
    r"|ministers|presidents|premiers|delegations|envoys|negotiators|states|neighbou?rs|militaries|armies"
    r"|counterparts)\b"
    r"|\bthe pair\b"
    # "the two met again", "the two men agreed": the two told before, as the subject of a verb
    r"|\bthe two(?:\s+(?:men|women))?(?=\s+(?:(?:also|then|later|first|last|previously)\s+)?"
    r"(?:[a-z]+ed|met|spoke|held|had|have|has|will|would|are|were|did|signed|agreed|began|took|sat|shook|made)\b)"
    r"|\b(?:the|that|this) (?:(?:last|previous|latest|next|recent) (?:round of )?(?:[a-z-]+ )?)?"
    r"(?:meeting|talks|summit|visit|phone call|conversation)\b"
    r"|^they\b"
    # "Their ministers met", "talks between their foreign ministers", "..., and their presidents
    # last met in November": the two's own
    r"|(?:^|(?<=between )|(?<=of )|(?<=, and )|(?<=; ))their\s+(?=(?:[a-z-]+\s+){0,2}?"
    r"(?:leaders|presidents|premiers|ministers|delegations|officials|envoys"
    r"|diplomats|governments|armies|troops|forces|militaries|navies|chiefs)\b)"
)
_GROUP_START = re.compile(r"th|bo")  # where a match of _GROUP can begin
# Every match of _GROUP holds one of these (a cheap test before the scan).
_GROUP_WORDS = (
    "leader", "side", "countr", "nation", "part", "government", "minister", "president", "premier",
    "delegation", "envoy", "negotiator", "state", "neighbo", "militar", "armies", "counterpart", "pair",
    "meeting", "talks",
    "summit", "visit", "phone call", "conversation", "they", "their", "the two",
)  # fmt: skip
# A state's name followed by an office makes an office holder: "the Israeli prime minister".
_OFFICE = re.compile(
    r"['’]?s?\s+((?:deputy |vice |acting |former |then-|new )?(?:president|prime minister|premier"
    r"|chancellor|king|queen"
    r"|emir|sultan|crown prince|leader|(?:foreign|external affairs) minister|defen[cs]e minister"
    r"|foreign secretary"
    r"|defen[cs]e secretary"
    r"|secretary of state|minister|ambassador|envoy|counterpart|head of state|monarch|army chief"
    r"|spokes(?:man|woman"
    r"|person)))\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^(?:[\"'“]?)(?P<who>He|She)\b")
# Or the subject after up to two short lead-in phrases: "In April, shortly before the vote, he
# travelled ..."; bounded, so no backtracking blow-up on long sentences.
_PRONOUN_AFTER_LEAD_IN = re.compile(
    r"^(?:[A-Z][^,.;:!?\"“”]{0,60},\s+(?:[^,.;:!?\"“”]{1,60},\s+)?"
    # or phrases of place and time with no comma: "In Brazzaville on Tuesday he co-chaired"
    r"|(?:In|On|At|During|Later|Earlier)\s+[^,.;:!?\"“”]{1,40}?\s)(?P<who>he|she)\b"
)
# "Museveni received him", "invited her to Bujumbura": a person as the object, not "her counterpart"
_OBJECT_PRONOUN = re.compile(
    r"\b(?:him|her(?=\s*[,.;]|\s+(?:on|in|at|to|for|by|with|about|over|during|after|before|and|that|as"
    r"|from|into|last|this|earlier|later)\b))\b"
)
_MINISTRY = re.compile(r"\bthe\s+(?:(?:foreign|defen[cs]e|interior)\s+)?ministry\b", re.IGNORECASE)
_MINISTRY_WORD = re.compile(r"\bMinistry\b")
# Group words that name people: "both leaders" are those the sentence before named.
_LEADERS = re.compile(r"leaders|presidents|premiers|ministers|counterparts", re.IGNORECASE)
# "The delegation, led by ...": the delegation named before; not "the delegation of Chad".
_THE_DELEGATION = re.compile(r"\bthe\s+delegation\b(?!\s+(?:of|from)\b)", re.IGNORECASE)
# "a visiting Afghan delegation", "Chad's delegation", "a delegation from Chad"
_DELEGATION_OF = re.compile(
    r"(?:['’]s|\b[A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}delegation\b|\bdelegation\s+(?:of|from)\s+"
)

# A state's craft or unit, named with its state ("a Myanmar military helicopter", "China's coast guard
# ship"), and named again by its noun alone ("The helicopter flew two kilometres into ...").
_CRAFT = (
    r"(?:helicopter|drone|plane|aircraft|jet|warplane|warship|ship|vessel|boat|submarine|balloon|frigate)"
)
_CRAFT_AFTER_STATE = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}?(" + _CRAFT + r")s?\b")
_THE_CRAFT = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?(" + _CRAFT + r")s?\b(?!\s+(?:of|from)\b)")


@dataclass
class Context:
    """What recent sentences established: the last single actor and the last pair of states."""

    last_person_country: str = ""
    last_person: Actor | None = None  # who "he" or "she" most likely is
    people_seen: list[Actor] = field(default_factory=list)  # the people named, the latest last
    last_ministry_country: str = ""
    last_delegation_country: str = ""  # whose "the delegation" is: the one named last
    craft: dict[str, str] = field(default_factory=dict)  # "helicopter" -> whose the helicopter named last is
    last_leaders: tuple[str, ...] = ()  # the two states whose leaders the last sentence named: "both leaders"
    home: str = ""  # the state of a wire report's dateline: whose officials it names by title alone
    last_place: str = ""  # the state of the place named last after "in" or "to": where "the country" is
    pair: tuple[str, ...] = ()
    # People named earlier in full ("Pakistani Foreign Minister Bilawal Bhutto Zardari"), by the
    # shorter forms later sentences use ("Bhutto Zardari"), known to the knowledge or not.
    people: dict[str, Actor] = field(default_factory=dict)
    people_names: re.Pattern | None = None


# "India's Border Security Force (BSF)", "Border Guard Bangladesh (BGB)": a body's name, then its
# short form in brackets.
_SHORT_FORM = re.compile(r"\(([A-Z]{2,6})\)")
_BODY_NAME = re.compile(r"(?:(?:[A-Z][\w.-]*(?:['’]s)?|of|for|and|the)\s+)+$")


def short_forms(knowledge: Knowledge, text: str) -> dict[str, str]:
    """The short forms the text gives the bodies of one state ("India's Border Security Force
    (BSF)"): each stands for that state wherever the text uses it ("killed in BSF firing")."""
    found = {}
    for short in _SHORT_FORM.finditer(text):
        name = _BODY_NAME.search(text, max(0, short.start() - 80), short.start())
        if name is None or knowledge.find(short.group(1)):
            continue  # no name before it, or one the knowledge holds ("(EU)", "(UAE)")
        states = {m.targets[0] for m in knowledge.find(name.group()) if m.kind in (STATE, WEAK_STATE)}
        if len(states) == 1:
            found.setdefault(short.group(1), states.pop())
    return found


def short_form_actors(sentence: str, forms: dict[str, str], named: list[Actor]) -> list[Actor]:
    """The sentence's actors with a state for each short form it uses outside its own brackets."""
    extra = [
        Actor(m.start(), m.end(), short, country)
        for short, country in forms.items()
        for m in re.finditer(rf"(?<![(\w]){short}\b", sentence)
        if not any(a.start < m.end() and m.start() < a.end for a in named)
    ]
    return sorted(named + extra, key=lambda a: a.start) if extra else named


def one_reading_of_shared_names(named: list[list[Actor]], knowledge: Knowledge) -> list[list[Actor]]:
    """Each sentence's actors with a name two states share ("Congo") read as the one of them the
    article names otherwise ("Congo's President Felix Tshisekedi ... Kinshasa": the Democratic
    Republic), when it names only one of them so."""
    shared = knowledge.shared_names
    plainly = {a.country for actors in named for a in actors if a.text not in shared}

    def read(actor: Actor) -> Actor:
        options = shared.get(actor.text, frozenset()) & plainly
        return replace(actor, country=next(iter(options))) if len(options) == 1 else actor

    return [[read(a) for a in actors] for actors in named]


def find_actors(
    knowledge: Knowledge, sentence: str, day: date | None, until: date | None = None
) -> list[Actor]:
    """States named in `sentence`, and people holding an office on `day` (or up to `until`), in text order."""
    actors = []
    for match in knowledge.find(sentence):
        if match.kind in (BLOC, NOT_STATE):
            continue
        if match.kind == PERSON:
            actor = _person_actor(match, day, _titled(sentence, match.start), until)
        elif match.kind == WEAK_STATE and _looks_like_surname(sentence, match.start, match.end):
            actor = None
        else:
            office = _OFFICE.match(sentence, match.end)
            kind = "office" if office else "state"
            actor = Actor(
                match.start,
                match.end,
                match.text,
                match.targets[0],
                kind,
                office=office.group(1) if office else "",
            )
        if actor and not (
            match.kind in (STATE, WEAK_STATE)
            and (
                _MEDIA.match(sentence, match.end)
                or _NOT_THE_STATE.match(sentence, match.end)
                or _ETHNIC.search(sentence, max(0, match.start - 12), match.start)
                or (match.text in cities()[0] and _NAMED_FOR_THE_PLACE.match(sentence, match.end))
            )
        ):
            actors.append(actor)
    actors += _combining_forms(sentence, actors)
    actors.sort(key=lambda a: a.start)
    return _merge_titles(_name_unknown_office_holders(actors, sentence), sentence)


# A state's combining form, joined to another state's name: "Indo-Pakistani", "Franco-German",
# "Russo-Ukrainian" (alone, "Indo-Pacific" or "Franco" name no state).
_COMBINING = {"Indo": "IN", "Franco": "FR", "Russo": "RU", "Anglo": "GB", "Italo": "IT", "Turco": "TR"}
_COMBINING_FORM = re.compile(r"\b(" + "|".join(_COMBINING) + r")-(?=[A-Z])")


def _combining_forms(sentence: str, actors: list[Actor]) -> list[Actor]:
    """'Indo-Pakistani troops', 'the Franco-German council': the first state of the pair."""
    found = []
    for match in _COMBINING_FORM.finditer(sentence):
        if any(a.start == match.end() for a in actors):
            found.append(Actor(match.start(), match.end() - 1, match.group(1), _COMBINING[match.group(1)]))
    return found


# A name after a state's office: "Ghanaian President Nana Akufo-Addo", "Kenya's president, William Ruto".
_NAME_AFTER_OFFICE = re.compile(
    r",?\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]+|al-\w+|bin|de|da|van|von)){1,3})"
)
# Capitalised words that begin no name of a person or a place.
NOT_NAMES = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
     "The", "This", "That", "A", "An", "His", "Her", "Their", "Its"]
)  # fmt: skip


def _name_unknown_office_holders(actors: list[Actor], sentence: str) -> list[Actor]:
    """'Ghanaian President Nana Akufo-Addo' is Ghana's president in this article even when the
    knowledge does not hold him: the office joins the name that follows it."""
    named = []
    for index, actor in enumerate(actors):
        following = actors[index + 1].start if index + 1 < len(actors) else len(sentence)
        office = _OFFICE.match(sentence, actor.end) if actor.kind == "office" else None
        name = _NAME_AFTER_OFFICE.match(sentence, office.end()) if office else None
        if name and name.end() <= following and name["name"].split()[0] not in NOT_NAMES:
            person = name["name"]
            if person.endswith(".") and len(person.rsplit(" ", 1)[-1]) > 3:
                person = person[:-1]  # the sentence's stop, not an initial ("S.") or "Jr."
            while " " in person and person.rsplit(" ", 1)[-1].rstrip(".") in NOT_NAMES:
                person = person.rsplit(" ", 1)[0]  # "Akufo-Addo Friday said": the day is no name
            end = name.start("name") + len(person)
            office = actor.office
            if _FORMER_BEFORE.search(sentence, max(0, actor.start - 12), actor.start):
                office = f"former {office}"  # "former Ivorian President X" holds no office now
            actor = Actor(actor.start, end, sentence[actor.start : end], actor.country, "person", person,
                          office, person, known=False)  # fmt: skip
        named.append(actor)
    return named


_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|late|then-?|outgoing|ousted|deposed)\s*$", re.IGNORECASE)
# Offices that say how a person stands to another, or that they no longer hold one: no term to add.
_NO_TERM = re.compile(r"counterpart|spokes|former|then-", re.IGNORECASE)


def holds_office(actor: Actor) -> bool:
    """Whether the office the text gives a person is one they hold ("President", not "former
    president" nor "counterpart")."""
    return bool(actor.office) and not _NO_TERM.search(actor.office)


def _person_actor(match, day: date | None, titled: bool = False, until: date | None = None) -> Actor | None:
    """The person's state on `day`; nobody when no term covers it or namesakes disagree. A title
    the text gives ("President Bush", "Prime Minister X") says the person holds an office then, even
    when the date is unknown or wrong: the state of the person's terms, if they all held one."""
    holders = [(person, person.term_on(day, until)) for person in match.targets]
    holders = [(person, term) for person, term in holders if term]
    if not holders and titled:
        holders = [(person, person.terms[-1]) for person in match.targets if person.terms]
        holders = [(person, term) for person, term in holders if len({t.country for t in person.terms}) == 1]
    if len({term.country for _, term in holders}) != 1:
        return None
    person, term = holders[0]
    return Actor(
        match.start, match.end, match.text, term.country, "person", person.name, term.office, match.text
    )


_TITLE_BEFORE = re.compile(
    r"\b(?P<office>President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown\s+Prince"
    r"|Foreign\s+Minister|Defen[cs]e\s+Minister|Foreign\s+Secretary|Defen[cs]e\s+Secretary|Secretary\s+of\s+State"
    r"|Chief\s+Adviser)"
    r"\s+(?:[A-Z][\w.'’-]*\s+){0,2}$"
)
_NOT_IN_OFFICE = re.compile(r"(?i:\b(?:former|ex|late|then|outgoing|ousted|deposed)\b)")


def people_in_office(knowledge: Knowledge, text: str) -> list[InOffice]:
    """People the text names by an office title ("President Prabowo Subianto", not "former
    President"), each with their terms: the text was written while one of them ran."""
    found = {}
    for match in knowledge.find(text):
        title = _title_before(text, match.start)
        if match.kind == PERSON and len(match.targets) == 1 and title:
            person = match.targets[0]
            named = _OFFICE_NAMES.get(title.group("office").split()[0].lower(), ())
            terms = [t for t in person.terms if any(n in t.office for n in named)] or person.terms
            found.setdefault(person.name, InOffice(person.name, tuple((t.start, t.end) for t in terms)))
    return [person for person in found.values() if person.terms]


# The office a title names, as the knowledge's terms spell it ("President Maia Sandu" is the
# president, not the prime minister she was before).
_OFFICE_NAMES = {"president": ("president",), "prime": ("prime minister", "premier"),
                 "premier": ("premier", "prime minister"), "chancellor": ("chancellor",), "king": ("king",),
                 "queen": ("queen",), "emir": ("emir",), "sultan": ("sultan",), "crown": ("crown prince",),
                 "foreign": ("foreign",), "defence": ("defen",), "defense": ("defen",),
                 "secretary": ("secretary of state",)}  # fmt: skip


def _titled(sentence: str, start: int) -> bool:
    """'President Bush', 'Russian President Boris Yeltsin': an office title right before the name,
    not one held before ("former President")."""
    return _title_before(sentence, start) is not None


def _title_before(sentence: str, start: int) -> re.Match | None:
    title = _TITLE_BEFORE.search(sentence, max(0, start - 60), start)
    if title and not _NOT_IN_OFFICE.search(sentence, max(0, title.start() - 25), title.start() + 1):
        return title
    return None


def _looks_like_surname(sentence: str, start: int, end: int) -> bool:
    """'Michael Jordan', 'Chad Smith', 'Atlanta, Georgia': a weak name inside a personal or US name."""
    before = sentence[:start].rstrip()
    previous = before.rsplit(None, 1)[-1] if before else ""
    if previous.endswith(",") and previous[:1].isupper():
        return True
    if previous[:1].isupper() and previous not in _BEFORE_WEAK_OK and before[-1:].isalpha():
        return True
    following = sentence[end:].lstrip()
    return bool(
        following[:1].isupper()
        and not sentence[end:].startswith(("'", "’"))
        and sentence[end : end + 1] == " "
    )


def _merge_titles(actors: list[Actor], sentence: str) -> list[Actor]:
    """'Israeli Prime Minister Benjamin Netanyahu' is one actor: a demonym joined to its office holder."""
    merged: list[Actor] = []
    for actor in actors:
        if merged:
            previous = merged[-1]
            gap = sentence[previous.end : actor.start]
            if (
                previous.country == actor.country
                and len(gap) <= 40
                and _is_title(gap)
                and (previous.kind == "person") != (actor.kind == "person")
            ):
                person = actor if actor.kind == "person" else previous
                span = sentence[previous.start : actor.end]
                merged[-1] = Actor(
                    previous.start,
                    actor.end,
                    span,
                    actor.country,
                    "person",
                    person.person,
                    person.office,
                    person.label,
                )
                continue
        merged.append(actor)
    return merged


_TITLE_WORDS = re.compile(r"^(?:[\s,'’s]|[A-Z][\w.-]*|of|the|and|for|affairs)*$")


def _is_title(gap: str) -> bool:
    """Only capitalised title words ("Prime Minister", "Foreign Minister Sergey") between two names."""
    return bool(_TITLE_WORDS.match(gap))


def resolve_references(sentence: str, actors: list[Actor], context: Context) -> list[Actor]:
    """Add the actors that pronouns and two-sided phrases refer to, then update the context."""
    found = list(actors)
    lowered = lower_keeping_offsets(sentence)
    if any(word in lowered for word in _GROUP_WORDS):
        for match in _group_matches(lowered):
            leaders = context.last_leaders if _LEADERS.search(match.group()) else ()
            holders = _holders_of_office(match.group(), context)
            for code in _joined_before(sentence, actors, match.start()) or leaders or holders or context.pair:
                found.append(
                    Actor(match.start(), match.end(), sentence[match.start() : match.end()], code, "group")
                )
    pronoun = _PRONOUN.match(sentence) or _PRONOUN_AFTER_LEAD_IN.match(sentence)
    if pronoun and context.last_person_country:
        start, end = pronoun.span("who")
        last = context.last_person
        found.append(
            Actor(start, end, pronoun.group("who"), context.last_person_country, "pronoun",
                  person=last.person if last else "", office=last.office if last else "",
                  label=last.label if last else "")
        )  # fmt: skip
    found += _object_pronouns(sentence, found, context)
    found += _honoured_again(sentence, found, context)
    at_home = _titled_at_home(sentence, found, context.home)
    found += at_home
    found += _named_again(sentence, found, context)
    found += _the_other_side(sentence, found, context)
    found += _shared_by_the_pair(sentence, found, context)
    ministry = _MINISTRY.search(sentence) if "ministr" in lowered else None
    if ministry and context.last_ministry_country and not _named_before(actors, ministry.start()):
        found.append(Actor(ministry.start(), ministry.end(), ministry.group(), context.last_ministry_country,
                           "pronoun"))  # fmt: skip
    delegation = _THE_DELEGATION.search(sentence) if "delegation" in lowered else None
    if delegation and context.last_delegation_country and not _named_before(actors, delegation.start()):
        found.append(Actor(delegation.start(), delegation.end(), delegation.group(),
                           context.last_delegation_country, "pronoun"))  # fmt: skip
    found += _craft_named_again(sentence, found, context)
    found += _the_country(sentence, found, context)
    found.sort(key=lambda a: a.start)
    _remember(sentence, actors + at_home, context, ministry if "ministr" in lowered else None)
    return found


# "His Highness the President had sent a cable": agency copy names its subject again by honorific
_HONORIFIC = re.compile(
    r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty)"
    r"(?:\s+the\s+(?:President|King|Queen|Emir|Sultan|Crown\s+Prince|Prime\s+Minister))?(?!\s+[A-Z])"
)


def _honoured_again(sentence: str, actors: list[Actor], context: Context) -> list[Actor]:
    """The person an honorific without a name stands for: the one named last ("President His Highness
    Sheikh Mohamed bin Zayed ... On Tuesday, His Highness the President had sent a cable")."""
    last = context.last_person
    if last is None or ("Highness" not in sentence and "Majesty" not in sentence):
        return []
    return [
        Actor(*match.span(), match.group(), last.country, "pronoun", last.person, last.office, last.label)
        for match in _HONORIFIC.finditer(sentence)
        if not any(a.start < match.end() and match.start() < a.end for a in actors)
    ]


# "arrived in the country", "his first visit to the country": the place the text named last
_THE_COUNTRY = re.compile(r"\b(?:in|to|into)\s+(the\s+country)\b(?!['’])")
_PLACE_BEFORE = re.compile(r"\b(?:in|to|into|at)\s+$")


def _the_country(sentence: str, actors: list[Actor], context: Context) -> list[Actor]:
    """The place "the country" stands for: the one a sentence named last after "in" or "to" ("Chapo
    lands in Lilongwe ... arrived in the country yesterday")."""
    country = _THE_COUNTRY.search(sentence) if "the country" in sentence else None
    if country is None or not context.last_place:
        return []
    return [Actor(*country.span(1), country.group(1), context.last_place, "place")]


_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|me|us)\b")
_SINGULAR = frozenset({"i", "my", "me"})
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")


def first_person(sentence: str, actors: list[Actor], voice: Actor | None = None) -> list[Actor]:
    """Who "I", "we" and "our" are: inside quotation marks, the person the sentence names outside
    them ("'We signed it in 2019,' Battsetseg said"); outside them, `voice`, the one whose words the
    text gives unquoted (the answers of an interview)."""
    if not _FIRST_PERSON.search(sentence):
        return []
    quotes = [match.span() for match in _QUOTED.finditer(sentence)]
    speaker = next(
        (a for a in actors if a.kind == "person" and not any(x <= a.start < y for x, y in quotes)), None
    )
    found = []
    for match in _FIRST_PERSON.finditer(sentence):
        who = speaker if any(x <= match.start() < y for x, y in quotes) else voice
        if who is None or any(a.start <= match.start() < a.end for a in actors):
            continue
        one = match.group().lower() in _SINGULAR
        found.append(Actor(match.start(), match.end(), match.group(), who.country, "pronoun",
                           person=who.person if one else "", office=who.office if one else "",
                           label=who.label if one else ""))  # fmt: skip
    return found


def _object_pronouns(sentence: str, actors: list[Actor], context: Context) -> list[Actor]:
    """'Museveni received him on Tuesday', 'he had invited her to Bujumbura': the last person named
    of a state other than those the sentence names before the pronoun (who acts on them)."""
    if not context.people_seen or ("him" not in sentence and "her" not in sentence):
        return []
    found = []
    for match in _OBJECT_PRONOUN.finditer(sentence):
        before = {a.country for a in actors if a.end <= match.start()}
        other = next((p for p in reversed(context.people_seen) if p.country not in before), None)
        if before and other is not None:
            found.append(Actor(match.start(), match.end(), match.group(), other.country, "pronoun",
                               person=other.person, office=other.office, label=other.label))  # fmt: skip
    return found


def _joined_before(sentence: str, actors: list[Actor], position: int) -> tuple[str, ...]:
    """'Ghanaian and Togolese soldiers began patrols a month after the two governments agreed': two
    states the sentence joins before "the two", rather than the story's pair."""
    before = [a for a in actors if a.end <= position]
    for first, second in itertools.pairwise(before):
        if first.country != second.country and _AND.fullmatch(sentence, first.end, second.start):
            return first.country, second.country
    return ()


# An office and a name with no state before them: "Foreign Minister Mihai Popescu said".
_HOME_TITLE = re.compile(
    r"\b(?P<office>(?:Foreign|Defen[cs]e|Interior|Trade|Finance|Prime) Minister|President"
    r"|Foreign Secretary)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)


def _titled_at_home(sentence: str, actors: list[Actor], home: str) -> list[Actor]:
    """'CHISINAU, July 10 - ... Foreign Minister Mihai Popescu said': a wire report names its own
    state's officials by their title alone. Only a name at sentence or clause start ("He met
    Foreign Minister X" may be anyone's) that the knowledge does not hold."""
    if not home:
        return []
    found = []
    for match in _HOME_TITLE.finditer(sentence):
        if match.start() and sentence[: match.start()].rstrip()[-1:] not in ',;"“(-—–':
            continue
        if any(a.start < match.end() and match.start() < a.end for a in actors):
            continue
        person = match["name"]
        found.append(Actor(match.start(), match.end(), match.group(), home, "person", person,
                           match["office"], person, known=False))  # fmt: skip
    return found


_HOST_OR_GUEST = re.compile(
    r"\b(?:(?:his|her|their)\s+(?:host|hosts|guest|guests|visitor|visitors)|(?<=returned )the\s+visit"
    # "Ruto had been due to visit in March": a visit to no place named is to the story's other side
    r"|(?<=to )visit(?=\s+(?:in|on|next|this|last|early|late)\b|[,.])"
    # "Nigeria recalled its high commissioner": from the story's other side, when no place is named
    r"|(?<=recalled )its\s+(?:top\s+)?(?:ambassador|high\s+commissioner|envoy)(?!\s+(?:from|to|in)\b))\b",
    re.IGNORECASE,
)


def _the_other_side(sentence: str, actors: list[Actor], context: Context) -> list[Actor]:
    """'Chakwera invited his host to visit Lilongwe', 'Isaias returned the visit': of the story's
    pair, the side that is not the one named before the phrase."""
    if len(context.pair) != 2:
        return []
    found = []
    for match in _HOST_OR_GUEST.finditer(sentence):
        before = [a.country for a in actors if a.end <= match.start() and a.country in context.pair]
        if before:
            other = next(code for code in context.pair if code != before[-1])
            found.append(Actor(match.start(), match.end(), match.group(), other, "pronoun"))
    return found


# What the story's two states share: "shut the border", "severed relations", "ties were restored",
# "the last deadly clash", "ambassadors were exchanged", "took the case to the ICJ".
_SHARED = re.compile(
    r"\bthe\s+(?:shared\s+|common\s+|land\s+)?(?:border\s+crossing|border|frontier|crossing)\b(?!\s+(?:with|between))"
    r"|\bthe\s+(?:[\w-]+\s+){0,5}?(?:treaty|peace\s+(?:deal|accord|agreement))\b(?!\s+(?:with|between))"
    r"|\ba\s+similar\s+(?:ban|embargo|measure|restriction|step)\b"  # "Windhoek imposed a similar ban"
    r"|\b(?:clash(?:es)?|skirmish(?:es)?|firefights?|exchanges?\s+of\s+fire)\b(?!\s+(?:with|between|among)\b)"
    r"|\bambassadors\s+were\s+(?:again\s+)?exchanged\b"
    r"|\bthe\s+(?:border\s+|territorial\s+|maritime\s+)?(?:case|dispute|quarrel)\b(?!\s+(?:with|between)\b)"
    r"|(?<!['’]s\s)(?<!public\s)(?<!foreign\s)(?<!international\s)\b(?:diplomatic\s+)?(?:ties|relations)\b"
    r"(?!\s+(?:with|between|to|among|of)\b)",
    re.I,
)


# Before a name that is only where something happens: "... defend its rights in The Hague".
_IN_A_PLACE = re.compile(r"\b(?:in|at)\s+$")
# What one side of the story did, as the other answers it ("Pretoria protested the ban"), or the
# answer itself ("Santiago replied within hours that ...").
_THE_OTHERS_ACT = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:ban|move|decision|closure|measures?|expulsions?"
    r"|remarks|comments|accusations?|claims?|allegations?|protest|step|summons|demand|appeal|request|proposal"
    r"|offer)\b(?!\s+(?:of|by|from|to)\b)"
    r"|\b(?:replied|retorted)\b(?!\s+(?:to|at)\b)",
    re.I,
)


def _shared_by_the_pair(sentence: str, actors: list[Actor], context: Context) -> list[Actor]:
    """'Niger shut the border in August', 'Bolivia severed relations again in 1978', 'ties were
    restored in 1988', 'the last clash killed four Armenian soldiers', in a story of two states:
    the border, the ties or the clash are the ones the story's two states share, so the side not
    named is named too; and what one side did is the other's to answer ("Pretoria protested the
    ban")."""
    # "dismissed the move and said La Paz would defend its rights in The Hague": a venue is no side
    named = {a.country for a in actors if not (a.start and _IN_A_PLACE.search(sentence, 0, a.start))}
    if len(context.pair) != 2 or len(named) > 1 or not named <= set(context.pair):
        return []
    shared = _SHARED.search(sentence)
    if shared is None and len(named) == 1:  # "Pretoria protested the ban": the other side's act
        named_end = min(a.end for a in actors)
        shared = _THE_OTHERS_ACT.search(sentence, named_end)
    if shared is None:
        return []
    return [
        Actor(shared.start(), shared.end(), shared.group(), code, "pronoun")
        for code in context.pair
        if code not in named
    ]


# "the two prime ministers", "both foreign ministers": the office the two hold
_OFFICE_OF_THE_TWO = re.compile(r"\b(?:two|both)\s+((?:[a-z]+\s+)?(?:minister|president|premier))s\b")


def _holders_of_office(words: str, context: "Context") -> tuple[str, ...]:
    """The states of the last two people of different states named in the article who hold the
    office the phrase names ("the two prime ministers last met in September": Oli's and Modi's)."""
    office = _OFFICE_OF_THE_TWO.search(words)
    if office is None:
        return ()
    held = [a.country for a in context.people.values() if a.office.lower().endswith(office.group(1))]
    last_two = list(dict.fromkeys(reversed(held)))[:2]
    return tuple(last_two) if len(last_two) == 2 else ()


def _group_matches(lowered: str) -> list[re.Match]:
    """_GROUP.finditer(lowered), tried only where "th" or "bo" begins (every match begins "the", "that",
    "this", "they" or "both"): the full pattern at every position costs several times more."""
    found = []
    end = 0
    for candidate in _GROUP_START.finditer(lowered):
        if candidate.start() < end:
            continue
        match = _GROUP.match(lowered, candidate.start())
        if match:
            found.append(match)
            end = match.end()
    return found


def _craft_named_again(sentence: str, actors: list[Actor], context: Context) -> list[Actor]:
    """'A Myanmar military helicopter crossed into Bangladesh ... The helicopter flew two kilometres
    into Bangladeshi territory': the state of the craft of that kind named last."""
    if not context.craft:
        return []
    found = []
    for match in _THE_CRAFT.finditer(sentence):
        country = context.craft.get(match.group(1).lower())
        if country and not any(match.start() <= a.start < match.end() for a in actors):
            found.append(Actor(match.start(), match.end(), match.group(), country, "pronoun"))
    return found


def names_craft(actor: Actor) -> bool:
    """Whether the actor is a craft named again ("the drone"): its noun names a side, no event."""
    return actor.kind == "pronoun" and bool(_THE_CRAFT.fullmatch(actor.text))


def _named_before(actors: list[Actor], position: int) -> bool:
    return any(0 <= position - a.end <= 3 for a in actors)


def _named_again(sentence: str, actors: list[Actor], context: Context) -> list[Actor]:
    """People the article named earlier in full, named again by part of their name."""
    if context.people_names is None:
        return []
    again = []
    for match in context.people_names.finditer(sentence):
        if not any(a.start < match.end() and match.start() < a.end for a in actors):
            first = context.people[match.group()]
            again.append(replace(first, start=match.start(), end=match.end(), text=match.group()))
    return again


def _name_forms(name: str, country: str = "") -> list[str]:
    """'Bilawal Bhutto Zardari', 'Bhutto Zardari', 'Zardari': how an article names a person again;
    and of three names or more, a long first one ('Samia' of 'Samia Suluhu Hassan'); where the
    family name comes first, that one ('Wang' of 'Wang Yi', 'Lee' of 'Lee Jae-myung'); where a person
    is called by their own name, not a family one, that one ('Anwar' of 'Anwar Ibrahim', 'Abiy' of
    'Abiy Ahmed')."""
    words = name.split()
    forms = [" ".join(words[i:]) for i in range(len(words)) if i == 0 or len(" ".join(words[i:])) >= 3]
    if len(words) >= 3 and len(words[0]) >= 5 and words[0].isalpha():
        forms.append(words[0])
    if country in _FIRST_NAME_USED and len(words) in (2, 3) and words[0].isalpha():
        forms.append(words[0])
    return forms


# Family name first (China, Korea, Vietnam), or no family name in use (Malaysia, Indonesia, Thailand,
# Myanmar, Brunei, Ethiopia, Eritrea, Iceland): the first word is how the article names the person.
_FIRST_NAME_USED = frozenset(
    {"CN", "TW", "HK", "KR", "KP", "VN", "MY", "ID", "TH", "MM", "BN", "ET", "ER", "IS"}
)


# "Pushpa Kamal Dahal, better known as Prachanda": the name the article goes on to use.
_KNOWN_AS = re.compile(
    r",?\s+\(?(?:(?:better|also|popularly|widely)\s+)?(?:known\s+as|nicknamed)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


def _remember(sentence: str, actors: list[Actor], context: Context, ministry: re.Match | None) -> None:
    new = [a for a in actors if a.kind == "person" and a.person and a.person not in context.people]
    for actor in new:
        for form in _name_forms(actor.person, actor.country):
            context.people.setdefault(form, actor)
        known_as = _KNOWN_AS.match(sentence, actor.end)
        alias = known_as.group("name") if known_as else actor.text if actor.person not in actor.text else ""
        if alias:  # "Dahal, better known as Prachanda", or named first as "Prachanda"
            context.people.setdefault(alias, actor)
    if new:
        forms = sorted(context.people, key=len, reverse=True)
        context.people_names = re.compile(
            r"(?<![\w'’-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w'’-])"
        )
    people = [a for a in actors if a.kind in ("person", "office")]
    if people:
        context.last_person_country = people[0].country
        context.last_person = people[0]
        context.people_seen = (context.people_seen + people)[-8:]
    leaders = tuple(dict.fromkeys(a.country for a in people))
    context.last_leaders = leaders if len(leaders) == 2 else ()
    ministry = ministry or (_MINISTRY_WORD.search(sentence) if "Ministry" in sentence else None)
    if ministry:
        before = [a for a in actors if a.end <= ministry.start()]
        if before:
            context.last_ministry_country = before[-1].country
    for named in _DELEGATION_OF.finditer(sentence) if "delegation" in sentence else ():
        start, end = named.span()
        beside = [a for a in actors if a.start <= start + 1 and start - a.end <= 3 or 0 <= a.start - end <= 4]
        if beside:
            context.last_delegation_country = beside[0].country
    places = [
        a
        for a in actors
        if a.kind in ("state", "place") and _PLACE_BEFORE.search(sentence, max(0, a.start - 8), a.start)
    ]
    if places:
        context.last_place = places[-1].country
    for actor in actors:
        if actor.kind in ("state", "office") and (craft := _CRAFT_AFTER_STATE.match(sentence, actor.end)):
            context.craft[craft.group(1).lower()] = actor.country
    codes = list(dict.fromkeys(a.country for a in actors))
    if len(codes) == 2 and not context.pair:
        context.pair = tuple(codes)
