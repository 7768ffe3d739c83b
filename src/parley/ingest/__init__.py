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


def expand_paths(
    paths: Iterable[Path], suffixes: tuple[str, ...] = SUFFIXES, recursive: bool = False
) -> Iterator[tuple[Path, str | None]]:
    """Yield each file with the id a text or HTML file takes: a file given by name its stem;
    a file found in a folder its path relative to that folder, without its ending ("a/page"
    for ``news/a/page.html`` under ``news``), so that two files of one name in different
    folders never share an id. A folder gives its files with a known ending, sorted by name
    (its subfolders' too when ``recursive``); hidden files and folders are left out."""
    for path in paths:
        if not path.is_dir():
            yield path, None
            continue
        found = path.rglob("*") if recursive else path.iterdir()
        for child in sorted(found):
            rel = child.relative_to(path)
            hidden = any(part.startswith(".") for part in rel.parts)
            if child.is_file() and child.suffix.lower() in suffixes and not hidden:
                yield child, rel.with_suffix("").as_posix()


def _read_one(
    path: Path, art_id: str | None, published: date | None, outlet: str | None
) -> Iterator[Article | Skipped]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
    elif suffix in FEED_SUFFIXES:
        yield from read_feed(path, outlet=outlet)
    elif suffix in HTML_SUFFIXES:
        yield read_html_article(path, art_id, published=published, outlet=outlet)
    else:
        yield read_text_article(path, art_id, published=published, outlet=outlet)


def iter_inputs(
    paths: Iterable[Path],
    published: date | None = None,
    outlet: str | None = None,
    suffixes: tuple[str, ...] = SUFFIXES,
    recursive: bool = False,
) -> Iterator[Article | Skipped]:
    """Yield every article found in ``paths`` and a ``Skipped`` for every input that failed.

    ``published`` and ``outlet`` fill in metadata that plain text lacks; JSON Lines and feeds
    carry their own. A file with another ending is read as plain text when named directly.
    Text and HTML files take the ids ``expand_paths`` gives; JSON Lines and feeds their own.
    """
    for path, art_id in expand_paths(paths, suffixes, recursive):
        if not path.exists():
            yield Skipped(str(path), "missing", "no such file or folder; check the path")
            continue
        if not path.is_file():
            yield Skipped(str(path), "not a file", "this is not a regular file")
            continue
        try:
            yield from _read_one(path, art_id, published, outlet)
        except IngestError as err:
            yield Skipped(str(path), err.kind, err.reason)
        except OSError as err:
            yield Skipped(str(path), "unreadable", f"cannot be read ({err.strerror})")
