"""Headers and access: a strict Content-Security-Policy, no framing, staff-only admin, CSRF on."""

import pytest
from django.test import Client

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
