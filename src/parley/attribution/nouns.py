"""Nouns, adjectives and phrases as cues: "assurances that S", "Moscow's call for a truce",
"is critical of Y", "According to X", "In the latest poll, X leads"."""

from __future__ import annotations

from spacy.tokens import Token

from parley.attribution.clauses import _is_complement, _topic
from parley.attribution.grammar import (
    GIVER_MAX_WORDS,
    OBJ,
    STANCE_PREPOSITIONS,
    TOPIC_PREPOSITIONS,
    WILL_CLASSES,
)
from parley.attribution.spans import Found, _char_span, _merge_adjacent, _subtree_span, _text
from parley.attribution.speakers import _phrase_span
from parley.attribution.word_order import _compound_subject
from parley.nlp.syntax import (
    CLAUSE,
    OPEN_CLAUSE,
    SUBJ,
)
from parley.nlp.syntax import children as _children


class NounCues:
    """The rules whose cue is a noun, an adjective or a phrase."""

    def _noun_cue(self, noun: Token, mentions: list[tuple[int, int]]) -> Found | None:
        """ "assurances that S", "the claim that S", "Russia's demands that S"."""
        if self.lex.noun_class(noun.lemma_.lower()) is None:
            return None
        comp = [c for c in noun.children if _is_complement(c)]
        if not comp and self.lex.noun_class(noun.lemma_.lower()) in WILL_CLASSES:
            # "Clinton's plans to rally the unions", "the demand to withdraw"
            comp = [
                c
                for c in noun.children
                if c.dep_ in ("acl", "xcomp") and any(k.lower_ == "to" for k in c.children)
            ]
        poss = [c for c in noun.children if c.dep_ in ("nmod:poss", "poss")]
        if not poss:
            # "The U.S. plans to ...", tagged as a compound noun
            poss = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not comp and poss:
            return self._noun_topic(noun, poss[0])
        if not comp:
            return self._noun_from(noun)
        content = [self._content_span(comp[0])]
        source = None
        if poss:
            source = _subtree_span(poss[0])
        elif (
            noun.dep_ == "ROOT"
            and (compound := _compound_subject(noun))
            and compound[0].pos_ in ("DET", "PRON")
        ):
            # "The Republican candidate plans to V": the sentence's only word that could be
            # its verb, read as a noun with its subject (a whole noun phrase) as a compound
            source = _phrase_span(compound)
        elif noun.dep_ in OBJ and noun.head.pos_ == "VERB":
            subj = self._subject(noun.head)
            if subj:
                source = _phrase_span(subj)
        if source is None:
            # The parse lost the giver ("X gave assurances that S"): the last actor named
            # before the noun in its sentence.
            before = [m for m in mentions if noun.sent.start_char <= m[0] and m[1] <= noun.idx]
            source = max(before) if before else None
        cue = [_char_span([noun])]
        if noun.dep_ in OBJ and source is not None and not poss:
            cue = [_char_span([noun.head]), *cue]
        return Found(
            cue=cue, content=content, source=source, cls=self.lex.noun_class(noun.lemma_.lower())
        )

    def _noun_from(self, noun: Token) -> Found | None:
        """ "criticism from Clinton about who can advance the agenda": a reporting noun right
        before a "from" phrase that names its giver, and the topic phrase after that as the
        content; read from the word order, as parsers hang these phrases anywhere."""
        doc = noun.doc
        nxt = noun.i + 1
        if nxt >= noun.sent.end or doc[nxt].lower_ != "from":
            return None
        end = min(noun.sent.end, nxt + 1 + GIVER_MAX_WORDS + 1)
        case = next(
            (
                t
                for t in doc[nxt + 1 : end]
                if t.lower_ in TOPIC_PREPOSITIONS and t.dep_ in ("case", "mark", "prep")
            ),
            None,
        )
        if case is None or case.head.i <= case.i:
            return None
        giver = list(doc[nxt + 1 : case.i])
        if not giver or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in giver):
            return None
        topic = [t for t in case.head.subtree if t.i > case.i]
        while topic and topic[-1].is_punct:
            topic.pop()
        if not topic:
            return None
        return Found(
            cue=[_char_span([noun]), _char_span([case])],
            content=[_char_span(topic)],
            source=_char_span(giver),
            cls=self.lex.noun_class(noun.lemma_.lower()) or "speech",
        )

    def _adjective_cue(self, adj: Token) -> Found | None:
        """ "X is critical of Y", "X remains confident that S", "X is ready to talk": a stance
        adjective with its holder as the source and its clause or topic as the content."""
        cls = self.lex.adjective_class(adj.lower_)
        if cls is None:
            return None
        holder = adj.head if adj.dep_ in ("xcomp", "acomp") else adj
        subject = _children(holder, SUBJ)
        if not subject:
            return None
        cue, content = [adj], None
        clause = _children(adj, CLAUSE | OPEN_CLAUSE)
        if clause and clause[0].i > adj.i:
            content = self._content_span(clause[0])
        elif cls != "intention" and (topic := _topic(adj, STANCE_PREPOSITIONS)) is not None:
            case, tokens = topic
            cue.append(case)
            content = _char_span(tokens)
        if content is None:
            return None
        return Found(
            cue=_merge_adjacent([_char_span([t]) for t in cue], _text(adj.doc)),
            content=[content],
            source=_phrase_span(subject),
            cls=cls,
        )

    def _noun_topic(self, noun: Token, owner: Token) -> Found | None:
        """ "Russia's call for a ceasefire", "his criticism of the deal": a reporting noun
        with its owner as the source and what its preposition names as the content."""
        topic = _topic(noun, TOPIC_PREPOSITIONS)
        if topic is None:
            return None
        case, tokens = topic
        source = _subtree_span(owner)
        subject = self._subject(noun.head) if noun.dep_ in OBJ else []
        if owner.pos_ == "PRON" and subject:
            source = _phrase_span(subject)  # "Trump kept up his criticism of X": Trump
        return Found(
            cue=[_char_span([noun, case])],
            content=[_char_span(tokens)],
            source=source,
            cls=self.lex.noun_class(noun.lemma_.lower()) or "speech",
        )

    def _according_to(self, tok: Token) -> Found | None:
        """ "According to X, S" and "S, according to X"."""
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if tok.lower_ != "according" or nxt is None or nxt.lower_ != "to":
            return None
        source_head = tok.head if tok.head.i > nxt.i else None
        if source_head is None:
            following = [
                t for t in tok.doc[nxt.i + 1 : tok.sent.end] if t.pos_ in ("PROPN", "NOUN", "PRON")
            ]
            source_head = following[0] if following else None
        if source_head is None:
            return None
        src = _phrase_span([source_head])
        sent = tok.sent
        comma = next((t for t in tok.doc[nxt.i + 1 : sent.end] if t.text == ","), None)
        if comma is not None and tok.i == sent.start and source_head == sent.root:
            # "According to a poll out Thursday, S" with the poll made the sentence's root:
            # the source ends at the comma
            src = _char_span([t for t in tok.doc[nxt.i + 1 : comma.i] if not t.is_space])
        cut_start = tok.idx
        cut_end = src[1]
        rest = [t for t in sent if not (cut_start <= t.idx < cut_end) and not t.is_punct]
        if not rest:
            return None
        return Found(
            cue=[(tok.idx, nxt.idx + len(nxt.text))], content=[_char_span(rest)], source=src
        )

    def _in_source(self, tok: Token) -> Found | None:
        """ "In the latest poll, Clinton leads by ten points", "he has led in the polls": a
        poll, study or report (lexicon part "source") in an "in" phrase is the source of the
        clause it modifies ("In a poll, most voters said S" too), unless it comes after the
        subject of a cue of the clause's own ("the ministry said in a report that S")."""
        noun = tok.head
        if tok.lower_ != "in" or tok.dep_ != "case" or noun.dep_ not in ("obl", "nmod", "pobj"):
            return None
        if self.lex.source_class(noun.lemma_.lower()) is None:
            return None
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX", "ADJ", "ADV"):
            return None
        inner = {t.i for t in noun.subtree}
        # marks aside, but not a subject that is one ("31% of voters said S")
        rest = [t for t in verb.subtree if t.i not in inner and t.dep_ != "punct"]
        subjects = [t for t in rest if t.dep_ in SUBJ and t.head == verb]
        if not subjects:
            return None
        if self._cue_class(verb) is not None and tok.i > subjects[0].i:
            return None  # "the ministry said in a report that S": where it was said
        return Found(
            cue=[_char_span([tok])],
            content=[_char_span(rest)],
            source=_phrase_span([noun]),
            cls=self.lex.source_class(noun.lemma_.lower()),
        )
