"""The shared syntax layer reads a parse in Universal Dependencies labels (Parley's shipped
pipeline) and in ClearNLP labels (spaCy's own English pipelines) alike."""

from __future__ import annotations

import gc
import weakref

import pytest
import spacy
from spacy.tokens import Doc

from parley.nlp.syntax import (
    PASSIVE_AUX,
    PASSIVE_SUBJ,
    SUBJ,
    children,
    expanded_span,
    mark,
    negated,
)

# "The talks were not suspended by the army ." with each scheme's labels; heads are indices.
WORDS = ["The", "talks", "were", "not", "suspended", "by", "the", "army", "."]
HEADS = [1, 4, 4, 4, 4, 7, 7, 4, 4]
SCHEMES = {
    "ud": ["det", "nsubj:pass", "aux:pass", "advmod", "ROOT", "case", "det", "obl:agent", "punct"],
    "clearnlp": ["det", "nsubjpass", "auxpass", "neg", "ROOT", "prep", "det", "agent", "punct"],
}


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_a_negated_passive_reads_the_same_in_both_label_schemes(scheme):
    doc = Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=SCHEMES[scheme])
    verb = doc[4]
    assert [t.text for t in children(verb, SUBJ)] == ["talks"]
    assert [t.text for t in children(verb, PASSIVE_SUBJ)] == ["talks"]
    assert [t.text for t in children(verb, PASSIVE_AUX)] == ["were"]
    assert negated(verb) and not negated(doc[1])


def test_a_clause_mark_and_a_space_the_parser_hung_a_name_on():
    words = ["He", "said", "that", "\u00a0", "Ruiz", "left"]
    heads = [1, 1, 5, 4, 5, 1]
    deps = ["nsubj", "ROOT", "mark", "dep", "nsubj", "ccomp"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert mark(doc[5]) == "that" and mark(doc[1]) is None
    # the no-break space stands aside for the name under it
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Envoy", "\u00a0", "Ruiz", "left"],
        heads=[2, 3, 1, 3],
        deps=["compound", "nsubj", "dep", "ROOT"],
    )
    assert [t.text for t in children(doc[3], SUBJ)] == ["Ruiz"]


def test_a_mention_read_as_a_span_covers_its_words_however_often_asked():
    doc = Doc(spacy.blank("en").vocab, words=["Envoy", "Ruiz", "left", "Goma", "."])
    first = expanded_span(doc, 7, 9)  # "iz": inside "Ruiz", widened to the word
    assert first is not None and first.text == "Ruiz"
    again = expanded_span(doc, 7, 9)  # found once per doc, the same words each time
    assert (again.start, again.end) == (first.start, first.end)
    assert expanded_span(doc, 0, 10).text == "Envoy Ruiz"
    other = Doc(doc.vocab, words=["Ruiz", "met", "Envoy", "Bah"])
    assert expanded_span(other, 7, 9).text == "met"  # another doc, its own words


def test_spans_read_once_do_not_keep_their_doc_alive():
    # a corpus run reads one article after another: each doc must go when its stage is done
    doc = Doc(spacy.blank("en").vocab, words=["Envoy", "Ruiz", "left", "Goma", "."])
    assert expanded_span(doc, 0, 5).text == "Envoy"
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None
