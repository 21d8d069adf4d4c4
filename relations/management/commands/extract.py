"""Extract bilateral events from article files, writing nothing to the database.

    python manage.py extract FILE [FILE ...] [--json]

It reads the knowledge the worker reads (`current_knowledge`): the database's when it holds
some, else the shipped files.

A file in corpus layout starts with the page date line (read by `pagedate`, as `ingest` reads it);
a file whose first line is no date is all text, with no page date; an HTML page gives its main
text and declared date, as `ingest` reads it. --json prints the contract of
the corpus README: one JSON array with an object per file.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from relations.extraction.engine import extract
from relations.extraction.pagedate import PageStamp, page_stamp, split_corpus_file
from relations.knowledge import current_knowledge
from relations.serializers import extracted_event
from relations.sources import HTML_SUFFIXES, InputError, decode, record_from_html


def read_article(path: Path) -> tuple[PageStamp, str]:
    """(page stamp, text) of an article file; InputError when it cannot be read as text."""
    try:
        content = decode(path.read_bytes()).text
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    if path.suffix.lower() in HTML_SUFFIXES:  # the page's text and date, as `ingest` reads them
        record = record_from_html(content, path.name)
        return (
            page_stamp(record.page_stamp) if record.page_stamp else PageStamp("", date=record.page_date)
        ), record.text
    stamp, body, _offset = split_corpus_file(content)
    return stamp, body


class Command(BaseCommand):
    help = "Extract bilateral events from article files (corpus layout: page date line, then text)."
    requires_system_checks = []  # reads files and knowledge, prints; needs no URL map

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--json", action="store_true", help="print the JSON contract")

    def handle(self, *args, **options):
        knowledge = current_knowledge()
        results = []
        for path in options["files"]:
            try:
                stamp, body = read_article(path)
                if not body.strip():
                    raise InputError("no article text")
            except InputError as error:
                self.stderr.write(f"{path}: {error}")
                results.append({"file": str(path), "reference_date": None, "events": [], "error": str(error)})
                continue
            extraction = extract(
                body, page_date=stamp.date, knowledge=knowledge, page_month_day=stamp.month_day
            )
            reference = extraction.reference_date.date
            results.append(
                {
                    "file": str(path),
                    "reference_date": reference.isoformat() if reference else None,
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
            self.stdout.write(f"{result['file']}  (reference date {result['reference_date']})")
            for e in result["events"]:
                pair = "-".join(e["countries"])
                self.stdout.write(
                    f"  {e['date']:<10} {pair:<8} {e['type']:<17} {e['status']:<8} {e['title']}"
                )
