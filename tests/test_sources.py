"""Every input path, with good and bad input: records or a clear reason, never an exception."""

import json
import re
from datetime import date

import pytest

from relations.sources import (
    TITLE_CHARS,
    ArticleRecord,
    Decoded,
    InputError,
    Refused,
    decode,
    records_from_bytes,
    records_from_path,
    title_from_text,
)

LIMIT = 100_000
STORY = "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss the border."


def only(records):
    records = list(records)
    assert len(records) == 1
    return records[0]


def test_corpus_text_file():
    record = only(records_from_bytes(f"2021-03-04\n{STORY}\n".encode(), "a.txt", LIMIT))
    assert isinstance(record, ArticleRecord)
    assert record.page_date.isoformat() == "2021-03-04"
    assert record.text == STORY


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary\x00" * 10, "binary"),
        (b"2021-03-04\n", "no article text"),
    ],
)
def test_bad_text_files_get_a_reason(content, reason):
    refused = only(records_from_bytes(content, "bad.txt", LIMIT))
    assert isinstance(refused, Refused)
    assert reason in refused.reason


@pytest.mark.parametrize(
    ("first_line", "page_date", "page_stamp"),
    [
        ("May 05, 21:30", None, "May 05, 21:30"),  # no year: a clue for the reference date
        ("21:30", None, "21:30"),
        ("31 February 2019", None, "31 February 2019"),
        ("12 March 2031", None, "12 March 2031"),  # the future
        ("12 septembre 2019", date(2019, 9, 12), ""),
        ("3. mart 2022 14:10", date(2022, 3, 3), ""),
    ],
)
def test_every_stamp_is_stored_never_refused(first_line, page_date, page_stamp):
    record = only(records_from_bytes(f"{first_line}\n{STORY}\n".encode(), "a.txt", LIMIT))
    assert (record.text, record.page_date, record.page_stamp) == (STORY, page_date, page_stamp)


TODAY = date.today().isoformat()


@pytest.mark.parametrize(
    ("first_line", "note"),
    [
        (
            "12 March 2031",
            f"the page date 2031-03-12 is not used: it is later than the day the article came in ({TODAY})",
        ),
        ("31 February 2019", "the page stamp '31 February 2019' is not used: no such day"),
        ("21:30", "the page stamp '21:30' is not used: it gives a time but no day"),
    ],
)
def test_a_stamp_whose_date_is_not_used_leaves_a_note(first_line, note):
    record = only(records_from_bytes(f"{first_line}\n{STORY}\n".encode(), "a.txt", LIMIT))
    assert (record.page_date, record.page_stamp, record.notes) == (None, first_line, [note])
    assert only(records_from_bytes(f"May 05, 21:30\n{STORY}\n".encode(), "a.txt", LIMIT)).notes == []


def test_a_first_line_that_is_no_date_stays_in_the_text_and_titles_it():
    record = only(records_from_bytes(f"Border talks in Lima\n{STORY}\n".encode(), "a.txt", LIMIT))
    assert (record.page_date, record.page_stamp) == (None, "")
    assert record.text == f"Border talks in Lima\n{STORY}"
    assert title_from_text(record.text) == "Border talks in Lima"


LONG = (
    "The foreign ministers of Chile and Peru, meeting in Lima for the third time this year, agreed on "
    "Tuesday to reopen two border crossings closed since the spring floods. Trade is expected to recover."
)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Border talks in Lima\n{STORY}", "Border talks in Lima"),  # a headline line
        (f"{STORY} Both sides agreed to meet again.", STORY),  # the first sentence
        (f"\n\n   {STORY}\nMore.", STORY),
        (
            LONG,
            "The foreign ministers of Chile and Peru, meeting in Lima for the third time this year, agreed "
            "on Tuesday to reopen two…",
        ),
        ("word " * 100, "word " * 23 + "word…"),  # no sentence at all: cut at a word's end
        ("a " + "word " * 100, "a " + "word " * 22 + "word…"),  # the limit falls in a word: not cut in two
    ],
)
def test_a_title_from_the_text_is_its_first_line_or_sentence_cut_at_a_word(text, title):
    assert title_from_text(text) == title
    assert len(title) <= TITLE_CHARS


@pytest.mark.parametrize(
    ("published", "page_date", "page_stamp"),
    [
        ("2021-06-16T10:00:00+02:00", date(2021, 6, 16), ""),
        ("12. September 2019", date(2019, 9, 12), ""),
        ("12 de marzo de 2019", date(2019, 3, 12), ""),
        ("05 May 21:30", None, "05 May 21:30"),
        ("yesterday-ish", None, "yesterday-ish"),
        ("", None, ""),
    ],
)
def test_published_is_read_like_a_date_line(published, page_date, page_stamp):
    data = json.dumps({"text": STORY, "published": published})
    record = only(records_from_bytes(data.encode(), "one.json", LIMIT))
    assert (record.page_date, record.page_stamp) == (page_date, page_stamp)


