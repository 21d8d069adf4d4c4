"""What each source said of an event, and the status and date they settle on.

The one place for the rule that turns many articles' reports (planned for a date, postponed,
cancelled, done on a date) into an event's status, kept date and the story of the plan.
"""

from dataclasses import dataclass
from datetime import date

from relations.extraction.results import FuzzyDate
from relations.models import Event, format_fuzzy_date

HAPPENED = Event.Status.HAPPENED
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# What `reports` reads of a mention and its article (not the texts).
MENTION_FIELDS = [
    "article", "status", "date", "precision", "article__title", "article__source_name",
    "article__url", "article__outlet", "article__reference_date", "article__page_date",
]  # fmt: skip


@dataclass(frozen=True)
class Report:
    """What one article said of the event: its status and the date it gave, if any."""

    article_id: int
    source: str
    written: date | None
    status: str
    date: FuzzyDate | None
    outlet: str = ""
    url: str = ""  # the article's own address, when it has one

    @property
    def display_date(self) -> str:
        return format_fuzzy_date(self.date.start, self.date.precision) if self.date else "no date"


@dataclass(frozen=True)
class Settled:
    status: str
    date: FuzzyDate | None
    reason: str


def reports(mentions) -> list[Report]:
    """One report per article and thing said, oldest article first (mentions with their article)."""
    found = {}
    for mention in mentions:
        article = mention.article
        day = FuzzyDate(mention.date, mention.precision) if mention.date and mention.precision else None
        report = Report(
            mention.article_id,
            str(article),
            article.reference_date or article.page_date,
            mention.status,
            day,
            outlet=article.outlet,
            url=article.url or "",
        )
        found.setdefault((report.article_id, report.status, report.date), report)
    return sorted(found.values(), key=lambda r: (r.written or date.max, r.article_id))


def settle(found: list[Report]) -> Settled | None:
    """Done if any source reports it done, dated by those reports (a plan's more precise day
    counts when it falls inside them); otherwise the newest standing source's status and schedule."""
    if not found:
        return None
    done = [r for r in found if r.status == HAPPENED]
    if done:
        dated = [r for r in done if r.date]
        plans = [
            r
            for r in found
            if r.status != HAPPENED and r.date and all(r.date.overlaps(d.date) for d in dated)
        ]
        best = best_supported(dated + plans) if dated else None
        if best is not None and all(r.date != best for r in dated):
            reason = "the day it was planned for, which the reports of it happening agree with"
        elif len(done) == 1:
            reason = "the date the one report of it happening gives"
        else:
            reason = f"the most precise date that most of the {len(done)} reports of it happening agree on"
        return Settled(HAPPENED, best, reason)
    newest = _standing(found)
    schedule = [r for r in found if r.date and r.status == Event.Status.PLANNED] or [
        r for r in found if r.date
    ]
    if not schedule:
        return Settled(newest.status, None, "no source gives a date")
    latest = schedule[-1]
    best = best_supported([r for r in schedule if r.date.overlaps(latest.date)])
    reason = f"the latest schedule, given by {latest.source}" + (
        f" on {format_fuzzy_date(latest.written, 'day')}" if latest.written else ""
    )
    return Settled(newest.status, best, reason)


def why_kept(event: Event, found: list[Report]) -> str:
    """Why the event shows the date it does: an editor set it, or the rule that settled the reports."""
    settled = settle(found)
    return "set by an editor (locked)" if event.locked or settled is None else settled.reason


def _standing(found: list[Report]) -> Report:
    """The newest report that counts: a later source that only repeats the plan for the same date
    does not undo a postponement or a cancellation; one that gives a new date does (rescheduled)."""
    standing = found[0]
    for report in found[1:]:
        changed = standing.status in (Event.Status.POSTPONED, Event.Status.CANCELLED)
        if (
            changed
            and report.status == Event.Status.PLANNED
            and (not report.date or report.date == standing.date)
        ):
            continue
        standing = report
    return standing


def best_supported(found: list[Report]) -> FuzzyDate:
    """The most precise date that most sources agree with (their dates overlap it), the one
    most sources agree with and give exactly among those; with no majority, the most precise."""
    articles = {}
    for report in found:
        articles.setdefault(report.date, set()).add(report.article_id)
    everyone = set().union(*articles.values())
    support = {
        day: len({a for other, ids in articles.items() if other.overlaps(day) for a in ids})
        for day in articles
    }
    agreed = [day for day in articles if 2 * support[day] > len(everyone)] or list(articles)
    return min(agreed, key=lambda d: (PRECISION_RANK[d.precision], -support[d], -len(articles[d]), d.start))


def story(found: list[Report]) -> list[str]:
    """The plan's life in order: announced, rescheduled, postponed, cancelled, happened."""
    lines, schedule, done = [], None, False
    for report in found:
        by = report.source + (f", {format_fuzzy_date(report.written, 'day')}" if report.written else "")
        if report.status == HAPPENED:
            if not done:
                lines.append(f"Happened ({report.display_date}), reported by {by}")
            done = True
        elif report.status == Event.Status.PLANNED:
            if schedule is None:
                lines.append(f"Announced for {report.display_date} by {by}")
            elif report.date and not report.date.overlaps(schedule):
                lines.append(f"Rescheduled to {report.display_date} ({by})")
            schedule = report.date or schedule
        else:  # "Postponed (the plan for 16 May 2024; ...)": which plan was changed
            plan = f"the plan for {report.display_date}; " if report.date else ""
            lines.append(f"{report.status.capitalize()} ({plan}{by})")
    return lines


def dates_given(found: list[Report]) -> list[tuple[str, list[str]]]:
    """Each date the reports of it happening gave, with who gave it, when some of them clash
    (a plan's changes of date are its story, not a disagreement)."""
    given = {}
    for report in found:
        if report.date and report.status == HAPPENED:
            given.setdefault(report.date, []).append(report.source)
    if not any(not a.overlaps(b) for a in given for b in given):
        return []
    return [(format_fuzzy_date(day.start, day.precision), sources) for day, sources in sorted(given.items())]
