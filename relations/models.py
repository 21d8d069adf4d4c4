"""Countries, articles, events and their provenance (mentions)."""

import calendar
import hashlib
import secrets
from datetime import date
from itertools import combinations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from relations.extraction import types
from relations.extraction.pagedate import MAX_STAMP_CHARS, read_page_stamp, unusable
from relations.extraction.results import FuzzyDate
from relations.knowledge import close_spellings
from relations.sources import URL_MAX_CHARS


class Precision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"


def period_start(day: date, precision: str) -> date:
    """The first day of the month or year that `day` falls in; `day` itself at day precision."""
    if precision == Precision.YEAR:
        return day.replace(month=1, day=1)
    if precision == Precision.MONTH:
        return day.replace(day=1)
    return day


def format_fuzzy_date(day: date | None, precision: str) -> str:
    """'12 September 2019', 'April 2019' or '2018': never more precise than known."""
    if day is None:
        return ""
    if precision == Precision.YEAR:
        return str(day.year)
    if precision == Precision.MONTH:
        return f"{calendar.month_name[day.month]} {day.year}"
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


_TYPOGRAPHIC_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def as_typed(text: str) -> str:
    """A typed name with the apostrophes phones and word processors curl made plain ("Côte d’Ivoire"
    is "Côte d'Ivoire", as the names are stored)."""
    return text.strip().translate(_TYPOGRAPHIC_APOSTROPHES)


class CountryQuerySet(models.QuerySet):
    def named(self, text: str) -> list["Country"]:
        """The countries a person's typed text names, by ISO code (alpha-2 or alpha-3), name or
        alias: none, one, or several when the name fits more than one and only they can say which
        ("Congo": the Republic's short name, and the Democratic Republic's weak alias). A weak
        alias alone ("Korea") names no country: it only makes another's name ambiguous."""
        text = as_typed(text)
        if not text:
            return []
        upper = text.upper()
        by_code = self.filter(Q(code=upper) | Q(code3=upper)).first()
        if by_code:
            return [by_code]
        aliases = CountryAlias.objects.filter(country=OuterRef("pk"), text__iexact=text)
        strong = Q(name__iexact=text) | Exists(aliases.filter(weak=False))
        countries = list(self.filter(strong | Exists(aliases)).annotate(strong=strong))
        return countries if any(country.strong for country in countries) else []

    def lookup(self, text: str) -> "Country | None":
        """The one country typed text names (`named`), or None: an ambiguous name is not guessed."""
        countries = self.named(text)
        return countries[0] if len(countries) == 1 else None

    def best_matches(self, text: str) -> "CountryQuerySet":
        """Countries matching typed text, best first, as people type a name's beginning: its code,
        name or an alias exactly ("UK"), then names that start so, then a word of the name or an
        alias that does, then a name or alias spelt close to it ("Rusia"), then the middle of a
        name or alias ("Byelorussia" for "russia", "Belarusian" for "rusia")."""
        text = as_typed(text)
        aliases = CountryAlias.objects.filter(country=OuterRef("pk"), weak=False)
        word_start = Q(name__icontains=f" {text}") | Q(name__icontains=f"-{text}")
        rank = Case(
            When(Q(code__iexact=text) | Q(code3__iexact=text) | Q(name__iexact=text), then=0),
            When(Exists(aliases.filter(text__iexact=text)), then=0),
            When(name__istartswith=text, then=1),
            When(word_start | Exists(aliases.filter(text__istartswith=text)), then=2),
            When(code__in=close_spellings(text), then=3),
            When(Q(name__icontains=text) | Exists(aliases.filter(text__icontains=text)), then=4),
            default=None,
        )
        return self.annotate(rank=rank).filter(rank__isnull=False).order_by("rank", "name")


class Country(models.Model):
    code = models.CharField("ISO alpha-2", max_length=2, primary_key=True)
    code3 = models.CharField("ISO alpha-3", max_length=3, unique=True)
    name = models.CharField(max_length=100, unique=True)

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self):
        return self.name


def in_pair_order(countries) -> list[Country]:
    """Countries in the one order the pages name them in: by code, the order of a pair's
    canonical timeline URL and of EventPair (Germany – France: /timelines/de/fr/)."""
    return sorted(countries, key=lambda country: country.code)


