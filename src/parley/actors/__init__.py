"""Actors: who is mentioned in an article, one ``Actor`` per real-world identity.

Two spaCy components: ``parley_registry`` (a SpanRuler whose patterns are the registry's names,
serialised with the pipeline) marks known actors in ``doc.spans["parley_registry"]``, and
``parley_actors`` resolves those and the NER's entities into ``doc._.actors``;
``parley_coref`` (``pronouns.py``) resolves third-person pronouns to those actors.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import parley.actors.pronouns  # noqa: F401  (registers parley_coref)
from parley.actors.names import actor_id, slug
from parley.actors.registry import Registry, RegistryError, load_registry, user_registry_paths
from parley.actors.resolve import Resolver

__all__ = ["RegistryError", "actor_id", "add_actor_stages", "load_registry", "slug"]

SPANS_KEY = "parley_registry"
# Names this short are too ambiguous to match on their own ("X", "IS" in a headline).
MIN_PATTERN_CHARS = 2

if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)


def registry_patterns(registry: Registry) -> list[dict]:
    """SpanRuler phrase patterns (case-sensitive) for every name of every registry entry."""
    patterns = []
    for entry in registry.entries.values():
        for name in entry.names():
            if len(name) < MIN_PATTERN_CHARS:
                continue
            variants = {name}
            if name[0].islower():  # "al-Shabaab", "the junta" open a sentence capitalised
                variants.add(name[0].upper() + name[1:])
            if entry.type == "media":
                variants.add(name.upper())  # credited in a dateline: "DUSHANBE (KHOVAR) -"
            # "Russia's Defence Ministry" is written with a typographic apostrophe as often
            variants |= {v.replace("'", "\u2019") for v in variants}
            for variant in sorted(variants):
                patterns.append({"label": entry.type, "pattern": variant, "id": entry.id})
    return patterns


@Language.factory(
    "parley_actors",
    requires=["doc.ents", "doc.spans"],
    assigns=["doc._.actors"],
    default_config={"registry_files": []},
)
def make_actors(nlp: Language, name: str, registry_files: list[str]) -> ActorsStage:
    # the config names every file: $PARLEY_REGISTRY was read when the pipeline was built
    files = [Path(p) for p in registry_files]
    return ActorsStage(Resolver(load_registry(files, from_setting=False)))


class ActorsStage:
    """The component: a class (not a closure) so that a pipeline holding it pickles."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = self.resolver.resolve(doc)
        return doc


def add_actor_stages(nlp: Language, registry_files: list[Path] | None = None) -> None:
    """Add the registry ruler and the resolver to ``nlp`` (after its NER). The user files
    (those given, else ``$PARLEY_REGISTRY``'s) are written into the pipeline's config, so a
    saved pipeline says which registry it was built with."""
    registry_files = user_registry_paths(registry_files)
    registry = load_registry(registry_files, from_setting=False)
    # The ruler is filled in a pipeline of the tokenizer alone and then taken into ``nlp``: a
    # SpanRuler reads its phrase patterns with every component before it, and the tagger,
    # parser and NER over 1,400 names cost a second at each start (their matching needs only
    # the words).
    words_only = spacy.blank(nlp.lang, vocab=nlp.vocab)
    words_only.tokenizer = nlp.tokenizer
    ruler = words_only.add_pipe(
        "span_ruler",
        name=SPANS_KEY,
        config={"spans_key": SPANS_KEY, "annotate_ents": False, "overwrite": True},
    )
    ruler.add_patterns(registry_patterns(registry))
    nlp.add_pipe(SPANS_KEY, source=words_only)
    nlp.add_pipe("parley_actors", config={"registry_files": [str(p) for p in registry_files or []]})
    nlp.add_pipe("parley_coref")
