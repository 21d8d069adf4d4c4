"""From an article to the few bilateral events an analyst would put on a timeline.

clean text -> sentences -> reference date (refdate, or the editor's override) -> time expressions
(timex) -> actors per sentence -> the parse of the sentences that name two states and a trigger (in
one batch, syntax) -> event mentions -> clustering into Events. Deterministic, linear in the text,
and safe on any input: overlong "sentences" (text with no punctuation) are skipped, and the parse
has a budget per article.

Dating a mention: the governing expression of its clause, except a date after "since" (an ongoing
state: no event when told in the present), after "before the" (another moment) or in an aside
(", unveiled on Tuesday,"). An incident told through blame ("accused X on Tuesday of causing the
loss of a plane downed on Monday") is dated by the act when the words after it date it. With none,
"a day after" / "two days later" count from the last day the text named before. A headline with
no verb takes the tense of the lead that follows.
"""

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from . import syntax, types
from .actors import (
    Context,
    find_actors,
    first_person,
    holds_office,
    one_reading_of_shared_names,
    people_in_office,
    resolve_references,
    short_form_actors,
    short_forms,
)
from .cluster import DatedMention, cluster, to_event
from .events import TO_A_VERB, city_state, find_event_mentions, may_parse, parsed_names
from .knowledge import STATE, WEAK_STATE, Knowledge
from .refdate import infer_reference_date
from .results import Extraction, FuzzyDate, PersonSeen, ReferenceDate, TimeExpression
from .text import clean, dateline, sentences
from .timex import MONTH_NAMED, PUT_BACK, PUT_BACK_REACH, find_time_expressions, governing_expression

_ONGOING = re.compile(r"\b(?:is|are|has\s+been|have\s+been)\b", re.IGNORECASE)
# "fought a war in the early 1990s": a time no day, month or year places, and not the writing date
_DECADE = re.compile(r"\b(?:(?:early|mid|late)[\s-]+)?(?:1[5-9]|20)\d0s\b", re.IGNORECASE)
_NO_EVENT = object()  # what _governed gives a clause that tells no event to date
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:the\s+)?$", re.IGNORECASE)
_PERIOD_END = re.compile(r"(?:the\s+)?end\s+of\b", re.I)  # "plans to visit before the end of the year"
_BEFORE = re.compile(r"\b(?:before|ahead\s+of|prior\s+to|run-up\s+to)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_ASIDE = re.compile(r",\s+(?:first\s+)?[a-z]+ed\s+(?:on|in|at|last|earlier)?\s*$")
_SEASON = re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:next|coming|this)\b", re.IGNORECASE)
_CLOCK_ENTRY = re.compile(r"\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[—–-]\s", re.IGNORECASE)
_LOOKING_AHEAD = re.compile(r"\b(?:next|coming|later\s+this)\b", re.IGNORECASE)
_BACKWARD = re.compile(r"\b(?:\d{4}|last|ago|previous|earlier|past|yesterday)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?][\"”']?\s")
_QUESTIONS_OF_AN_INTERVIEW = 2  # paragraphs that are questions: an interview, whose answers are one voice
LEAD_SENTENCES = 2  # the first sentences of a news text tell the news itself
MAX_SENTENCE = 1500  # characters; longer runs are no prose a reporter wrote
MAX_PARSED_SENTENCES = 300  # per article: a long news story has a few dozen worth parsing
_EPOCH = date(2000, 1, 1)  # resolves absolute dates when a text has no reference date


def extract(
    text: str,
    page_date: date | None = None,
    knowledge: Knowledge | None = None,
    reference_override: date | None = None,
    known_dates: Iterable[date] = (),
    page_month_day: tuple[int, int] | None = None,
    received: date | None = None,
) -> Extraction:
    """The bilateral events `text` tells, dated against its reference date. Without a page date,
    `page_month_day` is the month and day of a page stamp that gives no year; `received`, the day
    the article came in, places such a stamp when the text names no year."""
    with syntax.forgetting_new_words():
        return _extract(text, page_date, knowledge, reference_override, known_dates, page_month_day, received)


_GUESS = (
    "no page date and no month named: a guess from the years and office holders the text names, which "
    "dates no event told by weekday ('on Tuesday'): set the reference date to have them"
)


def _names_a_month(expressions) -> bool:
    """Whether the text dates something by its month or day ("March 6", "12 March 2018"), which
    places a writing date guessed from it closely enough for "on Tuesday"."""
    return any(e.value.precision != "year" and MONTH_NAMED.search(e.text) for e in expressions)


