"""JSON Lines: one article per line with ``id`` and ``text``, and optional ``title``,
``published`` (YYYY-MM-DD), ``outlet`` and ``url``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from parley.ingest.checks import BINARY_SNIFF_BYTES, check_text, parse_published
from parley.ingest.errors import IngestError, Skipped
from parley.model import Article

OPTIONAL_FIELDS = ("title", "outlet", "url")


def json_problem(err: json.JSONDecodeError) -> str:
    """What is wrong with a JSON line and where: json's own message, some of which end in
    "at" ("Unterminated string starting at"), then the column."""
    return f"{err.msg.removesuffix(' at')} at column {err.colno}"


def article_from_record(record: object, origin: str) -> Article:
    """The article a JSON Lines record holds; ``IngestError`` says what is wrong with one
    that holds none."""
    if not isinstance(record, dict):
        raise IngestError("bad json", "the line is not a JSON object; write one object per line")
    for name in ("id", "text"):
        if name not in record:
            raise IngestError("bad json", f'the object has no "{name}" field; every line needs it')
    art_id, text = record["id"], record["text"]
    if not isinstance(art_id, str | int) or isinstance(art_id, bool) or str(art_id) == "":
        raise IngestError("bad json", '"id" must be a non-empty string')
    if not isinstance(text, str):
        raise IngestError("bad json", '"text" must be a string')
    extra = {}
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise IngestError("bad json", f'"{name}" must be a string when given')
        extra[name] = value
    return Article(
        id=str(art_id),
        text=check_text(text),
        published=parse_published(record.get("published")),
        origin=origin,
        **extra,
    )


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """Yield each line's article, or a ``Skipped`` naming ``path:line`` for a bad line."""
    with path.open("rb") as fh:
        head = fh.read(BINARY_SNIFF_BYTES)
        if b"\x00" in head:
            yield Skipped(str(path), "binary", "this is a binary file, not JSON Lines")
            return
        fh.seek(0)
        seen: set[str] = set()
        for lineno, raw in enumerate(fh, start=1):
            origin = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as err:
                    raise IngestError(
                        "not utf-8",
                        f"the line is not UTF-8 (byte 0x{raw[err.start]:02x}); "
                        "save the file as UTF-8",
                    ) from None
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    raise IngestError(
                        "bad json",
                        f"the line is not valid JSON ({json_problem(err)}); fix it or remove it",
                    ) from None
                article = article_from_record(record, origin)
                if article.id in seen:
                    raise IngestError(
                        "duplicate id",
                        f'id "{article.id}" appears twice in this file; make ids unique',
                    )
                seen.add(article.id)
                yield article
            except IngestError as err:
                yield Skipped(origin, err.kind, err.reason)
