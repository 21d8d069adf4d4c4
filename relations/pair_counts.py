"""Events per pair and per pair-month, kept up to date by database triggers (migration 0006).

The triggers count every insert, delete and change of EventPair and Event rows in the same
transaction, whichever code path makes it (merge, admin, a cascade, raw SQL). Only loads that
switch triggers off (bench/seed_scale.py) need `rebuild`; `differences` proves they agree.
"""

from django.db import transaction
from django.db.models import Count
from django.db.models.functions import TruncMonth

KIND = ["event__precision", "event__type", "event__status", "event__quad_class"]


def live_month_counts(event_pair_model) -> dict[tuple, int]:
    """Counted from the events themselves: {(a, b, month, precision, type, status, quad): n}."""
    rows = (
        event_pair_model.objects.annotate(month=TruncMonth("date"))
        .values_list("country_a", "country_b", "month", *KIND)
        .annotate(n=Count("id"))
        .order_by()
    )
    return {tuple(row[:-1]): row[-1] for row in rows}


def stored_month_counts(pair_month_model) -> dict[tuple, int]:
    rows = pair_month_model.objects.filter(events__gt=0).values_list(
        "country_a", "country_b", "month", "precision", "type", "status", "quad_class", "events"
    )
    return {tuple(row[:-1]): row[-1] for row in rows}


def rebuild(event_pair_model, pair_month_model, pair_total_model) -> int:
    """Recount both tables from the events; returns the number of pair-month rows."""
    months = live_month_counts(event_pair_model)
    totals: dict[tuple, int] = {}
    for (a, b, *_kind), n in months.items():
        totals[a, b] = totals.get((a, b), 0) + n
    fields = ["country_a_id", "country_b_id", "month", "precision", "type", "status", "quad_class"]
    with transaction.atomic():
        pair_month_model.objects.all().delete()
        pair_total_model.objects.all().delete()
        pair_month_model.objects.bulk_create(
            (pair_month_model(events=n, **dict(zip(fields, key, strict=True))) for key, n in months.items()),
            batch_size=5000,
        )
        pair_total_model.objects.bulk_create(
            (pair_total_model(country_a_id=a, country_b_id=b, events=n) for (a, b), n in totals.items()),
            batch_size=5000,
        )
    return len(months)


def differences(event_pair_model, pair_month_model, pair_total_model) -> list[str]:
    """What the stored counts get wrong, as readable lines (empty when they agree)."""
    live, stored = live_month_counts(event_pair_model), stored_month_counts(pair_month_model)
    problems = [
        f"{'–'.join(key[:2])} {key[2]:%Y-%m} {'/'.join(map(str, key[3:]))}: "
        f"{stored.get(key, 0)} stored, {live.get(key, 0)} events"
        for key in sorted(live.keys() | stored.keys(), key=str)
        if live.get(key, 0) != stored.get(key, 0)
    ]
    live_totals: dict[tuple, int] = {}
    for (a, b, *_kind), n in live.items():
        live_totals[a, b] = live_totals.get((a, b), 0) + n
    stored_totals = {
        (a, b): n
        for a, b, n in pair_total_model.objects.filter(events__gt=0).values_list(
            "country_a", "country_b", "events"
        )
    }
    problems += [
        f"{a}–{b} total: {stored_totals.get((a, b), 0)} stored, {live_totals.get((a, b), 0)} events"
        for a, b in sorted(live_totals.keys() | stored_totals.keys())
        if live_totals.get((a, b), 0) != stored_totals.get((a, b), 0)
    ]
    return problems