def _extract(text, page_date, knowledge, reference_override, known_dates, page_month_day, received):
    knowledge = knowledge or Knowledge.default()
    body = clean(text)
    if reference_override is not None:
        reference = ReferenceDate(reference_override, "editor", 1.0, ("set by an editor",))
    else:
        in_office = people_in_office(knowledge, body)
        reference = infer_reference_date(body, page_date, known_dates, page_month_day, received, in_office)
    day = reference.date
    expressions = find_time_expressions(body, day or _EPOCH)
    # The day it came in is no writing date, nor is a day guessed from years and the terms of the
    # office holders a text names, with no stamp and no month named ("Kishida called Yoon on Tuesday
    # ... a swap signed in 2015"): "on Tuesday" cannot be placed by either, only "4 May 2023" can.
    if reference.method == "text" and page_month_day is None and not _names_a_month(expressions):
        reference = replace(reference, method="guessed", evidence=(*reference.evidence, _GUESS))
    if reference.method in ("received", "guessed"):
        day = None
        expressions = [e for e in expressions if e.kind == "absolute"]
    told = []  # (sentence, its mentions, its expressions)
    starts = [e.start for e in expressions]
    context = Context()
    pairs = Counter()
    parses = syntax.Parses(MAX_PARSED_SENTENCES)
    prose = [
        s
        for s in sentences(body)
        if len(s.text) <= MAX_SENTENCE and _WORD.search(s.text) and not _is_headline_list(s.text)
    ]
    local, named_actors = [], []  # each sentence's expressions, and the actors it names before references
    for sentence in prose:
        local.append(_within(expressions, starts, sentence))
        when = governing_expression(local[-1], sentence.start, sentence.end, body)
        period = (when.value.start, when.value.end) if when else (day, None)
        named_actors.append(find_actors(knowledge, sentence.text, *period))
    named_actors = one_reading_of_shared_names(named_actors, knowledge)
    if forms := short_forms(knowledge, body):
        named_actors = [
            short_form_actors(s.text, forms, named) for s, named in zip(prose, named_actors, strict=True)
        ]
    parses.prefetch(_worth_parsing(prose, named_actors))
    context.home = context.last_ministry_country = _dateline_state(prose[:LEAD_SENTENCES], knowledge)
    seen = {}  # (name, country) -> PersonSeen
    asked = _questions(prose, body)
    interviewee = _interviewee(named_actors) if len(asked) >= _QUESTIONS_OF_AN_INTERVIEW else None
    for index, sentence in enumerate(prose):
        answered = interviewee if asked and asked[0] < index and index not in asked else None
        named = named_actors[index] + first_person(sentence.text, named_actors[index], answered)
        actors = resolve_references(sentence.text, named, context)
        for actor in actors:
            if not actor.known and holds_office(actor):
                key = (actor.person, actor.country)
                seen.setdefault(key, PersonSeen(actor.person, actor.country, actor.office, sentence.text))
        before = prose[index - 1].text if index else ""
        found = find_event_mentions(sentence.text, sentence.start, actors, knowledge, parses, before)
        for mention in found:
            mention.in_lead = index < LEAD_SENTENCES or _opens_an_entry(sentence, body)
            pairs[mention.countries] += 1
        told.append((sentence, found, local[index]))
        if pairs:  # "the two leaders" are most often the article's main pair
            context.pair = max(pairs, key=pairs.get)
    _tense_from_lead(told)
    mentions = []
    days = list(expressions)  # the days the text names, and those counted from them so far
    for sentence, found, local in told:
        mentions += _dated(found, days, local, body, sentence, day)
    mentions = _also_dated_by_the_last_contact(_blame_dated_by_its_incident(mentions))
    mentions = _answer_dated_by_what_it_answers(mentions)
    named = {code for item in mentions for code in item.mention.countries}  # the only names titles use
    names = {code: knowledge.countries[code].name for code in named if code in knowledge.countries}
    events = [to_event(when, members, names) for when, members in cluster(mentions, day)]
    events.sort(key=lambda e: (e.date.start, e.countries))
    return Extraction(
        reference_date=reference, events=events, expressions=expressions, people_not_known=list(seen.values())
    )


def _questions(prose, body: str) -> list[int]:
    """The sentences that are paragraphs of their own ending in a question mark: an interviewer's."""
    return [
        index
        for index, sentence in enumerate(prose)
        if sentence.text.rstrip().endswith("?")
        and _opens_a_paragraph(sentence, body)
        and body[sentence.end :].lstrip(" \t")[:1] in ("\n", "")
    ]


def _interviewee(named_actors: list[list]):
    """The person an interview's lead names first: the "I" of its answers."""
    lead = (actor for actors in named_actors[: LEAD_SENTENCES + 1] for actor in actors)
    return next((actor for actor in lead if actor.kind == "person"), None)


def _opens_a_paragraph(sentence, body: str) -> bool:
    return sentence.start == 0 or body.rfind("\n", 0, sentence.start) >= len(body[: sentence.start].rstrip())


def _opens_an_entry(sentence, body: str) -> bool:
    """Whether the sentence opens a paragraph with a dateline or a clock time: the lead of an item
    of a round-up ("SUVA — Kiribati's president was received ...") or of an entry of a live page
    ("09:55 — The UAE has summoned Iran's ambassador"), each the news of its own."""
    return _opens_a_paragraph(sentence, body) and bool(
        _CLOCK_ENTRY.match(sentence.text) or dateline(sentence.text, bare=True)
    )


def _dateline_state(lead, knowledge: Knowledge) -> str:
    """The state of the lead's dateline ("VILNIUS, Jan 16 (Baltic Wire) -", "TERMEZ, Uzbekistan,
    April 25 -", "LIMA —"): whose "foreign ministry" a wire report means until it names another."""
    for sentence in lead:
        found = dateline(sentence.text, bare=True)
        if found:
            place = found["place"].strip().title()
            states = [m.targets[0] for m in knowledge.find(place) if m.kind in (STATE, WEAK_STATE)]
            return states[-1] if states else city_state(place.split(",")[0]) or ""
    return ""


def _worth_parsing(prose, named_actors: list[list]) -> list[tuple]:
    """The sentences (with their names) that name two states and a trigger word, to be parsed in
    one batch before they are read one by one. References ("he", "the two sides") are resolved as the
    reading will resolve them, less the pair it takes from the mentions it finds: a sentence missed
    here is parsed alone when read, at twice the cost of one in the batch."""
    context = Context()
    wanted = []
    for sentence, actors in zip(prose, named_actors, strict=True):
        actors = resolve_references(sentence.text, actors, context)
        if may_parse(sentence.text, actors):
            wanted.append((sentence.text, parsed_names(actors)))
    return wanted


