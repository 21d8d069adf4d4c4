from django.core.management.base import BaseCommand

from relations.knowledge import load_shipped_knowledge
from relations.models import Country, CountryAlias, OfficeHolder


class Command(BaseCommand):
    help = "Add the shipped countries, aliases and office holders the database lacks; editors' changes stay."

    def handle(self, *args, **options):
        created = load_shipped_knowledge(Country, CountryAlias, OfficeHolder)
        self.stdout.write(
            ", ".join(f"{count} {name.replace('_', ' ')} added" for name, count in created.items())
        )
