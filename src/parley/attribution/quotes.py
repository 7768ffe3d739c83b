"""Quotation spans in an article's text, for every quotation-mark style news uses.

Double quotes of any style ("straight", “curly”, « guillemets », „low-high“) open and close
top-level quotations, a closing mark of another double style included (“like this," happens);
single quotes (‘...’ or '...') count only outside a double quotation, at word boundaries, so
apostrophes (“don’t”) and quotes inside quotes stay inside. A quotation whose paragraph ends
without a closing mark and whose next paragraph opens with a mark again continues there, as
news style writes quotations of several paragraphs. Doubled marks (``...'' and ''...''), the
typewriter convention of some wire and newspaper archives, are double quotes too. Quote marks
inside markup left in a text (an embedded post's ``<tweet author="X">``) quote nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

DOUBLE_OPEN = {'"': '"', "“": "”", "«": "»", "„": "“", "”": "”"}
DOUBLE_CLOSE = {'"', "”", "»", "“"}
SINGLE_OPEN = {"‘", "'", "‚"}
SINGLE_CLOSE = {"’", "'", "‘"}
# Two-character double quotes of wire and archive text.
DOUBLED_OPEN = ("``", "''")
DOUBLED_CLOSE = "''"
# The characters at which a quotation can open, close or be cut by a paragraph's end: the
# scan below jumps from one to the next (every other character leaves its state as it is).
MARK_OR_BREAK = re.compile(
    "["
    + re.escape(
        "".join(sorted({*DOUBLE_OPEN, *DOUBLE_CLOSE, *SINGLE_OPEN, *SINGLE_CLOSE, "`", "\n"}))
    )
    + "]"
)
# A markup tag left in a text by the page or feed it came from: "<tweet author=\"X\">", "</p>".
MARKUP_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every markup tag in ``text``."""
    return [m.span() for m in MARKUP_TAG.finditer(text)]


def _is_boundary(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not text[i].isalnum()


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every top-level quotation, marks included, in text order."""
    return list(_quotes(text))


# The last few texts' quotations: the attribution stage asks for an article's quotations four
# or five times (its rules, its records, a transcript's turns), each a scan of the whole text.
@lru_cache(maxsize=8)
def _quotes(text: str) -> tuple[tuple[int, int], ...]:
    for start_tag, end_tag in markup_spans(text):  # same length: offsets hold
        text = text[:start_tag] + " " * (end_tag - start_tag) + text[end_tag:]
    quotes: list[tuple[int, int]] = []
    start: int | None = None
    single = False
    i = 0
    n = len(text)
    while i < n:
        found = MARK_OR_BREAK.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        pair = text[i : i + 2]
        if (
            start is None
            and pair in DOUBLED_OPEN
            and _is_boundary(text, i - 1)
            and i + 2 < n
            and not text[i + 2].isspace()
        ):
            start, single = i, False
            i += 2
            continue
        if start is not None and not single and pair == DOUBLED_CLOSE and i > start:
            quotes.append((start, i + 2))
            start = None
            i += 2
            continue
        if start is None:
            if ch in DOUBLE_OPEN and (ch != "”" or _is_boundary(text, i - 1)):
                start, single = i, False
            elif ch in SINGLE_OPEN and _is_boundary(text, i - 1) and not _is_boundary(text, i + 1):
                start, single = i, True
        elif ch == "\n":
            # An unclosed quotation continues only if the next paragraph opens with a mark.
            j = i
            while j < n and text[j] in "\n\r \t":
                j += 1
            opener = DOUBLE_OPEN if not single else SINGLE_OPEN
            if j < n and (text[j] in opener or (not single and text[j : j + 2] in DOUBLED_OPEN)):
                i = j
            else:
                start = None
        elif (not single and ch in DOUBLE_CLOSE and i > start) or (
            single and ch in SINGLE_CLOSE and _is_boundary(text, i + 1) and i > start + 1
        ):
            quotes.append((start, i + 1))
            start = None
        i += 1
    return tuple(quotes)


def quote_at(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quotation that contains the characters ``start:end``, if any."""
    for qs, qe in quotes:
        if qs <= start and end <= qe:
            return qs, qe
    return None
