"""Entity ends the NER ran past, and common words it took for names: a component after the
NER and the gazetteer.

The NER at times carries an entity on over a word that cannot end a name: a lower-case word
("Queensland half", "St. Thomas residents"), a day's name ("Fallujah Wednesday") or a
trailing mark ("Bryan Hull -"). This component drops such words from the end of each entity
(never its last word). Chosen on EWT dev with the train-only weights, where it lifted NER F1
from 61.14 to 61.48; trimming a trailing possessive "'s" changed nothing there and is not done.

It also drops a one-word entity that is a common word capitalised ("Laughter", "Pledge",
"Excerpt"): one that the training sentences (``fit``, run by the training script) write in
lower case at least ``COMMON_MIN_LOWER`` times and as a capitalised proper noun at most
``COMMON_MAX_PROPER_SHARE`` as often. On EWT dev with the 20-epoch train-only weights this
lifted NER F1 from 61.42 to 61.66.

Last, it labels as a person a name standing alone on its line, which the NER, with no words
around it to go by, leaves out: sentences made only of capitalised proper nouns (and marks),
two or three words in all, with no entity in them (a signature, "Christa Winfrey"; a byline).
In EWT train, 101 of 104 sentences of two or three capitalised words all tagged PROPN are one
person's name. On EWT dev with the train-only weights this lifted NER F1 from 61.66 to 63.13
(raw text unchanged: the sentence splitter there joins such a line to its neighbours).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

# A common word: seen in lower case this often in training (chosen on EWT dev: 3, 5, 10 and
# 20 gave 61.66, 61.52, 61.49, 61.45) ...
COMMON_MIN_LOWER = 3
# ... and as a capitalised proper noun at most this share as often (0, 0.1, 0.2 on dev: 61.63,
# 61.66, 61.65).
COMMON_MAX_PROPER_SHARE = 0.1


class Annotated(Protocol):
    """A training sentence: its words with UPOS (``corpus.Sentence``)."""

    words: list[str]
    pos: list[str]


# Day names, which follow a place in news datelines ("Fallujah Wednesday"); written out here
# (the calendar module's follow the machine's locale). Month names are left out: "Theresa May",
# "April", "June" end names.
DAY_NAMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
# Words in a name line: a person's name is two or three words ("Debra Perlingiere", "Mary
# Ann Smith"); one word alone is as often a place or a greeting.
NAME_LINE_WORDS = (2, 3)
# The labels of people in the shipped NER's scheme (Universal NER: PER) and spaCy's.
PERSON_LABELS = ("PER", "PERSON")
# Marks that can end a name: the full stop of "Inc." or "Jr." and a closing bracket.
NAME_FINAL_MARKS = frozenset({".", ")"})


def cannot_end_name(tok: Token) -> bool:
    """A word no name ends with: lower case, a day's name, or a mark other than '.' / ')'."""
    if tok.is_alpha and tok.is_lower:
        return True
    if tok.lower_ in DAY_NAMES:
        return True
    return tok.is_punct and tok.text not in NAME_FINAL_MARKS


def trimmed(ent: Span) -> Span:
    end = ent.end
    while end - ent.start > 1 and cannot_end_name(ent.doc[end - 1]):
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


def split_at_comma(ent: Span) -> list[Span]:
    """A body's name run on over a comma into a person's ("the Ministry of Foreign Affairs,
    Farhod Nazarov"): two entities, the words after the comma a person when they are two or
    three capitalised proper nouns (a name in apposition)."""
    commas = [t.i for t in ent if t.text == ","]
    if ent.label_ in PERSON_LABELS or len(commas) != 1 or commas[0] == ent.start:
        return [ent]
    after = ent.doc[commas[0] + 1 : ent.end]
    if not (
        NAME_LINE_WORDS[0] <= len(after) <= NAME_LINE_WORDS[1]
        and all(t.pos_ == "PROPN" and t.is_title for t in after)
    ):
        return [ent]
    before = Span(ent.doc, ent.start, commas[0], label=ent.label_)
    return [before, Span(ent.doc, after.start, after.end, label=PERSON_LABELS[0])]


def common_words(sentences: Iterable[Annotated]) -> set[str]:
    """The words training writes in lower case and seldom as a capitalised proper noun."""
    lower: Counter = Counter()
    proper: Counter = Counter()
    for s in sentences:
        for word, pos in zip(s.words, s.pos, strict=True):
            if word.islower():
                lower[word] += 1
            elif pos == "PROPN":
                proper[word.lower()] += 1
    return {
        w
        for w, n in lower.items()
        if n >= COMMON_MIN_LOWER and proper[w] <= COMMON_MAX_PROPER_SHARE * n
    }


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun that is no day's name ("Saturday & Sunday")."""
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.lower_ not in DAY_NAMES


def name_lines(doc: Doc) -> Iterable[list[Token]]:
    """The words of each run of sentences made only of capitalised proper nouns and marks."""
    run: list[Token] = []
    for sent in doc.sents:
        if all(t.is_punct or _name_word(t) for t in sent):
            run.extend(t for t in sent if not t.is_punct)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def lone_names(doc: Doc) -> list[Span]:
    """A person's name standing alone on its line, where the NER found no entity (none
    before the parser has split sentences)."""
    if not doc.has_annotation("SENT_START"):
        return []
    low, high = NAME_LINE_WORDS
    found = []
    for words in name_lines(doc):
        start, end = words[0].i, words[-1].i + 1
        if low <= len(words) <= high and not any(e.start < end and start < e.end for e in doc.ents):
            found.append(Span(doc, start, end, label="PER"))
    return found


class EntityEdges:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.common: set[str] = set()

    def fit(self, sentences: Iterable[Annotated]) -> None:
        self.common = common_words(sentences)

    def keeps(self, ent: Span) -> bool:
        return len(ent) > 1 or ent[0].lower_ not in self.common

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [p for e in doc.ents if self.keeps(e) for p in split_at_comma(trimmed(e))]
        doc.ents = sorted([*doc.ents, *lone_names(doc)], key=lambda e: e.start)
        return doc

    def to_disk(self, path: Path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "common.json").write_text(json.dumps(sorted(self.common)), "utf-8")

    def from_disk(self, path: Path, exclude=()) -> EntityEdges:
        saved = Path(path) / "common.json"
        # a pipeline finished before the common words were learned trims ends only
        self.common = set(json.loads(saved.read_text("utf-8"))) if saved.exists() else set()
        return self

    def to_bytes(self, exclude=()) -> bytes:
        return json.dumps(sorted(self.common)).encode("utf-8")

    def from_bytes(self, data: bytes, exclude=()) -> EntityEdges:
        self.common = set(json.loads(data.decode("utf-8")))
        return self


@Language.factory("parley_entity_edges", requires=["doc.ents"], assigns=["doc.ents"])
def make_entity_edges(nlp: Language, name: str) -> EntityEdges:
    return EntityEdges(nlp, name)
