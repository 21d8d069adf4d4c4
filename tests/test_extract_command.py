"""manage.py extract: the corpus contract, and a clear failure for files it cannot read."""

import json
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
    assert "cannot read" in err.getvalue()


def test_empty_and_binary_files_are_unread_like_missing_ones(tmp_path):
    empty, binary = tmp_path / "empty.txt", tmp_path / "binary.txt"
    empty.write_text("")
    binary.write_bytes(b"\x00\x01\x02" * 100)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="could not read 2 file"):
        call_command("extract", str(empty), str(binary), str(SAMPLE), stdout=out, stderr=err)
    listing = out.getvalue()
    assert f"{empty}  (not read: no article text)" in listing and "reference date None" not in listing
    assert "reference date 2018-09-19" in listing


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
