import time
from itertools import batched
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import InterfaceError, OperationalError, connections
from tqdm import tqdm

from relations.ingest import Stored, store_many
from relations.models import Article
from relations.sources import (
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    ArticleRecord,
    expand_paths,
    lines_of,
    records_from_path,
)

DATABASE_RETRIES = 5
BATCH_SIZE = 100  # articles stored a round trip: most of the gain, and workers start at once
ONE_RECORD_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
LINES_SUFFIXES = {".jsonl", ".ndjson"}


def expected_records(files: list[Path]) -> int | None:
    """How many records the files hold, for the progress bar's total and time left: one per text
    or HTML file, one per non-blank line of JSON lines (counted in a quick first pass); None when
    a feed or a JSON file is among them (their count is only known once parsed)."""
    total = 0
    for path in files:
        suffix = path.suffix.lower()
        if suffix in ONE_RECORD_SUFFIXES:
            total += 1
        elif suffix in LINES_SUFFIXES:
            try:
                with path.open("rb") as stream:
                    total += sum(1 for line in lines_of(stream) if line.strip())
            except OSError:
                return None
        else:
            return None
    return total


def shown_path(path: Path, given: list[Path]) -> str:
    """A file found in a directory, named from that directory: 'images/map.png'."""
    for root in given:
        if path.is_relative_to(root):
            return str(path.relative_to(root))
    return str(path)


class Command(BaseCommand):
    help = (
        "Ingest article files and directories: .txt (first line the page date), .html, .json, .jsonl, feeds."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--no-progress", action="store_true", help="Do not show the progress bar.")
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_SIZE, help="Articles stored together (1: each as read)."
        )

    def handle(self, *args, paths, no_progress, batch_size, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1")
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"No such file or directory: {', '.join(missing)}")
        files, skipped = expand_paths(paths)
        created, known, refused = [], 0, []
        progress = tqdm(
            total=expected_records(files) if not no_progress else None,
            unit=" articles",
            disable=no_progress or not files,
            file=self.stderr._out,
        )
        for batch in batched(self.records(files, progress, refused), batch_size):
            for stored in self.store_retrying(list(batch), len(created)):
                if stored.created:
                    created.append(stored.article.pk)
                else:
                    known += 1
        progress.close()
        summary = f"{len(created)} created, {known} already known, {len(refused)} failed"
        self.stdout.write(summary + (f", {len(skipped)} skipped" if skipped else ""))
        for name, reason in refused:
            self.stdout.write(f"  failed {name}: {reason}")
        for path, reason in skipped:  # a directory's files of other types: not inputs, no failure
            self.stdout.write(f"  skipped {shown_path(path, paths)}: {reason}")
        self.report_extraction(created)
        if refused:
            raise CommandError(f"{len(refused)} input(s) were not ingested (reasons above)", returncode=1)

    def records(self, files: list[Path], progress: tqdm, refused: list):
        """The files' articles as they are read (streamed); what is refused goes to `refused`."""
        for path in files:
            progress.set_postfix_str(path.name, refresh=False)
            try:
                for record in records_from_path(path, settings.INGEST_MAX_BYTES):
                    progress.update()
                    if isinstance(record, ArticleRecord):
                        yield record
                    else:
                        refused.append((record.source_name, record.reason))
            except OSError as error:
                refused.append((path.name, f"cannot read: {error.strerror or error}"))

    def report_extraction(self, created: list[int]) -> None:
        """Where extraction ran in-process, say how it went; otherwise that the worker has it."""
        articles = Article.objects.filter(pk__in=created)
        failed = list(
            articles.filter(status=Article.Status.FAILED).values_list("source_name", "url", "error")
        )
        waiting = articles.filter(status__in=[Article.Status.PENDING, Article.Status.PROCESSING]).count()
        if waiting:
            self.stdout.write(f"{waiting} article(s) queued for extraction by the worker")
        for source_name, url, error in failed:
            self.stdout.write(f"  extraction failed for {source_name or url}: {error}")

    def store_retrying(self, records: list[ArticleRecord], created_so_far: int) -> list[Stored]:
        """Store a batch of articles (all or none), waiting out a database restart; stop with a
        clear error if it lasts."""
        attempt = 0
        while True:
            try:
                return store_many(records)
            except (OperationalError, InterfaceError) as error:
                connections.close_all()
                attempt += 1
                if attempt == DATABASE_RETRIES:
                    raise CommandError(
                        f"the database is unavailable ({error}); {created_so_far} article(s) were stored "
                        f"before {records[0].source_name}. Run the command again: known articles are skipped."
                    ) from error
                wait = 2 ** (attempt - 1)
                self.stderr.write(f"database unavailable, retrying in {wait} s: {error}")
                time.sleep(wait)
