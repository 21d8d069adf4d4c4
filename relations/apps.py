from django.apps import AppConfig
from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.db.models.signals import post_delete, pre_delete


class RelationsConfig(AppConfig):
    name = "relations"
    verbose_name = "Relations"

    def ready(self):
        from relations.models import Article

        pre_delete.connect(on_article_delete, sender=Article, dispatch_uid="relations-article-delete")
        post_delete.connect(after_article_delete, sender=Article, dispatch_uid="relations-article-deleted")


def on_article_delete(sender, instance, **kwargs):
    """Deleting an article removes its mentions (cascade) and the unlocked events only it supported."""
    from relations.merge import delete_orphaned_events

    instance.shared_events = delete_orphaned_events(instance)


def after_article_delete(sender, instance, **kwargs):
    """The events it shared settle on what their other sources say (a plan no longer reported done),
    or go when none is left (articles deleted together)."""
    from relations.merge import settle_events

    settle_events(getattr(instance, "shared_events", []))


@checks.register
def secret_key_is_set(app_configs, **kwargs):
    """Stop the server and the database commands early when SECRET_KEY is missing (DEBUG off)."""
    try:
        settings.SECRET_KEY  # noqa: B018 (Django raises on access when it is empty)
    except ImproperlyConfigured:
        return [checks.Error("SECRET_KEY must be set when DEBUG is off.", id="relations.E001")]
    return []


@checks.register
def parser_loads(app_configs, **kwargs):
    """The server runs extractions in-process without a broker: a missing or corrupt parser model
    stops it at start-up with the reason. With a broker the worker checks at its own start-up
    (relations.celery) and the other processes never parse, so their commands (`ingest`, `migrate`)
    do not spend half a second loading the model."""
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        return []
    from relations.extraction import syntax

    try:
        syntax.load()
    except syntax.ParserUnavailable as error:
        return [checks.Error(str(error), id="relations.E002")]
    return []
