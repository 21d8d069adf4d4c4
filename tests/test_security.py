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
