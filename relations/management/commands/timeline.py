import json

from django.core.management.base import BaseCommand, CommandError

from relations import queries
from relations.models import Country
from relations.serializers import timeline_entry
from relations.views import unknown_country, which_country


class Command(BaseCommand):
    help = "Print a country pair's timeline from the database, in date order."

    def add_arguments(self, parser):
        parser.add_argument("country_a")
        parser.add_argument("country_b")
        parser.add_argument("--json", action="store_true", dest="as_json", help="Print JSON instead of text.")

    def handle(self, *args, country_a, country_b, as_json: bool, **options):
        named = {text: Country.objects.named(text) for text in (country_a, country_b)}
        ambiguous = [which_country(text, found) for text, found in named.items() if len(found) > 1]
        if ambiguous:
            raise CommandError(" ".join(ambiguous))
        unknown = [unknown_country(text) for text, found in named.items() if not found]
        if unknown:
            raise CommandError(f"{' '.join(unknown)} Use an ISO code or a name.")
        countries = [named[country_a][0], named[country_b][0]]
        try:
            first, second = queries.in_code_order(*countries)
        except queries.NotAPair as error:
            raise CommandError(str(error)) from None
        events = queries.pair_events(first, second).prefetch_related("mentions__article", "countries")
        timeline = [timeline_entry(event) for event in queries.in_date_order(events)]
        if as_json:
            self.stdout.write(json.dumps(timeline, indent=2, ensure_ascii=False))
            return
        if not timeline:
            self.stdout.write(f"No events recorded between {first.name} and {second.name} yet.")
        for entry in timeline:
            self.stdout.write(
                f"{entry['date']:<10} {entry['type']:<17} {entry['status']:<9} "
                f"{'(not confirmed) ' if entry['unconfirmed'] else ''}{entry['title']}"
            )
            for source in entry["sources"]:
                self.stdout.write(f"{'':10}   {source}")
