"""The read-only JSON API: pairs, a pair's events (the timeline's filters), an event, an article.

Lists are paginated with ?page=N (PER_PAGE items) and carry count, next and previous links;
a page that does not exist is a 404, a page that is not a number a 400, both as {"error": ...}.
"""

import math
from functools import wraps

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_GET

from relations import history
from relations.exports import event_record
from relations.forms import TimelineFilterForm
from relations.models import Article, Event, Mention
from relations.views import busiest_pairs, find_pair, pair_events

PER_PAGE = 100
MAX_PAGE = 10_000  # deeper pages would make the database skip a million rows


class PageError(Exception):
    """A ?page= the list cannot serve: 400 for a non-number, 404 for a page that does not exist."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def errors_as_json(view):
    """A bad page or an unknown country, event or article is the API's usual {"error": ...}
    answer, not an HTML error page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PageError as error:
            return JsonResponse({"error": str(error)}, status=error.status)
        except Http404 as error:
            reason = (
                str(error) if error.args else f"not found: {request.path}"
            )  # "No country with code 'XX'."
            return JsonResponse({"error": reason}, status=404)

    return wrapper


def page_number(request) -> int:
    try:
        return int(request.GET.get("page", 1))
    except ValueError:
        raise PageError(400, "'page' must be a whole number") from None


def paginated(request, queryset, record) -> dict:
    """count, next, previous and this page's results (two queries). An empty list has a page 1."""
    page = page_number(request)
    count = queryset.count()
    last = min(max(1, math.ceil(count / PER_PAGE)), MAX_PAGE)
    if not 1 <= page <= last:
        raise PageError(404, f"no page {page}: pages run from 1 to {last}")
    start = (page - 1) * PER_PAGE
    results = [record(item) for item in queryset[start : start + PER_PAGE]]

    def link(number):
        query = request.GET.copy()
        query["page"] = number
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return {
        "count": count,
        "next": link(page + 1) if page < last else None,
        "previous": link(page - 1) if page > 1 else None,
        "results": results,
    }


@require_GET
@errors_as_json
def pairs(request):
    """Country pairs with events, busiest first."""
    queryset = busiest_pairs()

    def record(row):
        codes = [row["country_a"].lower(), row["country_b"].lower()]
        return {
            "countries": [row["country_a"], row["country_b"]],
            "names": [row["country_a__name"], row["country_b__name"]],
            "events": row["events"],
            "timeline": request.build_absolute_uri(reverse("timeline", args=codes)),
            "events_url": request.build_absolute_uri(reverse("api-pair-events", args=codes)),
        }

    return JsonResponse(paginated(request, queryset, record))


@require_GET
@errors_as_json
def pair_event_list(request, a: str, b: str):
    """A pair's events with the timeline's filters (q, type, status, quad, start, end, ...)."""
    first, second = find_pair(a, b)
    form = TimelineFilterForm(request.GET)
    ordering = ["-date", "-id"] if form.descending else ["date", "id"]
    events = pair_events(first, second, form).with_source_count().order_by(*ordering)
    body = {
        "pair": {"countries": [first.code, second.code], "names": [first.name, second.name]},
        "filters": {name: form.data[name] for name in form.fields if form.value(name) is not None},
        "errors": {name: [str(e) for e in errors] for name, errors in form.errors.items()},
        **paginated(request, events, lambda event: event_record(event, request)),
    }
    return JsonResponse(body)


@require_GET
@errors_as_json
def event(request, pk: int):
    """An event with its countries and every mention (the sentence and the article it is from)."""
    found = get_object_or_404(Event.objects.with_source_count(), pk=pk)
    mentions = list(
        Mention.objects.filter(event=found).select_related("article").order_by("article_id", "start")
    )
    reports = history.reports(mentions)
    settled = history.settle(reports)
    body = {
        **event_record(found, request),
        "countries": [{"code": c.code, "name": c.name} for c in found.countries.all()],
        "participants": found.participants,
        "origin": found.origin,
        "history": history.story(reports),
        "date_kept_because": "set by an editor (locked)" if found.locked or not settled else settled.reason,
        "mentions": [
            {
                "sentence": mention.sentence,
                "date_text": mention.date_text,
                "date": mention.date.isoformat() if mention.date else None,
                "precision": mention.precision,
                "status": mention.status,
                "trigger": mention.trigger,
                "article": {
                    "id": mention.article_id,
                    "title": mention.article.title,
                    "url": mention.article.url,
                    "page": request.build_absolute_uri(mention.article.get_absolute_url()),
                    "api": request.build_absolute_uri(reverse("api-article", args=[mention.article_id])),
                },
            }
            for mention in mentions
        ],
    }
    return JsonResponse(body)


@require_GET
@errors_as_json
def article(request, pk: int):
    """An article: where it came from, its status, its reference date and why, the events it gave."""
    found = get_object_or_404(Article, pk=pk)
    events = Event.objects.filter(pk__in=Mention.objects.filter(article=found).values("event")).order_by(
        "date", "id"
    )
    body = {
        "id": found.pk,
        "url": found.url,
        "title": found.title,
        "outlet": found.outlet,
        "source_name": found.source_name,
        "page_date": found.page_date.isoformat() if found.page_date else None,
        "page_stamp": found.page_stamp,
        "reference_date": found.reference_date.isoformat() if found.reference_date else None,
        "reference_method": found.reference_method,
        "reference_confidence": found.reference_confidence,
        "reference_evidence": found.reference_evidence,
        "status": found.status,
        "error": found.error,
        "page": request.build_absolute_uri(found.get_absolute_url()),
        "events": [
            {
                "id": e.pk,
                "date": e.date.isoformat(),
                "precision": e.precision,
                "title": e.title,
                "api": request.build_absolute_uri(reverse("api-event", args=[e.pk])),
            }
            for e in events
        ],  # fmt: skip
        "text": found.text,
    }
    return JsonResponse(body)
