"""The events lexicon: trigger words typed in PLOVER, and the nouns that point back at an
earlier act (data files, each naming its source)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Trigger:
    """One trigger word: the event type it carries and how its clause is read."""

    lemma: str
    pos: str  # verb | noun
    needs: frozenset[str]  # particles a verb must govern; light verbs a noun must be object of
    type: str
    subtype: str | None
    contexts: tuple[str, ...]
    role: str  # act | content | promise | propose | future-threat
    negated: str | None  # the type a negated event takes ("would not negotiate": REJECT)


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    referents: dict[str, str]  # noun lemma -> event type, "proposal" or "statement"
    harmful: frozenset[str]  # types that make a conditional or promised event a threat
    undertakings: tuple[str, ...] = ()  # phrases that open what a side will do under a deal
    # nouns that name an event by themselves ("the shooting")
    nominal: dict[str, Trigger] = field(default_factory=dict)


def _rows(path: Path) -> list[list[str]]:
    return [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _dash(cell: str) -> str | None:
    return None if cell == "-" else cell


@cache
def load_lexicon(data_dir: Path = DATA) -> Lexicon:
    """The lexicon in ``data_dir`` (the bundled one unless a folder of files in the same
    format is given: the stage's ``lexicon_dir`` setting)."""
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for lemma, pos, needs, type_, subtype, contexts, role, negated in _rows(
        data_dir / "triggers.tsv"
    ):
        trigger = Trigger(
            lemma=lemma,
            pos=pos,
            needs=frozenset() if needs == "-" else frozenset(needs.split(",")),
            type=type_,
            subtype=_dash(subtype),
            contexts=() if contexts == "-" else tuple(contexts.split(",")),
            role=role,
            negated=_dash(negated),
        )
        (verbs if pos == "verb" else nouns).setdefault(lemma, []).append(trigger)
    referents = {lemma: what for lemma, what in _rows(data_dir / "referents.tsv")}
    harmful = frozenset(_lines(data_dir / "harmful.txt"))
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        referents=referents,
        harmful=harmful,
        undertakings=tuple(_lines(data_dir / "undertakings.txt")),
        nominal={
            row[0]: Trigger(row[0], "noun", _needs(row), row[1], _dash(row[2]), (), "act", None)
            for row in _nominal_rows(data_dir)
        },
    )


def _needs(row: list[str]) -> frozenset[str]:
    """What a nominal event's phrase needs (its fourth column; none in a file written before
    the column was): ``named``, ``participants`` or ``agent``."""
    return frozenset() if len(row) < 4 or row[3] == "-" else frozenset({row[3]})


def _nominal_rows(data_dir: Path) -> list[list[str]]:
    """The nominal events of a lexicon folder; none in a folder written before the file was
    (a user's own lexicon keeps working, without nominal events)."""
    path = data_dir / "nominal_events.tsv"
    return _rows(path) if path.exists() else []


def _lines(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
