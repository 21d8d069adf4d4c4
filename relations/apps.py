from django.apps import AppConfig
from django.db.models.signals import pre_delete


class RelationsConfig(AppConfig):
    name = "relations"
    verbose_name = "Relations"

    def ready(self):
        from relations.models import Article

        pre_delete.connect(on_article_delete, sender=Article, dispatch_uid="relations-article-delete")


def on_article_delete(sender, instance, **kwargs):
    """Deleting an article removes its mentions (cascade) and the unlocked events only it supported."""
    from relations.merge import delete_orphaned_events

    delete_orphaned_events(instance)
