"""RSS and Atom feed files (feedparser): each entry with a body becomes an article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from parley.ingest.checks import check_not_binary, check_text
from parley.ingest.errors import IngestError, Skipped
from parley.ingest.text import read_bytes
from parley.model import Article

_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, one line per block element.

    trafilatura's extractors want a whole page and return nothing for the short fragments a
    feed entry holds, so the fragment is flattened with lxml (which trafilatura brings).
    """
    if "<" not in html:
        return html.strip()
    import lxml.html

    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def read_feed(path: Path, outlet: str | None = None) -> Iterator[Article | Skipped]:
    """Yield the articles of a feed file, or ``Skipped`` for the file or for single entries."""
    import feedparser

    try:
        data = check_not_binary(read_bytes(path))
    except IngestError as err:
        yield Skipped(str(path), err.kind, err.reason)
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Skipped(
            str(path), "broken feed", f"no feed entries could be read{why}; check it is RSS or Atom"
        )
        return
    feed_outlet = outlet or feed.feed.get("title")
    for i, entry in enumerate(feed.entries, start=1):
        origin = f"{path}#{i}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        try:
            text = check_text(fragment_text(body))
        except IngestError as err:
            yield Skipped(origin, err.kind, err.reason)
            continue
        yield Article(
            id=str(entry.get("id") or entry.get("link") or f"{path.stem}-{i}"),
            text=text,
            title=entry.get("title"),
            published=_entry_date(entry),
            outlet=feed_outlet,
            url=entry.get("link"),
            origin=origin,
        )
