"""One knowledge source: the shipped files, copied into the database, read the same way by
`extract`, the worker and the article highlighting."""

import json
from datetime import date
from io import StringIO

import pycountry
import pytest
from django.core.management import call_command
from django.db import connection
from django.db.backends.sqlite3.base import DatabaseWrapper as SQLiteDatabase
from django.db.migrations.executor import MigrationExecutor

from relations.extraction.knowledge import Knowledge, shipped_records
from relations.knowledge import (
    OUTSIDE_ISO,
    current_knowledge,
    database_holds_knowledge,
    knowledge_from_database,
    load_shipped_knowledge,
)
from relations.models import Country, CountryAlias, Event, OfficeTerm, Person
from relations.tasks import extract_article
from relations.templatetags.highlight import actor_spans
from tests.factories import make_article

STORY = (
    "NaMo met Chinese President Xi Jinping in Wuhan on Friday. "
    "Bharat and China agreed to strengthen communication between their militaries."
)


def same_knowledge(one: Knowledge, other: Knowledge) -> bool:
    """Same states, people, blocs and name pattern (hence the same matches, in the same order)."""
    return (one.countries, one.people, one.blocs, one._matcher.pattern) == (
        other.countries,
        other.people,
        other.blocs,
        other._matcher.pattern,
    )


def test_the_shipped_files_are_well_formed():
    """The files are edited by hand: every mistake a loader would trip on, or skip, is caught here."""
    records = shipped_records()
    codes = [record["code"] for record in records["countries"]]
    for record in records["countries"]:
        assert pycountry.countries.get(alpha_2=record["code"]) or record["code"] in OUTSIDE_ISO, record[
            "code"
        ]
        assert set(record) <= {"code", "name", "aliases", "weak_aliases"} and record["name"], record
        strong, weak = record.get("aliases", []), record.get("weak_aliases", [])
        assert len(set(strong + weak)) == len(strong + weak), f"{record['code']}: an alias listed twice"
    names = [person["name"] for person in records["people"]]
    assert len(set(names)) == len(names), "a person listed twice"
    for person in records["people"]:
        assert set(person) <= {"name", "aliases", "terms"} and person["terms"], person["name"]
        for term in person["terms"]:
            assert set(term) <= {"country", "office", "start", "end"} and term["office"], person["name"]
            assert term["country"] in codes, f"{person['name']}: {term['country']} is not in countries.json"
            start, end = date.fromisoformat(term["start"]), term.get("end")
            assert end is None or date.fromisoformat(end) >= start, f"{person['name']}: ends before it starts"


@pytest.mark.django_db
def test_a_database_loaded_from_the_files_gives_the_shipped_knowledge():
    for model in (Country, Person):
        model.objects.all().delete()
    assert load_shipped_knowledge() == {
        "countries": len(shipped_records()["countries"]),
        "aliases": CountryAlias.objects.count(),
        "people": len(shipped_records()["people"]),
        "office_terms": OfficeTerm.objects.count(),
    }
    assert same_knowledge(knowledge_from_database(), Knowledge.default())


@pytest.mark.django_db
def test_loading_again_adds_what_is_missing_and_keeps_editors_changes():
    putin = Person.objects.get(name="Vladimir Putin")
    putin.aliases = ["Putin", "VVP"]
    putin.save()
    CountryAlias.objects.create(country_id="RU", text="Muscovy")
    putin.terms.filter(office="president").delete()
    out = StringIO()
    call_command("load_knowledge", stdout=out)
    assert (
        out.getvalue().strip() == "0 countries added, 0 aliases added, 0 people added, 2 office terms added"
    )
    putin.refresh_from_db()
    assert putin.aliases == ["Putin", "VVP"] and CountryAlias.objects.filter(text="Muscovy").exists()


def test_the_loader_refuses_a_code_that_is_no_country(monkeypatch):
    records = {"countries": [{"code": "XX", "name": "Nowhere"}], "people": [], "blocs": [], "not_states": []}
    monkeypatch.setattr("relations.knowledge.shipped_records", lambda: records)
    with pytest.raises(ValueError, match="'XX' is no ISO 3166 alpha-2 code"):
        load_shipped_knowledge()


@pytest.mark.django_db
def test_a_state_iso_leaves_out_is_loaded_with_the_code_in_common_use():
    load_shipped_knowledge()
    kosovo = Country.objects.get(code="XK")
    assert (kosovo.name, kosovo.code3) == ("Kosovo", "XKX")


