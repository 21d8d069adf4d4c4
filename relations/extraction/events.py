"""What one state did to another in a sentence: trigger words, the two sides, type and status.

A trigger (a verb or noun of interaction) gives the type; the sides are the states of the actors
around it, not every state the sentence names: states after "on", "about", "over" in a diplomatic
clause are topics ("agreed on the need to respect Syria's sovereignty"), and a place after "in" (or
after "near", "around", "off" wherever it stands: "activity near Taiwan") only counts when the
interaction would otherwise lack a side. Negated triggers are no event; future
markers in the trigger's clause make the event planned.

Blame ("Russia held Israel responsible", "blamed the downing on Israel", "accused Israel of causing
the loss of a plane") makes the one who blames and the one blamed the sides; it is the incident itself
when the blamed thing is an act of force (an accusation of anything else stays a statement). A known
city (data/cities.json) is a visit's host ("visited Sochi") but never a side of anything else. The
location of a visit or meeting is a place: a known city, a state's name, or a capitalised name after
"in"/"at" that the knowledge does not hold as a person or a bloc ("the Black Sea resort of Sochi" is
Sochi; "an aide to Netanyahu" names no place). Besides
the first event that happened and the first plan, a sentence may tell further clear interactions
between other states (marked secondary: the engine keeps them only with a date of their own).
"""

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import lexicon, syntax, types
from .actors import NOT_NAMES, Actor, names_craft
from .knowledge import BLOC, NOT_STATE, PERSON, STATE, WEAK_STATE, Knowledge, cities
from .text import Caseless, folds_like_ascii, lower_keeping_offsets
from .timex import NUMBER_WORDS, WEEKDAYS

_NEGATION = Caseless(
    r"\b(?:not|n't|never|no|without|cancel(?:s|ed|led)?|postpon(?:e|ed|es)|call(?:ed)? off|unlikely to"
    r"|refus(?:e|ed|es) to|declin(?:e|ed|es) to|if|unless|would have|could|might)\W+(?:\w+\W+){0,2}$",
)
# Before a trigger: the clause tells a plan ("will meet", "the upcoming visit", "is expected to sign").
_FUTURE = Caseless(
    r"\b(?:will|would|'ll|shall|plans? to|planning to|planned|(?:is|are|was|were) (?:expected|due"
    r"|set|scheduled"
    r"|slated|likely|going|about) to|(?:is|are) (?:due|expected) in|expected to|scheduled|upcoming"
    r"|forthcoming|next|intends? to|to be held"
    r"|agreed to hold|to hold|invitation to (?:visit|come|attend|travel|make|pay|join|take|hold|meet)"
    r"|invited (?:[\w'’.-]+ ){1,5}?to|(?:is|are) to|prepar(?:e|es|ed|ing"
    r"|ations?) (?:for )?"
    r"|aims? to|hopes? to|soon|expect(?:s|ed|ing)?|(?:no )?date (?:has been |was |is )?(?:set|fixed) for)\b",
)
# After a trigger noun: "the summit is scheduled for", "talks will take place".
_FUTURE_AFTER = Caseless(
    r"\W*(?:\w+\W+){0,5}?(?:(?:is|are|was|were)\s+(?:expected|scheduled|set\s+(?:to|for)|due|slated|planned|likely"
    r"|to be held|to take place|going)|will|shall)\b",
)
# "attacked Mr Zelenskyy", "attacked the minister's remarks": words, not force.
_VERBAL_ATTACK = re.compile(
    r"\s+(?:\w+\s+)?(?:Mr|Mrs|Ms|Dr|President|Prime Minister|the (?:minister|president|remarks"
    r"|statement|decision"
    r"|comments|policy|government's))\b"
)
# "Poland and Hungary clash over asylum": states at odds over a matter; no force told anywhere.
_QUARREL = re.compile(r"clash(?:es|ed)?\s+(?:over|about)\b", re.I)
_FORCE_TOLD = re.compile(
    r"\b(?:troops|soldiers|forces|guards|police|army|navy|fighters|killed|wounded|dead|injured|fire|shots)\b",
    re.I,
)
_ATTENDED = re.compile(r"\battend(?:s|ed|ing)?\b", re.I)
_PHONE = re.compile(
    r"\b(?:(?:tele)?phone (?:call|conversation|talks)|(?:by|over(?: the)?|on the) (?:tele)?phone"
    r"|video (?:call|link)|received an? (?:(?:tele)?phone )?call"
    r"|(?:in|during) (?:a|the|their|[A-Z]\w+day['’]s) call)\b",  # "In a call on Monday, Ruto told ..."
    re.I,
)
# "the visit of X to Y", "the meeting between X and Y": a new account, not a reference back.
_SPECIFIED = re.compile(r"\s+(?:of|by|between)\s+[A-Z]")
_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"\b(?:this|that)\s+$", re.IGNORECASE)
# "..., prompting a formal protest from Kampala": the other side's answer, an event of its own
_ANSWER_BEFORE = re.compile(
    r",\s+(?:prompting|drawing|provoking|sparking|triggering)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", re.I
)
_ANSWER_FROM = re.compile(r"(?:\s+[\w-]+){0,2}?\s+from\b", re.I)
_PAST_OR_FUTURE = re.compile(
    r"\b(?:was|were|had|has|have|did|been|will|would|met|held|said|told|went|spoke"
    r"|took|came|made|gave|left|flew|[a-z]{2,}ed)\b"
)
_PRESENT = re.compile(r"\b(?:does|is|are|am|be|'s|says|[a-z]{3,}s\s+(?:to|with|the|a|an|in|on))\b")
# A past participle between a future marker and the trigger tells the trigger's own time: "will discuss
# the dialogue announced during the visit".
_PAST_BETWEEN = re.compile(
    r"\b(?!(?:scheduled|expected|planned|invited|proposed|intended|aimed|hoped|prepared|agreed|asked)\b)"
    r"[a-z]{3,}ed\s+(?:during|at|in|on|after)\b"
)
_ACHIEVED = re.compile(
    r"\b(?:(?:had|got|was|were)\s+(?:the\s+|an?\s+)?(?:opportunity|chance|able|occasion)"
    r"|intervened|stepped\s+in|helped|managed|succeeded"
    r"|(?:['’]s|\bits|\btheir)\s+decision(?:\s+(?:last|earlier|this|in|on)(?:\s+[\w-]+){1,2})?"  # one taken
    r"|(?:prompted|forced|led|pushed|drove|spurred)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+to\s+$",
    re.I,
)
_INFINITIVE = re.compile(
    r"\bto\s+(?:(?:make|pay|hold|have)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?)?$", re.I
)
# Where a trigger's clause ends. Each alternative begins with a fixed character ("s(?<!\ws)" is "\bs"),
# which lets the scan skip ahead to those characters.
_CLAUSE_BREAK = re.compile(
    r";|:|, (?:which|who|while|but|as|after|before|since|when)\b|s(?<!\ws)(?:aid|ays) (?:that )?"
)
# Words that start another clause or name a partner: a topic's words do not run across them.
_CLAUSE_WORDS = r"(?:since|that|when|after|before|with|as|but|who|which|while|met|said|told)\b"
# "on Saturday", "in March": a date, not a topic.
_CALENDAR_WORDS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
    r"|july|august|september|october|november|december|\d)"
)
_TOPIC_BEFORE = Caseless(
    r"\b(?:on|about|over|regarding|concerning|of|for|including|such as|among them|issues?"
    r"|discuss(?:ed|es|ing)?"
    r"|topics?|situation in|crisis in|war in|conflict in)\s+(?!" + _CALENDAR_WORDS + r")(?:the\s+)?"
    r"(?:(?!" + _CLAUSE_WORDS + r")\w+\s+){0,3}$",
)
# Goods of a state are what it trades, not a topic: "agreed to buy 1.2 million tonnes of Russian fuel".
_GOODS_OF = re.compile(
    r"\b(?:tonnes|tons|barrels|cubic\s+metres|supplies|imports|exports|shipments|deliveries|cargoes|purchases)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)
# "of X" before a person names who acts: "the visit of Foreign Minister Y".
_OF_PERSON = re.compile(r"\bof\s+(?:the\s+)?$")
_OFFICE_OF = Caseless(
    r"\b(?:presidents?|kings?|queens?|emirs?|leaders?|governments?|authorities|forces|army|armies|military"
    r"|militaries|people|embassy|ambassadors?|ministers?|ministry|ministries|parliaments?|troops|navy|navies"
    r"|police|prime ministers?|premiers?|heads?|secretaries|delegations?|commissions?|committees?"
    r"|working groups?)\s+of\s+(?:the\s+)?"
    r"(?:[\w'’]+\s+(?:and|&)\s+(?:the\s+)?)?$",  # "the prime ministers of India and Pakistan"
)
_COORDINATION = re.compile(r"^(?:\s*,)?\s*(?:and|or|as well as|,)?\s*$")
_BETWEEN = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|meetings?|summit|dialogue|consultations))?"
    r"\s+between\s+(?:the\s+)?",
    re.I,
)
# Where the trigger's own clause ends for the partners named after it: a comma, or a circumstance
# ("restored ties in May after mediation by Qatar": Qatar mediated, no side).
_CLAUSE_OR_CIRCUMSTANCE = re.compile(r",|\b(?:" + "|".join(sorted(syntax.CIRCUMSTANCES)) + r")\b", re.I)
_JOINED = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?$")  # "South Korea and the United States"
# "duties on Moroccan fruit", "a ban on Russian oil": the state a measure falls on, not a topic.
_MEASURE_ON = Caseless(
    r"\b(?:duty|duties|tariffs?|levy|levies|tax|taxes|bans?|embargo(?:es)?|sanctions|restrictions|quotas?"
    r"|curbs|limits|controls)\s+on\s+(?:the\s+)?(?:imports\s+(?:of|from)\s+)?(?:\w+\s+){0,2}$"
)
# "Gabriela Sommerfeld of Ecuador": a person's state, not a topic.
_NAME_OF = re.compile(r"\b[A-Z][\w'’-]+\s+of\s+$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|within)\s+(?:the\s+)?(?:\w+\s+){0,2}$")
# "activity near Taiwan", "drills around the island of X", "off X's coast": a place wherever it stands.
_NEAR_BEFORE = Caseless(
    r"\b(?:near|around|off|close to|in the vicinity of|off the coast of|in the waters (?:off|of))\s+"
    r"(?:the\s+)?(?:[A-Za-z][\w-]*\s+)?$",
)
_PLACE_NAME = r"[A-Z][a-z\u00c0-\u024f'-]+(?: [A-Z][a-z\u00c0-\u024f'-]+)?"
_LOCATION = re.compile(r"\b(?P<word>in|at|to) (?:the )?(?P<place>" + _PLACE_NAME + ")")
# "the Black Sea resort of Sochi", "the Syrian port city of Latakia": the place is the one after "of".
_PLACE_OF = re.compile(
    r" (?:[a-z-]+ ){0,2}?(?:resort|city|town|port|capital|village|region|province|island|enclave|district"
    r"|oasis|county)s? of (?:the )?(?P<place>" + _PLACE_NAME + ")"
)
# A lower-case word after a name that is not a function word: the name qualifies a noun.
_ATTRIBUTIVE = re.compile(
    r" (?!(?:on|in|at|to|for|with|from|of|and|or|but|as|by|where|when|which|that|who|while|after|before"
    r"|during|last|this|next|earlier|later|since|until|is|was|were|are|has|had|have|will|would|said|says"
    r"|late|early|over|under|about|amid|between|near|on|the|a|an|its|his|her|their|together|again)\b)[a-z]"
)
_DEMONYM_END = ("an", "ans", "ese", "ish", "ic", "i", "is")


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
    anaphoric: bool = False  # "the visit", "the incident": a reference back to an event told before
    tensed: bool = True  # False: no verb tells past or future ("Summit in Bangkok on Thursday")
    present: bool = False  # told in the present only ("Prachanda heads to India"): a headline's tense
    secondary: bool = False  # a further event of the sentence: kept only with a date of its own
    act_start: int | None = None  # a blamed act of force told after the blame word: it dates the incident
    blamed: bool = False  # told through blame ("Russia blamed the downing on Israel")
    outcome: str = ""  # of a plan: postponed | cancelled
    frame: syntax.Frame | None = None  # the trigger's predicate in the sentence's parse, when parsed
    title_verbs: tuple[str, str] = ()  # the trigger's own (done, planned) verbs: "recalls its envoy from"
    changed_plan: str = ""  # the act of postponing or calling off a plan of this type ("visit")
    remnant_date_at: int | None = None  # in the article: the date of a gapped second object, its own
    mutual: bool = False  # done by each side to the other ("traded accusations"): no one side acts
    past: bool = False  # told by a verb in the past ("ordered troops to leave", "met")

    @property
    def quad_class(self) -> int:
        return types.quad_class(self.type, self.plover)


