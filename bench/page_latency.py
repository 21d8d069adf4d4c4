"""Page latency under load with 1M events: gunicorn + wrk against the relations_scale database.

    .venv/bin/python bench/seed_scale.py          # once: fills relations_scale
    .venv/bin/python bench/page_latency.py [--seconds 15] [--connections 2 4] [--explain]

Runs `gunicorn relations.wsgi -w 2` on 127.0.0.1 (DEBUG off, static files collected into a
temporary STATIC_ROOT), then for
each page runs wrk for a fixed time and prints p50 / p95 / p99 and requests per second. Before
that, in-process with django.test.Client, it prints the number of SQL queries per page (for the
busiest pair and a small pair, first and deep page: the count must not depend on the data) and
the slowest query of each page; --explain adds EXPLAIN (ANALYZE, BUFFERS) of those queries.

The admin change list is measured with the session cookie of a superuser created in the bench
database. Needs `wrk` (apt-get install wrk). Every load run stops by itself after --seconds.
"""

import argparse
import http.client
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "relations_scale"
PORT = 8765
TARGETS_MS = {"timeline partial": 50, "home": 100}  # p95 targets
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "seconds": %f, "p50": %f, "p95": %f, "p99": %f, "max": %f, '
    .. '"non_2xx": %d, "errors": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
    latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
"""
HTMX = {"HX-Request": "true", "HX-Target": "results", "HX-Current-URL": "http://127.0.0.1/"}


def environment(static_root: Path) -> dict:
    return {
        **os.environ,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "SECRET_KEY": "bench",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(static_root),
        "LOG_LEVEL": "WARNING",
    }


def machine_facts() -> str:
    import psycopg

    with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{DATABASE}") as connection:
        server = connection.execute("SHOW server_version").fetchone()[0]
        events = connection.execute("SELECT count(*) FROM relations_event").fetchone()[0]
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split("[")[0].strip()
    return (
        f"{os.cpu_count()} cores, python {platform.python_version()}, PostgreSQL {server}, {wrk}, "
        f"{datetime.now().isoformat(timespec='seconds')}; {DATABASE}: {events:,} events"
    )


def pages(client) -> tuple[list[dict], dict]:
    """The pages to measure (path, headers) for the busiest pair, and facts about the data."""
    from django.contrib.auth import get_user_model
    from django.db.models import F

    from relations.models import EventPair, PairTotal
    from relations.queries import busiest_pairs
    from relations.views import PAGE_SIZE

    busiest = busiest_pairs()[0]
    a, b = busiest["country_a"].lower(), busiest["country_b"].lower()
    deep = busiest["events"] // PAGE_SIZE - 1  # the last full page

    def cursor(page: int) -> str:
        """The `after` cursor of the given page of the busiest pair (oldest first)."""
        row = (
            EventPair.objects.filter(country_a=busiest["country_a"], country_b=busiest["country_b"])
            .order_by("date", "event_id")
            .values_list("date", "event_id")[(page - 1) * PAGE_SIZE - 1]
        )
        return f"{row[0].isoformat()}.{row[1]}"

    user, _created = get_user_model().objects.get_or_create(
        username="bench", defaults={"is_staff": True, "is_superuser": True}
    )
    client.force_login(user)
    cookie = {"Cookie": f"sessionid={client.cookies['sessionid'].value}"}
    small = (
        PairTotal.objects.filter(events__gte=200)
        .values("country_a", "country_b", n=F("events"))
        .order_by("events")
        .first()
    )
    timeline = f"/timelines/{a}/{b}/"
    filtered = "?type=meeting&start=2010&end=2020-06&q=energy+talks"
    result = [
        {"name": "timeline full page", "path": timeline, "headers": {}},
        {"name": "timeline partial", "path": timeline, "headers": HTMX},
        {"name": "filtered partial", "path": timeline + filtered, "headers": HTMX},
        {
            "name": f"deep page {deep} (scroll)",
            "path": f"{timeline}?after={cursor(deep)}",
            "headers": {**HTMX, "HX-Target": "next-page"},
        },
        {"name": "CSV export (all)", "path": f"{timeline}events.csv", "headers": {}, "seconds": 40},
        {"name": "CSV export (since 2024)", "path": f"{timeline}events.csv?start=2024", "headers": {}},
        {"name": "home", "path": "/", "headers": {}},
        {"name": "admin event list", "path": "/admin/relations/event/", "headers": cookie},
    ]
    facts = {
        "pair": f"{a}-{b}",
        "events": busiest["events"],
        "deep": deep,
        "small": small,
        "page2": cursor(2),
    }
    return result, facts


def count_queries(client, page: dict, runs: int = 3) -> dict:
    """Queries, status, size, in-process time (median) and the slowest query of one page."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(runs):
        headers = {k: v for k, v in page["headers"].items() if k != "Cookie"}
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(page["path"], headers=headers)
            body = b"".join(response) if response.streaming else response.content
            times.append(time.perf_counter() - started)
    slowest = max(captured.captured_queries, key=lambda q: float(q["time"]), default={"sql": "", "time": 0})
    return {
        "queries": len(captured.captured_queries),
        "status": response.status_code,
        "bytes": len(body),
        "ms": statistics.median(times) * 1000,
        "slowest_sql": slowest["sql"],
        "slowest_ms": float(slowest["time"]) * 1000,
    }


