"""The pages: pairs, a pair's timeline (full page and HTMX fragments), event and article pages.

One view serves a full page and, on an HTMX request, only the fragment that changes (a template
partial). History-restore requests always get the full page, and responses vary on HX-Request.
"""

import re
from datetime import date
from itertools import combinations

from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Exists, F, OuterRef, Q, Sum
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_POST

from relations import charts, exports, history, queries
from relations.forms import TimelineFilterForm
from relations.models import Article, Country, Event, PairMonth, PairTotal, PairYear

PAGE_SIZE = 50
BUSIEST_PAIRS = 100
RECENT_EVENTS = 10


def partial_wanted(request) -> bool:
    """An HTMX request that swaps a fragment (a history restore wants the whole page)."""
    return bool(request.htmx) and not request.htmx.history_restore_request


def render_varying(request, template: str, context: dict, **kwargs) -> HttpResponse:
    response = render(request, template, context, **kwargs)
    patch_vary_headers(response, ["HX-Request"])
    return response


def favicon(request):
    """/favicon.ico, which browsers ask for where no page names an icon (the admin, the API):
    the site's SVG icon. Not permanent: the static file's name changes with its content."""
    return redirect(static("favicon.svg"))


# --- home ----------------------------------------------------------------------------------


def home(request):
    """Pick two countries, or start from the busiest pairs; the latest events across all pairs."""
    return render(request, "home.html", home_context())


def home_context() -> dict:
    pairs = list(queries.busiest_pairs()[:BUSIEST_PAIRS])
    add_sparklines(pairs)
    happened = Event.objects.filter(status=Event.Status.HAPPENED, date__lte=date.today())
    recent = queries.in_date_order(
        happened.with_source_count().prefetch_related("countries"), descending=True
    )[:RECENT_EVENTS]
    return {"pairs": pairs, "recent": recent}


def add_sparklines(pairs: list[dict]) -> None:
    """Events per year of each pair, in one query of the kept per-year counts, on shared years."""
    if not pairs:
        return
    busy = PairTotal.objects.filter(  # the listed pairs, and any tied with the last one
        country_a=OuterRef("country_a"), country_b=OuterRef("country_b"), events__gte=pairs[-1]["events"]
    )
    rows = (
        PairYear.objects.filter(Exists(busy))
        .values_list("country_a", "country_b", "year")
        .annotate(n=Sum("events"))
        .order_by()
    )
    per_pair: dict[tuple, dict[int, int]] = {}
    for a, b, year, n in rows:
        if n:
            per_pair.setdefault((a, b), {})[year] = n
    years = [year for counts in per_pair.values() for year in counts]
    if not years:
        return
    last = max(years)
    first = max(min(years), last - 29)
    for pair in pairs:
        counts = per_pair.get((pair["country_a"], pair["country_b"]), {})
        pair["sparkline"] = charts.sparkline({y: n for y, n in counts.items() if y >= first}, first, last)
        pair["first_year"], pair["last_year"] = first, last


def country_options(request):
    """Type-ahead for the pair picker: <option>s for a <datalist>, matched on names, codes and aliases.

    Best matches first, in one query: browsers show a datalist in the order given.
    """
    text = (request.GET.get("a") or request.GET.get("b") or request.GET.get("q") or "").strip()[:100]
    countries = []
    if text:
        countries = Country.objects.best_matches(text)[:12]
    return render(request, "home.html#country-options", {"countries": countries})


def pick_pair(request):
    """The home page's plain form: two countries by name or code, to their timeline. A name that
    fits several countries ("Congo") is not guessed: the page asks which, a question rather than
    a bad request while nothing else is wrong."""
    typed = {"a": request.GET.get("a", "")[:100], "b": request.GET.get("b", "")[:100]}
    first = Country.objects.named(typed["a"])
    second = Country.objects.named(typed["b"])
    if len(first) == len(second) == 1 and first != second:
        pair = queries.in_code_order(first[0], second[0])
        return redirect("timeline", *[country.code.lower() for country in pair])
    error = pair_error(typed, first, second)
    asked = first and second and len(first) + len(second) > 2  # both found, one or both ambiguous
    context = {**home_context(), "error": error, "typed": typed}
    return render(request, "home.html", context, status=200 if asked else 400)


def pair_error(typed: dict, first: list[Country], second: list[Country]) -> str:
    """What is wrong with the two countries typed: a field left empty, a name not known or that
    fits several countries, or the same country twice."""
    blank = [name for name in ("a", "b") if not typed[name].strip()]
    if len(blank) == 2:
        return "Choose two countries."
    problems = [
        which_country(typed[name], countries) if countries else unknown_country(typed[name])
        for name, countries in (("a", first), ("b", second))
        if len(countries) != 1 and name not in blank
    ]
    if blank:
        problems.append("Choose the first country." if blank == ["a"] else "Choose a second country.")
    return " ".join(problems) or "Pick two different countries."


def which_country(text: str, countries: list[Country]) -> str:
    """'Which Congo do you mean: Democratic Republic of the Congo (CD) or Republic of the Congo (CG)?'"""
    names = " or ".join(f"{country.name} ({country.code})" for country in countries)
    return f"Which {text.strip()} do you mean: {names}?"