def parsed_names(actors: list[Actor]) -> list[tuple[int, int]]:
    """The spans of the names a parse cuts to their last word."""
    return [(a.start, a.end) for a in actors if a.kind != "group"]


def may_parse(sentence: str, actors: list[Actor]) -> bool:
    """Whether find_event_mentions may want the sentence parsed: it names two states and a trigger."""
    return len({a.country for a in actors}) >= 2 and bool(
        _triggers(sentence, lower_keeping_offsets(sentence))
    )


def _triggers(sentence: str, lowered: str) -> tuple[lexicon.Found, ...]:
    """The sentence's triggers; words said of another side only when nothing else is told and they
    are told with their day ("said on Tuesday that Bratislava was free to choose its friends")."""
    found = lexicon.find(lowered)
    if any(f.trigger.partner == "said of" for f in found) and (
        len(found) > 1 or not _ON_A_DAY.search(sentence)
    ):
        return tuple(f for f in found if f.trigger.partner != "said of")
    return found


class _Tree:
    """A sentence's parse, asked of the article's parses the first time a trigger needs it."""

    def __init__(self, sentence: str, actors: list[Actor], parses: syntax.Parses | None):
        self.sentence, self.actors, self.parses = sentence, actors, parses or syntax.Parses(1)
        self.parse, self.parsed = None, False

    def frame(self, start: int, end: int) -> syntax.Frame | None:
        if not self.parsed:
            self.parse, self.parsed = self.parses.get(self.sentence, parsed_names(self.actors)), True
        return syntax.frame(self.parse, start, end) if self.parse is not None else None


