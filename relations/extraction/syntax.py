"""Who does what to whom in a sentence, read from its dependency parse.

The parse comes from a spaCy pipeline (tagger, parser, lemmatizer) that the project trains on the
Universal Dependencies English Web Treebank and ships in `parser/model` (`make model` retrains it).
It is loaded once per process; only sentences that hold a trigger and two states are parsed, an
article's in one batch (`Parses`), none longer than MAX_TOKENS and no more than a budget, so hostile
input stays bounded. Multi-word names are cut to their last word before parsing. A token's lemma
is made when the rules ask for it (`lemma_of`), from the tree the lemmatizer chose.

For a trigger, `frame` finds its predicate (the verb, or the noun of "held talks", "a phone call",
"Putin's visit") and `Frame.role` says how a name attaches to it: the one who acts (subject, agent
of a passive, "X's visit", the understood subject of "Speaking to X, Y said"), the counterpart
(object, "with"/"to" oblique, a conjunct of either), the venue ("in Brussels", "on the sidelines of
a summit in Brussels"), the topic ("on Syria", "discussed the situation in Gaza"), part of another
story ("days after a row with France"), or None when the parse does not attach it to the trigger.
`Frame.modality` reads planned, changed (postponed, cancelled), denied or unreal from auxiliaries,
governing verbs, negation and conditionals; `Frame.governs` whether a date belongs to the
trigger's clause.
"""

import bisect
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from .lexicon import is_past, is_present_plural, is_present_singular
from .text import dateline
from .timex import MONTHS, WEEKDAYS

MODEL = Path(__file__).with_name("parser") / "model"
MAX_TOKENS = 120  # longer "sentences" are lists or runs of text, not a reporter's clause
# Half of a UTF-16 pair, which no UTF-8 string store takes: replaced one for one, offsets kept.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class ParserUnavailable(RuntimeError):
    """The shipped parser is missing or unreadable: the engine cannot run without it."""


@cache
def load():
    """The shipped pipeline, loaded once per process. Its layers multiply with numpy's BLAS rather
    than thinc's default BLIS: the same parses at half the CPU time on these small matrices."""
    try:
        import spacy
        from thinc.api import use_ops

        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(MODEL)
    except Exception as error:  # a missing directory, a corrupt or foreign file
        raise ParserUnavailable(
            f"The sentence parser in {MODEL} cannot be loaded ({type(error).__name__}: {error}). "
            "Reinstall the project or rebuild it with `make model`."
        ) from error
    _learn_treebank_words(nlp)
    return nlp


def _learn_treebank_words(nlp) -> None:
    """Tokenize the words of the treebank the parser was trained on once, outside any article's
    memory zone, so that their lexemes and the tokenizer's splits are kept. Inside the zone the
    tokenizer caches nothing and makes every word anew (its attributes are computed in Python): that
    was a tenth of an article's CPU time. About 27,000 words, 0.6 s at load and 2 MB, and the same
    tokens: a cached split is the split the tokenizer would make. One word a call: the tokenizer
    caches nothing more of a text once a special case ("Apr.") was met in it."""
    words = [string for string in nlp.vocab.strings if string.isalpha()]
    nlp.tokenizer.max_cache_size += len(words)  # the room spaCy leaves for other callers stays
    for word in words:
        nlp.tokenizer(word)


@contextmanager
def forgetting_new_words():
    """Words the pipeline first meets while reading one article are forgotten after it (spaCy's
    memory zone): a worker that reads tens of thousands of articles keeps a flat vocabulary. No
    parse may be used after the block."""
    with load().memory_zone():
        yield


@cache
def _blas():
    """The BLAS libraries the loaded pipeline multiplies with. A parse keeps them to one thread:
    the engine runs one process per core, and a second thread only spins against the other
    process (it doubled the CPU time per article on two cores)."""
    from threadpoolctl import ThreadpoolController

    load()
    return ThreadpoolController()


@dataclass(frozen=True)
class Parse:
    """A sentence's parse, made with each multi-word name cut to its last word ("Russian President
    Vladimir Putin met ..." is parsed as "Putin met ..."): a parser trained on web text reads long
    titles poorly, and the name's inside matters only to the name finder. `shifts` maps the
    sentence's characters onto the parsed text's (rare words are replaced too: see `_PARSED_AS`)."""

    doc: object
    shifts: tuple  # (start, end, parsed start, parsed end) of each cut name or word, in order

    @cached_property
    def _edges(self) -> tuple[list[int], list[int]]:
        """Where each token starts and ends, read once: a span's tokens are then found by bisection,
        not by a pass over the sentence for every name, date and trigger."""
        return [t.idx for t in self.doc], [t.idx + len(t) for t in self.doc]

    def tokens(self, start: int, end: int) -> range:
        """The indices of the tokens that overlap characters start..end of the sentence."""
        first, last = self.span(start, end)
        starts, ends = self._edges
        return range(bisect.bisect_right(ends, first), bisect.bisect_left(starts, last))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Characters start..end of the sentence, in the parsed text (a span that holds a cut name
        and more, "summoned Burkina Faso's ambassador", keeps the more)."""
        return self._position(start, True), self._position(end, False)

    def _position(self, offset: int, starts: bool) -> int:
        delta = 0
        for cut_start, cut_end, parsed_start, parsed_end in self.shifts:
            if starts and cut_start <= offset < cut_end:
                return parsed_start
            if not starts and cut_start < offset <= cut_end:
                return parsed_end
            if cut_end <= offset:
                delta += (cut_end - cut_start) - (parsed_end - parsed_start)
        return offset - delta

    def source_span(self, token) -> tuple[int, int]:
        """The sentence's characters of a token of the parsed text (outside any cut name)."""
        start, delta = token.idx, 0
        for cut_start, cut_end, parsed_start, parsed_end in self.shifts:
            if parsed_start <= start < parsed_end:
                return cut_start, cut_end
            if parsed_end <= start:
                delta += (cut_end - cut_start) - (parsed_end - parsed_start)
        return start + delta, start + delta + len(token)


class Parses:
    """The parses of one article's sentences, keyed by sentence and names. The network reads a
    batch of sentences several times faster than one sentence at a time, so the engine asks for
    the sentences it may need first (`prefetch`). At most `budget` are parsed: a text of thousands
    of sentences that each name two states (a list, a dump, an attack) is read by the rules alone
    past that."""

    def __init__(self, budget: int):
        self.left = budget
        self.done: dict[tuple, Parse | None] = {}

    def prefetch(self, wanted) -> None:
        """Parse these (sentence, names) pairs in one batch, as far as the budget allows."""
        todo = [key for key in dict.fromkeys(_key(*item) for item in wanted) if key not in self.done]
        todo = todo[: max(self.left, 0)]
        self.left -= len(todo)
        nlp = load()
        cut = [_cut(sentence, names) for sentence, names in todo]
        docs = [nlp.make_doc(text) for text, _shifts in cut]
        fit = [doc for doc in docs if 0 < len(doc) <= MAX_TOKENS]
        with _blas().limit(limits=1, user_api="blas"):
            piped = nlp.pipe(fit, batch_size=_BATCH, disable=[_LEMMATIZER])
            parsed = dict(zip(map(id, fit), piped, strict=True))
            _choose_lemmas(nlp, fit)
        for key, doc, (_text, shifts) in zip(todo, docs, cut, strict=True):
            if id(doc) not in parsed:
                self.done[key] = None
                continue
            self.done[key] = done = Parse(parsed[id(doc)], shifts)
            _mend_a_name_read_as_a_verb(done, *key)
            _mend_a_sentence_read_as_a_noun_phrase(done.doc)
            _mend_to_before_a_finite_verb(done.doc)
            _mend_a_restrictive_clause_on_a_name(done.doc)
            _mend_a_time_clause_read_as_a_phrase(done.doc)
            _mend_what_follows_a_time_clause(done.doc)
            _mend_a_subject_read_into_an_opening_phrase(done.doc)
            _mend_a_callee_read_as_a_complement(done.doc)
            _mend_what_one_is_told_of(done.doc)

    def get(self, sentence: str, names=()) -> Parse | None:
        """The sentence's parse with `names` (character spans) cut to their last word; None when it
        is too long to be a clause or the budget is spent."""
        key = _key(sentence, names)
        if key not in self.done:
            self.prefetch([key])
        return self.done.get(key)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


_NAME_THAT = re.compile(r"\b[A-Z][\w'’-]* that\b")


def _mend_a_name_read_as_a_verb(parsed: "Parse", sentence: str, names) -> None:
    """A name is no verb: the parser reads "his second visit to Uganda this year" as "to [go]
    Uganda this year", an infinitive with an object. "To" is the name's preposition, and what the
    parser hung on the name is its governor's."""
    doc = parsed.doc
    for start, end in names:
        if sentence[max(0, start - 3) : start] != "to ":
            continue  # only a name right after "to" is read so
        span = parsed.tokens(start, end)
        if not span:
            continue
        name = doc[span[-1]]
        mark = doc[name.i - 1] if name.i else None
        if not name.tag_.startswith("VB") or mark is None or mark.lower_ != "to" or mark.head.i != name.i:
            continue
        governor = name if name.head.i == name.i else name.head
        if governor is name:
            continue
        nominal = governor.tag_.startswith("NN")
        for child in list(name.children):
            if child.i != mark.i and child.i not in span:
                child.head = governor
                if child.dep_ == "obj":
                    child.dep_ = "nmod:unmarked" if nominal else "obl:unmarked"
                elif child.dep_ == "obl" and nominal:
                    child.dep_ = "nmod"
        name.tag_, name.pos_, name.dep_ = "NNP", "PROPN", "nmod" if nominal else "obl"
        mark.dep_, mark.tag_ = "case", "IN"


def _mend_a_sentence_read_as_a_noun_phrase(doc) -> None:
    """A sentence is no noun phrase: "Kenyan troops clashed with Ugandan soldiers on Monday." read
    as "Kenyan troops [that] clashed ..." leaves it without a verb (and the clash a plan). The noun
    is the subject of the past verb right after it."""
    if len(doc) < 4 or doc[-1].text != ".":
        return  # a headline or a caption may be a noun phrase
    root = next((t for t in doc if t.head.i == t.i), None)
    if root is None or not root.tag_.startswith("NN") or root.i + 1 >= len(doc):
        return
    verb = doc[root.i + 1]
    if verb.head.i != root.i or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return
    if any(c.dep_.startswith("aux") for c in verb.children):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb  # "on Monday", the full stop: the verb's


def _mend_to_before_a_finite_verb(doc) -> None:
    """Undo a reading the treebank's parser makes of news about rarer places: "the visit to Uganda
    was called off" as "the visit [to Uganda was called off]", an infinitive "to" whose clause has a
    subject and a finite auxiliary, which English never has. The name is the noun's, after "to", and
    the noun is the verb's subject."""
    for mark in doc:
        if mark.dep_ != "mark" or mark.lower_ != "to":
            continue
        verb = mark.head
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        finite = any(c.dep_ in ("aux", "aux:pass") and c.tag_ in _FINITE for c in children)
        noun = verb.head
        if (
            subject is None
            or not finite
            or verb.dep_ not in ("acl", "acl:relcl", "advcl")
            or not noun.tag_.startswith("NN")
            or not noun.i < mark.i < subject.i < verb.i
            or any(doc[i].head.i != subject.i for i in range(mark.i + 1, subject.i))
        ):
            continue
        verb.head, verb.dep_ = (verb if noun.head.i == noun.i else noun.head), noun.dep_
        noun.head, noun.dep_ = verb, "nsubj:pass" if subject.dep_ == "nsubj:pass" else "nsubj"
        subject.head, subject.dep_ = noun, "nmod"
        mark.head, mark.dep_ = subject, "case"


