"""Checks every article passes, whatever format it came in."""

from __future__ import annotations

import re
from datetime import date, datetime

from parley.ingest.errors import IngestError

# spaCy's own default ``nlp.max_length``: past a million characters the parser needs about
# a gigabyte of memory per 100,000 words, so longer inputs are refused rather than run.
MAX_ARTICLE_CHARS = 1_000_000

# A file is taken for binary when its first bytes hold a NUL, which no text encoding we read uses.
BINARY_SNIFF_BYTES = 8192


def check_text(text: str) -> str:
    """Return ``text`` unchanged when it is a usable article body, else raise ``IngestError``."""
    if not text.strip():
        raise IngestError("empty", "the article is empty; give it some text or remove it")
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(
            "too large",
            f"the article has {len(text):,} characters, over the limit of "
            f"{MAX_ARTICLE_CHARS:,}; split it into smaller articles",
        )
    return text


# What tells a web page that is no article (the team's judgement, from pages saved by hand):
# a main text this short; ``WALL_MIN_HITS`` or more words of a consent or login wall in a main
# text under ``WALL_MAX_WORDS``; or a main text whose lines are nearly all short (menus and link
# lists): at least ``MENU_MIN_LINES`` lines, ``MENU_SHORT_SHARE`` of them under
# ``MENU_LINE_WORDS`` words, and none a sentence of ``SENTENCE_WORDS`` words.
PAGE_MIN_WORDS = 25
WALL_MAX_WORDS = 150
WALL_MIN_HITS = 3
WALL_WORDS = re.compile(
    r"\b(cookies?|consent|privacy|personal data|partners|accept|agree|preferences|"
    r"advertis\w*|tracking|subscribe\w*|subscription|sign in|log in|enable javascript|"
    r"ad ?blocker)\b",
    re.IGNORECASE,
)
MENU_MIN_LINES = 6
MENU_SHORT_SHARE = 0.8
MENU_LINE_WORDS = 6
SENTENCE_WORDS = 15


def check_page(text: str) -> str:
    """Return the main text of a web page unchanged when it reads as an article, else raise
    ``IngestError`` saying what the page looks like (a consent wall, a menu, a stub)."""
    words = len(text.split())
    if words < PAGE_MIN_WORDS:
        raise IngestError(
            "not an article",
            f"the page's main text has only {words} words; save the article page itself "
            "(not a teaser, error or paywall page), or give its text as .txt",
        )
    if words < WALL_MAX_WORDS and len(WALL_WORDS.findall(text)) >= WALL_MIN_HITS:
        raise IngestError(
            "not an article",
            "the page is a cookie, consent or login wall, not the article; save the page "
            "after accepting it, or give the article's text as .txt",
        )
    lines = [line.split() for line in text.splitlines() if line.strip()]
    short = sum(len(line) < MENU_LINE_WORDS for line in lines)
    if (
        len(lines) >= MENU_MIN_LINES
        and short >= MENU_SHORT_SHARE * len(lines)
        and max(len(line) for line in lines) < SENTENCE_WORDS
    ):
        raise IngestError(
            "not an article",
            "the page holds menus and links, no article text; give the article's own page",
        )
    return text


def check_not_binary(data: bytes) -> bytes:
    """Return ``data`` unless it looks like a binary file, else raise ``IngestError``."""
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise IngestError(
            "binary", "this is a binary file, not text; give Parley .txt, .jsonl, .html or a feed"
        )
    return data


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode bytes as UTF-8 exactly (no newline or BOM changes); bytes that are not UTF-8
    are decoded in the encoding charset-normalizer detects for them, with a note saying so,
    or refused with ``IngestError`` when none fits. Returns the text and the notes."""
    check_not_binary(data)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as err:
        bad = f"byte 0x{data[err.start]:02x} at offset {err.start}"
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = _preferred(results) or results.best()
    if best is None:
        raise IngestError(
            "not utf-8",
            f"the bytes are not UTF-8 ({bad}) and no other text encoding fits them; "
            "convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8`",
        )
    note = (
        f"not UTF-8 ({bad}): read as {best.encoding}, the encoding detected; check its "
        "accented letters, or convert the file to UTF-8"
    )
    return str(best), (note,)


# Legacy encodings preferred when charset-normalizer finds them as plausible as its own pick:
# Windows-1252 and the Latin-1 family are what most English and Western European news was
# saved in, and a neighbouring code page that fits the bytes as well (Windows-1250, ISO
# 8859-10) turns their "è" into "č". "As plausible": no more chaos, and coherence within
# ``PREFERRED_COHERENCE_SLACK`` (charset-normalizer's own measures).
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
PREFERRED_COHERENCE_SLACK = 0.05


def _preferred(results):
    best = results.best()
    if best is None:
        return None
    for encoding in PREFERRED_ENCODINGS:
        for match in results:
            if (
                match.encoding == encoding
                and match.chaos <= best.chaos
                and match.coherence >= best.coherence - PREFERRED_COHERENCE_SLACK
            ):
                return match
    return None


def parse_published(value: object) -> date | None:
    """Read a publication date: ISO ``YYYY-MM-DD`` (or a full ISO timestamp), else any form
    dateparser reads without guessing from today's date; ``None`` stays ``None``."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise IngestError("bad date", f"published must be a string YYYY-MM-DD, not {value!r}")
    text = value.strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    import dateparser  # slow to import; only needed for dates that are not ISO

    parsed = dateparser.parse(
        text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    if parsed is None:
        raise IngestError(
            "bad date",
            f"published {value!r} is not a date Parley can read; write it as YYYY-MM-DD",
        )
    return parsed.date()