def find_event_mentions(
    sentence: str,
    offset: int,
    actors: list[Actor],
    knowledge: Knowledge | None = None,
    parses: syntax.Parses | None = None,
    before: str = "",
) -> list[EventMention]:
    """The interactions `sentence` reports between two or more states: at most one that happened and
    one planned (a sentence that reports talks and the next meeting they prepared). `before`: the
    sentence before, which a pronoun may point back to ("recalled him": its ambassador)."""
    if not actors:
        return []
    lowered = lower_keeping_offsets(sentence)
    folded = lowered if folds_like_ascii(sentence) else None  # for the Caseless patterns
    if len({a.country for a in actors}) < 2:  # a visit's host may be only its city ("visited Sochi")
        if not any(_goes_somewhere(found, lowered) for found in lexicon.find(lowered)):
            return []
        actors = sorted(actors + _city_places(sentence, actors), key=lambda a: a.start)
        if len({a.country for a in actors}) < 2:
            return []
    candidates = []
    outcomes = {}  # trigger match id -> postponed | cancelled
    frames = {}  # trigger match id -> its predicate in the parse
    tree = _Tree(sentence, actors, parses)
    triggers = _triggers(sentence, lowered)
    for match in triggers:
        info = match.trigger
        if any(a.start <= match.start and match.end <= a.end and names_craft(a) for a in actors):
            continue  # "intercept the drone": the drone named before is a side, not an event
        predicate = tree.frame(match.start, match.end)
        if predicate is not None and (predicate.in_name() or _doer_of_another(predicate, match, triggers)):
            continue  # ... or "troops from Kazakhstan and Uzbekistan began a joint exercise": the exercise
        modality = predicate.modality() if predicate else None
        frames[id(match)] = predicate
        if modality == syntax.NEGATED or (
            predicate is None and _NEGATION.search(sentence, folded, max(0, match.start - 40), match.start)
        ):
            continue
        roles = {a: predicate.role(a.start, a.end) for a in actors} if predicate else {}
        if (
            info.type in types.PLACED
            and predicate is not None
            and predicate.occasion()
            and not any(roles.values())
        ):
            continue  # "did not meet during the SCO meeting": the gathering is where, not what
        if info.type in types.CONTACT and predicate is not None and predicate.tells_of_an_event_noun():
            continue  # "a new round of negotiations, hosted by Kazakhstan": the round's own account
        if _denies_hearsay(sentence, match):
            continue  # "denied reports that its president would visit Uganda": about itself, to nobody
        if any(_denies_hearsay(sentence, t) for t in triggers if t.end <= match.start):
            continue  # ... nor is the visit the reports told of, however the parse reads the sentence
        if info.type == "military_incident" and predicate is not None and predicate.done_by_nature():
            continue  # "a month after an earthquake struck near Mandalay": no one attacked
        if _done_by_a_bloc(sentence, info, predicate, actors, knowledge):
            continue  # "the ICJ rejected Nicaragua's claim to waters claimed by Colombia": the court's act
        if _fighting_a_third(info, predicate, actors):
            continue  # "Kenyan and Ugandan troops clashed with al-Shabaab": allies, not foes
        if info.type == "meeting" and predicate is not None and _of_a_bloc(sentence, predicate, knowledge):
            continue  # "attended an AU summit": the bloc's gathering, not a meeting of two of its members
        if info.partner == "envoy":
            if not _ENVOY.search(before) and not _ENVOY.search(sentence):
                continue
        elif info.partner == "together":
            if len({a.country for a in actors if roles.get(a) == syntax.AGENT}) < 2:
                continue  # "the ministers spoke to reporters": no call of two sides
        elif info.partner == "said of":
            if predicate is None or not _said_of_another(predicate, actors, roles):
                continue
        elif info.partner == "present":
            if not _someone_present(sentence, match, actors):
                continue  # "payment is due in March", "was in talks with"
        elif info.partner == "called" and _CALLED_ON.match(lowered, match.end):
            info = _CALLED_ON_TO  # "called Thursday on Arabs to unite": a demand, the day between
        elif info.partner == "called" and predicate is not None and predicate.characterises():
            info = _CHARACTERISED  # "called the move a reward for terror": words about the other side
        elif info.partner and (
            syntax.COUNTERPART not in roles.values() or (info.partner == "called" and not predicate.calls())
        ):
            continue  # "speaking to journalists": a call only with a state's side
        if match.text.startswith("welcom") and any(
            a.kind in ("person", "office")
            and roles.get(a) == syntax.COUNTERPART
            and not _possessor(sentence, a)
            for a in actors
        ):
            info = _WELCOMED  # "welcomed Iranian President Pezeshkian in Riyadh": a host, not praise
            if _ARRIVAL.search(sentence, match.end, match.end + 60) or any(
                a.kind in ("place", "state")
                and a.start > match.end
                and _INTO.search(sentence, a.start - 4, a.start)
                for a in actors
            ):
                # "was welcomed at Lomé airport by his Togolese counterpart", "welcomed the Uzbek
                # president to Astana": the guest came
                info = _WELCOMED_ON_ARRIVAL
        if (
            info.plover == "DEMAND"
            and _PAID_A_CALL.match(match.text)
            and _pays_a_call(sentence, match, actors)
        ):
            info = _PAID_A_CALL_ON  # "called on the Chinese premier in Beijing": a courtesy call
        unnamed_agent = (
            info.type == "military_incident"
            and predicate is not None
            and syntax.AGENT not in roles.values()
            and predicate.done_by_someone_unnamed()
        )
        pairs = _sides(sentence, match.start, match.end, info, actors, roles, unnamed_agent)
        pairs = [pair for pair in pairs if len(set(pair)) == 2]  # a state is never its own other side
        if not pairs:
            continue
        status = _status(sentence, folded, match)
        if info.partner == "present" and match.text.startswith(("due", "expected")):
            status = "planned"  # "is due in Beijing on Monday"
        if modality == syntax.HAPPENED and predicate.carried_by_past_verb():
            status = "happened"  # "flew to Russia for an official visit during which he will meet"
        planned_encounter = modality == syntax.PLANNED and info.type in types.CONTACT  # "agreed to meet"
        invited_to_visit = info.type == "invitation" and _TO_VISIT.match(lowered, match.end)
        if (
            modality not in (None, syntax.HAPPENED) and (status != "weak" or planned_encounter)
        ) or invited_to_visit:
            status = "planned"  # "may visit", "postponed the visit", "accepted an invitation to visit"
        if status == "planned" and info.type == "statement" and predicate is not None and predicate.said():
            status = "happened"  # "said on Tuesday that it would not accept threats": the saying is the event
        if invited_to_visit:
            frames[id(match)] = None  # the event is the visit: "in January" in its clause dates it
        if modality in syntax.CHANGED_PLANS:
            outcomes[id(match)] = modality
        occasion = info.type in types.CONTACT and predicate is not None and predicate.held_at()
        candidates.append((info.rank >= 3, match.start, match, info, pairs, status, occasion))
    happened = any(c[5] == "happened" for c in candidates)
    candidates = [
        (*c[:5], "planned" if c[5] == "weak" else c[5], c[6])
        for c in candidates
        if not (happened and c[5] == "weak")
    ]
    chosen = {}  # the visit or meeting at which the rest was agreed or said, else the first told
    # "called the deal an attack and expelled the ambassador", "rejected the claim and summoned the envoy":
    # the measure, not the words; "was in Buenos Aires for talks with": the talks, not the presence
    measured = any(types.is_measure(c[3]) for c in candidates)

    def deferred(candidate) -> bool:
        match, info = candidate[2:4]
        frame = frames.get(id(match))
        return (
            (measured and (info is _CHARACTERISED or info.plover == "REJECT"))
            or (info.partner == "present" and len(candidates) > 1)
            or (info.type == "meeting" and any(_hosted_for(c, frames) for c in candidates))
            or (frame is not None and frame.still_to_come())  # "ahead of a summit, X and Y signed"
            # an event told before, named as the topic ("raised the incident by telephone") or in a
            # modifier ("a committee set up under that agreement is due to meet"): the new one first
            or (
                frame is not None
                and not frame.is_subject()
                # "two weeks after the summit" is the day counted from; "after that clash" only
                # recalls what was told, and what follows it is the news
                and (
                    not frame.circumstance()
                    or bool(_DEMONSTRATIVE.search(sentence, max(0, match.start - 12), match.start))
                )
                and _refers_back(sentence, match, frame)
            )
        )

    for _weak, _pos, match, info, pairs, status, _occasion in sorted(
        candidates, key=lambda c: (c[0], not c[6], deferred(c), c[1])
    ):
        first = chosen.setdefault(status, (match, info, pairs))
        if first[1].type == info.type and _told_from(frames, first[0]) and not _told_from(frames, match):
            chosen[status] = (match, info, pairs)  # "Two days after the strike, jets hit ...": the hit
    blame = _blame(sentence, lowered, actors, [c[2] for c in candidates])
    told = chosen.get("happened")
    act_end = None
    if blame is not None and (told is None or told[1].type in ("statement", "military_incident")):
        chosen["happened"] = blame[:3]  # the blamed state, not the one that fired, is the other side
        act_end = blame[3]
    mentions = []
    past_or_future, present = bool(_PAST_OR_FUTURE.search(sentence)), bool(_PRESENT.search(sentence))
    others = _other_events(sentence, candidates, chosen, actors, frames)
    secondary = {
        id(entry[0])
        for status, entry in others
        if not _answers(sentence, entry[0])
        and not _further_measure(chosen.get(status), entry, actors, frames)
    }
    if (
        act_end is not None
        and told is not None
        and told[1].type == "statement"
        and told[0].text.startswith("accus")
    ):
        # "accused Russia on Thursday of downing a drone on Tuesday": the accusation too, on its own day
        others.append(("happened", told))
        secondary.add(id(told[0]))
    for status, (match, info, pairs) in [*chosen.items(), *others]:
        clause = _coordinated_clause(sentence, match.start, match.end, actors)
        venue = _location(sentence, match.start, match.end, clause, actors, knowledge, frames.get(id(match)))
        kind = (
            info.type
            if match.blame
            else _refine_type(sentence, match, info.type, status, venue, frames.get(id(match)), actors)
        )
        trigger = sentence[match.start : match.end]
        frame, told_by = frames.get(id(match)), actors
        if _answers(sentence, match):  # "..., prompting a protest from Kampala": Kampala protests
            frame, told_by = None, sorted(actors, key=lambda a: a.start < match.end)
        remnants = _remnant_dates(frames.get(id(match)), actors, offset)
        mentions.extend(
            EventMention(
                start=offset,
                end=offset + len(sentence),
                sentence=sentence,
                trigger=trigger,
                trigger_start=offset + match.start,
                type=kind,
                plover=info.plover,
                status=status,
                countries=countries,
                actors=told_by,
                location=venue if kind in types.PLACED else "",
                outcome=outcomes.get(id(match), ""),
                frame=frame,
                title_verbs=info.title_verbs,
                rank=info.rank,
                anaphoric=_refers_back(sentence, match, frames.get(id(match))),
                tensed=status != "happened" or match.blame or past_or_future or present,
                present=present and not past_or_future,
                secondary=id(match) in secondary,
                act_start=offset + act_end if act_end is not None and match.blame else None,
                blamed=match.blame,
                mutual=info.mutual,
                past=match.past,
                remnant_date_at=next((remnants[c] for c in countries if c in remnants), None),
            )
            for countries in pairs
        )
    return mentions + _told_again(mentions, sentence, offset) + _plan_changes(mentions, tree)


# "met in Accra in March and again in Lomé in June": the same encounter once more, on a date of its own
_AGAIN = re.compile(
    r"\band\s+again\s+(?:(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+)?(?:in|on)\s+(?=[A-Z0-9])"
)


def _told_again(mentions: list[EventMention], sentence: str, offset: int) -> list[EventMention]:
    """Each encounter the sentence tells again in a gapped clause of its own ("and again in Lomé in
    March"), or each of the times it counts ("twice, in New York in September and in Cairo in
    December"), dated by that clause."""
    again = [m for m in mentions if m.type in types.CONTACT and not m.secondary]
    if not again or ("again" not in sentence and "times" not in sentence and "twice" not in sentence):
        return []
    times = _TIMES.search(sentence)
    each_time = list(_EACH_TIME.finditer(sentence, times.end())) if times else []
    told = []
    for repeat in [*_AGAIN.finditer(sentence), *each_time]:
        for mention in again:
            if mention.trigger_start - offset < repeat.start() or repeat in each_time:
                told.append(replace(mention, remnant_date_at=offset + repeat.end(), location=""))
    return told


