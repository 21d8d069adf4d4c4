"""Read articles from the forms they come in: corpus text files, HTML pages, JSON and
JSON lines records, RSS/Atom feeds. Plain Python: every path yields records or a clear
reason why an input was refused, never an exception for bad input.
"""

import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO
from xml.sax import SAXParseException

import feedparser
import trafilatura

from relations.extraction.pagedate import (
    MAX_STAMP_CHARS,
    PageStamp,
    dated_stamp,
    page_stamp,
    split_corpus_file,
)
from relations.extraction.text import clean, sentences

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES
MIN_TEXT_CHARS = 20
TITLE_CHARS = 120  # a title made from the text: a headline's length
_TITLE_SCAN = 2000  # characters read for the first sentence


class InputError(ValueError):
    """Bad input, with a message meant for the person who sent it."""


@dataclass
class ArticleRecord:
    text: str
    source_name: str = ""
    title: str = ""
    url: str | None = None
    outlet: str = ""
    page_date: date | None = None
    page_stamp: str = ""  # the page's date as given when it is no full date: its clues still count
    notes: list[str] = field(default_factory=list)  # what was done to read it ("decoded as Windows-1252")


@dataclass
class Refused:
    source_name: str
    reason: str


@dataclass(frozen=True)
class Decoded:
    text: str
    note: str = ""  # what was done to bytes that were not plain UTF-8, e.g. "decoded as Windows-1252"


_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SAMPLE = 65536  # bytes looked at to tell binary from text
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")  # no text holds these (tab, newlines, form feed do)
_MAX_CONTROL_SHARE = 0.01
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_CP1252_RANGE = re.compile(rb"[\x80-\x9f]")  # printable in Windows-1252 (“ ” – € …), controls in Latin-1
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_MAX_ACCENTED_SHARE = 0.3  # of the letters: Western European text has a few accents, not mostly


