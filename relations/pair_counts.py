"""Events per pair, per pair-year-tone and per pair-month-kind, kept by database triggers
(migration 0006).

The triggers count every insert, delete and change of EventPair and Event rows in the same
transaction, whichever code path makes it (merge, admin, a cascade, raw SQL). Only loads that
switch triggers off (bench/seed_scale.py) need `rebuild`; `differences` proves they agree.
"""

from collections import Counter

from django.db import transaction
from django.db.models import Count
from django.db.models.functions import TruncMonth

from relations.models import Tone

MONTH_FIELDS = ["country_a_id", "country_b_id", "month", "precision", "type", "status", "quad_class"]
YEAR_FIELDS = ["country_a_id", "country_b_id", "year", "tone"]
TOTAL_FIELDS = ["country_a_id", "country_b_id"]


def live_counts(event_pair_model) -> dict[str, Counter]:
    """Counted from the events themselves: {"month": ..., "year": ..., "total": ...} keyed as stored."""
    rows = (
        event_pair_model.objects.annotate(month=TruncMonth("date"))
        .values_list(
            "country_a",
            "country_b",
            "month",
            "event__precision",
            "event__type",
            "event__status",
            "event__quad_class",
        )  # fmt: skip
        .annotate(n=Count("id"))
        .order_by()
    )
    counts = {"month": Counter(), "year": Counter(), "total": Counter()}
    for *key, n in rows:
        a, b, month, _precision, _type, _status, quad_class = key
        counts["month"][tuple(key)] += n
        counts["year"][a, b, month.year, Tone.of(quad_class).value] += n
        counts["total"][a, b] += n
    return counts


def stored_counts(pair_month_model, pair_year_model, pair_total_model) -> dict[str, Counter]:
    def stored(model, fields):
        rows = model.objects.exclude(events=0).values_list(*fields, "events")
        return Counter({tuple(row[:-1]): row[-1] for row in rows})

    return {
        "month": stored(pair_month_model, MONTH_FIELDS),
        "year": stored(pair_year_model, YEAR_FIELDS),
        "total": stored(pair_total_model, TOTAL_FIELDS),
    }


def rebuild(event_pair_model, pair_month_model, pair_year_model, pair_total_model) -> int:
    """Recount the three tables from the events; returns the number of pair-month rows."""
    counts = live_counts(event_pair_model)
    with transaction.atomic():
        for model, fields, kind in (
            (pair_month_model, MONTH_FIELDS, "month"),
            (pair_year_model, YEAR_FIELDS, "year"),
            (pair_total_model, TOTAL_FIELDS, "total"),
        ):
            model.objects.all().delete()
            model.objects.bulk_create(
                (model(events=n, **dict(zip(fields, key, strict=True))) for key, n in counts[kind].items()),
                batch_size=5000,
            )
    return len(counts["month"])


def differences(event_pair_model, pair_month_model, pair_year_model, pair_total_model) -> list[str]:
    """What the stored counts get wrong, as readable lines (empty when they agree)."""
    live = live_counts(event_pair_model)
    stored = stored_counts(pair_month_model, pair_year_model, pair_total_model)
    return [
        f"{kind} {' '.join(map(str, key))}: {stored[kind][key]} stored, {live[kind][key]} events"
        for kind in ("total", "year", "month")
        for key in sorted(live[kind].keys() | stored[kind].keys(), key=str)
        if live[kind][key] != stored[kind][key]
    ]
