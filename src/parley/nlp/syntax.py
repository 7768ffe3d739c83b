"""The syntax both attribution and events read: dependency label sets and small helpers over a
parsed ``Doc``, in one place.

Every set holds the Universal Dependencies label (what Parley's shipped pipeline, trained on
UD English-EWT, writes) and the ClearNLP label spaCy's own English pipelines write
(``--model en_core_web_sm``), so the stages read either parse.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar
from weakref import WeakKeyDictionary, ref

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

# Each doc's text with its token count, joined once: spaCy joins every token's text again on
# each ``doc.text`` (about 3 ms for a news article), and every stage reads it. Weak keys: an
# entry goes with its doc; the count tells a doc retokenized since.
_TEXTS: WeakKeyDictionary[Doc, tuple[int, str]] = WeakKeyDictionary()
T = TypeVar("T")
# Each doc's token arrays by attribute ("LOWER", "LEMMA"), read once: the stages look words up
# in them many times, and the stages after the spaCy pipeline change no token's words, tags or
# lemmas (the token count tells a doc retokenized since).
_ARRAYS: WeakKeyDictionary[Doc, tuple[int, dict[str, numpy.ndarray]]] = WeakKeyDictionary()


def tokens_with(doc: Doc, attr: str, words: frozenset[str]) -> list[Token]:
    """The tokens whose ``attr`` ("LOWER", "LEMMA") is one of ``words`` (compared in lower
    case), found on the doc's array: creating a Token for every word of an article to test
    it costs more than the test."""
    return [doc[i] for i in indices_with(doc, attr, words)]


def indices_with(doc: Doc, attr: str, words: frozenset[str]) -> list[int]:
    """The indices of the tokens ``tokens_with`` finds, with no Token made: the doc's array
    looked up in the words' sorted ids (a binary search per token, in numpy)."""
    wanted = _id_array(words)
    if not len(wanted):
        return []
    arrays = kept_for(_ARRAYS, doc, len(doc), dict)
    values = arrays.get(attr)
    if values is None:
        values = arrays[attr] = doc.to_array(attr)
    at = wanted.searchsorted(values)
    at[at == len(wanted)] = len(wanted) - 1
    return (wanted[at] == values).nonzero()[0].tolist()


@lru_cache(maxsize=256)
def _id_array(words: frozenset[str]) -> numpy.ndarray:
    """The string ids (spaCy's hashes, the same in every vocab) of ``words`` in lower, title
    and upper case, sorted, as the doc's arrays hold them: the word sets are module
    constants, so each is hashed once."""
    ids = sorted({get_string_id(v) for w in words for v in (w, w.title(), w.upper())})
    return numpy.array(ids, dtype=numpy.uint64)


def tokens_tagged(doc: Doc, pos: str) -> list[Token]:
    """The tokens whose coarse part of speech is ``pos`` ("VERB", "PROPN"), found on the doc's
    array as ``tokens_with`` finds words."""
    wanted = doc.vocab.strings[pos]
    return [doc[i] for i, v in enumerate(doc.to_array("POS").tolist()) if v == wanted]


def expanded_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, made once per doc and pair of
    offsets: the stages read each actor's mentions as spans again at every speaker and
    pronoun they check (spans are never changed after they are made)."""
    bounds = kept_for(_SPANS, doc, len(doc), dict)
    key = (start, end)
    if key not in bounds:
        span = doc.char_span(start, end, alignment_mode="expand")
        bounds[key] = None if span is None else (span.start, span.end)
    found = bounds[key]
    return None if found is None else doc[found[0] : found[1]]


# Each doc's expanded spans as token bounds (a Span would hold its doc, and the weak-keyed
# entry would then keep the doc alive for good).
_SPANS: WeakKeyDictionary[Doc, tuple[int, dict[tuple[int, int], tuple[int, int] | None]]] = (
    WeakKeyDictionary()
)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc."""
    last = _LAST_TEXT
    if last[0] is not None and last[0]() is doc and last[1] == len(doc):
        return last[2]
    text = kept_for(_TEXTS, doc, len(doc), lambda: doc.text)
    last[:] = [ref(doc), len(doc), text]
    return text


