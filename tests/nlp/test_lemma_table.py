"""The lemma table overrides the lemmatizer for words seen in training, and keeps the case of
proper nouns it has not seen."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from parley.nlp.lemma_table import LemmaTable


def test_table_keeps_only_consistent_pairs_and_restores_proper_noun_case(tmp_path):
    nlp = spacy.blank("en")
    table = LemmaTable(nlp, "t")
    table.fit(
        [("fought", "VERB", "fight")] * 5 + [("'s", "AUX", "be")] * 3 + [("'s", "AUX", "have")] * 2
    )
    doc = Doc(
        nlp.vocab,
        words=["Perlingiere", "fought", "'s"],
        pos=["PROPN", "VERB", "AUX"],
        lemmas=["perlingiere", "fought", "have"],
    )
    table(doc)
    assert [t.lemma_ for t in doc] == ["Perlingiere", "fight", "have"]
    table.to_disk(tmp_path / "t")
    again = LemmaTable(nlp, "t").from_disk(tmp_path / "t")
    assert again.table == table.table
