"""The attribution lexicon: cue verbs and nouns by class, and channel words (data files)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def _rows(path: Path) -> list[list[str]]:
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]  # lemma -> class (speech, cognition, intention, demand, ...)
    nouns: dict[str, str]
    channels: dict[str, str]  # word -> kind (document, audience, broadcast, online, ...)

    def verb_class(self, lemma: str) -> str | None:
        return self.verbs.get(lemma)

    def noun_class(self, lemma: str) -> str | None:
        return self.nouns.get(lemma)

    def channel_kind(self, lemma: str) -> str | None:
        return self.channels.get(lemma.lower())


@cache
def load_lexicon() -> Lexicon:
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for lemma, part, cls in _rows(DATA / "cues.tsv"):
        (verbs if part == "verb" else nouns).setdefault(lemma, cls)
    channels = {word: kind for word, kind in _rows(DATA / "channels.tsv")}
    return Lexicon(verbs=verbs, nouns=nouns, channels=channels)
