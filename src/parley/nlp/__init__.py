"""The English spaCy pipeline Parley ships, and how to load it or another one.

The shipped pipeline (tagger, morphologizer, trainable lemmatizer, parser, NER) lives in
``parley/nlp/model`` and is produced by ``python -m parley.nlp.train``. Any installed spaCy
pipeline can replace it: pass its name or path as ``model`` (``--model`` on the command line)
or set ``PARLEY_MODEL``.
"""

from __future__ import annotations

import os
from pathlib import Path

import spacy
from spacy.language import Language

# the shipped pipeline's own components: its lemma table, its gazetteer of place names and
# its trimming of entity ends
import parley.nlp.entity_edges
import parley.nlp.lemma_table
import parley.nlp.place_names  # noqa: F401

# The setting that names a spaCy pipeline to use instead of the shipped one.
MODEL_SETTING = "PARLEY_MODEL"
SHIPPED_MODEL = Path(__file__).parent / "model"


class ModelNotFound(RuntimeError):
    """The requested spaCy pipeline cannot be loaded."""


def resolve_model(model: str | None = None) -> str:
    """Return what to load: ``model`` if given, else ``$PARLEY_MODEL``, else the shipped one."""
    return model or os.environ.get(MODEL_SETTING) or str(SHIPPED_MODEL)


def load_base(model: str | None = None) -> Language:
    """Load the spaCy pipeline alone, without Parley's stages."""
    name = resolve_model(model)
    try:
        return spacy.load(name)
    except OSError as err:
        if name == str(SHIPPED_MODEL):
            raise ModelNotFound(
                f"the shipped pipeline is missing at {name}; reinstall Parley or train it with "
                "`python -m parley.nlp.train`"
            ) from err
        raise ModelNotFound(
            f"cannot load spaCy pipeline {name!r}; install it (it must be a package name or a "
            f"folder spaCy can load) or unset {MODEL_SETTING}"
        ) from err
