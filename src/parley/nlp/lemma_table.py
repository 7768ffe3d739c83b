"""Lemmas of words seen in training, by table: a component after the trainable lemmatizer.

The edit-tree lemmatizer generalises to unseen words but slips on frequent ones and on case
("Perlingiere" -> "perlingiere"). This component holds, for every (word, UPOS) pair of the
training corpus whose lemma is the same in at least ``MIN_AGREEMENT`` of its occurrences, that
lemma, and overrides the prediction with it; a proper noun the table lacks keeps its own case.
On EWT dev it lifts lemma accuracy from 96.0 to 96.3 (``benchmarks/nlp_accuracy.py``).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

# Share of a (word, UPOS) pair's occurrences that must agree on one lemma for the table to
# hold it; 0.99 keeps ambiguous pairs ("'s" as "be" or "have") to the trained lemmatizer
# (chosen on EWT dev: 0.9 and 0.95 gave lower accuracy).
MIN_AGREEMENT = 0.99


class LemmaTable:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.table: dict[str, str] = {}

    @staticmethod
    def key(word: str, pos: str) -> str:
        return f"{pos}\t{word}"

    def fit(self, triples: Iterable[tuple[str, str, str]]) -> None:
        """Learn the table from (word, UPOS, lemma) triples."""
        counts: dict[str, Counter] = defaultdict(Counter)
        for word, pos, lemma in triples:
            counts[self.key(word, pos)][lemma] += 1
        self.table = {}
        for key, lemmas in counts.items():
            lemma, n = lemmas.most_common(1)[0]
            if n / sum(lemmas.values()) >= MIN_AGREEMENT:
                self.table[key] = lemma

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            lemma = self.table.get(self.key(tok.text, tok.pos_))
            if lemma is not None:
                tok.lemma_ = lemma
            elif tok.pos_ == "PROPN" and tok.lemma_.lower() == tok.text.lower():
                tok.lemma_ = tok.text
        return doc

    def to_disk(self, path: Path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "table.json").write_text(json.dumps(self.table, ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, exclude=()) -> LemmaTable:
        self.table = json.loads((Path(path) / "table.json").read_text("utf-8"))
        return self


@Language.factory(
    "parley_lemma_table", requires=["token.pos", "token.lemma"], assigns=["token.lemma"]
)
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable(nlp, name)