def test_a_published_that_reads_as_no_date_leaves_a_note():
    record = only(
        records_from_bytes(json.dumps({"text": STORY, "published": "soon-ish"}).encode(), "a.json", LIMIT)
    )
    assert record.notes == ["the page stamp 'soon-ish' is not used: no date can be read from it"]


def test_too_large_file_is_refused():
    refused = only(records_from_bytes(b"2021-03-04\n" + b"x" * 200, "big.txt", 100))
    assert isinstance(refused, Refused) and "too large" in refused.reason


def test_unsupported_suffix():
    refused = only(records_from_bytes(b"whatever", "photo.png", LIMIT))
    assert "unsupported file type" in refused.reason


# Invented Western European texts: a few accented letters among plain ones.
GERMAN = "Die Außenminister trafen sich in Zürich zu Gesprächen über Zölle und Grenzübergänge."
FRENCH_QUOTED = "Le ministre a déclaré: \u201cNous avons parlé de la frontière\u201d \u2013 rien de plus."


@pytest.mark.parametrize(
    ("data", "text", "note"),
    [
        (GERMAN.encode(), GERMAN, ""),
        ("\ufeff" + GERMAN, GERMAN, ""),  # the byte-order mark is dropped, nothing to note
        (GERMAN.encode("utf-16"), GERMAN, "decoded as UTF-16 (byte-order mark)"),
        (FRENCH_QUOTED.encode("cp1252"), FRENCH_QUOTED, "decoded as Windows-1252"),
        (GERMAN.encode("latin-1"), GERMAN, "decoded as Latin-1 (ISO-8859-1)"),
        (GERMAN.encode("utf-16-le"), GERMAN, "decoded as UTF-16 (no byte-order mark)"),
        (GERMAN.encode("utf-16-be"), GERMAN, "decoded as UTF-16 (no byte-order mark)"),
        (
            "Talks in Zürich".encode() + b" \xff",  # one UTF-8 letter, one stray byte: UTF-8 still
            "Talks in Zürich \ufffd",
            "decoded as UTF-8; 1 byte(s) that were not UTF-8 replaced by \ufffd",
        ),
        (
            GERMAN.encode() + b" \xe9t\xe9",  # one stray Latin-1 word pasted into UTF-8
            GERMAN + " \ufffdt\ufffd",
            "decoded as UTF-8; 2 byte(s) that were not UTF-8 replaced by \ufffd",
        ),
    ],
)
def test_text_is_decoded_by_one_rule_and_says_how(data, text, note):
    data = data.encode() if isinstance(data, str) else data
    assert decode(data) == Decoded(text, note)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x01\x02binary\x00" * 10, "looks like a binary file (it contains NUL bytes)"),
        (b"GIF89a\x01\x02\x03\x04\x05\x06\x07 text", "looks like a binary file (it contains control bytes)"),
        # Cyrillic in Windows-1251 would read as a run of accented Latin letters
        ("Министры иностранных дел встретились в Минске.".encode("cp1251"), "is not UTF-8 text"),
        ("外交部长在北京会谈。".encode("gbk"), "is not UTF-8 text"),
    ],
)
def test_binary_and_other_encodings_are_refused_with_a_reason(data, reason):
    with pytest.raises(InputError, match=re.escape(reason)):
        decode(data)
    refused = only(records_from_bytes(data, "odd.txt", LIMIT))
    assert isinstance(refused, Refused) and refused.reason.startswith(reason)


def test_a_record_notes_how_it_was_decoded():
    story = (
        "The foreign ministers of Chile and Peru met in Lima \u2013 \u201cfruitful\u201d talks, both said."
    )
    record = only(records_from_bytes(f"2021-03-04\n{story}\n".encode("cp1252"), "a.txt", LIMIT))
    assert (record.text, record.notes) == (story, ["decoded as Windows-1252"])
    line = json.dumps({"text": story}, ensure_ascii=False).encode("cp1252")
    record = only(records_from_bytes(line, "batch.jsonl", LIMIT))
    assert (record.text, record.notes) == (story, ["decoded as Windows-1252"])
    assert only(records_from_bytes(f"2021-03-04\n{story}\n".encode(), "a.txt", LIMIT)).notes == []


