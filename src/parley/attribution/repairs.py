"""Report verbs the tagger or parser misread ("Polls show S" with "show" a noun,
"D'Souza argues that S", "expressed concern that S")."""

from __future__ import annotations

from spacy.tokens import Token

from parley.attribution.grammar import LISTENER_OBJECT, NOUN_MODIFIERS
from parley.attribution.spans import Found, _rest_of_sentence
from parley.attribution.word_order import _in_word_order, _noun_phrase_start
from parley.nlp.syntax import (
    FINITE_TAGS,
)


class Repairs:
    """The rules for report verbs the tagger or parser misread."""

    def _misread_report(self, tok: Token) -> Found | None:
        """ "Recent polling shows that S", "A new poll shows Trump ahead": a report verb in
        the third person right after a poll or study noun, which the tagger may read as a
        plural noun ("polling shows" as one compound) and the parser then leaves with no
        subject; the noun phrase before it is the source and the rest of the sentence the
        content."""
        word = tok.lower_
        if tok.i == 0 or tok.tag_ in ("VBD", "VBN", "VBG"):
            return None
        doc = tok.doc
        before = doc[tok.i - 1]
        plural = before.tag_ in ("NNS", "NNPS") and before.lower_.endswith("s")
        # a capitalised "Polls" may be tagged a name, whose lemma keeps the plural
        nouns = (before.lemma_.lower(), before.lower_[:-1]) if plural else (before.lemma_.lower(),)
        if not any(self.lex.source_class(n) for n in nouns):
            return None
        # "polling shows S" after a singular noun, "polls show S" after a plural one
        stems = (word,) if plural else (word[:-1], word[:-2]) if word.endswith("s") else ()
        stem, cls = self._verb_of(stems)
        if cls not in ("evidence", "speech") or stem in LISTENER_OBJECT:
            return None  # "the polls tell us, S": an aside
        start = _noun_phrase_start(doc, tok.i - 1)
        content = _rest_of_sentence(doc, tok.i + 1)
        if len(content) < 2 or content[0].tag_ in FINITE_TAGS | {"MD"}:
            return None  # "poll estimates show S": the verb comes after
        return _in_word_order(tok, list(doc[start : tok.i]), content, cls)

    def _verb_of(self, stems) -> tuple[str | None, str | None]:
        """The first of a word's candidate stems that is a cue verb, and its class."""
        for stem in stems:
            if stem and (cls := self.lex.verb_class(stem)):
                return stem, cls
        return None, None

    def _report_read_as_noun(self, tok: Token) -> Found | None:
        """ "D'Souza argues that S", "Cruz's associates insist he is back": a report verb in
        the present tense that the tagger read as a noun after a name or noun (news prose
        has these far more often than the web text the tagger learned from), read from the
        word order: the noun phrase before it is the source, the clause after it the
        content."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i == 0 or tok.i + 2 >= len(tok.doc):
            return None
        if not tok.is_lower:
            return None  # "Hope Hicks", "State Department", "District Judge": names
        word = tok.lower_
        stems = (word, word[:-1], word[:-2]) if word.endswith("s") else (word,)
        stem, cls = self._verb_of(stems)
        if cls not in ("speech", "cognition", "evidence") or stem in LISTENER_OBJECT:
            return None
        doc = tok.doc
        if doc[tok.i - 1].pos_ not in ("NOUN", "PROPN") or doc[tok.i - 1].tag_ == "POS":
            return None
        if any(c.dep_ in NOUN_MODIFIERS and c.i == tok.i - 1 for c in tok.children):
            return None  # "the claims that S": a noun after all
        start = tok.i + 1
        if doc[start].pos_ == "ADV":
            start += 1  # "acknowledge privately that S"
        first = doc[start]
        if first.lower_ in ("that", "whether"):
            if start + 1 >= len(doc) or doc[start + 1].pos_ in ("VERB", "AUX"):
                return None  # "plans that were dropped": a relative clause
        elif not (
            # "associates insist he is back": a plural verb after a plural noun ("talking
            # points it came to" and "questions she would not answer" are relative clauses)
            word == stem
            and doc[tok.i - 1].tag_ in ("NNS", "NNPS")
            and first.pos_ in ("PRON", "PROPN", "DET")
            and any(t.pos_ == "AUX" or t.tag_ in FINITE_TAGS for t in doc[start + 1 : start + 4])
        ):
            return None
        content = _rest_of_sentence(doc, start)
        source_start = _noun_phrase_start(doc, tok.i - 1)
        if len(content) < 3:
            return None
        return _in_word_order(tok, list(doc[source_start : tok.i]), content, cls)

    def _report_read_as_modifier(self, tok: Token) -> Found | None:
        """ "Byrne expressed concern that S", "The poll's authors worried about X": a report
        verb in the past tense that the parse made an adjective of a noun, leaving its
        sentence with no verb before it; read from the word order: the noun phrase before
        it is the source, the rest of the sentence the content."""
        if tok.dep_ not in ("amod", "acl") or tok.tag_ not in ("JJ", "VBN", "VBD"):
            return None
        if not tok.lower_.endswith("ed") or tok.i == 0 or tok.head.dep_ != "ROOT":
            return None
        word = tok.lower_
        stems = (self.verb_lemmas.get(word), word[:-2], word[:-1], word[:-3] + "y")
        _, cls = self._verb_of(stems)
        if cls not in ("speech", "cognition", "evidence", "attitude", "accusation"):
            return None
        doc = tok.doc
        start = _noun_phrase_start(doc, tok.i - 1)
        source = [t for t in doc[start : tok.i] if not t.is_space]
        sentence = doc[tok.sent.start : tok.i]
        if not source or source[-1].pos_ not in ("NOUN", "PROPN") or source[0].i == tok.i:
            return None
        if any(t.tag_ in FINITE_TAGS | {"MD"} for t in sentence):
            return None  # a verb of its own before it: the adjective is one
        content = _rest_of_sentence(doc, tok.i + 1)
        if len(content) < 2:
            return None
        return _in_word_order(tok, source, content, cls)
