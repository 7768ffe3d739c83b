"""Parley's whole pipeline: the spaCy pipeline followed by Parley's stages, and the records
it yields for each article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

import parley.actors  # noqa: F401  (registers the parley_actors component)
from parley.model import Article, Extraction
from parley.nlp import load_base

# Parley's stages in the order data flows through them; later issues append theirs.
STAGES = ("parley_actors",)


def build(model: str | None = None) -> Language:
    """Load the spaCy pipeline (shipped unless ``model`` names another) and add Parley's stages."""
    nlp = load_base(model)
    for stage in STAGES:
        if stage not in nlp.pipe_names:
            nlp.add_pipe(stage)
    return nlp


def to_extraction(article: Article, doc: Doc) -> Extraction:
    """Collect what the stages wrote on ``doc`` into the article's record."""
    return Extraction(
        article=article,
        actors=list(doc._.actors or []),
        attributions=list(doc._.get("attributions") or [])
        if Doc.has_extension("attributions")
        else [],
        events=list(doc._.get("events") or []) if Doc.has_extension("events") else [],
    )


def extract(
    nlp: Language, articles: Iterable[Article], batch_size: int = 16
) -> Iterator[Extraction]:
    """Run the pipeline over ``articles`` (streamed in batches) and yield one record each."""
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield to_extraction(article, doc)