def test_html_page_drops_scripts_and_keeps_the_story():
    html = f"""<html><head><title>Border talks</title><script>alert('x')</script></head>
    <body><nav>Home | World</nav><article><h1>Border talks</h1><p>{STORY}</p>
    <p>Both sides agreed to meet again next month in Santiago.</p></article></body></html>"""
    record = only(records_from_bytes(html.encode(), "page.html", LIMIT))
    assert isinstance(record, ArticleRecord)
    assert "Lima" in record.text and "alert" not in record.text


@pytest.mark.parametrize(
    "heading",
    [
        "<h1>Border talks<script>alert(1)</script></h1>",
        "<h1>Border <SCRIPT type='text/javascript'>document.write('x')</SCRIPT>talks</h1>",
        "<h1>Border<style>h1 { color: red }</style> talks</h1>",
        "<h1>Border <script>var end = '</h1>';</script>talks</h1>",
        "<h1>Border <script><!--<script></script>--></script>talks</h1>",
        '<h1>Border<script type="application/ld+json">{"@type": "Thing"}</script> talks</h1>',
    ],
    ids=["script", "typed script", "style", "closing tag in a string", "escaped script", "json data"],
)
def test_an_html_title_leaves_out_scripts_and_styles(heading):
    html = f"<html><head></head><body><article>{heading}<p>{STORY}</p></article></body></html>"
    record = only(records_from_bytes(html.encode(), "page.html", LIMIT))
    assert record.title == "Border talks"
    assert record.text == f"Border talks\n{STORY}"


def test_an_html_pages_json_ld_still_gives_its_headline_and_date():
    declared = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Chile and Peru talk",
        "datePublished": "2021-03-04",
    }
    html = f"""<html><head></head><body><article><h1>Talks</h1><p>{STORY}</p></article>
    <script type="application/ld+json">{json.dumps(declared)}</script></body></html>"""
    record = only(records_from_bytes(html.encode(), "page.html", LIMIT))
    assert (record.title, record.page_date) == ("Chile and Peru talk", date(2021, 3, 4))


@pytest.mark.parametrize(
    ("declared", "page_date", "note"),
    [
        ("2021-03-04T10:00:00+02:00", date(2021, 3, 4), None),
        ("2021-02-31", None, "the page stamp '2021-02-31' is not used: no such day"),
    ],
)
def test_an_html_page_date_is_read_like_any_page_date(declared, page_date, note):
    html = f"""<html><head><meta property="article:published_time" content="{declared}"></head>
    <body><article><p>{STORY}</p></article></body></html>"""
    record = only(records_from_bytes(html.encode(), "page.html", LIMIT))
    assert record.page_date == page_date
    assert record.notes == ([note] if note else [])


@pytest.mark.parametrize(
    ("byline", "page_date"),
    [
        ("", None),  # a date in the text is an event's, not the page's
        ("<time datetime='2023-04-17'>17 April 2023</time>", date(2023, 4, 17)),
        ("<p class='date'>Published 17 April 2023</p>", date(2023, 4, 17)),
    ],
)
def test_an_html_page_is_dated_by_its_markup_not_by_a_date_in_its_text(byline, page_date):
    page = (
        f"<html><body><article>{byline}<p>Xi met Lula for talks in Beijing on 14 April 2023.</p>"
        "<p>Xi spoke by phone with Lula on Monday about trade between the two countries.</p>"
        "</article></body></html>"
    )
    assert only(records_from_bytes(page.encode(), "talks.html", LIMIT)).page_date == page_date


def test_html_without_text_is_refused():
    refused = only(records_from_bytes(b"<html><body><script>x()</script></body></html>", "e.html", LIMIT))
    assert isinstance(refused, Refused)


@pytest.mark.parametrize(
    "soup",
    ["<svg><!doctype html>", "<math><table><tr><td></html>", "<svg><!doctype html><p>Talks on Monday.</p>"],
)
def test_html_that_breaks_the_date_finder_is_refused_with_a_reason(soup):
    refused = only(records_from_bytes(soup.encode(), "soup.html", LIMIT))
    assert refused == Refused("soup.html", "the HTML page is too malformed to read")


def test_lone_surrogates_and_nuls_in_json_lines_and_feeds_become_storable_text():
    lines = '{"text": "' + STORY + ' \\ud800", "title": "A\\u0000"}\n{"text": "' + STORY + '"}\n'
    first, second = records_from_bytes(lines.encode(), "wire.jsonl", LIMIT)
    assert (first.text, first.title, second.text) == (STORY + " \ufffd", "A", STORY)
    feed = (
        "<rss><channel><title>Wire&#xD800;</title><item><title>B&#55296;</title>"
        f"<description>{STORY} &#xdfff;</description></item></channel></rss>"
    )
    entry = only(records_from_bytes(feed.encode(), "wire.rss", LIMIT))
    assert (entry.text, entry.title, entry.outlet) == (STORY + " \ufffd", "B\ufffd", "Wire\ufffd")


