"""The lemma table overrides the lemmatizer for words seen in training, follows EWT's lemma
case for words it has not seen, and maps regular inflections to lemmas training knows."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from parley.nlp.corpus import Sentence
from parley.nlp.lemma_table import LemmaTable


def sentence(*rows: tuple[str, str, str, str]) -> Sentence:
    """A training sentence from (word, UPOS, XPOS, lemma) rows."""
    s = Sentence(doc_id="d", sent_id="s", text="")
    for word, pos, tag, lemma in rows:
        s.words.append(word)
        s.pos.append(pos)
        s.tags.append(tag)
        s.lemmas.append(lemma)
    return s


TRAINING = (
    [sentence(("They", "PRON", "PRP", "they"), ("fought", "VERB", "VBD", "fight"))] * 5
    + [sentence(("It", "PRON", "PRP", "it"), ("'s", "AUX", "VBZ", "be"))] * 3
    + [sentence(("It", "PRON", "PRP", "it"), ("'s", "AUX", "VBZ", "have"))] * 2
    # Rare capitalised common nouns inside a sentence have lower-case lemmas ...
    + [sentence(("the", "DET", "DT", "the"), (w, "NOUN", "NN", w.lower())) for w in "ABCDEFGHIJ"]
    # ... and rare proper nouns keep their case.
    + [sentence(("met", "VERB", "VBD", "meet"), (w, "PROPN", "NNP", w)) for w in ("Ann", "Bo")]
    + [sentence(("an", "DET", "DT", "a"), ("applause", "NOUN", "NN", "applause"))]
    + [sentence(("to", "PART", "TO", "to"), ("smell", "VERB", "VB", "smell"))]
)


def tag(table: LemmaTable, words, pos, tags, lemmas) -> list[str]:
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags, lemmas=lemmas)
    table(doc)
    return [t.lemma_ for t in doc]


def test_table_keeps_only_consistent_pairs_and_follows_training_case(tmp_path):
    table = LemmaTable(spacy.blank("en"), "t")
    table.fit(TRAINING)
    lemmas = tag(
        table,
        ["They", "fought", "'s", "the", "Applause", "for", "Perlingiere", "Zorblat"],
        ["PRON", "VERB", "AUX", "DET", "NOUN", "ADP", "PROPN", "NOUN"],
        ["PRP", "VBD", "VBZ", "DT", "NN", "IN", "NNP", "NN"],
        ["they", "fought", "have", "the", "Applause", "for", "perlingiere", "Zorblat"],
    )
    # "fought" from the table; the ambiguous "'s" left to the lemmatizer; "Applause", a word
    # seen in lower case, lower-cased; a proper noun's case restored; an unknown capitalised
    # word the lemmatizer kept is not lower-cased on a guess.
    assert lemmas == ["they", "fight", "have", "the", "applause", "for", "Perlingiere", "Zorblat"]

    table.to_disk(tmp_path / "t")
    again = LemmaTable(spacy.blank("en"), "t").from_disk(tmp_path / "t")
    assert (again.table, again.case, again.lemmas) == (table.table, table.case, table.lemmas)


def test_a_regular_inflection_maps_to_a_lemma_training_knows():
    table = LemmaTable(spacy.blank("en"), "t")
    table.fit(TRAINING)
    # The lemmatizer's "smelle" is no verb training knows; "smell" is.
    assert (
        tag(table, ["they", "smelled"], ["PRON", "VERB"], ["PRP", "VBD"], ["they", "smelle"])[1]
        == "smell"
    )
    # A lemma that is no known verb and has no known regular stem is left alone.
    assert (
        tag(table, ["they", "zapped"], ["PRON", "VERB"], ["PRP", "VBD"], ["they", "zap"])[1]
        == "zap"
    )


def test_a_verb_takes_a_stem_training_knows_only_as_another_part_of_speech():
    table = LemmaTable(spacy.blank("en"), "t")
    table.fit([*TRAINING, sentence(("a", "DET", "DT", "a"), ("profile", "NOUN", "NN", "profile"))])
    # "profil" is no word training knows; "profile" is, as a noun
    words = ["they", "profiled", "him"]
    pos, tags = ["PRON", "VERB", "PRON"], ["PRP", "VBD", "PRP"]
    assert tag(table, words, pos, tags, ["they", "profil", "he"])[1] == "profile"


def test_a_number_loses_its_thousands_separators():
    table = LemmaTable(spacy.blank("en"), "t")
    table.fit(TRAINING)
    words = ["12,000", "troops", "and", "1,250.5", "tons"]
    pos, tags = ["NUM", "NOUN", "CCONJ", "NUM", "NOUN"], ["CD", "NNS", "CC", "CD", "NNS"]
    lemmas = ["12,000", "troop", "and", "1,250.5", "ton"]
    assert tag(table, words, pos, tags, lemmas)[::3] == ["12000", "1250.5"]


def test_a_stem_spelled_with_a_silent_e_gets_it_back():
    table = LemmaTable(spacy.blank("en"), "t")
    table.fit(TRAINING)
    # "rotat" and "resum" are no English stems; "rotate" and "resume" are
    words = ["troops", "rotating", "talks", "resumed", "they", "visited"]
    pos = ["NOUN", "VERB", "NOUN", "VERB", "PRON", "VERB"]
    tags = ["NNS", "VBG", "NNS", "VBD", "PRP", "VBD"]
    lemmas = ["troop", "rotat", "talk", "resum", "they", "visit"]
    assert tag(table, words, pos, tags, lemmas)[1::2] == ["rotate", "resume", "visit"]


def test_a_name_written_in_lower_case_keeps_its_capital_and_no_mark_is_added():
    table = LemmaTable(spacy.blank("en"), "t")
    table.fit(
        [*TRAINING, sentence(("German", "ADJ", "JJ", "German"), ("troops", "NOUN", "NNS", "troop"))]
    )
    words = ["german", "troops", "met", "Laughter"]
    pos = ["ADJ", "NOUN", "VERB", "PROPN"]
    tags = ["JJ", "NNS", "VBD", "NNP"]
    lemmas = ["german", "troop", "meet", "Laughter."]
    assert tag(table, words, pos, tags, lemmas) == ["German", "troop", "meet", "Laughter"]


def test_a_word_written_onto_a_noun_takes_the_lemma_training_gives_it_there(tmp_path):
    glued = []
    for name in ("McDonald", "Wendy", "Applebee", "Denny", "Arby"):
        s = sentence(
            ("at", "ADP", "IN", "at"), (name, "PROPN", "NNP", name), ("s", "PART", "POS", "'s")
        )
        s.spaces = [True, False, True]
        glued.append(s)
    table = LemmaTable(spacy.blank("en"), "t")
    table.fit([*TRAINING, *glued])
    # "Hardee" + "s" with no space: the possessive, whatever the tagger made of "s"
    doc = Doc(
        spacy.blank("en").vocab,
        words=["at", "Hardee", "s", "it", "s"],
        spaces=[True, False, True, True, False],
        pos=["ADP", "PROPN", "AUX", "PRON", "AUX"],
        lemmas=["at", "Hardee", "be", "it", "be"],
    )
    table(doc)
    # after a noun, "'s"; after a pronoun with a space between, left alone
    assert [t.lemma_ for t in doc][2:] == ["'s", "it", "be"]

    table.to_disk(tmp_path / "t")
    assert LemmaTable(spacy.blank("en"), "t").from_disk(tmp_path / "t").glued == table.glued
