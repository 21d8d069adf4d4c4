"""Merge the mentions of one interaction within an article into one Event.

Mentions with their own date open or join the event of the same pair and status whose date is
compatible. Mentions without a date are what is said about an event already told (topics, points
agreed, quotes from the press conference): a happened one joins the pair's event nearest the
reference date (for a call, meeting or visit, the nearest of that kind of contact: a call is not
the aid sent the next day), a planned one the pair's last planned event; an undated happening with
no event to join is dated by the reference date when it is news (told in the lead, or a clear
interaction); an undated plan with nothing to join only when the lead tells it.
"""

import re
from dataclasses import dataclass
from datetime import date

from . import syntax, types
from .events import EventMention, city_state
from .results import Event, FuzzyDate, Mention

_SPEAKERS = re.compile(r"spokes|aide|adviser")  # they tell of events, they are not who meets
RECENT_DAYS = 45  # an undated report of news joins an event this close to the reference date, else opens one


@dataclass
class DatedMention:
    mention: EventMention
    date: FuzzyDate | None  # None: the sentence names no date
    date_text: str = ""


def cluster(
    mentions: list[DatedMention], reference: date | None
) -> list[tuple[FuzzyDate, list[DatedMention]]]:
    """Groups of mentions that tell one event, each with the event's date."""
    groups = _Groups()
    for item in mentions:
        if item.date is not None:
            _join_dated(groups, item)
    for item in mentions:
        if item.date is None:
            _join_undated(groups, item, reference)
    return [(group.when, group.members) for group in groups.all]


class _Group:
    __slots__ = (
        "when", "members", "people", "hosts", "countries", "status", "type", "force", "measure", "taker",
        "changed", "mutual", "index",
    )  # fmt: skip

    def __init__(self, item: DatedMention, when: FuzzyDate, index: int):
        first = item.mention
        self.when, self.members, self.people, self.hosts = when, [item], _people(item), _hosts(item)
        self.force = first.quad_class == types.MATERIAL_CONFLICT
        self.measure = types.which_measure(first)
        self.changed = first.changed_plan
        self.taker = _order(first)[0]  # the side that acts: whose measure or statement it is
        self.mutual = first.mutual
        self.countries, self.status, self.type, self.index = (
            frozenset(first.countries),
            first.status,
            first.type,
            index,
        )

    def add(self, item: DatedMention) -> None:
        self.members.append(item)
        self.people |= _people(item)
        self.hosts |= _hosts(item)


class _Groups:
    """The groups so far, indexed by pair and status (and year, for dated joins), so that joining is
    linear in the mentions even when a text tells thousands of events of one pair."""

    def __init__(self):
        self.all: list[_Group] = []
        self.by_pair: dict[tuple, list[_Group]] = {}
        self.by_year: dict[tuple, list[_Group]] = {}

    def open(self, item: DatedMention, when: FuzzyDate) -> None:
        group = _Group(item, when, len(self.all))
        self.all.append(group)
        self.by_pair.setdefault((group.countries, group.status), []).append(group)
        self.by_year.setdefault((group.countries, group.status, when.start.year), []).append(group)

    def near(self, countries: frozenset, status: str, year: int) -> list[_Group]:
        found = [g for y in (year - 1, year, year + 1) for g in self.by_year.get((countries, status, y), ())]
        return sorted(found, key=lambda g: g.index)

    def redate(self, group: _Group, when: FuzzyDate) -> None:
        if when.start.year != group.when.start.year:
            self.by_year[(group.countries, group.status, group.when.start.year)].remove(group)
            self.by_year.setdefault((group.countries, group.status, when.start.year), []).append(group)
        group.when = when


def _compatible(group: "_Group", mention: EventMention, status: str = "happened") -> bool:
    """Force and diplomacy between the same states on the same day are still two events; plans
    of different kinds (a visit early next year, a ceremony on 9 May) too."""
    a, b = group.type, mention.type
    if status == "planned":
        return a == b or {a, b} <= types.CONTACT | {"invitation"}
    if group.force != (mention.quad_class == types.MATERIAL_CONFLICT):
        return False
    if group.measure != types.which_measure(mention):
        return False  # "summoned the ambassador and ordered one of his diplomats to leave": two measures
    if group.changed != mention.changed_plan:
        return False  # calling off a visit is no part of the call made that day
    if "other" in (a, b) and {a, b} & types.CONTACT:
        return False  # "reopened their border on Thursday; the presidents met at the crossing": two
    if group.measure and group.taker != _order(mention)[0]:
        return False  # Russia's expulsions and Estonia's in return
    if a == b == "statement" and not (group.mutual or mention.mutual) and group.taker != _order(mention)[0]:
        return False  # a call for talks and its rejection; not "traded accusations" (either side's)
    # among them, force is one event, a measure taken over it another ("closed the border after a
    # raid"), a protest over either a third ("condemned the raid")
    return not group.force or a == b