def unknown_country(text: str) -> str:
    """'Unknown country: Korea. Did you mean North Korea or South Korea?': the matches of the best
    rank only ("Rusia" is Russia, not also Belarus, whose "Belarusian" holds it)."""
    wanted = text.strip()
    matches = list(Country.objects.best_matches(wanted)[:3]) if wanted else []
    names = [country.name for country in matches if country.rank == matches[0].rank]
    hint = f" Did you mean {' or '.join(names)}?" if names else ""
    return f"Unknown country: {text}.{hint}"


# --- a pair's timeline ---------------------------------------------------------------------


def find_pair(a: str, b: str) -> tuple[Country, Country]:
    """The pair of the URL's two codes, or the page's 404."""
    try:
        return queries.find_pair(a, b)
    except queries.NotAPair as error:
        raise Http404(str(error)) from None


def timeline(request, a: str, b: str):
    """A pair's events in date order, filtered, a page at a time, with a chart per period.

    HTMX requests get a fragment: the next page (infinite scroll), or the results (chart and
    list) and each field's error, out of band, when the filters change; the pushed URL is the
    clean, shareable form of the filters, pushed only when it is not the one shown already.
    Pages follow a cursor (`after` or `before` an event, in the order shown), so a page deep in
    a long timeline costs what the first one does.
    """
    first, second = find_pair(a, b)
    canonical = [first.code.lower(), second.code.lower()]
    if [a, b] != canonical:
        target = reverse("timeline", args=canonical)
        query = request.GET.urlencode()
        return redirect(f"{target}?{query}" if query else target, permanent=True)
    form = TimelineFilterForm(request.GET)
    try:
        after, before, link_not_understood = cursor(request, "after"), cursor(request, "before"), False
    except ValueError:  # a page link cut short or made up: the first page, and a word that says so
        after, before, link_not_understood = None, None, True
    next_page = partial_wanted(request) and request.htmx.target == "next-page"
    previous, rows, more = one_page(first, second, form, after=after, before=before)
    mark_groups(rows, previous if next_page else None)
    url = reverse("timeline", args=canonical)
    has_next = rows and (more if not before else True)
    has_previous = rows and (bool(after) if not before else more)
    context = {
        "first": first,
        "second": second,
        "form": form,
        "events": rows,
        "paged": bool(after or before),
        "link_not_understood": link_not_understood,
        "filtered": bool(form.filters_used()),  # an empty list then says no event matches, not none
        "next_url": f"{url}?{form.query_string(after=cursor_of(rows[-1]))}" if has_next else "",
        "previous_url": f"{url}?{form.query_string(before=cursor_of(rows[0]))}" if has_previous else "",
        "export_query": form.query_string(),
        "today": date.today(),
    }
    if next_page:
        return render_varying(request, "timeline.html#page", context)
    context["chart"] = charts.timeline_chart(
        chart_counts(first, second, form),
        lambda period: f"{url}?{form.query_string(start=period, end=period)}",
    )
    if not partial_wanted(request):
        return render_varying(request, "timeline.html", context)
    response = render_varying(request, "timeline.html#filtered", context)
    query = form.query_string()
    shown = f"{url}?{query}" if query else url
    if shown != request.htmx.current_url_abs_path:  # filters ignored as invalid: no new step back
        response["HX-Push-Url"] = shown
    return response


def chart_counts(first: Country, second: Country, form: TimelineFilterForm):
    """The chart's rows from the kept counts when the filters allow, else from the events.

    Unfiltered, the per-year counts answer when the pair spans enough years for a chart per
    year; the per-month counts answer the rest, unless a filter needs the events themselves.
    """
    pair = {"country_a": first, "country_b": second}
    if not form.filters_used():
        years = list(PairYear.objects.filter(**pair).exclude(events=0).values("year", "tone", "events"))
        if years and charts.drawn_per_year({row["year"] for row in years}):
            return [
                {
                    "month": date(row["year"], 1, 1),
                    "precision": "year",
                    "tone": row["tone"],
                    "n": row["events"],
                }
                for row in years
            ]
    counted = form.filter_counts(PairMonth.objects.filter(**pair))
    if counted is None:
        return charts.tone_counts(queries.pair_events(first, second, form))
    return charts.counted_tone_counts(counted)


CURSOR = re.compile(r"(\d{4}-\d{2}-\d{2})\.(\d{1,18})", re.ASCII)  # 18 digits: an id a database holds


def cursor(request, name: str) -> tuple[date, int] | None:
    """`2019-04-17.1234` (an event's pair date and id) → (date, id), or None when not given;
    anything else raises ValueError: the page says it did not understand the link, not ignore it."""
    text = request.GET.get(name, "")
    if not text:
        return None
    match = CURSOR.fullmatch(text)
    if match is None:
        raise ValueError("not a page cursor")
    return date.fromisoformat(match[1]), int(match[2])


def cursor_of(event: Event) -> str:
    return f"{event.pair_date.isoformat()}.{event.pk}"


