import re
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db import connection
from django.db.models import Count, Q

from relations.extraction.pagedate import unusable
from relations.extraction.results import FuzzyDate
from relations.models import Article, Event, Mention, Person, Tone, unused_reason
from relations.sources import InputError, checked_text


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("allow_empty_file", True)  # an empty file gets its own reason, not the batch's
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        if not files and self.required:  # a form sent with no file chosen
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class ArticleTextField(forms.CharField):
    """An article's text with a textarea's CRLF line ends (as browsers send them) made LF, as every
    other way in stores it: saving another field no longer rewrites the text. Too short a text is
    refused as every other way in refuses it (`checked_text`)."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")

    def validate(self, value):
        super().validate(value)
        try:
            checked_text(value)
        except InputError as error:
            raise forms.ValidationError(str(error)) from None


class UploadForm(forms.Form):
    files = MultipleFileField(
        help_text="Text files (first line: the page date), HTML pages, JSON or JSON lines records, "
        "RSS or Atom feeds."
    )

    @property
    def max_bytes(self) -> int:
        return settings.INGEST_MAX_BYTES


class NamesField(forms.CharField):
    """Names typed one a line or separated by commas, kept as a list (blanks and repeats dropped)."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 40})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value) -> list[str]:
        text = super().to_python(value)
        names = (name.strip() for line in text.splitlines() for name in line.split(","))
        return list(dict.fromkeys(name for name in names if name))


class PersonForm(forms.ModelForm):
    """A person as editors enter them: other names as plain text, not a JSON list."""

    aliases = NamesField(
        help_text="Other names the text uses, e.g. the surname alone: one a line, or separated by commas."
    )

    class Meta:
        model = Person
        fields = ["name", "aliases"]


class ArticleForm(forms.ModelForm):
    """An article as editors enter it: a page date they type is one the worker can use (one a
    source gave is kept as it came, with the note why it is not used)."""

    class Meta:
        model = Article
        fields = [  # not the engine's reasons (reference_evidence), shown read-only
            "url", "source_name", "outlet", "title", "page_date", "page_stamp", "reference_override", "text",
            "language",
        ]  # fmt: skip

    def clean_page_date(self):
        day = self.cleaned_data["page_date"]
        problem = unusable(day, self.instance.received) if day and "page_date" in self.changed_data else ""
        if problem:
            reason = unused_reason(problem)
            raise forms.ValidationError(f"{day.isoformat()} cannot be the page date: {reason}.")
        return day


class EventForm(forms.ModelForm):
    """An event as editors enter it: between at least two countries, or it is on no timeline.
    (The countries are a many-to-many field, saved after the event: `Event.clean` cannot see them.)"""

    participants = NamesField(help_text="The people who took part: one a line, or separated by commas.")

    class Meta:
        model = Event
        fields = [
            "date", "precision", "end_date", "type", "status", "title", "summary", "location",
            "participants", "countries", "confidence", "quad_class", "locked",
        ]  # fmt: skip

    def clean_countries(self):
        countries = self.cleaned_data["countries"]
        if len({country.pk for country in countries}) < 2:
            raise forms.ValidationError(
                "Choose at least two countries: an event is between countries, and it shows on the "
                "timeline of each pair of them.",
                code="too_few_countries",
            )
        return countries


_DATE_SHAPED = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