def _mend_a_restrictive_clause_on_a_name(doc) -> None:
    """A name needs no restricting: in "a visit to La Paz that had been scheduled for Thursday",
    the "that" clause is the visit's, not the city's. The parser hangs it on the nearer name."""
    if not _NAME_THAT.search(doc.text):
        return
    for clause in doc:
        name = clause.head
        if (
            clause.dep_ == "acl:relcl"
            and name.tag_ == "NNP"
            and name.dep_ == "nmod"
            and name.head.tag_.startswith("NN")
            and any(c.lower_ == "that" and c.i == name.i + 1 for c in clause.children)
        ):
            clause.head = name.head


def _mend_a_time_clause_read_as_a_phrase(doc) -> None:
    """A finite verb is no complement nor reduced relative: "removed them after Santiago complained"
    read as "after Santiago" and a verb of its own, or as a Santiago that complained, and "a protest
    after a Chinese plane violated its airspace" as a relative clause of the protest. The word of
    time opens a clause, and the noun after it is the clause's subject."""
    if not _TIME_MARK_WORD.search(doc.text):
        return
    finite = [t for t in doc if t.tag_ in ("VBD", "VBZ", "VBP")]
    for verb in finite:
        if verb.i == 0:
            continue
        noun = doc[verb.i - 1]
        marks = [c for c in noun.children if c.dep_ == "case" and c.lower_ in _TIME_MARKS]
        # "after Santiago" beside a verb "complained", or a Santiago that "complained"
        beside = verb.dep_ in ("xcomp", "dep") and verb.head.i == noun.head.i
        inside = verb.dep_ == "acl" and verb.head.i == noun.i
        if not (beside or inside) or not noun.dep_.startswith("obl") or not marks:
            continue
        verb.head, verb.dep_ = noun.head, "advcl"
        noun.head, noun.dep_ = verb, "nsubj"
        marks[0].head, marks[0].dep_ = verb, "mark"
    for verb in finite:  # "a protest after a Chinese plane violated its airspace", read as a relative clause
        if verb.dep_ != "acl:relcl":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        marks = [c for s in subjects[:1] for c in s.children if c.dep_ == "case" and c.lower_ in _TIME_MARKS]
        if not marks:
            continue
        governor = verb.head
        while governor.head.i != governor.i and not governor.tag_.startswith("VB"):
            governor = governor.head
        verb.head, verb.dep_ = governor, "advcl"
        marks[0].head, marks[0].dep_ = verb, "mark"


def _mend_a_callee_read_as_a_complement(doc) -> None:
    """One noun after "called" is whom was called: "called his Ugandan counterpart on Monday" is
    read as calling someone untold "his counterpart" (a complement, as in "called the move a
    mistake"), which needs an object before it."""
    for noun in doc:
        verb = noun.head
        if (
            noun.dep_ == "xcomp"
            and noun.tag_.startswith("NN")
            and verb.tag_.startswith("VB")
            and lemma_of(verb).lower() == "call"
            and not any(c.dep_ == "obj" for c in verb.children)
        ):
            noun.dep_ = "obj"


def _mend_what_one_is_told_of(doc) -> None:
    """What a verb of telling tells its object of is the verb's: in "informed his counterpart of his
    visit to Vilnius" the parser hangs the visit on the counterpart, who would be its visitor."""
    for noun in doc:
        told = noun.head
        if (
            noun.dep_ == "nmod"
            and _case(noun) in ("of", "about", "on")
            and told.dep_ in ("obj", "iobj")
            and lemma_of(told.head).lower() in _TELLING
        ):
            noun.head, noun.dep_ = told.head, "obl"


def _mend_what_follows_a_time_clause(doc) -> None:
    """A phrase right after a clause or phrase of time that ends the sentence is its: in "the
    expulsions come weeks after Ndayishimiye paid a visit in April", April is the visit's, and in
    "..., after a round of talks in Almaty last week" last week is the talks'. The parser hangs it
    on the main verb."""
    if not _TIME_MARK_WORD.search(doc.text):
        return
    for token in doc:
        verb = token.head
        if not token.dep_.startswith("obl") or not verb.tag_.startswith("VB") or verb.i > token.i:
            continue
        clause = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("advcl", "obl")
                and verb.i < c.i < token.i
                and c.right_edge.i + 1 == token.left_edge.i
                and any(m.dep_ in ("mark", "case") and m.lower_ in _TIME_MARKS for m in c.children)
            ),
            None,
        )
        if clause is not None:
            token.head = clause


def _mend_a_subject_read_into_an_opening_phrase(doc) -> None:
    """An opening phrase ends at its comma: in "Ahead of the summit in Brasilia, Argentina and Brazil
    signed a deal" the parser hangs "Argentina and Brazil" on Brasilia, and in "Following talks in
    Hanoi on Monday, Vietnam and Laos signed ..." it makes the talks the subject. When the main verb
    after the comma has no subject there, the first noun after the comma that the parser hung
    before it is that subject, and what the phrase held as subject is a circumstance."""
    comma = next((t.i for t in doc if t.text == ","), None)
    if comma is None or comma == 0 or doc[0].tag_ not in ("IN", "VBG", "RB"):
        return  # "Holness and his counterpart, Keith Rowley, met": an apposition, no opening phrase
    root = next((t for t in doc[comma + 1 :] if t.head.i == t.i and t.tag_.startswith("VB")), None)
    if root is None or any(c.dep_.startswith("nsubj") and c.i > comma for c in root.children):
        return
    strays = [t for t in doc[comma + 1 : root.i] if t.head.i < comma]
    if not strays or not strays[0].tag_.startswith(("NN", "PRP")) or strays[0].dep_ not in ("conj", "appos"):
        return
    subject, hung_on = strays[0], strays[0].head
    for opener in [c for c in root.children if c.dep_.startswith("nsubj")]:
        opener.dep_ = "obl"  # "following talks in Hanoi"
        if doc[0].head.i == opener.i:
            doc[0].dep_ = "case"
    subject.head, subject.dep_ = root, "nsubj"
    for token in strays[1:]:
        if token.head.i == hung_on.i and token.dep_ == "conj":
            token.head = subject


def parse(sentence: str, names=()) -> Parse | None:
    """One sentence's parse (see Parses.get)."""
    return Parses(1).get(sentence, names)


def _key(sentence: str, names) -> tuple:
    return sentence, tuple(sorted(set(names)))


_BATCH = 32  # sentences the pipeline reads at once
_LEMMATIZER = "trainable_lemmatizer"


def _choose_lemmas(nlp, docs: list) -> None:
    """Keep with each doc the edit tree the lemmatizer chooses for each of its tokens; `lemma_of`
    applies one when the reading asks. The reading asks for a few lemmas a sentence, and making
    every token's lemma took a twentieth of an article's CPU time. The batches are those nlp.pipe
    gives the lemmatizer, so the scores are the numbers it computes."""
    lemmatizer = nlp.get_pipe(_LEMMATIZER)
    labels = lemmatizer.cfg["labels"]
    for start in range(0, len(docs), _BATCH):
        batch = docs[start : start + _BATCH]
        for doc, scores in zip(batch, lemmatizer.model.predict(batch), strict=True):
            trees = [labels[index] for index in scores.argmax(axis=1).tolist()]
            doc.user_data[_LEMMATIZER] = lemmatizer.trees, trees


def lemma_of(token) -> str:
    """The token's lemma, as the lemmatizer would set it: its chosen edit tree applied to the text,
    or the text itself when that tree does not fit (the pipeline's backoff, "orth")."""
    trees, chosen = token.doc.user_data[_LEMMATIZER]
    lemma = trees.apply(chosen[token.i], token.text)
    return token.text if lemma is None else lemma


# Words the treebank hardly holds, parsed as a common word that plays the same part ("amid" was read
# as a noun or an adjective, and the name after it as a side or a clause of its own).
_PARSED_AS = {"amid": "during", "amidst": "during", "whilst": "while", "amongst": "among"}
_RARE_WORD = re.compile(r"\b(?:" + "|".join(_PARSED_AS) + r")\b", re.IGNORECASE)


def _cut(sentence: str, names) -> tuple[str, tuple]:
    """The sentence with each multi-word name cut to its last word, each rare word replaced by
    its common form and a wire dateline left out (it is no part of the sentence's syntax), and
    where the cuts are."""
    edits = [
        (start, end, sentence[start:end].rsplit(None, 1)[-1] if sentence[start:end].strip() else None)
        for start, end in names
    ]
    edits += [(m.start(), m.end(), _PARSED_AS[m.group().lower()]) for m in _RARE_WORD.finditer(sentence)]
    opening = dateline(sentence)
    if opening:
        edits.append((0, opening.end(), ""))
    pieces, shifts, position, length = [], [], 0, 0
    for start, end, kept in sorted(edits, key=lambda edit: (edit[0], -edit[1])):
        if start < position or kept is None or kept == sentence[start:end]:
            continue
        pieces.append(sentence[position:start])
        length += start - position
        shifts.append((start, end, length, length + len(kept)))
        pieces.append(kept)
        length += len(kept)
        position = end
    pieces.append(sentence[position:])
    return _LONE_SURROGATE.sub("\ufffd", "".join(pieces)), tuple(shifts)


AGENT, COUNTERPART, VENUE, TOPIC, OTHER = "agent", "counterpart", "venue", "topic", "other"

