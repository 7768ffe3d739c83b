"""EWT and UNER become annotated spaCy docs with the words, trees and entities of the source."""

from __future__ import annotations

from spacy.tokens import DocBin
from spacy.vocab import Vocab

from parley.nlp.corpus import attach_ner, read_conllu, read_iob2, sentences_to_doc
from tests.conftest import EWT, UNER, need_shared


def test_multiword_tokens_are_split_and_keep_the_original_spacing():
    need_shared()
    sents = read_conllu(EWT / "en_ewt-ud-dev.conllu")
    sent = next(s for s in sents if "n't" in s.words)
    doc = sentences_to_doc(Vocab(), [sent])
    # The doc's text is the sentence as written: contractions are not pulled apart by spaces.
    assert doc.text.replace(" ", "") == sent.text.replace(" ", "")
    assert "n't" in [t.text for t in doc]
    assert all(t.head.i >= 0 for t in doc)
    assert sum(t.dep_ == "root" for t in doc) == 1


def test_uner_entities_align_and_drop_oth():
    need_shared()
    ner = read_iob2(UNER / "en_ewt-ud-dev.iob2")
    sents = list(attach_ner(read_conllu(EWT / "en_ewt-ud-dev.conllu"), ner))
    labelled = [s for s in sents if s.ner is not None]
    assert len(labelled) > 0.99 * len(sents)
    doc = sentences_to_doc(Vocab(), labelled[:200])
    labels = {e.label_ for e in doc.ents}
    assert labels <= {"PER", "ORG", "LOC"} and len(labels) == 3


def test_convert_writes_a_docbin(tmp_path):
    need_shared()
    from parley.nlp.corpus import convert

    out = tmp_path / "dev.spacy"
    n = convert(EWT / "en_ewt-ud-dev.conllu", UNER / "en_ewt-ud-dev.iob2", out, limit=5)
    docs = list(DocBin().from_disk(out).get_docs(Vocab()))
    assert n == len(docs) == 5
    assert all(len(list(d.sents)) >= 1 and d.has_annotation("DEP") for d in docs)
