"""The countries a person's name points to (``data/name_origins.tsv``): national surname
endings ("Sargsyan", "Sharifzoda", "Jokić"), the words of Burmese names, Vietnamese and
Chinese family names written first, Malay patronymics. Used only to choose between the
countries an article's parties are of (``resolve._placed_by_name``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from parley.actors.given_names import is_given_name

DATA = Path(__file__).parent / "data" / "name_origins.tsv"
# A surname ending tells its country only when the surname is this long ("Jokić", "Ivanov",
# "Sargsyan"; not "Yan" nor "Lev") and is no given name ("Adrian", "Julian" end as Armenian
# surnames do).
SUFFIX_MIN_CHARS = 5


@cache
def _table() -> dict[str, list[tuple[str, frozenset[str]]]]:
    table: dict[str, list[tuple[str, frozenset[str]]]] = {"suffix": [], "word": [], "first": []}
    for line in DATA.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, words, countries = line.split("\t")
        codes = frozenset(countries.split())
        table[kind] += [(w.strip(), codes) for w in words.split(",")]
    # the longest ending first: "ović" before "ić", "yeva" before "eva"
    table["suffix"].sort(key=lambda entry: -len(entry[0]))
    return table


def countries_of(name: str) -> frozenset[str]:
    """The countries whose naming ``name`` (a person's, in full) follows; empty when it
    shows none."""
    words = name.replace("-", " ").split()
    if len(words) < 2:
        return frozenset()  # a surname alone, or one word: too little to tell
    table = _table()
    found: set[str] = set()
    surname = words[-1]
    if len(surname) >= SUFFIX_MIN_CHARS and not is_given_name(surname):
        for ending, codes in table["suffix"]:
            if surname.lower().endswith(ending):
                found |= codes
                break
    found |= {c for word, codes in table["word"] if word in words for c in codes}
    found |= {c for word, codes in table["first"] if word == words[0] for c in codes}
    return frozenset(found)
