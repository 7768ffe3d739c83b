"""The attribution lexicon: cue verbs, nouns and stance adjectives by class, and channel words
(data files)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
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
    adjectives: dict[str, str]  # stance adjectives: "critical (of)", "confident"
    sources: dict[str, str]  # nouns that are a source after "in": "in the latest poll"
    raising: frozenset[str] = frozenset()  # "X seems to V": X is part of the content
    clause_only: frozenset[str] = frozenset()  # "found that S" reports, "found a job" not
    activity: frozenset[str] = frozenset()  # "as he spoke, ...": a time, not "as he noted, S"
    medium_verbs: frozenset[str] = frozenset()  # "wrote a letter": the object is the channel

    def verb_class(self, lemma: str) -> str | None:
        return self.verbs.get(lemma)

    @cached_property
    def source_nouns(self) -> frozenset[str]:
        """The nouns that can be a report's source ("poll", "study")."""
        return frozenset(self.sources)

    @cached_property
    def documents(self) -> frozenset[str]:
        """The channel words that name a document a body speaks through ("statement",
        "communique"): "The statement said" is its issuer."""
        return frozenset(w for w, kind in self.channels.items() if kind == "document")

    @cached_property
    def source_plurals(self) -> frozenset[str]:
        """Their plurals in "s" ("polls"), which a tagger may leave unlemmatised."""
        return frozenset(f"{w}s" for w in self.sources)

    @cached_property
    def verb_heads(self) -> frozenset[str]:
        """The first word of every cue verb, phrasal ones included ("lay" of "lay out"): a
        verb whose lemma is none of these is no cue, whatever its particle."""
        return frozenset(key.split(" ", 1)[0] for key in self.verbs)

    def noun_class(self, lemma: str) -> str | None:
        return self.nouns.get(lemma)

    def adjective_class(self, lemma: str) -> str | None:
        return self.adjectives.get(lemma)

    def source_class(self, lemma: str) -> str | None:
        return self.sources.get(lemma)

    def channel_kind(self, lemma: str) -> str | None:
        return self.channels.get(lemma.lower())


@cache
def load_lexicon(data_dir: Path = DATA) -> Lexicon:
    """The lexicon in ``data_dir`` (the bundled one unless a folder of files in the same
    format is given: the stage's ``lexicon_dir`` setting)."""
    by_part: dict[str, dict[str, str]] = {
        "verb": {},
        "noun": {},
        "adj": {},
        "source": {},
        "raising": {},
        "clause": {},
        "activity": {},
        "medium": {},
    }
    for lemma, part, cls in _rows(data_dir / "cues.tsv"):
        by_part[part].setdefault(lemma, cls)
    channels = {word: kind for word, kind in _rows(data_dir / "channels.tsv")}
    return Lexicon(
        verbs=by_part["verb"],
        nouns=by_part["noun"],
        channels=channels,
        adjectives=by_part["adj"],
        sources=by_part["source"],
        raising=frozenset(by_part["raising"]),
        clause_only=frozenset(by_part["clause"]),
        activity=frozenset(by_part["activity"]),
        medium_verbs=frozenset(by_part["medium"]),
    )
