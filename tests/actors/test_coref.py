"""Pronouns resolved to entities by the coreference ranking, on real parses."""

from __future__ import annotations

import re

import pytest

from parley.actors.coref import antecedent, model


def _entities(doc, *names):
    out = []
    for name in names:
        spans = [
            doc.char_span(m.start(), m.end(), alignment_mode="expand")
            for m in re.finditer(re.escape(name), doc.text)
        ]
        out.append([s for s in spans if s is not None])
    return out


def _pronoun(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


def test_a_possessive_goes_to_its_own_clause_subject(nlp):
    doc = nlp("The envoy met Amina Yusuf in Niamey. Later Diallo said his side was ready.")
    found, _ = antecedent(_pronoun(doc, "his"), _entities(doc, "Amina Yusuf", "Diallo"))
    assert found == 1


def test_an_object_pronoun_is_not_its_own_clause_subject(nlp):
    doc = nlp("Amina Yusuf spoke first. Diallo praised her warmly.")
    her = _pronoun(doc, "her")
    found, _ = antecedent(her, _entities(doc, "Amina Yusuf", "Diallo"), threshold=0.0)
    assert found == 0


def test_an_object_pronoun_of_a_clause_with_no_subject_is_not_its_controller(nlp):
    doc = nlp("Amina Yusuf led the march. Police fired tear gas to disperse them.")
    them = _pronoun(doc, "them")
    found, _ = antecedent(them, _entities(doc, "Amina Yusuf", "Police"), threshold=0.0)
    assert found == 0
    doc = nlp("Amina Yusuf spoke first. Diallo asked Moussa Kone to thank her.")
    her = _pronoun(doc, "her")
    names = ("Amina Yusuf", "Diallo", "Moussa Kone")
    found, _ = antecedent(her, _entities(doc, *names), threshold=0.0)
    assert found != 2


def test_a_subject_pronoun_follows_the_earlier_subject(nlp):
    doc = nlp("Diallo thanked Amina Yusuf for the talks. He then left for Bamako.")
    found, _ = antecedent(_pronoun(doc, "He"), _entities(doc, "Amina Yusuf", "Diallo"))
    assert found == 1


def test_no_candidate_left_means_no_antecedent(nlp):
    doc = nlp("He said the talks would resume.")
    assert antecedent(_pronoun(doc, "He"), [[]])[0] is None


def test_a_malformed_weights_file_names_its_line(tmp_path):
    path = tmp_path / "w.tsv"
    path.write_text("bias\t0.1\nthreshold 0.3\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"w\.tsv:2"):
        model(path)


def test_a_possessive_is_not_the_person_it_possesses(nlp):
    doc = nlp("Yakete denied the charges. His lawyer, Marie Ouandet, said the court was biased.")
    found, _ = antecedent(_pronoun(doc, "His"), _entities(doc, "Yakete", "lawyer"), threshold=0.0)
    assert found == 0
