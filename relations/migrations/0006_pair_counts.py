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
    """SQL for PairYear.tone_of."""
    return f"CASE WHEN {quad} IN (1, 2) THEN 'coop' WHEN {quad} IN (3, 4) THEN 'conflict' ELSE 'other' END"


PG_TONE = tone("quad")

POSTGRESQL = f"""
CREATE FUNCTION relations_count_pair(a varchar, b varchar, day date, prec varchar, kind varchar,
                                     stat varchar, quad smallint, delta integer) RETURNS void AS $$
BEGIN
    INSERT INTO relations_pairmonth AS m ({KEY}, events)
    VALUES (a, b, date_trunc('month', day)::date, prec, kind, stat, quad, delta)
    ON CONFLICT ({KEY}) DO UPDATE SET events = m.events + EXCLUDED.events;
    INSERT INTO relations_pairyear AS y (country_a_id, country_b_id, year, tone, events)
    VALUES (a, b, extract(year FROM day)::integer, {PG_TONE}, delta)
    ON CONFLICT (country_a_id, country_b_id, year, tone) DO UPDATE SET events = y.events + EXCLUDED.events;
    IF delta < 0 THEN
        DELETE FROM relations_pairmonth WHERE country_a_id = a AND country_b_id = b
            AND month = date_trunc('month', day)::date AND precision = prec AND type = kind
            AND status = stat AND quad_class = quad AND events = 0;
        DELETE FROM relations_pairyear WHERE country_a_id = a AND country_b_id = b
            AND year = extract(year FROM day)::integer AND events = 0;
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


def sqlite_count(row: str, delta: str) -> str:
    """Add `delta` to the month and year rows of EventPair `row` (NEW or OLD), with its event's kind."""
    return f"""
    INSERT INTO relations_pairmonth ({KEY}, events)
    SELECT {row}.country_a_id, {row}.country_b_id, date({row}.date, 'start of month'),
           e.precision, e.type, e.status, e.quad_class, {delta}
    FROM relations_event e WHERE e.id = {row}.event_id
    ON CONFLICT ({KEY}) DO UPDATE SET events = events + excluded.events;
    INSERT INTO relations_pairyear ({YEAR_KEY}, events)
    SELECT {row}.country_a_id, {row}.country_b_id, CAST(strftime('%Y', {row}.date) AS integer),
           {tone("e.quad_class")}, {delta}
    FROM relations_event e WHERE e.id = {row}.event_id
    ON CONFLICT ({YEAR_KEY}) DO UPDATE SET events = events + excluded.events;"""


def sqlite_event_count(row: str, delta: str) -> str:
    """Add `delta` to the month rows of every pair of the event whose kind is in `row`."""
    return f"""
    INSERT INTO relations_pairmonth ({KEY}, events)
    SELECT p.country_a_id, p.country_b_id, date(p.date, 'start of month'),
           {row}.precision, {row}.type, {row}.status, {row}.quad_class, {delta} * count(*)
    FROM relations_eventpair p WHERE p.event_id = NEW.id
    GROUP BY p.country_a_id, p.country_b_id, date(p.date, 'start of month')
    ON CONFLICT ({KEY}) DO UPDATE SET events = events + excluded.events;
    INSERT INTO relations_pairyear ({YEAR_KEY}, events)
    SELECT p.country_a_id, p.country_b_id, CAST(strftime('%Y', p.date) AS integer),
           {tone(row + ".quad_class")}, {delta} * count(*)
    FROM relations_eventpair p WHERE p.event_id = NEW.id
    GROUP BY p.country_a_id, p.country_b_id, strftime('%Y', p.date)
    ON CONFLICT ({YEAR_KEY}) DO UPDATE SET events = events + excluded.events;"""


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
    {sqlite_count("NEW", "1")} {SQLITE_TOTAL_ADD}
END;""",
    f"""CREATE TRIGGER relations_eventpair_delete AFTER DELETE ON relations_eventpair BEGIN
    {sqlite_count("OLD", "-1")} {SQLITE_TOTAL_REMOVE} {sqlite_zeros("OLD")}
END;""",
    f"""CREATE TRIGGER relations_eventpair_update
    AFTER UPDATE OF date, country_a_id, country_b_id, event_id ON relations_eventpair BEGIN
    {sqlite_count("OLD", "-1")} {SQLITE_TOTAL_REMOVE} {sqlite_count("NEW", "1")} {SQLITE_TOTAL_ADD}
    {sqlite_zeros("OLD")}
END;""",
    f"""CREATE TRIGGER relations_event_update
    AFTER UPDATE OF precision, type, status, quad_class ON relations_event BEGIN
    {sqlite_event_count("OLD", "-1")} {sqlite_event_count("NEW", "1")}
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
