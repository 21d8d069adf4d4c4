"""Load on a pair's timeline, its HTMX fragments and the ingest API (driven by tests/test_load.py).

Every user reads the timeline (full page, the results fragment a filter change asks for, the next
page while scrolling) and now and then posts a new article. Any answer but the expected one is a
failure; the ingest API must answer 201 (a new article) to every post. Posts are written to a
ledger (LOAD_LEDGER) before they are sent and once they are acknowledged.
"""

import os
import uuid

from locust import HttpUser, constant, task

TIMELINE = os.environ.get("LOAD_TIMELINE", "/timelines/il/ru/")
TOKEN = os.environ.get("LOAD_API_TOKEN", "")
FRAGMENT = {"HX-Request": "true", "HX-Target": "results"}
LEDGER = os.environ.get("LOAD_LEDGER", os.devnull)  # "sent URL" and "stored URL" lines, for the test


def note(what: str, url: str) -> None:
    with open(LEDGER, "a") as ledger:
        ledger.write(f"{what} {url}\n")


class Reader(HttpUser):
    wait_time = constant(0)

    @task(4)
    def timeline(self):
        self.client.get(TIMELINE, name="timeline page")

    @task(4)
    def fragment(self):
        self.client.get(f"{TIMELINE}?type=meeting", headers=FRAGMENT, name="timeline fragment")

    @task(2)
    def next_page(self):
        headers = {"HX-Request": "true", "HX-Target": "next-page"}
        self.client.get(f"{TIMELINE}?after=2000-01-01.1", headers=headers, name="next-page fragment")

    @task(1)
    def ingest(self):
        tag = uuid.uuid4().hex
        article = {
            "url": f"https://load.example.org/{tag}",
            "title": f"Talks {tag}",
            "published": "2021-06-16",
            "text": f"Israeli Prime Minister Naftali Bennett met Russian President Vladimir Putin in Sochi "
            f"on Tuesday to discuss Syria and Iran. Reference {tag}.",
        }
        headers = {"Authorization": f"Bearer {TOKEN}"}
        note("sent", article["url"])
        with self.client.post(
            "/api/articles", json=article, headers=headers, name="ingest API", catch_response=True
        ) as response:
            if response.status_code != 201:
                response.failure(f"status {response.status_code}: {response.text[:200]}")
            else:
                note("stored", article["url"])