def _denies_hearsay(sentence: str, found: lexicon.Found) -> bool:
    """Whether the trigger denies what the press said ("denied media reports that ...")."""
    return found.trigger.plover == "REJECT" and bool(_MEDIA_HEARSAY.match(sentence, found.end))


# What the press says, which a denial answers: "denied media reports", "dismissed the speculation".
_MEDIA_HEARSAY = re.compile(
    r"\s+(?:the\s+|media\s+|press\s+|news\s+)*(?:reports?|rumou?rs?|speculation)\b", re.IGNORECASE
)

# "has met Sharif twice, in New York in September and in Cairo in December": each time, on its date
_TIMES = re.compile(r"\b(?:twice|(?:two|three|four)\s+times)\b")
_EACH_TIME = re.compile(
    r"(?:,|\band)\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:in|on)\s+(?=[A-Z0-9])"
)


# "said on Tuesday": words of a day, news of their own, unlike what a side says in general
_ON_A_DAY = re.compile(
    r"\bon\s+(?:"
    + "|".join(day.title() for day in WEEKDAYS if day.endswith("day"))
    + r"|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b"
)


def _said_of_another(frame: syntax.Frame, actors: list[Actor], roles: dict) -> bool:
    """Whether one state's side says something of another state (the states named in its words);
    if so, `roles` become the speaker's and theirs."""
    speakers, spoken_of = frame.speaker_and_spoken_of([(a.start, a.end) for a in actors])
    speaker = {actors[n].country for n in speakers}
    others = [n for n in spoken_of if actors[n].country not in speaker]
    if len(speaker) != 1 or not others:
        return False
    for n, actor in enumerate(actors):
        roles[actor] = syntax.AGENT if n in speakers else syntax.COUNTERPART if n in others else syntax.OTHER
    return True


def _doer_of_another(frame: syntax.Frame, match: lexicon.Found, triggers) -> bool:
    """Whether the trigger names who does what another trigger of the sentence tells."""
    return any(frame.subject_of(other.start, other.end) for other in triggers if other is not match)


def _fighting_a_third(info: lexicon.Trigger, frame: syntax.Frame | None, actors: list[Actor]) -> bool:
    """Whether a clash is told "with" someone the sentence names no state in: its subjects fought
    together, not each other."""
    if not (info.mutual and info.type == "military_incident" and frame is not None):
        return False
    partner = frame.fought_with()
    return partner is not None and not any(partner[0] <= a.start < partner[1] for a in actors)


def _hosted_for(candidate, frames: dict) -> bool:
    """Whether the candidate is a visit a host's welcome is for ("will host Uganda's president for a
    state visit"): the visit is what happens, the host its host."""
    frame = frames.get(id(candidate[2]))
    return candidate[3].type == "visit" and frame is not None and frame.hosts_of_its_visit() is not None


def _done_by_a_bloc(sentence: str, info: lexicon.Trigger, frame, actors: list[Actor], knowledge) -> bool:
    """Whether the subject of the trigger's predicate is a bloc or an international body and names
    no state ("The International Court of Justice rejected Nicaragua's claim", "the World Bank
    approved a loan to Kenya"): its act, not one of the states' on the other. Talks it hosts are
    still the states' ("the EU hosted talks between Serbia and Kosovo")."""
    if info.type in types.CONTACT or frame is None:
        return False
    span = frame.subject_span()
    if span is None or any(span[0] <= a.start < span[1] for a in actors):
        return False
    return any(match.kind == BLOC for match in _knowledge(knowledge).find(sentence[span[0] : span[1]]))


def _of_a_bloc(sentence: str, frame: syntax.Frame, knowledge: Knowledge | None) -> bool:
    """Whether the trigger is a gathering a bloc holds ("a summit of the Mercosur trade bloc") or
    talks held with a bloc ("Ukraine's membership talks with the European Union")."""
    span = frame.gathering_span()
    words = sentence[span[0] : span[1]] if span else ""
    if words and any(match.kind == BLOC for match in _knowledge(knowledge).find(words)):
        return True
    span = frame.partner_span()
    partners = [m.kind for m in _knowledge(knowledge).find(sentence[span[0] : span[1]])] if span else []
    return bool(partners) and all(kind == BLOC for kind in partners)


def _remnant_dates(frame: syntax.Frame | None, actors: list[Actor], offset: int) -> dict[str, int]:
    """Where the own date of each state named as a gapped second object stands in the article
    ("visited Uganda on Monday and Rwanda on Tuesday": Rwanda's Tuesday)."""
    if frame is None:
        return {}
    spans = {a.country: frame.remnant_date(a.start, a.end) for a in actors}
    return {country: offset + span[0] for country, span in spans.items() if span is not None}


def _plan_changes(mentions: list[EventMention], tree: "_Tree") -> list[EventMention]:
    """The act of postponing or calling off each plan the sentence changes ("Noboa has postponed a
    visit to Colombia that was due on Thursday, his office said on Monday"): an event of its own,
    on the day it was done or announced; the plan stays, with its outcome."""
    acts = []
    for plan in mentions:
        if plan.status != "planned" or not plan.outcome or plan.frame is None:
            continue
        changer = plan.frame.changed_by()
        if changer is None:
            continue
        start, end = changer
        noun = _CHANGED_NOUNS.get(plan.type, f"{types.TYPES[plan.type].label} with")
        verbs = _CHANGING_VERBS[plan.outcome]
        acts.append(
            replace(
                plan,
                trigger=plan.sentence[start:end],
                trigger_start=plan.start + start,
                type="other",
                plover="",
                status="happened",
                location="",
                outcome="",
                frame=tree.frame(start, end),
                title_verbs=(f"{verbs[0]} a {noun}", f"{verbs[1]} a {noun}"),
                rank=2,
                anaphoric=False,
                tensed=True,
                secondary=False,
                changed_plan=plan.type,
            )
        )
    return acts


_CHANGING_VERBS = {"postponed": ("postpones", "to postpone"), "cancelled": ("calls off", "to call off")}
_CHANGED_NOUNS = {"visit": "visit to", "meeting": "meeting with", "phone_call": "call with"}


# Each alternative begins with a fixed character ("b(?<!\wb)" is "\bb"), which lets the scan skip ahead.
_BLAME = re.compile(
    r"(?:b(?<!\wb)lam(?:e|es|ed|ing)|h(?<!\wh)(?:eld|olds?|olding)|a(?<!\wa)ccus(?:e|es|ed|ing)"
    r"|f(?<!\wf)ault)\b"
)
_RESPONSIBLE = re.compile(r"\W+(?:[\w'’]+\W+){1,4}?(?:responsible|accountable|to blame)\b")
_BLAME_ON = re.compile(r"\W+(?:[\w'’-]+\W+){1,8}?on\W+(?:the\s+)?$")
_FORCE_WORDS = (
    r"downing|shoot-?down|attacks?|strikes?|airstrikes?|bombings?|shelling|raids?|incident|crash|killings?"
)
_FORCE_NOUN = re.compile(
    r"\W+(?:the\s+|an?\s+|this\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:" + _FORCE_WORDS + r")\b"
)
# "accused Israel of causing the loss of a plane", "accused Turkey of the downing": the act of force.
_ACCUSED_OF = re.compile(
    r"(?:['’]s?)?\s+(?:\w+\s+){0,2}?of\s+(?:causing\s+(?:the\s+)?(?:loss|deaths?|destruction|sinking)\b"
    r"|(?:(?:carrying\s+out|being\s+behind|being\s+responsible\s+for|responsibility\s+for|orchestrating"
    r"|staging|launching|provoking|causing)\s+)?(?:the\s+|an?\s+|this\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + _FORCE_WORDS
    + r")\b)"
)
# Between the one who blames and the blame word: "Russia ", "Russia's ministry said it ".
_SUBJECT_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w'’]+){0,4}?\s+$")
_AT_PLACE = re.compile(r"\b(?:in|at|near|from|within|over|across|into|inside)\s+(?:the\s+)?(?:\w+\s+){0,2}$")
_BLAME_STATEMENT = lexicon.Trigger("statement", "DISAPPROVE", 2)
_WELCOMED = lexicon.Trigger("meeting", "CONSULT", 2)
_WELCOMED_ON_ARRIVAL = lexicon.Trigger("visit", "CONSULT", 2)
_INTO = re.compile(r"\bto\s+$")
_ARRIVAL = re.compile(r"\b(?:airport|airbase|air\s+base|on\s+(?:his|her|their)\s+arrival)\b", re.IGNORECASE)
_CHARACTERISED = lexicon.Trigger("statement", "DISAPPROVE", 2)
_CALLED_ON = re.compile(
    r"\s+(?:"
    + _CALENDAR_WORDS
    + r"\w*|today|yesterday|again|also|publicly|repeatedly|once more)\s+(?:on|upon)\s"
)
_CALLED_ON_TO = lexicon.Trigger("statement", "DEMAND", 2)
_PAID_A_CALL = re.compile(r"call(?:s|ed|ing)?\s+(?:on|upon)\b")
_PAID_A_CALL_ON = lexicon.Trigger("meeting", "CONSULT", 2)
# "to" before a verb, not before a place or a noun phrase ("called on Kenya to halt", not "to Beijing")
TO_A_VERB = re.compile(r"\bto\s+(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b|this\b|that\b)[a-z]+\b")


