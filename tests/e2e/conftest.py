"""A real browser (Debian's Chromium driven by Playwright) against pytest-django's live server."""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="session", autouse=True)
def plain_http_live_server():
    """The live server's middleware reads its settings when it starts (before function-scoped
    fixtures run): plain HTTP and unhashed static files from the start."""
    from django.conf import settings
    from django.test import override_settings

    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(SECURE_SSL_REDIRECT=False, STORAGES=storages):
        yield


@pytest.fixture(autouse=True)
def knowledge(countries):
    """Every browser test runs against a live server, outside a transaction, with the countries loaded."""


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (Debian package 'chromium')")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need Playwright for Python (pip install playwright)")
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the test
    # itself (building data, flipping an article's status) are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_with_back_forward_cache(browser):
    """Chromium as people run it: Playwright turns the back/forward cache off, which makes every
    Back a reload from the server, unlike a real browser."""
    playwright_chromium = browser.browser_type
    cached = playwright_chromium.launch(
        executable_path=str(CHROMIUM),
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        ignore_default_args=["--disable-back-forward-cache"],
    )
    yield cached
    cached.close()


def new_page(browser, live_server, **options):
    """A tab that records JavaScript errors, Content-Security-Policy violations and dialogs."""
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1100, "height": 900}, **options
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.errors, page.dialogs = [], []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and "Content Security Policy" in message.text
            and page.errors.append(message.text)
        ),
    )

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return page


@pytest.fixture
def page(browser, live_server):
    """A fresh tab under the site's real Content-Security-Policy; fails the test on a JavaScript error."""
    page = new_page(browser, live_server)
    yield page
    page.context.close()
    assert page.errors == [], page.errors
