"""Records that flow through Parley: every stage reads and writes these.

Offsets are Python string indices (code points) into ``Article.text`` exactly as read,
end exclusive, as ``docs/evaluation-contract.md`` (shared) specifies.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any


def text_sha1(text: str) -> str:
    """The hash kept of an article's text, to tell a different text under a known id."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One news article as ingested: its text is never altered, so offsets hold."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str = ""  # where it was read from: "file.txt", "feed.xml#3", "batch.jsonl:12"
    # what ingest warns about the input that did not stop it ("decoded as cp1252")
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Span:
    """A possibly discontinuous piece of an article: one or more ``(start, end)`` pieces."""

    pieces: tuple[tuple[int, int], ...]
    text: str

    @classmethod
    def of(cls, article_text: str, *pieces: tuple[int, int]) -> Span:
        """Build a span from pieces, its text joined with `` ... `` between pieces."""
        ordered = tuple(sorted(pieces))
        return cls(ordered, " ... ".join(article_text[s:e] for s, e in ordered))

    def to_json(self) -> dict[str, Any]:
        return {"spans": [list(p) for p in self.pieces], "text": self.text}


@dataclass
class Actor:
    """A real-world actor as one article mentions it."""

    id: str
    name: str
    type: str  # person | government | military | organization | country | group | location | ...
    country: str | None = None  # ISO 3166-1 alpha-3
    mentions: list[tuple[int, int]] = field(default_factory=list)
    # the institution of an actor known by description ("security" for "Iraqi security
    # officials", "Interior Ministry" for "a spokesman for the Interior Ministry")
    role: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "mentions": [list(m) for m in sorted(self.mentions)],
        }
        if self.role:
            out["role"] = self.role
        return out


@dataclass
class Attribution:
    """Who said what: a quotation or reported statement with its source, cue and channel."""

    kind: str  # direct | indirect | mixed
    source: Span | None
    cue: Span | None
    content: Span
    source_actor: str | None = None
    channel: Span | None = None
    channel_actor: str | None = None

    def to_json(self) -> dict[str, Any]:
        def part(span: Span | None, actor: str | None = None, with_actor: bool = False):
            if span is None:
                return None
            out = span.to_json()
            if with_actor:
                out["actor"] = actor
            return out

        return {
            "kind": self.kind,
            "source": part(self.source, self.source_actor, True),
            "cue": part(self.cue),
            "content": self.content.to_json(),
            "channel": part(self.channel, self.channel_actor, True),
        }


@dataclass
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


# ``Event.date_basis`` of a day read from the article's lead ("Eight soldiers were killed on
# Tuesday ..."), not from the act's own clause.
FROM_LEAD = "lead"
# ``Event.date_basis`` of a day its paragraph names before the act ("Talks resumed on
# Wednesday. ... The rebels rejected the demand").
FROM_PARAGRAPH = "paragraph"
# ``Event.date_basis`` of a day named before the act in its own sentence, outside the clause
# the events stage reads the act's time from ("Let us recall that on 3 March, as a result of
# a provocation, three citizens were killed"): the story reads it as the act's own day.
FROM_SENTENCE = "sentence"
# ``Event.date_basis`` of the publication day given to an act whose evidence names a day only
# for one of its nouns ("rejected the deadline, which expired on Tuesday"): the report's day,
# as for an act told with no time, which the story must not take for the day the words name.
FROM_REPORT = "report"


@dataclass
class Event:
    """Who did what to whom, where and when, typed in PLOVER."""

    type: str
    mode: str
    evidence: Span
    source: str | None = None
    target: str | None = None
    date: date | None = None
    place: Place | None = None
    attribution: int | None = None
    subtype: str | None = None  # PLOVER's own mode of the type ("ceasefire", "release")
    contexts: list[str] = field(default_factory=list)  # PLOVER contexts ("diplomatic")
    date_text: str | None = None  # the time expression as written, kept when no day is known
    # where a day not told by the act's own words came from: ``FROM_PARAGRAPH`` (a day its
    # paragraph names) or ``FROM_LEAD`` (the day the article's lead gives its news), else
    # None; the story reads such a day as soft
    date_basis: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "subtype": self.subtype,
            "contexts": list(self.contexts),
            "mode": self.mode,
            "source": self.source,
            "target": self.target,
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "date_basis": self.date_basis,
            "place": self.place.to_json() if self.place else None,
            "evidence": self.evidence.to_json(),
            "attribution": self.attribution,
        }


@dataclass
class Extraction:
    """Everything Parley found in one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The article's record in the shape of the evaluation contract (plus metadata)."""
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "outlet": a.outlet,
            "url": a.url,
            "attributions": [x.to_json() for x in self.attributions],
            "actors": [x.to_json() for x in self.actors],
            "events": [x.to_json() for x in self.events],
        }


# -- carrying records across processes ------------------------------------------------------
# spaCy sends docs between the processes of ``nlp.pipe(..., n_process=N)`` (and Dask workers
# may too) as ``Doc.to_bytes()``, which packs the stages' ``doc._`` values with srsly's msgpack.
# These hooks, registered with srsly, pack Parley's records and dates and unpack them as the
# same types (tuples where the records hold tuples), so a doc's records survive the trip.
RECORD_KEY = "__parley__"
DATE_KEY = "__date__"


def _records() -> dict[str, type]:
    return {cls.__name__: cls for cls in (Span, Actor, Attribution, Place, Event)}


def pack_record(obj: Any, chain=None) -> Any:
    """srsly msgpack encoder for Parley's records and for dates."""
    if isinstance(obj, date):
        return {DATE_KEY: obj.isoformat()}
    if type(obj).__name__ in _records() and isinstance(obj, tuple(_records().values())):
        return {RECORD_KEY: type(obj).__name__, "fields": dict(obj.__dict__)}
    return obj if chain is None else chain(obj)


def unpack_record(obj: Any, chain=None) -> Any:
    """srsly msgpack decoder: the inverse of ``pack_record``."""
    if isinstance(obj, dict):
        if DATE_KEY in obj:
            return date.fromisoformat(obj[DATE_KEY])
        if RECORD_KEY in obj:
            fields = obj["fields"]
            name = obj[RECORD_KEY]
            if name == "Span":
                fields["pieces"] = tuple(tuple(p) for p in fields["pieces"])
            elif name == "Actor":
                fields["mentions"] = [tuple(m) for m in fields["mentions"]]
            elif name == "Event":
                fields["contexts"] = list(fields["contexts"])
            return _records()[name](**fields)
    return obj if chain is None else chain(obj)


def _register_msgpack_hooks() -> None:
    import srsly

    if "parley" not in srsly.msgpack_encoders.get_all():
        srsly.msgpack_encoders.register("parley", func=pack_record)
        srsly.msgpack_decoders.register("parley", func=unpack_record)


_register_msgpack_hooks()
