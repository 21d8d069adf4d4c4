from django.core.management.base import BaseCommand

from relations.knowledge import load_shipped_knowledge


class Command(BaseCommand):
    help = "Add the shipped countries, aliases, people and terms the database lacks; editors' changes stay."

    def handle(self, *args, **options):
        created = load_shipped_knowledge()
        self.stdout.write(
            ", ".join(f"{count} {name.replace('_', ' ')} added" for name, count in created.items())
        )
