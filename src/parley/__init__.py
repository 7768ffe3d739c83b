"""Parley: attributed, queryable records of conflict and negotiation news."""

from __future__ import annotations

__version__ = "0.1.0"


def open(db):  # parley.open(...) reads as the API it is
    """Open a Parley store (``"parley.sqlite"`` or ``"postgresql://..."``) for reading into
    pandas DataFrames; see ``parley.api``."""
    from parley.api import open_database

    return open_database(db)


def extract_bag(bag, **settings):
    """Parley's records of a ``dask.bag`` of JSON Lines records, as a bag (one JSON object
    per article, as `parley extract` writes); see ``parley.parallel.extract_bag``. Keyword
    settings (``model``, ``registry``, ``gazetteer``: tuples of paths) choose the pipeline."""
    from parley.parallel import PipelineSettings
    from parley.parallel import extract_bag as extract

    return extract(bag, PipelineSettings(**settings))
