"""What one state did to another in a sentence: trigger words, the two sides, type and status.

A trigger (a verb or noun of interaction) gives the type; the sides are the states of the actors
around it, not every state the sentence names: states after "on", "about", "over" in a diplomatic
clause are topics ("agreed on the need to respect Syria's sovereignty"), and a place after "in" only
counts when the interaction would otherwise lack a side. Negated triggers are no event; future
markers in the trigger's clause make the event planned.
"""

import re
from dataclasses import dataclass, field

from .actors import Actor

TYPES = (
    "visit", "meeting", "phone_call", "agreement", "statement", "military_incident", "sanctions",
    "ceremony", "invitation", "trade", "other",
)  # fmt: skip


@dataclass(frozen=True)
class Code:
    """How a type is coded in PLOVER (event, mode) and CAMEO (root code, QuadClass)."""

    plover: str
    mode: str
    cameo_root: str
    quad_class: int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict


# Our types in the PLOVER and CAMEO codings. PLOVER's CONSULT covers visits, meetings and calls
# (modes); a statement has no PLOVER event of its own (CAMEO 01 "make public statement").
TYPE_CODES = {
    "visit": Code("CONSULT", "visit", "04", 1),
    "meeting": Code("CONSULT", "meet", "04", 1),
    "phone_call": Code("CONSULT", "phone", "04", 1),
    "agreement": Code("AGREE", "", "03", 1),
    "statement": Code("", "", "01", 1),
    "military_incident": Code("ASSAULT", "", "19", 4),
    "sanctions": Code("SANCTION", "", "16", 4),
    "ceremony": Code("COOPERATE", "", "05", 1),
    "invitation": Code("CONSULT", "invite", "03", 1),
    "trade": Code("COOPERATE", "economic", "06", 2),
    "other": Code("", "", "", 0),
}

# PLOVER events and their CAMEO roots and QuadClass, for triggers more specific than their type.
PLOVER_CODES = {
    "AGREE": ("03", 1), "CONSULT": ("04", 1), "SUPPORT": ("05", 1), "COOPERATE": ("06", 2),
    "AID": ("07", 2), "CONCEDE": ("08", 2), "RETREAT": ("08", 2), "DEMAND": ("10", 3),
    "DISAPPROVE": ("11", 3), "REJECT": ("12", 3), "THREATEN": ("13", 3), "PROTEST": ("14", 4),
    "MOBILIZE": ("15", 4), "SANCTION": ("16", 4), "COERCE": ("17", 4), "ASSAULT": ("18", 4),
    "FIGHT": ("19", 4),
}  # fmt: skip


@dataclass(frozen=True)
class Trigger:
    type: str
    plover: str
    rank: int  # lower wins when a sentence has several triggers: specific before generic speech


