import json

from django.core.management.base import BaseCommand, CommandError

from relations import queries
from relations.models import Country
from relations.serializers import timeline_entry


class Command(BaseCommand):
    help = "Print a country pair's timeline from the database, in date order."

    def add_arguments(self, parser):
        parser.add_argument("country_a")
        parser.add_argument("country_b")
        parser.add_argument("--json", action="store_true", dest="as_json", help="Print JSON instead of text.")

    def handle(self, *args, country_a, country_b, as_json: bool, **options):
        countries = [Country.objects.lookup(text) for text in (country_a, country_b)]
        unknown = [
            text for text, country in zip((country_a, country_b), countries, strict=True) if country is None
        ]
        if unknown:
            raise CommandError(f"Unknown country: {', '.join(unknown)} (use an ISO code or a name).")
        try:
            first, second = queries.in_code_order(*countries)
        except queries.NotAPair as error:
            raise CommandError(str(error)) from None
        events = queries.pair_events(first, second).prefetch_related("mentions__article", "countries")
        timeline = [timeline_entry(event) for event in queries.in_date_order(events)]
        if as_json:
            self.stdout.write(json.dumps(timeline, indent=2, ensure_ascii=False))
            return
        for entry in timeline:
            self.stdout.write(
                f"{entry['date']:<10} {entry['type']:<17} {entry['status']:<9} "
                f"{'(not confirmed) ' if entry['unconfirmed'] else ''}{entry['title']}"
            )
            for source in entry["sources"]:
                self.stdout.write(f"{'':10}   {source}")