class CountryAlias(models.Model):
    """A word that names a country in text: another name, a demonym, a capital or seat of power."""

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=100)
    weak = models.BooleanField(
        default=False, help_text="Ambiguous (a person's name, a word): counts only beside other evidence."
    )

    class Meta:
        ordering = ["country", "text"]
        constraints = [models.UniqueConstraint(fields=["country", "text"], name="unique_alias_per_country")]
        verbose_name_plural = "country aliases"

    def __str__(self):
        return self.text


class Person(models.Model):
    """Someone who speaks for a country during terms of office; the names text gives them."""

    name = models.CharField(max_length=100, unique=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other names, e.g. the surname alone.")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name


class OfficeTerm(models.Model):
    """An office a person holds for a country from `start` to `end` (open while in office)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="terms")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="office_terms")
    office = models.CharField(max_length=60, help_text="e.g. president, foreign minister")
    start = models.DateField()
    end = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["person", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "country", "office", "start"], name="unique_office_term"
            ),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=F("start")), name="office_term_ends_after_start"
            ),
        ]

    def __str__(self):
        return f"{self.person} ({self.office}, {self.country_id})"


class UnknownPersonQuerySet(models.QuerySet):
    def listed(self, held: set[tuple[str, str]]) -> "UnknownPersonQuerySet":
        """Those editors still have to decide on: named by an article still stored and extracted
        so, not dismissed, and not `held` — the (name or alias, country) pairs of the knowledge's
        office holders, who may have been added meanwhile; with the number of those articles."""
        by_country = {}
        for name, country in held:
            by_country.setdefault(country, []).append(name)
        known = Q()
        for country, names in sorted(by_country.items()):
            known |= Q(country_id=country, name__in=sorted(names))
        rows = self.filter(dismissed=False).exclude(known) if known else self.filter(dismissed=False)
        return rows.annotate(article_count=models.Count("articles")).filter(article_count__gt=0)


class UnknownPerson(models.Model):
    """Someone articles name by a state's office ("Ghanaian President X") whom the knowledge does
    not hold, kept for editors to add to the knowledge or dismiss."""

    name = models.CharField(max_length=Person._meta.get_field("name").max_length)
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    office = models.CharField(
        max_length=OfficeTerm._meta.get_field("office").max_length, help_text="As the text gives it."
    )
    sentence = models.TextField(help_text="The first sentence that named them.")
    first_article = models.ForeignKey(
        "Article", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    articles = models.ManyToManyField("Article", related_name="people_seen", blank=True)
    first_seen = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(help_text="When a new article last named them.")
    dismissed = models.BooleanField(
        default=False, help_text="Not a person, or not worth knowing: never listed."
    )

    objects = UnknownPersonQuerySet.as_manager()

    class Meta:
        ordering = ["-last_seen"]
        constraints = [models.UniqueConstraint(fields=["name", "country"], name="unique_unknown_person")]
        verbose_name = "person seen but not known"
        verbose_name_plural = "people seen in articles but not known"

    def __str__(self):
        return f"{self.name} ({self.office}, {self.country_id})"

    def clean(self):
        """An editor's corrected name must not be another row's: the form has no country field, so
        Django leaves the (name, country) constraint to the database."""
        twin = UnknownPerson.objects.filter(name=self.name, country_id=self.country_id).exclude(pk=self.pk)
        if twin.exists():
            raise ValidationError({"name": f"{self.name} of {self.country} is listed already."})


class Article(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "pending"
        PROCESSING = "processing", "processing"
        DONE = "done", "done"
        FAILED = "failed", "failed"

    url = models.URLField(max_length=URL_MAX_CHARS, unique=True, null=True, blank=True)
    source_name = models.CharField(
        max_length=300, blank=True, help_text="The file or feed the article was ingested from."
    )
    outlet = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    page_date = models.DateField(null=True, blank=True, help_text="The date the source gives.")
    page_stamp = models.CharField(
        max_length=MAX_STAMP_CHARS,
        blank=True,
        help_text="The source's date as given when it is no full date (e.g. 'May 05, 21:30'): "
        "extraction takes its month and day, and the year from the text.",
    )
    reference_date = models.DateField(
        null=True, blank=True, help_text="The date the text is anchored to, as decided by extraction."
    )
    reference_method = models.CharField(max_length=20, blank=True)
    reference_confidence = models.FloatField(null=True, blank=True)
    reference_evidence = models.JSONField(default=list, blank=True)
    reference_override = models.DateField(
        null=True, blank=True, help_text="An editor's reference date; re-extraction then uses it."
    )
    text = models.TextField()
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    language = models.CharField(max_length=12, blank=True, default="en")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True)
    error = models.TextField(blank=True)
    notes = models.TextField(
        blank=True,
        help_text="What was done to read the article as it came in, one note a line "
        "(e.g. 'decoded as Windows-1252').",
    )
    attempts = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "updated_at"], name="article_status_updated")]

    def __str__(self):
        return self.title or self.source_name or self.url or f"Article {self.pk}"

    def get_absolute_url(self):
        return reverse("article", args=[self.pk])

    @staticmethod
    def hash_text(text: str) -> str:
        """Same words, same hash: whitespace and case do not make a new article."""
        normalised = " ".join(text.split()).casefold()
        return hashlib.sha256(normalised.encode("utf-8")).hexdigest()

    def clean(self):
        """What the form cannot see before the database refuses it: the same words as another
        article (the hash is no form field, so Django leaves its constraint to the database). A
        refused input keeps the key `ingest.record_refusal` gave it. And an editor's reference date
        passes the page date's test: none after the day the article came in (`unusable`)."""
        errors = {}
        if not self.refused:
            self.content_hash = self.hash_text(self.text)
            twin = Article.objects.filter(content_hash=self.content_hash).exclude(pk=self.pk).first()
            if twin is not None:
                errors["text"] = f"This text is stored already: article {twin.pk}, “{twin}”."
        problem = unusable(self.reference_override, self.received) if self.reference_override else ""
        if problem:
            day = self.reference_override.isoformat()
            errors["reference_override"] = f"{day} cannot be the reference date: {unused_reason(problem)}."
        if errors:
            raise ValidationError(errors)

    @property
    def received(self) -> date | None:
        """The day the article came in; None before it is saved (`unusable` then reads today)."""
        return timezone.localdate(self.created_at) if self.created_at else None

    @property
    def source_label(self) -> str:
        return self.url or self.source_name or f"article {self.pk}"

    @property
    def refused(self) -> bool:
        """An input refused as it came in, kept with its reason (`ingest.record_refusal`): it has
        no text, so there is nothing to extract (`queries.requeue` leaves it alone)."""
        return not self.text  # every other way in requires text

    @property
    def page_date_unused(self) -> str:
        """Why the page's date or stamp is not used ("it is later than the day the article came in
        (…)", "no such day", "it gives a time but no day"), or "" when it is used, or is a stamp
        without a year, whose month and day count. A stamp's reason is the note written when the
        article came in (it knew that day); a page date, which an editor may have typed, is judged
        as the worker judges it."""
        if self.page_date:
            return unused_reason(unusable(self.page_date, self.received))
        if not self.page_stamp:
            return ""
        for line in self.notes.splitlines():
            if line.startswith(("the page date ", "the page stamp ")) and _NOT_USED in line:
                return unused_reason(line)
        stamp = read_page_stamp(self.page_stamp)
        if stamp is None:
            return "no date can be read from it"
        if stamp.date:  # a full date typed as the stamp: only a stamp's month and day are read
            return "a full date is entered as the page date, not the stamp"
        return unused_reason(stamp.note)

    def page_date_warning(self, called: str) -> str:
        """What the one who sent the article should hear when its date is not used ("'published' is
        not used: no such day; ..."), or ""."""
        unused = self.page_date_unused
        return f"{called} is not used: {unused}; the article is dated from its text" if unused else ""

    @property
    def page_month_day(self) -> tuple[int, int] | None:
        """The month and day of a page stamp without a year, a clue for the reference date."""
        stamp = read_page_stamp(self.page_stamp)
        return stamp.month_day if stamp else None


_NOT_USED = " is not used: "  # pagedate's notes: "the page date 2031-03-12 is not used: it is later ..."


def unused_reason(note: str) -> str:
    """The reason a page-date note gives, without the date it repeats."""
    return note.partition(_NOT_USED)[2]


class Tone(models.TextChoices):
    """An event's place on the cooperation–conflict scale, read from its QuadClass by
    `types.tone`. The value is what PairYear stores and what the charts and CSS classes are named
    after (bar-coop, tag-conflict); the label is what the pages, the API and the exports say."""

    COOPERATION = "coop", "cooperation"
    CONFLICT = "conflict", "conflict"
    OTHER = "other", "unclassified"

    @classmethod
    def of(cls, quad_class: int) -> "Tone":
        return next((tone for tone in cls if tone.label == types.tone(quad_class)), cls.OTHER)

    @classmethod
    def classified(cls) -> list["Tone"]:
        """Cooperation and conflict, the tones a QuadClass gives (OTHER is everything else)."""
        return [tone for tone in cls if tone.label in types.TONES]

    @property
    def quad_classes(self) -> list[int]:
        """The QuadClass values read as this tone: [1, 2] for cooperation; none for OTHER."""
        return types.quad_classes_of(self.label)

    @property
    def arrow(self) -> str:
        """▲ cooperation, drawn above the chart's line; ▼ conflict, below; nothing otherwise."""
        return {Tone.COOPERATION: "▲", Tone.CONFLICT: "▼"}.get(self, "")


class EventQuerySet(models.QuerySet):
    def with_source_count(self):
        """Sources per event, counted only for the rows fetched (a subquery, not a GROUP BY over all)."""
        sources = (
            Mention.objects.filter(event=OuterRef("pk"))
            .order_by()
            .values("event")
            .annotate(n=models.Count("article", distinct=True))
            .values("n")
        )
        return self.annotate(source_count=Coalesce(Subquery(sources), 0))

    def unconfirmed(self, today: date | None = None):
        """The `Event.unconfirmed` rule as a filter: planned, and its whole period before today."""
        today = today or date.today()
        over = Q()
        for precision in Precision.values:
            over |= Q(precision=precision, date__lt=period_start(today, precision))
        return self.filter(over, status=Event.Status.PLANNED)

    def with_source_count_grouped(self):
        """Sources per event by one join and GROUP BY: cheaper than the subquery for whole
        timelines (exports), dearer for a page of them."""
        return self.annotate(source_count=models.Count("mentions__article", distinct=True))


EARLIEST_EVENT_YEAR = 1000  # an editor's typo, not history: the chart and calendar exports start there


class Event(models.Model):
    Type = models.TextChoices("Type", [(t.name.upper(), (t.name, t.label)) for t in types.EVENT_TYPES])

    class Status(models.TextChoices):
        """A plan's life: announced (planned), put off, called off, or done."""

        PLANNED = "planned", "planned"
        POSTPONED = "postponed", "postponed"
        CANCELLED = "cancelled", "cancelled"
        HAPPENED = "happened", "happened"

    class Origin(models.TextChoices):
        EXTRACTED = "extracted", "extracted"
        EDITOR = "editor", "made by an editor"

    QuadClass = models.IntegerChoices(
        "QuadClass", [(q.label.upper().replace(" ", "_"), (q.value, q.label)) for q in types.QUAD_CLASSES]
    )

    date = models.DateField(help_text="The first day of the period (day, month or year).")
    precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    end_date = models.DateField(null=True, blank=True)
    type = models.CharField(max_length=20, choices=Type.choices, default=Type.OTHER)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.HAPPENED)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    location = models.CharField(max_length=200, blank=True)
    participants = models.JSONField(default=list, blank=True)
    countries = models.ManyToManyField(Country, related_name="events")
    confidence = models.FloatField(
        default=0.5,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text="How sure the reading is, from 0 to 1.",
    )
    quad_class = models.PositiveSmallIntegerField(choices=QuadClass.choices, default=QuadClass.UNKNOWN)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EXTRACTED)
    locked = models.BooleanField(
        default=False, help_text="Reviewed or made by an editor: extraction never changes or deletes it."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date", "id"]
        indexes = [
            models.Index(fields=["status", "-date"], name="event_status_date"),
            models.Index(fields=["date", "id"], name="event_date_id"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(precision="day")
                | Q(precision="month", date__day=1)
                | Q(precision="year", date__day=1, date__month=1),
                name="date_matches_precision",
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("date")), name="event_ends_after_start"
            ),
        ]

    def __str__(self):
        return f"{self.display_date}: {self.title}"

    def get_absolute_url(self):
        return reverse("event", args=[self.pk])

    def clean(self):
        """Meta's check constraints as messages on the fields, so a form shows them before the
        database refuses the row."""
        errors = {}
        start = period_start(self.date, self.precision) if self.date else None
        if start != self.date:
            errors["date"] = (
                f"A {self.precision}-precision date is the first of its {self.precision}: {start}"
            )
        if self.date and self.end_date and self.end_date < self.date:
            errors["end_date"] = f"The end date is before the date ({self.date.isoformat()})."
        if self.date and self.date.year < EARLIEST_EVENT_YEAR:
            errors["date"] = (
                f"Enter a date from the year {EARLIEST_EVENT_YEAR} on (a typo: '0024' for '2024'?)."
            )
        elif self.date and self.status == self.Status.HAPPENED and start and start > timezone.localdate():
            errors["status"] = "An event dated after today has not happened yet: mark it planned."
        if errors:
            raise ValidationError(errors)

    @property
    def display_date(self) -> str:
        return format_fuzzy_date(self.date, self.precision)

    @property
    def fuzzy_date(self) -> FuzzyDate:
        return FuzzyDate(self.date, self.precision)

    @property
    def unconfirmed(self) -> bool:
        """Planned for a period that is over with no report of it happening; judged against
        today, never stored."""
        return self.status == self.Status.PLANNED and self.fuzzy_date.end < date.today()

    @property
    def tone(self) -> Tone:
        return Tone.of(self.quad_class)

    @property
    def countries_in_order(self) -> list[Country]:
        """Its countries as the pages name them (`in_pair_order`), from a prefetch when there is one."""
        return in_pair_order(self.countries.all())

    @property
    def status_label(self) -> str:
        return "planned — not confirmed" if self.unconfirmed else self.get_status_display()

    @property
    def status_symbol(self) -> str:
        """A mark beside a plan's status, from symbols every common font draws."""
        return {"planned": "◷", "postponed": "↷", "cancelled": "✕"}.get(self.status, "")

    def sync_pairs(self):
        """Keep one EventPair row per pair of countries, carrying the event's date."""
        codes = sorted(self.countries.values_list("code", flat=True))
        wanted = set(combinations(codes, 2))
        existing = {(p.country_a_id, p.country_b_id): p.pk for p in self.pairs.all()}
        EventPair.objects.filter(pk__in=[pk for pair, pk in existing.items() if pair not in wanted]).delete()
        self.add_pairs(wanted - existing.keys())
        self.pairs.exclude(date=self.date).update(date=self.date)

    def add_pairs(self, pairs) -> None:
        """EventPair rows for these (code, code) pairs, each in code order."""
        EventPair.objects.bulk_create(
            EventPair(event=self, country_a_id=a, country_b_id=b, date=self.date) for a, b in pairs
        )