def _pays_a_call(sentence: str, match, actors: list[Actor]) -> bool:
    """Whether "called on" names a person called upon with nothing asked of them: "called on the
    Chinese premier in Beijing on Tuesday" is a visit of courtesy, "called on Kenya to halt" a demand."""
    after = [a for a in actors if a.start >= match.end]
    return bool(after) and after[0].kind in ("person", "office") and not TO_A_VERB.search(sentence, match.end)


_POSSESSIVE = re.compile(r"['’]s?\b")


def _possessor(sentence: str, actor: Actor) -> bool:
    """Whether the actor owns what follows: "Pezeshkian's remarks", "the Ugandan president's decision"
    (an office named by its state's adjective ends at its office word)."""
    end = actor.end
    if actor.kind == "office" and actor.office:
        office = re.match(
            r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+" + re.escape(actor.office) + r"\b", sentence[end:], re.I
        )  # "Ghana's president" is the office holder, "Ghana's president's decision" theirs
        end += office.end() if office else 0
    return bool(_POSSESSIVE.match(sentence, end))


_BLAME_INCIDENT = lexicon.Trigger("military_incident", "FIGHT", 1)


def _blame(sentence: str, lowered: str, actors: list[Actor], found: list[lexicon.Found]):
    """'Russia blamed the downing on Israel', '... a plane was shot down, for which Russia held Israel
    responsible': the one who blames and the one blamed are the two sides. It is the incident itself
    (military_incident) when the blamed thing is an attack or an act of force told before it; else
    the blaming is a statement."""
    for match in _BLAME.finditer(lowered):
        act = None
        if match.group().startswith("accus"):  # only an accusation of an act of force is the incident
            accused = [a for a in actors if match.end() <= a.start <= match.end() + 12]
            act = _ACCUSED_OF.match(lowered, accused[0].end) if accused else None
            if act is None:
                continue
        elif match.group().startswith("h"):
            tail = _RESPONSIBLE.match(lowered, match.end())
            if not tail:
                continue
            accused = [a for a in actors if match.end() <= a.start < tail.end()]
        elif match.group() == "fault":  # "the incident was Israel's fault", "the fault of Israel"
            accused = [
                a
                for a in actors
                if 0 <= match.start() - a.end <= 3 or match.end() < a.start <= match.end() + 4
            ]
        else:
            accused = [a for a in actors if match.end() <= a.start <= match.end() + 12]  # "blamed Israel for"
            if not accused:
                accused = [
                    a
                    for a in actors
                    if match.end() < a.start <= match.end() + 80
                    and _BLAME_ON.match(lowered[: a.start], match.end())
                ]
        if not accused:
            continue
        target = accused[0].country
        before = [
            a
            for a in actors
            if a.end <= match.start() and a.country != target and not _AT_PLACE.search(lowered, 0, a.start)
        ]
        if not before:
            continue
        subject = before[-1]  # "Russia held", "Russia's ministry said it blamed"; else the sentence's subject
        if subject.kind == "group" or not _SUBJECT_GAP.match(lowered, subject.end, match.start()):
            subject = before[0]
        blamer = subject.country
        force_before = [m for m in found if m.end <= match.start() and m.trigger.type == "military_incident"]
        force_object = match.group().startswith("blam") and _FORCE_NOUN.match(lowered, match.end())
        act = act or force_object
        faulted = force_before[-1] if match.group() == "fault" and force_before else None
        info = _BLAME_INCIDENT if any(m.past for m in force_before) or faulted or act else _BLAME_STATEMENT
        start = faulted.start if faulted else match.start()  # "the incident was X's fault": a reference back
        told = lexicon.Found(start, match.end(), lowered[start : match.end()], info, past=False, blame=True)
        return told, info, [tuple(sorted((blamer, target)))], act.end() if act else None
    return None


_NEXT_VERB = re.compile(r",|\band\b")
_CLEAR_EVENTS = frozenset({"visit", "meeting", "phone_call", "military_incident"})
_NEW_CLAUSE = re.compile(r"(?:,|;)\s+(?:and|but|while)\b|;")


def _told_from(frames: dict, match: lexicon.Found) -> bool:
    """Whether the trigger is only the moment the sentence's event is told from ("after the strike")."""
    frame = frames.get(id(match))
    return frame is not None and frame.circumstance()


def _goes_somewhere(found: lexicon.Found, lowered: str) -> bool:
    """A visit, or an invitation to visit or attend something ("accepted an invitation to attend
    the expo in Kunming")."""
    return found.trigger.type == "visit" or (
        found.trigger.type == "invitation" and bool(_TO_VISIT.match(lowered, found.end))
    )


def _refers_back(sentence: str, match: lexicon.Found, frame: syntax.Frame | None) -> bool:
    """'The visit', 'that meeting': an event told before. Not 'the visit of X to Y' (a new account)
    nor a verb after a relative 'that' ("the states that cut ties")."""
    return (
        bool(_ANAPHOR.search(sentence, max(0, match.start - 12), match.start))
        and not _SPECIFIED.match(sentence, match.end)
        and not (frame is not None and frame.heads[0].tag_.startswith("VB"))
    )


def _other_events(sentence: str, candidates, chosen, actors: list[Actor], frames: dict) -> list:
    """More events of one sentence: "X met Y on Monday and spoke by phone with Z on Tuesday", "X
    and Y met on Monday, and on Wednesday their troops clashed". A clear interaction between other
    states, or of another kind, than the sentence's first event of that status; or of the same kind
    in a clause of its own ("X flew to Y on 29 January, and in April Z paid a visit to Y"); or any
    interaction a state named after the first one acts ("X visited Kampala in November, and Museveni
    attended X's inauguration in September")."""
    taken = {
        status: {(pair, _kind(info)) for pair in pairs} for status, (_match, info, pairs) in chosen.items()
    }
    blamed = {status for status, (match, _info, _pairs) in chosen.items() if match.blame}
    kept = {id(entry[0]) for entry in chosen.values()}
    others = []
    for _weak, _pos, match, info, pairs, status, _occasion in sorted(candidates, key=lambda c: c[1]):
        answer = _answers(sentence, match)
        # ... or done by each side to the other ("restored them in May 2023", "exchanged fire")
        clear = answer or info.type in _CLEAR_EVENTS or types.is_measure(info) or info.mutual
        first = chosen.get(status)
        # "X was in Abu Dhabi in November, and the presidents spoke by telephone in December"
        before_first = (
            first is not None
            and match.end <= first[0].start
            and bool(_clause_joins(sentence, match.end, first[0].start, actors))
        )
        specific = (
            answer
            or info.rank == 1
            or _names_its_counterpart(frames.get(id(match)), actors)
            or (info.type in types.CONTACT and _both_sides_named(sentence, match, actors))
            or (before_first and info.type in _CLEAR_EVENTS)
        )
        if id(match) in kept or not specific:
            continue
        if info.type == "military_incident" and status in blamed:
            continue  # the act of force is the blamed incident, already told
        kind = _kind(info)
        after_first = (
            first is not None
            and first[0].end <= match.start
            and not _ANAPHOR.search(sentence, max(0, match.start - 6), match.start)
        )
        another_acts = after_first and (
            _acted_by_another(frames.get(id(match)), actors, first[0].end, match.start)
            or any(  # the parse lost the clause: "..., and Museveni attended his inauguration"
                _acts_after(sentence, join, actors)
                for join in _NEW_CLAUSE.finditer(sentence, first[0].end, match.start)
            )
        )
        if not clear and not another_acts:
            continue
        own_clause = (
            answer
            or before_first
            or (after_first and (_clause_joins(sentence, first[0].end, match.start, actors) or another_acts))
            or (after_first and (frame := frames.get(id(match))) is not None and frame.told_of_a_time())
        )
        fresh = [pair for pair in pairs if own_clause or (pair, kind) not in taken.setdefault(status, set())]
        if fresh:
            others.append((status, (match, info, fresh)))
            taken[status].update((pair, kind) for pair in fresh)
    return others


