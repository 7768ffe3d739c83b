"""Parley's whole pipeline: the spaCy pipeline followed by Parley's stages, and the records
it yields for each article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import raise_error

import parley.attribution
import parley.events
import parley.nlp.paragraphs  # noqa: F401  (registers parley_paragraphs)
from parley.actors import add_actor_stages
from parley.model import Article, Extraction
from parley.nlp import load_base


def build(
    model: str | None = None,
    registry_files: list[Path] | None = None,
    gazetteer_files: list[Path] | None = None,
) -> Language:
    """Load the spaCy pipeline (shipped unless ``model`` names another) and add Parley's
    stages in the order data flows through them. ``registry_files`` extend the actor registry,
    ``gazetteer_files`` (GeoNames dumps) the gazetteer."""
    nlp = load_base(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("parley_paragraphs", before="parser")
    add_actor_stages(nlp, registry_files)
    nlp.add_pipe("parley_attribution")
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
    return Extraction(
        article=article,
        actors=list(doc._.actors or []),
        attributions=_stage_output(doc, "attributions"),
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


def extract(
    nlp: Language,
    articles: Iterable[Article],
    batch_size: int = 16,
    failures: list[StageFailure] | None = None,
) -> Iterator[Extraction]:
    """Run the pipeline over ``articles`` (streamed in batches) and yield one record each.

    An article one of Parley's stages raises on is left out and, when ``failures`` is given,
    recorded there, and the run goes on; without ``failures`` the error propagates (as it
    always does from spaCy's own trained components)."""

    def skip(name: str, proc, docs: list[Doc], error: Exception) -> None:
        # spaCy calls this instead of raising and drops ``docs`` from the stream; with
        # ``as_tuples`` each doc carries its article as its context
        failures.extend(StageFailure(doc._context, name, error) for doc in docs)

    # Parley's stages (components without a ``pipe`` method) take the pipeline's default
    # handler; it is set on every call, so that one left from an earlier run does not swallow
    # this one's errors. (``nlp.set_error_handler`` would also reach the trained components,
    # but spaCy 3.8's parser refuses one.)
    nlp.default_error_handler = skip if failures is not None else raise_error
    pairs = ((make_doc(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield to_extraction(article, doc)