def test_json_lines_one_bad_line_keeps_the_others():
    lines = [
        json.dumps({"url": "https://example.org/a", "title": "A", "published": "2020-05-01", "text": STORY}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": STORY + " Again.", "published": "31/31/2020"}),
        json.dumps({"text": STORY + " Once more.", "published": 20200501}),
        json.dumps({"text": 42}),
        json.dumps({"text": STORY + " Later.", "url": "javascript:alert(1)"}),
    ]
    records = list(records_from_bytes("\n".join(lines).encode(), "batch.jsonl", LIMIT))
    good = [r for r in records if isinstance(r, ArticleRecord)]
    bad = {r.source_name: r.reason for r in records if isinstance(r, Refused)}
    assert [(r.url, r.page_date, r.page_stamp) for r in good] == [
        ("https://example.org/a", date(2020, 5, 1), ""),
        (None, None, "31/31/2020"),  # no such day: kept as given, the text dates the article
    ]
    assert "not valid JSON" in bad["batch.jsonl:2"]
    assert "needs 'text' or 'html'" in bad["batch.jsonl:3"]
    assert "'published' must be a date string, not int" in bad["batch.jsonl:5"]
    assert "'text' must be a string" in bad["batch.jsonl:6"]
    assert "'url' must start with" in bad["batch.jsonl:7"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"text": "unterminated', "not valid JSON (Unterminated string starting at line 1, column 10)"),
        (b'{"text": "a\tb"}', "not valid JSON (Invalid control character at line 1, column 12)"),
        (
            b"{not json",
            "not valid JSON (Expecting property name enclosed in double quotes at line 1, column 2)",
        ),
        (b'{"text": "x"} {}', "not valid JSON (Extra data at line 1, column 15)"),
    ],
)
def test_a_broken_json_line_gets_one_reason_from_a_file_and_from_an_upload(tmp_path, line, reason):
    """The command reads a file's lines with their newlines, the upload splits bytes: the same
    line is refused for the same reason, in words that say 'at' once."""
    for ending in (b"\n", b"\r\n"):
        data = line + ending + json.dumps({"text": STORY}).encode() + ending
        path = tmp_path / "batch.jsonl"
        path.write_bytes(data)
        from_file = list(records_from_path(path, LIMIT))
        from_upload = list(records_from_bytes(data, "batch.jsonl", LIMIT))
        assert from_file[0] == from_upload[0] == Refused("batch.jsonl:1", reason)
        assert [type(r) for r in from_file] == [type(r) for r in from_upload] == [Refused, ArticleRecord]
    assert only(records_from_bytes(line, "one.json", LIMIT)) == Refused("one.json", reason)  # a .json file


def test_deeply_nested_json_is_refused_not_crashed():
    deep = b'{"text": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    for name in ("deep.json", "deep.jsonl"):
        refused = only(records_from_bytes(deep, name, LIMIT))
        assert isinstance(refused, Refused) and "nested too deeply" in refused.reason


def test_json_document_list():
    data = json.dumps([{"text": STORY}, {"text": ""}])
    records = list(records_from_bytes(data.encode(), "two.json", LIMIT))
    assert isinstance(records[0], ArticleRecord)
    assert isinstance(records[1], Refused)


def test_feed_entries_and_a_malformed_one():
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Talks</title><link>https://example.org/talks</link>
      <pubDate>Tue, 03 Mar 2020 10:00:00 GMT</pubDate><description>{STORY}</description></item>
    <item><title>Empty</title><link>https://example.org/empty</link><description></description></item>
    <item><link>https://example.org/bare</link></item>
    </channel></rss>"""
    records = list(records_from_bytes(feed.encode(), "wire.rss", LIMIT))
    good = [r for r in records if isinstance(r, ArticleRecord)]
    assert [(r.url, r.outlet, r.page_date.isoformat()) for r in good] == [
        ("https://example.org/talks", "Wire", "2020-03-03")
    ]
    assert Refused("wire.rss#2", "entry 'Empty': no article text found in the feed entry") in records
    # an entry without a title is named by its place in the feed alone
    assert Refused("wire.rss#3", "no article text found in the feed entry") in records


def test_a_feed_whose_xml_breaks_says_where_and_that_later_entries_may_be_missing():
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Talks</title><link>https://example.org/talks</link><description>{STORY}</description></item>
<item><title>Two</b></title><description><![CDATA[never closed</description></item>
<item><title>Lost</title><link>https://example.org/lost</link><description>{STORY} Again.</description></item>
</channel></rss>"""
    records = list(records_from_bytes(feed.encode(), "wire.rss", LIMIT))
    assert [r.url for r in records if isinstance(r, ArticleRecord)] == ["https://example.org/talks"]
    assert records[-1] == Refused(
        "wire.rss",
        "the feed is malformed at line 3 (mismatched tag): entries after the 2 read there may be missing",
    )


