"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from parley.ingest.checks import check_page, check_text, decode_text, parse_published
from parley.ingest.errors import IngestError
from parley.ingest.text import read_bytes
from parley.model import Article


def article_from_html(
    html: str, art_id: str, origin: str, published: date | None = None, outlet: str | None = None
) -> Article:
    """Return the page's main text as an article; metadata found in the page fills what the
    caller did not give. The article text is trafilatura's extraction, so offsets refer to it."""
    import trafilatura

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_recall=True
    )
    if not text or not text.strip():
        raise IngestError(
            "broken html",
            "no article text could be found in this HTML; check that it is a whole news page",
        )
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta else None
    if published is None and meta is not None and meta.date:
        try:
            published = parse_published(meta.date)
        except IngestError:
            published = None  # a page's own unreadable date is no reason to lose its text
    if outlet is None and meta is not None:
        outlet = meta.sitename
    url = meta.url if meta else None
    return Article(
        id=art_id,
        text=check_page(check_text(text)),
        title=title,
        published=published,
        outlet=outlet,
        url=url,
        origin=origin,
    )


def read_html_article(
    path: Path, art_id: str | None = None, published: date | None = None, outlet: str | None = None
) -> Article:
    html, notes = decode_text(read_bytes(path))
    article = article_from_html(
        html, art_id or path.stem, str(path), published=published, outlet=outlet
    )
    return replace(article, notes=notes) if notes else article
