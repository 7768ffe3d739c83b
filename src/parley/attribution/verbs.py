"""Verb cues: "X said (that) S", "X denied the report", "was backed by", "is said to",
quotations beside a verb, and the subject, channel and content of a verb cue."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.attribution.clauses import (
    _addressee,
    _as_complement,
    _asks_for,
    _clause_on_object,
    _complement_above,
    _is_complement,
    _is_participle_modifier,
    _is_to_clause,
    _main_verb_on_subject,
    _phrase_after,
    _prepositional,
    _reported_clauses,
    _stray_that_clause,
    _topic,
)
from parley.attribution.grammar import (
    CHANNEL_MODIFIERS,
    INHERIT,
    INTERROGATIVES,
    LISTENER_OBJECT,
    MODIFIER,
    OBJ,
    OBJECT_CONTENT,
    PARATAXIS,
    PREDICATIVE,
    QUESTION_VERBS,
    REPORTS,
    SPEECH_TOPIC,
    TRAILING_SPEAKER_MAX_WORDS,
    YES_NO,
)
from parley.attribution.quotes import quote_at
from parley.attribution.spans import (
    Found,
    _char_span,
    _is_actor_at,
    _is_title,
    _merge_adjacent,
    _opens_with_that,
    _overlaps,
    _subtree_span,
    _text,
    _tokens_in,
    _words,
)
from parley.attribution.speakers import (
    _clause_subject,
    _content_end_before,
    _opening_speaker,
    _participle_speaker,
    _phrase_span,
    _speaker_span,
    _trailing_speaker,
)
from parley.attribution.word_order import (
    _as_aside,
    _comma_report,
    _compound_subject,
    _inverted,
    _inverted_aside,
    _just_before,
    _modal_read_name,
    _parenthetical,
    _relative_noun,
    _titled_apposition,
    _trailing_report,
)
from parley.nlp.entity_edges import DAY_NAMES
from parley.nlp.syntax import (
    AGENT,
    CLAUSE,
    FINITE_TAGS,
    OPEN_CLAUSE,
    PARTICLE,
    PASSIVE_AUX,
    PASSIVE_SUBJ,
    RELATIVE,
    SUBJ,
    WH_TAGS,
    negated,
)
from parley.nlp.syntax import children as _children


class VerbCues:
    """The rules whose cue is a verb."""

    def _lemma(self, tok: Token) -> str:
        if tok.lemma_.lower() in self.lex.verbs:
            return tok.lemma_.lower()
        if tok.tag_.startswith("VB") or tok.pos_ == "VERB":
            return self.verb_lemmas.get(tok.lower_, tok.lemma_.lower())
        return tok.lemma_.lower()

    def _cue_tokens(self, verb: Token) -> list[Token]:
        """The cue: the verb with its particle ("pointed out") and, for "quoted ... as
        saying", the "as saying" part."""
        toks = [verb]
        toks += _children(verb, PARTICLE)
        toks += self._phrasal_adjective(verb)
        return sorted(toks, key=lambda t: t.i)

    def _phrasal_adjective(self, verb: Token) -> list[Token]:
        """The adjective of a phrasal cue ("made | it | clear that S"), which the parse makes
        the verb's open clause."""
        lemma = self._lemma(verb)
        return [
            c
            for c in _children(verb, OPEN_CLAUSE)
            if c.pos_ == "ADJ" and self.lex.verb_class(f"{lemma} {c.lower_}") is not None
        ][:1]

    def _subject(self, verb: Token) -> list[Token]:
        """The verb's subject(s), or those of the verb it hangs from ("X said S, adding T";
        "he began by saying S"); a passive subject lends itself only to a reporting head
        ("concerns were raised, stating S" names no speaker)."""
        if (
            verb.dep_ == "conj"
            and verb.head.dep_ in CLAUSE
            and not _children(verb, SUBJ)
            and self._cue_class(verb)
            and self._cue_class(verb.head.head)
        ):
            # "X said the group would not hand back the town and accused the junta of ...":
            # a report the parse conjoined to the reported clause is the reporter's
            verb = verb.head.head
        cur = verb
        # a verb joined to a clause by a comma alone: "X, who wrote a book, recalled S"
        asyndetic = verb.dep_ == "conj" and not _children(verb, {"cc"})
        name = _modal_read_name(verb)
        if name is not None:
            # "Columnist George Will wrote S", "May said S": a name the tagger read as a modal
            before = [
                t
                for t in _children(verb, SUBJ)
                if t.right_edge.i == name.i - 1 and t.pos_ in ("NOUN", "PROPN")
            ]
            return [*before, name]
        joined = False  # the last step up was from a verb joined by "and" ("was forced and said")
        for step in range(3):
            # a day the parse made a second subject ("X said Wednesday he agrees") is a time
            subj = [
                t
                for t in _children(cur, SUBJ)
                if t.lower_ not in DAY_NAMES and not _prepositional(t)
            ]
            if step and not self._cue_class(cur) and not joined:
                subj = [t for t in subj if t.dep_ not in PASSIVE_SUBJ]
            if subj and step and subj[0].tag_ in WH_TAGS and cur.dep_ in RELATIVE and asyndetic:
                # "O'Donnell, who wrote a book, recalled S": a verb the parse joined to the
                # relative clause speaks for the noun the clause is on, not for "who"
                return [cur.head]
            if (
                subj
                and not step
                and subj[0].lower_ == "that"
                and subj[0].tag_ == "WDT"
                and cur.dep_ in RELATIVE
                and self._lemma(verb) not in self.lex.raising
            ):
                # "a poll that shows S": the poll, not "that" (PolNeAR train: the noun 13
                # times, "that" 4)
                return [cur.head]
            if subj:
                return subj
            if cur.dep_ in INHERIT and cur.head != cur:
                joined = cur.dep_ == "conj" and bool(_children(cur, {"cc"})) and cur.tag_ != "VBN"
                cur = cur.head
            else:
                break
        if _main_verb_on_subject(verb):
            return [verb.head]
        compound = _compound_subject(verb)
        if compound and (verb.tag_ in FINITE_TAGS or _children(verb, CLAUSE | RELATIVE)):
            # "official data suggest S", "some strategists fear S": the parser read the verb
            # as a noun and its subject as a compound of it
            return compound
        if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # ", calling it “immoral”": a participle after a comma speaks for the clause's
            # subject, wherever the parse hung it
            cur = verb.head
            for _ in range(3):
                subj = [t for t in _children(cur, SUBJ) if t.dep_ not in PASSIVE_SUBJ]
                if cur.pos_ == "VERB" and subj:
                    return subj
                if cur.head == cur:
                    break
                cur = cur.head
        return []

    def _channel(self, verb: Token, doc: Doc, media: list[tuple[int, int]]) -> tuple | None:
        """A channel among the verb's dependents: "to/told reporters", "in a statement",
        "on Telegram", "in an interview with Reuters", "quoted by RIA"; or hung by the parse on
        its object ("laid out the terms | at a news conference")."""
        candidates = list(verb.children)
        for obj in _children(verb, OBJ):
            candidates += [c for c in obj.children if c.dep_ in ("nmod", "obl", "prep")]
        for child in candidates:
            if child.dep_ in OBJ | {"iobj", "dative", "obl", "obl:agent", "agent", "prep", "nmod"}:
                toks = list(child.subtree)
                start, end = _char_span(toks)
                for ms, me in media:
                    if start <= ms and me <= end:
                        return ms, me
                head = child if child.dep_ != "prep" else next(iter(child.children), child)
                if self.lex.channel_kind(head.lemma_) or self.lex.channel_kind(head.text):
                    if child.dep_ in OBJ | {"iobj", "dative"} and self._lemma(verb) not in (
                        "tell",
                        "brief",
                    ):
                        continue
                    # with the words that say which one: "state television", "news conference"
                    words = [head]
                    for mod in reversed([c for c in head.lefts if c.dep_ in CHANNEL_MODIFIERS]):
                        if mod.right_edge.i != words[0].i - 1:
                            break
                        words = [*mod.subtree, *words]
                    return _char_span(words)
        return None

    def _cue_class(self, verb: Token) -> str | None:
        """The lexicon class of a verb, as a phrasal verb ("lay out") when it has a particle."""
        lemma = self._lemma(verb)
        particles = _children(verb, PARTICLE) + self._loose_particle(verb)
        for prt in particles + self._phrasal_adjective(verb):
            phrasal = self.lex.verb_class(f"{lemma} {prt.lower_}")
            if phrasal is not None:
                return phrasal
        return self.lex.verb_class(lemma)

    @staticmethod
    def _loose_particle(verb: Token) -> list[Token]:
        """A particle the parse hung on the next phrase ("laid out | Russia's demands" with
        "out" as that phrase's preposition)."""
        doc = verb.doc
        nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if nxt is not None and nxt.dep_ in ("case", "prep", "mark") and nxt.head.head == verb:
            return [nxt]
        return []

    def _content_span(self, tok: Token) -> tuple[int, int]:
        """A clause's characters, without an embedded report of its own ("S, stating that
        T" stops before "stating")."""
        embedded = [
            c
            for c in tok.children
            if c.dep_ in ("advcl", "conj", "parataxis")
            and self._cue_class(c) == "speech"
            and not _children(c, SUBJ)  # "... before he announced his bid" goes on
        ]
        if not embedded:
            return _subtree_span(tok)
        cut = min(c.left_edge.i for c in embedded)
        tokens = [t for t in tok.subtree if t.i < cut] or [tok]
        while len(tokens) > 1 and tokens[-1].is_punct and not tokens[-1].is_quote:
            tokens.pop()
        return _char_span(tokens)

    def _verb_cue(self, verb: Token, quotes, media, mentions=()) -> Found | None:
        cls = self._cue_class(verb)
        if cls is None:
            return None
        if cls == "quote":
            # "he continued:", "the sign read": a report only of the quotation beside it
            return self._quote_only(verb, quotes, media)
        lemma = self._lemma(verb)
        if (
            cls == "speech"
            and verb.tag_ == "VB"
            and verb.dep_ in OPEN_CLAUSE
            and self._cue_class(verb.head)
        ):
            # "declined to say whether S", "refused to comment on X": the report is the
            # head's, which takes the infinitive as its content
            return None
        if cls == "attitude" and verb.tag_ == "VB":
            # "would support him", "to endorse a candidate", "refused to back X": a stance
            # wished, asked for or denied, not held
            return None
        doc = verb.doc
        content: list[tuple[int, int]] = []
        cue = self._cue_tokens(verb)
        after_quote = _inverted(verb, quotes)
        clause = _reported_clauses(verb, after_quote=after_quote)
        adjective = self._phrasal_adjective(verb)
        if adjective and not clause:
            clause = _reported_clauses(adjective[0])  # "made it clear | that S"
        if adjective and not clause:
            return None  # "made the roads clear": no report without a clause
        aside = _parenthetical(verb) if cls in ("speech", "cognition") and not clause else None
        if aside is None and cls == "speech":
            aside = _inverted_aside(verb)
        if aside is not None:
            speaker, rest = aside
            return Found(
                cue=[_char_span([verb])],
                content=[_char_span(part) for part in rest if part],
                source=_char_span(speaker),
                channel=self._channel(verb, doc, media),
                cls=cls,
            )
        open_clause = [c for c in _children(verb, OPEN_CLAUSE) if c not in adjective]
        objects = [o for o in _children(verb, OBJ) if not o.is_space]
        # "wrote a letter", "issued a statement", "gave a speech": the object is how it was
        # said (a channel), not what, unless it is someone's or about something ("questioned
        # Santilli's statements about X"); a listener ("told reporters") is handled below
        medium = [
            o
            for o in objects
            if lemma in self.lex.medium_verbs
            and self.lex.channel_kind(o.lemma_) not in (None, "audience")
            and not _children(o, {"nmod:poss", "poss", "nmod", "prep"})
        ]
        if medium and medium == objects and not clause and not open_clause:
            return None
        if objects and not open_clause and lemma not in LISTENER_OBJECT:
            # "calls Santilli a fascist": a bare noun phrase after the object is what the
            # object is called, however the parser labelled it
            open_clause = [
                c
                for c in verb.children
                if c.dep_ in PREDICATIVE
                and c.i > objects[0].i
                and not any(k.dep_ in ("case", "mark") for k in c.children)
            ][:1]
        if objects and not open_clause and objects[0].pos_ == "PRON":
            # "calls it “the pearl”": a pronoun takes no apposition, so a noun phrase the
            # parse hung on it as one is what it is called
            open_clause = [c for c in _children(objects[0], {"appos"}) if c.i > objects[0].i][:1]
        source_toks = self._subject(verb)
        # the noun the verb hangs from is its speaker: "The African Union | called on ..." (a
        # verb the parse hung on its subject) or "both sides | accusing each other" (below)
        head_speaks = _main_verb_on_subject(verb)
        if _is_participle_modifier(verb) and not clause and not head_speaks:
            # "both sides accusing each other of S" reports; "the routes proposed by Russia"
            # names: a participle reports only when the noun it modifies is an actor
            if cls == "attitude" and objects and verb.tag_ == "VBG":
                # "a group backing Huckabee": who backs is the noun, actor or not
                head_speaks = True
            elif cls not in ("speech", "accusation") or not _is_actor_at(verb.head, mentions):
                return None
            head_speaks = True
        elif (
            _is_participle_modifier(verb)
            and verb.tag_ in ("VBD", "VBN")
            and not _children(verb, SUBJ)
            and not verb.doc[verb.i - 1].is_punct  # ", recalled that S" after an aside
            and any(_opens_with_that(c) for c in clause)
        ):
            # "A 2014 estimate by the committee projected that S": no participle on a noun
            # takes a "that" clause, so this is the sentence's verb and the noun its subject
            head_speaks = True
        loose = self._loose_particle(verb)
        phrasal = bool(loose) and self.lex.verb_class(f"{lemma} {loose[0].lower_}") is not None
        if phrasal:
            cue = [*cue, loose[0]]  # "laid out" + its phrase as the content
            objects = objects or [loose[0].head]
        passive = any(c.dep_ in PASSIVE_SUBJ for c in verb.children)
        if passive and cls in ("attitude", "accusation") and _children(verb, AGENT):
            # "Sanders was backed by most young voters": the agent holds the attitude, the
            # subject is what it is about
            objects = _children(verb, PASSIVE_SUBJ)
            source_toks = _children(verb, AGENT)
        if passive and cls in ("demand", "commitment", "intention"):
            # "the army had been ordered to attack": the subject is told, not telling
            source_toks = _children(verb, AGENT)
            if not source_toks:
                return None
        unnamed = bool(source_toks) and source_toks[0].lower_ == "it" and cls == "cognition"
        if unnamed:
            source_toks = []  # "it seems that S": no one is named
        if not source_toks and cls == "speech" and after_quote:
            # "“S,” says Suckling": the parser took the speaker after the verb for its object
            # or its clause
            after = [
                c for c in verb.children if c.dep_ in CLAUSE | OBJ and c.left_edge.i == verb.i + 1
            ]
            # a capitalised name the tagger read as a verb ("says Suckling") is a name too
            if after and (
                after[0].pos_ in ("PROPN", "NOUN")
                or (after[0].is_title and not _children(after[0], SUBJ | OBJ))
            ):
                source_toks = after[:1]
                clause = [c for c in clause if c != after[0]]
                objects = [o for o in objects if o != after[0]]
            else:
                run = _phrase_after(verb)
                if run:
                    # "“S,” said retired neurosurgeon Ben Carson, asked ...": a noun phrase
                    # the parse broke into a complement and an object is still the speaker
                    inside = {t.i for t in run}
                    source_toks = [t for t in run if t.head.i not in inside]
                    clause = [c for c in clause if c.i not in inside]
                    objects = [o for o in objects if o.i not in inside]
                    open_clause = [c for c in open_clause if c.i not in inside]
        # "Asked by a reporter if S": a participle with no subject, unless the parse joined
        # it to a verb whose active subject it shares ("He posed and asked workers if S")
        shares_subject = (
            verb.dep_ == "conj"
            and bool(_children(verb.head, {"nsubj"}))
            and not _children(verb, PASSIVE_AUX)  # "who is not the host and is asked to V"
        )
        # an opening clause's verb with no subject is that participle however it is tagged
        # ("Asked whether S, Reid said" read as a past tense)
        opening = verb.tag_ == "VBD" and verb.dep_ == "advcl" and verb.i < verb.head.i
        asked = lemma in LISTENER_OBJECT and (
            passive
            or (
                (verb.tag_ == "VBN" or opening) and not _children(verb, SUBJ) and not shares_subject
            )
        )
        if asked:
            # "She was asked whether S", "Asked by a reporter if S": the one asked or told
            # is the subject; who asks is the agent, or nobody named
            source_toks = _children(verb, AGENT)
        # a report in the passive whose subject the source holds: "It was reported that S"
        # (an auxiliary too: "had referred to" is no passive the parse misread)
        passive_report = (
            passive
            and bool(_children(verb, PASSIVE_AUX))
            and not asked
            and cls in ("speech", "cognition", "evidence")
            and any(t.dep_ in PASSIVE_SUBJ for t in source_toks)
        )
        if passive_report and (clause or objects):
            # "It was reported that S", "He is known for S": the subject of a passive report
            # is what is said or whom it is about; who said it is the agent, or nobody named
            source_toks = _children(verb, AGENT)
            unnamed = not source_toks
        if lemma in QUESTION_VERBS and not clause:
            # "When asked why he trailed, ...", "He asked them if S": the question hangs as an
            # adverbial clause (only "if" or "whether" after an active verb: "asked questions
            # when he arrived" asks nothing of "when")
            opens = INTERROGATIVES if asked else YES_NO
            clause = [
                c
                for c in verb.children
                if c.dep_ in ("advcl", "ccomp")
                and c.i > verb.i
                and next(iter(c.subtree)).lower_ in opens
            ]
        # "X was quoted by Y as saying S": the content hangs off "saying".
        if lemma in ("quote", "report", "cite") and any(
            c.dep_ in PASSIVE_SUBJ for c in verb.children
        ):
            for s in (c for c in verb.children if c.dep_ in ("advcl", "xcomp", "obl")):
                if self.lex.verb_class(s.lemma_.lower()) == "speech":
                    cue += [t for t in s.children if t.dep_ in ("mark", "case")] + [s]
                    clause = _children(s, CLAUSE | OBJ)
                    break
        if not clause:
            # "said in a statement that S": the parser may hang S on the channel noun.
            for c in verb.children:
                if c.dep_ in ("obl", "nmod", "prep", "pobj") and (
                    self.lex.channel_kind(c.lemma_) or self.lex.channel_kind(c.text)
                ):
                    # a channel takes no relative "that": "on Telegram that S" is S reported
                    clause = [
                        k
                        for k in c.subtree
                        if k != c
                        and (_is_complement(k) or (k.dep_ in MODIFIER and _opens_with_that(k)))
                    ]
                    if clause:
                        break
        if not clause and lemma in LISTENER_OBJECT:
            # "told a weekly briefing that S", "told the agency SUNA that S": the parser may
            # hang S on the listener as a relative clause; a listener takes none
            for c in verb.children:
                if c.dep_ in ("iobj", "obj", "dobj", "dative"):
                    clause = [k for k in c.children if k.dep_ in MODIFIER and _opens_with_that(k)]
                    if clause:
                        break
        if (
            cls == "speech"
            and lemma not in QUESTION_VERBS
            and negated(verb)
            and clause
            and clause[0].left_edge.lower_ in ("whether", "if")
        ):
            return None  # "did not say whether S": nothing was said
        if not clause and cls == "speech":
            clause = _stray_that_clause(verb)
        if cls == "demand" and not clause and not open_clause and not objects:
            # "called on Michigan's governor to resign": the parse may make the infinitive
            # adverbial; whoever is called on is the one asked
            open_clause = [c for c in verb.children if c.dep_ == "advcl" and _is_to_clause(c)][:1]
        if cls == "demand" and not objects and open_clause:
            addressee = _addressee(verb, open_clause[0])
            if addressee is not None:
                cue, objects = [*cue, addressee[0]], [addressee[1]]
        if not clause and not objects and cls in REPORTS and _trailing_report(verb):
            # "Troops shelled the market, a local official said": the parser made the report
            # a second clause of what it reports
            clause = [verb.head]
            first = min(t.i for t in verb.subtree if not t.is_punct)
            head_toks = [t for t in verb.head.subtree if t.i < first]
            while len(head_toks) > 1 and head_toks[-1].is_punct:
                head_toks.pop()
            content.append(_char_span(head_toks))
        elif (
            not clause
            and not objects
            and cls in ("speech", "cognition")
            and not passive
            and lemma not in self.lex.activity | self.lex.raising | LISTENER_OBJECT
            and (said := _complement_above(verb)) is not None
        ):
            # "when Clinton said she would debate, ...": the parse hung the report on what it
            # reports
            content.append(said)
        elif (
            not clause
            and not objects
            and (cls in REPORTS or cls == "cognition")
            and lemma not in self.lex.activity
            and (main := _as_aside(verb)) is not None
        ):
            # "As Politico reported, S" and "S, as Comey noted": the clause the aside is on
            content.extend(main)
        elif clause:
            start, end = self._content_span(clause[0])
            if objects and objects[0].i < clause[0].i and lemma not in LISTENER_OBJECT:
                start = _char_span(list(objects[0].subtree))[0]  # calling it "immoral" that S
            content.append((start, end))
        elif (
            open_clause
            and cls in ("intention", "demand", "commitment", "cognition", "speech", "evidence")
            and not (
                cls == "evidence" and objects and objects[0].lower_.endswith(("self", "selves"))
            )
        ):
            # "found his message chilling", "wants Kyiv to V"; not "found himself embroiled"
            start_tok = objects[0] if objects else open_clause[0]
            s1, _ = _char_span(list(start_tok.subtree))
            if objects and start_tok.dep_ not in OBJ:
                s1 = _phrase_span([start_tok])[0]  # without the "on" of "called on"
            _, e1 = self._content_span(open_clause[0])
            raised = not objects and (
                (passive and not _children(verb, AGENT)) or lemma in self.lex.raising
            )
            if raised and source_toks:
                # "Clinton was expected to win", "Cruz seemed lost": the subject is part of
                # what is expected or seems, and nobody is named as holding it
                content.append(_phrase_span(source_toks))
                source_toks, unnamed = [], True
            content.append((min(s1, e1), e1))
        elif objects and cls == "accusation":
            obj = objects[0]
            start, end = _subtree_span(obj)
            for c in verb.children:
                if c.dep_ in ("advcl", "obl", "prep", "acl") and c.i > obj.i:
                    end = max(end, _subtree_span(c)[1])
            content.append((start, end))
        elif (
            objects
            and cls in ("speech", "cognition", "evidence")
            and lemma not in LISTENER_OBJECT
            and _clause_on_object(objects[0])
        ):
            # "found Trump receiving 20 percent", "knows this scam will hurt him": the parse
            # hung the reported clause on its subject, the verb's object
            content.append(_phrase_span([objects[0]]))
        elif (
            objects
            and (cls in OBJECT_CONTENT or (cls == "demand" and _asks_for(verb, lemma, phrasal)))
            and lemma not in LISTENER_OBJECT
            and lemma not in self.lex.clause_only
            and objects[0].lower_ not in DAY_NAMES  # "said Wednesday": a time
        ):
            content.append(_phrase_span([objects[0]]))  # without the "to" of "referring to"
        elif (
            objects
            and cls == "cognition"
            and verb.tag_ in FINITE_TAGS
            and (as_phrase := _as_complement(verb)) is not None
        ):
            # "voters see him as the stronger candidate": what they take him for (a finite
            # verb: "wants Kyiv to recognize Crimea as Russian" is one demand)
            content.append((_subtree_span(objects[0])[0], _subtree_span(as_phrase)[1]))
        elif cls in ("speech", "cognition") and (topic := _topic(verb, SPEECH_TOPIC)):
            # "warned about the risks", "lied about his record": what was said is about X
            cue = [*cue, topic[0]]
            content.append(_char_span(topic[1]))
        elif cls in ("attitude", "accusation"):
            # "campaigned for X", "argued against Y", "railed against Z"
            against = ("for", "against") if cls == "attitude" else ("against",)
            for c in verb.children:
                if c.dep_ in ("obl", "prep") and any(k.lower_ in against for k in [c, *c.children]):
                    content.append(_phrase_span([c]))
                    break
        content = self._quoted_content(verb, cls, content, quotes)
        inverted = (
            _comma_report(verb, quotes)
            if cls in REPORTS or (cls == "cognition" and lemma not in self.lex.raising)
            else None
        )
        if inverted is not None and (not content or cls in REPORTS):
            # "S, teachers and union officials told POLITICO.", "S, said Grant Green, a former
            # official": a report closing its sentence, which the parse tore apart
            speaker, said = inverted
            content, source_toks, head_speaks, asked = [_char_span(said)], speaker, False, False
        if (
            not content
            and passive_report
            and source_toks
            and source_toks[0].dep_ in PASSIVE_SUBJ
            and source_toks[0].pos_ != "PRON"
        ):
            # "The truce was announced by the army", "Ginsburg is known for S", "the island
            # was known as S": what is said is the subject, with what it is taken as or for
            content = [_phrase_span(source_toks)]
            topic = _topic(verb, {"for"})
            taken = _as_complement(verb) or (topic[0].head if topic else None)
            if taken is not None:
                content.append(_phrase_span([taken]))
            source_toks = _children(verb, AGENT)
            unnamed = not source_toks
        if not content:
            return None
        # “S1. S2,” she said: the parse reaches only the last sentence of the quotation, but
        # she said all of it
        if quote_at(quotes, verb.idx, verb.idx + 1) is None:
            content = [quote_at(quotes, *c) or c for c in content]
        aside_speaker = _participle_speaker(verb, quotes, lambda t: self._cue_class(t) == "speech")
        if aside_speaker is not None:
            source = aside_speaker
        elif head_speaks:
            source = _phrase_span([verb.head], exclude=verb)
        else:
            source = _speaker_span(source_toks, verb) if source_toks else None
        inside = source is not None and any(
            cs <= source[0] and source[1] <= ce for cs, ce in content
        )
        if (source is None or inside) and cls == "speech":
            # "“He had supporters,” Blunt, after a pause, said": the verb took the quoted
            # clause's subject; the speaker stands between the quotation and the verb
            trailing = _trailing_speaker(verb)
            if trailing is not None:
                source = _char_span(trailing)
                content = [
                    (cs, min(ce, _content_end_before(trailing)))
                    for cs, ce in content
                    if cs < trailing[0].idx
                ] or content
        if source is None and not asked and not unnamed:
            source = _clause_subject(verb, content) or _opening_speaker(verb, content)
            if source is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
                # "In the interview, Reid ... reiterated X and stressed S": the opening
                # speaker of the verb it is joined to
                source = _opening_speaker(verb.head, content)
        if source is not None:
            source, content = _titled_apposition(doc, source, content)
        if source is not None and any(cs <= source[0] and source[1] <= ce for cs, ce in content):
            return None  # the "source" is inside the content: a parse gone wrong
        return Found(
            cue=_merge_adjacent([_char_span([t]) for t in cue], _text(doc)),
            content=content,
            source=source,
            channel=self._channel(verb, doc, media),
            cls=cls,
        )

    def _quote_only(self, verb: Token, quotes, media) -> Found | None:
        """ "“S,” he continued" / "He continued: “S”": only a quotation right beside the
        verb (its subject between them at most) is reported."""
        doc = verb.doc
        text = _text(doc)
        end = verb.idx + len(verb.text)
        subj = self._subject(verb)
        speaker: list[Token] = []
        content = []
        for q in self._quoted_content(verb, "speech", [], quotes):
            if _is_title(text[q[0] : q[1]]):
                continue  # "he was reading “The Long Road”": a title
            if q[0] >= end and not _words(text[end : q[0]]):
                content.append(q)
                continue
            if q[1] > verb.idx:
                continue
            between = [t for t in _tokens_in(doc, q[1], verb.idx) if not t.is_punct]
            if len(between) <= 3:
                content.append(q)
            elif (
                not subj
                and len(between) <= TRAILING_SPEAKER_MAX_WORDS
                and not any(t.pos_ in ("VERB", "AUX") for t in between)
                and any(t.pos_ == "PROPN" for t in between)
            ):
                # "“S,” RSF adviser Mostafa Mohamed Ibrahim said": the parse found no subject,
                # but the name between the quotation and the verb is the speaker
                content.append(q)
                speaker = between
        if not content:
            return None
        source = _phrase_span(subj) if subj else (_char_span(speaker) if speaker else None)
        return Found(
            cue=[_char_span([verb])],
            content=content,
            source=source,
            channel=self._channel(verb, verb.doc, media),
        )

    def _quoted_content(self, verb: Token, cls: str, content: list, quotes) -> list:
        """Content from quotations beside a cue: "“S,” X said" takes the clause the cue
        interrupts; "X said: “S”" the quotation; a clause followed by a quotation in the same
        sentence ("S1, however “S2”") runs on through it."""
        doc = verb.doc
        sent = verb.sent
        # a verb in a relative clause on a noun speaks of nothing before that noun ("“S,” a
        # source, who was not authorized to speak, told Fox": the source tells S)
        noun = _relative_noun(verb, quotes)
        near = [
            q
            for q in quotes
            if (_overlaps(q, (sent.start_char, sent.end_char)) or _just_before(q, verb))
            and not q[0] <= verb.idx < q[1]
            and (noun is None or q[0] > noun.idx)
        ]
        if verb.dep_ in PARATAXIS and verb.head != verb and not _reported_clauses(verb):
            # "S, he said": the clause the verb interrupts; a verb with a clause of its own
            # ("RENO (AP) — Trump says S") reports that clause instead
            head = _subtree_span(verb.head, exclude=verb)
            if any(_overlaps(q, head) for q in near) or not content:
                return [head]
        if content:
            end = max(e for _, e in content)
            for qs, qe in near:
                between = _text(doc)[end:qs]
                if qs >= end and len(between) < 20 and not any(c.isdigit() for c in between):
                    words = between.strip(" ,;:—–-\n").split()
                    # "S1, however “S2”" runs on; "S1, Devine replied: “S2”" is a new report
                    spoken = any(
                        t.pos_ in ("VERB", "AUX") and (self._cue_class(t) or _children(t, SUBJ))
                        for t in doc[verb.i : sent.end]
                        if end <= t.idx < qs
                    )
                    if len(words) <= 2 and not spoken:
                        content = [*content[:-1], (content[-1][0], qe)]
            return content
        if cls != "speech" or _is_participle_modifier(verb):
            return []
        if not near and _text(doc)[verb.idx : sent.end_char].rstrip().endswith(":"):
            # "X declared:" then the quotation, maybe in the next paragraph
            follow = _text(doc)[sent.end_char :]
            gap = len(follow) - len(follow.lstrip())
            near = [q for q in quotes if q[0] == sent.end_char + gap]
        return near
