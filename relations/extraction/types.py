"""The event types and their codings, in one registry: every table of types is derived from it.

A type is what an editor sees (visit, meeting, …); its PLOVER event and mode and its CAMEO root
code say what it is in the codings analysts compare with; the QuadClass puts it on the
cooperation–conflict scale; the family tells which types articles use for one interaction (a
visit and the talks held on it); the title verbs write "Putin meets Netanyahu". Adding a type is
one entry here (and a test); the trigger words that give it live in `lexicon`.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class QuadClass:
    """CAMEO's QuadClass: verbal or material, cooperation or conflict."""

    value: int
    label: str
    tone: str  # cooperation | conflict | "" (unclassified)


QUAD_CLASSES = (
    QuadClass(0, "unknown", ""),
    QuadClass(1, "verbal cooperation", "cooperation"),
    QuadClass(2, "material cooperation", "cooperation"),
    QuadClass(3, "verbal conflict", "conflict"),
    QuadClass(4, "material conflict", "conflict"),
)
TONES = ("cooperation", "conflict")


def tone(quad_class: int) -> str:
    """cooperation, conflict, or "" when the class is unknown."""
    return next((q.tone for q in QUAD_CLASSES if q.value == quad_class), "")


MATERIAL_CONFLICT = 4  # force, sanctions, arrests: kept apart from words and cooperation


def quad_classes_of(tone_name: str) -> list[int]:
    """The QuadClass values of a tone: [1, 2] for cooperation."""
    return [q.value for q in QUAD_CLASSES if q.tone == tone_name]


@dataclass(frozen=True)
class EventType:
    name: str
    label: str
    plover: str  # PLOVER event ("" when PLOVER has none of its own: a statement is CAMEO 01)
    mode: str  # PLOVER mode: CONSULT's visit, meet, phone
    cameo_root: str
    quad_class: int
    title_verbs: tuple[str, str]  # (done, planned): "meets", "to meet"; none: "X and Y: ceremony"
    specificity: int
    contact: bool = False  # the sides met or spoke: visits, meetings, calls
    diplomatic: bool = False  # a state named after "on"/"about" is its topic, not a side
    family: str = ""  # types one interaction is told as; "" is a family of its own
    placed: bool = False  # it happens somewhere the sides meet: its title names the venue


# In the order editors and readers see them. `specificity`: when reports of one event disagree on
# its type, the lowest wins (a call told also as talks is a call).
EVENT_TYPES = (
    EventType("visit", "visit", "CONSULT", "visit", "04", 1, ("visits", "to visit"), 3,
              contact=True, diplomatic=True, family="encounter", placed=True),
    EventType("meeting", "meeting", "CONSULT", "meet", "04", 1, ("meets", "to meet"), 2,
              contact=True, diplomatic=True, family="encounter", placed=True),
    EventType("phone_call", "phone call", "CONSULT", "phone", "04", 1,
              ("speaks by phone with", "to speak by phone with"), 1, contact=True, diplomatic=True),
    EventType("agreement", "agreement", "AGREE", "", "03", 1,
              ("reaches agreement with", "to reach agreement with"), 6, diplomatic=True),
    EventType("statement", "statement", "", "", "01", 1, ("addresses", "to address"), 10),
    EventType("military_incident", "military incident", "ASSAULT", "", "19", 4,
              ("", ""), 4),
    EventType("sanctions", "sanctions", "SANCTION", "", "16", 4,
              ("takes measures against", "to take measures against"), 5),
    EventType("ceremony", "ceremony", "COOPERATE", "", "05", 1,
              ("", ""), 8, diplomatic=True, family="encounter"),
    EventType("invitation", "invitation", "CONSULT", "invite", "03", 1, ("invites", "to invite"), 7,
              diplomatic=True, family="encounter"),
    EventType("trade", "trade", "COOPERATE", "economic", "06", 2, ("trades with", "to trade with"), 9,
              diplomatic=True),
    EventType("other", "other", "", "", "", 0, ("and", "and"), 11),
)  # fmt: skip
TYPES = {t.name: t for t in EVENT_TYPES}
CONTACT = frozenset(t.name for t in EVENT_TYPES if t.contact)
DIPLOMATIC = frozenset(t.name for t in EVENT_TYPES if t.diplomatic)
PLACED = frozenset(t.name for t in EVENT_TYPES if t.placed)
FORCE = frozenset(t.name for t in EVENT_TYPES if t.quad_class == MATERIAL_CONFLICT)
# A diplomatic measure, by type and PLOVER event: expelling, summoning, recalling, cutting ties, closing
# a border (CAMEO 16).
DIPLOMATIC_MEASURE = ("other", "SANCTION")


