"""Parley's whole pipeline: the spaCy pipeline followed by Parley's stages, and the records
it yields for each article."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import raise_error

import parley.attribution
import parley.events
import parley.nlp.paragraphs  # noqa: F401  (registers parley_paragraphs)
from parley.actors import add_actor_stages
from parley.actors.phrases import (
    inner_mentions,
    one_actor_per_phrase,
    phrase_speakers,
)
from parley.actors.pronouns import with_pronoun_mentions
from parley.model import Actor, Article, Attribution, Event, Extraction, Span
from parley.nlp import load_base


def build(
    model: str | None = None,
    registry_files: list[Path] | None = None,
    gazetteer_files: list[Path] | None = None,
    disabled_rules: list[str] | None = None,
) -> Language:
    """Load the spaCy pipeline (shipped unless ``model`` names another) and add Parley's
    stages in the order data flows through them. ``registry_files`` extend the actor registry,
    ``gazetteer_files`` (GeoNames dumps) the gazetteer; ``disabled_rules`` names attribution
    rules to switch off (``parley.attribution.rules``)."""
    nlp = load_base(model)
    if "parser" in nlp.pipe_names and "parley_paragraphs" not in nlp.pipe_names:
        # the shipped pipeline has it in its config; another spaCy pipeline gets it here
        nlp.add_pipe("parley_paragraphs", before="parser")
    add_actor_stages(nlp, registry_files)
    nlp.add_pipe("parley_attribution", config={"disabled_rules": list(disabled_rules or [])})
    nlp.add_pipe(
        "parley_events", config={"gazetteer_files": [str(p) for p in gazetteer_files or []]}
    )
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """The article's text as a Doc that carries its publication date for the later stages."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    return doc


def _stage_output(doc: Doc, name: str) -> list:
    """What a stage wrote to ``doc._.<name>``; empty when no such stage is in the pipeline."""
    return list(doc._.get(name) or []) if Doc.has_extension(name) else []


def to_extraction(article: Article, doc: Doc) -> Extraction:
    """Collect what the stages wrote on ``doc`` into the article's record."""
    attributions = _stage_output(doc, "attributions")
    actors = with_pronoun_mentions(list(doc._.actors or []), doc, attributions)
    inner = inner_mentions(actors, doc)
    return Extraction(
        article=article,
        actors=one_actor_per_phrase(actors, inner),
        attributions=phrase_speakers(attributions, inner),
        events=_stage_output(doc, "events"),
    )


@dataclass(frozen=True)
class StageFailure:
    """An article a stage could not process: the stage's name and what it raised."""

    article: Article
    stage: str
    error: Exception

    @property
    def reason(self) -> str:
        return (
            f"the {self.stage} stage failed on it ({type(self.error).__name__}: {self.error}); "
            "the other articles went on: please report this article to Parley's developers"
        )