def _acted_by_another(frame: syntax.Frame | None, actors: list[Actor], start: int, end: int) -> bool:
    """Whether a state named between two triggers acts the second ("Iran struck ... on 16 January,
    and Pakistan hit back with strikes two days later"): a clause of its own, not a list's item."""
    return frame is not None and any(
        start <= a.start < end and frame.role(a.start, a.end) == syntax.AGENT for a in actors
    )


def _further_measure(first, entry, actors: list[Actor], frames: dict) -> bool:
    """Whether `entry` is a second measure the first one's taker took against the same state: it
    shares the first one's date ("summoned the ambassador on Tuesday and expelled two diplomats"),
    unlike one another state took ("..., a day after Canada expelled an Indian diplomat")."""
    return (
        first is not None
        and types.is_measure(first[1])
        and types.is_measure(entry[1])
        and set(entry[2]) <= set(first[2])
        and not _acted_by_another(frames.get(id(entry[0])), actors, first[0].end, entry[0].start)
    )


def _kind(info: lexicon.Trigger) -> tuple[str, tuple[str, ...]]:
    """What one event of a sentence is: its type's family, and for a diplomatic measure which one
    ("summoned the ambassador and ordered one of his diplomats to leave" are two measures)."""
    return types.family(info.type), types.which_measure(info)


def _answers(sentence: str, match: lexicon.Found) -> bool:
    """Whether a statement trigger is the answer the sentence's act drew from the other side ("...
    suspended permits for Ugandan milk, prompting a formal protest from Kampala"): dated with it,
    told apart from it."""
    return (
        match.trigger.type == "statement"
        and bool(_ANSWER_BEFORE.search(sentence, max(0, match.start - 40), match.start))
        and bool(_ANSWER_FROM.match(sentence, match.end))
    )


def _someone_present(sentence: str, match: lexicon.Found, actors: list[Actor]) -> bool:
    """'The minister will be in Colombo', 'Modi is due in Beijing': a person or an office before the
    words and a place named right after them."""
    someone = any(a.kind in ("person", "office") and a.end <= match.start for a in actors)
    return someone and any(0 <= a.start - match.end <= 1 and a.kind in ("state", "place") for a in actors)


def _both_sides_named(sentence: str, match: lexicon.Found, actors: list[Actor]) -> bool:
    """Whether "the two countries" stand before the trigger in its own clause ("..., and the two
    countries' trade ministers met in Busia"): a meeting of both sides."""
    start, _end = _coordinated_clause(sentence, match.start, match.end, actors)
    return any(a.kind == "group" and start <= a.start and a.end <= match.start for a in actors)


def _names_its_counterpart(frame: syntax.Frame | None, actors: list[Actor]) -> bool:
    """Whether the parse names whom a generic trigger ("meeting", "talks") is with: "after meeting
    Putin in Moscow on Monday" tells an encounter of its own."""
    return frame is not None and any(frame.role(a.start, a.end) == syntax.COUNTERPART for a in actors)


def _clause_joins(sentence: str, start: int, end: int, actors: list[Actor]) -> list[re.Match]:
    """Where coordinated clauses join between start and end ("met on Monday, and in April ..."), not
    counting a list's last item ("Kenya, Uganda, and Tanzania")."""
    return [
        join
        for join in _NEW_CLAUSE.finditer(sentence, start, end)
        if not any(0 <= a.start - join.end() <= 5 and a.kind != "group" for a in actors)
        or _acts_after(sentence, join, actors)
    ]


def _acts_after(sentence: str, join: re.Match, actors: list[Actor]) -> bool:
    """Whether the name after a join is a new clause's subject, not a list's last item: its verb
    follows it and no name ends the list before the join ("..., weeks after taking office, and
    Museveni attended"; not "Kenya, Uganda, and Tanzania signed")."""
    if any(0 <= join.start() - a.end <= 2 for a in actors):
        return False
    after = next((a for a in actors if 0 <= a.start - join.end() <= 5), None)
    words = after is not None and _WORDS_AFTER.match(sentence, after.end)
    return bool(words) and any(lexicon.is_past(word.lower()) for word in words.group(1).split())


# "Museveni attended", "Togo's president attended"
_WORDS_AFTER = re.compile(r"(?:['’]s)?((?:\s+[\w-]+){1,4})")


def _coordinated_clause(sentence: str, start: int, end: int, actors: list[Actor]) -> tuple[int, int]:
    """The bounds of the coordinated clause that holds the trigger at start..end."""
    before, after = (
        _clause_joins(sentence, 0, start, actors),
        _clause_joins(sentence, end, len(sentence), actors),
    )
    return (before[-1].end() if before else 0), (after[0].start() if after else len(sentence))


_ANOTHER_MOMENT = re.compile(r"\b(?:after|before|since|until)\b", re.I)


