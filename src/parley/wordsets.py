"""Word sets kept in data files: one set a line, ``name<TAB>word, word, ...``, with ``#``
comment lines above it saying what the set is and where its words come from."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def word_sets(path: Path) -> dict[str, frozenset[str]]:
    """The sets of ``path`` by name; a malformed line raises ``ValueError`` naming it."""
    out: dict[str, frozenset[str]] = {}
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        name, sep, words = line.partition("\t")
        if not sep or name in out:
            raise ValueError(f"{path}:{lineno}: write 'name<TAB>word, word' once per set")
        out[name] = frozenset(w.strip() for w in words.split(",") if w.strip())
    return out
