"""Plain text files: one article per file, its id the file's stem or its path in the folder
given (``expand_paths``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from parley.ingest.checks import MAX_ARTICLE_CHARS, check_text, decode_text
from parley.ingest.errors import IngestError
from parley.model import Article


def read_bytes(path: Path) -> bytes:
    """Read a file, refusing one too large to hold an article before reading it all."""
    size = path.stat().st_size
    # UTF-8 takes at most 4 bytes a character: a larger file cannot be under the limit.
    if size > 4 * MAX_ARTICLE_CHARS:
        raise IngestError(
            "too large",
            f"the file has {size:,} bytes, over the article limit of {MAX_ARTICLE_CHARS:,} "
            "characters; split it into smaller articles",
        )
    return path.read_bytes()


def read_text_article(
    path: Path, art_id: str | None = None, published: date | None = None, outlet: str | None = None
) -> Article:
    """Return the article in ``path`` (its id ``art_id``, else the file's stem), its text
    exactly as the bytes say in UTF-8, or in the encoding detected for them, with a warning."""
    text, notes = decode_text(read_bytes(path))
    return Article(
        id=art_id or path.stem,
        text=check_text(text),
        published=published,
        outlet=outlet,
        origin=str(path),
        notes=notes,
    )
