"""A filtered timeline as CSV, JSON or iCalendar (RFC 5545, written by hand), streamed."""

import csv
import json
from datetime import timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone

from relations.serializers import event_data

ICS_STATUS = {
    "planned": "TENTATIVE",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
    "happened": "CONFIRMED",
}
CSV_FIELDS = [
    "id", "date", "precision", "display_date", "end_date", "type", "status", "unconfirmed", "quad_class",
    "tone", "title", "location", "sources", "reviewed", "url",
]  # fmt: skip

_UNKNOWN_PART = {"month": "day", "year": "month and day"}  # of a date at that precision


def response(request, fmt: str, events, name: str, title: str) -> StreamingHttpResponse:
    """A download written while the rows are read: memory stays flat however long the timeline."""
    if fmt == "csv":
        body, content_type = csv_lines(request, events), "text/csv; charset=utf-8"
    elif fmt == "json":
        body, content_type = json_chunks(request, events, title), "application/json"
    elif fmt == "ics":
        body, content_type = calendar(request, events, title), "text/calendar; charset=utf-8"
    else:
        raise Http404("Unknown export format.")
    reply = StreamingHttpResponse(body, content_type=content_type)
    reply["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return reply


def records(request, events):
    """event_data for each event, read in chunks; the event URL is built once, not per row."""
    pattern = request.build_absolute_uri(reverse("event", args=[0]))
    for event in events.iterator(chunk_size=2000):
        record = event_data(event)
        record["url"] = pattern.replace("/0/", f"/{event.pk}/", 1)
        yield event, record


class Line:
    """A file-like object for csv.writer that hands back what it is given."""

    def write(self, text: str) -> str:
        return text


def csv_lines(request, events):
    writer = csv.DictWriter(Line(), fieldnames=CSV_FIELDS, extrasaction="ignore")
    yield writer.writeheader()
    for _event, record in records(request, events):
        yield writer.writerow({key: spreadsheet_safe(value) for key, value in record.items()})


def json_chunks(request, events, title: str):
    """{"title": ..., "events": [...]}, one event at a time."""
    yield '{"title": ' + json.dumps(title, ensure_ascii=False) + ', "events": ['
    separator = ""
    for _event, record in records(request, events):
        yield separator + json.dumps(record, ensure_ascii=False, cls=DjangoJSONEncoder)
        separator = ", "
    yield "]}"


def spreadsheet_safe(value):
    """Text that a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


# --- iCalendar -------------------------------------------------------------------------------


def calendar(request, events, title: str):
    """All-day VEVENTs, one at a time; an event known only to the month or the year spans that
    whole month or year (its day is not known) and says so."""
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    host = request.get_host().split(":")[0] or "relations"
    yield ics_lines(
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Relations//Bilateral timeline//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{ics_text(title)}",
    )
    for event, record in records(request, events):
        last_day = event.end_date if event.end_date and event.precision == "day" else event.fuzzy_date.end
        summary = (
            event.title
            if event.precision == "day"
            else f"{event.title} ({event.display_date}, {_UNKNOWN_PART[event.precision]} not known)"
        )
        if event.status != "happened":
            summary = f"{event.status_label.capitalize()}: {summary}"
        description = (
            f"{event.display_date} · {event.get_type_display()} · {event.status_label} · "
            f"{record['tone']} · {record['sources']} source(s)\n{event.summary}".strip()
        )
        lines = [
            "BEGIN:VEVENT",
            f"UID:event-{event.pk}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{last_day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{ics_text(summary)}",
            f"DESCRIPTION:{ics_text(description)}",
            f"CATEGORIES:{ics_text(event.get_type_display())}",
            f"STATUS:{ICS_STATUS[event.status]}",
            f"URL:{record['url']}",
        ]
        if event.location:
            lines.append(f"LOCATION:{ics_text(event.location)}")
        yield ics_lines(*lines, "END:VEVENT")
    yield ics_lines("END:VCALENDAR")


def ics_lines(*lines: str) -> str:
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