def one_page(first: Country, second: Country, form: TimelineFilterForm, after=None, before=None):
    """(the event before the page or None, the page's events, whether more lie beyond): one query.

    Rows are read in the pair index's order from the cursor on: `after` includes the cursor
    event itself (the headings continue from it); `before` reads backwards, one row further.
    """
    forward = form.descending if before else not form.descending
    keyset = []
    if after or before:
        day, pk = after or before
        pk_bound = pk if after else (pk + 1 if forward else pk - 1)
        if forward:
            keyset = [Q(pairs__date__gte=day), Q(pairs__date__gt=day) | Q(id__gte=pk_bound)]
        else:
            keyset = [Q(pairs__date__lte=day), Q(pairs__date__lt=day) | Q(id__lte=pk_bound)]
    ordering = ["pairs__date", "id"] if forward else ["-pairs__date", "-id"]
    events = queries.pair_events(first, second, form, keyset).with_source_count()
    rows = list(events.annotate(pair_date=F("pairs__date")).order_by(*ordering)[: PAGE_SIZE + 2])
    if before:
        page, beyond = rows[:PAGE_SIZE], rows[PAGE_SIZE:]
        return (beyond[0] if beyond else None), page[::-1], bool(beyond)
    previous = rows.pop(0) if after and rows and rows[0].pk == after[1] else None
    return previous, rows[:PAGE_SIZE], len(rows) > PAGE_SIZE


def mark_groups(events: list[Event], previous: Event | None) -> None:
    """Set new_year / new_group on each event: where the year and month headings go."""
    last = group_of(previous) if previous else None
    for event in events:
        group = group_of(event)
        event.new_year = last is None or group[0] != last[0]
        event.new_group = last is None or group != last
        event.group_label = group_label(group)
        last = group


def group_of(event: Event) -> tuple[int, int | None]:
    return (event.date.year, None if event.precision == "year" else event.date.month)


def group_label(group: tuple[int, int | None]) -> str:
    year, month = group
    return f"{year}, month not known" if month is None else date(year, month, 1).strftime("%B %Y")


def timeline_export(request, a: str, b: str, fmt: str):
    """The filtered timeline, all pages, as CSV, JSON or iCalendar; invalid filters are refused
    in plain words (a download is no page to show them on)."""
    first, second = find_pair(a, b)
    form = TimelineFilterForm(request.GET)
    if form.errors:
        return HttpResponseBadRequest(form.error_message(), content_type="text/plain; charset=utf-8")
    events = queries.pair_events(first, second, form).with_source_count_grouped()
    events = queries.in_date_order(events, form.descending)
    name = f"{first.code.lower()}-{second.code.lower()}-timeline"
    return exports.response(request, fmt, events, name, f"{first.name} – {second.name}")


# --- an event and an article ---------------------------------------------------------------


MENTIONS_SHOWN = 100


def event_detail(request, pk: int):
    """Every mention with its sentence, date expression and actors; expands in place on the timeline."""
    event = get_object_or_404(Event.objects.with_source_count(), pk=pk)
    mentions = list(queries.event_mentions(event)[: MENTIONS_SHOWN + 1])
    context = {
        "event": event,
        "mentions": mentions[:MENTIONS_SHOWN],
        "more_mentions": len(mentions) > MENTIONS_SHOWN,
    }
    if partial_wanted(request):  # inside the timeline, under the event's <h4>
        return render_varying(request, "event.html#detail", {**context, "source_heading": 5})
    countries = event.countries_in_order
    context |= {"countries": countries, "timelines": pair_timelines(countries), "source_heading": 3}
    return render_varying(request, "event.html", {**context, **event_history(event)})


def pair_timelines(countries: list[Country]) -> list[dict]:
    """The timelines an event is on, one per pair of its countries (given in pair order), as the
    timeline names them."""
    return [
        {"name": f"{a.name} – {b.name}", "url": reverse("timeline", args=[a.code.lower(), b.code.lower()])}
        for a, b in combinations(countries, 2)
    ]


def event_history(event: Event) -> dict:
    """What each source said (one query, whatever the number of sources), the plan's life,
    and the dates they gave when they clash, with why the shown date was kept."""
    found = history.reports(queries.event_mentions(event).only(*history.MENTION_FIELDS))
    return {
        "reports": found,
        "story": history.story(found),
        "dates_given": history.dates_given(found),
        "why": history.why_kept(event, found),
    }


def article_detail(request, pk: int):
    """The text with dates and names marked, the events it gave; polls while it is being read."""
    article = get_object_or_404(Article, pk=pk)
    context = {
        "article": article,
        "events": queries.article_events(article),
        "in_progress": article.status in (Article.Status.PENDING, Article.Status.PROCESSING),
    }
    template = "article.html#article-main" if partial_wanted(request) else "article.html"
    return render_varying(request, template, context)


@staff_member_required
@require_POST
def article_retry(request, pk: int):
    """Staff: queue a failed (or any) article for extraction again."""
    article = get_object_or_404(Article, pk=pk)
    queries.requeue([article.pk])
    return redirect(article)
