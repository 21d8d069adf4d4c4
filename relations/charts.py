"""Server-made SVG charts: events per period split by cooperation and conflict, and sparklines.

Only numbers are computed here; the templates draw the SVG, so every label is escaped there.
"""

import calendar
import math
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Case, Count, Sum, Value, When
from django.db.models.functions import TruncMonth

from relations.models import Tone

MONTHS_LIMIT = 24  # events within two calendar years are drawn per month
HEIGHT, TOP, LABELS = 170, 8, 20


@dataclass
class Bar:
    period: str  # the filter value: "2019" or "2019-04"
    label: str  # the axis label: "2019" or "Apr ’19"
    name: str  # spoken: "2019" or "April 2019"
    coop: int = 0
    conflict: int = 0
    other: int = 0
    show_label: bool = True
    x: float = 0
    width: float = 0
    coop_y: float = 0
    coop_height: float = 0
    other_y: float = 0
    other_height: float = 0
    conflict_height: float = 0
    href: str = ""

    @property
    def total(self) -> int:
        return self.coop + self.conflict + self.other


@dataclass
class Chart:
    unit: str  # "year" or "month"
    bars: list[Bar] = field(default_factory=list)
    total: int = 0
    year_only: int = 0  # events known only to the year, left out of a month chart
    width: float = 0
    height: float = HEIGHT
    baseline: float = 0
    label_y: float = 0
    up_max: int = 0
    down_max: int = 0


TONE = Case(  # Tone.of in SQL: a Bar's coop, conflict or other
    *(When(quad_class__in=tone.quad_classes, then=Value(tone.value)) for tone in Tone.classified()),
    default=Value(Tone.OTHER.value),
)


def tone_counts(events):
    """One query over the events: events per month, precision and tone."""
    return (
        events.order_by()
        .annotate(month=TruncMonth("date"), tone=TONE)
        .values("month", "precision", "tone")
        .annotate(n=Count("id"))
    )


def counted_tone_counts(pair_months):
    """The same rows from the kept per-pair-month counts (PairMonth): a few rows, not every event."""
    return (
        pair_months.order_by()
        .annotate(tone=TONE)
        .values("month", "precision", "tone")
        .annotate(n=Sum("events"))
    )


def timeline_chart(rows, link) -> Chart | None:
    """Bars per year, or per month when the events span at most two years; `link(period)` gives each href."""
    rows = [(_as_date(row["month"]), row["precision"], row["tone"], row["n"]) for row in rows]
    if not rows:
        return None
    years = [month.year for month, *_rest in rows]
    precise = [month for month, precision, _tone, _n in rows if precision != "year"]
    first, last = min(precise, default=None), max(precise, default=None)
    by_month = bool(precise) and not drawn_per_year(years)
    chart = Chart(unit="month" if by_month else "year", total=sum(n for *_rest, n in rows))
    if by_month:
        periods = _months(first, last)
        bars = {
            p: Bar(f"{p.year}-{p.month:02d}", _short_month(p), f"{calendar.month_name[p.month]} {p.year}")
            for p in periods
        }
    else:
        periods = [date(year, 1, 1) for year in range(min(years), max(years) + 1)]
        bars = {p: Bar(str(p.year), str(p.year), str(p.year)) for p in periods}
    for month, precision, tone, n in rows:
        if by_month and precision == "year":
            chart.year_only += n
            continue
        bar = bars[month if by_month else date(month.year, 1, 1)]
        setattr(bar, tone, getattr(bar, tone) + n)
    chart.bars = list(bars.values())
    _lay_out(chart, link)
    return chart


def drawn_per_year(years) -> bool:
    """Events spread over more than two calendar years are drawn per year."""
    return max(years) - min(years) >= MONTHS_LIMIT // 12


def _lay_out(chart: Chart, link) -> None:
    count = len(chart.bars)
    slot = max(26.0, min(60.0, 640 / count))
    chart.width = round(slot * count, 1)
    chart.up_max = max(bar.coop + bar.other for bar in chart.bars)
    chart.down_max = max(bar.conflict for bar in chart.bars)
    plot = chart.height - TOP - LABELS
    scale = plot / max(1, chart.up_max + chart.down_max)
    chart.baseline = round(TOP + chart.up_max * scale, 1)
    chart.label_y = chart.height - 6
    every = math.ceil(count / max(1, chart.width // 48))
    for i, bar in enumerate(chart.bars):
        bar.x = round(i * slot + slot * 0.15, 1)
        bar.width = round(slot * 0.7, 1)
        bar.coop_height = round(bar.coop * scale, 1)
        bar.coop_y = round(chart.baseline - bar.coop_height, 1)
        bar.other_height = round(bar.other * scale, 1)
        bar.other_y = round(bar.coop_y - bar.other_height, 1)
        bar.conflict_height = round(bar.conflict * scale, 1)
        bar.show_label = i % every == 0
        bar.href = link(bar.period)


def sparkline(counts: dict[int, int], first_year: int, last_year: int, width: int = 120, height: int = 24):
    """Points of a polyline of events per year, first_year..last_year, on a shared scale."""
    years = list(range(first_year, last_year + 1))
    peak = max(counts.values(), default=0) or 1
    step = width / max(1, len(years) - 1)
    points = " ".join(
        f"{round(i * step, 1)},{round(height - 2 - counts.get(year, 0) * (height - 4) / peak, 1)}"
        for i, year in enumerate(years)
    )
    busiest = max(counts, key=counts.get) if counts else None
    return {"points": points, "width": width, "height": height, "peak": peak, "busiest": busiest}


def _as_date(value) -> date:
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def _months(first: date, last: date) -> list[date]:
    months, current = [], first
    while current <= last:
        months.append(current)
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def _short_month(day: date) -> str:
    return f"{calendar.month_abbr[day.month]} ’{day.year % 100:02d}"  # "May ’23", not a day of May