# (pattern, type, PLOVER event, rank). Patterns are matched case-insensitively on word boundaries.
_LEXICON = [
    # calls
    (r"(?:tele)?phone (?:call|conversation|talks?)|phone(?:d)?|telephoned?|spoke by (?:tele)?phone"
     r"|(?:a|the|video) call with|video (?:call|conference|link)|spoke (?:to|with)|speaks (?:to|with)",
     "phone_call", "CONSULT", 1),
    # visits
    (r"(?:state |official |working )?visit(?:s|ed|ing)?|arriv(?:e|es|ed|ing) (?:in|at)|land(?:s|ed)? in"
     r"|(?:travel(?:l)?(?:s|ed|ing)?|flew|fly|flies|flying|head(?:s|ed|ing)?|went|jet(?:s|ted)?) to"
     r"|trip to|tour(?:ed)? of|toured|hosted|hosts|host", "visit", "CONSULT", 1),
    # meetings
    (r"met|meet(?:s|ing|ings)?|(?:held|hold|holds|holding) talks|talks|summit(?:s)?|negotiat(?:e|ed|es|ing|ions?)"
     r"|consultations?|discuss(?:ed|es|ing)?|confer(?:red)?|sat down|talked|received|mediat(?:e|ed|ion)",
     "meeting", "CONSULT", 2),
    # agreements and cooperation
    (r"agree(?:d|s|ment|ments)?|sign(?:s|ed|ing)?|deal|accords?|treaty|pact|memorandum|cease-?fire|truce"
     r"|reached (?:an? )?(?:understanding|consensus)|normali[sz](?:e|ed|ation)"
     r"|(?:restor|establish|resum)(?:e|ed|es|ing) (?:diplomatic |full )?(?:ties|relations)",
     "agreement", "AGREE", 1),
    (r"pledg(?:e|ed|es)|promis(?:e|ed|es)|offer(?:s|ed)?|will (?:support|help|provide|give|send)"
     r"|accept(?:s|ed)?|recogni[sz](?:e|ed|es)|cooperat(?:e|ed|ion)|ally|alliance", "agreement", "AGREE", 2),
    (r"aid|assistance|grant|loans?|donat(?:e|ed|ion|ions)|supplies|humanitarian", "other", "AID", 2),
    (r"withdr(?:aw|ew|awn|awal)|pull(?:ed|s)? out|releas(?:e|ed|es)|freed|pardon(?:ed|s)?"
     r"|extradit(?:e|ed|ion)|hand(?:ed)? over|evacuat(?:e|ed)", "other", "RETREAT", 2),
    # force
    (r"attack(?:s|ed|ing)?|(?:air ?)?strikes?|airstrikes?|struck|shot down|shoot down|downed|shell(?:s|ed|ing)"
     r"|bomb(?:s|ed|ing|ings)?|fir(?:ed|ing) (?:on|at)|clash(?:es|ed)?|kill(?:s|ed|ing)|invad(?:e|ed|es)"
     r"|invasion|fight(?:s|ing)?|fought|raid(?:s|ed)?|missiles?|rockets?|intercept(?:s|ed)?|incursions?"
     r"|hostilities|skirmish(?:es)?|offensive|assault(?:s|ed)?|ambush(?:ed)?|shot|incident|tussle"
     r"|standoff|stand-off|violat(?:e|ed|ion)s? (?:of )?(?:\w+ )?airspace", "military_incident", "FIGHT", 1),
    (r"deploy(?:s|ed|ment)?|mobili[sz](?:e|ed|ation)|troops|(?:military )?(?:exercises|drills|manoeuvres"
     r"|maneuvers)|warships?|massed|buildup|build-up", "military_incident", "MOBILIZE", 2),
    (r"seiz(?:e|ed|es|ure)|captur(?:e|ed)|occup(?:y|ied|ation)|arrest(?:s|ed)?|detain(?:s|ed)?"
     r"|blockade|annex(?:ed|ation)?", "military_incident", "COERCE", 2),
    # sanctions and reduced relations
    (r"sanction(?:s|ed)?|embargo(?:es|ed)?|boycott(?:s|ed)?|expel(?:s|led)?|expulsion|suspend(?:s|ed)?"
     r"|suspension|froze|freez(?:e|es|ing)|sever(?:s|ed)? (?:diplomatic )?(?:ties|relations)"
     r"|broke off|cut (?:off )?(?:ties|relations|aid)|recall(?:s|ed)? (?:its |their )?ambassador"
     r"|clos(?:e|ed|es) (?:its |the )?embassy|ban(?:s|ned)?|tariffs?|restrictions", "sanctions", "SANCTION", 1),
    # ceremonies, invitations, trade
    (r"ceremon(?:y|ies)|anniversary|commemorat(?:e|ed|ion|ions|ive)|celebrat(?:e|ed|ion|ions)|parade"
     r"|wreath|memorial", "ceremony", "COOPERATE", 1),
    (r"invit(?:e|ed|es|ation|ations)", "invitation", "CONSULT", 1),
    (r"trade|exports?|imports?|investments?|business forum|free trade", "trade", "COOPERATE", 3),
    # statements
    (r"demand(?:s|ed)?|urg(?:e|ed|es)|call(?:s|ed)? (?:on|for|upon)|appeal(?:s|ed)? to|insist(?:s|ed)?",
     "statement", "DEMAND", 2),
    (r"accus(?:e|ed|es|ing)|condemn(?:s|ed|ing|ation)?|critici[sz](?:e|ed|es|ing|m)|denounc(?:e|ed|es)"
     r"|blam(?:e|ed|es)|held \w+ responsible|complain(?:s|ed)?|deplor(?:e|ed|es)|slam(?:s|med)?"
     r"|lambast(?:s|ed)?|rebuk(?:e|ed)|censur(?:e|ed)|apologi[sz](?:e|ed|es)|apology|row",
     "statement", "DISAPPROVE", 2),
    (r"reject(?:s|ed|ion)?|refus(?:e|ed|es|al)|den(?:y|ied|ies)|dismiss(?:ed|es)?|veto(?:ed)?"
     r"|turn(?:s|ed)? down|rebuff(?:s|ed)?|ruled out", "statement", "REJECT", 2),
    (r"threat(?:s|en|ened|ens)?|warn(?:s|ed|ing|ings)?|ultimatum", "statement", "THREATEN", 2),
    (r"protest(?:s|ed)?|summon(?:s|ed)?|demonstrat(?:e|ed|ion|ions)", "statement", "PROTEST", 2),
    (r"prais(?:e|ed|es)|welcom(?:e|ed|es)|support(?:s|ed)?|back(?:s|ed)|congratulat(?:e|ed|es)|thank(?:s|ed)?"
     r"|hail(?:s|ed)?|endors(?:e|ed|es)|condolences", "statement", "SUPPORT", 2),
]  # fmt: skip

