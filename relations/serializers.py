"""Events and articles as plain dicts: the one place their public fields are written.

The API answers with them, the exports write their rows from `event_data`, and the `timeline` and
`extract` commands print them. A `request` makes the links absolute; without one they are None.
"""

from django.urls import reverse

from relations import history
from relations.models import in_pair_order


def absolute(request, path: str) -> str | None:
    return request.build_absolute_uri(path) if request else None


def event_data(event, request=None) -> dict:
    """The public fields of an event (with its `source_count` annotation)."""
    return {
        "id": event.pk,
        "date": event.date.isoformat(),
        "precision": event.precision,
        "display_date": event.display_date,
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "type": event.type,
        "status": event.status,
        "unconfirmed": event.unconfirmed,
        "quad_class": event.quad_class,
        "tone": event.tone.label,
        "title": event.title,
        "summary": event.summary,
        "location": event.location,
        "sources": getattr(event, "source_count", None),
        "reviewed": event.locked,
        "url": absolute(request, event.get_absolute_url()),
    }


def event_detail(event, mentions, request=None) -> dict:
    """An event with its countries, what its sources said, and every mention (the API's event)."""
    reports = history.reports(mentions)
    return {
        **event_data(event, request),
        "countries": [{"code": c.code, "name": c.name} for c in in_pair_order(event.countries.all())],
        "participants": event.participants,
        "origin": event.origin,
        "history": history.story(reports),
        "date_kept_because": history.why_kept(event, reports),
        "mentions": [mention_data(m, request) for m in mentions],
    }


def event_link(event, request=None) -> dict:
    """An event as an article lists it: enough to name it and follow it."""
    return {
        "id": event.pk,
        "date": event.date.isoformat(),
        "precision": event.precision,
        "title": event.title,
        "api": absolute(request, reverse("api-event", args=[event.pk])),
    }


def mention_data(mention, request=None) -> dict:
    """A sentence that supports an event, how its article dated it, and the article."""
    return {
        "sentence": mention.sentence,
        "date_text": mention.date_text,
        "date": mention.date.isoformat() if mention.date else None,
        "precision": mention.precision,
        "status": mention.status,
        "trigger": mention.trigger,
        "article": article_link(mention.article, request),
    }


def article_link(article, request=None) -> dict:
    return {
        "id": article.pk,
        "title": article.title,
        "url": article.url,
        "page": absolute(request, article.get_absolute_url()),
        "api": absolute(request, reverse("api-article", args=[article.pk])),
    }


def article_data(article, events, request=None) -> dict:
    """An article: where it came from, its status, its reference date and why, its events, its text."""
    return {
        "id": article.pk,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "source_name": article.source_name,
        "page_date": article.page_date.isoformat() if article.page_date else None,
        "page_stamp": article.page_stamp,
        "reference_date": article.reference_date.isoformat() if article.reference_date else None,
        "reference_method": article.reference_method,
        "reference_confidence": article.reference_confidence,
        "reference_evidence": article.reference_evidence,
        "status": article.status,
        "error": article.error,
        "notes": article.notes,
        "page": absolute(request, article.get_absolute_url()),
        "events": [event_link(e, request) for e in events],
        "text": article.text,
    }


def timeline_entry(event) -> dict:
    """An event as the `timeline` command prints it: dated as precisely as known ("2019-04"),
    with its countries and sources (mentions and their articles prefetched), and its id and page's
    path to look it up (a command has no host to make the link absolute)."""
    record = event_data(event)
    return {
        "id": event.pk,
        "date": event.fuzzy_date.iso(),
        **{key: record[key] for key in ("precision", "type", "status", "unconfirmed", "title")},
        "countries": sorted(country.code for country in event.countries.all()),
        "sources": sorted({m.article.source_label for m in event.mentions.all()}),
        "path": event.get_absolute_url(),
    }


def extracted_event(event) -> dict:
    """An event as extraction gives it, before it is saved: the corpus README's contract, which
    the `extract` command prints and the golden tests compare."""
    return {
        "date": event.date.iso(),
        "precision": event.date.precision,
        "countries": list(event.countries),
        "type": event.type,
        "status": event.status,
        "outcome": event.outcome,
        "title": event.title,
        "evidence": event.evidence,
        "location": event.location,
        "participants": list(event.participants),
        "confidence": event.confidence,
        "quad_class": event.quad_class,
        "mentions": len(event.mentions),
    }