# Prepositions and what a name after them is to the predicate.
_CASE_ROLES = {
    **dict.fromkeys(("with", "to", "between", "from", "against", "toward", "towards", "by"), COUNTERPART),
    **dict.fromkeys(("in", "at", "near", "inside", "outside", "around", "off", "within", "across"), VENUE),
    **dict.fromkeys(("on", "about", "over", "regarding", "concerning", "including", "for", "through"), TOPIC),
}
# What is said or done, which one calls something but never calls up: "called the move a reward".
_NOT_CALLED = frozenset(
    {"remark", "comment", "statement", "decision", "move", "step", "measure", "ban", "closure", "claim",
     "accusation", "allegation", "policy", "plan", "proposal", "deal", "agreement", "attack", "strike",
     "vote", "law", "report", "election", "sanction"}
)  # fmt: skip
# A preposition after which an event noun is what a verb is about ("protested over the killing"),
# not an event the verb carries.
_OF_A_TOPIC = frozenset({"over"})
# Verbs whose object is told of something ("informed his counterpart of his visit"): not its party.
_TELLING = frozenset({"inform", "tell", "brief", "update", "notify", "apprise", "remind", "assure"})
# Verbs of setting out, after which "for" names the destination ("left for Quito", "set off for").
_DEPARTING = frozenset({"leave", "depart", "head", "set"})
# Verbs whose object is what is talked about, not a partner.
_TALK_VERBS = frozenset({"discuss", "talk", "negotiate", "address", "review", "raise", "debate", "consider"})
# Participles that tell an agreement done: "a deal reached in March", "the accord signed in 2019".
_CONCLUDED = frozenset({"reach", "sign", "strike", "conclude", "seal", "ink", "agree", "adopt", "broker"})
# What others said, and the words that call it untrue: "reports that ... were false".
_HEARSAY = frozenset({"report", "claim", "rumour", "rumor", "allegation", "suggestion", "speculation"})
_FALSE = frozenset({"false", "untrue", "baseless", "unfounded", "groundless", "fake", "incorrect", "wrong"})
# Verbs that make their object something: "declared X persona non grata".
_DECLARING = frozenset({"declare", "name", "make", "appoint", "designate", "proclaim"})
# Nouns of a journey's further course ("on his way to Kigali", "en route to Cairo").
_ONWARD = frozenset({"way", "route"})
# Nouns after which a name is the subject matter: "the situation in Gaza", "the war in Ukraine".
_TOPIC_NOUNS = frozenset(
    {"situation", "crisis", "war", "conflict", "issue", "question", "future", "sovereignty", "security",
     "settlement", "reconstruction", "independence", "integrity", "peace", "status", "fate", "problem",
     "development", "developments", "matter", "program", "programme"}
)  # fmt: skip
# What is said of an event that may or may not come: "talks were possible", "a meeting is unlikely".
_POSSIBLE = frozenset(
    {"possible", "likely", "unlikely", "impossible", "probable", "conceivable", "unthinkable"}
)
# Words after which "with" names a friend of the one acting ("in solidarity with", "stands with").
_ALLYING = frozenset({"solidarity", "sympathy", "alliance", "stand", "side"})
_MODALS = frozenset({"will", "shall", "may", "might", "could", "would", "can", "should", "'ll"})
# A modal of obligation: what a side "must" do is asked of it, no plan of its own.
_OBLIGED = frozenset({"must"})
# Modals that make what a clause says of its subject a supposition: "a clash would be a disaster".
_SUPPOSING = frozenset({"would", "could", "might"})
# Governing verbs that make the trigger a plan: "plans to visit", "is expected to arrive".
_PLAN_VERBS = frozenset(
    {"plan", "expect", "intend", "hope", "want", "wish", "aim", "prepare", "agree", "decide", "schedule",
     "set", "due", "likely", "go", "propose", "offer", "seek", "try", "promise", "pledge", "invite",
     "ask", "arrange", "slate", "consider", "mull", "eager", "keen", "ready", "willing", "accept", "poise"}
)  # fmt: skip
# Governors that make it unreal: "avoid clashes", "ruled out talks", "denied meeting".
_UNREAL_VERBS = frozenset(
    {"avoid", "prevent", "foil", "thwart", "deny", "rule", "refuse", "decline", "reject", "fail", "forbid",
     "stop", "ban", "oppose", "preclude", "dismiss", "unlikely", "skip", "snub", "boycott", "shun"}
)  # fmt: skip
# Nouns of events that can be planned, as the object of a plan verb.
_EVENTS = frozenset(
    {"visit", "meeting", "talk", "talks", "summit", "call", "trip", "tour", "conference", "negotiation",
     "consultation", "session", "round", "dialogue", "agreement", "deal", "treaty", "ceremony", "ceasefire",
     "truce", "accord", "pact", "peace"}
)  # fmt: skip
# Events that are documents: one suspended was in force, no plan called off ("suspended the
# friendship treaty"; "cancelled a deal due to be signed in April" was a plan).
_DOCUMENTS = frozenset({"agreement", "deal", "treaty", "accord", "pact", "ceasefire", "truce"})
# Nouns that count a trigger's occurrences: "a round of talks", "a series of meetings".
_ROUNDS = frozenset({"round", "series", "set", "cycle"})
# Adjectives on a trigger noun that make it a plan: "the planned visit", "a possible meeting".
_PLAN_ADJECTIVES = frozenset(
    {"planned", "upcoming", "proposed", "possible", "scheduled", "next", "future", "expected",
     "forthcoming", "potential", "prospective", "likely"}
)  # fmt: skip
# Verbs that ask for what they govern ("called for a ceasefire", "working towards a deal"): it has
# not happened, and asking is no plan of the sides.
_DEMAND_VERBS = frozenset({"call", "demand", "seek", "press", "push", "appeal", "lobby", "work", "strive"})
_SOUGHT = frozenset({"for", "towards", "toward"})
# Nouns of what may come: "for fear of sanctions", "the risk of a clash".
_FEARED = frozenset({"fear", "risk", "danger", "spectre", "specter", "prospect", "possibility", "threat"})
# Verbs that ask another to do what they govern: "urged Iraq to cooperate".
_ASKING = frozenset({"urge", "demand", "appeal", "press", "exhort", "implore", "ask", "request"})
# Verbs that name what their object is: "called the deal an attack".
_NAMING = frozenset({"call", "term", "brand", "label", "dub"})
# Verbs that say what something is "as": "described the sanctions as an act of war".
_CHARACTERISING = frozenset(
    {"describe", "brand", "label", "denounce", "condemn", "characterise", "characterize", "see", "view",
     "regard", "portray", "depict", "dismiss", "criticise", "criticize", "treat", "consider"}
)  # fmt: skip
# Measures that fall on a state: "a ban on X", "duties on X's goods".
_MEASURES = frozenset(
    {"duty", "tariff", "levy", "tax", "ban", "embargo", "sanction", "restriction", "quota", "curb", "control"}
)
_NEGATIONS = frozenset({"not", "never", "n't", "no", "without"})
# Prepositions that make a gathering the occasion of something else: "during the summit".
_OCCASIONS = frozenset({"during", "at", "amid", "ahead", "before", "after", "since", "following"})
# Parts of a visit or a meeting during which something else is done: "on the last day of his visit".
_PARTS_OF_AN_OCCASION = frozenset(
    {"day", "end", "close", "conclusion", "start", "beginning", "sideline", "margin"}
)
# Nouns of a conversation at a distance, in which something is agreed or said.
_REMOTE = frozenset({"call", "conversation", "link", "conference"})
# Adverbs that make a sentence tell a habit, not an event.
_HABITUAL = frozenset(
    {"traditionally", "customarily", "usually", "typically", "normally", "habitually", "regularly",
     "routinely", "frequently", "often", "rarely", "seldom"}
)  # fmt: skip
# Adverbs that make a perfect tell what went on or recurred until now: "has long asked".
# (The habitual adverbs above leave no event in any tense.)
_RECURRING = frozenset({"long", "repeatedly"})
_SPANS = frozenset({"week", "month", "year", "decade", "century"})  # "for years", "for more than a decade"
# Nouns a date is "of" that name a time, not a thing: "the first half of 2023", "the early hours of Monday".
_PARTS_OF_TIME = _SPANS | frozenset(
    {"half", "quarter", "end", "beginning", "start", "middle", "part", "hour", "day", "night", "morning",
     "evening", "afternoon", "spring", "summer", "autumn", "fall", "winter", "weekend"}
)  # fmt: skip
# A body of two states: "the binational commission", "a joint committee".
_BODIES = frozenset({"commission", "committee", "council", "group", "mechanism", "panel", "body", "forum"})
# Nouns that count out an event of a series: "the next round of talks", "a session of the commission".
_ROUNDS = frozenset({"round", "session", "series"})
_JOINT = frozenset({"joint", "binational", "bilateral", "intergovernmental", "mixed"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
# Governors that change a plan: "postponed the visit", "the meeting was called off".
_CHANGER_REACH = 4  # governors between a plan and the verb that changed it ("decided to postpone the visit")
_CHANGED = {
    **dict.fromkeys(("postpone", "delay", "defer", "reschedule", "push", "put"), "postponed"),
    **dict.fromkeys(("cancel", "scrap", "call", "abandon", "drop", "shelve", "suspend"), "cancelled"),
}
# Verbs that change a plan only with a particle: "called off", "put off", "put back".
_CHANGED_WITH = {"call": ("off",), "put": ("off", "back")}
# Verbs that report: "..., his office said on Thursday" dates the news it reports.
_REPORTING = frozenset({"say", "tell", "announce", "report", "state", "add", "confirm", "write", "note"})
# Verbs that give words: what their clause says is a statement made, not one to come.
_SAYING = _REPORTING | frozenset({"warn", "insist", "reply", "respond", "declare", "stress", "vow"})
# Prepositions of circumstance (a name after them is part of another story) and of a report's
# source ("according to the US government").
CIRCUMSTANCES = frozenset(
    {"after", "before", "during", "despite", "amid", "amidst", "since", "following", "until", "unlike",
     "like", "besides", "except", "ahead", "according"}
)  # fmt: skip
# Verbs and nouns of keeping or breaking a standing agreement ("violated the trade agreement").
_KEEPING_OR_BREAKING = frozenset(
    {"violate", "breach", "break", "flout", "honour", "honor", "respect", "uphold"}
)
_BREACHES = frozenset({"violation", "breach", "infringement"})
# Links up which a governor's modality reaches the trigger.
_GOVERNED = frozenset({"xcomp", "obj", "ccomp", "nsubj:pass", "advcl", "acl"})
# Verbs that make a measure or a document: "a ban it introduced in October 2015".
_MAKING = frozenset({"introduce", "impose", "sign", "adopt", "file", "conclude", "enact", "issue", "reach"})
# Feelings whose "by" names their cause, not an agent: "concerned by Pakistan's decision" (the
# lemmatizer leaves the adjectives as they are).
_FEELINGS = frozenset(
    {"concern", "worry", "disappoint", "dismay", "outrage", "appal", "appall", "alarm", "anger", "shock"}
    | {"concerned", "worried", "disappointed", "dismayed", "outraged", "appalled", "alarmed", "angered"}
)
# Words that open a clause of another moment.
# Triggers that name who acts, not what was done ("troops", "warships").
_DOERS = frozenset(
    {"troop", "troops", "soldier", "soldiers", "warship", "warships", "drone", "drones", "jet", "jets",
     "warplane", "warplanes"}
)  # fmt: skip
# What strikes or hits without anyone acting.
_FORCES_OF_NATURE = frozenset(
    {"earthquake", "quake", "tremor", "aftershock", "storm", "cyclone", "typhoon", "hurricane", "tornado",
     "flood", "flooding", "tsunami", "landslide", "mudslide", "avalanche", "drought", "wildfire",
     "heatwave", "lightning", "disaster", "pandemic", "epidemic", "outbreak"}
)  # fmt: skip
# Verbs whose object is an event before or after another: a date on the object is that event's.
_SEQUENCE = frozenset({"follow", "precede"})
# Words that count a noun's times within a period: "his first visit this year" (a scope, not a date).
_COUNTING = frozenset({"first", "second", "third", "fourth", "fifth", "only"})
_TIME_MARKS = frozenset({"since", "after", "before", "when", "while", "until", "once", "as"})
_TIME_MARK_WORD = re.compile(r"\b(?:" + "|".join(_TIME_MARKS) + r")\b", re.IGNORECASE)
# Links that open a clause of its own.
_CLAUSES = frozenset({"advcl", "ccomp", "acl:relcl", "acl", "advcl:relcl", "parataxis", "conj", "csubj"})
# Clause links through which a predicate without a subject of its own takes its governor's.
_LENDING = frozenset({"xcomp", "advcl", "conj", "acl", "ccomp", "parataxis"})
# Links from a trigger up to the relative clause that holds it ("which leads a group seeking a truce").
_INSIDE_A_CLAUSE = frozenset({"xcomp", "obj", "acl", "nmod", "obl", "nsubj:pass"})
_RELATIVE_REACH = 5
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
_RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
# Verbs that say an event came about: denied, a plan fell through ("the visit never happened").
_HAPPENING = frozenset({"happen", "occur", "materialise", "materialize", "proceed"})
_RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose"})
_HOSTING = frozenset({"host", "receive", "welcome"})
_GATHERINGS = frozenset({"summit", "conference", "forum", "assembly"})
_SITTINGS = frozenset({"meeting", "session"})  # a bloc's only when it is "of" the bloc
_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)  # names a parser may hang a second object on
HAPPENED, PLANNED, NEGATED = "happened", "planned", "negated"
CHANGED_PLANS = frozenset(_CHANGED.values())


@dataclass(frozen=True)
class Frame:
    """A trigger's predicate in a parsed sentence: the tokens that take its arguments."""

    parsed: Parse
    heads: tuple  # the trigger's head token, and the light verb that carries its arguments
    lenders: tuple  # governing predicates that lend it only their subject ("agreed to meet")
    roles: dict = field(default_factory=dict, compare=False, repr=False)  # (start, end) -> role

    def role(self, start: int, end: int) -> str | None:
        """What the name at characters start..end is to the predicate (AGENT, COUNTERPART, VENUE,
        TOPIC, or OTHER), or None when the parse does not attach it to this predicate. Kept: the
        mention's sides, its location and its event's participants ask it of the same names."""
        if (start, end) not in self.roles:
            self.roles[start, end] = self._role(start, end)
        return self.roles[start, end]

    def in_relative_clause(self, start: int, end: int) -> bool:
        """Whether the name at start..end lies in a relative clause the trigger is not in ("a meeting
        of the council, which last met in Baku in 2022": Baku was the last one's venue)."""
        token = _span_head(self.parsed, start, end)
        own = {t.i for t in self.heads}
        while token is not None and token.i not in own and token.head.i != token.i:
            if token.dep_ == "acl:relcl":
                return token.head.i not in own  # not "talks, which were held in Baku"
            token = token.head
        return False

    def _role(self, start: int, end: int) -> str | None:
        token = _span_head(self.parsed, start, end)
        if token is None:
            return None
        if self._outside_its_relative_clause(token):
            if self._told_by_pronoun(token):
                return AGENT
            return COUNTERPART if self._done_to_what_it_did(token) else OTHER
        antecedent = self._antecedent()
        if antecedent is not None and antecedent[0].left_edge.i <= token.i <= antecedent[0].i:
            return antecedent[1]  # "Ghana's ministry, which summoned the envoy": Ghana summoned
        heads = {t.i for t in self.heads}
        lenders = {t.i for t in self.lenders}
        role = None
        for _step in range(len(self.parsed.doc)):
            dep, case, head = token.dep_, _case(token), token.head
            if head.i == token.i or _is_clause(token):
                return None  # the name belongs to another clause
            if dep == "appos" and role == VENUE:
                role = OTHER  # "with Muttaqi, the minister of the administration in Kabul": where he serves
            if head.i in lenders and case == "with" and lemma_of(head).lower() in _ALLYING:
                return OTHER  # "says the kingdom stands with the UAE and urges Iran to ...": a friend
            if head.i in lenders:  # "Israeli and French jets struck": the jets' states act
                modifies = head.tag_.startswith("NN") and dep in ("amod", "compound", "nmod:poss")
                return AGENT if (dep in ("nsubj", "nsubj:pass") or modifies) and role is None else None
            if head.i in heads and dep == "advmod" and token.tag_ == "NNP" and role is None:
                return COUNTERPART  # "visited Uganda on Monday": a name the parser took for an adverb
            if head.i in heads:
                if dep in ("obj", "iobj") and self._told_of():
                    return OTHER  # "informed his counterpart of his visit to Vilnius": no visitor
                return _attachment(dep, case, head, role)
            if _gapped_remnant(token, heads):
                return COUNTERPART  # "visited Uganda on Monday and Rwanda on Tuesday": a second object
            if role is None and case == "with" and _talked_of(head) and head.head.i in heads:
                return COUNTERPART  # "discussed the attack with X": the parse hung X on the topic
            if head.tag_.startswith(("VB", "MD")):
                return None  # an argument of another predicate
            if role is None and _counted_clause_subject(token, heads):
                return AGENT  # "a day after the Japanese coast guard seized ...", parsed as "a day" seizing
            if dep in ("nmod", "obl") and case in CIRCUMSTANCES:
                role = OTHER  # "a call with X during tensions with France": another story
            elif dep == "nmod" and case == "on" and lemma_of(head).lower() in _MEASURES:
                role = role or COUNTERPART  # "lifted its ban on Togolese poultry": whom the ban hits
            elif dep in ("nmod", "obl") and case in _CASE_ROLES:
                outer = _CASE_ROLES[case]  # "a summit in Brussels", "the minister to Iran"
                if role is None or (role == COUNTERPART and outer in (TOPIC, VENUE)):
                    role = outer  # "about contacts between X and Y": a topic, whoever is inside
            if lemma_of(head).lower() in _TOPIC_NOUNS:
                role = TOPIC  # "the situation in Gaza": what is talked about, wherever it lies
            elif lemma_of(head).lower() in _ONWARD and case == "to":
                role = OTHER  # "stopped in Kampala on his way to Kigali": where the journey goes next
            elif lemma_of(head).lower() in _ALLYING and case == "with":
                role = OTHER  # "closed the border in solidarity with Azerbaijan": a friend, not a side
            token = head
        return None

    def _told_of(self) -> bool:
        """Whether the trigger is what a verb of telling tells its object of ("briefed X on his trip")."""
        if len(self.heads) < 2:
            return False
        told, verb = self.heads[-2], self.heads[-1]
        return (
            told.dep_ == "obl" and _case(told) in ("of", "about", "on") and lemma_of(verb).lower() in _TELLING
        )

    def _antecedent(self) -> tuple | None:
        """The noun a relative pronoun subject of the trigger's clause stands for, and its role:
        the agent of "which summoned", the counterpart of "who was received"."""
        clause = (self.lenders or self.heads)[-1]
        if clause.dep_ != "acl:relcl":
            return None
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubj:pass") and child.lower_ in _RELATIVE_PRONOUNS:
                return clause.head, AGENT if child.dep_ == "nsubj" else COUNTERPART
        return None

    def _outside_its_relative_clause(self, token) -> bool:
        """Whether the trigger lies in a relative clause and the name outside both that clause and
        the noun it describes ("X, whose government leads talks seeking a truce in Sudan, met Y": Y
        is not a side of the truce)."""
        clause = (self.lenders or self.heads)[-1]
        for _step in range(_RELATIVE_REACH):
            if clause.dep_ == "acl:relcl":
                described = clause.head
                if _joint_body(described):
                    return False  # "the binational commission, which last met in 2017": both states met
                if any(c.dep_ == "cop" for c in described.head.children):
                    described = described.head  # "X was one of the states that cut ties": X too
                return not described.left_edge.i <= token.i <= described.right_edge.i
            if clause.dep_ not in _INSIDE_A_CLAUSE or clause.head.i == clause.i:
                return False
            clause = clause.head
        return False

    def _told_by_pronoun(self, token) -> bool:
        """Whether the trigger's relative clause has a pronoun subject standing for the sentence's
        subject `token` ("China has yet to resume imports of Japanese seafood, which it suspended in
        August 2023": China suspended them)."""
        clause = (self.lenders or self.heads)[-1]
        if clause.dep_ != "acl:relcl" or token.dep_ != "nsubj":
            return False
        pronoun = any(c.dep_ == "nsubj" and c.lower_ in _SUBJECT_PRONOUNS for c in clause.children)
        return pronoun and any(ancestor.i == token.head.i for ancestor in clause.ancestors)

    def _done_to_what_it_did(self, token) -> bool:
        """Whether the trigger's relative clause acts on what the sentence's subject `token` did
        ("Venezuela responded by issuing a decree, which Guyana rejected as illegal": Guyana
        rejected Venezuela's decree)."""
        clause = (self.lenders or self.heads)[-1]
        if clause.dep_ != "acl:relcl" or token.dep_ != "nsubj":
            return False
        relative = any(c.dep_ == "obj" and c.lower_ in _RELATIVE_PRONOUNS for c in clause.children)
        return relative and any(ancestor.i == token.head.i for ancestor in clause.ancestors)

    def governs(self, start: int, end: int) -> bool | None:
        """Whether the expression at start..end (a date) belongs to the trigger's clause: False when
        the parse puts it in a clause of its own ("since he took office on 27 October") or in the
        planning of the trigger's event ("in April, he proposed to meet soon"), None when the parse
        does not reach the trigger."""
        token = _span_head(self.parsed, start, end)
        own = {t.i for t in self.heads} | {t.i for t in self.lenders} | self._occasion_of()
        clause = self.heads[-1]
        planning = clause.head.i if _planned_complement(clause) else None
        if (
            token is not None
            and token.dep_ == "nmod"
            and _case(token) == "of"
            and token.head.tag_.startswith("NN")
            and token.head.i not in own
            and lemma_of(token.head).lower() not in _PARTS_OF_TIME
        ):
            return False  # "wants an apology for the atrocities of 1971": the atrocities' year
        # the clause that holds an occasion ("a year after they agreed [...] during Ruto's visit")
        if _scope_of_a_count(token):
            return False  # "during Fico's first visit to Budapest this year": the year counts, not dates
        subordinate = _subordinate_clause_of(self.heads[-1]) if self.held_at() else None
        for _step in range(len(self.parsed.doc)):
            if token is None:
                return None
            if subordinate is not None and token.head.i == subordinate.i:
                return True  # "a year after they agreed [...] during Ruto's visit in May 2023": the visit's
            if token.head.i == token.i:  # the date is the main clause's; the trigger is not in it
                return False if _infinitive_of_a_noun(self.heads[0]) else None
            if token.dep_ in ("acl", "acl:relcl") and token.head.i == self.heads[0].i:
                return True  # "missiles that landed in August", "talks held on Monday": the event itself
            if token.dep_ in _CLAUSES and any(c.dep_.startswith("nsubj") for c in token.children):
                return False if _tells_another_moment(token) or _said_of_another(token) else None
            if token.dep_ in ("advcl", "acl") and any(
                c.dep_ == "mark" and c.lower_ == "since" for c in token.children
            ):
                return False  # "his first visit since becoming minister in 2012": the becoming's date
            if _planned_complement(token) and token.i not in own:
                return False  # "signed a deal and agreed to meet in June": June is the meeting's
            if token.head.i == planning:
                return False  # "in April, Biden proposed to meet soon": April is the proposal's
            if token.dep_ == "conj" and _modal(token) and not _modal(token.head):
                return False  # "was signed on Tuesday and will take effect in January": the taking effect's
            if _of_what_was_followed(token, own):
                return False  # "the deal follows a meeting in Rabat in December": the meeting's
            if token.head.i in own:
                return True
            token = token.head
        return None

    def _occasion_of(self) -> set[int]:
        """The noun that carries the trigger, and the predicate of which the trigger is the occasion
        ("agreed to restore air links during Maduro's visit to Brasilia in May 2023": the visit's May)."""
        host = self.heads[0].head
        if host.tag_.startswith("NN") and host.dep_ == "obj":
            host = host.head  # "to sign the treaty at a meeting in Bishkek next month"
        occasion = self.held_at() and host.tag_.startswith("VB")
        return _carrying_noun(self.heads[0]) | ({host.i} if occasion else set())

    def dates_itself(self, start: int, end: int) -> bool:
        """Whether the expression at start..end hangs on the trigger's own predicate, not on a verb
        that only lends it a subject ("lodged a protest on Monday and summoned the ambassador on
        Wednesday": Wednesday is the summons'), nor a moment it is told from ("talks with Putin,
        five days before the September 17 election")."""
        token = _span_head(self.parsed, start, end)
        heads = {t.i for t in self.heads if t is self.heads[0] or lemma_of(t).lower() not in _CHANGED}
        heads |= self._occasion_of()
        for _step in range(len(self.parsed.doc)):
            if token is not None and _of_what_was_followed(token, heads):
                return False  # "the talks followed a telephone conversation last Thursday"
            if _describes(token, self.heads[0]):
                return True  # "the talks, which begin on Monday": the clause tells the talks' own time
            if token is None or token.head.i == token.i or _is_clause(token) or _case(token) in _TIME_MARKS:
                return False  # ... and "the visit was postponed on Monday": Monday is the postponing's
            if token.head.i in heads:
                return True
            token = token.head
        return False

    def joined_dates(self, first: tuple[int, int], other: tuple[int, int]) -> bool:
        """Whether the date at `other` is coordinated with the one at `first` ("fought border wars
        in April 2021 and September 2022"): the trigger happened at each; not the ends of a span
        ("between March and June")."""
        date, joined = _span_head(self.parsed, *first), _span_head(self.parsed, *other)
        return (
            date is not None
            and joined is not None
            and joined.dep_ == "conj"
            and joined.head.i == date.i
            and _case(date) not in ("between", "from")
        )

    def told_as_when_of(self, start: int, end: int) -> bool:
        """Whether the trigger's clause is a "when" clause of the date at start..end ("since August
        2019, when Pakistan expelled ..."): that date is the event's, whatever governs the date."""
        date = self.parsed.tokens(start, end)
        clause = self.heads[-1]
        if clause.dep_ in ("acl:relcl", "advcl:relcl", "acl") and clause.head.i in date:
            return True
        when = [c.i for c in clause.children if c.lower_ == "when"]  # or read as the clause's adverb
        return bool(date and when and when[0] - date[-1] in (1, 2) and when[0] < clause.i)

    def within_the_time_of(self, start: int, end: int) -> bool:
        """Whether the date at start..end qualifies the trigger's clause or a clause that holds it
        ("were strained last year, when Chile deployed troops in February": last year's February),
        not a clause beside it ("the deal, signed last year, was extended in February")."""
        token = _span_head(self.parsed, start, end)
        if token is None or not token.dep_.startswith("obl") or _case(token) == "since":
            return False  # "their 1974 agreement", "the first since 2016" qualify no clause
        holder, governor = self.heads[-1], token.head
        for _step in range(len(self.parsed.doc)):
            if holder.i == governor.i:
                return True
            if holder.head.i == holder.i:
                return False
            holder = holder.head
        return False

    def told_of_a_place(self) -> bool:
        """Whether the trigger's clause tells what happened where the sentence's first event took
        someone ("flew to Brazil on Monday for a summit, where she met Boric"): at its time."""
        clause = self.heads[-1]
        return any(c.lower_ == "where" and c.i < clause.i for c in clause.children) and clause.dep_ != "ROOT"

    def told_of_a_time(self) -> bool:
        """Whether the trigger's clause, or a clause it lies in, tells what made a time ("the worst
        since March, when a soldier was killed", "met in September 2023, when talks collapsed after a
        shootout in which an officer was killed"): an event of its own, whatever the sentence said
        first."""
        clause = self.heads[-1]
        while clause.head.i != clause.i:
            if any(c.lower_ == "when" and c.i < clause.i for c in clause.children):
                return True
            clause = clause.head
        return False

    def done_at_a_time(self) -> bool:
        """Whether the trigger is a verb of a clause that tells what made a time ("met in September
        2023, when talks collapsed after a shootout in which an officer was killed"); not a noun
        there, which may be only what was talked of ("when Boric criticised the killing of
        protesters")."""
        return self.heads[0].tag_.startswith("VB") and self.told_of_a_time()

    def in_name(self) -> bool:
        """Whether the trigger is a word of a proper name ("the Shanghai Cooperation Organisation",
        "the Joint Commission for Bilateral Cooperation")."""
        token = self.heads[0]
        return (
            _capitalised(token)
            and _capitalised(token.head)
            and (
                token.dep_ in ("compound", "flat")
                or (token.dep_ == "nmod" and _case(token) in ("for", "of", "on"))
            )
        )

    def is_subject(self) -> bool:
        """Whether the trigger is its clause's subject ("The visit comes five months after ..."): what
        the sentence tells of, not a topic or a circumstance of it ("raised the incident by phone")."""
        return self.heads[0].dep_ in ("nsubj", "nsubj:pass")

    def circumstance(self) -> bool:
        """Whether the trigger is the moment another event is told from ("Two days after the Iranian
        strike, Pakistani aircraft hit ..."): a noun after "after", "before", "since", "following"."""
        trigger = self.heads[0]
        return trigger.tag_.startswith("NN") and _case(trigger) in CIRCUMSTANCES

    def still_to_come(self) -> bool:
        """Whether the trigger is a noun after "ahead of" or "before", the moment another event is
        told to precede ("Ahead of a summit in Abuja, Ghana and Togo signed a deal"): that event is
        the news."""
        return self.circumstance() and _case(self.heads[0]) in ("ahead", "before")

    def done_by_someone_unnamed(self) -> bool:
        """Whether the predicate's subject is a common noun ("Gunmen killed two Spanish tourists in
        Marrakech", "A bomb killed"): who acted is told, and it is no state the sentence names."""
        clause = (self.lenders or self.heads)[-1]
        own = {t.i for t in self.heads}
        return any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNS") and c.i not in own for c in clause.children)

    def changed_by(self) -> tuple[int, int] | None:
        """Where the verb that postponed or called off the trigger's plan stands in the sentence
        ("postponed a visit", "the meeting was called off"): the act of changing it, told apart."""
        trigger = self.heads[0]
        for token in [*self.heads[1:], *list(trigger.ancestors)[:_CHANGER_REACH]]:
            lemma = lemma_of(token).lower()
            if _changes_plan(token, lemma) and token.tag_.startswith("VB"):
                return self.parsed.source_span(token)
        return None

    def on_its_object(self, start: int, end: int) -> bool:
        """Whether the expression at start..end describes the predicate's object, not the act ("called
        off a visit planned for next week": next week is the visit's)."""
        token = _span_head(self.parsed, start, end)
        verb = self.heads[-1]
        objects = {c.i for c in verb.children if c.dep_ in ("obj", "nsubj:pass")}
        return token is not None and any(t.i in objects for t in [token, *token.ancestors])

    def on_its_plan(self, start: int, end: int) -> bool:
        """Whether the expression at start..end hangs on a plan the predicate makes ("agreed to buy
        gas from Brazil on Monday": on the buying, by the parse)."""
        token = _span_head(self.parsed, start, end)
        own = {t.i for t in self.heads}
        return token is not None and any(
            _planned_complement(t) and t.head.i in own for t in [token, *token.ancestors]
        )

    def on_a_telling(self, start: int, end: int) -> bool:
        """Whether the expression at start..end hangs on a past verb of saying other than the trigger
        ("will visit Uganda, officials said on Monday", "announced on Tuesday that they would
        reopen the border"): the day the news was told."""
        token = _span_head(self.parsed, start, end)
        return (
            token is not None
            and token.dep_.startswith(("obl", "nmod:tmod", "advmod"))
            and token.head.tag_ == "VBD"
            and lemma_of(token.head).lower() in _SAYING
            and token.head.i not in {t.i for t in self.heads}
        )

    def remnant_date(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the date of a gapped second object stands, when the name at start..end is in one
        ("visited Uganda on Monday and Rwanda on Tuesday": Tuesday, for Rwanda), else None."""
        heads = {t.i for t in self.heads}
        token = _span_head(self.parsed, start, end)
        for t in [token, *token.ancestors] if token is not None else ():
            if _gapped_remnant(t, heads):
                after = [c for c in t.head.head.children if c.i > t.i and c.dep_.startswith("obl")]
                return self.parsed.source_span(after[0]) if after else None
        return None

    def gathering_span(self) -> tuple[int, int] | None:
        """Where the trigger's noun phrase stands in the sentence when it is a gathering ("an AU
        summit", "the summit of the East African Community"), names uncut, else None: whose gathering
        it is tells whether it is one of the two sides' or of a bloc they belong to."""
        trigger = self.heads[0]
        lemma = lemma_of(trigger).lower()
        if not trigger.tag_.startswith("NN") or lemma not in _GATHERINGS | _SITTINGS:
            return None
        before = trigger.doc[trigger.i - 1] if trigger.i else None  # "the AU summit", however parsed
        named = [before] if before is not None and before.text[:1].isupper() else []
        if lemma in _GATHERINGS:
            tokens = [*named, *trigger.subtree]
        else:  # "a meeting of the Shanghai Cooperation Organisation", not "a meeting at the AU summit"
            held_by = [c for c in trigger.children if c.dep_ == "nmod" and _case(c) == "of"]
            tokens = [*named, trigger, *(t for c in held_by for t in c.subtree)]
        return self.parsed.source_span(tokens[0])[0], self.parsed.source_span(tokens[-1])[1]

    def _renamed(self) -> "Frame | None":
        """The predicate of what an appositive trigger renames (a noun, or the clause the parser hangs
        it on)."""
        return frame(self.parsed, *self.parsed.source_span(self.heads[0].head))

    def subject_span(self) -> tuple[int, int] | None:
        """Where the subject of the trigger's predicate stands in the sentence, names uncut, else None."""
        subjects = [c for c in self.heads[-1].children if c.dep_ in ("nsubj", "nsubj:pass")]
        return self._phrase_span(subjects[0]) if subjects else None

    def partner_span(self) -> tuple[int, int] | None:
        """Where the one the trigger's noun is held "with" stands ("membership talks with the European
        Union"), else None: talks with a bloc are no state's with another."""
        trigger = self.heads[0]
        if not trigger.tag_.startswith("NN"):
            return None
        partners = [c for c in trigger.children if c.dep_ == "nmod" and _case(c) == "with"]
        return self._phrase_span(partners[0]) if partners else None

    def subject_of(self, start: int, end: int) -> bool:
        """Whether the trigger is a noun that does what the verb at start..end tells ("troops from
        Kazakhstan and Uzbekistan began a joint exercise"): the doer, not an act of its own."""
        trigger, other = self.heads[0], self.parsed.tokens(start, end)
        if trigger.lower_ not in _DOERS or trigger.dep_ not in ("nsubj", "nsubj:pass"):
            return False  # "clashes between X and Y killed five": the clash is what happened
        verb = trigger.head
        if not verb.tag_.startswith("VB"):
            return False  # a headline's nouns in a row, parsed as anything
        return verb.i in other or any(c.dep_ in ("obj", "xcomp") and c.i in other for c in verb.children)

    def done_by_nature(self) -> bool:
        """Whether what struck or hit is a force of nature ("an earthquake struck near Mandalay",
        "the cyclone that hit Bangladesh"): its subject, or the noun a reduced relative is told of."""
        verb = self.heads[-1]
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if verb.dep_ in ("acl", "acl:relcl") and verb.head.tag_.startswith("NN"):
            doers.append(verb.head)
        return any(lemma_of(doer).lower() in _FORCES_OF_NATURE for doer in doers)

    def fought_with(self) -> tuple[int, int] | None:
        """Where the one the trigger's verb is done "with" or "against" stands ("clashed with
        al-Shabaab"), else None."""
        verb = self.heads[-1]
        partners = [c for c in verb.children if c.dep_ == "obl" and c.left_edge.lower_ in ("with", "against")]
        if not verb.tag_.startswith("VB") or not partners:
            return None
        return self._phrase_span(partners[0])

    def _phrase_span(self, token) -> tuple[int, int]:
        """The sentence's characters of the phrase a token heads."""
        return self.parsed.source_span(token.left_edge)[0], self.parsed.source_span(token.right_edge)[1]

    def tells_of_an_event_noun(self) -> bool:
        """Whether the trigger is a participle describing an event told by a noun ("a new round of
        negotiations, hosted by Kazakhstan"): that event's account, not one of its own."""
        trigger = self.heads[0]
        noun = trigger.head
        return (
            trigger.tag_ == "VBN"
            and trigger.dep_ == "acl"
            and (lemma_of(noun).lower() in _EVENTS or lemma_of(noun).lower() in _ROUNDS)
        )

    def hosts_of_its_visit(self) -> tuple[int, int] | None:
        """Where the subject of a verb of hosting that the trigger is the purpose of stands ("Kenya
        will host Uganda's president for a state visit": Kenya), as sentence characters, or None."""
        trigger = self.heads[0]
        host = trigger.head
        if trigger.dep_ == "nmod" and host.dep_ == "obj":
            host = host.head  # "host Uganda's president for a state visit", the parse's guest's visit
        elif trigger.dep_ != "obl":
            return None
        if _case(trigger) != "for" or lemma_of(host).lower() not in _HOSTING:
            return None
        subjects = [c for c in host.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        words = list(subjects[0].subtree)
        return self.parsed.source_span(words[0])[0], self.parsed.source_span(words[-1])[1]

    def planned_in_the_past(self) -> bool:
        """Whether the trigger is what a plan told in the past was for ("the visit was planned for
        April", "talks were scheduled for Monday"): a plan whose day may have passed."""
        verb = self.heads[-1]
        return (
            verb is not self.heads[0]
            and lemma_of(verb).lower() in ("plan", "schedule", "set", "slate", "arrange")
            and any(c.dep_.startswith("aux") and c.lower_ in ("was", "were", "had") for c in verb.children)
        )

    def told_in_the_present(self) -> bool:
        """Whether the verb that tells the trigger is in the simple present ("arrives in Kampala on
        Monday", "heads to Tanzania on Friday") or the present progressive ("is travelling to Uganda on
        Friday"): with a weekday, the tense of a schedule."""
        verb = self.heads[-1]
        if verb.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") or not any(
            c.dep_.startswith("nsubj") for c in verb.children
        ):
            return False
        if verb.tag_ == "VBG":
            return any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children)
        return (
            is_present_singular(verb.lower_) or (is_present_plural(verb.lower_) and _plural_subject(verb))
        ) and not any(c.dep_.startswith(("aux", "mark")) for c in verb.children)

    def said(self) -> bool:
        """Whether the trigger's clause is what a verb of saying in the past reported ("said on
        Tuesday that it would not accept threats"): words given, whatever they foretell."""
        clause = self.heads[-1]
        while not clause.tag_.startswith("VB") and clause.dep_ in ("conj", "obj", "appos"):
            clause = clause.head  # "would not accept lectures or threats": the clause of the threats
        return (
            clause.dep_ == "ccomp" and clause.head.tag_ == "VBD" and lemma_of(clause.head).lower() in _SAYING
        )

    def carried_by_past_verb(self) -> bool:
        """Whether the trigger is a noun whose arguments a verb in the past tense carries ("flew to
        Russia for an official visit"), or what such a verb was done for ("wrote to X to congratulate
        her"): it has happened, whatever a clause after it plans."""
        trigger = self.heads[0]
        verb = self.heads[-1] if len(self.heads) > 1 else trigger.head
        if trigger.tag_ == "VB" and trigger.dep_ in ("xcomp", "advcl") and verb.tag_ == "VBD":
            # "wrote to X on Tuesday to congratulate her": what the act was for, done by it; not what
            # another was told to do ("ordered Poland to halt mining")
            return any(c.dep_ == "mark" and c.lower_ == "to" for c in trigger.children) and not any(
                c.dep_ == "obj" for c in verb.children
            )
        carried = trigger.tag_.startswith("NN") and trigger.dep_ in ("obj", "obl", "nmod", "nsubj:pass")
        return _concluded(trigger) or (carried and _told_in_the_past(verb))

    def held_at(self) -> bool:
        """Whether the trigger is the occasion at which something else was done ("signed nine
        agreements during X's visit", "at the meeting", "in a video call"), not another moment
        ("after the talks")."""
        token = self.heads[0]
        if token.dep_ == "obl" and _case(token) == "in" and lemma_of(token).lower() in _REMOTE:
            return True  # "agreed in a video call on Tuesday": the call is where it was agreed
        return self.occasion() and _case(token) in ("during", "at")

    def told_by_a_part(self) -> bool:
        """Whether the trigger is told through a part of it in which something else was done ("signed
        a pact on the last day of Costa's three-day visit"): the visit is an event of its own."""
        token, part = self.heads[0], self.heads[0].head
        return (
            token.dep_ == "nmod"
            and _case(token) == "of"
            and lemma_of(part).lower() in _PARTS_OF_AN_OCCASION
            and part.dep_ == "obl"
            and _case(part) in ("on", "at", "during", "in")
        )

    def occasion(self) -> bool:
        """Whether the trigger is only the occasion of something else: a noun taken with a
        preposition of circumstance or place ("did not meet for talks during the SCO meeting",
        "spoke at the summit")."""
        token = self.heads[0]
        return token.tag_.startswith("NN") and token.dep_ in ("obl", "nmod") and _case(token) in _OCCASIONS

    def speaker_and_spoken_of(self, spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
        """For a verb of saying, which of the names at `spans` are in who says and which in what is
        said ("Ukraine's foreign ministry said on Tuesday that Bratislava was free to choose its
        friends"): their indexes in `spans`, both empty when the parse tells no speaker or no words. A
        place is where, not who speaks nor whom the words are of ("the Chinese embassy in Manila",
        "would defend its rights in The Hague")."""
        verb = self.heads[0]
        if not verb.tag_.startswith("VB"):
            return [], []
        speaker = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        words = {t.i for c in verb.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
        heads = [_span_head(self.parsed, start, end) for start, end in spans]
        named = [(n, token) for n, token in enumerate(heads) if token is not None]
        named = [(n, token) for n, token in named if _CASE_ROLES.get(_case(token)) != VENUE]
        return [n for n, token in named if token.i in speaker], [n for n, token in named if token.i in words]

    def calls(self) -> bool:
        """Whether a "call" trigger calls someone ("called Herzog"), rather than calling something
        something ("called them unforgivable") or being part of a name ("so-called")."""
        verb = self.heads[0]
        objects = [c for c in verb.children if c.dep_ == "obj"]
        objects += [c for o in objects for c in o.children if c.dep_ == "obj"]
        return (
            verb.tag_.startswith("VB")
            and len(objects) < 2  # "called the decision an attack"
            and not _called_so(verb)
            and not self.characterises()
        )

    def characterises(self) -> bool:
        """Whether a "call" trigger calls something something: an object and what it is called ("called
        the move a reward"), or an object one never calls up ("called Lavrov's remarks unforgivable",
        however the parse hangs the adjective)."""
        verb = self.heads[0]
        objects = [c for c in verb.children if c.dep_ == "obj" and c.tag_ != "PRP$"]
        if any(lemma_of(o).lower() in _NOT_CALLED for o in objects):
            return True
        return bool(objects) and (len(objects) > 1 or bool(_called_so(verb)))

    def modality(self) -> str:
        """happened, planned (modal or future auxiliary, a plan verb governing it, "the planned
        visit"), postponed or cancelled (a governor that changes the plan), or negated (negation, a
        condition, a governor that makes it unreal)."""
        heads = list(self.heads)
        if heads[0].dep_ in ("amod", "compound") and heads[0].head.tag_.startswith("NN") and len(heads) == 1:
            heads = [heads[0].head]  # "will not renew import permits": what is said of the permits
        trigger = heads[0]
        governed = trigger.dep_ in ("obj", "nsubj", "nsubj:pass")  # "proposed a meeting", not "during a call"
        chain = heads if governed else [trigger]
        if trigger.dep_ == "nmod" and _case(trigger) == "of" and lemma_of(trigger.head).lower() in _ROUNDS:
            trigger = trigger.head  # "cancelled a round of talks": what is said of the round is the talks'
            chain = [trigger]
        token = chain[-1]
        # "met", "meets": a tense of its own; not an open complement the tagger took for one ("agreed
        # to let their commanders meet")
        finite = trigger.tag_ in ("VBD", "VBZ", "VBP") and trigger.dep_ != "xcomp"
        while (
            not finite
            and (token.dep_ in _GOVERNED or _infinitive_conjunct(token))
            and token.head.i != token.i
            and (token.dep_ != "acl" or token is trigger)
            and not _clause_of_time(token)
        ):
            token = token.head  # "has no plans to meet", "refused to meet", "said he would visit"
            chain.append(token)
            if token.tag_.startswith("VB") and token.dep_ not in ("xcomp", "obj"):
                break
        if (sender := _sent_to(chain[-1])) is not None:
            chain.append(sender)  # "would not send a minister to the meeting": nor take part in it
        oblique = trigger.dep_ == "obl" and _case(trigger) not in CIRCUMSTANCES and heads[-1] is not trigger
        if oblique:
            chain.insert(1, heads[-1])  # "did not meet for talks": the talks share the verb's polarity
        if trigger.tag_.startswith("NN") and trigger.dep_ == "nsubj" and _supposed(trigger.head):
            return NEGATED  # "a military clash would be a disaster": nobody clashed, nor plans to
        if _only_possible(trigger):
            return NEGATED  # "talks with Minsk were possible", "a meeting was unlikely": none is held
        if _concluded(trigger):
            return HAPPENED  # "under an agreement reached in March, Kenya will buy": the deal is done
        if _fell_through(trigger):
            return "cancelled"  # "the visit, planned for March, did not take place"
        if _reported_falsely(heads[-1]):
            return NEGATED  # "reports that Kenya had expelled the ambassador were false"
        if _feared(trigger):
            return NEGATED  # "for fear of US sanctions", "the risk of a clash": it may never come
        if _kept_or_broken(trigger):
            return NEGATED  # "a violation of the border agreements": one made before, not made now
        if _demanded(trigger) or _characterises(trigger) or _case(trigger) == "without":
            return NEGATED  # ... "the week passed without incident"
        if trigger.tag_.startswith("NN") and any(
            c.dep_ == "det" and c.lower_ == "any" for c in trigger.children
        ):
            return NEGATED  # "vowed to respond to any Indian attack": one that may never come
        if trigger.dep_ == "appos" and trigger.tag_.startswith("NN") and trigger.head.text[:1].isupper():
            return NEGATED  # "Barbados, the host, also agreed to buy gas": what a party is, no event
        if (
            trigger.dep_ in ("appos", "parataxis")
            and trigger.tag_.startswith("NN")
            and (renamed := self._renamed())
        ):
            return renamed.modality()  # "will travel for talks, the eighth meeting of the council": planned
        if trigger.tag_ == "VBN" and {"to", "be"} <= {
            c.lower_ for c in trigger.children if c.dep_.startswith(("mark", "aux"))
        }:
            return PLANNED  # "a deal to be signed in March": what is yet to be done
        if trigger.tag_.startswith("NN") and _made_before(trigger):
            return HAPPENED  # "still forbids imports under a ban it introduced in 2015": the ban was made
        status = HAPPENED
        for position, verb in enumerate(chain):
            lemma = lemma_of(verb).lower()
            children = list(verb.children)
            if any(
                c.dep_ in ("advmod", "det", "neg", "cc:preconj") and c.lower_ in _NEGATIONS for c in children
            ):
                return NEGATED
            if _not_yet(verb, children):
                return NEGATED  # "the two leaders have yet to hold a meeting"
            if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in children):
                return NEGATED  # "leaders traditionally make their first trip to India": no one trip
            if _repeated_till_now(children):
                return NEGATED  # "Dhaka has long asked Islamabad for an apology": no one request
            if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children) or any(
                c.dep_ == "advcl" and _conditional(c) for c in children
            ):
                return NEGATED  # "if they meet", "would travel tomorrow if I were invited"
            if _awaited(verb, children):
                return NEGATED  # "postponed the visit until after the deal is ratified": not yet ratified
            if position and lemma in _UNREAL_VERBS:
                return NEGATED
            if position and trigger.tag_.startswith("VB") and _asks_of_another(verb, lemma):
                return NEGATED  # "urged Iraq to cooperate", "called on Arabs to mobilise": asked for
            if (
                position
                and _changes_plan(verb, lemma)
                and (trigger.tag_.startswith("VB") or lemma_of(trigger).lower() in _EVENTS)
                and not (lemma == "suspend" and lemma_of(trigger).lower() in _DOCUMENTS)
            ):
                return _CHANGED[lemma]  # "postponed the visit"; not "suspended imports" nor a treaty
            if any(c.dep_ == "aux" and c.lower_ in _OBLIGED for c in children):
                return NEGATED  # "Iraq must cooperate with the inspectors": a demand on it
            if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
                status = PLANNED
            if (
                position
                and lemma in _PLAN_VERBS
                and not (oblique and position == 1)  # "agreed in a video call": the call is where
                and (trigger.tag_.startswith("VB") or lemma_of(trigger) in _EVENTS)
            ):
                status = PLANNED  # "plans to visit", "proposed a meeting"; not "to offer condolences"
        if any(c.dep_ == "amod" and c.lower_ in _PLAN_ADJECTIVES for c in trigger.children):
            status = PLANNED
        return status


def _plural_subject(verb) -> bool:
    """Whether the verb's subject is plural ("the foreign ministers meet", "Japan and the
    Philippines hold"): then a bare form is the present, not an infinitive the tagger mislabelled."""
    return any(
        c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or any(d.dep_ == "conj" for d in c.children))
        for c in verb.children
    )