class PeriodField(forms.CharField):
    """A year, a month or a day, as typed: '2019', '2019-04' or '2019-04-17' → FuzzyDate."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", "e.g. 2019 or 2019-04")
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "placeholder": "YYYY-MM", "maxlength": 10, "size": 10}

    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return None
        try:
            if len(value) > 10:
                raise ValueError(value)
            return FuzzyDate.parse(value)
        except (ValueError, TypeError):
            if _DATE_SHAPED.fullmatch(value):  # "2019-02-30": the right shape, no such day or month
                raise forms.ValidationError(f"There is no such date as {value}.") from None
            raise forms.ValidationError(
                "Enter a year, a month or a day: 2019, 2019-04 or 2019-04-17."
            ) from None


# What a checkbox (on) or an API client (true, 1, ...) sends for yes and no; anything else is
# an error, not a yes.
YES_NO = {
    **dict.fromkeys(["on", "true", "yes", "1"], True),
    **dict.fromkeys(["", "off", "false", "no", "0"], False),
}


def yes_or_no(value) -> bool | None:
    """True or False for a value a checkbox or an API client sends (absent is no); None for
    anything else."""
    if value is None or isinstance(value, bool):
        return bool(value)
    return YES_NO.get(str(value).strip().lower())


class Checkbox(forms.CheckboxInput):
    """A checkbox that hands its field the value as sent (Django's makes any text but 'false' a
    yes: '0', 'no', 'maybe') and shows ticked only for a yes."""

    def __init__(self, attrs=None):
        super().__init__(attrs, check_test=lambda value: yes_or_no(value) is True)

    def value_from_datadict(self, data, files, name):
        return data.get(name)

    def format_value(self, value):
        return None  # ticked, the browser sends "on"


class YesNoField(forms.Field):
    """A yes or no filter: 'on' (the checkbox), true, yes, 1 or false, no, 0, off, empty."""

    widget = Checkbox
    default_error_messages = {"invalid": "Enter true or false (or on, yes, 1 / off, no, 0)."}

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        answer = yes_or_no(value)
        if answer is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return answer


QUAD_CHOICES = [
    ("", "All tones"),
    *[(tone.value, f"{tone.label.capitalize()} (verbal or material)") for tone in Tone.classified()],
    *[(str(value), label.capitalize()) for value, label in Event.QuadClass.choices],
]
QUAD_FILTERS = {
    **{tone.value: tone.quad_classes for tone in Tone.classified()},
    **{str(value): [value] for value in Event.QuadClass.values},
}


COUNTED_FILTERS = {"type", "status", "quad", "start", "end"}  # PairMonth can answer these
UNCONFIRMED = "unconfirmed"  # planned, date passed, no report: judged against today, not counted
STATUS_CHOICES = [("", "Any status"), *Event.Status.choices, (UNCONFIRMED, "planned — not confirmed")]


class TimelineFilterForm(forms.Form):
    """The timeline's filters: a plain GET form, also driven by HTMX; the pages show invalid
    fields' errors and ignore them, the API and the exports refuse them (`error_message`)."""

    q = forms.CharField(
        required=False, max_length=200, label="Search", widget=forms.TextInput(attrs={"type": "search"})
    )
    type = forms.ChoiceField(choices=[("", "All types"), *Event.Type.choices], required=False)
    status = forms.ChoiceField(choices=STATUS_CHOICES, required=False)
    quad = forms.ChoiceField(choices=QUAD_CHOICES, required=False, label="Tone")
    start = PeriodField(label="From")
    end = PeriodField(label="To")
    min_sources = forms.IntegerField(min_value=1, max_value=1000, required=False, label="Min. sources")
    reviewed = YesNoField(label="Reviewed only")
    order = forms.ChoiceField(
        choices=[("", "Oldest first"), ("desc", "Newest first")], required=False, label="Order"
    )

    def __init__(self, data=None, **kwargs):
        super().__init__(data if data is not None else {}, **kwargs)
        self.is_valid()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start.start > end.end:
            self.add_error("end", "“To” is before “From”.")
        return cleaned

    def value(self, name):
        """The cleaned value of a field, or None when it is empty or invalid."""
        return self.cleaned_data.get(name) or None

    def invalid(self) -> dict[str, list[str]]:
        """The messages of each invalid filter, by its parameter's name."""
        return {name: [str(message) for message in messages] for name, messages in self.errors.items()}

    def error_message(self) -> str:
        """The invalid filters in one line that names each parameter, for the answers that
        refuse them (the API's and the exports' 400; the pages show and ignore them instead)."""
        return "; ".join(
            f"invalid '{name}' filter: {' '.join(messages)}" for name, messages in self.invalid().items()
        )

    @property
    def descending(self) -> bool:
        return self.value("order") == "desc"

    def query_string(self, **changes) -> str:
        """This form's valid, non-empty values as a query string (for links), with `changes` applied."""
        values = {name: self.data.get(name, "") for name in self.fields if self.value(name) is not None}
        values.update(changes)
        return urlencode({name: value for name, value in values.items() if value not in ("", None)})

    def filters_used(self) -> set[str]:
        """The filters that narrow the events (the order does not)."""
        return {name for name in self.fields if name != "order" and self.value(name) is not None}

    def filter_counts(self, pair_months):
        """Narrow PairMonth rows as `filter` narrows events, or None when a filter in use needs
        the events themselves (search, sources, reviewed, a range bound to the day, a plan
        judged against today)."""
        used = self.filters_used()
        if (
            used - COUNTED_FILTERS
            or self.value("status") == UNCONFIRMED
            or any(self.value(bound).precision == "day" for bound in used & {"start", "end"})
        ):
            return None
        return self.narrow(pair_months, "month").filter(events__gt=0)

    def narrow(self, rows, date_field: str):
        """The filters that events and the kept per-month counts share: kind, tone, date range."""
        if self.value("type"):
            rows = rows.filter(type=self.value("type"))
        if self.value("status") == UNCONFIRMED:
            rows = rows.unconfirmed()  # events only: filter_counts leaves this to them
        elif self.value("status"):
            rows = rows.filter(status=self.value("status"))
        if self.value("quad"):
            rows = rows.filter(quad_class__in=QUAD_FILTERS[self.value("quad")])
        if self.value("start"):
            rows = rows.filter(self.from_start(date_field))
        if self.value("end"):
            rows = rows.filter(**{f"{date_field}__lte": self.value("end").end})
        return rows

    def from_start(self, date_field: str) -> Q:
        """From the start bound on; from a day, also the events known only to its month or year,
        which hold it ("from 14 May 2024" keeps a visit of May 2024)."""
        start = self.value("start")
        since = Q(**{f"{date_field}__gte": start.start})
        if start.precision != "day" or date_field == "month":
            return since
        month, year = start.start.replace(day=1), start.start.replace(month=1, day=1)
        return since | Q(precision="month", **{date_field: month}) | Q(precision="year", **{date_field: year})

    def filter(self, events):
        """Narrow an Event queryset."""
        events = self.narrow(events, "date")
        if self.value("reviewed"):
            events = events.filter(locked=True)
        if self.value("min_sources"):
            supported = (
                Mention.objects.values("event")
                .annotate(sources=Count("article", distinct=True))
                .filter(sources__gte=self.value("min_sources"))
                .values("event")
            )
            events = events.filter(pk__in=supported)
        if self.value("q"):
            events = search(events, self.value("q"))
        return events


def search(events, text: str):
    """Full-text search on PostgreSQL; every word as a case-insensitive substring elsewhere."""
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        vector = SearchVector("title", "summary", "location", config="english")
        return events.alias(search=vector).filter(
            search=SearchQuery(text, config="english", search_type="websearch")
        )
    for word in text.split()[:10]:
        events = events.filter(
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(location__icontains=word)
        )
    return events
