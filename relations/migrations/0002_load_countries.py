"""Load every UN member and observer state, their aliases and office holders (shipped data)."""

from django.db import migrations


def load(apps, schema_editor):
    from relations.knowledge import load_shipped_knowledge

    load_shipped_knowledge(
        apps.get_model("relations", "Country"),
        apps.get_model("relations", "CountryAlias"),
        apps.get_model("relations", "OfficeHolder"),
    )


class Migration(migrations.Migration):
    dependencies = [("relations", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
