"""The README's Settings table says what relations/settings.py reads from the environment."""

import re
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "relations" / "settings.py"
READ = re.compile(r'(?:os\.environ\.get|env_bool|env_list)\(\s*"(\w+)"')


def settings_table() -> dict[str, str]:
    """Each variable of the README's Settings table, with its default as the table gives it."""
    section = (ROOT / "README.md").read_text().split("\n## Settings\n")[1].split("\n## ")[0]
    return dict(re.findall(r"^\| `(\w+)` \| ([^|]*) \|", section, re.MULTILINE))


def test_the_readme_lists_every_variable_the_settings_read():
    read = {*READ.findall(SETTINGS.read_text()), "DATABASE_URL"}  # the last read by dj_database_url
    assert sorted(settings_table()) == sorted(read)


@pytest.mark.parametrize(
    ("variable", "setting"),
    [
        ("INGEST_MAX_BYTES", "INGEST_MAX_BYTES"),
        ("INGEST_RATE_LIMIT", "INGEST_RATE_LIMIT"),
        ("INGEST_AUTH_FAILURE_LIMIT", "INGEST_AUTH_FAILURE_LIMIT"),
        ("EXTRACTION_TIME_LIMIT", "CELERY_TASK_TIME_LIMIT"),
    ],
)
def test_the_readme_gives_each_limits_default(monkeypatch, variable, setting):
    monkeypatch.delenv(variable, raising=False)
    default = runpy.run_path(str(SETTINGS))[setting]
    assert settings_table()[variable].startswith(f"`{default}`")
