"""manage.py extract: the corpus contract, and a clear failure for files it cannot read."""

import json
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db  # extract reads the database's knowledge when it holds some
SAMPLE = Path(__file__).resolve().parent.parent / "relations" / "samples" / "02_il20_crisis.txt"


def test_prints_the_contract():
    out = StringIO()
    call_command("extract", str(SAMPLE), "--json", stdout=out)
    [result] = json.loads(out.getvalue())
    assert result["file"] == str(SAMPLE) and result["reference_date"] == "2018-09-19"
    event = result["events"][0]
    assert {"date", "precision", "countries", "type", "status", "title", "evidence"} <= event.keys()


def test_unreadable_file_is_reported_and_fails(tmp_path):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="could not read 1 file"):
        call_command("extract", str(tmp_path / "missing.txt"), str(SAMPLE), "--json", stdout=out, stderr=err)
    results = json.loads(out.getvalue())
    assert [bool(r.get("error")) for r in results] == [True, False]
    assert "cannot read" in results[0]["error"]


def test_empty_and_binary_files_are_unread_like_missing_ones(tmp_path):
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.txt"
    empty.write_text("")
    binary.write_bytes(b"\x00\x01\x02" * 100)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="could not read 2 file"):
        call_command("extract", str(empty), str(binary), str(SAMPLE), stdout=out, stderr=err)
    listing = out.getvalue()
    assert f"{empty}  (not read: is empty)" in listing and "reference date None" not in listing
    assert "reference date 2018-09-19" in listing


@pytest.mark.parametrize("as_json", [False, True])
def test_a_refusal_is_printed_once(tmp_path, as_json):
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.txt"
    empty.write_text("")
    binary.write_bytes(b"\x00\x01\x02" * 100)
    out, err = StringIO(), StringIO()
    mode = ["--json"] if as_json else []
    with pytest.raises(CommandError, match="could not read 2 file"):
        call_command("extract", str(empty), str(binary), *mode, stdout=out, stderr=err)
    printed = out.getvalue() + err.getvalue()
    assert printed.count("is empty") == 1 and printed.count("NUL bytes") == 1
    if as_json:
        assert json.loads(out.getvalue())[0]["error"] == "is empty"


def test_timex_says_why_a_text_has_no_date_to_resolve_against(tmp_path):
    undated = tmp_path / "feb31.txt"
    undated.write_text("2021-02-31\nThe ministers met on Monday.\n")
    out = StringIO()
    call_command("timex", str(undated), str(SAMPLE), "--json", stdout=out)
    first, second = json.loads(out.getvalue())
    assert (first["reference_date"], first["reference_method"], first["expressions"]) == (None, "none", [])
    assert "nothing in the text tells when it was written" in first["reference_evidence"][0]
    assert second["reference_date"] == "2018-09-19" and second["expressions"]


def test_an_html_page_is_read_for_its_text_and_date_as_ingest_reads_it(tmp_path):
    page = tmp_path / "talks.html"
    page.write_text(
        '<html><head><meta name="date" content="2023-05-10"><script>alert(1)</script></head><body>'
        '<article><h1 onclick="x()">Talks</h1><p>Chilean President Gabriel Boric met Peruvian President '
        "Dina Boluarte in Lima on Tuesday to discuss the border.</p></article></body></html>"
    )
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><script>x()</script></body></html>")
    out = StringIO()
    with pytest.raises(CommandError, match="could not read 1 file"):
        call_command("extract", str(page), str(empty), "--json", stdout=out, stderr=StringIO())
    read, refused = json.loads(out.getvalue())
    assert read["reference_date"] == "2023-05-10"
    assert read["events"][0]["evidence"].startswith("Chilean President Gabriel Boric met")
    assert "<" not in json.dumps(read) and "no article text" in refused["error"]