def _within(expressions, starts: list[int], sentence) -> list:
    """The expressions inside the sentence (bisect: linear in the text, not sentences x dates)."""
    return expressions[bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)]


def _tense_from_lead(told) -> None:
    """A headline with no verb ("Summit in Bangkok on Thursday") or in the present ("Prachanda heads
    to India") tells what the lead tells: a plan when the sentence after it tells the same pair's
    interaction only as planned (not "arrived on Friday to meet Putin": the arrival is the news)."""
    for index, (sentence, found, _local) in enumerate(told[:LEAD_SENTENCES]):
        headline = index == 0 and not sentence.text.rstrip().endswith((".", "!", "?", '"', "”"))
        for mention in found:
            untensed = not mention.tensed or (headline and mention.present)
            if not untensed or mention.status != "happened":
                continue
            following = [m for _s, later, _l in told[index + 1 : index + 2] for m in later]  # the lead
            told_of_pair = {
                m.status for m in following if m.countries == mention.countries and m.type in types.CONTACT
            }
            if told_of_pair == {"planned"} and mention.type in types.CONTACT:
                mention.status = "planned"


def _dated(found, days, local, body: str, sentence, reference: date | None) -> list[DatedMention]:
    """The sentence's mentions with the date governing each one's clause; the status follows a date
    past or future. When a sentence tells what happened and a plan and one date serves both, the date
    goes to the one it fits (a past date to what happened, a future one to the plan). A day counted
    from another ("two days later") joins `days`, so that the next count starts from it."""
    alone = len(found) == 1
    dated = [_governed(mention, days, local, body, sentence, reference, alone) for mention in found]
    primary = {id(e) for m, e in dated if not m.secondary and e is not None}
    dated = [  # "crossed on 28 January, ... which summoned the envoy the following day"
        (
            m,
            _counted_from_another(m, days, body, sentence, reference) or e,
        )
        if m.secondary and e is not None and id(e) in primary
        else (m, e)
        for m, e in dated
    ]
    dated = [  # a further event of the sentence counts only with a date of its own, or where the first was
        (m, e)
        for m, e in dated
        if not m.secondary
        or (
            e is not None
            and e is not _NO_EVENT
            and (
                id(e) not in primary
                or (
                    m.frame is not None
                    and (m.frame.told_of_a_place() or m.frame.told_by_a_part() or m.frame.done_at_a_time())
                )
            )
        )
    ]
    result = []
    for mention, expression in dated:
        if expression is _NO_EVENT:
            continue
        if expression is None:
            if not _what_was_agreed(mention, dated):
                result.append(DatedMention(mention, None))
            continue
        if expression.kind == "anchored" and expression not in days:
            bisect.insort(days, expression, key=lambda e: e.start)
        value = _in_the_year_told(mention, expression, local, sentence) or _directed(
            mention, expression, reference
        )
        shared = [m for m, e in dated if m is not mention and e is expression]
        changes = [m for m in shared if m.changed_plan == mention.type]
        if (
            mention.outcome
            and changes
            and value.precision != "day"
            and expression is not _put_back_to(local, body)
        ):
            # "a planned visit was called off in December": the calling off's month, and so the plan's
            result.append(
                DatedMention(mention, _directed(changes[0], expression, reference), expression.text)
            )
            continue
        if mention.status == "planned" and any(
            m.status == "happened" and m.trigger_start < expression.start < mention.trigger_start
            for m in shared
        ):
            # "extended an invitation in March to visit Dodoma": March is the inviting's, the visit's
            # day is not told
            result.append(DatedMention(mention, None))
            continue
        fitted_elsewhere = reference is not None and any(_fits(m.status, value, reference) for m in shared)
        if fitted_elsewhere and not _fits(mention.status, value, reference):
            result.append(DatedMention(mention, None))
            continue
        if (
            mention.status == "happened"
            and not mention.past
            and _LOOKING_AHEAD.search(expression.text)
            and (mention.frame is None or mention.frame.governs(*_span(expression, mention)) is True)
        ):
            mention.status = "planned"  # "discussed his visit to Vilnius next week": ahead, in the same month
        if reference is not None and not mention.outcome and not _fits(mention.status, value, reference):
            if mention.status == "planned" and not _told_as_past_plan(mention):
                # a past date in a plan's sentence dates something else
                result.append(DatedMention(mention, None))
                continue
            mention.status = "planned"
        result.append(DatedMention(mention, value, expression.text))
        result += [  # "fought border wars in April 2021 and September 2022": once on each date
            DatedMention(replace(mention), _directed(mention, other, reference), other.text)
            for other in _joined_to(mention, expression, local)
        ]
    return result


def _span(expression: TimeExpression, mention) -> tuple[int, int]:
    """The expression's place in the mention's sentence."""
    return expression.start - mention.start, expression.end - mention.start


def _joined_to(mention, expression: TimeExpression, local) -> list[TimeExpression]:
    """The dates of the sentence coordinated with the one dating the mention."""
    if mention.frame is None:
        return []
    told = _span(expression, mention)
    return [e for e in local if e is not expression and mention.frame.joined_dates(told, _span(e, mention))]


def _what_was_agreed(mention, dated) -> bool:
    """Whether an undated plan is what a dated deal of the same two states in its sentence agreed to
    do ("agreed on Sunday to reopen the crossing"): the deal's, not a plan of its own."""
    return mention.status == "planned" and any(
        other.type == "agreement" and other.status == "happened" and other.countries == mention.countries
        for other, expression in dated
        if expression is not None and expression is not _NO_EVENT
    )


