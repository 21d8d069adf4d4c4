"""The demo's set-up: the sample articles, an admin account, and links to where the server listens."""

from io import StringIO

import pytest
from django.core.management import call_command

from relations.models import Article

pytestmark = pytest.mark.django_db


def test_the_demo_links_to_the_port_it_is_told(settings):
    settings.DEBUG = True
    output = StringIO()
    call_command("demo_setup", "--port", "8123", stdout=output)
    assert "Admin: http://127.0.0.1:8123/admin/  user: demo" in output.getvalue()
    assert "http://127.0.0.1:8123/timelines/il/ru/" in output.getvalue()
    assert ":8000" not in output.getvalue()
    assert Article.objects.exists()
