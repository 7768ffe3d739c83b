"""A paragraph break always ends a sentence.

The shipped parser learned sentence splits from EWT, whose sentences carry no line breaks, so it
does not know that a blank line ends a sentence; news text is paragraphs, and left to itself the
parser even makes a line-break token the root of the sentence before it. This component runs
before the parser and makes each line-break token a sentence of its own and the first word after
it a sentence start, which the parser keeps.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("parley_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    after_break = False
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            if tok.i > 0:
                tok.is_sent_start = True
            after_break = True
            continue
        if "\n" in tok.whitespace_:
            if tok.i + 1 < len(doc):
                doc[tok.i + 1].is_sent_start = True
            continue
        if after_break and not tok.is_space:
            tok.is_sent_start = True
            after_break = False
    return doc
