import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


class Command(BaseCommand):
    help = "Local demo only: ingest the sample articles and create an admin account with a fresh password."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000, help="the port the server will listen on")

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo_setup creates a known admin account; it runs only with DEBUG=1.")
        call_command("ingest", str(SAMPLES), "--no-progress", stdout=self.stdout)
        password = secrets.token_urlsafe(12)
        user, _created = get_user_model().objects.get_or_create(
            username="demo", defaults={"is_staff": True, "is_superuser": True}
        )
        user.set_password(password)
        user.save()
        home = f"http://127.0.0.1:{options['port']}/"
        self.stdout.write(
            f"\nRelations is starting on {home}\n"
            f"  Israel–Russia timeline: {home}timelines/il/ru/\n"
            f"  Admin: {home}admin/  user: demo  password: {password}\n"
        )
