import hmac
import json

from django.conf import settings
from django.db.models import Count
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from relations.forms import TimelineFilterForm
from relations.ingest import store
from relations.models import Article, Country, Event, EventPair, Mention
from relations.sources import InputError, record_from_mapping


def home(request):
    """The country pairs that have events, busiest first."""
    return render(request, "home.html", {"pairs": busiest_pairs()})


def busiest_pairs(limit: int = 200):
    return (
        EventPair.objects.values("country_a", "country_b", "country_a__name", "country_b__name")
        .annotate(events=Count("id"))
        .order_by("-events", "country_a", "country_b")[:limit]
    )


def find_country(code: str) -> Country:
    code = code.upper()
    field = "code3" if len(code) == 3 else "code"
    try:
        return Country.objects.get(**{field: code})
    except Country.DoesNotExist:
        raise Http404(f"No country with code {code!r}.") from None


def lookup_country(text: str) -> Country | None:
    """A country by code, name or alias, as typed by a person."""
    text = text.strip()
    if not text:
        return None
    by_code = Country.objects.filter(code=text.upper()) | Country.objects.filter(code3=text.upper())
    return (
        by_code.first()
        or Country.objects.filter(name__iexact=text).first()
        or Country.objects.filter(aliases__text__iexact=text, aliases__weak=False).first()
    )


def pick_pair(request):
    """The home page's plain form: two countries by name or code, to their timeline."""
    first = lookup_country(request.GET.get("a", ""))
    second = lookup_country(request.GET.get("b", ""))
    if first is None or second is None or first == second:
        missing = [t for t, c in ((request.GET.get("a", ""), first), (request.GET.get("b", ""), second)) if c is None]
        error = f"Unknown country: {', '.join(missing)}" if missing else "Pick two different countries."
        return render(request, "home.html", {"pairs": busiest_pairs(), "error": error}, status=400)
    codes = sorted([first.code.lower(), second.code.lower()])
    return redirect("timeline", *codes)


def timeline(request, a: str, b: str):
    """A pair's events in date order; on an HTMX request, only the list."""
    first, second = sorted([find_country(a), find_country(b)], key=lambda c: c.code)
    if first == second:
        raise Http404("A timeline needs two different countries.")
    canonical = [first.code.lower(), second.code.lower()]
    if [a, b] != canonical:
        target = reverse("timeline", args=canonical)
        query = request.GET.urlencode()
        return redirect(f"{target}?{query}" if query else target, permanent=True)
    form = TimelineFilterForm(request.GET)
    pairs = form.filter(EventPair.objects.filter(country_a=first, country_b=second))
    events = list(
        Event.objects.filter(pk__in=pairs.values("event_id"))
        .with_source_count()
        .order_by("date", "id")
    )
    context = {"first": first, "second": second, "form": form, "events": events}
    template = "timeline.html#event-list" if request.htmx and not request.htmx.history_restore_request else "timeline.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def event_detail(request, pk: int):
    event = get_object_or_404(Event.objects.with_source_count(), pk=pk)
    mentions = Mention.objects.filter(event=event).select_related("article").order_by("article_id", "start")
    return render(request, "event.html", {"event": event, "mentions": mentions, "countries": event.countries.all()})


def article_detail(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    events = Event.objects.filter(mentions__article=article).distinct().order_by("date", "id")
    return render(request, "article.html", {"article": article, "events": events})


def token_is_valid(request) -> bool:
    """Bearer token against the configured tokens, compared in constant time."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    return any(hmac.compare_digest(token.encode(), known.encode()) for known in settings.INGEST_API_TOKENS)


@csrf_exempt
@require_POST
def api_articles(request):
    """Ingest one article: JSON in (text or html; url, title, published, outlet), id and status out."""
    if not token_is_valid(request):
        return JsonResponse({"error": "missing or invalid API token"}, status=401)
    if len(request.body) > settings.INGEST_MAX_BYTES:
        return JsonResponse({"error": f"body larger than {settings.INGEST_MAX_BYTES} bytes"}, status=413)
    try:
        data = json.loads(request.body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        return JsonResponse({"error": f"body is not valid JSON: {error}"}, status=400)
    try:
        record = record_from_mapping(data, "api")
    except InputError as error:
        return JsonResponse({"error": str(error)}, status=400)
    stored = store(record)
    article = stored.article
    article.refresh_from_db(fields=["status"])
    body = {"id": article.pk, "status": article.status, "created": stored.created, "url": article.get_absolute_url()}
    return JsonResponse(body, status=201 if stored.created else 200)
