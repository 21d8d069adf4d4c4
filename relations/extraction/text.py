"""Clean text, split it into sentences that keep their character offsets, and match patterns ignoring
case (fast on text that folds like ASCII)."""

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sgt",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpl",
        "pvt",
        "adm",
        "gov",
        "sen",
        "rep",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "ltd",
        "corp",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
        "approx",
        "est",
        "dept",
        "univ",
        "mt",
        "ft",
    ]
)

# A sentence ends at . ! ? (optionally followed by closing quotes or brackets), or at a
# line break not followed by a lowercase letter (a hard-wrapped line goes on). Written to begin
# with one character class, which lets the scan skip to those characters fast.
_BOUNDARY = re.compile(r"""[.!?\n](?:(?<=[.!?])[.!?]*["'”’)\]]*(?=\s)|(?<=\n)(?![ \t]*[a-z]))""")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def lower_keeping_offsets(text: str) -> str:
    """`text` in lower case, every character at its offset (str.lower() turns "İ" into two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def folds_like_ascii(text: str) -> bool:
    """Whether a pattern written in lower case matches `text` ignoring case exactly where it matches
    text.lower() case-sensitively: every letter is ASCII and no other character has case (Unicode
    case folding has exceptions, such as "ſ" matching "s")."""
    return text.isascii() or all(c.lower() == c == c.upper() for c in _NON_ASCII.findall(text))


class Caseless:
    """A pattern written in lower case, matched ignoring case. Given `lowered`, the text's lower case
    when folds_like_ascii(text) (else None), it runs case-sensitively on that: the same matches, at
    the same offsets, several times faster than with IGNORECASE (their groups read the lower case)."""

    def __init__(self, pattern: str):
        self.ignoring_case = re.compile(pattern, re.IGNORECASE)
        self.on_lower_case = re.compile(pattern)

    def search(self, text: str, lowered: str | None, pos: int = 0, endpos: int = sys.maxsize):
        if lowered is None:
            return self.ignoring_case.search(text, pos, endpos)
        return self.on_lower_case.search(lowered, pos, endpos)

    def match(self, text: str, lowered: str | None, pos: int = 0, endpos: int = sys.maxsize):
        if lowered is None:
            return self.ignoring_case.match(text, pos, endpos)
        return self.on_lower_case.match(lowered, pos, endpos)

    def finditer(self, text: str, lowered: str | None, pos: int = 0, endpos: int = sys.maxsize):
        if lowered is None:
            return self.ignoring_case.finditer(text, pos, endpos)
        return self.on_lower_case.finditer(lowered, pos, endpos)


def clean(text: str) -> str:
    """Normalise Unicode (NFC) and drop control characters, keeping newlines and tabs."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


def _ends_sentence(text: str, dot: int) -> bool:
    """False when the full stop at `dot` belongs to an abbreviation or an initial."""
    if text[dot] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not word:
        return True
    token = word.group(1).lower().rstrip(".")
    if token in ABBREVIATIONS:
        return False
    if _INITIALS.fullmatch(token):  # an initial or initials: "J. Smith", "N.P. Saud"
        return False
    following = text[dot + 1 : dot + 3].lstrip()
    return not (following[:1].islower() or following[:1].isdigit())


def sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; offsets index into `text` itself."""
    return list(_split(text))


@lru_cache(maxsize=8)
def _split(text: str) -> tuple[Sentence, ...]:
    """The sentences of `text` (cached: the time expressions and the engine split the same text)."""
    result = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if not match.group().startswith("\n") and not _ends_sentence(text, match.start()):
            continue
        _append(result, text, start, match.end())
        start = match.end()
    _append(result, text, start, len(text))
    return tuple(result)


def _append(result: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    if not _ALNUM.search(chunk):
        return  # punctuation and blanks only: nothing a sentence could tell
    stripped = chunk.strip()
    offset = start + (len(chunk) - len(chunk.lstrip()))
    result.append(Sentence(offset, offset + len(stripped), stripped))


# A wire dateline opening the lead: "VILNIUS, Jan 16 (Baltic Wire) - ", "Nairobi (Reuters) - ",
# "BEIJING, April 23 (Xinhua) -- ", "ABU DHABI, 5th June, 2025 (WAM) -- ".
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][\w.'’ -]{1,40}?(?:,\s*[A-Z](?:[^\W\d_]|[.'’ -]){1,30}?)?)"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})(?:,\s*\d{4})?)?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:--|[-–—:])\s+"
)


def dateline(sentence: str, bare: bool = False) -> re.Match | None:
    """A wire dateline that opens the sentence (with a date or an agency, or with `bare` a place in
    capitals alone, "LIMA — "): its end is where the sentence proper begins, its group "place" the
    city (and state) it was filed from."""
    found = _DATELINE.match(sentence)
    if found is None:
        return None
    return found if re.search(r"\d|\(", found.group()) or (bare and found.group("place").isupper()) else None
