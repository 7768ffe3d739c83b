"""Stable keys for names: the same name gives the same id in every article."""

from __future__ import annotations

import re
import unicodedata


def slug(name: str) -> str:
    """A stable, readable key for a name: accents folded, lower case, words joined by '-'."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^\w]+", "-", folded).strip("-") or "unnamed"


def actor_id(name: str, actor_type: str) -> str:
    """The id of an actor known only by name: ``type:slug``."""
    return f"{actor_type}:{slug(name)}"