def _in_the_year_told(mention, when: TimeExpression, local, sentence) -> FuzzyDate | None:
    """A month or day named without its year, in a clause that a year frames ("were strained last
    year, when Chile deployed troops in February"), is of that year."""
    if (
        when.kind != "relative"
        or when.value.precision == "year"
        or _AHEAD.search(when.text)
        or _BACKWARD.search(when.text)
        or mention.frame is None
        or mention.status != "happened"
    ):
        return None
    for year in local:
        if (
            year.value.precision == "year"
            and year is not when
            and mention.frame.within_the_time_of(year.start - sentence.start, year.end - sentence.start)
        ):
            return _next_year(when.value, year.value.start.year - when.value.start.year)
    return None


def _governed(mention, days, local, body: str, sentence, reference: date | None, alone: bool):
    """The expression dating the mention's clause; none for "the visit" (a reference back) unless
    its own predicate holds the date, nor a date after "since" (a span's start, not the event's day)."""
    if mention.remnant_date_at is not None and (
        remnant := [e for e in local if e.start <= mention.remnant_date_at < e.end]
    ):
        return mention, remnant[0]  # "visited Uganda on Monday and Rwanda on Tuesday": Rwanda's Tuesday
    if mention.outcome == "postponed" and (new := _put_back_to(local, body)):
        return mention, new  # "planned for May 2023, was postponed to July 2023": the new date
    if mention.changed_plan and (
        reported := [e for e in local if _REPORTED_ON.search(body, max(0, e.start - 30), e.start)]
    ):
        return mention, reported[0]  # "..., his office said on Monday": the day the change was made known
    if back := _counted_back_from_another(mention, local, body, sentence):
        return mention, back  # "in April 2023, six years after Bahrain joined a boycott"
    offset = sentence.start
    current = [e for e in local if not _FORMERLY.search(body, max(0, e.start - 30), e.start)]
    if mention.anaphoric and local and not current:
        return mention, _NO_EVENT  # "the meeting had originally been planned for April": the one told
    local = current or local  # "talks, originally set for Monday, will now take place on Friday"
    own = []  # the dates the parse hangs on the trigger's own predicate
    if mention.frame is not None:  # a date the parse puts in another clause dates something else
        local = [
            e
            for e in local
            if _may_date(mention, e, offset, reference if alone else None)
            or mention.frame.told_as_when_of(e.start - offset, e.end - offset)  # "since 2008, when ..."
        ]
        own = [e for e in local if mention.frame.dates_itself(e.start - offset, e.end - offset)]
        # "began in February, when Ecuador imposed a levy, and Colombia answered in March": February
        own = own or [e for e in local if mention.frame.told_as_when_of(e.start - offset, e.end - offset)]
        local = own or local
    if mention.anaphoric:  # "the visit": the one told before, unless its own clause dates it
        if not own:
            return mention, None
        local = own
    if (
        mention.act_start is not None
    ):  # "accused X on Tuesday of causing the loss of a plane downed on Monday"
        when = governing_expression(local, mention.act_start, sentence.end, body, anchor=mention.act_start)
        if when is not None and not _REPORTING.search(body, mention.act_start, when.start):
            return mention, when
    when = governing_expression(local, sentence.start, sentence.end, body, anchor=mention.trigger_start)
    trigger_end = mention.trigger_start + len(mention.trigger)
    if when is None and (back := _counted_back_from_now(mention, body, sentence, reference)):
        return mention, back
    if when is None and _DECADE.search(sentence.text):
        return mention, _NO_EVENT  # "fought a war in the early 1990s": long before the news, if ever
    if (
        when is None
        or (when.start > trigger_end and _OFFSET.search(body, trigger_end, when.start))
        or _count_opens_clause(mention, when, body, sentence)
        or _count_ends_clause(mention, when, body, sentence)
    ):
        # "spoke by telephone the following day, and on 22 January ...": the count dates the trigger
        return mention, _counted_from_another(mention, days, body, sentence, reference) or when
    if mention.frame is not None and mention.frame.told_as_when_of(when.start - offset, when.end - offset):
        return mention, when  # "frozen since August 2019, when Pakistan expelled ...": the act's date
    if _SINCE.search(body, max(0, when.start - 8), when.start):
        if _ONGOING.search(sentence.text):
            return mention, _NO_EVENT  # "are in a standoff since April": a state of things, no event
        return mention, None
    if _UNTIL.search(body, max(0, when.start - 8), when.start) and mention.status == "happened":
        return mention, None  # "is on a state visit to Japan until Friday": when it ends, not when it was
    aside = when.start > mention.trigger_start and _ASIDE.search(body, max(0, when.start - 30), when.start)
    if aside and not aside.start() <= mention.trigger_start < aside.end() and when not in own:
        return mention, None  # "discussed the plan, unveiled on Tuesday, with ...": the date is the plan's
    if (
        _BEFORE.search(body, max(0, when.start - 24), when.start)
        and when.start > mention.trigger_start
        and not (mention.status == "planned" and _PERIOD_END.match(when.text))
    ):
        return mention, None  # "flew to Sochi days before the September 17 elections": another moment
    return mention, when


