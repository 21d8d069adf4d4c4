"""Per-pair, per-pair-year and per-pair-month event counts, kept by triggers in the database.

Every insert, delete or change of an EventPair row (its date), and every change of an event's
precision, type, status or tone, adjusts the counts in the same transaction. The trigger on
EventPair reads the event's kind, so event pairs must go before their event (Django's deletion
collector deletes dependent rows first). Existing data is counted once when this migration runs.
"""

import django.db.models.deletion
from django.db import migrations, models


KEY = "country_a_id, country_b_id, month, precision, type, status, quad_class"
YEAR_KEY = "country_a_id, country_b_id, year, tone"


def tone(quad: str) -> str:
    """SQL for the QuadClass → PairYear.tone rule as it stood here (today relations.models.Tone.of)."""
    return f"CASE WHEN {quad} IN (1, 2) THEN 'coop' WHEN {quad} IN (3, 4) THEN 'conflict' ELSE 'other' END"


PG_TONE = tone("quad")

POSTGRESQL = f"""
CREATE FUNCTION relations_count_pair(a varchar, b varchar, day date, prec varchar, kind varchar,
                                     stat varchar, quad smallint, delta integer) RETURNS void AS $$
BEGIN
    IF delta > 0 THEN
        INSERT INTO relations_pairmonth AS m ({KEY}, events)
        VALUES (a, b, date_trunc('month', day)::date, prec, kind, stat, quad, delta)
        ON CONFLICT ({KEY}) DO UPDATE SET events = m.events + EXCLUDED.events;
        INSERT INTO relations_pairyear AS y ({YEAR_KEY}, events)
        VALUES (a, b, extract(year FROM day)::integer, {PG_TONE}, delta)
        ON CONFLICT ({YEAR_KEY}) DO UPDATE SET events = y.events + EXCLUDED.events;
    ELSE  -- only ever decrement existing rows, and forget the emptied ones
        UPDATE relations_pairmonth SET events = events + delta WHERE country_a_id = a AND country_b_id = b
            AND month = date_trunc('month', day)::date AND precision = prec AND type = kind
            AND status = stat AND quad_class = quad;
        UPDATE relations_pairyear SET events = events + delta WHERE country_a_id = a AND country_b_id = b
            AND year = extract(year FROM day)::integer AND tone = {PG_TONE};
        DELETE FROM relations_pairmonth WHERE country_a_id = a AND country_b_id = b
            AND month = date_trunc('month', day)::date AND events <= 0;
        DELETE FROM relations_pairyear WHERE country_a_id = a AND country_b_id = b
            AND year = extract(year FROM day)::integer AND events <= 0;
    END IF;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION relations_eventpair_counts() RETURNS trigger AS $$
DECLARE e relations_event%ROWTYPE;
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        SELECT * INTO e FROM relations_event WHERE id = OLD.event_id;
        IF FOUND THEN
            PERFORM relations_count_pair(OLD.country_a_id, OLD.country_b_id, OLD.date,
                                         e.precision, e.type, e.status, e.quad_class, -1);
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT * INTO e FROM relations_event WHERE id = NEW.event_id;
        PERFORM relations_count_pair(NEW.country_a_id, NEW.country_b_id, NEW.date,
                                     e.precision, e.type, e.status, e.quad_class, 1);
    END IF;
    IF TG_OP = 'DELETE' THEN
        UPDATE relations_pairtotal SET events = events - 1
            WHERE country_a_id = OLD.country_a_id AND country_b_id = OLD.country_b_id;
        DELETE FROM relations_pairtotal
            WHERE country_a_id = OLD.country_a_id AND country_b_id = OLD.country_b_id AND events = 0;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO relations_pairtotal AS t (country_a_id, country_b_id, events)
        VALUES (NEW.country_a_id, NEW.country_b_id, 1)
        ON CONFLICT (country_a_id, country_b_id) DO UPDATE SET events = t.events + 1;
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE FUNCTION relations_event_counts() RETURNS trigger AS $$
DECLARE p relations_eventpair%ROWTYPE;
BEGIN
    FOR p IN SELECT * FROM relations_eventpair WHERE event_id = NEW.id LOOP
        PERFORM relations_count_pair(p.country_a_id, p.country_b_id, p.date,
                                     OLD.precision, OLD.type, OLD.status, OLD.quad_class, -1);
        PERFORM relations_count_pair(p.country_a_id, p.country_b_id, p.date,
                                     NEW.precision, NEW.type, NEW.status, NEW.quad_class, 1);
    END LOOP;
    RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER relations_eventpair_counts
    AFTER INSERT OR DELETE OR UPDATE OF date, country_a_id, country_b_id, event_id ON relations_eventpair
    FOR EACH ROW EXECUTE FUNCTION relations_eventpair_counts();
CREATE TRIGGER relations_event_counts
    AFTER UPDATE OF precision, type, status, quad_class ON relations_event
    FOR EACH ROW WHEN ((OLD.precision, OLD.type, OLD.status, OLD.quad_class)
                       IS DISTINCT FROM (NEW.precision, NEW.type, NEW.status, NEW.quad_class))
    EXECUTE FUNCTION relations_event_counts();
"""

