"""Check the per-pair event counts against the events, or recount them after a bulk load."""

from django.core.management.base import BaseCommand, CommandError

from relations import pair_counts
from relations.models import EventPair, PairMonth, PairTotal, PairYear


class Command(BaseCommand):
    help = "Check (default) or --rebuild the per-pair and per-pair-month event counts."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Recount from the events.")

    def handle(self, *args, rebuild=False, **options):
        if rebuild:
            rows = pair_counts.rebuild(EventPair, PairMonth, PairYear, PairTotal)
            self.stdout.write(f"Recounted: {rows} pair-month rows.")
            return
        problems = pair_counts.differences(EventPair, PairMonth, PairYear, PairTotal)
        for line in problems[:50]:
            self.stderr.write(line)
        if problems:
            raise CommandError(f"{len(problems)} counts differ from the events; run with --rebuild.")
        self.stdout.write("Counts agree with the events.")