def is_measure(event) -> bool:
    """Whether a trigger or a mention (anything with a type and a PLOVER event) is such a measure."""
    return (event.type, event.plover) == DIPLOMATIC_MEASURE


def which_measure(event) -> tuple[str, ...]:
    """Which measure a trigger or mention tells, by its title's verbs ("summons the envoy of"), or ()
    for none: two measures of one state are two events."""
    return event.title_verbs if is_measure(event) else ()


@dataclass(frozen=True)
class PloverEvent:
    """A PLOVER event a trigger may give more precisely than its type ("expelled": SANCTION)."""

    name: str
    cameo_root: str
    quad_class: int
    title_verbs: tuple[str, str] = ()  # for an event of type "other": "sends aid to"


PLOVER_EVENTS = {
    e.name: e
    for e in (
        PloverEvent("AGREE", "03", 1), PloverEvent("CONSULT", "04", 1), PloverEvent("SUPPORT", "05", 1),
        PloverEvent("COOPERATE", "06", 2, ("cooperates with", "to cooperate with")),
        PloverEvent("AID", "07", 2, ("sends aid to", "to send aid to")),
        PloverEvent("CONCEDE", "08", 2), PloverEvent("RETREAT", "08", 2), PloverEvent("DEMAND", "10", 3),
        PloverEvent("DISAPPROVE", "11", 3), PloverEvent("REJECT", "12", 3), PloverEvent("THREATEN", "13", 3),
        PloverEvent("PROTEST", "14", 4), PloverEvent("MOBILIZE", "15", 4),
        PloverEvent("SANCTION", "16", 4, ("reduces relations with", "to reduce relations with")),
        PloverEvent("COERCE", "17", 4), PloverEvent("ASSAULT", "18", 4), PloverEvent("FIGHT", "19", 4),
    )
}  # fmt: skip


def quad_class(type_name: str, plover: str = "") -> int:
    """The QuadClass of an event: its PLOVER event's when the trigger gave one, else its type's."""
    event = PLOVER_EVENTS.get(plover)
    return event.quad_class if event else TYPES[type_name].quad_class


# What a statement does, by its PLOVER event: "Kenya warns Uganda", not "Kenya addresses Uganda".
STATEMENT_VERBS = {
    "DISAPPROVE": ("criticises", "to criticise"), "REJECT": ("rebuffs", "to rebuff"),
    "THREATEN": ("warns", "to warn"), "DEMAND": ("urges", "to urge"), "SUPPORT": ("praises", "to praise"),
    "PROTEST": ("protests to", "to protest to"),
}  # fmt: skip


def title_verb(type_name: str, plover: str, planned: bool) -> str:
    """The verb of a title: "meets", "to meet"; an "other" event by its PLOVER event ("sends aid to"),
    a statement by what it does ("warns")."""
    event = PLOVER_EVENTS.get(plover)
    verbs = event.title_verbs if type_name == "other" and event and event.title_verbs else None
    if type_name == "statement":
        verbs = STATEMENT_VERBS.get(plover)
    return (verbs or TYPES[type_name].title_verbs)[planned]


def family(type_name: str) -> str:
    """The types one interaction is told as share a family; the others are each their own."""
    known = TYPES.get(type_name)
    return known.family if known and known.family else type_name
