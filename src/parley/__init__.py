"""Parley: attributed, queryable records of conflict and negotiation news."""

from __future__ import annotations

__version__ = "0.1.0"


def open(db):  # parley.open(...) reads as the API it is
    """Open a Parley store (``"parley.sqlite"`` or ``"postgresql://..."``) for reading into
    pandas DataFrames; see ``parley.api``."""
    from parley.api import open_database

    return open_database(db)
