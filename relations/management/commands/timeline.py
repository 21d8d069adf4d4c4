import json

from django.core.management.base import BaseCommand, CommandError

from relations.models import Country, EventPair


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
        codes = sorted(country.code for country in countries)
        if codes[0] == codes[1]:
            raise CommandError("A timeline needs two different countries.")
        pairs = (
            EventPair.objects.filter(country_a=codes[0], country_b=codes[1])
            .select_related("event")
            .prefetch_related("event__mentions__article", "event__countries")
            .order_by("date", "event_id")
        )
        timeline = [self.as_dict(pair.event) for pair in pairs]
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

    @staticmethod
    def as_dict(event) -> dict:
        sources = sorted({m.article.source_label for m in event.mentions.all()})
        return {
            "date": event.fuzzy_date.iso(),
            "precision": event.precision,
            "type": event.type,
            "status": event.status,
            "unconfirmed": event.unconfirmed,
            "title": event.title,
            "countries": sorted(country.code for country in event.countries.all()),
            "sources": sources,
        }
