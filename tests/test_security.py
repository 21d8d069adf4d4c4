"""Headers and access: a strict Content-Security-Policy, no framing, staff-only admin, CSRF on."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.django_db


def test_security_headers(client):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_forms_need_csrf(admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    response = client.post("/admin/relations/article/upload/", {})
    assert response.status_code == 403


def test_anonymous_cannot_reach_admin_pages(client):
    for path in ("/admin/", "/admin/relations/article/upload/", "/admin/relations/event/add/"):
        response = client.get(path)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_secret_key_is_required_without_debug():
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "relations.E001" in result.stderr and "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_production_settings_pass_the_deploy_check_with_hsts_and_secure_cookies():
    """DEBUG off and no other setting: `check --deploy` has nothing to say, HSTS and secure cookies on."""
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECURE_SSL_REDIRECT", "SECURE_COOKIES")}
    env.update(
        SECRET_KEY="x" * 60 + "-not-a-real-one-but-long-and-varied-0123456789",
        ALLOWED_HOSTS="relations.example.org",
    )
    check = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    printed = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c",
         "from django.conf import settings as s; print(s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT,"
         " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert printed.stdout.splitlines()[-1].split() == ["31536000", "True", "True", "True"], printed.stderr


def test_signed_in_users_who_are_not_staff_get_no_staff_pages_or_actions(django_user_model):
    from tests.factories import make_article

    article = make_article(status="failed", error="extraction error")
    reader = django_user_model.objects.create_user("reader", password="x")  # noqa: S106
    client = Client()
    client.force_login(reader)
    for path in ("/admin/", "/admin/relations/event/", "/admin/relations/article/upload/"):
        assert "/admin/login/" in client.get(path)["Location"]
    assert "Retry" not in client.get(f"/articles/{article.pk}/").content.decode()
    assert "/admin/login/" in client.post(f"/articles/{article.pk}/retry")["Location"]
    article.refresh_from_db()
    assert article.status == "failed"


@pytest.mark.parametrize(
    "path",
    [
        "/timelines/RU/IL/?next=https://evil.example/",
        "/timelines/RU/IL/?q=//evil.example",
        "/timelines/?a=Israel&b=ru&next=//evil.example",
    ],
)
def test_redirects_stay_on_the_site(client, countries, path):
    response = client.get(path)
    assert response.status_code in (301, 302)
    assert response["Location"].startswith("/timelines/il/ru/")


@pytest.mark.parametrize("debug", [True, False])
@pytest.mark.parametrize(("path", "json"), [("/timelines/il/ru/", False), ("/api/pairs", True)])
def test_a_query_string_of_too_many_fields_is_a_clear_400(client, settings, debug, path, json):
    settings.DEBUG = debug  # the debug error page itself read the query string again and failed
    query = "&".join(f"x{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert (
        (response.json() == {"error": "too many query parameters"})
        if json
        else b"Too many" in response.content
    )