def decode(data: bytes) -> Decoded:
    """Bytes to text by one rule: UTF-8 (a byte-order mark dropped), or UTF-16 with a byte-order
    mark; else Windows-1252 or Latin-1 when the bytes look like Western European text in it (a
    few accented letters among plain ones). Binary data (NUL or other control bytes) and other
    encodings are refused with a reason. The note says what was done when it was not plain UTF-8.
    """
    if data.startswith(_UTF16_BOMS):
        return Decoded(data.decode("utf-16", errors="replace"), "decoded as UTF-16 (byte-order mark)")
    data = data.removeprefix(_UTF8_BOM)
    sample = data[:_SAMPLE]
    unmarked = _utf16_order(sample)
    if unmarked:
        return Decoded(data.decode(unmarked, errors="replace"), "decoded as UTF-16 (no byte-order mark)")
    if b"\x00" in sample:
        raise InputError("looks like a binary file (it contains NUL bytes), not text")
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise InputError("looks like a binary file (it contains control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    sequences = _UTF8_SEQUENCE.findall(data)
    stray = len(_HIGH_BYTE.findall(data)) - sum(len(sequence) for sequence in sequences)
    if sequences and len(sequences) >= stray:  # UTF-8 with a few bytes of something else pasted in
        note = f"decoded as UTF-8; {stray} byte(s) that were not UTF-8 replaced by \ufffd"
        return Decoded(data.decode("utf-8", errors="replace"), note)
    if not _CP1252_UNDEFINED.search(data):
        text = data.decode("cp1252")
        letters = [c for c in text if c.isalpha()]
        accented = sum(1 for c in letters if not c.isascii())
        if accented <= _MAX_ACCENTED_SHARE * len(letters):
            encoding = "Windows-1252" if _CP1252_RANGE.search(data) else "Latin-1 (ISO-8859-1)"
            return Decoded(text, f"decoded as {encoding}")
    raise InputError(
        "is not UTF-8 text, nor Windows-1252 or Latin-1 (it looks like another encoding); save it as UTF-8"
    )


def _utf16_order(sample: bytes) -> str | None:
    """The byte order of UTF-16 text without a byte-order mark, told by its NULs: text of mostly
    Latin letters has one in every other byte, on the same side, and none on the other."""
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and not even.count(0):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and not odd.count(0):
        return "utf-16-be"
    return None


# Characters no database text column takes: NUL, and half of a UTF-16 pair, which a JSON "\ud800"
# escape or a feed's "&#xD800;" gives and which no UTF-8 encoder writes.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: str) -> str:
    """The string with NULs dropped and each lone surrogate replaced by U+FFFD, offsets aside."""
    return _UNSTORABLE.sub(lambda found: "" if found.group() == "\x00" else "\ufffd", value)


def checked_text(text: str) -> str:
    text = clean(text).strip()
    if len(text) < MIN_TEXT_CHARS:
        raise InputError(
            "has no article text"
            if not text
            else f"text too short ({len(text)} character{'s' * (len(text) > 1)})"
        )
    return text


def published_stamp(value) -> PageStamp | None:
    """A record's 'published', read like a page's date line; one that says no date (a typo, a
    time alone) is kept as given and costs the article nothing. Empty is None."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"'published' must be a date string, not {type(value).__name__}")
    return page_stamp(value)


def with_stamp(record: ArticleRecord, stamp: PageStamp) -> ArticleRecord:
    """The record dated by the stamp: its full date, else the stamp kept for its clues, and a note
    when its date is not used."""
    record.page_date = stamp.date
    record.page_stamp = "" if stamp.date else stamp.line
    if stamp.note:
        record.notes.append(stamp.note)
    return record


def title_from_text(text: str) -> str:
    """A title for an article that came without one: its first line, or the first sentence of it
    (a saved page's headline is its first line; a bare story's first sentence says what it is
    about), cut at a word to TITLE_CHARS. Never the file's name."""
    first = next((s.text for s in sentences(text[:_TITLE_SCAN]) if s.text.strip()), "")
    first = " ".join(first.split())
    if len(first) <= TITLE_CHARS:
        return first
    cut = first[: TITLE_CHARS - 1]
    if first[len(cut)] != " " and " " in cut:  # not at a word's end: back to the last one
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—-") + "…"


def record_from_corpus_text(content: str, source_name: str) -> ArticleRecord:
    """A text file whose first line is the date the page shows, then the text."""
    if not content.strip():
        raise InputError("is empty")
    stamp, body, _offset = split_corpus_file(content)
    text = checked_text(body)
    return with_stamp(ArticleRecord(text=text, source_name=source_name), stamp)


def record_from_html(
    content: str, source_name: str, url: str | None = None, where: str = "the HTML page"
) -> ArticleRecord:
    """The main text and metadata of an HTML page (or of the HTML `where` names, a feed entry's);
    scripts, styles and boilerplate dropped."""
    if not content.strip():
        raise InputError("is empty")
    page = trafilatura.load_html(content)  # None when it is no HTML document
    if page is None and "<" in content:  # a fragment ("<p>…</p>"), as a JSON record's html may be
        page = trafilatura.load_html(f"<html><body>{content}</body></html>")
    try:
        document = page is not None and trafilatura.bare_extraction(
            without_scripts(page),
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_PAGE_DATE_SEARCH,
        )
    except AssertionError:  # lxml's, when the date finder cleans some tag soup (an element with no parent)
        raise InputError(f"{where} is too malformed to read") from None
    if not document or not (document.text or "").strip():
        raise InputError(f"no article text found in {where}")
    record = ArticleRecord(
        text=checked_text(document.text),
        source_name=source_name,
        title=(document.title or "")[:500],
        url=url or found_url(document.url),
        outlet=(document.sitename or "")[:200],
    )
    declared = _declared_date(content)
    if declared:  # read by the one reader of page dates: "2021-02-31" is no day, not 1 February
        return with_stamp(record, page_stamp(declared))
    return with_stamp(record, page_stamp(document.date)) if document.date else record


# Where a page's own date is looked for: its markup (meta tags, <time>, a byline's date, the URL),
# the date it was first published before one it was updated. Not its text: "talks in Beijing on 14
# April" is an event's date, which the text's reading weighs as a clue among others.
_PAGE_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def without_scripts(page):
    """The parsed page without scripts and styles, which are no text: a headline's `<script>` is
    no part of the title. JSON data blocks (JSON-LD, where pages declare a headline and a date)
    are kept, moved to the page's end, out of any heading."""
    for element in page.xpath(".//script | .//style"):
        element.drop_tree()  # the text after it stays where it was
        if "json" in (element.get("type") or "").lower():
            element.tail = None
            page.append(element)
    return page


# Where pages declare their publication date; trafilatura finds others, but turns a date it cannot
# read into one it can ("2021-02-31" into 1 February, "2021-02" into a day of February).
_DATE_META = frozenset(
    {"article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
     "dc.date.issued", "dcterms.created", "dcterms.issued", "og:published_time"}
)  # fmt: skip


class _DateMeta(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = ""

    def handle_starttag(self, tag, attrs):
        if self.found or tag != "meta":
            return
        attributes = {name: value or "" for name, value in attrs}
        names = {attributes.get(key, "").lower() for key in ("name", "property", "itemprop")}
        if names & _DATE_META and attributes.get("content", "").strip():
            self.found = attributes["content"].strip()[:MAX_STAMP_CHARS]


def _declared_date(content: str) -> str:
    """The publication date a page's meta tags declare, as written."""
    head = content[: content.lower().find("</head>") + 1 or _HEAD_CHARS][:_HEAD_CHARS]
    parser = _DateMeta()
    parser.feed(head)
    return parser.found


_HEAD_CHARS = 200_000  # a page's head, where meta tags stand; hostile pages stay bounded


URL_MAX_CHARS = 2000  # an article's address, as stored


def checked_url(url: str | None) -> str | None:
    """An article's address as given (the API, JSON): http or https, at most URL_MAX_CHARS."""
    url = (url or "").strip() or None
    if url and not url.lower().startswith(("http://", "https://")):
        raise InputError("'url' must start with http:// or https://")
    if url and len(url) > URL_MAX_CHARS:
        raise InputError(f"'url' is longer than {URL_MAX_CHARS:,} characters")
    return url


def found_url(url: str | None) -> str | None:
    """An address a page or feed names for itself, kept only when `checked_url` would take it
    (a feed's `javascript:` link or a 5,000-character one is no address to store)."""
    try:
        return checked_url(url)
    except InputError:
        return None


def record_from_mapping(data, source_name: str) -> ArticleRecord:
    """A JSON object with text (or html), and optional url, title, published, outlet."""
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object, got {type(data).__name__}")
    data = {key: storable(value) if isinstance(value, str) else value for key, value in data.items()}
    fields = ("text", "html", "url", "title", "outlet")
    not_strings = [key for key in fields if data.get(key) is not None and not isinstance(data[key], str)]
    if not_strings:  # every one named, not only the first
        names = " and ".join(f"'{key}'" for key in not_strings)
        raise InputError(f"{names} must be {'a string' if len(not_strings) == 1 else 'strings'}")
    url = checked_url(data.get("url"))
    if data.get("text"):
        record = ArticleRecord(text=checked_text(data["text"]), source_name=source_name)
    elif data.get("html"):
        record = record_from_html(data["html"], source_name, url=url)
    else:
        raise InputError("needs 'text' or 'html'")
    record.url = url or record.url
    record.title = (data.get("title") or record.title or "").strip()[:500]
    record.outlet = (data.get("outlet") or record.outlet or "").strip()[:200]
    stamp = published_stamp(data.get("published"))
    return with_stamp(record, stamp) if stamp else record


def record_from_json_bytes(raw: bytes, source_name: str) -> ArticleRecord:
    """One JSON record as bytes (an API request's body, a line of JSON lines), decoded by the rule."""
    decoded = decode(raw)
    return noted(record_from_mapping(parse_json(decoded.text), source_name), decoded.note)


def noted(record: ArticleRecord, note: str) -> ArticleRecord:
    if note:
        record.notes.insert(0, note)  # how it was read comes before what was read
    return record


def parse_json(content: str):
    """JSON, or an InputError that says where it breaks (or that it nests too deeply)."""
    try:
        return json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(json_error_message(error)) from None
    except RecursionError:
        raise InputError("not valid JSON for an article (nested too deeply)") from None


def json_error_message(error: json.JSONDecodeError) -> str:
    """Where JSON breaks, in json's words: 'not valid JSON (Unterminated string starting at line
    1, column 10)'. Some of its messages end in 'at', the place they point to: said once."""
    return f"not valid JSON ({error.msg.removesuffix(' at')} at line {error.lineno}, column {error.colno})"


def records_from_json_lines(
    lines: Iterator[bytes], source_name: str, max_bytes: int
) -> Iterator[ArticleRecord | Refused]:
    """One record per line, read as a stream: one bad line refuses that line only. Lines end at
    newlines ("\\n", or "\\r\\n"), which are not part of the record, whether the lines come from a
    file (`manage.py ingest`) or from bytes (the upload)."""
    empty = True
    for number, line in enumerate(lines, start=1):
        name = f"{source_name}:{number}"
        raw = line.rstrip(b"\r\n")
        if not raw.strip():
            continue
        empty = False
        if len(raw) > max_bytes:
            yield Refused(name, f"record too large ({len(raw):,} bytes; the limit is {max_bytes:,})")
            continue
        try:
            yield record_from_json_bytes(raw, name)
        except InputError as error:
            yield Refused(name, str(error))
    if empty:
        yield Refused(source_name, "is empty")


def lines_of(stream: BinaryIO) -> Iterator[bytes]:
    """A JSON-lines stream's lines as UTF-8 bytes: a UTF-16 file (with its byte-order mark) is
    decoded as it is read, since its newlines are two bytes wide."""
    head = stream.read(2)
    stream.seek(0)
    if head not in _UTF16_BOMS:
        yield from stream
        return
    for line in io.TextIOWrapper(stream, encoding="utf-16", errors="replace", newline=""):
        yield line.encode("utf-8")


def records_from_json_document(content: str, source_name: str) -> Iterator[ArticleRecord | Refused]:
    """A .json file: one object, or a list of objects."""
    try:
        data = parse_json(content)
    except InputError as error:
        yield Refused(source_name, str(error))
        return
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items, start=1):
        name = source_name if len(items) == 1 else f"{source_name}[{index}]"
        try:
            yield record_from_mapping(item, name)
        except InputError as error:
            yield Refused(name, str(error))


FEED_ENTRY = "the feed entry"
_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def _storable_reference(found: re.Match) -> bytes:
    """A character reference to half a UTF-16 pair ("&#xD800;", on which feedparser's own reader
    fails) as one to U+FFFD; any other as it is."""
    code = int(found.group(1), 16) if found.group(1) else int(found.group(2))
    return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF else found.group()


def records_from_feed(content: bytes, source_name: str) -> Iterator[ArticleRecord | Refused]:
    """Entries of an RSS or Atom feed; an entry without text is refused on its own."""
    feed = feedparser.parse(_CHARACTER_REFERENCE.sub(_storable_reference, content))
    if not feed.entries:
        reason = "not an RSS or Atom feed" if feed.bozo else "the feed has no entries"
        yield Refused(source_name, reason)
        return
    outlet = storable(feed.feed.get("title") or "")[:200]
    for index, entry in enumerate(feed.entries, start=1):
        name = f"{source_name}#{index}"
        body = storable(entry.get("content", [{}])[0].get("value") or entry.get("summary") or "")
        try:
            if not body.strip():
                raise InputError(f"no article text found in {FEED_ENTRY}")
            page = f"<html><body><article>{body}</article></body></html>"
            record = record_from_html(page, name, where=FEED_ENTRY)
        except InputError as error:
            title = storable(entry.get("title") or "")
            # an untitled entry is named by its place in the feed ("wire.rss#3") alone
            yield Refused(name, f"entry {title!r}: {error}" if title.strip() else str(error))
            continue
        record.url = found_url(storable(entry.get("link") or ""))
        record.title = storable(entry.get("title") or "")[:500]
        record.outlet = outlet
        # dict.get: feedparser would answer a missing 'updated' with 'published', and warn
        given = (dict.get(entry, "published") or dict.get(entry, "updated") or "").strip()[:MAX_STAMP_CHARS]
        parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
        if parsed:  # feedparser reads the feeds' date formats, and gives the day in UTC
            yield with_stamp(record, dated_stamp(given, date(*parsed[:3])))
        else:
            yield with_stamp(record, page_stamp(given)) if given else record
    broken = feed.get("bozo_exception")
    if isinstance(broken, SAXParseException):  # feedparser stops reading where the XML breaks
        yield Refused(
            source_name,
            f"the feed is malformed at line {broken.getLineNumber()} ({broken.getMessage()}): entries "
            f"after the {len(feed.entries)} read there may be missing",
        )


def records_from_bytes(data: bytes, name: str, max_bytes: int) -> Iterator[ArticleRecord | Refused]:
    """Dispatch on the file name's suffix; the whole content is in memory (uploads, small files)."""
    if not supported(Path(name)):
        yield Refused(name, unsupported_reason(Path(name)))
        return
    suffix = Path(name).suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        yield from records_from_json_lines(lines_of(io.BytesIO(data)), name, max_bytes)  # as a file is read
        return
    if len(data) > max_bytes:
        yield Refused(name, f"too large ({len(data):,} bytes; the limit is {max_bytes:,})")
        return
    if suffix in FEED_SUFFIXES:
        yield from records_from_feed(data, name)
        return
    try:
        decoded = decode(data)
        if suffix in JSON_SUFFIXES:
            records = records_from_json_document(decoded.text, name)
        elif suffix in HTML_SUFFIXES:
            records = [record_from_html(decoded.text, name)]
        else:
            records = [record_from_corpus_text(decoded.text, name)]
        for record in records:
            yield noted(record, decoded.note) if isinstance(record, ArticleRecord) else record
    except InputError as error:
        yield Refused(name, str(error))


def records_from_path(path: Path, max_bytes: int) -> Iterator[ArticleRecord | Refused]:
    """A file on disk; JSON lines are streamed so a large batch never sits in memory."""
    if path.suffix.lower() in {".jsonl", ".ndjson"}:
        with path.open("rb") as stream:
            yield from records_from_json_lines(lines_of(stream), path.name, max_bytes)
        return
    size = path.stat().st_size
    if size > max_bytes:
        yield Refused(path.name, f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        return
    yield from records_from_bytes(path.read_bytes(), path.name, max_bytes)


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def unsupported_reason(path: Path) -> str:
    return f"unsupported file type '{path.suffix.lower() or path.name}' (use {', '.join(sorted(SUFFIXES))})"


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files as given, and the supported files of directories (sorted, recursively); then the
    directories' other files, each with why it is skipped. A file named on its own is never
    skipped: one of a type not read is refused with that reason."""
    files, skipped = [], []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        for found in sorted(p for p in path.rglob("*") if p.is_file()):
            if supported(found):
                files.append(found)
            else:
                skipped.append((found, unsupported_reason(found)))
    return files, skipped