def _fell_through(trigger) -> bool:
    """Whether an event noun is the subject of a denied happening ("the visit, planned for March,
    did not take place", "the meeting never happened"): a plan that fell through."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or not verb.tag_.startswith("VB") or lemma_of(trigger).lower() not in _EVENTS:
        return False
    lemma, children = lemma_of(verb).lower(), list(verb.children)
    happening = (
        lemma in _HAPPENING
        or (lemma == "take" and any(c.dep_ == "obj" and c.lower_ == "place" for c in children))
        or (lemma == "go" and any(c.lower_ == "ahead" for c in children))
    )
    return happening and any(c.dep_ in ("advmod", "neg") and c.lower_ in _NEGATIONS for c in children)


def _sent_to(gathering):
    """The verb sending someone to the gathering ("sent a minister to the talks", "did not go to
    the summit"): whether and when it is done tells whether the side takes part."""
    if _case(gathering) != "to":
        return None
    if gathering.dep_ == "obl":
        verb = gathering.head
    elif gathering.dep_ == "nmod" and gathering.head.dep_ == "obj":
        verb = gathering.head.head
    else:
        return None
    return verb if verb.tag_.startswith("VB") else None


def _infinitive_conjunct(token) -> bool:
    """'agreed to begin marking the boundary and to meet again in December': a second infinitive
    shares the first one's governor, so what makes the first a plan makes it one too."""
    return (
        token.dep_ == "conj"
        and token.tag_ == "VB"
        and token.head.tag_.startswith("VB")
        and any(c.dep_ == "mark" and c.lower_ == "to" for c in token.children)
    )


def _repeated_till_now(children) -> bool:
    """'has long asked', 'have repeatedly accused', 'have held talks for a decade', 'has visited
    Uganda three times': a perfect of what went on or recurred, no event."""
    recurred = any(c.dep_ == "advmod" and c.lower_ in _RECURRING for c in children) or any(
        (c.dep_ == "obl" and _case(c) == "for" and lemma_of(c).lower() in _SPANS)
        or (c.dep_.startswith("obl") and c.lower_ == "times")
        for c in children
    )
    return recurred and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in children)