def test_an_address_is_http_and_of_a_size_to_store_on_every_path():
    long_url = "https://example.org/" + "a" * 5000
    lines = [
        json.dumps({"text": STORY, "url": "HTTPS://EXAMPLE.ORG/A"}),
        json.dumps({"text": STORY + " Again.", "url": long_url}),
    ]
    records = list(records_from_bytes("\n".join(lines).encode(), "batch.jsonl", LIMIT))
    assert records[0].url == "HTTPS://EXAMPLE.ORG/A"
    assert records[1] == Refused("batch.jsonl:2", "'url' is longer than 2,000 characters")
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>A</title><link>javascript:alert(1)</link><description>{STORY}</description></item>
    <item><title>B</title><link>{long_url}</link><description>{STORY} Again.</description></item>
    </channel></rss>"""
    assert [r.url for r in records_from_bytes(feed.encode(), "wire.rss", LIMIT)] == [None, None]


def test_an_html_fragment_is_read_as_a_page():
    record = only(records_from_bytes(json.dumps({"html": f"<p>{STORY}</p>"}).encode(), "one.json", LIMIT))
    assert record.text == STORY


def test_a_feed_entry_without_text_says_so_of_the_feed_entry():
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Bare</title><link>https://example.org/bare</link></item>
    <item><title>Only markup</title><description>&lt;script&gt;x()&lt;/script&gt;</description></item>
    </channel></rss>"""
    assert list(records_from_bytes(feed.encode(), "wire.rss", LIMIT)) == [
        Refused("wire.rss#1", "entry 'Bare': no article text found in the feed entry"),
        Refused("wire.rss#2", "entry 'Only markup': no article text found in the feed entry"),
    ]


def test_a_feed_date_in_the_future_or_unreadable_is_not_used_and_noted():
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Ahead</title><link>https://example.org/ahead</link>
      <pubDate>Wed, 12 Mar 2031 10:00:00 GMT</pubDate><description>{STORY}</description></item>
    <item><title>Odd</title><link>https://example.org/odd</link>
      <pubDate>sometime soon</pubDate><description>{STORY} Again.</description></item>
    </channel></rss>"""
    ahead, odd = records_from_bytes(feed.encode(), "wire.rss", LIMIT)
    assert (ahead.page_date, ahead.page_stamp) == (None, "Wed, 12 Mar 2031 10:00:00 GMT")
    assert ahead.notes == [
        f"the page date 2031-03-12 is not used: it is later than the day the article came in ({TODAY})"
    ]
    assert (odd.page_date, odd.page_stamp) == (None, "sometime soon")
    assert odd.notes == ["the page stamp 'sometime soon' is not used: no date can be read from it"]


def test_not_a_feed():
    refused = only(records_from_bytes(b"<<<>>> garbage", "junk.xml", LIMIT))
    assert isinstance(refused, Refused)


def test_utf16_json_lines_keep_every_record_from_a_file_and_from_an_upload(tmp_path):
    data = "\n".join(json.dumps({"text": f"{STORY} ({n})"}) for n in range(3)).encode("utf-16")
    path = tmp_path / "batch.jsonl"
    path.write_bytes(data)
    from_file, from_upload = records_from_path(path, LIMIT), records_from_bytes(data, "batch.jsonl", LIMIT)
    for records in (list(from_file), list(from_upload)):
        assert [type(r) for r in records] == [ArticleRecord] * 3
        assert records[2].text.endswith("(2)")


def test_an_empty_json_lines_file_is_refused_as_empty(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n  \n")
    assert list(records_from_path(path, LIMIT)) == [Refused("batch.jsonl", "is empty")]
    assert list(records_from_bytes(b"", "batch.jsonl", LIMIT)) == [Refused("batch.jsonl", "is empty")]


def test_a_one_character_text_is_refused_in_the_singular():
    assert only(records_from_bytes(b"x", "one.txt", LIMIT)).reason == "text too short (1 character)"
