from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from relations.ingest import store
from relations.sources import ArticleRecord, expand_paths, records_from_path


class Command(BaseCommand):
    help = (
        "Ingest article files and directories: .txt (first line the page date), .html, .json, .jsonl, feeds."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--no-progress", action="store_true", help="Do not show the progress bar.")

    def handle(self, *args, paths, no_progress, **options):
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"No such file or directory: {', '.join(missing)}")
        files = expand_paths(paths)
        created, known, refused = 0, 0, []
        for path in tqdm(files, unit="file", disable=no_progress or not files, file=self.stderr._out):
            try:
                records = list(records_from_path(path, settings.INGEST_MAX_BYTES))
            except OSError as error:
                refused.append((path.name, f"cannot read: {error.strerror}"))
                continue
            for record in records:
                if not isinstance(record, ArticleRecord):
                    refused.append((record.source_name, record.reason))
                    continue
                stored = store(record)
                created += stored.created
                known += not stored.created
        self.stdout.write(f"{created} created, {known} already known, {len(refused)} failed")
        for name, reason in refused:
            self.stdout.write(f"  failed {name}: {reason}")