def _joint_body(noun) -> bool:
    """'the binational commission', 'the two countries' joint committee': a body of both sides."""
    return lemma_of(noun).lower() in _BODIES and any(
        c.lower_ in _JOINT or (c.dep_ == "nmod:poss" and c.lower_ in ("countries", "governments", "sides"))
        for c in noun.children
    )


def _not_yet(verb, children) -> bool:
    """'have yet to meet', 'are yet to meet': still to happen, and not planned either."""
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children) and any(
        (c.dep_ == "mark" and c.lower_ == "to") or (c.dep_ == "xcomp" and c.tag_ == "VB") for c in children
    )


def _asks_of_another(verb, lemma: str) -> bool:
    """'urged X to', 'demanded that X', 'called on X to', 'appealed to X to': what the clause under
    it tells is asked of someone (the asking is the statement), no event nor plan of theirs."""
    if lemma == "call":
        return any(_case(c) in ("on", "upon") for c in verb.children)
    return lemma in _ASKING


def _awaited(verb, children) -> bool:
    """Whether the verb tells, in the present, what another act waits for ("until the deal is
    ratified", "once the border reopens"): it has not happened."""
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_.startswith("aux") and c.tag_ in ("VBZ", "VBP") for c in children
    )
    return present and any(c.dep_ == "mark" and c.lower_ in ("until", "once", "till") for c in children)


