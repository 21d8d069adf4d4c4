"""manage.py ingest: files and directories, a summary, and a clear reason for each bad file."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from relations import ingest as ingest_module
from relations.models import Article
from tests.factories import YEARLESS_STAMP, YEARLESS_STORY, assert_dated_by_the_yearless_stamp

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parent.parent / "relations" / "samples"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles"


def ingest(*paths) -> str:
    """The command's report; it ends with an error (exit status 1) when an input was refused."""
    out = StringIO()
    try:
        call_command("ingest", *map(str, paths), "--no-progress", stdout=out)
    except CommandError as error:
        return f"{out.getvalue()}error: {error}"
    return out.getvalue()


def test_samples_once_then_known(django_capture_on_commit_callbacks):
    count = len(list(SAMPLES.glob("*.txt")))
    with django_capture_on_commit_callbacks(execute=True):
        assert ingest(SAMPLES).startswith(f"{count} created, 0 already known, 0 failed")
    assert ingest(SAMPLES).startswith(f"0 created, {count} already known, 0 failed")
    assert Article.objects.count() == count
    assert not Article.objects.exclude(status="done").exists()


def test_bad_files_are_reported_and_good_ones_kept(tmp_path):
    (tmp_path / "good.txt").write_text("2020-02-02\nThe leaders of Ghana and Togo met in Accra on Monday.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (tmp_path / "short.txt").write_text("2020-02-02\nToo short.\n")
    output = ingest(tmp_path)
    assert output.startswith("1 created, 0 already known, 3 failed")
    assert "failed empty.txt: is empty" in output
    assert "failed binary.txt: looks like a binary file" in output
    assert "failed short.txt: text too short" in output
    assert output.endswith("error: 3 input(s) were not ingested (reasons above)")


def test_a_broken_json_line_is_named_as_the_upload_names_it(tmp_path):
    (tmp_path / "batch.jsonl").write_bytes(b'{"text": "unterminated\n')
    output = ingest(tmp_path)
    assert (
        "failed batch.jsonl:1: not valid JSON (Unterminated string starting at line 1, column 10)\n" in output
    )


def test_files_of_other_types_in_a_directory_are_reported_as_skipped(tmp_path):
    (tmp_path / "good.txt").write_text("2020-02-02\nThe leaders of Ghana and Togo met in Accra on Monday.\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README").write_text("what these files are")
    output = ingest(tmp_path)
    assert output.startswith("1 created, 0 already known, 0 failed, 2 skipped\n")
    assert "  skipped image.png: unsupported file type '.png' (use .atom, .htm, .html," in output
    assert "  skipped notes/README: unsupported file type 'README' (use" in output
    assert "error:" not in output  # skipped is no failure: the exit status stays 0


def test_a_file_of_another_type_named_alone_is_refused(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    output = ingest(tmp_path / "image.png")
    assert output.startswith("0 created, 0 already known, 1 failed\n")
    assert "  failed image.png: unsupported file type '.png'" in output


def test_pages_and_feed_entries_without_text_are_reported_once_in_the_summary(tmp_path, caplog, capsys):
    """Only the summary's reason: no library's log line ('discarding data: None') beside it."""
    (tmp_path / "empty.html").write_text("<html><body></body></html>")
    (tmp_path / "feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Invented Wire</title>'
        "<item><title>No text here</title><link>https://example.org/x</link></item></channel></rss>"
    )
    output = ingest(tmp_path)
    assert "  failed empty.html: no article text found in the HTML page" in output
    assert "  failed feed.rss#1: entry 'No text here': no article text found in the feed entry" in output
    assert [record.getMessage() for record in caplog.records if record.name.startswith("trafilatura")] == []
    assert "discarding data" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("first_line", "title", "page_stamp"),
    [
        ("the thirty-second of Smarch", "the thirty-second of Smarch", ""),  # no date: a title
        ("31 February 2019", "The leaders of Ghana and Togo met in Accra on Monday.", "31 February 2019"),
        ("21:30", "The leaders of Ghana and Togo met in Accra on Monday.", "21:30"),  # never 'odd.txt'
    ],
)
def test_a_first_line_that_gives_no_date_costs_the_article_nothing(tmp_path, first_line, title, page_stamp):
    (tmp_path / "odd.txt").write_text(
        f"{first_line}\nThe leaders of Ghana and Togo met in Accra on Monday.\n"
    )
    assert ingest(tmp_path).startswith("1 created, 0 already known, 0 failed")
    article = Article.objects.get()
    assert (article.title, article.page_date, article.page_stamp) == (title, None, page_stamp)


def test_a_yearless_stamp_dates_the_article_with_the_text(tmp_path, django_capture_on_commit_callbacks):
    (tmp_path / "yearless.txt").write_text(f"{YEARLESS_STAMP}\n{YEARLESS_STORY}\n")
    with django_capture_on_commit_callbacks(execute=True):
        assert ingest(tmp_path).startswith("1 created, 0 already known, 0 failed")
    assert_dated_by_the_yearless_stamp(Article.objects.get())


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("ingest", str(tmp_path / "nope"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared development corpus is not beside the project")
def test_development_corpus_one_article_per_file():
    files = len(list(CORPUS.glob("*.txt")))
    assert ingest(CORPUS).startswith(f"{files} created")
    assert ingest(CORPUS).startswith(f"0 created, {files} already known")


@pytest.mark.usefixtures("countries")  # outside a test transaction: extraction runs on commit, as in use
def test_extraction_failure_is_reported(tmp_path, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("engine broke")

    monkeypatch.setattr("relations.extraction.engine.extract", explode)
    (tmp_path / "good.txt").write_text("2020-02-02\nThe leaders of Ghana and Togo met in Accra on Monday.\n")
    output = ingest(tmp_path)
    assert "extraction failed for good.txt: extraction error: RuntimeError: engine broke" in output


def test_the_progress_bar_knows_the_total_of_json_lines_and_text_files(tmp_path):
    from relations.management.commands.ingest import expected_records

    lines = tmp_path / "batch.jsonl"
    lines.write_text('{"text": "one"}\n\n{"text": "two"}\n{"text": "three"}')
    page = tmp_path / "page.html"
    page.write_text("<p>x</p>")
    assert expected_records([lines, page]) == 4
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss/>")
    assert expected_records([lines, feed]) is None  # a feed's count is known only once parsed


def json_lines(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    return path


GHANA = "The leaders of Ghana and Togo met in Accra on Monday."
TOGO = "The presidents of Togo and Benin spoke by phone on Friday."


def test_a_batch_knows_what_it_repeats_as_articles_read_one_by_one_do(tmp_path):
    batch = json_lines(
        tmp_path / "batch.jsonl",
        {"text": GHANA, "url": "https://example.org/a"},
        {"text": GHANA.upper()},  # the same words
        {"text": TOGO, "url": "https://example.org/a"},  # another text at a known address
        {"text": TOGO},
    )
    for size in ("1", "100"):
        Article.objects.all().delete()
        out = StringIO()
        call_command("ingest", str(batch), "--no-progress", "--batch-size", size, stdout=out)
        assert out.getvalue().startswith("2 created, 2 already known, 0 failed")
        assert sorted(Article.objects.values_list("text", "url")) == [
            (GHANA, "https://example.org/a"),
            (TOGO, None),
        ]


def test_articles_are_stored_a_batch_a_few_queries(tmp_path, django_assert_max_num_queries):
    batch = json_lines(tmp_path / "batch.jsonl", *({"text": f"{GHANA} Round {n}."} for n in range(250)))
    with django_assert_max_num_queries(30):  # 3 batches: 2 look-ups and the inserts each; the report
        assert ingest(batch).startswith("250 created, 0 already known, 0 failed")


def test_a_batch_meeting_an_article_stored_meanwhile_is_stored_one_by_one(tmp_path, monkeypatch):
    new_article = ingest_module.new_article

    def stored_meanwhile(record, content_hash):
        if record.text == TOGO:  # another path (the API, a second ingest) stores it first
            new_article(record, content_hash).save()
        return new_article(record, content_hash)

    monkeypatch.setattr(ingest_module, "new_article", stored_meanwhile)
    assert ingest(json_lines(tmp_path / "batch.jsonl", {"text": GHANA}, {"text": TOGO})).startswith(
        "1 created, 1 already known, 0 failed"
    )
    assert Article.objects.count() == 2


def test_the_progress_bar_counts_utf16_json_lines(tmp_path):
    from relations.management.commands.ingest import expected_records

    lines = tmp_path / "batch.jsonl"
    lines.write_bytes('{"text": "one"}\n{"text": "two"}\n'.encode("utf-16"))
    assert expected_records([lines]) == 2
