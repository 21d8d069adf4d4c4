"""From an article to the few bilateral events an analyst would put on a timeline.

clean text -> sentences -> reference date (refdate, or the editor's override) -> time expressions
(timex) -> actors per sentence -> event mentions -> clustering into Events. Deterministic, linear in
the text, and safe on any input: overlong "sentences" (text with no punctuation) are skipped.
"""

import re
from collections.abc import Iterable
from datetime import date

from .actors import Context, find_actors, resolve_references
from .cluster import DatedMention, cluster, to_event
from .events import find_event_mentions
from .knowledge import Knowledge
from .refdate import infer_reference_date
from .results import Extraction, FuzzyDate, ReferenceDate, TimeExpression
from .text import clean, sentences
from .timex import find_time_expressions, governing_expression

_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")
_WORD = re.compile(r"[^\W\d_]+")
LEAD_SENTENCES = 2  # the first sentences of a news text tell the news itself
MAX_SENTENCE = 1500  # characters; longer runs are no prose a reporter wrote
_EPOCH = date(2000, 1, 1)  # resolves absolute dates when a text has no reference date


def extract(
    text: str,
    page_date: date | None = None,
    knowledge: Knowledge | None = None,
    reference_override: date | None = None,
    known_dates: Iterable[date] = (),
) -> Extraction:
    """The bilateral events `text` tells, dated against its reference date."""
    knowledge = knowledge or Knowledge.default()
    body = clean(text)
    if reference_override is not None:
        reference = ReferenceDate(reference_override, "editor", 1.0, ("set by an editor",))
    else:
        reference = infer_reference_date(body, page_date, known_dates)
    day = reference.date
    expressions = find_time_expressions(body, day or _EPOCH)
    if day is None:
        expressions = [e for e in expressions if e.kind == "absolute"]
    mentions = []
    context = Context()
    prose = [s for s in sentences(body) if len(s.text) <= MAX_SENTENCE and not _is_headline_list(s.text)]
    for index, sentence in enumerate(prose):
        when = governing_expression(expressions, sentence.start, sentence.end, body)
        actors = find_actors(knowledge, sentence.text, when.value.start if when else day)
        actors = resolve_references(sentence.text, actors, context)
        for mention in find_event_mentions(sentence.text, sentence.start, actors):
            mention.in_lead = index < LEAD_SENTENCES
            mentions.append(_dated(mention, expressions, body, sentence, day))
            context.pair = mention.countries
    names = {code: country.name for code, country in knowledge.countries.items()}
    events = [to_event(when, members, names) for when, members in cluster(mentions, day)]
    events.sort(key=lambda e: (e.date.start, e.countries))
    return Extraction(reference_date=reference, events=events, expressions=expressions)


def _dated(mention, expressions: list[TimeExpression], body: str, sentence, reference: date | None) -> DatedMention:
    """The mention with the date governing its clause; the status follows a date past or future."""
    when = governing_expression(expressions, sentence.start, sentence.end, body, anchor=mention.trigger_start)
    if when is None or _SINCE.search(body, max(0, when.start - 8), when.start):
        return DatedMention(mention, None)
    value: FuzzyDate = when.value
    if reference is not None:
        if value.start > reference and mention.status == "happened":
            mention.status = "planned"
        elif value.end < reference and mention.status == "planned":
            if when.kind == "relative" and value.precision != "year" and not _YEAR.search(when.text):
                value = _next_year(value)
            else:
                mention.status = "happened"
    return DatedMention(mention, value, when.text)


def _next_year(value: FuzzyDate) -> FuzzyDate:
    """A planned 'May 9' read as last May is next May: plans lie ahead."""
    try:
        return FuzzyDate(value.start.replace(year=value.start.year + 1), value.precision)
    except ValueError:  # 29 February
        return value


def _is_headline_list(sentence: str) -> bool:
    """A line of Title Case words with no full stop: a related-articles link or a page label."""
    if sentence.rstrip()[-1:] in ".!?\"”'":
        return False
    words = [w for w in _WORD.findall(sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
