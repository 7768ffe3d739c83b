"""Ingest: text files and folders, JSON Lines, HTML pages and RSS/Atom feeds -> ``Article``.

``iter_inputs`` streams articles and ``Skipped`` records in input order, so one bad input never
stops a batch and the caller can report every skip at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from parley.ingest.errors import IngestError, Skipped
from parley.ingest.feed import read_feed
from parley.ingest.html import read_html_article
from parley.ingest.jsonl import read_jsonl
from parley.ingest.text import read_text_article
from parley.model import Article

__all__ = ["SUFFIXES", "IngestError", "Skipped", "expand_paths", "iter_inputs"]

# File name endings Parley reads, and the reader each one goes to.
TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES


def expand_paths(paths: Iterable[Path], suffixes: tuple[str, ...] = SUFFIXES) -> Iterator[Path]:
    """Yield files as given, and for each folder its files with a known ending, sorted by name.

    Folders are not searched recursively; hidden files are left out.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.iterdir()):
                is_input = child.is_file() and child.suffix.lower() in suffixes
                if is_input and not child.name.startswith("."):
                    yield child
        else:
            yield path


def _read_one(
    path: Path, published: date | None, outlet: str | None
) -> Iterator[Article | Skipped]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(path, outlet=outlet)
    elif suffix in HTML_SUFFIXES:
        yield read_html_article(path, published=published, outlet=outlet)
    else:
        yield read_text_article(path, published=published, outlet=outlet)


def iter_inputs(
    paths: Iterable[Path],
    published: date | None = None,
    outlet: str | None = None,
    suffixes: tuple[str, ...] = SUFFIXES,
) -> Iterator[Article | Skipped]:
    """Yield every article found in ``paths`` and a ``Skipped`` for every input that failed.

    ``published`` and ``outlet`` fill in metadata that plain text lacks; JSON Lines and feeds
    carry their own. A file with another ending is read as plain text when named directly.
    """
    for path in expand_paths(paths, suffixes):
        if not path.exists():
            yield Skipped(str(path), "missing", "no such file or folder; check the path")
            continue
        if not path.is_file():
            yield Skipped(str(path), "not a file", "this is not a regular file")
            continue
        try:
            yield from _read_one(path, published, outlet)
        except IngestError as err:
            yield Skipped(str(path), err.kind, err.reason)
        except OSError as err:
            yield Skipped(str(path), "unreadable", f"cannot be read ({err.strerror})")