# Articles longer than this are read in paragraph-aligned chunks of at most this many
# characters, their records joined with offsets into the whole text. Several of Parley's rules
# compare every finding with every other, so one pass over a 200,000-character text took 23
# times one over 50,000; in chunks the time is linear in the length and the memory bounded
# (the parser's is about a gigabyte per 100,000 words). News articles are far shorter: what is
# lost at a chunk's edge (a quotation continued across it, a surname joined to a full name in
# an earlier chunk) is lost only in long documents such as transcripts.
CHUNK_CHARS = 50_000
# At most this many characters go through the pipeline in one batch (two full chunks).
BATCH_CHARS = 2 * CHUNK_CHARS


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` pieces that cover ``text``, each at most ``limit`` characters, cut
    after the last paragraph break in reach, else the last line break, sentence end or space
    (a text with none of them is cut at the limit)."""
    bounds = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            at = window.rfind(mark, limit // 2)
            if at > 0:
                cut = at + len(mark)
                break
        end = start + (cut if cut > 0 else limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _shift(span: Span | None, by: int) -> Span | None:
    if span is None or by == 0:
        return span
    return Span(tuple((s + by, e + by) for s, e in span.pieces), span.text)


def join(article: Article, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One record for ``article`` from its chunks' records (each with its chunk's offset):
    offsets moved into the whole text, actors of one id joined, event-to-attribution links
    renumbered."""
    actors: dict[str, Actor] = {}
    attributions: list[Attribution] = []
    events: list[Event] = []
    for offset, ex in parts:
        for actor in ex.actors:
            mentions = [(s + offset, e + offset) for s, e in actor.mentions]
            if actor.id in actors:
                known = actors[actor.id]
                known.mentions.extend(mentions)
                known.country = known.country or actor.country
            else:
                actors[actor.id] = replace(actor, mentions=mentions)
        first = len(attributions)
        for a in ex.attributions:
            attributions.append(
                replace(
                    a,
                    source=_shift(a.source, offset),
                    cue=_shift(a.cue, offset),
                    content=_shift(a.content, offset),
                    channel=_shift(a.channel, offset),
                )
            )
        for e in ex.events:
            link = e.attribution + first if e.attribution is not None else None
            events.append(replace(e, evidence=_shift(e.evidence, offset), attribution=link))
    return Extraction(article, list(actors.values()), attributions, events)


@dataclass(frozen=True)
class _Piece:
    """One chunk of an article on its way through the pipeline."""

    article: Article
    offset: int
    index: int
    count: int


def _pieces(articles: Iterable[Article], limit: int) -> Iterator[tuple[Article, _Piece]]:
    for article in articles:
        bounds = chunk_bounds(article.text, limit)
        for k, (s, e) in enumerate(bounds):
            text = article.text if len(bounds) == 1 else article.text[s:e]
            yield replace(article, text=text), _Piece(article, s, k, len(bounds))


def _piped(
    nlp: Language, pieces: Iterable[tuple[Article, _Piece]], batch_size: int
) -> Iterator[tuple[Doc, _Piece]]:
    """The pieces through the pipeline, in order, in batches of at most ``batch_size`` docs
    and ``BATCH_CHARS`` characters (a batch of sixteen 50,000-character chunks would hold the
    memory of one 800,000-character doc)."""
    batch: list[tuple[Article, _Piece]] = []
    size = 0
    for chunk, piece in pieces:
        if batch and (len(batch) >= batch_size or size + len(chunk.text) > BATCH_CHARS):
            yield from _pipe_batch(nlp, batch)
            batch, size = [], 0
        batch.append((chunk, piece))
        size += len(chunk.text)
    if batch:
        yield from _pipe_batch(nlp, batch)


def _pipe_batch(nlp: Language, batch: list[tuple[Article, _Piece]]):
    pairs = [(make_doc(nlp, chunk), piece) for chunk, piece in batch]
    yield from nlp.pipe(pairs, as_tuples=True, batch_size=len(pairs))


ChunkProgress = Callable[[Article, int, int], None]


def extract(
    nlp: Language,
    articles: Iterable[Article],
    batch_size: int = 16,
    failures: list[StageFailure] | None = None,
    on_chunk: ChunkProgress | None = None,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[Extraction]:
    """Run the pipeline over ``articles`` (streamed in batches) and yield one record each.

    An article longer than ``chunk_chars`` is read in chunks and its record joined;
    ``on_chunk(article, done, count)`` is called after each chunk of such an article.
    An article one of Parley's stages raises on is left out and, when ``failures`` is given,
    recorded there, and the run goes on; without ``failures`` the error propagates (as it
    always does from spaCy's own trained components)."""
    # articles a chunk of which failed, by id(): the dict keeps them alive, so that an id is
    # never reused by a later article while it is here (failures are rare, the dict small)
    failed: dict[int, Article] = {}

    def skip(name: str, proc, docs: list[Doc], error: Exception) -> None:
        # spaCy calls this instead of raising and drops ``docs`` from the stream; with
        # ``as_tuples`` each doc carries its piece as its context
        for doc in docs:
            piece: _Piece = doc._context
            if id(piece.article) not in failed:
                failed[id(piece.article)] = piece.article
                failures.append(StageFailure(piece.article, name, error))

    # Parley's stages (components without a ``pipe`` method) take the pipeline's default
    # handler; it is set on every call, so that one left from an earlier run does not swallow
    # this one's errors. (``nlp.set_error_handler`` would also reach the trained components,
    # but spaCy 3.8's parser refuses one.)
    nlp.default_error_handler = skip if failures is not None else raise_error
    parts: list[tuple[int, Extraction]] = []
    for doc, piece in _piped(nlp, _pieces(articles, chunk_chars), batch_size):
        if parts and parts[0][1].article is not piece.article:
            parts = []  # the rest of an article a chunk of which failed
        if id(piece.article) in failed:
            continue
        if piece.count == 1:
            yield to_extraction(piece.article, doc)
            continue
        parts.append((piece.offset, to_extraction(piece.article, doc)))
        if on_chunk is not None:
            on_chunk(piece.article, piece.index + 1, piece.count)
        if piece.index + 1 == piece.count:
            yield join(piece.article, parts)
            parts = []
