"""The data-entry and review desk."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from relations import queries
from relations.editing import merge_events, merge_plan, split_mentions, split_plan
from relations.extraction import types
from relations.forms import ArticleForm, ArticleTextField, EventForm, PersonForm, UploadForm
from relations.ingest import content_digest, record_refusal, store
from relations.knowledge import current_knowledge, forget_cached_knowledge
from relations.merge import orphaned_events
from relations.models import (
    ApiToken,
    Article,
    Country,
    CountryAlias,
    EditorialAction,
    Event,
    Mention,
    OfficeTerm,
    Person,
    UnknownPerson,
)
from relations.people_seen import add_to_knowledge, held
from relations.sources import ArticleRecord, records_from_bytes, title_from_text


class CountryAliasInline(admin.TabularInline):
    model = CountryAlias
    extra = 1


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "code3"]
    search_fields = ["name", "code", "code3", "aliases__text"]
    inlines = [CountryAliasInline]

    def get_search_results(self, request, queryset, search_term):
        """Best matches first, as on the home page: the event form's country picker offers
        Russia, not Belarus (alias "Byelorussia"), for "Russia"."""
        if not search_term.strip():
            return super().get_search_results(request, queryset, search_term)
        return queryset.best_matches(search_term.strip()), False


class OfficeTermInline(admin.TabularInline):
    model = OfficeTerm
    extra = 1
    autocomplete_fields = ["country"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    """A person once, with their names; their terms of office beneath."""

    form = PersonForm
    list_display = ["name", "other_names"]
    search_fields = ["name", "terms__office", "terms__country__name"]
    inlines = [OfficeTermInline]

    @admin.display(description="aliases")
    def other_names(self, obj):
        return ", ".join(obj.aliases)

    def save_related(self, request, form, formsets, change):
        """Terms are saved with the person: the people seen but not known list drops them at once."""
        super().save_related(request, form, formsets, change)
        forget_cached_knowledge()


@admin.register(UnknownPerson)
class UnknownPersonAdmin(admin.ModelAdmin):
    """People articles name by a state's office whom the knowledge does not hold: one click adds
    them (a person with an open term), or dismisses them for good. Extraction makes the rows."""

    list_display = ["name", "country", "office", "article_count", "first_sentence", "article", "add_button"]
    list_filter = [("country", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["country", "first_article"]
    search_fields = ["name", "office"]
    fields = ["name", "office", "country", "sentence", "first_article", "first_seen", "last_seen"]
    readonly_fields = ["country", "sentence", "first_article", "first_seen", "last_seen"]
    actions = ["add_to_the_knowledge", "dismiss"]

    def changelist_view(self, request, extra_context=None):
        """Headed by what the list is, not Django's "Select person seen but not known to change"."""
        heading = {"title": "People seen in articles but not known"}
        return super().changelist_view(request, {**heading, **(extra_context or {})})

    def get_queryset(self, request):
        """Not `super()`'s: it orders by the count before `listed` makes it."""
        rows = UnknownPerson.objects.listed(held(current_knowledge()))
        return rows.order_by(*self.get_ordering(request))

    def get_ordering(self, request):
        return ["-article_count", "-last_seen", "name"]  # the most seen first; an annotation, not a field

    def has_add_permission(self, request):
        return False

    def has_knowledge_permission(self, request):
        """Adding someone to the knowledge is deciding on the row and adding a person and their term."""
        return self.has_change_permission(request) and request.user.has_perms(
            ["relations.add_person", "relations.add_officeterm"]
        )

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count

    @admin.display(description="sentence")
    def first_sentence(self, obj):
        return truncated(obj.sentence, 120)

    @admin.display(description="first article", ordering="first_article")
    def article(self, obj):
        if obj.first_article is None:
            return None
        url = reverse("admin:relations_article_change", args=[obj.first_article_id])
        return format_html('<a href="{}">{}</a>', url, truncated(str(obj.first_article), 40))

    @admin.display(description="")
    def add_button(self, obj):
        """A button of the list's own form (its CSRF token), posted to `add_view_for_row`."""
        url = reverse("admin:relations_unknownperson_add_to_knowledge", args=[obj.pk])
        return format_html('<button type="submit" class="button" formaction="{}">Add</button>', url)

    def get_list_display(self, request):
        shown = super().get_list_display(request)
        return shown if self.has_knowledge_permission(request) else [n for n in shown if n != "add_button"]

    @admin.action(description="Add to the knowledge", permissions=["knowledge"])
    def add_to_the_knowledge(self, request, queryset):
        rows = list(queryset.values_list("pk", flat=True))
        added = add_to_knowledge(rows)
        self.message_user(
            request, f"{len(rows)} added to the knowledge ({added} new term{pluralize(added)} of office)."
        )

    @admin.action(description="Not a person / dismiss", permissions=["change"])
    def dismiss(self, request, queryset):
        dismissed = UnknownPerson.objects.filter(pk__in=list(queryset.values_list("pk", flat=True)))
        self.message_user(request, f"{dismissed.update(dismissed=True)} dismissed: not listed again.")

    def get_urls(self):
        add = path(
            "<int:pk>/add-to-knowledge/",
            self.admin_site.admin_view(self.add_view_for_row),
            name="relations_unknownperson_add_to_knowledge",
        )
        return [add, *super().get_urls()]

    def add_view_for_row(self, request, pk):
        """The row's own Add button: the action, on this one row."""
        if request.method != "POST" or not self.has_knowledge_permission(request):
            raise PermissionDenied
        self.add_to_the_knowledge(request, self.get_queryset(request).filter(pk=pk))
        return redirect("admin:relations_unknownperson_changelist")