def _join_dated(groups: _Groups, item: DatedMention) -> None:
    mention = item.mention
    best = None
    mine, hosts = _people(item), _hosts(item)
    for group in groups.near(frozenset(mention.countries), mention.status, item.date.start.year):
        if (
            _compatible(group, mention, group.status)
            and _close(group.when, item.date, types.family(group.type) == types.family(mention.type))
            and not _different_people(group.people, mine)
            and not (group.hosts and hosts and group.hosts.isdisjoint(hosts))
            and not _another_plan(group, item)
            and not _vaguer_of_another_family(group, item)
        ):
            score = (
                group.when.precision != item.date.precision,
                abs((group.when.start - item.date.start).days),
            )
            if best is None or score < best[0]:
                best = (score, group)
    if best is None:
        groups.open(item, item.date)
        return
    group = best[1]
    precise = {"day": 0, "month": 1, "year": 2}
    if precise[item.date.precision] < precise[group.when.precision] or (
        item.date.precision == group.when.precision and _first_contact(group, mention)
    ):
        groups.redate(group, item.date)
    group.add(item)


def _vaguer_of_another_family(group: _Group, item: DatedMention) -> bool:
    """'Exempted Kyrgyzstan earlier this month from the quota' is no part of the talks held on
    Monday: a mention of a month beside a group of a day, of another family, is another event (a
    year is too vague to tell: "this year marks 25 years of cooperation" stays with the visit)."""
    return (item.date.precision, group.when.precision) == ("month", "day") and types.family(
        item.mention.type
    ) != types.family(group.type)


def _first_contact(group: _Group, mention: EventMention) -> bool:
    """Whether the mention is the first meeting, visit or call told of a group dated so far by
    other reports ("explained the tariffs at a meeting on Thursday" beside "lifted duties on
    Friday"): the event is the encounter, on its day."""
    return mention.type in types.CONTACT and not any(m.mention.type in types.CONTACT for m in group.members)


def _another_plan(group: _Group, item: DatedMention) -> bool:
    """A plan dated less precisely than a plan already told is another plan ("talks with Modi on
    Friday" and "Modi is expected to travel to Thimphu later this year"), unless it refers back
    ("the visit")."""
    return (
        group.status == "planned"
        and group.when.precision != item.date.precision
        and not item.mention.anaphoric
        and not any(m.mention.anaphoric for m in group.members)
    )


def _hosts(item: DatedMention) -> set[str]:
    """The state whose city the mention places its visit or meeting in: talks in Tokyo and a visit
    to Manila are two encounters, whatever their dates."""
    host = city_state(item.mention.location) if item.mention.location else None
    return {host} if host else set()


def _people(item: DatedMention) -> set[tuple[str, str]]:
    """(state, person) of the people who speak for the sides."""
    return {
        (a.country, a.person)
        for a in item.mention.actors
        if a.person and a.country in item.mention.countries and not _SPEAKERS.search(a.office)
    }