def _refine_type(
    sentence: str,
    match: lexicon.Found,
    kind: str,
    status: str,
    venue: str,
    frame: syntax.Frame | None,
    actors: list[Actor],
) -> str:
    """'accepted an invitation to visit' is a planned visit, 'talks by phone' a phone call, 'spoke
    to X in Tokyo' a meeting; not 'proposed during a phone call to meet' (the call is the proposal's)."""
    phone = _PHONE.search(sentence, max(0, match.start - 60), match.end + 60)
    if phone and frame is not None and frame.governs(phone.start(), phone.end()) is False:
        phone = None
    if phone and _ANOTHER_MOMENT.search(sentence, *sorted((phone.end(), match.start))):
        phone = None  # "invited Ruto during a telephone call, after the two met at the AU summit"
    joins = _NEW_CLAUSE.finditer(sentence, match.end, phone.start()) if phone else ()
    if any(_acts_after(sentence, join, actors) for join in joins):
        phone = None  # "I met Lavrov in Ankara in March, and we spoke by phone in April": two contacts
    if phone and status == "planned" and phone.end() <= match.start:
        phone = None  # "held a video call and agreed to hold the next meeting in the autumn": the call is now
    if status == "planned" and _TO_VISIT.match(sentence.lower(), match.end):
        return "visit"
    if kind == "agreement" and _TO_TRADE.match(sentence, match.end):
        return "trade"  # "agreed to buy gas from", "signed a contract to import", "to double trade"
    if kind in ("meeting", "statement", "agreement") and phone:
        return "phone_call"  # "talks by phone", "agreed by phone": the call is the contact
    if kind == "phone_call" and venue and not phone and match.trigger.partner in ("spoken", "together"):
        return "meeting"
    if kind == "military_incident" and (
        _VERBAL_ATTACK.match(sentence, match.end)
        or (_QUARREL.match(sentence, match.start) and not _FORCE_TOLD.search(sentence))
    ):
        return "statement"
    if status == "planned" and kind in ("military_incident", "sanctions"):
        return "statement"  # force or sanctions announced for later: a threat
    return kind


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause that holds the trigger at start..end."""
    left = 0
    for brk in _CLAUSE_BREAK.finditer(sentence, 0, start):
        left = brk.end()
    right_break = _CLAUSE_BREAK.search(sentence, end)
    return left, right_break.start() if right_break else len(sentence)


# Words after which a name is what is spoken of, whatever the event: "remarks about Venezuelan migrants".
_SPOKEN_OF = re.compile(
    r"\b(?:about|regarding|concerning)\s+(?!\d|(?:"
    + "|".join(w for w in NUMBER_WORDS if " " not in w)
    + r")\b)"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)  # not "about two kilometres into Peruvian territory"


@lru_cache(maxsize=256)
def _context_before(sentence: str, position: int, person: bool) -> tuple[bool, bool | str]:
    """Whether the words before an actor make it a topic ("agreed on ... Syria") and a place ("in
    Syria"; "near" when the words make it a place wherever it stands: "activity near Taiwan");
    cached, as every trigger of the sentence asks the same for each actor."""
    before = sentence[max(0, position - 40) : position]
    folded = before.lower() if folds_like_ascii(before) else None
    topic = (
        bool(_TOPIC_BEFORE.search(before, folded))
        and not _OFFICE_OF.search(before, folded)
        and not (person and _OF_PERSON.search(before))
        and not _NAME_OF.search(before)
        and not _MEASURE_ON.search(before, folded)
        and not _GOODS_OF.search(before)
    )
    if not person and _NEAR_BEFORE.search(before, folded):
        return topic, "near"
    return topic, bool(_PLACE_BEFORE.search(before))


# What two states do together they do to each other ("Ghana and Togo exchanged prisoners"), unlike
# force ("Israeli and French jets struck"): the PLOVER events of cooperation.
_MUTUAL = frozenset({"COOPERATE", "AGREE", "CONSULT"})


def _sides(
    sentence: str,
    start: int,
    end: int,
    trigger: lexicon.Trigger,
    actors: list[Actor],
    roles: dict[Actor, str | None],
    unnamed_agent: bool = False,
) -> list[tuple[str, ...]]:
    """The pairs of states acting on each other through the trigger: actors of the sentence minus
    topics; places ("in Sochi", "in Syria") only when a side would be missing; one pair per state of a
    coordinated object ("visit Mauritania and Senegal"). `roles`: what the parse makes of each actor
    (agent, counterpart, venue, topic); where it says nothing, the words around the name decide."""
    kind = trigger.type
    if kind in types.DIPLOMATIC and (between := _between(sentence, end, actors)):
        return [between]
    sides, places = [], []
    for actor in actors:
        role = roles.get(actor)
        if _TRAVELLED_FROM.search(sentence, max(0, actor.start - 30), actor.start):
            continue  # "flew in from Guatemala City", "left Dhaka for New Delhi": where a journey began
        if _ALLIES_OF_ANOTHER.match(sentence, actor.end) and _OWNED.search(
            sentence, max(0, actor.start - 8), actor.start
        ):
            continue  # "Malian troops and their Russian allies": on the side of one named before
        if actor.kind == "place":  # a city: the host of a visit (or of one invited), never a side else
            if (
                kind in ("visit", "invitation")
                and actor.start > end
                and role not in (syntax.TOPIC, syntax.OTHER)
            ):
                places.append(actor.country)
            continue
        if (role == syntax.TOPIC and kind in types.DIPLOMATIC) or role == syntax.OTHER:
            continue
        if role == syntax.VENUE:
            places.append(actor.country)
            continue
        if role is None and unnamed_agent:
            continue  # "after gunmen killed two Spanish tourists, Rabat imposed visas": not Rabat's act
        if role is None and actor.kind != "group":
            topic, place = _context_before(sentence, actor.start, actor.kind == "person")
            spoken_of = _SPOKEN_OF.search(sentence, max(0, actor.start - 40), actor.start)
            if topic and (kind in types.DIPLOMATIC or (spoken_of and spoken_of.start() >= end)):
                # "summoned the ambassador over remarks about Venezuelan migrants"; not "concerns about
                # Chinese military activity, including missiles that landed ...": the trigger's own side
                continue
            if place and (actor.start > end or place == "near"):
                places.append(actor.country)
                continue
        sides.append(actor.country)
    countries = list(dict.fromkeys(sides))
    if kind == "ceremony" and (host := _host_of_ceremony(sentence, start, actors, countries)):
        # "Wickremesinghe and Muizzu attended Modi's swearing-in": each guest with the host
        return [tuple(sorted((guest, host))) for guest in countries if guest != host]
    group = list(dict.fromkeys(a.country for a in actors if a.kind == "group"))
    named_roles = [roles.get(a) for a in actors if a.kind != "group"]
    told_by_parse = {syntax.AGENT, syntax.COUNTERPART} <= set(named_roles) or named_roles.count(
        syntax.AGENT
    ) >= 2
    if len(countries) > 2 and len(group) == 2 and not told_by_parse:
        # "the two countries" are the sides, unless the parse names who acts and with whom ("He
        # called his Mauritanian counterpart, to review the field the two countries share", "X and
        # his Y counterpart met, ending a row that has soured relations between the two countries")
        return [tuple(sorted(group))]
    if kind == "visit" and places and syntax.AGENT in named_roles and syntax.COUNTERPART not in named_roles:
        # "arrived in Addis Ababa on Sunday for the summit, where he held talks with Somalia's
        # president": the visit is to the place the parse names, not to a state of another clause
        countries = list(dict.fromkeys(a.country for a in actors if roles.get(a) == syntax.AGENT))
    if len(countries) < 2 and not unnamed_agent:
        countries = list(dict.fromkeys(countries + places))
    if len(countries) < 2:
        return []
    sides_by_parse = {
        roles.get(a) for a in actors if a.country in countries and a.kind not in ("place", "group")
    }
    elsewhere = [place for place in dict.fromkeys(places) if place not in countries]
    # "Lula and Petro attended Sheinbaum's inauguration in Mexico City": guests, each with the host
    guests = kind == "ceremony" and bool(elsewhere) and bool(_ATTENDED.search(sentence, 0, start))
    mutual = (trigger.mutual or trigger.plover in _MUTUAL) and not guests
    allies = sorted((a for a in actors if a.country in countries), key=lambda a: a.start)
    if (
        sides_by_parse == {syntax.AGENT}
        and (kind not in types.DIPLOMATIC or guests)
        and not mutual
        and _coordinated(sentence, allies)
    ):
        # "Israeli and French forces launched strikes": allies acting together ("the two neighbours
        # severed ties" act on each other), each on the place they struck ("targets in Syria")
        return [tuple(sorted((ally, place))) for ally in countries for place in elsewhere]
    if (
        sides_by_parse == {syntax.COUNTERPART}
        and _coordinated(sentence, allies)
        and not _OF_BOTH.search(sentence, max(0, allies[0].start - 40), allies[0].start)
    ):
        return []  # "spoke with his Qatari and Egyptian counterparts": each the other side of someone else
    if len(countries) == 2:
        return [tuple(sorted(countries))]
    together = kind in types.DIPLOMATIC or mutual
    parsed = _agents_and_counterparts(actors, roles, countries, together)
    if parsed:
        return parsed
    if together and (
        joined := _named_together(sentence, start, end, [a for a in actors if a.country in countries])
    ):
        return [joined]
    return _subject_and_objects(
        sentence, start, end, [a for a in actors if a.country in countries], countries
    )


_ALLIES_OF_ANOTHER = re.compile(r"\s+(?:allies|ally|partners|backers|instructors|advisers|mercenaries)\b")
_OWNED = re.compile(r"\b(?:their|its|his|her)\s+$", re.IGNORECASE)
# "talks between Greece and Turkey", "the ministers of Greece and Turkey": both sides of it
_OF_BOTH = re.compile(r"\b(?:between|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _coordinated(sentence: str, actors: list[Actor]) -> bool:
    """Whether the actors, in text order, are named one after the other in a coordination ("Israeli
    and French forces", "his Qatari and Egyptian counterparts")."""
    return all(
        a.end <= b.start and _COORDINATION.match(sentence[a.end : b.start])
        for a, b in itertools.pairwise(actors)
    )


def _host_of_ceremony(sentence: str, start: int, actors: list[Actor], countries: list[str]) -> str | None:
    """The state of the one whose ceremony others attended ("attended Modi's swearing-in"), when
    two or more guests came to it."""
    if len(countries) < 3 or not _ATTENDED.search(sentence, 0, start):
        return None
    owners = [a for a in actors if a.end <= start and _possessor(sentence, a) and start - a.end <= 4]
    return owners[-1].country if owners else None


def _between(sentence: str, end: int, actors: list[Actor]) -> tuple[str, ...] | None:
    """The two states named after "between" right after the trigger, or after the talks it holds:
    "hosted talks between Ethiopia and Eritrea" are Ethiopia's and Eritrea's, whoever hosts them."""
    between = _BETWEEN.match(sentence, end)
    if between is None:
        return None
    after = [a for a in actors if a.start >= between.end() and a.kind != "place"]
    if len(after) < 2 or after[0].start != between.end() or after[0].country == after[1].country:
        return None
    if not _JOINED.search(sentence[after[0].end : after[1].start] + " "):
        return None
    return tuple(sorted((after[0].country, after[1].country)))


def _named_together(sentence: str, start: int, end: int, actors: list[Actor]) -> tuple[str, ...] | None:
    """'South Korea and the United States held joint drills, angering Pyongyang': the two states
    named together just before the trigger, when its own clause names no partner after it."""
    before = [a for a in actors if a.end <= start]
    clause_end = _CLAUSE_OR_CIRCUMSTANCE.search(sentence, end)
    if (
        any(end <= a.start < (clause_end.start() if clause_end else len(sentence)) for a in actors)
        or len(before) < 2
    ):
        return None
    if not _JOINED.match(sentence, before[-2].end, before[-1].start):
        return None
    return tuple(sorted({before[-2].country, before[-1].country}))


def _agents_and_counterparts(
    actors: list[Actor], roles: dict, countries: list[str], together: bool
) -> list[tuple[str, ...]]:
    """With more than two states, the parse's pairs: each state that acts with each counterpart, or,
    for what two do together (`together`: diplomacy, mutual acts), the two that act ("X and Y met",
    "X and Y held joint drills, angering Z"); none when the parse does not tell."""
    agents = list(
        dict.fromkeys(a.country for a in actors if roles.get(a) == syntax.AGENT and a.country in countries)
    )
    partners = list(
        dict.fromkeys(
            a.country for a in actors if roles.get(a) == syntax.COUNTERPART and a.country in countries
        )
    )
    pairs = {tuple(sorted((a, b))) for a in agents for b in partners if a != b}
    if not pairs and len(agents) >= 2 and not partners and together:
        # "X and Y met", "X, Y and Z held joint drills": each with each ("X and Y launched strikes": allies)
        pairs = {tuple(sorted(pair)) for pair in itertools.combinations(agents, 2)}
    return sorted(pairs)


def _subject_and_objects(sentence: str, start: int, end: int, actors: list[Actor], countries: list[str]):
    """With more than two states: the one acting (nearest before the trigger) with each state of the
    object it acts on, or else the two nearest the trigger."""
    left, right = _clause(sentence, start, end)
    before = [a for a in actors if left <= a.start < start]
    after = [a for a in actors if start < a.start < right]  # "summoned Ghana's ambassador": inside too
    subject = before[-1].country if before else None
    if before and _NEXT_VERB.search(sentence, before[-1].end, start):
        subject = before[0].country  # "X met Y in Sochi, spoke with Z": X acts again, not Y
    objects = [a for a in after if a.country != subject]
    if subject and objects:
        coordinated = [objects[0]]
        for actor in objects[1:]:
            if not _COORDINATION.match(sentence[coordinated[-1].end : actor.start]):
                break
            coordinated.append(actor)
        return [tuple(sorted((subject, code))) for code in dict.fromkeys(a.country for a in coordinated)]
    inside = list(dict.fromkeys([a.country for a in before[::-1]] + [a.country for a in after]))
    if len(inside) == 1:  # "..., after Peru deployed troops to the border": Peru, with the sentence's first
        inside.append(next(code for code in countries if code != inside[0]))
    pair = inside[:2] if len(inside) >= 2 else countries[:2]
    return [tuple(sorted(pair))]


def _status(sentence: str, folded: str | None, found: lexicon.Found) -> str:
    """happened; planned; or weak (a bare infinitive, "to meet", a plan only if nothing happened).
    `folded`: the sentence in lower case when it folds like ASCII, else None."""
    if found.past:
        return "happened"
    start, end = found.start, found.end
    left, _right = _clause(sentence, start, end)
    markers = list(_FUTURE.finditer(sentence, folded, max(left, start - 80), start))
    future = markers[-1] if markers else None  # the marker nearest the trigger
    if future and not _PAST_BETWEEN.search(sentence, future.end(), start):
        return "planned"
    if _FUTURE_AFTER.match(sentence, folded, end):
        return "planned"
    if _INFINITIVE.search(sentence, max(0, start - 24), start):
        if _ACHIEVED.search(sentence, max(0, start - 40), start):
            return "happened"  # "had the opportunity to discuss", "intervened to release"
        return "weak"
    return "happened"


_ENVOY = re.compile(r"\b(?:ambassadors?|envoys?|diplomats?|high commissioner|charg[eé] d'affaires)\b", re.I)
# "accepted an invitation to visit", "... from Holness to make an official visit to Kingston"
_TO_VISIT = re.compile(
    r"(?:\s+(?:an|the|his|her|their)\s+invitation)?(?:\s+from\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?"
    r"\s+to\s+(?:visit|come|travel|attend|(?:make|pay)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?visit)"
)
_TO_TRADE = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+to\s+(?:buy|import|export|sell|purchase|supply|ship"
    r"|(?:raise|boost|double|increase|expand)\s+(?:[\w-]+\s+){0,2}?trade)\b",
    re.I,
)
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’-])[A-ZÀ-ÖØ-Ýİ][\w'’.-]*"
    r"(?: (?:[A-ZÀ-ÖØ-Ýİ][\w'’.-]*|de|la|es|ez-\w+|el-\w+|al-\w+|am|on)){0,4}"
)


