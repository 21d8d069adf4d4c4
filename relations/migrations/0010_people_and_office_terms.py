"""A person once, with their terms: OfficeHolder rows (one per term, each carrying the person's
aliases) become one Person per name and an OfficeTerm per row, editors' rows included."""

import django.db.models.deletion
from django.db import migrations, models


def people_from_holders(apps, schema_editor):
    """One Person per name, with every alias any of its rows carried (an editor may have changed
    one row only), in the order the rows were added; one OfficeTerm per row."""
    OfficeHolder = apps.get_model("relations", "OfficeHolder")
    Person = apps.get_model("relations", "Person")
    OfficeTerm = apps.get_model("relations", "OfficeTerm")
    holders = list(OfficeHolder.objects.order_by("pk"))
    aliases_by_name = {}
    for holder in holders:
        aliases = aliases_by_name.setdefault(holder.name, [])
        aliases += [alias for alias in holder.aliases if alias not in aliases]
    Person.objects.bulk_create(
        [Person(name=name, aliases=aliases) for name, aliases in aliases_by_name.items()], batch_size=1000
    )
    person_ids = dict(Person.objects.values_list("name", "pk"))
    OfficeTerm.objects.bulk_create(
        [
            OfficeTerm(
                person_id=person_ids[holder.name],
                country_id=holder.country_id,
                office=holder.role,
                start=holder.term_start,
                end=holder.term_end,
            )
            for holder in holders
        ],
        batch_size=1000,
    )


def holders_from_people(apps, schema_editor):
    """Back to a row per term, each with its person's aliases (a person without terms has no row)."""
    OfficeHolder = apps.get_model("relations", "OfficeHolder")
    OfficeTerm = apps.get_model("relations", "OfficeTerm")
    OfficeHolder.objects.bulk_create(
        [
            OfficeHolder(
                name=term.person.name,
                aliases=term.person.aliases,
                country_id=term.country_id,
                role=term.office,
                term_start=term.start,
                term_end=term.end,
            )
            for term in OfficeTerm.objects.select_related("person").order_by("pk")
        ],
        batch_size=1000,
    )


class Migration(migrations.Migration):

    dependencies = [
        ('relations', '0009_plan_life'),
    ]

    operations = [
        migrations.CreateModel(
            name='Person',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100, unique=True)),
                ('aliases', models.JSONField(blank=True, default=list, help_text='Other names, e.g. the surname alone.')),
            ],
            options={
                'verbose_name_plural': 'people',
                'ordering': ['name'],
            },
        ),
        migrations.CreateModel(
            name='OfficeTerm',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('office', models.CharField(help_text='e.g. president, foreign minister', max_length=60)),
                ('start', models.DateField()),
                ('end', models.DateField(blank=True, null=True)),
                ('country', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='office_terms', to='relations.country')),
                ('person', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='terms', to='relations.person')),
            ],
            options={
                'ordering': ['person', 'start'],
                'constraints': [
                    models.UniqueConstraint(fields=('person', 'country', 'office', 'start'), name='unique_office_term'),
                    models.CheckConstraint(condition=models.Q(('end__isnull', True), ('end__gte', models.F('start')), _connector='OR'), name='office_term_ends_after_start'),
                ],
            },
        ),
        migrations.RunPython(people_from_holders, holders_from_people),
        migrations.DeleteModel(
            name='OfficeHolder',
        ),
    ]