def test_json_records_are_read_one_article_each_with_their_own_dates(tmp_path):
    records = [
        {"title": "A", "published": "2015-06-01", "text": "Indian Prime Minister Narendra Modi met Chinese "
         "President Xi Jinping in Beijing on Monday."},
        {"title": "B", "published": "2022-06-01", "text": "Japanese Prime Minister Fumio Kishida met US "
         "President Joe Biden in Tokyo on Monday."},
    ]  # fmt: skip
    listed, lines = tmp_path / "list.json", tmp_path / "batch.jsonl"
    listed.write_text(json.dumps(records))
    lines.write_text("\n".join([json.dumps(records[0]), "{broken", json.dumps(records[1])]) + "\n")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="could not read 1 file"):
        call_command("extract", str(listed), str(lines), "--json", stdout=out, stderr=err)
    results = json.loads(out.getvalue())
    assert [r["file"] for r in results] == [
        f"{listed}[1]",
        f"{listed}[2]",
        f"{lines}:1",
        f"{lines}:2",
        f"{lines}:3",
    ]
    dates = [[e["date"] for e in r["events"]] for r in results]
    assert dates == [["2015-06-01"], ["2022-05-30"], ["2015-06-01"], [], ["2022-05-30"]]
    assert results[0]["events"][0]["evidence"].startswith("Indian Prime Minister")  # the text, not the JSON
    assert "not valid JSON" in results[3]["error"] and not err.getvalue()


def test_a_text_with_no_reference_date_is_read_as_of_today_and_says_why(tmp_path):
    """As `ingest` stores it: the day it came in, which dates no event told by its weekday."""
    undated = tmp_path / "feb31.txt"
    undated.write_text("31 February 2023\nThe ministers of Kenya and Uganda met on Monday.\n")
    out = StringIO()
    call_command("extract", str(undated), stdout=out)
    assert f"{undated}  (reference date {date.today().isoformat()}: no usable page date" in out.getvalue()
    out = StringIO()
    call_command("extract", str(undated), "--json", stdout=out)
    [result] = json.loads(out.getvalue())
    assert (result["reference_method"], result["events"]) == ("received", [])


def test_a_yearless_stamp_is_read_as_ingest_reads_it(tmp_path):
    """The last such day before today when the office holders the text names held office then."""
    yearless = tmp_path / "yearless.txt"
    yearless.write_text("May 05, 21:30\nKenyan President William Ruto met Tanzanian officials on Sunday.\n")
    out = StringIO()
    call_command("extract", str(yearless), "--json", stdout=out)
    [result] = json.loads(out.getvalue())
    today = date.today()
    last = date(today.year if (today.month, today.day) >= (5, 5) else today.year - 1, 5, 5)
    assert (result["reference_date"], result["reference_method"]) == (last.isoformat(), "stamp")
    assert "William Ruto is named by an office held then" in result["reference_evidence"]


def test_a_directory_is_read_as_ingest_reads_it(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "il20.txt").write_text(SAMPLE.read_text())
    (tmp_path / "notes.md").write_text("not an article")
    out, err = StringIO(), StringIO()
    call_command("extract", str(tmp_path), "--json", stdout=out, stderr=err)
    [result] = json.loads(out.getvalue())
    assert result["file"] == str(tmp_path / "sub" / "il20.txt") and result["events"]
    assert f"skipped {tmp_path / 'notes.md'}: unsupported file type '.md'" in err.getvalue()


def test_the_listing_shows_what_became_of_a_plan(tmp_path):
    postponed = tmp_path / "postponed.txt"
    postponed.write_text(
        "2023-05-10\n"
        "Kenyan President William Ruto's visit to Uganda, planned for 20 May, was postponed on Tuesday.\n"
    )
    out = StringIO()
    call_command("extract", str(postponed), stdout=out)
    act, plan = out.getvalue().splitlines()[1:]
    assert "2023-05-20 KE-UG    visit             planned, postponed William Ruto to visit Uganda" in plan
    assert "2023-05-09 KE-UG    other             happened           William Ruto postpones a visit" in act
