"""POST /api/articles through a real server (gunicorn, as in production): a chunked body, which
has no Content-Length, is read, bounded by INGEST_MAX_BYTES; an empty one is refused as empty.
The test client cannot send a chunked request (tests/test_api.py models one); this sends real
ones. Slow tier: it migrates a database of its own and starts gunicorn."""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_load import free_port

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "live-token"
LIMIT = 4096
STORY = {
    "url": "https://example.org/chunked",
    "published": "2021-06-16",
    "text": "The presidents of Kenya and Tanzania met in Arusha on Wednesday to discuss trade.",
}

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """gunicorn (one sync worker, DEBUG off) on a SQLite database of its own; extraction runs in
    the server's process (no broker)."""
    folder = tmp_path_factory.mktemp("api-server")
    env = {
        **{name: value for name, value in os.environ.items() if name != "CELERY_BROKER_URL"},
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "SECRET_KEY": "api-server-test-only",
        "DEBUG": "",
        "SECURE_SSL_REDIRECT": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(folder / "static"),
        "INGEST_API_TOKENS": TOKEN,
        "INGEST_MAX_BYTES": str(LIMIT),
        "LOG_LEVEL": "WARNING",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
    )
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "relations.wsgi",
            "-w",
            "1",
            "-b",
            f"127.0.0.1:{port}",
            "-t",
            "120",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError("gunicorn did not start") from None
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def send(port: int, chunks: list[bytes] | None) -> tuple[int, dict]:
    """POST the chunks as a chunked body (Transfer-Encoding: chunked, no Content-Length); None
    sends no body and neither header."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.putrequest("POST", "/api/articles")
        connection.putheader("Authorization", f"Bearer {TOKEN}")
        connection.putheader("Content-Type", "application/json")
        if chunks is None:
            connection.endheaders()
        else:
            connection.putheader("Transfer-Encoding", "chunked")
            connection.endheaders()
            for chunk in chunks:
                connection.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            connection.send(b"0\r\n\r\n")
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def test_a_chunked_article_is_stored(server):
    body = json.dumps(STORY).encode()
    status, answer = send(server, [body[:40], body[40:]])
    assert status == 201, answer
    assert answer["created"] is True
    status, again = send(server, [body])
    assert (status, again["id"]) == (200, answer["id"])


def test_a_chunked_body_over_the_limit_is_413_and_kept_once(server):
    body = json.dumps({**STORY, "text": "word " * 1000}).encode()  # 5 KB in 1 KB chunks
    chunks = [body[start : start + 1024] for start in range(0, len(body), 1024)]
    status, answer = send(server, chunks)
    refused = f"body larger than {LIMIT:,} bytes (sent without Content-Length)"
    assert (status, answer["error"]) == (413, refused)
    assert send(server, chunks)[1]["id"] == answer["id"]  # the same refusal, nothing new


@pytest.mark.parametrize("chunks", [[], None], ids=["empty chunked body", "no body, no Content-Length"])
def test_an_empty_body_is_400_empty_body(server, chunks):
    status, answer = send(server, chunks)
    assert status == 400 and answer["error"].startswith("empty body"), answer