def _conditional(clause) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in clause.children)


def _concluded(trigger) -> bool:
    """Whether the trigger noun is told done by its participle ("an agreement reached in March"; not
    "a deal to be signed in March")."""
    return trigger.tag_.startswith("NN") and any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and lemma_of(c).lower() in _CONCLUDED
        and not any(g.dep_ in ("mark", "aux", "aux:pass") for g in c.children)
        for c in trigger.children
    )


def _reported_falsely(clause) -> bool:
    """Whether the clause tells what reports or claims said, and they are called false or denied
    ("Reports that Kenya had expelled the ambassador were false"): nothing happened."""
    noun = clause.head
    if clause.dep_ not in ("acl", "acl:relcl") or lemma_of(noun).lower() not in _HEARSAY:
        return False
    verdict = noun.head
    if noun.dep_ == "obj" or any(c.dep_ in ("amod", "compound") for c in noun.children):
        # "Kenya denied reports that its president would visit", however the parse hangs "denied"
        denials = (
            [verdict] if noun.dep_ == "obj" else [c for c in noun.children if c.dep_ in ("amod", "compound")]
        )
        if any(lemma_of(d).lower() in _UNREAL_VERBS for d in denials):
            return True
    return noun.dep_ == "nsubj" and lemma_of(verdict).lower() in _FALSE