_TRIGGERS = re.compile(
    "|".join(rf"(?P<t{i}>\b(?:{pattern})\b)" for i, (pattern, *_rest) in enumerate(_LEXICON)), re.IGNORECASE
)
_TRIGGER_INFO = {f"t{i}": Trigger(kind, plover, rank) for i, (_p, kind, plover, rank) in enumerate(_LEXICON)}

_NEGATION = re.compile(
    r"\b(?:not|n't|never|no|without|cancel(?:s|ed|led)?|postpon(?:e|ed|es)|call(?:ed)? off|unlikely to"
    r"|refus(?:e|ed|es) to|declin(?:e|ed|es) to|if|unless|would have|could|might)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|'ll|shall|plans? to|planning to|planned|(?:is|are|was|were) (?:expected|due|set|scheduled"
    r"|slated|likely|going|about) to|expected to|scheduled|upcoming|forthcoming|next|intends? to|to be held"
    r"|agreed to hold|invitation to|invited \w+ to|(?:is|are) to|prepar(?:e|es|ed|ing|ations?) (?:for )?"
    r"|aims? to|hopes? to|proposed|to hold|to visit|to meet|soon|expect(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:]|, (?:which|who|while|but|as|after|before|since|when)\b|\b(?:said|says) (?:that )?")
_TOPIC_BEFORE = re.compile(r"\b(?:on|about|over|regarding|concerning|of|for)\s+(?:the\s+)?(?:\w+\s+){0,3}$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|within)\s+(?:the\s+)?(?:\w+\s+){0,2}$")
_DIPLOMATIC = frozenset({"visit", "meeting", "phone_call", "agreement", "ceremony", "invitation", "trade"})
_LOCATION = re.compile(
    r"\b(?:in|to) (?:the )?((?:[A-Z][a-z\u00c0-\u024f'-]+)(?: [A-Z][a-z\u00c0-\u024f'-]+)?)(?:,? ([A-Z][a-z]+))?"
)
_NOT_PLACES = frozenset(
    """January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday The This That A An His Her Their Its""".split()
)


@dataclass
class EventMention:
    """One sentence's account of an interaction, before mentions of the same event are merged."""

    start: int  # sentence offsets in the article
    end: int
    sentence: str
    trigger: str
    trigger_start: int  # in the article
    type: str
    plover: str
    status: str
    countries: tuple[str, ...]
    actors: list[Actor] = field(default_factory=list)
    location: str = ""
    rank: int = 1
    in_lead: bool = False  # told in the article's first sentences, where the news is

    @property
    def quad_class(self) -> int:
        if self.plover in PLOVER_CODES:
            return PLOVER_CODES[self.plover][1]
        return TYPE_CODES[self.type].quad_class


