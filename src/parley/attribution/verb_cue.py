"""The verb-cue rule (``verb_cue`` in ``rules.py``) as named steps: a cue verb is read in the
order below, each step a construction a newcomer can find by its name.

1. ``_screen``: which verbs report at all ("declined to say" is its head's report; "would
   support him" a stance not held); a verb of quotation only ("he continued:") takes only the
   quotation beside it.
2. ``_aside``: a report set off by commas inside what it reports ("The deal, officials
   believe, will hold"; "Any fair reading, said Ana Ruiz, would ...").
3. ``_objects``: the verb's objects; an object that is how something was said ("issued a
   statement"), what the object is called ("calls Santilli a fascist").
4. ``_speaker_slots``: who the subject is: the noun the verb hangs on ("both sides accusing
   each other"), a phrasal verb's particle, passive attitudes and demands ("was backed by"),
   "it seems", a speaker after an inverted verb ("“S,” says X").
5. ``_asked``: the one asked or told is no speaker ("She was asked whether S"); a passive
   report's subject is what is said ("It was reported that S").
6. ``_clause``: where the reported clause hangs when the parse put it elsewhere: a question
   ("asked if S"), "quoted ... as saying", a channel ("said in a statement that S"), a
   listener ("told reporters that S"), a stray "that" clause, a demand's infinitive and
   addressee ("called on X to V").
7. ``CONTENT_READINGS``: what is reported, by the first of these that applies (each named).
8. ``_speaker``: the speaker's phrase: quotations whole, a participle's speaker, the head it
   hangs on, a trailing speaker, the clause's or the opening's speaker, a titled apposition.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from parley.attribution.clauses import (
    _addressee,
    _as_complement,
    _asks_for,
    _complement_above,
    _is_complement,
    _is_participle_modifier,
    _is_to_clause,
    _main_verb_on_subject,
    _phrase_after,
    _reported_clauses,
    _stray_that_clause,
    _topic,
)
from parley.attribution.grammar import (
    ASKS_TO,
    INTERROGATIVES,
    LISTENER_OBJECT,
    MODIFIER,
    OBJ,
    OBJECT_CONTENT,
    PREDICATIVE,
    QUESTION_VERBS,
    REPORTS,
    SPEECH_TOPIC,
    UNNAMED,
    YES_NO,
)
from parley.attribution.quotes import quote_at
from parley.attribution.spans import (
    Found,
    _char_span,
    _is_actor_at,
    _merge_adjacent,
    _opens_with_that,
    _subtree_span,
    _text,
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
    _inverted,
    _inverted_aside,
    _parenthetical,
    _titled_apposition,
)
from parley.nlp.entity_edges import DAY_NAMES
from parley.nlp.syntax import (
    AGENT,
    CLAUSE,
    DIRECT_OBJ,
    FINITE_TAGS,
    OPEN_CLAUSE,
    PASSIVE_AUX,
    PASSIVE_SUBJ,
    SUBJ,
    negated,
)
from parley.nlp.syntax import children as _children


@dataclass
class Reading:
    """What the steps know of one cue verb as they read it."""

    verb: Token
    cls: str
    lemma: str
    quotes: list
    media: list
    cue: list[Token]
    after_quote: bool
    clause: list[Token]
    adjective: list[Token]
    content: list[tuple[int, int]] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)
    open_clause: list[Token] = field(default_factory=list)
    source_toks: list[Token] = field(default_factory=list)
    head_speaks: bool = False
    phrasal: bool = False
    passive: bool = False
    unnamed: bool = False
    asked: bool = False
    passive_report: bool = False
    relay: list[Token] = field(default_factory=list)  # "the agency | quoted X as saying S"

    @property
    def doc(self) -> Doc:
        return self.verb.doc


class VerbCueRule:
    """The ``verb_cue`` rule, in the steps the module's docstring names."""

    def _verb_cue(self, verb: Token, quotes, media, mentions=()) -> Found | None:
        if self._lemma(verb) not in self.lex.verb_heads:
            return None  # no cue verb: the cheapest test first (``_screen`` would say None)
        if _not_named(verb):
            return None  # "who asked not to be named": how the source is named, no report
        screened = self._screen(verb, quotes, media)
        if not isinstance(screened, Reading):
            return screened
        r = screened
        if (aside := self._aside(r)) is not None:
            return aside
        if not self._objects(r):
            return None
        if not self._speaker_slots(r, mentions):
            return None
        self._asked(r)
        if not self._clause(r):
            return None
        for name, reading in CONTENT_READINGS:
            if self.on(name) and reading(self, r):
                break
        self._reported_elsewhere(r)
        if not r.content or _asks_anonymity(r):
            return None
        return self._speaker(r)

    # -- 1. which verbs report -----------------------------------------------------------

    def _screen(self, verb: Token, quotes, media) -> Reading | Found | None:
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
        after_quote = _inverted(verb, quotes)
        clause = _reported_clauses(verb, after_quote=after_quote)
        adjective = self._phrasal_adjective(verb)
        if adjective and not clause:
            clause = _reported_clauses(adjective[0])  # "made it clear | that S"
        if adjective and not clause:
            return None  # "made the roads clear": no report without a clause
        return Reading(
            verb=verb,
            cls=cls,
            lemma=lemma,
            quotes=quotes,
            media=media,
            cue=self._cue_tokens(verb),
            after_quote=after_quote,
            clause=clause,
            adjective=adjective,
        )

    # -- 2. asides -----------------------------------------------------------------------

    def _aside(self, r: Reading) -> Found | None:
        verb, cls = r.verb, r.cls
        aside = _parenthetical(verb) if cls in ("speech", "cognition") and not r.clause else None
        if aside is None and cls == "speech":
            aside = _inverted_aside(verb)
        if aside is None:
            return None
        speaker, rest = aside
        return Found(
            cue=[_char_span([verb])],
            content=[_char_span(part) for part in rest if part],
            source=_char_span(speaker),
            channel=self._channel(verb, r.doc, r.media),
            cls=cls,
        )

    # -- 3. objects ----------------------------------------------------------------------

    def _objects(self, r: Reading) -> bool:
        """The verb's objects; False when its only object is how something was said."""
        verb, lemma = r.verb, r.lemma
        r.open_clause = [c for c in _children(verb, OPEN_CLAUSE) if c not in r.adjective]
        r.objects = [o for o in _children(verb, OBJ) if not o.is_space]
        # "wrote a letter", "issued a statement", "gave a speech": the object is how it was
        # said (a channel), not what, unless it is someone's or about something ("questioned
        # Santilli's statements about X"); a listener ("told reporters") is handled below
        medium = [
            o
            for o in r.objects
            if lemma in self.lex.medium_verbs
            and self.lex.channel_kind(o.lemma_) not in (None, "audience")
            and not _children(o, {"nmod:poss", "poss", "nmod", "prep"})
        ]
        if medium and medium == r.objects and not r.clause and not r.open_clause:
            return False
        if r.objects and not r.open_clause and lemma not in LISTENER_OBJECT:
            # "calls Santilli a fascist": a bare noun phrase after the object is what the
            # object is called, however the parser labelled it
            r.open_clause = [
                c
                for c in verb.children
                if c.dep_ in PREDICATIVE
                and c.i > r.objects[0].i
                and not any(k.dep_ in ("case", "mark") for k in c.children)
            ][:1]
        if r.objects and not r.open_clause and r.objects[0].pos_ == "PRON":
            # "calls it “the pearl”": a pronoun takes no apposition, so a noun phrase the
            # parse hung on it as one is what it is called
            first = r.objects[0]
            r.open_clause = [c for c in _children(first, {"appos"}) if c.i > first.i][:1]
        return True

    # -- 4. who the subject is -----------------------------------------------------------

    def _speaker_slots(self, r: Reading, mentions) -> bool:
        """The subject's tokens and who speaks; False when the verb reports nothing."""
        verb, cls, lemma = r.verb, r.cls, r.lemma
        r.source_toks = self._subject(verb)
        # the noun the verb hangs from is its speaker: "The African Union | called on ..." (a
        # verb the parse hung on its subject) or "both sides | accusing each other" (below)
        r.head_speaks = _main_verb_on_subject(verb)
        if _is_participle_modifier(verb) and not r.clause and not r.head_speaks:
            # "both sides accusing each other of S" reports; "the routes proposed by Russia"
            # names: a participle reports only when the noun it modifies is an actor
            if cls == "attitude" and r.objects and verb.tag_ == "VBG":
                # "a group backing Huckabee": who backs is the noun, actor or not
                r.head_speaks = True
            elif cls not in ("speech", "accusation") or not _is_actor_at(verb.head, mentions):
                return False
            r.head_speaks = True
        elif (
            _is_participle_modifier(verb)
            and verb.tag_ in ("VBD", "VBN")
            and not _children(verb, SUBJ)
            and not verb.doc[verb.i - 1].is_punct  # ", recalled that S" after an aside
            and any(_opens_with_that(c) for c in r.clause)
        ):
            # "A 2014 estimate by the committee projected that S": no participle on a noun
            # takes a "that" clause, so this is the sentence's verb and the noun its subject
            r.head_speaks = True
        loose = self._loose_particle(verb)
        r.phrasal = bool(loose) and self.lex.verb_class(f"{lemma} {loose[0].lower_}") is not None
        if r.phrasal:
            r.cue = [*r.cue, loose[0]]  # "laid out" + its phrase as the content
            r.objects = r.objects or [loose[0].head]
        r.passive = any(c.dep_ in PASSIVE_SUBJ for c in verb.children)
        if r.passive and cls in ("attitude", "accusation") and _children(verb, AGENT):
            # "Sanders was backed by most young voters": the agent holds the attitude, the
            # subject is what it is about
            r.objects = _children(verb, PASSIVE_SUBJ)
            r.source_toks = _children(verb, AGENT)
        if r.passive and cls in ("demand", "commitment", "intention"):
            # "the army had been ordered to attack": the subject is told, not telling
            r.source_toks = _children(verb, AGENT)
            if not r.source_toks:
                return False
        r.unnamed = bool(r.source_toks) and r.source_toks[0].lower_ == "it" and cls == "cognition"
        if r.unnamed:
            r.source_toks = []  # "it seems that S": no one is named
        if not r.source_toks and cls == "speech" and r.after_quote:
            self._speaker_after_inverted_verb(r)
        return True

    @staticmethod
    def _speaker_after_inverted_verb(r: Reading) -> None:
        """ "“S,” says Suckling": the parser took the speaker after the verb for its object
        or its clause."""
        verb = r.verb
        after = [c for c in verb.children if c.dep_ in CLAUSE | OBJ and c.left_edge.i == verb.i + 1]
        # a capitalised name the tagger read as a verb ("says Suckling") is a name too
        if after and (
            after[0].pos_ in ("PROPN", "NOUN")
            or (after[0].is_title and not _children(after[0], SUBJ | OBJ))
        ):
            r.source_toks = after[:1]
            r.clause = [c for c in r.clause if c != after[0]]
            r.objects = [o for o in r.objects if o != after[0]]
            return
        run = _phrase_after(verb)
        if run:
            # "“S,” said retired neurosurgeon Ben Carson, asked ...": a noun phrase the parse
            # broke into a complement and an object is still the speaker
            inside = {t.i for t in run}
            r.source_toks = [t for t in run if t.head.i not in inside]
            r.clause = [c for c in r.clause if c.i not in inside]
            r.objects = [o for o in r.objects if o.i not in inside]
            r.open_clause = [c for c in r.open_clause if c.i not in inside]

    # -- 5. the one asked, and passive reports --------------------------------------------

    @staticmethod
    def _asked(r: Reading) -> None:
        verb, cls, lemma = r.verb, r.cls, r.lemma
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
        r.asked = lemma in LISTENER_OBJECT and (
            r.passive
            or (
                (verb.tag_ == "VBN" or opening) and not _children(verb, SUBJ) and not shares_subject
            )
        )
        if r.asked:
            # "She was asked whether S", "Asked by a reporter if S": the one asked or told
            # is the subject; who asks is the agent, or nobody named
            r.source_toks = _children(verb, AGENT)
        # a report in the passive whose subject the source holds: "It was reported that S"
        # (an auxiliary too: "had referred to" is no passive the parse misread)
        r.passive_report = (
            r.passive
            and bool(_children(verb, PASSIVE_AUX))
            and not r.asked
            and cls in ("speech", "cognition", "evidence")
            and any(t.dep_ in PASSIVE_SUBJ for t in r.source_toks)
        )
        if r.passive_report and (r.clause or r.objects):
            # "It was reported that S", "He is known for S": the subject of a passive report
            # is what is said or whom it is about; who said it is the agent, or nobody named
            r.source_toks = _children(verb, AGENT)
            r.unnamed = not r.source_toks

    # -- 6. where the reported clause hangs ------------------------------------------------

    def _clause(self, r: Reading) -> bool:
        """The reported clause where the parse hung it elsewhere; False for "did not say
        whether S" (nothing was said)."""
        verb, cls, lemma = r.verb, r.cls, r.lemma
        if lemma in QUESTION_VERBS and not r.clause:
            # "When asked why he trailed, ...", "He asked them if S": the question hangs as an
            # adverbial clause (only "if" or "whether" after an active verb: "asked questions
            # when he arrived" asks nothing of "when")
            opens = INTERROGATIVES if r.asked else YES_NO
            r.clause = [
                c
                for c in verb.children
                if c.dep_ in ("advcl", "ccomp")
                and c.i > verb.i
                and next(iter(c.subtree)).lower_ in opens
            ]
        # "X was quoted by Y as saying S": the content hangs off "saying"; so in the active
        # "Y quoted X as saying S", where X speaks and Y relays (``_relay``)
        passive = any(c.dep_ in PASSIVE_SUBJ for c in verb.children)
        relayed = lemma in ("quote", "cite") and bool(_children(verb, DIRECT_OBJ))
        if lemma in ("quote", "report", "cite") and (passive or relayed):
            for s in (c for c in verb.children if c.dep_ in ("advcl", "xcomp", "obl")):
                if self.lex.verb_class(s.lemma_.lower()) == "speech":
                    r.cue += [t for t in s.children if t.dep_ in ("mark", "case")] + [s]
                    r.clause = _children(s, CLAUSE | OBJ)
                    if not passive:
                        r.relay = r.source_toks
                        r.source_toks = _children(verb, DIRECT_OBJ)
                        r.objects = []  # the object speaks; it is not what was said
                    break
        if not r.clause:
            # "said in a statement that S": the parser may hang S on the channel noun.
            for c in verb.children:
                if c.dep_ in ("obl", "nmod", "prep", "pobj") and (
                    self.lex.channel_kind(c.lemma_) or self.lex.channel_kind(c.text)
                ):
                    # a channel takes no relative "that": "on Telegram that S" is S reported
                    r.clause = [
                        k
                        for k in c.subtree
                        if k != c
                        and (_is_complement(k) or (k.dep_ in MODIFIER and _opens_with_that(k)))
                    ]
                    if r.clause:
                        break
        if not r.clause and lemma in LISTENER_OBJECT:
            # "told a weekly briefing that S", "told the agency SUNA that S": the parser may
            # hang S on the listener as a relative clause; a listener takes none
            for c in verb.children:
                if c.dep_ in ("iobj", "obj", "dobj", "dative"):
                    r.clause = [k for k in c.children if k.dep_ in MODIFIER and _opens_with_that(k)]
                    if r.clause:
                        break
        if (
            cls == "speech"
            and lemma not in QUESTION_VERBS
            and negated(verb)
            and r.clause
            and r.clause[0].left_edge.lower_ in ("whether", "if")
        ):
            return False  # "did not say whether S": nothing was said
        if not r.clause and cls == "speech":
            r.clause = _stray_that_clause(verb)
        if (
            cls == "demand"
            and not r.clause
            and not r.open_clause
            and (not r.objects or lemma in ASKS_TO)
        ):
            # "called on Michigan's governor to resign", "urged all parties to respect the
            # law": the parse may make the infinitive adverbial; whoever is called on or
            # urged is the one asked
            r.open_clause = [c for c in verb.children if c.dep_ == "advcl" and _is_to_clause(c)][:1]
        if cls == "demand" and not r.objects and r.open_clause:
            addressee = _addressee(verb, r.open_clause[0])
            if addressee is not None:
                r.cue, r.objects = [*r.cue, addressee[0]], [addressee[1]]
        return True

    # -- 7. what is reported (CONTENT_READINGS, below) ---------------------------------------

    def _report_on_what_it_reports(self, r: Reading) -> bool:
        """ "when Clinton said she would debate, ...": the parse hung the report on what it
        reports."""
        if (
            r.clause
            or r.objects
            or r.cls not in ("speech", "cognition")
            or r.passive
            or r.lemma in self.lex.activity | self.lex.raising | LISTENER_OBJECT
        ):
            return False
        said = _complement_above(r.verb)
        if said is None:
            return False
        r.content.append(said)
        return True

    def _as_aside_content(self, r: Reading) -> bool:
        """ "As Politico reported, S" and "S, as Comey noted": the clause the aside is on."""
        if (
            r.clause
            or r.objects
            or not (r.cls in REPORTS or r.cls == "cognition")
            or r.lemma in self.lex.activity
        ):
            return False
        main = _as_aside(r.verb)
        if main is None:
            return False
        r.content.extend(main)
        return True

    def _clause_content(self, r: Reading) -> bool:
        """ "X said (that) S": the reported clause (from the object on, "calling it
        “immoral” that S")."""
        if not r.clause:
            return False
        start, end = self._content_span(r.clause[0])
        if r.objects and r.objects[0].i < r.clause[0].i and r.lemma not in LISTENER_OBJECT:
            start = _char_span(list(r.objects[0].subtree))[0]  # calling it "immoral" that S
        r.content.append((start, end))
        return True

    def _open_clause_content(self, r: Reading) -> bool:
        """ "found his message chilling", "wants Kyiv to V"; raising: "Clinton was expected
        to win" (the subject is part of what is expected); not "found himself embroiled"."""
        cls = r.cls
        if not r.open_clause or cls not in (
            "intention",
            "demand",
            "commitment",
            "cognition",
            "speech",
            "evidence",
        ):
            return False
        if cls == "evidence" and r.objects and r.objects[0].lower_.endswith(("self", "selves")):
            return False
        start_tok = r.objects[0] if r.objects else r.open_clause[0]
        s1, _ = _char_span(list(start_tok.subtree))
        if r.objects and start_tok.dep_ not in OBJ:
            s1 = _phrase_span([start_tok])[0]  # without the "on" of "called on"
        _, e1 = self._content_span(r.open_clause[0])
        raised = not r.objects and (
            (r.passive and not _children(r.verb, AGENT)) or r.lemma in self.lex.raising
        )
        if raised and r.source_toks:
            # "Clinton was expected to win", "Cruz seemed lost": the subject is part of what
            # is expected or seems, and nobody is named as holding it
            r.content.append(_phrase_span(r.source_toks))
            r.source_toks, r.unnamed = [], True
        r.content.append((min(s1, e1), e1))
        return True

    def _accusation_object(self, r: Reading) -> bool:
        """ "accused X of Y": the one accused and what of."""
        if not r.objects or r.cls != "accusation":
            return False
        obj = r.objects[0]
        start, end = _subtree_span(obj)
        for c in r.verb.children:
            if c.dep_ in ("advcl", "obl", "prep", "acl") and c.i > obj.i:
                end = max(end, _subtree_span(c)[1])
        r.content.append((start, end))
        return True

    def _object_content(self, r: Reading) -> bool:
        """ "denied the report", "demanded the release of X": the object is what is said;
        not a listener ("told reporters") nor a time ("said Wednesday")."""
        if not r.objects:
            return False
        if not (
            r.cls in OBJECT_CONTENT or (r.cls == "demand" and _asks_for(r.verb, r.lemma, r.phrasal))
        ):
            return False
        if r.lemma in LISTENER_OBJECT or r.lemma in self.lex.clause_only:
            return False
        if r.objects[0].lower_ in DAY_NAMES:  # "said Wednesday": a time
            return False
        r.content.append(_phrase_span([r.objects[0]]))  # without the "to" of "referring to"
        return True

    def _seen_as(self, r: Reading) -> bool:
        """ "voters see him as the stronger candidate": what they take him for (a finite verb:
        "wants Kyiv to recognize Crimea as Russian" is one demand)."""
        if not r.objects or r.cls != "cognition" or r.verb.tag_ not in FINITE_TAGS:
            return False
        as_phrase = _as_complement(r.verb)
        if as_phrase is None:
            return False
        r.content.append((_subtree_span(r.objects[0])[0], _subtree_span(as_phrase)[1]))
        return True

    def _speech_topic(self, r: Reading) -> bool:
        """ "warned about the risks", "lied about his record": what was said is about X."""
        if r.cls not in ("speech", "cognition"):
            return False
        topic = _topic(r.verb, SPEECH_TOPIC)
        if not topic:
            return False
        r.cue = [*r.cue, topic[0]]
        r.content.append(_char_span(topic[1]))
        return True

    def _reported_elsewhere(self, r: Reading) -> None:
        verb, cls = r.verb, r.cls
        r.content = self._quoted_content(verb, cls, r.content, r.quotes)
        inverted = (
            _comma_report(verb, r.quotes)
            if cls in REPORTS or (cls == "cognition" and r.lemma not in self.lex.raising)
            else None
        )
        if inverted is not None and (not r.content or cls in REPORTS):
            # "S, teachers and union officials told POLITICO.", "S, said Grant Green, a former
            # official": a report closing its sentence, which the parse tore apart
            speaker, said = inverted
            r.content, r.source_toks = [_char_span(said)], speaker
            r.head_speaks, r.asked = False, False
        if (
            not r.content
            and r.passive_report
            and r.source_toks
            and r.source_toks[0].dep_ in PASSIVE_SUBJ
            and r.source_toks[0].pos_ != "PRON"
        ):
            # "The truce was announced by the army", "Ginsburg is known for S", "the island
            # was known as S": what is said is the subject, with what it is taken as or for
            r.content = [_phrase_span(r.source_toks)]
            topic = _topic(verb, {"for"})
            taken = _as_complement(verb) or (topic[0].head if topic else None)
            if taken is not None:
                r.content.append(_phrase_span([taken]))
            r.source_toks = _children(verb, AGENT)
            r.unnamed = not r.source_toks

    # -- 8. the speaker --------------------------------------------------------------------

    def _speaker(self, r: Reading) -> Found | None:
        verb, doc, content = r.verb, r.doc, r.content
        # “S1. S2,” she said: the parse reaches only the last sentence of the quotation, but
        # she said all of it
        if quote_at(r.quotes, verb.idx, verb.idx + 1) is None:
            content = [quote_at(r.quotes, *c) or c for c in content]
        aside_speaker = _participle_speaker(
            verb, r.quotes, lambda t: self._cue_class(t) == "speech"
        )
        if aside_speaker is not None:
            source = aside_speaker
        elif r.head_speaks:
            source = _phrase_span([verb.head], exclude=verb)
        else:
            source = _speaker_span(r.source_toks, verb) if r.source_toks else None
        inside = source is not None and any(
            cs <= source[0] and source[1] <= ce for cs, ce in content
        )
        if (source is None or inside) and r.cls == "speech":
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
        if source is None and not r.asked and not r.unnamed:
            source = _clause_subject(verb, content) or _opening_speaker(verb, content)
            if source is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
                # "In the interview, Reid ... reiterated X and stressed S": the opening
                # speaker of the verb it is joined to
                source = _opening_speaker(verb.head, content)
        if source is not None:
            source, content = _titled_apposition(doc, source, content)
        if source is not None and any(cs <= source[0] and source[1] <= ce for cs, ce in content):
            return None  # the "source" is inside the content: a parse gone wrong
        channel = self._channel(verb, doc, r.media)
        if r.relay:
            # the agency that quoted the speaker is the report's channel
            channel = _phrase_span(r.relay)
        return Found(
            cue=_merge_adjacent([_char_span([t]) for t in r.cue], _text(doc)),
            content=content,
            source=source,
            channel=channel,
            cls=r.cls,
        )


