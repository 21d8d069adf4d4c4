"""Text with recognised dates and names marked up, built from escaped pieces only.

The spans come from the extraction engine at render time; whatever the engine returns, the text
between and inside the marks goes through escape(), so a hostile article stays inert.
"""

import logging
import re
from dataclasses import dataclass
from datetime import date

from django import template
from django.utils.html import escape, format_html, format_html_join

register = template.Library()
log = logging.getLogger(__name__)

TEXT_SHOWN = 100_000  # characters of an article shown (and marked); a browser chokes on much more
ACTOR_KINDS = {"state": "country", "person": "person", "bloc": "bloc"}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # date | country | person | bloc
    note: str  # shown as a tooltip: the normalised date or the country codes


def date_spans(text: str, reference: date | None) -> list[Span]:
    """Dates the engine recognises, resolved against the article's reference date."""
    if reference is None:
        return []
    try:
        from relations.extraction.timex import find_time_expressions

        found = find_time_expressions(text, reference)
    except Exception:  # the engine is optional here: a page without marks is still a page
        log.exception("date highlighting failed")
        return []
    spans = []
    for expression in found:
        value = getattr(expression, "value", None)
        note = value.iso() if hasattr(value, "iso") else str(value or "")
        spans.append(Span(expression.start, expression.end, "date", note))
    return spans


def actor_spans(text: str) -> list[Span]:
    """Countries, office holders and blocs named in the text (the knowledge the worker reads)."""
    try:
        from relations.knowledge import current_knowledge

        found = current_knowledge().find(text)
    except Exception:
        log.exception("name highlighting failed")
        return []
    spans = []
    for match in found:
        kind = ACTOR_KINDS.get(getattr(match, "kind", ""))
        if kind is None:
            continue
        targets = getattr(match, "targets", ())
        note = ", ".join(getattr(t, "name", t) if not isinstance(t, str) else t for t in targets)
        spans.append(Span(match.start, match.end, kind, note))
    return spans


def phrase_spans(text: str, phrase: str, kind: str = "date") -> list[Span]:
    """Where `phrase` (e.g. a mention's date expression) occurs in `text`."""
    if not phrase:
        return []
    index = text.find(phrase)
    if index < 0:
        index = text.lower().find(phrase.lower())
    return [Span(index, index + len(phrase), kind, phrase)] if index >= 0 else []


def marked(text: str, spans: list[Span]):
    """`text` escaped, with each span in a <mark>; overlapping spans keep the first."""
    pieces, position = [], 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < position or span.end > len(text) or span.start >= span.end:
            continue
        pieces.append(escape(text[position : span.start]))
        pieces.append(
            format_html(
                '<mark class="hl hl-{}" title="{}: {}">{}</mark>',
                span.kind,
                span.kind,
                span.note,
                text[span.start : span.end],
            )
        )
        position = span.end
    pieces.append(escape(text[position:]))
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def paragraphs(text: str, spans: list[Span]) -> list:
    """The text split on blank lines, each paragraph marked up; a span crossing a break is dropped."""
    result, offset = [], 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        inside = [
            Span(s.start - offset, s.end - offset, s.kind, s.note)
            for s in spans
            if s.start >= offset and s.end <= end
        ]
        if text[offset:end].strip():
            result.append(marked(text[offset:end], inside))
        offset = match.end() if match else end
    return result


@register.filter
def article_paragraphs(article) -> list:
    """The article's text in paragraphs with every recognised date and name marked."""
    text = head = (article.text or "")[:TEXT_SHOWN]
    reference = (
        article.reference_override
        or article.reference_date
        or article.page_date
        or (article.created_at.date() if article.created_at else None)
    )
    return paragraphs(text, date_spans(head, reference) + actor_spans(head))


@register.filter
def text_cut(article) -> str:
    """How many characters of the article the page leaves out, written "5,099,999"; "" for none."""
    cut = len(article.text or "") - TEXT_SHOWN
    return f"{cut:,}" if cut > 0 else ""


@register.filter
def mention_sentence(mention):
    """The evidence sentence with its date expression and its actors marked."""
    sentence = mention.sentence or ""
    return marked(sentence, phrase_spans(sentence, mention.date_text) + actor_spans(sentence))


@register.filter
def web_url(value: str) -> str:
    """The URL when it is http(s), else "": a stored 'javascript:' URL never becomes a link."""
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else ""
