"""`manage.py timex FILE... --json`: the date expressions of corpus-layout files.

Each file's first line is its page (document) date, read as `extract` reads it; the writing date
is inferred from the text starting from it, and expressions are resolved against that date.
Offsets index into the whole file, as the TempEval scorer expects.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from relations.extraction.pagedate import split_corpus_file
from relations.extraction.refdate import infer_reference_date
from relations.extraction.timex import find_time_expressions


class Command(BaseCommand):
    help = "Find and normalise the date expressions of corpus-layout files (first line = page date)."
    requires_system_checks = []  # reads files and prints; needs neither the database nor the URL map

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--json", action="store_true", help="print one JSON array (the default output)")

    def handle(self, *args, **options):
        results = [self._one(path) for path in options["files"]]
        if options["json"]:
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=1))
            return
        for result in results:
            evidence = "; ".join(result.get("reference_evidence", []))
            self.stdout.write(
                f"{result['file']}: reference {result['reference_date'] or 'none (' + evidence + ')'}"
            )
            for expression in result["expressions"]:
                self.stdout.write(
                    f"  {expression['start']:>6} {expression['value']:<10} {expression['text']}"
                )

    def _one(self, path: Path) -> dict:
        try:
            content = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{path}: cannot read: {error}") from error
        stamp, body, offset = split_corpus_file(content)
        reference = infer_reference_date(body, stamp.date, page_month_day=stamp.month_day)
        anchor = reference.date
        if anchor is None:  # nothing to resolve "on Monday" against: say why, as `extract` does
            return {
                "file": str(path),
                "reference_date": None,
                "reference_method": reference.method,
                "reference_evidence": list(reference.evidence),
                "expressions": [],
            }
        expressions = [
            {
                "start": offset + found.start,
                "end": offset + found.end,
                "text": found.text,
                "value": found.value.iso(),
                "precision": found.value.precision,
                "kind": found.kind,
            }
            for found in find_time_expressions(body, anchor)
        ]
        return {
            "file": str(path),
            "reference_date": anchor.isoformat(),
            "reference_method": reference.method,
            "expressions": expressions,
        }
