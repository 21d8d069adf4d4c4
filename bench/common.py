"""What the benchmarks share: the local PostgreSQL server, a fresh database, the machine's facts."""

import os
import platform
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
SERVER = "postgresql://postgres@127.0.0.1:5432"


def database_url(name: str) -> str:
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def fresh_database(name: str, env: dict) -> None:
    """Drop and create `name`, then migrate it (with `env`, whose DATABASE_URL points at it)."""
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {name}")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def machine_facts(*extra: str) -> str:
    with psycopg.connect(f"{SERVER}/postgres") as connection:
        server = connection.execute("SHOW server_version").fetchone()[0]
    facts = [f"{os.cpu_count()} cores", f"python {platform.python_version()}", f"PostgreSQL {server}", *extra]
    return ", ".join(facts) + f", {datetime.now().isoformat(timespec='seconds')}"
