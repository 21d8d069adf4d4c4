"""Load every UN member and observer state, their aliases and office holders, as shipped when this
migration was written: the rows it inserts are frozen in 0002_load_countries.json, so later edits of
the shipped files (which reach a database through `manage.py load_knowledge`) never change it."""

import json
from datetime import date
from pathlib import Path

from django.db import migrations

FROZEN_ROWS = Path(__file__).with_suffix(".json")


def day(value):
    return date.fromisoformat(value) if value else None


def load(apps, schema_editor):
    Country = apps.get_model("relations", "Country")
    CountryAlias = apps.get_model("relations", "CountryAlias")
    OfficeHolder = apps.get_model("relations", "OfficeHolder")
    rows = json.loads(FROZEN_ROWS.read_text(encoding="utf-8"))
    # ignore_conflicts: migrated back to 0001 (whose reverse keeps the rows) and forward again.
    Country.objects.bulk_create(
        [Country(code=code, code3=code3, name=name) for code, code3, name in rows["countries"]],
        ignore_conflicts=True,
    )
    CountryAlias.objects.bulk_create(
        [CountryAlias(country_id=code, text=text, weak=weak) for code, text, weak in rows["aliases"]],
        ignore_conflicts=True,
        batch_size=1000,
    )
    OfficeHolder.objects.bulk_create(
        [
            OfficeHolder(
                name=name, aliases=aliases, country_id=code, role=role, term_start=day(start), term_end=day(end)
            )
            for name, aliases, code, role, start, end in rows["office_holders"]
        ],
        ignore_conflicts=True,
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [("relations", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
