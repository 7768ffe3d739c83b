"""Character spans, the doc's text, and small facts about tokens that every rule reads."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parley.attribution.grammar import TITLE_SHARE, TRAILING_SPEAKER_MAX_WORDS
from parley.attribution.quotes import quote_at
from parley.nlp.syntax import doc_text


@dataclass
class Found:
    """One attribution as token and character spans, before it becomes a record."""

    cue: list[tuple[int, int]]
    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    channel: tuple[int, int] | None = None
    cls: str = "speech"  # the cue's lexicon class


def _tokens_in(doc: Doc, start: int, end: int):
    """The tokens that start at a character offset in ``[start, end)``, found by bisection
    (a scan of the whole doc per quotation made the stage quadratic in the article's length)."""
    i = bisect_left(doc, start, key=_idx)
    j = bisect_left(doc, end, lo=i, key=_idx)
    return doc[i:j]


def _idx(tok: Token) -> int:
    return tok.idx


def _text(doc: Doc) -> str:
    """The doc's text, joined once per doc."""
    return doc_text(doc)


def _char_span(tokens: list[Token]) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def _subtree_span(tok: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Characters of ``tok``'s subtree, trimmed of edge punctuation; ``exclude``'s subtree
    cut off when it sits at an edge."""
    tokens = list(tok.subtree)
    if exclude is not None:
        cut = {t.i for t in exclude.subtree}
        tokens = [t for t in tokens if t.i not in cut]
    while len(tokens) > 1 and (tokens[0].is_punct and not tokens[0].is_quote):
        tokens.pop(0)
    while len(tokens) > 1 and (tokens[-1].is_punct and not tokens[-1].is_quote):
        tokens.pop()
    return _char_span(tokens)


def _cue_token(doc: Doc, found: Found) -> Token | None:
    """The first word of an attribution's cue."""
    span = doc.char_span(*found.cue[0], alignment_mode="expand") if found.cue else None
    return span[0] if span else None


def _depth(tok: Token) -> int:
    """How deep in its sentence's parse a word stands (0 at the root)."""
    return sum(1 for _ in tok.ancestors)


def _merge_adjacent(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sort spans and join those separated only by spaces ("as" + "saying")."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if out and not text[out[-1][1] : s].strip():
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _trim_marks(words: list[Token]) -> list[Token]:
    """``words`` less the marks at either end other than quotation marks."""
    start, end = 0, len(words)
    while start < end and words[start].is_punct and not words[start].is_quote:
        start += 1
    while end > start and words[end - 1].is_punct and not words[end - 1].is_quote:
        end -= 1
    return words[start:end]


def _line_break(tok: Token) -> bool:
    return "\n" in tok.text or "\n" in tok.whitespace_


def _sentence_stop(doc: Doc, i: int) -> int:
    """The index of the token that ends the sentence going on at ``i`` (or the doc's end)."""
    end = i
    while end < len(doc) and not _sentence_end(doc[end]) and not _line_break(doc[end - 1]):
        end += 1
    return end


def _comma_before(doc: Doc, i: int) -> int:
    """The index of the comma before token ``i``, looking back at most
    ``TRAILING_SPEAKER_MAX_WORDS`` words (where the search stopped when there is none)."""
    k = i - 1
    while k > 0 and doc[k].text != "," and i - k <= TRAILING_SPEAKER_MAX_WORDS:
        k -= 1
    return k


def _rest_of_sentence(doc: Doc, start: int) -> list[Token]:
    """The words from ``start`` to the sentence's end, less the marks that close it."""
    words = [t for t in doc[start : _sentence_stop(doc, start)] if not t.is_space]
    while words and words[-1].is_punct and not words[-1].is_quote:
        words.pop()
    return words


def _sentence_end(tok: Token) -> bool:
    """A full stop, question or exclamation mark before a space ("(I-Vt.)" ends nothing), or
    a line break."""
    return (tok.text in (".", "!", "?") and bool(tok.whitespace_)) or _line_break(tok)


def _covers(pieces: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in pieces)


def _is_actor_at(tok: Token, mentions) -> bool:
    """True when an actor mention covers ``tok``."""
    return any(s <= tok.idx < e for s, e in mentions)


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(c.isalpha() for c in w)]


def _opens_with_that(tok: Token) -> bool:
    return tok.left_edge.lower_ == "that"


def _closes_bracket(words: list[Token]) -> bool:
    """Does the last word close a bracket opened among ``words`` ("Blunt (R-Mo.)")?"""
    return words[-1].text == ")" and any(t.text == "(" for t in words)


def _is_title(quoted: str) -> bool:
    initials = [next(c for c in w if c.isalpha()) for w in _words(quoted)]
    capitalised = [c for c in initials if c.isupper()]
    return bool(initials) and len(capitalised) / len(initials) >= TITLE_SHARE


def _same_cue(a: Found, b: Found) -> bool:
    return bool(a.cue and b.cue) and _overlaps(a.cue[0], b.cue[0])


def kind_of(content: list[tuple[int, int]], quotes) -> str:
    """direct: the content is quotation; mixed: it holds a quotation; indirect: no quotation."""
    inside = [quote_at(quotes, s, e) for s, e in content]
    if all(inside):
        return "direct"
    for s, e in content:
        if any(s <= qs < e or s < qe <= e for qs, qe in quotes):
            return "mixed"
    return "indirect"