def _feared(trigger) -> bool:
    """Whether the event noun is what is feared or risked: "for fear of sanctions", "the risk of a
    clash", "the spectre of war", "the threat from drones"."""
    return (
        trigger.tag_.startswith("NN")
        and _case(trigger) in ("of", "from")
        and lemma_of(trigger.head).lower() in _FEARED
    )


def _capitalised(token) -> bool:
    """Whether the token is a word of a name: a proper noun, or capitalised inside the sentence (the
    tagger reads "the Joint Permanent Commission of Cooperation" as common nouns)."""
    return token.tag_.startswith("NNP") or (token.i > 0 and token.text[:1].isupper())


def _kept_or_broken(trigger) -> bool:
    """Whether the event noun is a standing agreement that something keeps or breaks: "violated the
    trade agreement", "in breach of the truce", "a violation of the border agreements"."""
    if not trigger.tag_.startswith("NN") or trigger.dep_ not in ("obj", "nmod"):
        return False
    governor = lemma_of(trigger.head).lower()
    return (trigger.dep_ == "obj" and governor in _KEEPING_OR_BREAKING) or (
        _case(trigger) == "of" and governor in _BREACHES
    )


def _demanded(trigger) -> bool:
    """Whether the event noun is what a verb asks for: "called for a ceasefire", "seeking a truce",
    "are working towards a deal" (but "called a ceasefire" declared one)."""
    if lemma_of(trigger).lower() not in _EVENTS or lemma_of(trigger.head).lower() not in _DEMAND_VERBS:
        return False  # "sought refuge in Germany": seeking it is the event
    sought = trigger.dep_ == "obl" and _case(trigger) in _SOUGHT
    return sought or (trigger.dep_ == "obj" and lemma_of(trigger.head).lower() in ("demand", "seek"))


def _characterises(trigger) -> bool:
    """Whether the event noun is what something else is called: "called the deal an attack on its
    sovereignty", "described the sanctions as an act of war" tell no attack."""
    verb, nested = trigger.head, False
    if trigger.dep_ in ("obj", "nmod") and verb.dep_ == "obj" and verb.head.i != verb.i:
        verb, nested = verb.head, True  # the parse may hang "an attack" on "the deal" it describes
    lemma = lemma_of(verb).lower()
    if _case(trigger) == "as":
        return lemma in _CHARACTERISING
    return (
        trigger.dep_ == "obj"
        and lemma in _NAMING
        and (nested or any(c.dep_ == "obj" and c.i < trigger.i for c in verb.children))
    )


def _after_a_comma(verb, child) -> bool:
    """Whether a comma stands between the verb and its dependent: "called them unforgivable" names
    what they are called; "called X, to review the field they share" does not."""
    return any(t.text == "," for t in verb.doc[verb.i + 1 : child.i])


def _scope_of_a_count(date) -> bool:
    """Whether the date is the period within which a noun counts its times: "this year" of "his
    first visit to Budapest this year"."""
    if (
        date is None
        or lemma_of(date).lower() not in ("year", "month", "week")
        or not any(c.lower_ == "this" for c in date.children)
    ):
        return False
    # the noun, or the object of the verb the parse hangs the period on ("made his first visit ...")
    head = date.head
    nouns = [head] if head.tag_.startswith("NN") else [c for c in head.children if c.dep_ == "obj"]
    return any(c.dep_ == "amod" and c.lower_ in _COUNTING for noun in nouns for c in noun.children)


def _infinitive_of_a_noun(trigger) -> bool:
    """'a phone call to meet soon', 'plans to visit': an event still to come when the sentence's
    main clause happens, so that clause's date is not its own."""
    return trigger.dep_ == "acl" and trigger.tag_ == "VB"


def _planned_complement(token) -> bool:
    """A verb that a plan verb governs ("agreed to meet", "proposed to meet", "decided that they
    would visit"): the plan's own event, later than the planning."""
    infinitive = token.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "mark" for c in token.children)
    if token.dep_ == "advcl" and any(c.lower_ == "due" and c.dep_ == "mark" for c in token.children):
        return True  # "reviewed the rail link, due to open at the end of 2026"
    return (
        (token.dep_ in ("xcomp", "ccomp") or infinitive)
        and token.tag_.startswith("VB")
        and lemma_of(token.head).lower() in _PLAN_VERBS
    )


def _only_possible(noun) -> bool:
    """Whether an event noun is only said to be possible or likely: the subject of such an
    adjective ("talks were possible", whatever the tagger made of "talks"), or followed by one in a
    headline ("talks possible")."""
    head = noun.head
    said_of = noun.dep_ == "nsubj" and head.tag_ == "JJ" and head.lower_ in _POSSIBLE
    followed = noun.tag_.startswith("NN") and any(
        c.dep_ == "acl" and c.lower_ in _POSSIBLE for c in noun.children
    )
    return said_of or followed


def _supposed(predicate) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _SUPPOSING for c in predicate.children)


def frame(parsed: Parse, start: int, end: int) -> Frame | None:
    """The predicate of the trigger at characters start..end of the parsed sentence."""
    token = _span_head(parsed, start, end)
    if token is None or any(
        word.dep_ == "amod" and _past_form_after_name(word)
        for word in parsed.doc[token.left_edge.i : token.i + 1]
    ):
        return None  # "Germany imposed sanctions", "Cameroon summoned Guinea's ambassador" parsed as noun
        # phrases (the verb an adjective, the rest the name's apposition): no predicate to read
    heads = [token]
    if token.dep_ == "nmod" and _case(token) == "of" and lemma_of(token.head).lower() in _ROUNDS:
        token = token.head  # "to convene the next round of consultations in April": the round's verb
        heads.append(token)
    if (
        # a noun, or a gerund taken as one ("attended Modi's swearing-in")
        (token.tag_.startswith("NN") or (token.tag_ == "VBG" and token.dep_ == "obj"))
        and token.dep_ in ("obj", "nsubj:pass", "obl", "nsubj")
        and token.head.tag_.startswith("VB")
        and _case(token) not in CIRCUMSTANCES  # "closed the border after shells landed": not the shells'
        and _case(token) not in _OF_A_TOPIC  # "protested over the killing ... on Sunday": the killing's day
    ):
        heads.append(token.head)  # "held talks with X", "engaged in a conversation on Sunday"
    lenders, clause = [], heads[-1]
    while clause.dep_ in _LENDING and clause.head.i != clause.i:
        if clause.dep_ == "ccomp" and clause.tag_ != "VBG":
            break  # "said X met Y": a report, not a shared subject
        if any(c.dep_.startswith("nsubj") for c in clause.children) and not _small_clause(clause):
            break  # the clause names its own subject
        clause = clause.head  # "agreed to meet", "Speaking to X, Y said", "met X and spoke with Z"
        lenders.append(clause)
    return Frame(parsed, tuple(heads), tuple(lenders))


