"""Clean text and split it into sentences that keep their character offsets."""

import re
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
# line break not followed by a lowercase letter (a hard-wrapped line goes on).
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s)|\n(?![ \t]*[a-z])""")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_ALNUM = re.compile(r"[^\W_]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
    if len(token) == 1 and token.isalpha():  # an initial: "J. Smith"
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
