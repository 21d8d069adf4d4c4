"""The JSON API: read pairs, a pair's events (the timeline's filters), an event, an article;
send an article in (ingest, with a bearer token).

Lists are paginated with ?page=N (PER_PAGE items) and carry count, next and previous links;
a page that does not exist is a 404, a page that is not a number a 400, both as {"error": ...}.
Every answer is JSON: an invalid filter is a 400 naming the parameter, a path under /api/ that is
no endpoint a 404 (`not_found`), a method an endpoint does not take a 405 with Allow (`only`).
"""

import hmac
import json
import math
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from relations import queries, serializers
from relations.forms import TimelineFilterForm
from relations.ingest import content_digest, record_refusal, store
from relations.models import ApiToken, Article, Event
from relations.sources import InputError, Refused, record_from_json_bytes

PER_PAGE = 100
MAX_PAGE = 10_000  # deeper pages would make the database skip a million rows


class PageError(Exception):
    """A ?page= the list cannot serve: 400 for a non-number, 404 for a page that does not exist."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def only(*methods: str, hint: str = ""):
    """Other methods get a JSON 405 with the Allow header. The API changes nothing but through
    its own token checks (ingest), so no endpoint needs the CSRF check: a refused method gets
    this answer, not the CSRF failure page."""

    def decorator(view):
        @csrf_exempt
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in methods:
                message = f"only {' or '.join(methods)}" + (f": {hint}" if hint else "")
                response = JsonResponse({"error": message}, status=405)
                response["Allow"] = ", ".join(methods)
                return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


@csrf_exempt
def not_found(request, *args, **kwargs):
    """Any other path under /api/, whatever the method."""
    return JsonResponse({"error": f"not found: {request.path}"}, status=404)


def errors_as_json(view):
    """A bad page or an unknown country, event or article is the API's usual {"error": ...}
    answer, not an HTML error page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PageError as error:
            return JsonResponse({"error": str(error)}, status=error.status)
        except queries.NotAPair as error:  # "No country with code 'XX'."
            return JsonResponse({"error": str(error)}, status=404)
        except Http404 as error:
            reason = str(error) if error.args else f"not found: {request.path}"
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


@only("GET")
@errors_as_json
def pairs(request):
    """Country pairs with events, busiest first."""
    queryset = queries.busiest_pairs()

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


@only("GET")
@errors_as_json
def pair_event_list(request, a: str, b: str):
    """A pair's events with the timeline's filters (q, type, status, quad, start, end, ...)."""
    first, second = queries.find_pair(a, b)
    form = TimelineFilterForm(request.GET)
    if form.errors:
        return JsonResponse({"error": form.error_message(), "errors": form.invalid()}, status=400)
    events = queries.pair_events(first, second, form).with_source_count()
    body = {
        "pair": {"countries": [first.code, second.code], "names": [first.name, second.name]},
        "filters": {name: form.data[name] for name in form.fields if form.value(name) is not None},
        **paginated(
            request,
            queries.in_date_order(events, form.descending),
            lambda event: serializers.event_data(event, request),
        ),
    }
    return JsonResponse(body)


@only("GET")
@errors_as_json
def event(request, pk: int):
    """An event with its countries and every mention (the sentence and the article it is from)."""
    found = get_object_or_404(Event.objects.with_source_count(), pk=pk)
    mentions = list(queries.event_mentions(found))
    return JsonResponse(serializers.event_detail(found, mentions, request))


@only("GET")
@errors_as_json
def article(request, pk: int):
    """An article: where it came from, its status, its reference date and why, the events it gave."""
    found = get_object_or_404(Article, pk=pk)
    return JsonResponse(serializers.article_data(found, queries.article_events(found), request))


# --- ingest ----------------------------------------------------------------------------------


def api_client(request) -> str | None:
    """Who sent the request: an ApiToken (stored hashed) or a token from INGEST_API_TOKENS.

    Returns a key for rate limiting, or None when the bearer token is missing or unknown.
    """
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    token = token.strip()
    digest = ApiToken.digest_of(token)
    for known in settings.INGEST_API_TOKENS:
        if hmac.compare_digest(digest, ApiToken.digest_of(known)):
            return f"setting:{digest[:16]}"
    row = ApiToken.objects.filter(digest=digest, revoked=False).first()
    if row is None:
        return None
    ApiToken.objects.filter(pk=row.pk).update(last_used_at=timezone.now())
    return f"token:{row.pk}"


