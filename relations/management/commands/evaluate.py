from django.core.management.base import BaseCommand

from relations.evaluation import Score, Scored, score_article
from relations.extraction.engine import extract
from relations.knowledge import current_knowledge
from relations.models import Article, Event


class Command(BaseCommand):
    help = (
        "Score the current engine against the events editors reviewed (locked): for every article "
        "that supports a reviewed event, the reviewed events are the answer key."
    )

    def add_arguments(self, parser):
        parser.add_argument("--verbose", action="store_true", help="List every missed and extra event.")

    def handle(self, *args, verbose: bool, **options):
        articles = Article.objects.filter(mentions__event__locked=True).distinct().order_by("pk")
        knowledge = current_knowledge()
        score = Score()
        for article in articles.iterator():
            reviewed = (
                Event.objects.filter(mentions__article=article, locked=True)
                .distinct()
                .prefetch_related("countries")
            )
            gold = [
                Scored(
                    event.fuzzy_date, tuple(c.code for c in event.countries.all()), event.type, event.status
                )
                for event in reviewed
            ]
            extraction = extract(
                article.text,
                page_date=article.page_date,
                page_month_day=article.page_month_day,
                knowledge=knowledge,
                reference_override=article.reference_override,
            )
            predicted = [Scored(e.date, e.countries, e.type, e.status) for e in extraction.events]
            score_article(gold, predicted, score, label=str(article.pk))
        if verbose:
            for line in score.details:
                self.stdout.write(line)
        self.stdout.write(f"{articles.count()} article(s) with reviewed events")
        self.stdout.write(score.summary())
