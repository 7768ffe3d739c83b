"""Sentence boundaries the parser must keep: a paragraph break always ends a sentence, and a
sentence starts only after a line break or a mark that can end one.

The shipped parser learned sentence splits from EWT, whose sentences carry no line breaks, so it
does not know that a blank line ends a sentence; news text is paragraphs, and left to itself the
parser even makes a line-break token the root of the sentence before it. It also breaks long
news sentences in the middle ("Patrick told Cruz backers Saturday night | that Cruz has ..."),
which cuts a reporting verb off its clause. This component runs before the parser: each
line-break token is a sentence of its own and the first word after it a sentence start, and a
word that follows neither a line break nor a sentence-ending mark (``SENTENCE_END``, with closing
quotes and brackets between) cannot start a sentence. The parser keeps both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from parley.nlp.syntax import doc_text

# Marks after which a sentence may end (English punctuation; ":" and ";" for headline and
# list styles such as "Update: ...").
SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";"})
# Marks that may stand between a sentence's end and the next sentence (a closing quotation or
# bracket after the full stop).
CLOSING = frozenset({'"', "'", "”", "’", "»", ")", "]", "''"})
# A wire or web dateline at a line's start, up to the dash that closes it ("GOMA, Democratic
# Republic of Congo, November 13, 2025 — ", "JEDDAH, May 8 (Reuters) - ", "ISLAMABAD — "): the
# report's first sentence starts after it (wire-service style: AP Stylebook, "datelines").
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:,[^\n()—–]{1,70}?)?(?:\s*\([^()\n]{1,40}\))?\s*[-–—]+[ \t]+",
    re.MULTILINE,
)
# spaCy's SENT_START values in a token array.
START, NOT_START = 1, -1


def may_start_sentence(tok: Token) -> bool:
    """Whether a sentence may start at ``tok`` (not the first token)."""
    doc = tok.doc
    return _may_start(tok.i, lambda j: doc[j].text, lambda j: doc[j].is_space)


def _may_start(i: int, text, is_space) -> bool:
    """``may_start_sentence`` on the token at ``i``, its neighbours read through the two
    look-ups (a token's text, whether it is white space). A line break is always a token of
    its own: spaCy leaves a token at most one blank of white space after it."""
    j = i - 1
    while j > 0 and text(j) in CLOSING:
        j -= 1
    return is_space(j) or text(j)[-1] in SENTENCE_END  # "." itself, or an abbreviation's "U.S."


@Language.component("parley_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    # The marks are written in one ``from_array`` call: setting ``Token.is_sent_start`` one
    # token at a time checks the whole doc for a parse on each call, which made this stage
    # quadratic in the article's length (16.6 s for 200,000 characters). The tokens'
    # offsets, lengths and white-space flags are read once as arrays, the loop runs on those.
    n = len(doc)
    if not n:
        return doc
    starts = [0] * n  # 0: left to the parser
    starts[0] = START
    # each token's text is read as a slice of the doc's text at its offsets: making a Token
    # for every word costs more than the whole loop
    text = doc_text(doc)  # the later stages read it again
    columns = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()
    spaces = [space for _, _, space in columns]

    def word(j: int) -> str:
        return text[columns[j][0] : columns[j][0] + columns[j][1]]

    after_break = False
    for i in range(n):
        if spaces[i] and "\n" in word(i):
            if i > 0:
                starts[i] = START
            after_break = True
            continue
        if after_break and not spaces[i]:
            starts[i] = START
            after_break = False
        elif i > 0 and starts[i] == 0 and not _may_start(i, word, spaces.__getitem__):
            starts[i] = NOT_START
    for m in _datelines(text):
        first = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if first is not None and first.start > 0 and not first[0].is_space:
            starts[first.start] = START  # "... (Reuters) - | Belize and Guatemala agreed"
    # spaCy's token arrays are uint64, with -1 wrapped round as ``Doc.to_array`` writes it
    column = numpy.array(starts, dtype="int64").reshape((n, 1))
    return doc.from_array([SENT_START], column.astype("uint64"))


def _datelines(text: str) -> Iterator[re.Match]:
    """``DATELINE``'s matches, tried only at the text's line starts (a search of the whole
    text tries the pattern at every character)."""
    start = 0
    while start < len(text):
        m = DATELINE.match(text, start)
        if m is not None:
            yield m
        start = text.find("\n", start) + 1
        if start == 0:
            return