# The last doc whose text was asked for (a weak reference), its size and its text: the stages
# read one doc at a time and ask for its text tens of thousands of times per article set; this
# spares the weak dictionary's look-up (a third of the cost) on all but the first.
_LAST_TEXT: list = [None, 0, ""]


def kept_for(cache: WeakKeyDictionary, doc: Doc, stamp: object, make: Callable[[], T]) -> T:
    """What ``make`` gives for ``doc``, made once and kept in ``cache`` (weak keys: an entry
    goes with its doc) while ``stamp`` (the doc's size, and what else it is made from) stays
    the same: a doc retokenized since, or whose spans changed, gets it made again."""
    kept = cache.get(doc)
    if kept is None or kept[0] != stamp:
        kept = cache[doc] = (stamp, make())
    return kept[1]


# Subjects: of an active clause, and of a passive one ("the talks were suspended").
ACTIVE_SUBJ = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJ = frozenset({"nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass"})
SUBJ = ACTIVE_SUBJ | PASSIVE_SUBJ
# The auxiliary of a passive ("were suspended").
PASSIVE_AUX = frozenset({"aux:pass", "auxpass"})
# Auxiliaries of any kind ("would raise", "had followed", "was appalled"; "does" of "does
# not"): UD's and ClearNLP's labels.
AUXILIARY = frozenset({"aux", "aux:pass", "auxpass", "cop"})
# The agent of a passive ("by the army").
AGENT = frozenset({"obl:agent", "agent"})
# Objects: the direct one, and with it the indirect one ("gave them a deadline").
DIRECT_OBJ = frozenset({"obj", "dobj"})
OBJ = DIRECT_OBJ | {"iobj", "dative"}
# Clausal complements: a clause with its own subject ("said that S") and an open one ("agreed
# to meet").
CLAUSE = frozenset({"ccomp"})
OPEN_CLAUSE = frozenset({"xcomp"})
COMPLEMENT = CLAUSE | OPEN_CLAUSE
# A relative clause on its noun ("the envoy who met them").
RELATIVE = frozenset({"acl:relcl", "relcl"})
# A noun's possessor ("Djibouti's offer", "its offer").
POSSESSOR = frozenset({"nmod:poss", "poss"})
# A verb's particle ("pointed out").
PARTICLE = frozenset({"compound:prt", "prt"})
# Words that negate a verb ("did not say", "never said").
NEGATIONS = frozenset({"not", "n't", "n’t", "never"})  # "didn’t" with a typographic apostrophe
# Penn tags of finite verbs, and of wh-words, which open a relative clause or a question.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
WH_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})


def children(tok: Token, deps: frozenset[str] | set[str]) -> list[Token]:
    """``tok``'s dependents with one of ``deps``; a whitespace token the parser made a
    dependent (a no-break space before a name) stands aside for the words under it."""
    out = []
    for c in tok.children:
        if c.dep_ not in deps:
            continue
        if c.is_space:
            out += [g for g in c.children if not g.is_space]
        else:
            out.append(c)
    return out


def possessor(tok: Token) -> Token | None:
    """``tok``'s possessor ("Djibouti" in "Djibouti's offer"), or None."""
    return next(iter(children(tok, POSSESSOR)), None)


def negated(tok: Token) -> bool:
    """Whether a negation hangs on ``tok`` ("did not say", "never met")."""
    return any(c.dep_ in ("advmod", "neg") and c.lower_ in NEGATIONS for c in tok.children)


def case(tok: Token) -> str | None:
    """The preposition (a "case" dependent) of a nominal, in lower case ("on" of "fired on
    the crowd"), or None."""
    return next((c.lower_ for c in tok.children if c.dep_ == "case"), None)


def mark(tok: Token) -> str | None:
    """The word that opens ``tok``'s clause ("that", "if", "to"), lower case, or None."""
    for child in tok.children:
        if child.dep_ == "mark":
            return child.lower_
    return None