def _count_opens_clause(mention, when: TimeExpression, body: str, sentence) -> bool:
    """'said on Friday, a week after Malaysia blamed ...', 'came a week after X held talks in Riyadh,
    his second trip this year': a count of days right before the trigger's clause dates it, over a
    date before the count or a coarser one after the trigger ("a day after X met Y on Monday" keeps
    Monday)."""
    counts = [
        c
        for c in _OFFSET.finditer(body, sentence.start, mention.trigger_start)
        if (c["dir"] or "").lower() in ("after", "before")
    ]
    if not counts or "," in body[counts[-1].end() : mention.trigger_start]:
        return False
    after_trigger = when.start > mention.trigger_start
    return when.end <= counts[-1].start() or (after_trigger and when.value.precision != "day")


def _count_ends_clause(mention, when: TimeExpression, body: str, sentence) -> bool:
    """'On January 12, Dhaka summoned India's envoy, and New Delhi summoned Bangladesh's the next
    day': a count of days that ends the trigger's own clause dates it over a date of a clause before
    (not one after another verb: "agreed to meet again the next day" is the meeting's)."""
    trigger_end = mention.trigger_start + len(mention.trigger)
    if when.end > mention.trigger_start or not _CLAUSE_BREAK.search(body, when.end, mention.trigger_start):
        return False
    clause_end = _CLAUSE_BREAK.search(body, trigger_end, sentence.end)
    count = _OFFSET.search(body, trigger_end, clause_end.start() if clause_end else sentence.end)
    return count is not None and not TO_A_VERB.search(body, trigger_end, count.start())


def _put_back_to(expressions, body: str) -> TimeExpression | None:
    """The date a plan is put back to: after "to" or "until" that follow a word putting it back."""
    for expression in expressions:
        before = body[max(0, expression.start - PUT_BACK_REACH) : expression.start]
        if _TO_DATE.search(before) and PUT_BACK.search(before):
            return expression
    return None


def _blame_dated_by_its_incident(mentions: list[DatedMention]) -> list[DatedMention]:
    """'A missile downed a plane in September. Russia said the incident was Israel's fault': an
    undated incident told through blame is the incident told last before it, on that one's date."""
    last_incident = None
    result = []
    for item in mentions:
        mention = item.mention
        incident = mention.type == "military_incident"
        if item.date is None and mention.blamed and incident and last_incident is not None:
            item = DatedMention(mention, last_incident.date, last_incident.date_text)
        elif item.date is not None and incident:
            last_incident = item
        result.append(item)
    return result


# "Russia responded by expelling ...", "in retaliation, Minsk expelled ...": an act told as an answer
_ANSWERING = re.compile(
    r"\b(?:(?:respond|retaliat|reciprocat)\w*\s+by\s+|in\s+(?:response|retaliation)\b.*)$", re.IGNORECASE
)


def _answer_dated_by_what_it_answers(mentions: list[DatedMention]) -> list[DatedMention]:
    """'Latvia expelled two Russian diplomats in February 2023. Russia responded by expelling
    Latvia's ambassador': an undated act told as the answer to another is dated by the last dated
    act between the same two states."""
    last = {}  # pair -> its last dated mention
    result = []
    for item in mentions:
        mention = item.mention
        answered = last.get(mention.countries)
        told_as_answer = _ANSWERING.search(mention.sentence, 0, mention.trigger_start - mention.start)
        if item.date is None and answered is not None and told_as_answer:
            item = DatedMention(mention, answered.date, answered.date_text)
        elif item.date is not None:
            last[mention.countries] = item
        result.append(item)
    return result