POSTGRESQL_DROP = """
DROP TRIGGER IF EXISTS relations_event_counts ON relations_event;
DROP TRIGGER IF EXISTS relations_eventpair_counts ON relations_eventpair;
DROP FUNCTION IF EXISTS relations_event_counts();
DROP FUNCTION IF EXISTS relations_eventpair_counts();
DROP FUNCTION IF EXISTS relations_count_pair(varchar, varchar, date, varchar, varchar, varchar, smallint, integer);
"""


def sqlite_add(row: str) -> str:
    """Count EventPair `row` (NEW) in its month and year rows, with its event's kind."""
    return f"""
    INSERT INTO relations_pairmonth ({KEY}, events)
    SELECT {row}.country_a_id, {row}.country_b_id, date({row}.date, 'start of month'),
           e.precision, e.type, e.status, e.quad_class, 1
    FROM relations_event e WHERE e.id = {row}.event_id
    ON CONFLICT ({KEY}) DO UPDATE SET events = events + 1;
    INSERT INTO relations_pairyear ({YEAR_KEY}, events)
    SELECT {row}.country_a_id, {row}.country_b_id, CAST(strftime('%Y', {row}.date) AS integer),
           {tone("e.quad_class")}, 1
    FROM relations_event e WHERE e.id = {row}.event_id
    ON CONFLICT ({YEAR_KEY}) DO UPDATE SET events = events + 1;"""


def sqlite_remove(row: str) -> str:
    """Uncount EventPair `row` (OLD); rows are only ever decremented, never created, here."""
    pair = f"country_a_id = {row}.country_a_id AND country_b_id = {row}.country_b_id"
    return f"""
    UPDATE relations_pairmonth SET events = events - 1
    WHERE {pair} AND month = date({row}.date, 'start of month')
      AND (precision, type, status, quad_class) =
          (SELECT precision, type, status, quad_class FROM relations_event WHERE id = {row}.event_id);
    UPDATE relations_pairyear SET events = events - 1
    WHERE {pair} AND year = CAST(strftime('%Y', {row}.date) AS integer)
      AND tone = (SELECT {tone("quad_class")} FROM relations_event WHERE id = {row}.event_id);"""


def sqlite_event_add() -> str:
    """Count every pair row of the event in the month and year rows of its NEW kind."""
    return f"""
    INSERT INTO relations_pairmonth ({KEY}, events)
    SELECT p.country_a_id, p.country_b_id, date(p.date, 'start of month'),
           NEW.precision, NEW.type, NEW.status, NEW.quad_class, 1
    FROM relations_eventpair p WHERE p.event_id = NEW.id
    ON CONFLICT ({KEY}) DO UPDATE SET events = events + 1;
    INSERT INTO relations_pairyear ({YEAR_KEY}, events)
    SELECT p.country_a_id, p.country_b_id, CAST(strftime('%Y', p.date) AS integer), {tone("NEW.quad_class")}, 1
    FROM relations_eventpair p WHERE p.event_id = NEW.id
    ON CONFLICT ({YEAR_KEY}) DO UPDATE SET events = events + 1;"""


def sqlite_event_remove() -> str:
    """Uncount every pair row of the event from the month and year rows of its OLD kind
    (an event has one pair row per pair, so each such row loses one)."""
    return f"""
    UPDATE relations_pairmonth SET events = events - 1
    WHERE precision = OLD.precision AND type = OLD.type AND status = OLD.status
      AND quad_class = OLD.quad_class
      AND (country_a_id, country_b_id, month) IN (SELECT country_a_id, country_b_id,
          date(date, 'start of month') FROM relations_eventpair WHERE event_id = NEW.id);
    UPDATE relations_pairyear SET events = events - 1
    WHERE tone = {tone("OLD.quad_class")}
      AND (country_a_id, country_b_id, year) IN (SELECT country_a_id, country_b_id,
          CAST(strftime('%Y', date) AS integer) FROM relations_eventpair WHERE event_id = NEW.id);"""


def sqlite_zeros(row: str) -> str:
    """Forget the emptied rows of the pair of EventPair `row`."""
    pair = f"country_a_id = {row}.country_a_id AND country_b_id = {row}.country_b_id"
    return f"""
    DELETE FROM relations_pairmonth WHERE {pair} AND events = 0;
    DELETE FROM relations_pairyear WHERE {pair} AND events = 0;
    DELETE FROM relations_pairtotal WHERE {pair} AND events = 0;"""


SQLITE_TOTAL_ADD = """
    INSERT INTO relations_pairtotal (country_a_id, country_b_id, events)
    VALUES (NEW.country_a_id, NEW.country_b_id, 1)
    ON CONFLICT (country_a_id, country_b_id) DO UPDATE SET events = events + 1;"""