def find_event_mentions(sentence: str, offset: int, actors: list[Actor]) -> list[EventMention]:
    """The interactions `sentence` reports between two or more states: at most one that happened and
    one planned (a sentence that reports talks and the next meeting they prepared)."""
    if len({a.country for a in actors}) < 2:
        return []
    candidates = []
    for match in _TRIGGERS.finditer(sentence):
        info = _TRIGGER_INFO[match.lastgroup]
        if _NEGATION.search(sentence, max(0, match.start() - 40), match.start()):
            continue
        countries = _sides(sentence, match.start(), match.end(), info.type, actors)
        if len(countries) < 2:
            continue
        status = "planned" if _is_planned(sentence, match.start(), match.end()) else "happened"
        candidates.append((info.rank >= 3, match.start(), match, info, countries, status))
    chosen = {}
    for _weak, _pos, match, info, countries, status in sorted(candidates, key=lambda c: (c[0], c[1])):
        chosen.setdefault(status, (match, info, countries))
    mentions = []
    for status, (match, info, countries) in chosen.items():
        kind = _refine_type(sentence, match, info.type, status)
        mentions.append(
            EventMention(
                start=offset,
                end=offset + len(sentence),
                sentence=sentence,
                trigger=match.group(),
                trigger_start=offset + match.start(),
                type=kind,
                plover=info.plover,
                status=status,
                countries=countries,
                actors=actors,
                location=_location(sentence, match.start()) if kind in ("visit", "meeting") else "",
                rank=info.rank,
            )
        )
    return mentions


def _refine_type(sentence: str, match: re.Match, kind: str, status: str) -> str:
    """'accepted an invitation to visit' is a planned visit, 'talks by phone' a phone call."""
    tail = sentence[match.end() : match.end() + 40].lower()
    if status == "planned" and re.match(r"(?:\s+(?:an|the|his|her|their)\s+invitation)?\s+to\s+(?:visit|come|travel)", tail):
        return "visit"
    if kind == "meeting" and re.match(r"\s+(?:by|over the|on the) (?:tele)?phone", tail):
        return "phone_call"
    return kind


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause that holds the trigger at start..end."""
    left = 0
    for brk in _CLAUSE_BREAK.finditer(sentence, 0, start):
        left = brk.end()
    right_break = _CLAUSE_BREAK.search(sentence, end)
    return left, right_break.start() if right_break else len(sentence)


def _sides(sentence: str, start: int, end: int, kind: str, actors: list[Actor]) -> tuple[str, ...]:
    """The states acting on each other through the trigger: actors of the sentence minus topics;
    places ("in Sochi", "in Syria") only when a side would be missing."""
    sides, places = [], []
    for actor in actors:
        before = sentence[max(0, actor.start - 40) : actor.start]
        if actor.kind != "group" and actor.start > end:
            if kind in _DIPLOMATIC and _TOPIC_BEFORE.search(before):
                continue
            if _PLACE_BEFORE.search(before):
                places.append(actor.country)
                continue
        sides.append(actor.country)
    countries = list(dict.fromkeys(sides))
    group = list(dict.fromkeys(a.country for a in actors if a.kind == "group"))
    if len(countries) > 2 and len(group) == 2:
        return tuple(sorted(group))
    if len(countries) < 2:
        countries = list(dict.fromkeys(countries + places))
    if len(countries) > 2:
        countries = _nearest_pair(sentence, start, end, actors, countries)
    return tuple(sorted(countries))


def _nearest_pair(sentence: str, start: int, end: int, actors: list[Actor], countries: list[str]) -> list[str]:
    """With more than two states, the one acting (nearest before the trigger) and the one acted on."""
    left, right = _clause(sentence, start, end)
    before = [a.country for a in actors if left <= a.start < start and a.country in countries]
    after = [a.country for a in actors if end <= a.start < right and a.country in countries]
    subject = before[-1] if before else None
    objects = [c for c in after if c != subject]
    if subject and objects:
        return [subject, objects[0]]
    inside = list(dict.fromkeys(before[::-1] + after))
    return inside[:2] if len(inside) >= 2 else countries[:2]


def _is_planned(sentence: str, start: int, end: int) -> bool:
    left, _right = _clause(sentence, start, end)
    window = sentence[max(left, start - 80) : min(len(sentence), end + 25)]
    return bool(_FUTURE.search(window))


def _location(sentence: str, position: int) -> str:
    for match in _LOCATION.finditer(sentence, position):
        place = match.group(1)
        if place.split()[0] not in _NOT_PLACES:
            return place
    return ""