def _attachment(dep: str, case: str, head, inner: str | None) -> str | None:
    """The role of a dependent of the predicate, by its relation and preposition; OTHER when it
    hangs on the predicate some other way ("met X days after a row with France")."""
    if dep in ("obj", "nsubj:pass") and lemma_of(head).lower() in _TALK_VERBS:
        return TOPIC  # "discussed the situation in Gaza", "Syria was discussed"
    if case in CIRCUMSTANCES and not dep.startswith("nsubj"):
        return OTHER  # "met X days after a row with France"; a subject is the clause's own, whatever
        # the parse hung on it ("after Cambodian soldiers opened fire" read as "after soldiers")
    own = _own_attachment(dep, case, head)
    if inner == VENUE and own == AGENT:
        return None  # "security forces in Guinea": whose forces, the parse cannot say
    return inner or own


def _counted_clause_subject(token, heads: set[int]) -> bool:
    """Whether the token is the subject of a clause counted from ("a day after the coast guard
    seized a boat") that the parser hung on the count, making "a day" the subject of the trigger."""
    count = token.head
    return (
        token.dep_ == "nmod"
        and _case(token) in ("after", "before")
        and count.dep_ == "nsubj"
        and count.head.i in heads
        and lemma_of(count).lower() in _SPANS | {"day", "hour"}
    )


def _gapped_remnant(token, heads: set[int]) -> bool:
    """Whether the token is a second object and its date with the verb left out, which the parser
    hangs on the first date ("visited Uganda on Monday and Rwanda on Tuesday": Rwanda, a conjunct of
    Monday)."""
    date = token.head
    return (
        token.dep_ == "conj"
        and _CASE_ROLES.get(_case(token)) != VENUE  # "and again in Vienna on 24 February": a place
        and date.dep_.startswith("obl")
        and date.head.i in heads
        and (date.tag_ == "CD" or date.lower_ in _DATE_WORDS)
        and any(c.dep_.startswith("obl") and c.i > token.i for c in date.head.children)
    )


def _carrying_noun(trigger) -> set[int]:
    """The noun an event noun is 'of', which carries its date: "a ship's use of water cannon ... on
    Saturday", "the firing of rockets on Monday"."""
    noun = trigger.head
    if trigger.dep_ == "nmod" and _case(trigger) == "of" and noun.tag_.startswith("NN"):
        return {noun.i}
    return set()


def _talked_of(token) -> bool:
    """Whether the token is what a verb of talking is about ("discussed the attack")."""
    return token.dep_ in ("obj", "nsubj:pass") and lemma_of(token.head).lower() in _TALK_VERBS


def _own_attachment(dep: str, case: str, head) -> str | None:
    """The role a relation to the predicate gives by itself."""
    if dep == "obl:agent" and lemma_of(head).lower() in _FEELINGS:
        return COUNTERPART  # "concerned by Pakistan's decision": the cause of a feeling, not its agent
    if dep in ("nsubj", "obl:agent", "nmod:poss", "csubj"):
        return AGENT
    if dep == "nsubj:pass" or (dep == "nsubj" and _small_clause(head)):
        return COUNTERPART  # "was summoned"; "declared two diplomats persona non grata"
    if dep in ("obj", "iobj"):
        return COUNTERPART
    if dep == "xcomp" and head.tag_.startswith("VB"):
        return COUNTERPART  # "Macron called Rouhani on Monday": a name read as what one was called
    if dep in ("obl", "nmod", "obl:unmarked", "nmod:unmarked"):
        if case == "of":  # "the visit of X" is X's; "the invasion of X" is done to X
            return AGENT if lemma_of(head).lower() in _EVENTS else COUNTERPART
        if case == "by" and head.tag_.startswith("NN"):
            return AGENT  # "a visit by X", "the invasion by X"
        if case == "on" and _imposes(head):
            return COUNTERPART  # "cut duties on Moroccan fruit", "sanctions on Iran": whom they fall on
        if case == "for" and lemma_of(head).lower() in _DEPARTING:
            return COUNTERPART  # "left for Quito": where the journey goes
        if case == "on" and lemma_of(head).lower() == "call" and head.tag_.startswith("NN"):
            return COUNTERPART  # "paid a courtesy call on Museveni": whom one calls on
        return _CASE_ROLES.get(case)
    if dep in ("compound", "amod", "conj", "appos"):
        return AGENT if head.tag_.startswith("NN") else None  # "the Russia-Israel talks"
    return None


def _small_clause(clause) -> bool:
    """Whether the clause is what a verb declares its object to be, parsed with that object as its
    subject ("declared two diplomats persona non grata"): the object is acted on, the verb's
    subject acts."""
    return clause.dep_ == "xcomp" and (
        not clause.tag_.startswith("VB") or lemma_of(clause.head).lower() in _DECLARING
    )


def _past_form_after_name(token) -> bool:
    """Whether the token is a verb's past form straight after a name ("Austria summoned", "Germany
    imposed"): in news that is the clause's verb, whatever the parser, trained on web text that
    holds few such sentences, made of it."""
    before = token.doc[token.i - 1] if token.i else None
    return (
        before is not None
        and before.tag_.startswith("NN")
        and before.text[:1].isupper()
        and is_past(token.lower_)
    )


def _imposes(head) -> bool:
    """Whether the predicate is a measure, or a verb whose object is one ("imposed a ban")."""
    return lemma_of(head).lower() in _MEASURES or any(
        c.dep_ == "obj" and lemma_of(c).lower() in _MEASURES for c in head.children
    )


def _of_what_was_followed(token, own) -> bool:
    """Whether the token lies on the object of a verb of sequence, or is a date of such a verb
    that has one ("the talks followed a telephone conversation last Thursday"): the earlier event's."""
    verb = token.head
    if lemma_of(verb).lower() not in _SEQUENCE:
        return False
    if token.dep_ == "obj":
        return token.i not in own
    return token.dep_.startswith("obl") and any(c.dep_ == "obj" and c.i not in own for c in verb.children)


def _tells_another_moment(clause) -> bool:
    """A relative clause ("Putin, who visited Israel in 2012, ...") or one opened by a word of time
    ("since he took office on 27 October"): its date is its own. A reporting clause ("..., his
    office said on Thursday") dates the news it reports."""
    if lemma_of(clause).lower() in _REPORTING:
        return False
    if clause.dep_ in ("acl:relcl", "advcl:relcl") or _opened_by_relative(clause):
        return True
    return any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children)


def _told_in_the_past(verb) -> bool:
    """A verb in the past tense, or a participle whose auxiliary is ("was signed at a ceremony")."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ in ("aux", "aux:pass") and c.tag_ == "VBD" for c in verb.children)
    )


def _modal(verb) -> bool:
    """Whether a modal or future auxiliary carries the verb ("will take effect")."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _subordinate_clause_of(token):
    """The clause with a subject of its own that holds the token, when it is not the sentence's
    main clause."""
    for _step in range(len(token.doc)):
        if token.head.i == token.i:
            return None
        if token.dep_ in _CLAUSES and any(c.dep_.startswith("nsubj") for c in token.children):
            return token
        token = token.head
    return None


def _clause_of_time(token) -> bool:
    """Whether the token heads a clause of another moment ("agreed to set up a commission, a week
    after a patrol boat fired on a vessel", "following a call on Monday, agreed to"): what it tells is
    no part of the plan it hangs on."""
    return token.dep_ == "advcl" and (
        token.lower_ == "following"
        or any(
            t.lower_ in ("after", "before", "since") and t.dep_ in ("mark", "case")
            for t in token.subtree
            if t.i < token.i
        )
    )


def _opened_by_relative(clause) -> bool:
    """Whether the clause opens with a relative word ("..., whose mandate runs out next month"), however
    the parser attached it."""
    words = [t for t in clause.subtree if not t.is_punct]
    return bool(words) and words[0].lower_ in _RELATIVE_WORDS


def _said_of_another(clause) -> bool:
    """A clause of what was agreed or decided, of a subject of its own that the trigger is not in
    ("spoke by telephone and agreed that the market would reopen on Friday"): Friday is the market's.
    Not what was reported ("X is expected in Skopje next month, his ministry said"): the news itself."""
    verbs = {lemma_of(clause).lower(), lemma_of(clause.head).lower()}
    return clause.dep_ == "ccomp" and not verbs & _REPORTING


def _made_before(noun) -> bool:
    """Whether a relative clause tells in the past that the noun's measure or document was made ("a
    ban it introduced in October 2015", "the treaty they signed in 1904"), whatever governs the noun."""
    return any(
        (
            (child.dep_ == "acl:relcl" and any(c.dep_ == "nsubj" for c in child.children))  # "it introduced"
            or (
                child.dep_ == "acl"
                and child.tag_ == "VBN"
                and not any(c.dep_.startswith("aux") for c in child.children)
            )
        )  # "a deal signed with Somalia in March", not "a deal to be signed"
        and child.tag_ in ("VBD", "VBN")
        and lemma_of(child).lower() in _MAKING
        and not any(c.dep_ in ("advmod", "neg") and c.lower_ in _NEGATIONS for c in child.children)
        for child in noun.children
    )


def _describes(token, trigger) -> bool:
    """Whether the token is a clause on the trigger noun that tells of it ("the talks, which begin
    on Monday", "talks held on Monday"), not one that changes it ("the visit, which was postponed")."""
    return (
        token is not None
        and token.dep_ in ("acl", "acl:relcl")
        and token.head.i == trigger.i
        and lemma_of(token).lower() not in _CHANGED
    )


def _called_so(verb) -> list:
    """What a verb of calling calls its object ("called them unforgivable"): not a day the parse hangs
    there ("called Russia's president on Monday"), nor words after a comma."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "obl:npmod")
        and not _after_a_comma(verb, c)
        and not _name_read_as_complement(c)
        and not any(g.dep_ == "case" for g in c.children)
    ]


def _is_clause(token) -> bool:
    """Whether the token heads a clause of its own (a verb coordinated or subordinated)."""
    if token.dep_ == "conj":
        return token.tag_.startswith("VB")
    if token.dep_ == "xcomp":
        return not _name_read_as_complement(token)
    return token.dep_ in _CLAUSES


def _name_read_as_complement(complement) -> bool:
    """Whether the parse made whom a verb calls into what it calls someone: a name ("called Rouhani",
    "called Museveni" with the name tagged a noun), or "his Kenyan counterpart" with "his" parsed as
    the object."""
    return (
        complement.tag_.startswith("NNP")
        or complement.text[:1].isupper()
        or any(o.dep_ == "obj" and o.tag_ == "PRP$" for o in complement.head.children)
    )


def _changes_plan(verb, lemma: str) -> bool:
    """Whether the verb postpones or calls off a plan ("postponed", "called off", "put off")."""
    return lemma in _CHANGED and (lemma not in _CHANGED_WITH or _particle(verb) in _CHANGED_WITH[lemma])


def _particle(verb) -> str:
    """The particle of a phrasal verb ("off" in "called off")."""
    return next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")


def _case(token) -> str:
    """The preposition that introduces a nominal ("with" in "with Putin"), or ""."""
    for child in token.children:
        if child.dep_ == "case" and child.tag_ != "POS":
            return child.lower_
    return ""


def _span_head(parsed: Parse, start: int, end: int):
    """The token of the sentence's characters start..end whose head lies outside them."""
    inside = parsed.tokens(start, end)
    if not inside:
        return None
    for index in inside:
        token = parsed.doc[index]
        if token.head.i not in inside or token.head.i == index:
            return token
    return parsed.doc[inside[-1]]
