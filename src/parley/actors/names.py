"""Stable keys for names: the same name gives the same id in every article."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def slug(name: str) -> str:
    """A stable, readable key for a name: accents folded, lower case, words joined by '-'."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^\w]+", "-", folded).strip("-") or "unnamed"


def actor_id(name: str, actor_type: str) -> str:
    """The id of an actor known only by name: ``type:slug``."""
    return f"{actor_type}:{slug(name)}"


# Letters and pairs that romanisations of one name write differently, mapped to one form
# (BGN/PCGN, ISO 9 and scholarly romanisations of Cyrillic; common romanisations of Arabic
# and Persian): Ukrainian "h" and Russian "g" for one letter ("Hrytsenko" / "Gritsenko"),
# "kh"/"h" ("Khalid" / "Halid"), "ts"/"tz"/"c", "y"/"i"/"j" for the same vowel ("Yelena" /
# "Jelena" / "Ielena"), "w"/"v", "q"/"k", "ou"/"u" (French-based: "Mahmoud"), doubled letters.
# Applied in order; a name's key is compared, never shown.
# The Arabic article joined to a name, written or left out ("al-Mabrouk" / "Mabruk"), with
# its sun-letter forms ("ad-", "as-", "ash-").
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-")
ROMANISATION_VARIANTS = (
    ("kh", "h"),
    ("gh", "g"),
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("tch", "c"),
    ("ch", "c"),
    ("tz", "c"),
    ("ts", "c"),
    ("sch", "s"),
    ("sh", "s"),
    ("ph", "f"),
    ("th", "t"),
    ("ou", "u"),
    ("h", "g"),
    ("y", "i"),
    ("j", "i"),
    ("w", "v"),
    ("q", "k"),
)


@lru_cache(maxsize=1 << 16)
def spelling_key(word: str) -> str:
    """One form for the romanisations of one name: "Hrytsenko" and "Gritsenko" -> "gricenko"."""
    key = ARABIC_ARTICLE.sub("", slug(word)).replace("-", "")
    for old, new in ROMANISATION_VARIANTS:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)