@pytest.mark.django_db
def test_an_editors_aliases_are_seen_by_extract_the_worker_and_the_highlighting(tmp_path, monkeypatch):
    article_file = tmp_path / "story.txt"
    article_file.write_text(f"2018-04-28\n{STORY}\n")
    article = make_article(STORY, page_date=date(2018, 4, 28))

    def india_found() -> dict[str, bool]:
        out = StringIO()
        call_command("extract", str(article_file), "--json", stdout=out)
        [result] = json.loads(out.getvalue())
        assert extract_article(article.pk) == "done"
        return {
            "extract": any("IN" in event["countries"] for event in result["events"]),
            "worker": Event.objects.filter(mentions__article=article, countries="IN").exists(),
            "highlighting": {span.note for span in actor_spans(STORY)} >= {"IN", "Narendra Modi"},
        }

    assert india_found() == {"extract": False, "worker": False, "highlighting": False}
    CountryAlias.objects.create(country_id="IN", text="Bharat")
    modi = Person.objects.get(name="Narendra Modi")
    modi.aliases = [*modi.aliases, "NaMo"]
    modi.save()
    monkeypatch.setattr("relations.knowledge.KNOWLEDGE_TTL_SECONDS", 0)  # as a minute later
    assert india_found() == {"extract": True, "worker": True, "highlighting": True}


@pytest.mark.django_db
def test_without_knowledge_in_the_database_the_shipped_files_are_read():
    assert database_holds_knowledge()
    Country.objects.all().delete()
    assert not database_holds_knowledge()
    assert current_knowledge() is Knowledge.default()


@pytest.mark.django_db
def test_an_absent_or_unmigrated_database_is_no_knowledge_and_is_not_created(tmp_path):
    absent, unmigrated = tmp_path / "absent.sqlite3", tmp_path / "unmigrated.sqlite3"
    unmigrated.touch()
    for path in (absent, unmigrated):
        settings = {**connection.settings_dict, "ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}
        database = SQLiteDatabase({**settings, "OPTIONS": {}}, alias="elsewhere")
        try:
            assert not database_holds_knowledge(database)
        finally:
            database.close()
    assert not absent.exists()


@pytest.mark.django_db(transaction=True)
def test_the_migration_makes_one_person_of_the_rows_of_their_terms(countries):
    """0010 on rows as editors left them: one person's rows disagree on the aliases."""
    try:
        apps = migrate_to("0009_plan_life")
        OfficeHolder = apps.get_model("relations", "OfficeHolder")
        OfficeHolder.objects.all().delete()
        for name, aliases, role, start, end in [
            ("Yair Lapid", ["Lapid"], "foreign minister", date(2021, 6, 13), date(2022, 12, 29)),
            ("Ehud Barak", ["Barak"], "prime minister", date(1999, 7, 6), date(2001, 3, 7)),
            ("Yair Lapid", ["Lapid", "Yair"], "prime minister", date(2022, 7, 1), date(2022, 12, 29)),
        ]:
            OfficeHolder.objects.create(
                name=name, aliases=aliases, country_id="IL", role=role, term_start=start, term_end=end
            )
        migrate_to("0010_people_and_office_terms")
        people = {person.name: person for person in Person.objects.all()}
        assert {name: person.aliases for name, person in people.items()} == {
            "Yair Lapid": ["Lapid", "Yair"],
            "Ehud Barak": ["Barak"],
        }
        assert sorted(people["Yair Lapid"].terms.values_list("office", "start")) == [
            ("foreign minister", date(2021, 6, 13)),
            ("prime minister", date(2022, 7, 1)),
        ]
        rows = migrate_to("0009_plan_life").get_model("relations", "OfficeHolder").objects
        assert list(rows.order_by("term_start").values_list("name", "aliases", "role")) == [
            ("Ehud Barak", ["Barak"], "prime minister"),
            ("Yair Lapid", ["Lapid", "Yair"], "foreign minister"),
            ("Yair Lapid", ["Lapid", "Yair"], "prime minister"),
        ]
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes("relations"))


def migrate_to(name: str):
    """Migrate relations to `name` with a fresh graph, as `migrate` would; the models there."""
    executor = MigrationExecutor(connection)
    executor.migrate([("relations", name)])
    return executor.loader.project_state([("relations", name)]).apps