def _asks_anonymity(r: Reading) -> bool:
    """Is the report a source's request to stay unnamed ("who asked not to be named", "asked
    that his name not be used", "requested anonymity")? That is how the article names its
    source, not a statement."""
    if r.cls not in ("demand", "speech"):
        return False
    if any(_not_named(head) for head in (*r.open_clause, *r.clause)):
        return True
    return any(o.lemma_.lower() in UNNAMED for o in r.objects)


def _not_named(verb: Token) -> bool:
    """ "not to be named", "that his name not be used": a negated passive of naming, or one
    whose subject is the name."""
    if not _children(verb, PASSIVE_AUX) or not negated(verb):
        return False
    return verb.lemma_.lower() in UNNAMED or any(
        s.lemma_.lower() in UNNAMED for s in _children(verb, PASSIVE_SUBJ)
    )


# What a verb cue reports, tried in this order: the first that applies gives the content.
# Each is named; ``rules.VERB_READINGS`` lists them with an example, and each can be switched
# off like a rule.
CONTENT_READINGS = (
    ("report_on_what_it_reports", VerbCueRule._report_on_what_it_reports),
    ("as_aside", VerbCueRule._as_aside_content),
    ("clause", VerbCueRule._clause_content),
    ("open_clause", VerbCueRule._open_clause_content),
    ("accusation_object", VerbCueRule._accusation_object),
    ("object", VerbCueRule._object_content),
    ("seen_as", VerbCueRule._seen_as),
    ("speech_topic", VerbCueRule._speech_topic),
)