# "Modi also met Macron", "he later met Chinh": told as one more encounter, just before the trigger
_ONE_MORE = re.compile(r"\b(?:also|later|then)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _also_dated_by_the_last_contact(mentions: list[DatedMention]) -> list[DatedMention]:
    """'Modi met Meloni on Tuesday ... Modi also met Macron': an undated encounter told as one more
    ("also", "later", "then") is of the occasion of the last dated encounter of one of its states, on
    that one's date."""
    last = None
    result = []
    for item in mentions:
        mention = item.mention
        contact = mention.type in types.CONTACT and mention.status == "happened"
        told_as_more = (
            _ONE_MORE.search(mention.sentence, 0, mention.trigger_start - mention.start)
            and not mention.anaphoric  # "he also used the visit to": the visit told before
            and mention.frame is not None
            and any(mention.frame.role(a.start, a.end) == syntax.COUNTERPART for a in mention.actors)
        )
        if item.date is None and contact and told_as_more and last is not None:
            if set(last.mention.countries) & set(mention.countries):
                item = DatedMention(mention, last.date, last.date_text)
        elif item.date is not None and contact:
            last = item
        result.append(item)
    return result


def _may_date(mention, expression, offset: int, reference: date | None) -> bool:
    """Whether the parse lets the expression date the mention: not when it lies in a clause of
    another moment ("the first visit since he took office on 27 October"). Given the reference
    date (the sentence tells nothing else), a past date the parse hangs on the plan the mention
    makes is the making's: "agreed to buy gas from Brazil on Monday" agreed on Monday. Not for an
    agreement as such, whose plan may be one that was due then ("agreed to resume talks in March")."""
    start, end = expression.start - offset, expression.end - offset
    # "called off a visit planned for next week", "rescheduled the talks for 3 June": the plan's dates
    if mention.changed_plan and (
        mention.frame.on_its_object(start, end)
        or _NEW_DATE.search(mention.sentence, max(0, start - 12), start)
    ):
        return False
    if mention.frame.governs(start, end) is not False:
        return True
    return (
        reference is not None
        and mention.type != "agreement"
        and expression.value.end < reference
        and mention.frame.on_its_plan(start, end)
    )


def _counted_back_from_now(mention, body: str, sentence, reference: date | None) -> TimeExpression | None:
    """'Ten months after police stormed the embassy, the two countries have yet to restore ties':
    what the opening count tells of happened that long before the moment the sentence speaks
    from, the writing date, at the precision of the count."""
    count = _COUNT_BACK.match(body, sentence.start)
    if count is None or reference is None:
        return None
    if not count.end() <= mention.trigger_start < body.find(",", count.end()):
        return None  # the count's phrase tells another event than the mention
    return TimeExpression(count.start(), count.end(), count.group(), _back_from(reference, count), "anchored")


def _counted_back_from_another(mention, expressions, body: str, sentence) -> TimeExpression | None:
    """'... restored relations in April 2023, six years after Bahrain joined a boycott of Qatar', 'will
    reopen its embassy next month, 13 years after it withdrew its diplomats': the event the count's
    clause tells happened that long before the date told before the count."""
    count = _COUNT_BEFORE.search(body, max(sentence.start, mention.trigger_start - 80), mention.trigger_start)
    if count is None or "," in body[count.end() : mention.trigger_start]:
        return None
    told_before = [e for e in expressions if e.end <= count.start()]
    if not told_before:
        return None
    value = _back_from(told_before[-1].value.start, count)
    return TimeExpression(count.start(), count.end(), count.group(), value, "anchored")


def _back_from(moment: date, count: re.Match) -> FuzzyDate:
    """The month or year a count of months or years ("ten months", "six years") goes back to."""
    number = count["count"].lower()
    units = int(number) if number.isdigit() else _COUNTS.get(number, 0)
    if count["unit"].lower().startswith("year"):
        return FuzzyDate(date(moment.year - units, 1, 1), "year")
    months = moment.year * 12 + moment.month - 1 - units
    return FuzzyDate(date(months // 12, months % 12 + 1, 1), "month")


def _counted_from_another(mention, expressions, body: str, sentence, reference) -> TimeExpression | None:
    """'The announcement comes a day after X met Y', 'Two days later, X visited Y': the day counted
    from the last day the text named before (the announcement's, the earlier event's) or, for "later"
    and "the following day", counted before ("the next day ... the following day")."""
    offset = _OFFSET.search(body, sentence.start, sentence.end)
    if offset is None:
        return _roughly_later(mention, expressions, body, sentence, reference)
    # "two days after the strike" counts from a day the text named, not from one it counted
    names_its_anchor = (offset["dir"] or "").lower() in ("after", "before")
    if names_its_anchor and (named := _anchor_named_after(offset, mention, expressions, body, sentence)):
        sign = 1 if offset["dir"].lower() == "after" else -1
        value = FuzzyDate(named.value.start + timedelta(days=sign * _counted_days(offset)))
        return TimeExpression(offset.start(), offset.end(), offset.group(), value, "anchored")
    base = None
    told_before = expressions[: bisect.bisect_left([e.start for e in expressions], offset.start())]
    for index in range(len(told_before) - 1, -1, -1):
        expression = told_before[index]
        if expression.end > offset.start() or (names_its_anchor and expression.kind == "anchored"):
            continue
        if mention.status == "happened" and reference is not None and expression.value.start > reference:
            continue  # a day that has been counts a day that has been
        if not offset["period"] and _a_year_in_passing(expression, told_before[:index], body):
            continue  # "On 28 November 2020 X expelled ... over the 1918 union. Y ... the same day"
        base = expression
        break
    if (
        (base is None or base.value.precision != "day")
        and reference is not None
        and _TODAYS_NEWS.fullmatch(body, sentence.start, offset.start())
    ):
        # "The ceremony came a day after ...", the day's news undated: counted from the writing date
        base = TimeExpression(offset.start(), offset.start(), "", FuzzyDate(reference), "anchored")
    if base is not None and base.value.precision == "month" and _within_its_month(offset):
        # "detained a driver in November, and Lithuania expelled a diplomat a week later": November
        return TimeExpression(offset.start(), offset.end(), offset.group(), base.value, "anchored")
    if offset["period"]:
        return _same_period(offset, base)
    if base is None or base.value.precision != "day":
        return None
    if offset["next"] or offset["same"] or offset["previous"]:
        days = 1 if offset["next"] else 0 if offset["same"] else -1
    elif offset["week"]:
        moment = base.value.start + timedelta(weeks=1)  # "the following week": which day, untold
        return TimeExpression(
            offset.start(), offset.end(), offset.group(), FuzzyDate.of(moment.year, moment.month), "anchored"
        )
    else:
        days = _counted_days(offset)
        direction = offset["dir"].lower()
        before_trigger = offset.end() <= mention.trigger_start
        # "Two days after the strike, X hit Y": the trigger in a clause of its own, counted on from
        # the day named before (the strike's); "comes a day after X met Y": the meeting, the day before
        opening = before_trigger and "," in body[offset.end() : mention.trigger_start]
        backwards = {"earlier": True, "after": before_trigger and not opening, "before": opening}
        if backwards.get(direction):
            days = -days
        elif direction in ("after", "before") and not before_trigger:
            return None  # "met a day after the vote": counted from a day the text may not name
    value = FuzzyDate(base.value.start + timedelta(days=days))
    return TimeExpression(offset.start(), offset.end(), offset.group(), value, "anchored")


def _a_year_in_passing(expression: TimeExpression, before: list[TimeExpression], body: str) -> bool:
    """Whether a year alone follows a day named earlier in the same sentence: the day dates the
    sentence's event, the year something it mentions."""
    if expression.value.precision != "year" or not before or before[-1].value.precision != "day":
        return False
    return not _SENTENCE_END.search(body, before[-1].end, expression.start)


def _same_period(offset: re.Match, base: TimeExpression | None) -> TimeExpression | None:
    """'Mexico granted asylum in December 2022 ... Peru expelled its ambassador the same month',
    'later that year': the month or year of the date named before."""
    month = offset["period"].lower() == "month"
    if base is None or (month and base.value.precision == "year"):
        return None
    start = base.value.start
    value = FuzzyDate.of(start.year, start.month) if month else FuzzyDate.of(start.year)
    return TimeExpression(offset.start(), offset.end(), offset.group(), value, "anchored")


def _within_its_month(offset: re.Match) -> bool:
    """Whether a count from a month's date lands most likely in that month: days or a week later."""
    return bool(offset["count"]) and (offset["dir"] or "").lower() == "later" and _counted_days(offset) <= 7


def _counted_days(offset: re.Match) -> int:
    """The days an _OFFSET count spans: "two days" 2, "a week" 7."""
    count = offset["count"].lower()
    days = int(count) if count.isdigit() else _COUNTS[count]
    return days * (7 if offset["unit"].lower().startswith("week") else 1)


def _anchor_named_after(offset, mention, expressions, body: str, sentence) -> TimeExpression | None:
    """'spoke two weeks after their summit in Nairobi on 2 March 2024': the day the count starts
    from, named in its own phrase, unless the trigger is told there ("a day after X met Y on Monday":
    the meeting is Monday's)."""
    for expression in expressions:
        if expression.start < offset.end() or expression.start > min(sentence.end, offset.end() + 80):
            continue
        if "," in body[offset.end() : expression.start] or expression.value.precision != "day":
            return None
        if offset.end() <= mention.trigger_start < expression.start:
            return None
        return expression
    return None


# "weeks later", "two years later", "months earlier": counted from the date named before, as roughly
_ROUGHLY = re.compile(
    r"\b(?:(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>months?|years?)"
    r"|(?P<vague>days|weeks|months))\s+(?P<dir>later|earlier|after)\b",
    re.IGNORECASE,
)
_ROUGH_DAYS = {"days": 3, "weeks": 21, "months": 90}  # "weeks later": some three weeks on


def _roughly_later(mention, expressions, body: str, sentence, reference) -> TimeExpression | None:
    """'Moscow responded weeks later by expelling ten diplomats', 'a year later, ties were cut': the
    date named before, moved on by that much, at the precision such a count allows; 'The visit
    comes two months after X signed a deal': the writing date moved back."""
    later = _ROUGHLY.search(body, sentence.start, sentence.end)
    if later is None or later.start() > mention.trigger_start + len(mention.trigger) + 40:
        return None
    named = [e for e in expressions if e.end <= later.start()]
    if mention.status == "happened" and reference is not None:
        named = [e for e in named if e.value.start <= reference]  # a day that has been counts one that has
    if later["dir"].lower() == "after":
        # "The visit comes two months after Kenya and Uganda signed a deal": back from the day's news
        if reference is None or not _TODAYS_NEWS.fullmatch(body, sentence.start, later.start()):
            return None
        named = [TimeExpression(later.start(), later.start(), "", FuzzyDate(reference), "anchored")]
    if not named:
        return None
    base = named[-1].value
    sign = 1 if later["dir"].lower() == "later" else -1
    if later["vague"]:
        moved = base.start + sign * timedelta(days=_ROUGH_DAYS[later["vague"].lower()])
        coarse = "year" if later["vague"].lower() == "months" or base.precision == "year" else "month"
    else:
        count = later["count"].lower()
        count = int(count) if count.isdigit() else _COUNTS[count]
        months = sign * count * (12 if later["unit"].lower().startswith("year") else 1)
        index = base.start.year * 12 + base.start.month - 1 + months
        moved = date(index // 12, index % 12 + 1, 1)
        coarse = "year" if base.precision == "year" else "month"
    value = FuzzyDate.of(moved.year) if coarse == "year" else FuzzyDate.of(moved.year, moved.month)
    return TimeExpression(later.start(), later.end(), later.group(), value, "anchored")


_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|stated|added)\b")
_NEW_DATE = re.compile(r"\b(?:for|to|until|till)\s+(?:the\s+)?$")
_REPORTED_ON = re.compile(
    r"\b(?:said|announced|stated|confirmed)\s+(?:in\s+a\s+statement\s+)?(?:late\s+|early\s+)?(?:on\s+)?$"
)
_COUNTS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# "ten months after ", "six years after ": a count of months or years back from a moment
_MONTHS_OR_YEARS_AFTER = (
    r"(?P<count>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,2})\s+"
    r"(?P<unit>(?i:months?|years?))\s+(?i:after)\s+"
)
_COUNT_BACK = re.compile(  # after a dateline, if any ("QUITO - Ten months after ...")
    r"\s*(?:[A-Z][A-Z .,'’()/-]*\s[-–—]\s+)?" + _MONTHS_OR_YEARS_AFTER
)
_COUNT_BEFORE = re.compile(r",\s+(?:some\s+|nearly\s+|almost\s+|about\s+)?" + _MONTHS_OR_YEARS_AFTER)
_CLAUSE_BREAK = re.compile(r",|;|\s(?:and|but|while|whereas)\s")
_OFFSET = re.compile(
    r"\b(?:(?P<count>an?|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>after|before|later|earlier)|the\s+(?P<next>next|following)\s+day"
    r"|(?P<same>(?:the|that)\s+same\s+(?:day|night)|that\s+(?:day|night)|within\s+hours"
    r"|(?:(?:a\s+few|several|two|three|\d{1,2})\s+)?hours\s+(?:later|after|before|earlier))"
    r"|(?P<previous>the\s+(?:previous|preceding)\s+day|the\s+day\s+before)"
    r"|(?P<week>the\s+(?:following|next)\s+week)"
    r"|(?:later\s+|earlier\s+|in\s+)?(?:the\s+same|that)\s+(?P<period>month|year))\b",
    re.IGNORECASE,
)


# "The ceremony came ", "The announcement comes ": the day's news, counted from
_TODAYS_NEWS = re.compile(r"\s*(?:The|This)\s+(?:[\w'’-]+\s+){1,3}?(?:came|comes)\s+")
_TO_DATE = re.compile(r"\b(?:to|until|till)\s+(?:early\s+|mid-?|late\s+)?$", re.I)


def _directed(mention, when, reference: date | None) -> FuzzyDate:
    """The expression's value, turned the way the mention's tense points when the year was guessed:
    a weekday told as past, or as a plan of the past ("was to meet on Monday, but ..."), is the last
    one, a planned 'May 9' read as last May is next May (a plan called off or put back was for the
    nearer: in June, "a visit in March had been postponed" was for last March, one in September for
    the next)."""
    value: FuzzyDate = when.value
    if reference is None:
        return value
    if when.kind == "weekday":
        if mention.outcome and not _told_as_past_plan(mention, outcome=False):
            # "has postponed a visit that was due on Thursday": the nearer Thursday, most often ahead
            other = value.start + timedelta(days=7 if value.end < reference else -7)
            nearer = min((value.start, other), key=lambda day: (abs((day - reference).days), day < reference))
            return FuzzyDate(nearer, value.precision)
        if mention.frame is not None and mention.frame.told_in_the_present() and value.end < reference:
            # "arrives in Kampala on Monday": a weekday told in the present is a schedule's, the next one
            return FuzzyDate(value.start + timedelta(days=7), value.precision)
        # "met on Monday", "was expected to visit on Tuesday": the last one; "will visit on Tuesday": the
        # next; "will visit Uganda, officials said on Monday": the day of the telling, the last one
        told_on = mention.frame is not None and mention.frame.on_a_telling(
            when.start - mention.start, when.end - mention.start
        )
        ahead = mention.status == "planned" and not _told_as_past_plan(mention) and not told_on
        if ahead and value.end < reference:
            return FuzzyDate(value.start + timedelta(days=7), value.precision)
        if not ahead and value.start > reference:
            return FuzzyDate(value.start - timedelta(days=7), value.precision)
        return value
    if (
        mention.past
        and mention.status == "happened"
        and value.start > reference
        and _own_yearless_date(mention, when)
    ):
        return _next_year(value, -1)  # "ordered troops out in July", "met on December 14": the last one
    # ... unless told as a past plan: "had been due to visit in March", said in October, was last March
    if (
        mention.status == "planned"
        and value.end < reference
        and not _told_as_past_plan(mention, outcome=False)
    ):
        seasonal = value.precision != "year" or _SEASON.search(when.text)
        if when.kind == "relative" and seasonal and not _BACKWARD.search(when.text):
            ahead = _next_year(value)  # "will meet in May", "in the autumn": the next one
            if not mention.outcome or (ahead.start - reference) < (reference - value.end):
                return ahead  # a plan put back or called off: the nearer ("a visit in September")
    return value


def _own_yearless_date(mention, when) -> bool:
    """Whether a month without a year ("in July") hangs on the trigger's own predicate, or a day
    without one ("on December 14") may: the parse does not put it in another clause."""
    if when.kind != "relative" or when.value.precision not in ("month", "day") or _AHEAD.search(when.text):
        return False
    if mention.frame is None:
        return False
    governs = mention.frame.governs(when.start - mention.start, when.end - mention.start)
    return governs is True or (governs is None and when.value.precision == "day")


def _told_as_past_plan(mention, outcome: bool = True) -> bool:
    """A plan told in the past ("was expected to visit", "had hoped to visit") or (`outcome`) one called off
    or put back: its day may have passed."""
    trigger = mention.trigger_start - mention.start
    return bool(
        (outcome and mention.outcome)
        or _PAST_PLAN.search(mention.sentence, max(0, trigger - 40), trigger)
        or (mention.frame is not None and mention.frame.planned_in_the_past())
    )


# A date a plan no longer holds: "originally set for Monday", "initially planned for May".
_FORMERLY = re.compile(r"\b(?:originally|initially|previously)\s+(?:[\w-]+\s+){1,3}$", re.I)
_PAST_PLAN = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+(?:(?:expected|due|scheduled|set|supposed|slated|meant|planning|going)\s+)?to"
    r"|had\s+(?:hoped|planned|intended|wanted|expected)\s+to)\s+(?:\w+\s+)?$"
)


def _fits(status: str, value: FuzzyDate, reference: date) -> bool:
    return value.start <= reference if status == "happened" else value.end >= reference


def _next_year(value: FuzzyDate, years: int = 1) -> FuzzyDate:
    """A planned 'May 9' read as last May is next May: plans lie ahead."""
    try:
        return FuzzyDate(value.start.replace(year=value.start.year + years), value.precision)
    except ValueError:  # 29 February
        return value


_FINISHED = re.compile(r"[a-z]{2}[.!?][\"”']?\s")


def _is_headline_list(sentence: str) -> bool:
    """A line of Title Case words with no full stop: a related-articles link or a page label (not a
    sentence a stray word follows: "... in Berlin on Monday. click")."""
    if sentence.rstrip()[-1:] in ".!?\"”'" or _FINISHED.search(sentence):
        return False
    words = [w for w in _WORD.findall(sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