class EventPair(models.Model):
    """One row per pair of countries in an event: a pair's timeline is one indexed range scan."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="pairs")
    country_a = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    country_b = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    date = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "country_a", "country_b"], name="unique_event_pair"),
            models.CheckConstraint(condition=Q(country_a__lt=F("country_b")), name="pair_in_code_order"),
        ]
        indexes = [
            models.Index(fields=["country_a", "country_b", "date", "event"], name="pair_timeline_event"),
        ]

    def __str__(self):
        return f"{self.country_a_id}–{self.country_b_id}"


class PairTotal(models.Model):
    """Events per pair of countries, kept by database triggers on EventPair: the busiest pairs
    are an index scan, not a count over every event. See migration 0006 and `pair_counts`."""

    country_a = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    country_b = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    events = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["country_a", "country_b"], name="unique_pair_total"),
        ]
        indexes = [models.Index(fields=["-events", "country_a", "country_b"], name="pair_total_busiest")]

    def __str__(self):
        return f"{self.country_a_id}–{self.country_b_id}: {self.events}"


class PairMonth(models.Model):
    """Events per pair, month and kind, kept by database triggers on EventPair and Event: the
    timeline's chart and the sparklines read these few rows, not a pair's every event."""

    country_a = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    country_b = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    month = models.DateField()
    precision = models.CharField(max_length=5, choices=Precision.choices)
    type = models.CharField(max_length=20, choices=Event.Type.choices)
    status = models.CharField(max_length=10, choices=Event.Status.choices)
    quad_class = models.PositiveSmallIntegerField(choices=Event.QuadClass.choices)
    events = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["country_a", "country_b", "month", "precision", "type", "status", "quad_class"],
                name="unique_pair_month",
            ),
        ]

    def __str__(self):
        return f"{self.country_a_id}–{self.country_b_id} {self.month:%Y-%m}: {self.events}"


class PairYear(models.Model):
    """Events per pair, year and tone, kept by the same triggers: the sparklines and a chart of
    many years read a few dozen rows."""

    country_a = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    country_b = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    tone = models.CharField(max_length=8, choices=Tone.choices)
    events = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["country_a", "country_b", "year", "tone"], name="unique_pair_year"
            ),
        ]

    def __str__(self):
        return f"{self.country_a_id}–{self.country_b_id} {self.year} {self.tone}: {self.events}"


class Mention(models.Model):
    """Provenance: a sentence of an article that supports an event, and how that article dated it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    sentence = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    trigger = models.CharField(max_length=100, blank=True)
    date_text = models.CharField(max_length=200, blank=True, help_text="The expression that dated it.")
    date = models.DateField(null=True, blank=True, help_text="The date this article gives the event.")
    precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    status = models.CharField(
        max_length=10,
        choices=Event.Status.choices,
        default=Event.Status.HAPPENED,
        help_text="What this article said of it: planned, postponed, cancelled or happened.",
    )
    extracted = models.JSONField(
        default=dict,
        blank=True,
        help_text="The event as this article's extraction gave it (type, title, countries...): a "
        "merged event takes the words of the report whose date and status it keeps, and a split "
        "gives a source's own account back. Empty for mentions stored before it was recorded.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.UniqueConstraint(fields=["event", "article", "start"], name="unique_mention"),
            models.CheckConstraint(condition=Q(end__gte=F("start")), name="mention_span_in_order"),
        ]

    def __str__(self):
        return self.sentence[:80]


