from datetime import date

from django import forms
from django.conf import settings

from relations.models import Event


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class UploadForm(forms.Form):
    files = MultipleFileField(
        help_text="Text files (first line: the page date), HTML pages, JSON or JSON lines records, RSS or Atom feeds."
    )

    @property
    def max_bytes(self) -> int:
        return settings.INGEST_MAX_BYTES


class TimelineFilterForm(forms.Form):
    """The timeline's filters: a plain GET form, also driven by HTMX."""

    type = forms.ChoiceField(choices=[("", "All types"), *Event.Type.choices], required=False)
    status = forms.ChoiceField(choices=[("", "Happened and planned"), *Event.Status.choices], required=False)
    year_from = forms.IntegerField(min_value=1, max_value=9999, required=False, label="From year")
    year_to = forms.IntegerField(min_value=1, max_value=9999, required=False, label="To year")

    def filter(self, pairs):
        """Narrow an EventPair queryset; invalid fields are ignored, valid ones still apply."""
        self.is_valid()
        data = self.cleaned_data
        if data.get("type"):
            pairs = pairs.filter(event__type=data["type"])
        if data.get("status"):
            pairs = pairs.filter(event__status=data["status"])
        if data.get("year_from"):
            pairs = pairs.filter(date__gte=date(data["year_from"], 1, 1))
        if data.get("year_to"):
            pairs = pairs.filter(date__lte=date(data["year_to"], 12, 31))
        return pairs
