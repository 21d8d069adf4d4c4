"""A filtered timeline as CSV, JSON or iCalendar (RFC 5545, written by hand)."""

import csv
from datetime import timedelta

from django.http import Http404, HttpResponse, JsonResponse
from django.utils import timezone

TONES = {1: "cooperation", 2: "cooperation", 3: "conflict", 4: "conflict"}
CSV_FIELDS = [
    "id", "date", "precision", "display_date", "end_date", "type", "status", "quad_class", "tone",
    "title", "location", "sources", "reviewed", "url",
]  # fmt: skip


def event_record(event, request) -> dict:
    """The public fields of an event (with its `source_count` annotation)."""
    return {
        "id": event.pk,
        "date": event.date.isoformat(),
        "precision": event.precision,
        "display_date": event.display_date,
        "end_date": event.end_date.isoformat() if event.end_date else None,
        "type": event.type,
        "status": event.status,
        "quad_class": event.quad_class,
        "tone": TONES.get(event.quad_class, "unclassified"),
        "title": event.title,
        "summary": event.summary,
        "location": event.location,
        "sources": getattr(event, "source_count", None),
        "reviewed": event.locked,
        "url": request.build_absolute_uri(event.get_absolute_url()),
    }


def response(request, fmt: str, events, name: str, title: str) -> HttpResponse:
    if fmt == "csv":
        return csv_response(request, events, name)
    if fmt == "json":
        body = {
            "title": title,
            "events": [event_record(event, request) for event in events.iterator(chunk_size=500)],
        }
        reply = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
        reply["Content-Disposition"] = f'attachment; filename="{name}.json"'
        return reply
    if fmt == "ics":
        reply = HttpResponse(calendar(request, events, title), content_type="text/calendar; charset=utf-8")
        reply["Content-Disposition"] = f'attachment; filename="{name}.ics"'
        return reply
    raise Http404("Unknown export format.")


def csv_response(request, events, name: str) -> HttpResponse:
    reply = HttpResponse(content_type="text/csv; charset=utf-8")
    reply["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    writer = csv.DictWriter(reply, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for event in events.iterator(chunk_size=500):
        writer.writerow({key: spreadsheet_safe(value) for key, value in event_record(event, request).items()})
    return reply


def spreadsheet_safe(value):
    """Text that a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


# --- iCalendar -------------------------------------------------------------------------------


def calendar(request, events, title: str) -> str:
    """All-day VEVENTs; a month- or year-precise event sits on its first day and says so."""
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    host = request.get_host().split(":")[0] or "relations"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Relations//Bilateral timeline//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{ics_text(title)}",
    ]
    for event in events.iterator(chunk_size=500):
        record = event_record(event, request)
        last_day = event.end_date if event.end_date and event.precision == "day" else event.date
        summary = (
            event.title
            if event.precision == "day"
            else f"{event.title} ({event.display_date}, day not known)"
        )
        if event.status == "planned":
            summary = f"Planned: {summary}"
        description = (
            f"{event.display_date} · {event.get_type_display()} · {event.get_status_display()} · "
            f"{record['tone']} · {record['sources']} source(s)\n{event.summary}".strip()
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:event-{event.pk}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{last_day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{ics_text(summary)}",
            f"DESCRIPTION:{ics_text(description)}",
            f"CATEGORIES:{ics_text(event.get_type_display())}",
            f"STATUS:{'TENTATIVE' if event.status == 'planned' else 'CONFIRMED'}",
            f"URL:{record['url']}",
        ]
        if event.location:
            lines.append(f"LOCATION:{ics_text(event.location)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def ics_text(value: str) -> str:
    """TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline; no control characters."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(ch for ch in value if ch == "\n" or ch >= " " and ch != "\x7f")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    parts, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = "", 1  # the continuation line starts with a space
        current += ch
        size += width
    parts.append(current)
    return "\r\n ".join(parts)
