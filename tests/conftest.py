import pytest
from celery.contrib.testing.worker import start_worker
from django.core.cache import cache

from relations.celery import app as celery_app


@pytest.fixture(autouse=True)
def test_settings(settings):
    """Production settings, minus what needs HTTPS or collected static files."""
    settings.SECURE_SSL_REDIRECT = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.INGEST_API_TOKENS = ["test-token"]
    cache.clear()  # rate-limit windows (per token, per address) start empty in every test


@pytest.fixture(autouse=True)
def eager_tasks():
    """Tasks run in-process unless a test starts a real worker (see tests/test_worker.py)."""
    celery_app.conf.task_always_eager = True
    yield


@pytest.fixture
def real_worker():
    """A Celery worker (in a thread of this process) consuming from the configured broker."""
    celery_app.conf.task_always_eager = False
    with start_worker(
        celery_app, pool="solo", perform_ping_check=False, loglevel="WARNING", shutdown_timeout=30
    ):
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as `make demo` makes it: migrated, then the shipped knowledge loaded."""
    from relations.knowledge import load_shipped_knowledge

    with django_db_blocker.unblock():
        load_shipped_knowledge()


@pytest.fixture(autouse=True)
def fresh_knowledge(monkeypatch):
    """Every test builds its knowledge anew: the cache of a process would carry one test's
    database into the next."""
    monkeypatch.setattr("relations.knowledge._cache", {})


@pytest.fixture
def django_assert_max_num_queries(django_assert_max_num_queries, db):
    """Query budgets are a request's: the knowledge the highlighting reads is built once a minute
    per process, so it is built before (a page that rebuilt it on every request still fails)."""
    from relations.knowledge import current_knowledge

    current_knowledge()
    return django_assert_max_num_queries


@pytest.fixture
def countries(transactional_db):
    """For tests outside a transaction (real workers, the browser): the shipped knowledge, which
    an earlier such test's flush may have removed."""
    from relations.knowledge import load_shipped_knowledge
    from relations.models import Country

    if not Country.objects.exists():
        load_shipped_knowledge()
