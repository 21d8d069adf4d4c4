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
        codes = sorted(code.upper() for code in (country_a, country_b))
        found = set(Country.objects.filter(code__in=codes).values_list("code", flat=True))
        if len(found) != 2:
            raise CommandError(f"Need two known ISO alpha-2 codes, got {country_a!r} and {country_b!r}.")
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
                f"{entry['date']:<10} {entry['type']:<17} {entry['status']:<8} {entry['title']}"
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
            "title": event.title,
            "countries": sorted(country.code for country in event.countries.all()),
            "sources": sources,
        }