def _is_place_name(
    place: str, match: re.Match, end: int, trigger_end: int, actors: list[Actor], knowledge: Knowledge | None
) -> bool:
    start = end - len(place)
    if any(a.kind != "state" and a.start < end and start < a.end for a in actors):
        return False  # a person, a pronoun or "the two sides"
    known = _knowledge(knowledge).find(place)
    if any(found.kind in (PERSON, BLOC, NOT_STATE) for found in known):
        return False
    states = [found for found in known if found.kind in (STATE, WEAK_STATE)]
    if states:  # a state's name is a place, its demonym ("in Russian airspace") is not
        names = {_knowledge(knowledge).country_name(code) for found in states for code in found.targets}
        return place in names or any(f.text == place and not place.endswith(_DEMONYM_END) for f in states)
    if match["word"] == "to":
        return match.start() <= trigger_end + 1
    return True


def _knowledge(knowledge: Knowledge | None) -> Knowledge:
    return knowledge if knowledge is not None else Knowledge.default()


def city_state(name: str) -> str | None:
    """The state of a known city ("Goa": India), or None."""
    return cities()[0].get(name)


def _city(name: str) -> str | None:
    """The state a known city lies in, for a run of capitalised words that starts with its name."""
    known, _venues = cities()
    words = name.split(" ")
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count])
        for form in (candidate, candidate.rstrip(".'’")):
            if form in known:
                return form
    return None


def _city_places(sentence: str, actors: list[Actor]) -> list[Actor]:
    """Known cities the sentence names outside the actors' names, as places of their states
    ("visited Sochi": Russia hosts); venues of international meetings (Geneva, Davos) host nobody."""
    known, venues = cities()
    places = []
    for run in _CAPITALISED_RUN.finditer(sentence):
        name = _city(run.group())
        if name is None or name in venues:
            continue
        start, end = run.start(), run.start() + len(name)
        if not any(a.start < end and start < a.end for a in actors):
            places.append(Actor(start, end, name, known[name], "place"))
    return places


def _location(
    sentence: str,
    position: int,
    trigger_end: int,
    clause: tuple[int, int],
    actors: list[Actor],
    knowledge=None,
    frame=None,
) -> str:
    """Where a visit or meeting took place: a known city, a state's name, or a capitalised name after
    "in"/"at" (after "to" only right after the trigger: "travelled to X", not "an aide to X") that is
    not a person, a bloc or an institution, nor what the parse makes a topic or part of something
    else ("discussed the situation in Gaza"), nor a place of a clause of its own ("visited Togo in March,
    and the visit was followed by talks in Accra")."""
    opening, closing = clause
    if another_act := _ANOTHER_ACT.search(sentence, trigger_end, closing):
        closing = another_act.start()  # "to meet Biden before flying to Lima": Lima is the next stop
    sentence = sentence[:closing]
    for match in _LOCATION.finditer(sentence, position):
        place, end = match["place"], match.end("place")
        of = _PLACE_OF.match(sentence, end)
        if of:  # "the Black Sea resort of Sochi"
            place, end = of["place"], of.end("place")
        if frame is not None and (
            frame.role(end - len(place), end) in (syntax.TOPIC, syntax.OTHER)
            or frame.in_relative_clause(end - len(place), end)
        ):
            continue
        words = place.split()
        if words[0] in NOT_NAMES:
            continue
        if len(words) > 1 and words[-1] in NOT_NAMES:  # "arrived in Israel Monday"
            place, end = words[0], end - len(words[-1]) - 1
        elif _ATTRIBUTIVE.match(sentence, end):
            continue  # "at the Nazi concentration camp": a name used as an adjective
        city = _city(place)
        if city:
            return city
        if _is_place_name(place, match, end, trigger_end, actors, knowledge):
            return (
                _named_city(sentence, opening, before=end) or place
            )  # "flew to Sochi for talks ... the election in Israel"
    if _FOR_TALKS.search(sentence, max(opening, position - 8), position):
        position = opening  # "flew to the Black Sea resort of Sochi for talks": where the journey went
    return _named_city(sentence, position, before=trigger_end + _CITY_REACH)  # "visited Sochi"


_ANOTHER_ACT = re.compile(r"\b(?:before|after)\s+[a-z]+ing\b")
_CITY_REACH = 40  # "visited the Black Sea resort of Sochi", not "cutting its ties with Taipei" further on
_FOR_TALKS = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)


def _named_city(sentence: str, position: int, before: int | None = None) -> str:
    """The first known city the sentence names from `position` on (and starting before `before`),
    or "": not one that is the subject of a verb of its own ("Qatar hosts the ministers as
    Washington pushes for a deal"), nor one that tells whose a person is."""
    for run in _CAPITALISED_RUN.finditer(sentence, position, len(sentence) if before is None else before):
        name = _city(run.group())
        if not name or _TRAVELLED_FROM.search(sentence, max(0, run.start() - 30), run.start()):
            continue
        after = _TOLD_BY_A_VERB.match(sentence, run.end())
        if _OF_ITS_PEOPLE.match(sentence, run.end()):
            continue  # "hosted his Singapore counterpart": whose he is, not where
        if not (after and (lexicon.is_present_singular(after[1]) or lexicon.is_past(after[1]))):
            return name
    return ""


_TOLD_BY_A_VERB = re.compile(r"\s+([a-z]+)\b")
_OF_ITS_PEOPLE = re.compile(
    r"\s+(?:counterpart|president|leader|minister|premier|prime|official|delegation|ambassador|envoy"
    r"|government)s?\b"
)


# Before the place a journey began ("flew in from Guatemala City", "left Dhaka for"): no side, no venue.
_TRAVELLED_FROM = re.compile(
    r"\b(?:(?:flew|flown|flying|arrived|arriving|came|travell?ed|returned|returning)\s+(?:in\s+|back\s+)?from"
    r"|left|leaving|departed|departing)\s+$",
    re.IGNORECASE,
)