def explain(sql: str) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def start_gunicorn(env: dict) -> subprocess.Popen:
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "relations.wsgi", "-w", "2", "-b", f"127.0.0.1:{PORT}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", PORT), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def warm_up(page: dict, times: int = 2) -> int:
    """A few requests so that both workers have connections and PostgreSQL has the pages cached."""
    status = 0
    for _ in range(times):
        request = urllib.request.Request(f"http://127.0.0.1:{PORT}{page['path']}", headers=page["headers"])
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
            break
        except (http.client.HTTPException, OSError):  # e.g. the worker killed by gunicorn's timeout
            status = 0
            break
    return status


def run_wrk(page: dict, script: Path, seconds: int, connections: int) -> dict:
    command = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "60s"]
    command += ["-s", str(script)]
    for name, value in page["headers"].items():
        command += ["-H", f"{name}: {value}"]
    command.append(f"http://127.0.0.1:{PORT}{page['path']}")
    output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 120).stdout
    result = json.loads(output.strip().splitlines()[-1])
    result["rps"] = result["requests"] / result["seconds"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15, help="wrk duration per page")
    parser.add_argument(
        "--connections", type=int, nargs="+", default=[2, 4], help="wrk connections (one run per value)"
    )
    parser.add_argument("--only", nargs="+", help="measure only pages whose name contains one of these")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE each page's slowest query")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install -y wrk")

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        script = folder / "report.lua"
        script.write_text(WRK_SCRIPT)
        env = environment(folder / "static")
        os.environ.update(env)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relations.settings")
        sys.path.insert(0, str(ROOT))
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
        )
        import django

        django.setup()
        from django.test import Client

        print(machine_facts())
        client = Client(HTTP_HOST="127.0.0.1")
        measured, facts = pages(client)
        if args.only:
            measured = [page for page in measured if any(text in page["name"] for text in args.only)]
        print(f"busiest pair {facts['pair']}: {facts['events']:,} events, deep page {facts['deep']}")

        print("\nSQL queries per page, in-process (django.test.Client, median of 3):")
        small = facts["small"]
        small_path = f"/timelines/{small['country_a'].lower()}/{small['country_b'].lower()}/"
        checks = [*measured]
        checks.append({"name": f"partial, small pair ({small['n']})", "path": small_path, "headers": HTMX})
        checks.append(
            {
                "name": "scroll page 2, busiest",
                "path": f"/timelines/{facts['pair'].replace('-', '/')}/?after={facts['page2']}",
            }
            | {"headers": {**HTMX, "HX-Target": "next-page"}}
        )
        print(f"{'page':<30} {'status':>6} {'queries':>7} {'KB':>8} {'ms':>8}  slowest query ms")
        for page in checks:
            page["inprocess"] = found = count_queries(client, page)
            print(
                f"{page['name']:<30} {found['status']:>6} {found['queries']:>7} "
                f"{found['bytes'] / 1024:>8.1f} {found['ms']:>8.1f}  {found['slowest_ms']:.1f}"
            )
        if args.explain:
            for page in measured:
                print(f"\n--- {page['name']}: slowest query ({page['inprocess']['slowest_ms']:.1f} ms)")
                print(page["inprocess"]["slowest_sql"])
                print(explain(page["inprocess"]["slowest_sql"]))

        for connections in args.connections:
            measure_under_load(measured, env, script, args.seconds, connections)


def measure_under_load(measured: list[dict], env: dict, script: Path, seconds: int, connections: int) -> None:
    print(f"\nwrk: {seconds} s per page, {connections} connections, gunicorn -w 2 (sync)")
    print(f"{'page':<30} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>8} {'non-2xx':>8}  target")
    for page in measured:
        # A fresh server per page: requests that wrk abandoned must not slow the next page.
        server = start_gunicorn(env)
        try:
            status = warm_up(page)
            result = run_wrk(page, script, max(seconds, page.get("seconds", 0)), connections)
        finally:
            server.terminate()
            server.wait(timeout=60)
        target = TARGETS_MS.get(page["name"])
        verdict = ""
        if not result["requests"]:
            verdict = f"no request completed in {seconds} s"
        elif target:
            verdict = f"p95 ≤ {target} ms: {'met' if result['p95'] <= target else 'MISSED'}"
        if status != 200 or result["non_2xx"] or result["errors"]:
            verdict += f" (warm-up status {status or 'aborted'}, {result['errors']} socket errors)"
        print(
            f"{page['name']:<30} {result['p50']:>8.1f} {result['p95']:>8.1f} {result['p99']:>8.1f} "
            f"{result['rps']:>8.1f} {result['non_2xx']:>8}  {verdict}",
            flush=True,
        )


if __name__ == "__main__":
    main()
