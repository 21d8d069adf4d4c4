"""Read articles from the forms they come in: corpus text files, HTML pages, JSON and
JSON lines records, RSS/Atom feeds. Plain Python: every path yields records or a clear
reason why an input was refused, never an exception for bad input.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import feedparser
import trafilatura
from charset_normalizer import from_bytes

from relations.extraction.pagedate import MAX_STAMP_CHARS, PageStamp, read_page_stamp, split_corpus_file
from relations.extraction.text import clean

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES
MIN_TEXT_CHARS = 20


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


@dataclass
class Refused:
    source_name: str
    reason: str


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 or UTF-16 with a BOM, UTF-8, else the most likely encoding.

    Binary data (NUL bytes outside UTF-16, or no plausible encoding) is refused.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise InputError("looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        guess = from_bytes(data[:65536]).best()
        if guess is None:
            raise InputError("could not tell the text encoding; save the file as UTF-8") from None
        return data.decode(guess.encoding, errors="replace")


def checked_text(text: str) -> str:
    text = clean(text).strip()
    if len(text) < MIN_TEXT_CHARS:
        raise InputError("has no article text" if not text else f"text too short ({len(text)} characters)")
    return text


def published_stamp(value) -> PageStamp | None:
    """A record's 'published', read like a page's date line; one that says no date (a typo, a
    time alone) is kept as given and costs the article nothing. Empty is None."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"'published' must be a date string, not {type(value).__name__}")
    return read_page_stamp(value) or PageStamp(value.strip()[:MAX_STAMP_CHARS])


def with_stamp(record: ArticleRecord, stamp: PageStamp) -> ArticleRecord:
    """The record dated by the stamp: its full date, else the stamp kept for its clues."""
    record.page_date = stamp.date
    record.page_stamp = "" if stamp.date else stamp.line
    return record


def headline(body: str) -> str:
    """A short first line without a full stop is the headline in most saved pages."""
    first = body.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 and not first.endswith((".", "!", "?", ":")) else ""


def record_from_corpus_text(content: str, source_name: str) -> ArticleRecord:
    """A text file whose first line is the date the page shows, then the text."""
    if not content.strip():
        raise InputError("is empty")
    stamp, body, _offset = split_corpus_file(content)
    text = checked_text(body)
    return with_stamp(ArticleRecord(text=text, source_name=source_name, title=headline(text)), stamp)


def record_from_html(content: str, source_name: str, url: str | None = None) -> ArticleRecord:
    """The main text and metadata of an HTML page; scripts, styles and boilerplate dropped."""
    if not content.strip():
        raise InputError("is empty")
    document = trafilatura.bare_extraction(content, url=url, with_metadata=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        raise InputError("no article text found in the HTML page")
    page_date = None
    if document.date:
        try:
            page_date = date.fromisoformat(document.date[:10])
        except ValueError:
            page_date = None
    return ArticleRecord(
        text=checked_text(document.text),
        source_name=source_name,
        title=(document.title or "")[:500],
        url=url or document.url or None,
        outlet=(document.sitename or "")[:200],
        page_date=page_date,
    )


def record_from_mapping(data, source_name: str) -> ArticleRecord:
    """A JSON object with text (or html), and optional url, title, published, outlet."""
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object, got {type(data).__name__}")
    for key in ("text", "html", "url", "title", "outlet"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f"'{key}' must be a string")
    url = (data.get("url") or "").strip() or None
    if url and not url.startswith(("http://", "https://")):
        raise InputError("'url' must start with http:// or https://")
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


def parse_json(content: str | bytes):
    """JSON, or an InputError that says where it breaks (or that it nests too deeply)."""
    try:
        return json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(
            f"not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from None
    except UnicodeDecodeError:
        raise InputError("not valid JSON (the body is not UTF-8 text)") from None
    except RecursionError:
        raise InputError("not valid JSON for an article (nested too deeply)") from None


def records_from_json_lines(
    lines: Iterator[bytes], source_name: str, max_bytes: int
) -> Iterator[ArticleRecord | Refused]:
    """One record per line, read as a stream: one bad line refuses that line only."""
    for number, raw in enumerate(lines, start=1):
        name = f"{source_name}:{number}"
        if not raw.strip():
            continue
        if len(raw) > max_bytes:
            yield Refused(name, f"record too large ({len(raw):,} bytes; the limit is {max_bytes:,})")
            continue
        try:
            yield record_from_mapping(parse_json(decode(raw)), name)
        except InputError as error:
            yield Refused(name, str(error))


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


def records_from_feed(content: bytes, source_name: str) -> Iterator[ArticleRecord | Refused]:
    """Entries of an RSS or Atom feed; an entry without text is refused on its own."""
    feed = feedparser.parse(content)
    if not feed.entries:
        reason = "not an RSS or Atom feed" if feed.bozo else "the feed has no entries"
        yield Refused(source_name, reason)
        return
    outlet = (feed.feed.get("title") or "")[:200]
    for index, entry in enumerate(feed.entries, start=1):
        name = f"{source_name}#{index}"
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        try:
            record = record_from_html(f"<html><body><article>{body}</article></body></html>", name)
        except InputError as error:
            yield Refused(name, f"entry {entry.get('title', '')!r}: {error}")
            continue
        record.url = entry.get("link") or None
        record.title = (entry.get("title") or "")[:500]
        record.outlet = outlet
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        record.page_date = date(*parsed[:3]) if parsed else None
        yield record


def records_from_bytes(data: bytes, name: str, max_bytes: int) -> Iterator[ArticleRecord | Refused]:
    """Dispatch on the file name's suffix; the whole content is in memory (uploads, small files)."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        yield Refused(name, f"unsupported file type '{suffix or name}' (use {', '.join(sorted(SUFFIXES))})")
        return
    if suffix in {".jsonl", ".ndjson"}:
        yield from records_from_json_lines(iter(data.splitlines()), name, max_bytes)
        return
    if len(data) > max_bytes:
        yield Refused(name, f"too large ({len(data):,} bytes; the limit is {max_bytes:,})")
        return
    if suffix in FEED_SUFFIXES:
        yield from records_from_feed(data, name)
        return
    try:
        content = decode(data)
        if suffix in JSON_SUFFIXES:
            yield from records_from_json_document(content, name)
        elif suffix in HTML_SUFFIXES:
            yield record_from_html(content, name)
        else:
            yield record_from_corpus_text(content, name)
    except InputError as error:
        yield Refused(name, str(error))


def records_from_path(path: Path, max_bytes: int) -> Iterator[ArticleRecord | Refused]:
    """A file on disk; JSON lines are streamed so a large batch never sits in memory."""
    if path.suffix.lower() in {".jsonl", ".ndjson"}:
        with path.open("rb") as stream:
            yield from records_from_json_lines(stream, path.name, max_bytes)
        return
    size = path.stat().st_size
    if size > max_bytes:
        yield Refused(path.name, f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        return
    yield from records_from_bytes(path.read_bytes(), path.name, max_bytes)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, and the supported files of directories (sorted, recursively)."""
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            files.append(path)
    return files