SQLITE_TOTAL_REMOVE = """
    UPDATE relations_pairtotal SET events = events - 1
    WHERE country_a_id = OLD.country_a_id AND country_b_id = OLD.country_b_id;"""

SQLITE = [
    f"""CREATE TRIGGER relations_eventpair_insert AFTER INSERT ON relations_eventpair BEGIN
    {sqlite_add("NEW")} {SQLITE_TOTAL_ADD}
END;""",
    f"""CREATE TRIGGER relations_eventpair_delete AFTER DELETE ON relations_eventpair BEGIN
    {sqlite_remove("OLD")} {SQLITE_TOTAL_REMOVE} {sqlite_zeros("OLD")}
END;""",
    f"""CREATE TRIGGER relations_eventpair_update
    AFTER UPDATE OF date, country_a_id, country_b_id, event_id ON relations_eventpair BEGIN
    {sqlite_remove("OLD")} {SQLITE_TOTAL_REMOVE} {sqlite_add("NEW")} {SQLITE_TOTAL_ADD}
    {sqlite_zeros("OLD")}
END;""",
    f"""CREATE TRIGGER relations_event_update
    AFTER UPDATE OF precision, type, status, quad_class ON relations_event BEGIN
    {sqlite_event_remove()} {sqlite_event_add()}
    DELETE FROM relations_pairmonth WHERE events = 0 AND (country_a_id, country_b_id) IN
        (SELECT country_a_id, country_b_id FROM relations_eventpair WHERE event_id = NEW.id);
    DELETE FROM relations_pairyear WHERE events = 0 AND (country_a_id, country_b_id) IN
        (SELECT country_a_id, country_b_id FROM relations_eventpair WHERE event_id = NEW.id);
END;""",
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS {name};"
    for name in (
        "relations_eventpair_insert",
        "relations_eventpair_delete",
        "relations_eventpair_update",
        "relations_event_update",
    )
]


def create_triggers(apps, schema_editor):
    from relations.pair_counts import rebuild

    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL, params=None)
    elif vendor == "sqlite":
        for statement in SQLITE:
            schema_editor.execute(statement)
    else:
        raise RuntimeError(f"No pair-count triggers for {vendor}: PostgreSQL or SQLite only.")
    rebuild(*(apps.get_model("relations", name) for name in ("EventPair", "PairMonth", "PairYear", "PairTotal")))


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRESQL_DROP, params=None)
    else:
        for statement in SQLITE_DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("relations", "0005_timeline_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="PairMonth",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("month", models.DateField()),
                (
                    "precision",
                    models.CharField(
                        choices=[("day", "day"), ("month", "month"), ("year", "year")], max_length=5
                    ),
                ),
                (
                    "type",
                    models.CharField(
                        choices=[
                            ("visit", "visit"),
                            ("meeting", "meeting"),
                            ("phone_call", "phone call"),
                            ("agreement", "agreement"),
                            ("statement", "statement"),
                            ("military_incident", "military incident"),
                            ("sanctions", "sanctions"),
                            ("ceremony", "ceremony"),
                            ("invitation", "invitation"),
                            ("trade", "trade"),
                            ("other", "other"),
                        ],
                        max_length=20,
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("happened", "happened"), ("planned", "planned")], max_length=10
                    ),
                ),
                (
                    "quad_class",
                    models.PositiveSmallIntegerField(
                        choices=[
                            (0, "unknown"),
                            (1, "verbal cooperation"),
                            (2, "material cooperation"),
                            (3, "verbal conflict"),
                            (4, "material conflict"),
                        ]
                    ),
                ),
                ("events", models.IntegerField(default=0)),
                (
                    "country_a",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="relations.country"
                    ),
                ),
                (
                    "country_b",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="relations.country"
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=(
                            "country_a",
                            "country_b",
                            "month",
                            "precision",
                            "type",
                            "status",
                            "quad_class",
                        ),
                        name="unique_pair_month",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="PairTotal",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("events", models.IntegerField(default=0)),
                (
                    "country_a",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="relations.country"
                    ),
                ),
                (
                    "country_b",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="relations.country"
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(fields=["-events", "country_a", "country_b"], name="pair_total_busiest")
                ],
                "constraints": [
                    models.UniqueConstraint(fields=("country_a", "country_b"), name="unique_pair_total")
                ],
            },
        ),
        migrations.CreateModel(
            name='PairYear',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('year', models.PositiveSmallIntegerField()),
                ('tone', models.CharField(choices=[('coop', 'cooperation'), ('conflict', 'conflict'), ('other', 'unclassified')], max_length=8)),
                ('events', models.IntegerField(default=0)),
                ('country_a', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='relations.country')),
                ('country_b', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='relations.country')),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('country_a', 'country_b', 'year', 'tone'), name='unique_pair_year')],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