class MentionInline(admin.TabularInline):
    """Mentions are written by extraction: shown, linked, never typed in by hand."""

    model = Mention
    extra = 0
    show_change_link = True

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def has_add_permission(self, request, obj=None):
        return False


class ArticleMentionInline(MentionInline):
    fields = ["event", "sentence", "date_text", "date", "precision"]
    can_delete = False


class OutletFilter(admin.AllValuesFieldListFilter):
    """Outlets by name, and the articles that came with none under "(none)", not a blank line."""

    def choices(self, changelist):
        for choice in super().choices(changelist):
            yield {**choice, "display": "(none)"} if choice["display"] == "" else choice


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    # Few, short columns: the headline gets the width. The method, page date and attempts are
    # filters or on the article's page.
    list_display = ["headline", "outlet_name", "status", "written"]
    list_display_links = ["headline"]
    list_filter = ["status", "reference_method", ("outlet", OutletFilter)]
    search_fields = ["title", "url", "source_name", "outlet"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "content_hash",
        "reference_date",
        "reference_method",
        "reference_confidence",
        "why_this_reference_date",
        "status",
        "error",
        "notes",
        "attempts",
        "created_at",
        "updated_at",
        "processed_at",
    ]
    form = ArticleForm
    exclude = ["reference_evidence"]  # the engine's reasons, shown read-only as "why this reference date"
    inlines = [ArticleMentionInline]
    actions = ["re_extract"]

    @admin.display(description="why this reference date")
    def why_this_reference_date(self, obj):
        """The reasons one a line, as the article's page gives them (escaped: texts supply them)."""
        return (
            format_html_join(mark_safe("<br>"), "{}", ((reason,) for reason in obj.reference_evidence)) or "—"
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["form_class"] = ArticleTextField
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        """A refused input is the record of what came in and why: its (empty) text stays as it is;
        an article's text that can be read belongs in an article of its own."""
        fields = super().get_readonly_fields(request, obj)
        return [*fields, "text"] if obj is not None and obj.refused else fields

    @admin.display(description="article", ordering="title")
    def headline(self, obj):
        return truncated(str(obj), 90)

    @admin.display(description="reference date", ordering="reference_date")
    def written(self, obj):
        """The reference date, flagged when it is only the day the article came in, or a guess from
        the text's years: such an article's relative dates place no event until an editor sets it."""
        if obj.reference_method == "received":
            return f"{obj.reference_date} (day it came in: set the date to have its events)"
        if obj.reference_method == "guessed":
            return f"{obj.reference_date} (a guess from the text: set the date to have its events)"
        return obj.reference_date

    @admin.display(description="outlet", ordering="outlet")
    def outlet_name(self, obj):
        return truncated(obj.outlet, 30) or None

    def save_model(self, request, obj, form, change):
        obj.title = obj.title or title_from_text(obj.text)
        super().save_model(request, obj, form, change)
        if not change or {"text", "reference_override", "page_date", "page_stamp"} & set(form.changed_data):
            queries.requeue([obj.pk])

    def get_deleted_objects(self, objs, request):
        """The page before a deletion lists the events that go with the articles (the unlocked
        ones only they support, `orphaned_events`), not only their mentions."""
        to_delete, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        events = list(orphaned_events(objs))
        for event in events:
            url = reverse("admin:relations_event_change", args=[event.pk])
            to_delete.append(format_html('Event: <a href="{}">{}</a>', url, event))
        if events:
            counts[Event._meta.verbose_name_plural] = len(events)
        return to_delete, counts, perms_needed, protected

    @admin.action(description="Re-extract selected articles")
    def re_extract(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        queued = queries.requeue(ids)
        left = len(ids) - queued
        refused = (
            f" {left} refused input{pluralize(left)} {pluralize(left, 'has,have')} no text to read."
            if left
            else ""
        )
        self.message_user(request, f"{queued} article{pluralize(queued)} queued for extraction.{refused}")

    def get_urls(self):
        upload = path(
            "upload/", self.admin_site.admin_view(self.upload_view), name="relations_article_upload"
        )
        return [upload, *super().get_urls()]

    def upload_view(self, request):
        """Upload article files (text, HTML, JSON, JSON lines, feeds); each gets a verdict."""
        if not self.has_add_permission(request):
            return redirect("admin:index")
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            created = known = refused = 0
            for upload in form.cleaned_data["files"]:
                data = upload.read()
                for record in records_from_bytes(data, upload.name, form.max_bytes):
                    if not isinstance(record, ArticleRecord):
                        kept = record_refusal(record, content_digest(data), "the admin upload").article
                        messages.error(
                            request,
                            f"Refused {record.source_name}: {record.reason} (kept as article {kept.pk})",
                        )
                        refused += 1
                        continue
                    stored = store(record)
                    created += stored.created
                    known += not stored.created
                    if not stored.created:
                        already = f"Already known: {record.source_name} (article {stored.article.pk})."
                        messages.info(request, already)
                    # stored all the same: say the date was dropped ("File": the admin capitalises messages)
                    called = f"File {record.source_name}: the page date"
                    if stored.created and (warning := stored.article.page_date_warning(called)):
                        messages.warning(request, f"{warning} (article {stored.article.pk}).")
            report_upload(request, created, known, refused)
            return redirect(reverse("admin:relations_article_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "form": form,
            "title": "Upload articles",
            "opts": self.model._meta,
        }
        return render(request, "admin/relations/article/upload.html", context)


def truncated(text: str, chars: int) -> str:
    """Long text cut short for a list, whole in its tooltip (escaped: articles supply it)."""
    short = Truncator(text).chars(chars)
    return text if short == text else format_html('<span title="{}">{}</span>', text, short)


def report_upload(request, created: int, known: int, refused: int) -> None:
    """The summary's level says at a glance how the upload went: an error when nothing was
    stored, a warning when some records were refused, success only when none were."""
    summary = f"{created} article{pluralize(created)} added, {known} already known, {refused} refused."
    if not created + known:
        level = messages.ERROR
    elif refused:
        level = messages.WARNING
    else:
        level = messages.SUCCESS
    messages.add_message(request, level, summary)


class EventMentionInline(MentionInline):
    fields = ["article", "sentence", "date_text", "date", "precision", "status"]


class CountryFilter(admin.SimpleListFilter):
    """Events of one country: the countries that have events, by name (one query). With the
    search box ("Russia") it narrows to a pair, where merge candidates are."""

    title = "country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        with_events = Event.countries.through.objects.filter(country=OuterRef("pk"))
        return Country.objects.filter(Exists(with_events)).order_by("name").values_list("code", "name")

    def queryset(self, request, queryset):
        return queryset.filter(countries=self.value()) if self.value() else queryset


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventForm
    list_display = [
        "title", "display_date", "country_names", "type", "status", "origin", "locked", "source_count",
    ]  # fmt: skip
    list_filter = [CountryFilter, "type", "status", "origin", "locked", "quad_class", "precision"]
    search_fields = ["title", "summary", "location", "countries__name", "countries__code"]
    autocomplete_fields = ["countries"]
    date_hierarchy = "date"
    inlines = [EventMentionInline]
    actions = ["lock", "unlock", "merge"]
    show_full_result_count = False  # a count of a million rows on every page is not worth it
    readonly_fields = ["origin", "created_at", "updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_source_count().prefetch_related("countries")

    @admin.display(description="countries")
    def country_names(self, obj):
        """The event's countries by name, in the order the timelines name a pair ("Germany –
        France"); a lone country stands out (older data: the event is on no timeline)."""
        names = [country.name for country in obj.countries_in_order]
        if len(names) < 2:
            return f"{names[0] if names else 'none'} only (on no timeline)"
        return " – ".join(names)

    @admin.display(description="sources", ordering="source_count")
    def source_count(self, obj):
        return obj.source_count

    def get_fields(self, request, obj=None):
        """A new event has no origin to show yet: saved, it is the editor's."""
        fields = super().get_fields(request, obj)
        return fields if obj else [name for name in fields if name != "origin"]

    def get_form(self, request, obj=None, **kwargs):
        kwargs["help_texts"] = {
            "quad_class": "Left unknown, the type's usual class (a visit: verbal cooperation)."
        }
        return super().get_form(request, obj, **kwargs)

    def save_model(self, request, obj, form, change):
        """An event entered or edited by hand is the editor's: locked against extraction. Its tone,
        left unknown, is its type's usual one, as extraction gives it."""
        if not change:
            obj.origin = Event.Origin.EDITOR
        if obj.quad_class == Event.QuadClass.UNKNOWN and obj.type in types.TYPES:
            obj.quad_class = types.quad_class(obj.type)
        obj.locked = True
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.sync_pairs()

    @admin.action(description="Lock selected events (reviewed)")
    def lock(self, request, queryset):
        locked = queryset.update(locked=True)
        self.message_user(request, f"{locked} event{pluralize(locked)} locked.")

    @admin.action(description="Unlock selected events")
    def unlock(self, request, queryset):
        unlocked = queryset.update(locked=False)
        self.message_user(request, f"{unlocked} event{pluralize(unlocked)} unlocked.")

    @admin.action(description="Merge selected events into one (the locked one wins)")
    def merge(self, request, queryset):
        """A page says what the merge will do; its button posts the action again, confirmed."""
        ids = list(queryset.values_list("pk", flat=True))
        try:
            plan = merge_plan(ids)
        except ValueError as error:
            self.message_user(request, str(error), messages.ERROR)
            return None
        if not confirmed(request):
            template = "admin/relations/event/merge_confirmation.html"
            return confirmation_page(self, request, template, "Merge events", "merge", ids, plan=plan)
        event = merge_events(ids, user=request.user)
        self.message_user(request, f"{len(ids)} events merged into “{event.title}” (locked).")
        return None


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "event", "article", "date_text", "status"]
    search_fields = ["sentence", "event__title", "article__title"]
    autocomplete_fields = ["event", "article"]
    list_select_related = ["event", "article"]
    readonly_fields = ["extracted"]  # the article's own account, as extraction gave it
    actions = ["split"]

    @admin.action(description="Split the selected sentences off into their own event")
    def split(self, request, queryset):
        """A page says what the split will do; its button posts the action again, confirmed."""
        ids = list(queryset.values_list("pk", flat=True))
        try:
            plan = split_plan(ids)
        except ValueError as error:
            self.message_user(request, str(error), messages.ERROR)
            return None
        if not confirmed(request):
            template = "admin/relations/mention/split_confirmation.html"
            return confirmation_page(self, request, template, "Split sentences off", "split", ids, plan=plan)
        event = split_mentions(ids, user=request.user)
        self.message_user(request, f"Split off into event {event.pk} “{event.title}” (locked).")
        return None


def confirmed(request) -> bool:
    """An action posted from its confirmation page."""
    return request.POST.get("post") == "yes"


def confirmation_page(model_admin, request, template: str, title: str, action: str, ids, **context):
    """The page an action shows before it changes anything: its form posts the same action and
    selection back, confirmed; Cancel returns to the list as it was (filters kept)."""
    context = {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "opts": model_admin.model._meta,
        "action": action,
        "selected": ids,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "cancel_url": request.get_full_path(),
        **context,
    }
    return TemplateResponse(request, template, context)


@admin.register(EditorialAction)
class EditorialActionAdmin(admin.ModelAdmin):
    """The record of editors' merges and splits: read only, even for superusers (it is written
    only by the merge and split actions)."""

    list_display = ["created_at", "kind", "event", "description", "user"]
    list_filter = ["kind"]
    list_select_related = ["event", "user"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens for the ingest API: created here, shown once, stored only as a digest."""

    list_display = ["name", "prefix", "revoked", "created_at", "last_used_at"]
    list_filter = ["revoked"]
    search_fields = ["name", "prefix"]
    fields = ["name", "revoked", "prefix", "created_at", "last_used_at"]
    readonly_fields = ["prefix", "created_at", "last_used_at"]

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        row, token = ApiToken.issue(obj.name)
        obj.pk, obj.prefix, obj.digest = row.pk, row.prefix, row.digest
        messages.warning(
            request, f"The token for {row.name} is {token} — copy it now: it is not shown again."
        )