def _different_people(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    """Two encounters, not one: nobody in common (ministers in May, presidents on 24 May), or a
    side told through different people (Sudani met Raisi, then Khamenei, the same day)."""
    if not a or not b:
        return False
    if not a & b:
        return True
    for side in {state for state, _ in a} & {state for state, _ in b}:
        if {p for s, p in a if s == side}.isdisjoint({p for s, p in b if s == side}):
            return True
    return False


def _close(a: FuzzyDate, b: FuzzyDate, same_family: bool) -> bool:
    """The same period; or, for reports of one kind, days one apart (a night's news told as the next
    day's): a call on Wednesday and a demand on Thursday are two events."""
    if a.overlaps(b):
        return True
    return same_family and a.precision == b.precision == "day" and abs((a.start - b.start).days) <= 1


def _join_undated(groups: _Groups, item: DatedMention, reference: date | None) -> None:
    mention = item.mention
    candidates = [
        group
        for group in groups.by_pair.get((frozenset(mention.countries), mention.status), ())
        if _compatible(group, mention) and not _met_in_person_beside_a_call(group, mention)
    ]
    if candidates:
        if mention.status == "planned":
            group = candidates[-1]
        else:
            group = min(_same_kind(candidates, mention.type), key=lambda g: _distance(g.when, reference))
        # without a writing date nothing tells whether an event is today's news: "spoke by phone on
        # Tuesday" beside a deal signed in 2015 is no source of the deal
        recent = _distance(group.when, reference) <= RECENT_DAYS if reference else mention.anaphoric
        if mention.status == "planned" or recent or not _newsworthy(mention):
            if _of_its_story(group, mention):
                group.add(item)
            return
    if mention.status == "planned" and mention.type in types.CONTACT:
        for group in groups.by_pair.get((frozenset(mention.countries), "happened"), ()):
            # "flew to Moscow for a visit during which he will meet Putin. He will also meet ...": the
            # visit's own plans, told beside it or after the first of them
            if group.type == "visit" and any(
                m.mention.start == mention.start or m.mention.status == "planned" for m in group.members
            ):
                group.add(item)
                return
    if reference is not None and _newsworthy(mention):
        # today's news happened today; a plan with no date of its own is for some day not told
        planned = mention.status == "planned"
        groups.open(
            item, FuzzyDate.of(reference.year, reference.month) if planned else FuzzyDate(reference, "day")
        )


def _met_in_person_beside_a_call(group: _Group, mention: EventMention) -> bool:
    """'The foreign ministers met at a ceremony ... The ceremony came a day after the presidents spoke
    by telephone': the lead's encounter in person is the day's news, not the call told after it."""
    in_person = (
        mention.type in types.CONTACT | {"ceremony"}
        and mention.type != "phone_call"
        and not _TALKED_OF.match(mention.trigger)  # "The pair discussed trade": of the call, not met
    )
    told_apart = mention.in_lead and not mention.anaphoric and not _OF_A_CALL.search(mention.sentence)
    return group.type == "phone_call" and in_person and told_apart


# Verbs of what was talked of, not of where: said of a call as much as of a meeting.
_TALKED_OF = re.compile(r"discuss|review|exchange", re.IGNORECASE)
# "During the call, they discussed ...": a sentence telling of a call
_OF_A_CALL = re.compile(r"\b(?:call|conversation|phone|telephone)\b", re.IGNORECASE)


def _of_its_story(group: _Group, mention: EventMention) -> bool:
    """Whether an undated report supports the event: one of its kind, or one told beside it ("They
    also signed a deal on fishing"). Background told elsewhere in the text ("relations were cut
    after the war") is no source of today's visit, nor an event with no date of its own."""
    family = types.family(group.type)
    if types.family(mention.type) == family or mention.anaphoric:
        return True
    return any(_beside(m.mention, mention) for m in group.members if types.family(m.mention.type) == family)


def _beside(one: EventMention, other: EventMention) -> bool:
    """The same sentence, or the one just before or after it."""
    gap = max(one.start, other.start) - min(one.end, other.end)
    return gap <= _SENTENCE_GAP


_SENTENCE_GAP = 3  # characters between two sentences: a space, or a paragraph's line breaks


def _same_kind(candidates: list[_Group], kind: str) -> list[_Group]:
    """An undated call ("discussed oil in a phone call") tells the pair's call, an undated meeting or
    visit its meeting or visit (talks are held during a visit), not whatever else happened nearest
    the reference date (aid sent the next day)."""
    if kind not in types.CONTACT:
        return candidates
    contact = {other for other in types.CONTACT if types.family(other) == types.family(kind)}
    return [g for g in candidates if g.type in contact] or candidates


def _newsworthy(mention: EventMention) -> bool:
    """An undated report opens an event of its own when the lead tells it (the news of the day) or
    when it is a clear interaction or use of force, not a reference back to one."""
    if mention.anaphoric and not mention.in_lead:
        return False  # "Russia said the incident was Israel's fault": told before, or not at all
    if mention.status == "planned":
        return mention.in_lead
    return mention.in_lead or (
        mention.rank == 1 and (mention.type in types.CONTACT or mention.type in types.FORCE)
    )


def _distance(when: FuzzyDate, reference: date | None) -> int:
    return abs((when.start - reference).days) if reference else 0


def to_event(when: FuzzyDate, members: list[DatedMention], names: dict[str, str]) -> Event:
    """One Event from its mentions: the most specific type, a title, participants, confidence."""
    kinds = [m.mention.type for m in members]
    first_interaction = next((k for k in kinds if k in types.CONTACT), None)
    kind = first_interaction or min(kinds, key=lambda k: types.TYPES[k].specificity)
    lead = next(m.mention for m in members if m.mention.type == kind)
    members = sorted(members, key=lambda m: m.mention is not lead)  # the evidence tells the event's kind
    participants = tuple(dict.fromkeys(a.person for m in members for a in m.mention.actors
                                       if a.person and a.country in lead.countries))  # fmt: skip
    places = (m.mention.location for m in members if m.mention.location and m.mention.type in types.PLACED)
    location = next(places, "") if kind in types.PLACED else ""  # a call has no venue
    dated = sum(1 for m in members if m.date is not None)
    confidence = min(0.95, 0.45 + 0.1 * len(members) + 0.15 * (dated > 0) + 0.1 * (kind in types.CONTACT))
    return Event(
        date=when,
        type=kind,
        status=lead.status,
        countries=tuple(sorted(lead.countries)),
        title=_title(lead, kind, names, location, [m.mention for m in members if m.mention is not lead]),
        summary=_summary([m.mention.sentence for m in members]),
        location=location,
        participants=participants,
        confidence=round(confidence, 2),
        quad_class=lead.quad_class,
        outcome=next((m.mention.outcome for m in reversed(members) if m.mention.outcome), ""),
        mentions=[
            Mention(m.mention.start, m.mention.end, m.mention.sentence, m.mention.trigger, m.date_text)
            for m in members
        ],
    )


def _summary(told: list[str]) -> str:
    """The first two sentences that tell the event, the lead's first. A headline (no stop at its
    end) is left out when sentences tell it: "… in Israel. Netanyahu and Putin hold talks in Sochi"
    read as a sentence of the summary."""
    sentences = [text.strip() for text in told if text.strip().endswith(_SENTENCE_ENDS)]
    return " ".join(sentences[:2] or [f"{told[0].strip()}."])[:400]


_SENTENCE_ENDS = tuple(".!?…\"'”’)")
_HOST_DISTANCE = 40  # characters between a visit's trigger and the place it names ("to the resort of Sochi")


def _title(lead: EventMention, kind: str, names: dict[str, str], location: str, others=()) -> str:
    """'Putin meets Netanyahu in Sochi', 'Algeria recalls its envoy from France': the sides by the
    leaders who take part when the reports name them, else all by their states' names."""
    order = _order(lead)
    labels = _side_labels(lead, kind, names, others)
    subject, rest = labels[order[0]], [labels[code] for code in order[1:]]
    planned = lead.status == "planned"
    verb = lead.title_verbs[planned] if lead.title_verbs and kind == lead.type else None
    verb = verb or types.title_verb(kind, lead.plover, planned)
    if kind == "visit":
        rest = [names.get(code, code) for code in order[1:]]  # a visit goes to a state, not to its leader
    if not verb:  # told of both sides alike: "Russia and Israel: military incident"
        label = types.TYPES[kind].label
        title = f"{' and '.join([subject, *rest])}: {'planned ' if planned else ''}{label}"
    else:
        title = f"{subject} {verb} {' and '.join(rest)}"
    if location and location not in title:
        title += f" in {location}"
    return title


def _side_labels(lead: EventMention, kind: str, names: dict[str, str], others) -> dict[str, str]:
    """Each side by a person who takes part in it (in the lead report, else in another report of
    the event; the parse's agent or counterpart before one who only speaks of it), when every side
    has one; else each by its state's name. Force, sanctions and the other acts of a state (a border
    reopened, aid sent, envoys summoned) are between states ("Slovakia summons the envoy of Ukraine",
    whoever's remarks it was over; "Ghana reopens its border to Togo", whichever minister said so);
    a plan's change is its traveller's ("Ruto postpones a visit to Uganda")."""
    states = {code: names.get(code, code) for code in lead.countries}
    if kind in ("military_incident", "sanctions", "other") and not lead.changed_plan:
        return states
    people = {}  # state -> (0 if the parse names them as agent or counterpart, order seen; label)
    for mention in (lead, *others):
        for actor in mention.actors:
            if actor.person and actor.label and actor.country in states and _takes_part(mention, actor, lead):
                role = mention.frame.role(actor.start, actor.end) if mention.frame else None
                rank = (role not in (syntax.AGENT, syntax.COUNTERPART), len(people))
                if actor.country not in people or rank < people[actor.country][0]:
                    people[actor.country] = (rank, actor.label.rstrip("."))
    people = {state: label for state, (_rank, label) in people.items()}
    if "visit" in (kind, lead.changed_plan):  # "Netanyahu visits Russia": the visitor named, the host a state
        visitor = _order(lead)[0]
        return {**states, visitor: people.get(visitor, states[visitor])}
    return people if people.keys() == states.keys() else states


def _takes_part(mention: EventMention, actor, lead: EventMention) -> bool:
    """Whether a named person stands for a side: in the lead report unless the parse makes them a
    topic or part of something else ("remarks by Macron"); in another report only as the parse's
    agent or counterpart ("during the visit of X" is not X meeting anyone)."""
    role = mention.frame.role(actor.start, actor.end) if mention.frame else None
    if mention is lead:
        return role not in (syntax.TOPIC, syntax.OTHER)
    return role in (syntax.AGENT, syntax.COUNTERPART)


def _order(lead: EventMention) -> list[str]:
    """The sides in the order the sentence names them, the parse's agent first; for a visit, the
    host last ("Xi invited Modi to visit China": Modi visits China)."""
    acting = [a for a in lead.actors if a.country in lead.countries]
    if lead.frame is not None:  # the parse's agent first: "after Algiers recalled him", not Paris
        acting.sort(key=lambda a: lead.frame.role(a.start, a.end) != syntax.AGENT)
    else:  # no parse of the trigger: the name just before its verb ("..., after Somalia severed relations"),
        # unless it ends a pair named together ("Indonesia and China established ties"; not ", and New
        # Delhi summoned ...", a clause of its own)
        trigger = lead.trigger_start - lead.start
        acting.sort(
            key=lambda a: (
                not (
                    0 <= trigger - a.end <= 2
                    and (
                        lead.sentence[: a.start].rstrip().endswith(", and")
                        or not lead.sentence[: a.start].rstrip().endswith((" and", ","))
                    )
                )
            )
        )
    seen = [a.country for a in acting]
    order = list(dict.fromkeys(seen + list(lead.countries)))
    if types.is_measure(lead):
        # whose envoy is expelled or summoned is the one it is done to, whoever the sentence named
        # first ("Ghana's president said …, and Ouagadougou summoned Ghana's ambassador")
        envoys = {a.country for a in acting if a.office in _ENVOYS}
        order.sort(key=lambda code: code in envoys)
    host = _visited(lead) if lead.type == "visit" else None
    return [code for code in order if code != host] + [host] if host else order


_ENVOYS = frozenset({"ambassador", "envoy"})


def _visited(lead: EventMention) -> str | None:
    """The country a visit goes to: the state of the known city it took place in ("arrived in
    Goa"), else a state or place named just after the trigger ("visit China", "flew to Sochi") and
    not its visitor ("a visit by Peru's minister"); None when a person comes first or nothing is near."""
    host = city_state(lead.location)
    if host in lead.countries:
        return host
    hosting = lead.frame.hosts_of_its_visit() if lead.frame is not None else None
    if hosting is not None:  # "Kenya will host Uganda's president for a state visit": Kenya
        hosts = {a.country for a in lead.actors if hosting[0] <= a.start < hosting[1]} & set(lead.countries)
        if len(hosts) == 1:
            return hosts.pop()
    trigger_end = lead.trigger_start - lead.start + len(lead.trigger)
    after = [
        a
        for a in lead.actors
        if a.start >= trigger_end
        and a.country in lead.countries
        and not (lead.frame is not None and lead.frame.role(a.start, a.end) == syntax.AGENT)  # "a visit by X"
    ]
    if not after:
        return None
    nearest = min(after, key=lambda a: a.start)
    if nearest.kind == "person" or nearest.start - trigger_end > _HOST_DISTANCE:
        return None
    return nearest.country