class EditorialAction(models.Model):
    """An editor's merge or split, kept as a record; the events it leaves are locked, so
    re-extraction respects it."""

    class Kind(models.TextChoices):
        MERGE = "merge", "merged events"
        SPLIT = "split", "split off mentions"

    kind = models.CharField(max_length=5, choices=Kind.choices)
    event = models.ForeignKey(Event, on_delete=models.SET_NULL, null=True, related_name="editorial_actions")
    other_event_id = models.PositiveIntegerField(
        null=True, help_text="The event merged away, or the one the mentions were split from."
    )
    description = models.TextField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.description[:80]}"


class ApiToken(models.Model):
    """A bearer token for the ingest API. Only its SHA-256 digest is stored; the token itself
    is shown once, when an editor creates it in the admin."""

    name = models.CharField(max_length=100, help_text="Who or what uses it, e.g. 'newsroom feed importer'.")
    prefix = models.CharField(max_length=8, editable=False, help_text="The token's first characters.")
    digest = models.CharField(max_length=64, unique=True, editable=False)
    revoked = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = "API token"
        verbose_name_plural = "API tokens"

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def digest_of(token: str) -> str:
        return hashlib.sha256(token.encode("utf-8")).hexdigest()

    @classmethod
    def issue(cls, name: str) -> tuple["ApiToken", str]:
        """A new token: the row, and the token itself (not stored anywhere)."""
        token = secrets.token_urlsafe(32)
        row = cls.objects.create(name=name, prefix=token[:8], digest=cls.digest_of(token))
        return row, token