def over_rate_limit(key: str, limit: int, count: bool = True) -> bool:
    """A fixed one-minute window per key, counted in the cache; `count=False` only looks."""
    window = f"api-rate:{key}:{int(time.time() // 60)}"
    if not count:
        return (cache.get(window) or 0) >= limit
    cache.add(window, 0, timeout=120)
    return cache.incr(window) > limit


def parses_as_json(raw: bytes) -> bool:
    try:
        json.loads(raw)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both are
        return False
    return True


def too_many(message: str) -> JsonResponse:
    response = JsonResponse({"error": message}, status=429)
    response["Retry-After"] = "60"
    return response


@only("POST", hint="send one article as JSON")
def ingest(request):
    """Ingest one article: JSON in (text or html; url, title, published, outlet), id and status out."""
    address = f"address:{request.META.get('REMOTE_ADDR', '')}"  # the proxy's address behind one
    failures = settings.INGEST_AUTH_FAILURE_LIMIT
    if over_rate_limit(address, failures, count=False):
        return too_many(f"more than {failures} failed authentications a minute from this address")
    client = api_client(request)
    if client is None:
        over_rate_limit(address, failures)
        response = JsonResponse({"error": "missing or invalid API token"}, status=401)
        response["WWW-Authenticate"] = 'Bearer realm="ingest"'
        return response
    if over_rate_limit(client, settings.INGEST_RATE_LIMIT):
        return too_many(f"more than {settings.INGEST_RATE_LIMIT} requests a minute")
    too_large = f"body larger than {settings.INGEST_MAX_BYTES:,} bytes"
    declared = request.META.get("CONTENT_LENGTH", "").strip()  # runserver gives "" when none was sent
    if declared and not declared.isdigit():  # a malformed request rather than an input
        return JsonResponse({"error": f"invalid Content-Length: {declared[:40]!r}"}, status=400)
    if declared and int(declared) > settings.INGEST_MAX_BYTES:  # refused unread: client and size identify it
        reason = f"{too_large} ({int(declared):,} bytes)"
        return refusal(request, Refused("api", reason), content_digest(f"{client}:{declared}"), 413)
    if declared:
        raw = request.body
    else:  # chunked, or no body: read what comes, never more than the limit allows
        raw = read_at_most(request.META["wsgi.input"], settings.INGEST_MAX_BYTES + 1)
        if len(raw) > settings.INGEST_MAX_BYTES:
            reason = f"{too_large} (sent without Content-Length)"
            return refusal(request, Refused("api", reason), content_digest(raw), 413)
    if not raw.strip():
        return refusal(request, Refused("api", empty_body(request)), content_digest(raw), 400)
    try:
        record = record_from_json_bytes(raw, "api")
    except InputError as error:
        reason = str(error)
        if request.content_type != "application/json" and not parses_as_json(raw):
            # a form or text sent by mistake: say what is wanted
            came = request.content_type or "no type"
            reason += f"; send the record as application/json (this came as {came})"
        return refusal(request, Refused("api", reason), content_digest(raw), 400)
    stored = store(record)
    article = stored.article
    article.refresh_from_db(fields=["status"])
    body = {
        "id": article.pk,
        "status": article.status,
        "created": stored.created,
        "url": request.build_absolute_uri(article.get_absolute_url()),
    }
    if warning := article.page_date_warning("'published'"):  # stored all the same: say the date was dropped
        body["warning"] = warning
    return JsonResponse(body, status=201 if stored.created else 200)


READ_CHUNK = 64 * 1024


def read_at_most(stream, limit: int) -> bytes:
    """Up to `limit` bytes of a request body whose length was not declared (a chunked request):
    the server's input stream ends where the body does, and this never reads past the limit."""
    chunks, size = [], 0
    while size < limit:
        chunk = stream.read(min(READ_CHUNK, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def empty_body(request) -> str:
    """Why an empty body is refused; a chunked one reads empty under a server that does not pass
    chunked bodies on (runserver), so that case says what to do."""
    if "chunked" in request.headers.get("Transfer-Encoding", "").lower():
        return (
            "empty body (a chunked body reads empty on a server that does not support chunked "
            "requests, such as runserver: send Content-Length, or serve with gunicorn)"
        )
    return "empty body"


def refusal(request, refused: Refused, digest: str, status: int) -> JsonResponse:
    """The reason, and the refusal kept as a failed article (once per input) the client can cite."""
    kept = record_refusal(refused, digest, "the ingest API").article
    body = {
        "error": refused.reason,
        "id": kept.pk,
        "url": request.build_absolute_uri(kept.get_absolute_url()),
    }
    return JsonResponse(body, status=status)
