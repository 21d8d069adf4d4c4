"""Extract bilateral events from article files, writing nothing to the database.

    python manage.py extract PATH [PATH ...] [--json]

It reads the knowledge the worker reads (`current_knowledge`): the database's when it holds
some, else the shipped files.

Files and directories are read as `ingest` reads them (a directory's files of the types it
takes, recursively; the others are skipped with a note on stderr): a text file in corpus layout
starts with the page date line (a file whose first line is no date is all text, with no page
date); an HTML page gives its main text and declared date; JSON, JSON lines and feeds give one
article per record, with its 'published' date. --json prints the contract of the corpus README:
one JSON array with an object per article (per file for text and HTML), with the reference
date's method and reasons besides.
"""

import json
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from relations.extraction.engine import extract
from relations.extraction.pagedate import PageStamp, page_stamp
from relations.knowledge import current_knowledge
from relations.serializers import extracted_event
from relations.sources import InputError, Refused, expand_paths, records_from_path


def read_articles(path: Path) -> Iterator[tuple[str, PageStamp, str] | Refused]:
    """The articles a file holds, read as `ingest` reads them: (name, page stamp, text) each, or
    Refused with the reason. A text or HTML file holds one, named by its path; a JSON, JSON-lines or
    feed file one per record ("batch.jsonl:2", "list.json[1]", "feed.rss#3")."""
    try:
        items = list(records_from_path(path, settings.INGEST_MAX_BYTES))
    except OSError as error:
        yield Refused(str(path), f"cannot read: {error.strerror or error}")
        return
    for item in items:
        name = str(path) if len(items) == 1 else str(path.with_name(item.source_name))
        if isinstance(item, Refused):
            yield Refused(name, item.reason)
        else:
            stamp = page_stamp(item.page_stamp) if item.page_stamp else PageStamp("", date=item.page_date)
            yield name, stamp, item.text


def read_article(path: Path) -> tuple[PageStamp, str]:
    """(page stamp, text) of a file that holds one article; InputError when it cannot be read."""
    item = next(read_articles(path))
    if isinstance(item, Refused):
        raise InputError(item.reason)
    return item[1], item[2]


class Command(BaseCommand):
    help = "Extract bilateral events from article files and directories (.txt: page date line, then text)."
    requires_system_checks = []  # reads files and knowledge, prints; needs no URL map

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--json", action="store_true", help="print the JSON contract")

    def handle(self, *args, **options):
        knowledge = current_knowledge()
        results = []
        files, skipped = expand_paths(options["paths"])
        for path, reason in skipped:  # not inputs, so not results: a note that keeps --json's stdout JSON
            self.stderr.write(f"skipped {path}: {reason}")
        today = timezone.localdate()
        for path in files:
            for item in read_articles(path):
                if isinstance(item, Refused):  # its reason is printed once, with the other results
                    results.append(
                        {"file": item.source_name, "reference_date": None, "events": [], "error": item.reason}
                    )
                    continue
                name, stamp, body = item
                extraction = extract(
                    body,
                    page_date=stamp.date,
                    knowledge=knowledge,
                    page_month_day=stamp.month_day,
                    received=today,  # read today, as `ingest` would store it: one reading on every path
                )
                reference = extraction.reference_date
                results.append(
                    {
                        "file": name,
                        "reference_date": reference.date.isoformat() if reference.date else None,
                        "reference_method": reference.method,
                        "reference_evidence": list(reference.evidence),
                        "events": [extracted_event(e) for e in extraction.events],
                    }
                )
        if options["json"]:
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=1))
        else:
            self.print_listing(results)
        unread = [result["file"] for result in results if "error" in result]
        if unread:
            raise CommandError(f"could not read {len(unread)} file(s): {', '.join(unread)}", returncode=1)

    def print_listing(self, results: list[dict]) -> None:
        for result in results:
            if "error" in result:
                self.stdout.write(f"{result['file']}  (not read: {result['error']})")
                continue
            weak = not result["reference_date"] or result["reference_method"] == "received"
            reason = f": {'; '.join(result['reference_evidence'])}" if weak else ""
            self.stdout.write(f"{result['file']}  (reference date {result['reference_date']}{reason})")
            for e in result["events"]:
                pair = "-".join(e["countries"])
                status = ", ".join(filter(None, [e["status"], e["outcome"]]))  # "planned, postponed"
                self.stdout.write(f"  {e['date']:<10} {pair:<8} {e['type']:<17} {status:<18} {e['title']}")
