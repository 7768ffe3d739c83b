"""Find attributions in a parsed doc: who said (wrote, believes, wants, claims) what.

Rules over the dependency parse, for UD relations (the shipped parser's) and spaCy's English
(ClearNLP) relations alike:

- a cue verb with a clausal complement: "X said (that) S", "X warned S", "X wants Y to V";
- a cue verb whose object is the content: "X denied the accusation", "X accused Y of Z";
- a cue verb beside a quotation: "“S,” X said", "X said: “S”", interrupted "“S1,” X said, “S2”";
- passive and raising forms: "X was quoted by Y as saying S", "X is said to V";
- a cue noun with a complement or a possessor: "assurances that S", "the claim that S";
- "according to X, S";
- a quotation with no cue of its own continues the last speaker of the previous sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from parley.actors.registry import person_titles
from parley.attribution.lexicon import Lexicon
from parley.attribution.quotes import find_quotes, markup_spans, quote_at
from parley.model import Actor, Attribution
from parley.model import Span as TextSpan
from parley.nlp.entity_edges import DAY_NAMES
from parley.nlp.syntax import (
    AGENT,
    CLAUSE,
    DIRECT_OBJ,
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

# Modifiers that belong to a channel's name ("state television", "a joint news conference").
CHANNEL_MODIFIERS = {"compound", "amod"}
# Relations a parser gives the second noun phrase of "call X Y" (UD's and spaCy's English ones).
PREDICATIVE = {"obj", "dobj", "obl:unmarked", "oprd"}
OBJ = DIRECT_OBJ
PARATAXIS = {"parataxis", "list"}  # "list": how a parser may hang a "many think" set off by commas
# Participles that modify a noun: "the routes proposed by Russia" is no report.
MODIFIER = {"acl", "amod", "acl:relcl", "relcl"}
# Relations by which a cue verb with no subject of its own takes its head's subject
# ("..., adding that S"; "X rose and said S").
INHERIT = {"advcl", "conj", "xcomp", "obl"}
# Classes whose verbs take the content as their object ("denied the report").
OBJECT_CONTENT = {"accusation", "attitude", "evidence", "speech", "intention", "commitment"}
# Classes whose verbs report what follows or precedes them as a whole: "S, the poll found."
REPORTS = {"speech", "evidence"}
# Demand verbs whose object is what is asked for ("demanded the release of X"); the others'
# object is whom they ask ("urged the governor", "pressed officials"), and a phrasal demand
# takes what its preposition names ("called for a truce"; cues.tsv). From the verbs of
# requesting in English grammars (Quirk et al. 1985, 16.31).
DEMANDED = {"demand", "request", "recommend"}
# Speech verbs whose object is the listener, not the content ("told reporters").
LISTENER_OBJECT = {"tell", "inform", "notify", "brief", "assure", "reassure", "ask", "thank"}
PRONOUNS = {"he", "she", "him", "her"}
# How far back (characters, about two sentences of news prose) "he" or "she" still continues
# the last person quoted rather than the last person named.
SPEAKER_CONTINUITY_CHARS = 400
# Quantifiers that stand as a subject alone ("Most said", "Neither wanted", "Almost half
# agreed"), which the tagger may read as adverbs or determiners: the quantifying pronouns
# of English grammars (Quirk et al. 1985, 6.45-6.62).
QUANTIFIERS = {
    "all",
    "both",
    "each",
    "either",
    "neither",
    "none",
    "some",
    "any",
    "many",
    "most",
    "few",
    "several",
    "half",
    "third",
    "quarter",
    "others",
}
# Pronouns that open a relative clause on a person or thing ("X, who ..., said").
RELATIVE_PRONOUNS = {"who", "which"}
# Parts of speech a noun phrase is made of, read from the word order.
NOUN_PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
# Relations of a noun's modifiers before it ("some", "official", "Democratic").
NOUN_MODIFIERS = {"det", "amod", "nummod", "nmod:poss", "poss"}
# The most characters between a quotation's close and an inverted verb: marks and spaces only
# ("“S,” says X", "“S” — said X"); a longer stretch holds words anyway.
INVERTED_GAP_CHARS = 8
# A report whose cue follows another's content this closely continues it (", stating").
ADJOINING_CHARS = 3
# The longest speaker phrase between a quotation and its verb that the parse may miss ("“S,”
# RSF adviser Mostafa Mohamed Ibrahim said"): a title and a name of four words or so.
TRAILING_SPEAKER_MAX_WORDS = 8
# A headline's speaker before a colon ("Lynch: No outside influence ...") is a short name.
COLON_SOURCE_MAX_WORDS = 5


@dataclass
class Found:
    """One attribution as token and character spans, before it becomes a record."""

    cue: list[tuple[int, int]]
    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    channel: tuple[int, int] | None = None
    cls: str = "speech"  # the cue's lexicon class


# Where a doc's text is kept while the stage reads it: spaCy joins the tokens again on every
# ``doc.text``, and the rules read it per cue and quotation.
TEXT_KEY = "parley_attribution_text"


def _tokens_in(doc: Doc, start: int, end: int):
    """The tokens that start at a character offset in ``[start, end)``, found by bisection
    (a scan of the whole doc per quotation made the stage quadratic in the article's length)."""
    i = bisect_left(doc, start, key=_idx)
    j = bisect_left(doc, end, lo=i, key=_idx)
    return doc[i:j]


def _idx(tok: Token) -> int:
    return tok.idx


def _text(doc: Doc) -> str:
    """The doc's text, joined once per run of the stage."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def _char_span(tokens: list[Token]) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def _subtree_span(tok: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Characters of ``tok``'s subtree, trimmed of edge punctuation; ``exclude``'s subtree
    cut off when it sits at an edge."""
    tokens = list(tok.subtree)
    if exclude is not None:
        cut = {t.i for t in exclude.subtree}
        tokens = [t for t in tokens if t.i not in cut]
    while len(tokens) > 1 and (tokens[0].is_punct and not tokens[0].is_quote):
        tokens.pop(0)
    while len(tokens) > 1 and (tokens[-1].is_punct and not tokens[-1].is_quote):
        tokens.pop()
    return _char_span(tokens)


class Extractor:
    def __init__(
        self,
        lexicon: Lexicon,
        verb_lemmas: dict[str, str] | None = None,
        person_titles: frozenset[str] = frozenset(),
    ) -> None:
        self.lex = lexicon
        # office words that make a source phrase a person ("spokesman", "minister")
        self.person_titles = person_titles
        # word -> lemma of verbs seen in training, for when the tagger called a verb something
        # else ("laid" as an adjective) or the lemmatizer slipped ("spelled" -> "spelle")
        self.verb_lemmas = verb_lemmas or {}

    def _lemma(self, tok: Token) -> str:
        if tok.lemma_.lower() in self.lex.verbs:
            return tok.lemma_.lower()
        if tok.tag_.startswith("VB") or tok.pos_ == "VERB":
            return self.verb_lemmas.get(tok.lower_, tok.lemma_.lower())
        return tok.lemma_.lower()

    # -- pieces ---------------------------------------------------------------------------

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

    # -- constructions --------------------------------------------------------------------

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
        content = [_subtree_span(comp[0])]
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

    # -- the whole doc --------------------------------------------------------------------

    def find(
        self, doc: Doc, media: list[tuple[int, int]], mentions: list[tuple[int, int]]
    ) -> list[Found]:
        quotes = find_quotes(_text(doc))
        tags = markup_spans(_text(doc))
        found: list[Found] = []
        for tok in doc:
            f = None
            if tags and any(s <= tok.idx < e for s, e in tags):
                continue  # "<tweet author=...>": markup, not words
            if (
                tok.pos_ in ("VERB", "AUX")
                or tok.tag_.startswith("VB")
                or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT")
            ):
                f = self._verb_cue(tok, quotes, media, mentions)
            if f is None and tok.pos_ == "NOUN":
                f = self._noun_cue(tok, mentions)
            if f is None and tok.pos_ in ("ADJ", "VERB"):
                f = self._adjective_cue(tok)
            if (f is None or f.source is None) and (misread := self._misread_report(tok)):
                f = misread
            if f is None and (misread := self._report_read_as_noun(tok)):
                f = misread
            if f is None and (misread := self._report_read_as_modifier(tok)):
                f = misread
            if f is None and tok.lower_ == "according":
                f = self._according_to(tok)
            if f is None and tok.lower_ == "in":
                f = self._in_source(tok)
            if f is not None:
                found.append(f)
        found = _with_colon_lines(found, self._colon_lines(doc, quotes))
        found += [h for h in self._headlines(doc) if not any(_same_cue(h, f) for f in found)]
        found = _drop_duplicate_contents(_drop_embedded_commitments(found, quotes))
        found = self._drop_polled_answers(doc, found)
        found = _drop_embedded_stances(doc, found, quotes)
        # What a speaker reports inside a quotation ("“I think we will win,” she said") is
        # part of that quotation, not a second statement: set aside until the quotations are
        # attributed, and kept only for a quotation nobody turns out to have said.
        nested = [f for f in found if f.cue and quote_at(quotes, *f.cue[0]) is not None]
        found = [f for f in found if f not in nested]
        found += self._orphan_quotes(doc, quotes, found)
        found += _unreported(nested, found, quotes)
        found = _merge_same_cue(found)
        return sorted(found, key=lambda f: min(f.content))

    def _drop_polled_answers(self, doc: Doc, found: list[Found]) -> list[Found]:
        """What a share of those polled said ("51 percent of respondents said S") inside the
        poll's own report ("In the survey, 51 percent ... said S", "the poll found that ...")
        is the poll's finding, not a statement of its own."""
        out = []
        for f in found:
            span = doc.char_span(*f.source, alignment_mode="expand") if f.source else None
            polled = span is not None and span.root.lower_ in self.lex.shares
            if not (polled and _inside_another(f, found)):
                out.append(f)
        return out

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

    def _headlines(self, doc: Doc) -> list[Found]:
        """A headline in title case, "Former Pollster Says Clinton Is In Trouble", "New Poll
        Shows Large Gap": the parser reads such lines poorly, so they are split at their first
        cue verb in the present tense, the words before it the source and after it the
        content."""
        out = []
        start = 0
        text = _text(doc)
        for line in text.split("\n"):
            words = line.split()
            end = start + len(line)
            if 3 <= len(words) <= HEADLINE_MAX_WORDS and _is_title(line):
                out += self._headline(doc, start, end)
            start = end + 1
        return out

    def _headline(self, doc: Doc, start: int, end: int) -> list[Found]:
        tokens = [t for t in _tokens_in(doc, start, end) if not t.is_space]
        for k, tok in enumerate(tokens[1:-1], start=1):
            word = tok.lower_
            if not (tok.is_title and word.endswith("s")):
                continue
            stems = (word[:-1], word[:-2])  # "says" -> "say", "pushes" -> "push"
            cls = next((self.lex.verb_class(st) for st in stems if self.lex.verb_class(st)), None)
            if cls not in ("speech", "evidence", "cognition"):
                continue
            source, content = tokens[:k], tokens[k + 1 :]
            while content and content[-1].is_punct:
                content.pop()
            if len(content) < 2 or any(t.is_punct and t.text not in ("'", "’") for t in source):
                return []
            return [
                Found(
                    cue=[_char_span([tok])],
                    content=[_char_span(content)],
                    source=_char_span(source),
                    cls=cls,
                )
            ]
        return []

    def _colon_lines(self, doc: Doc, quotes) -> list[Found]:
        """Headline and interview style "Name: what they said", "Q: ...", "A: ...": a short
        name (or a word in capitals) before a colon at the start of a line, and the rest of
        the line as content."""
        out = []
        # words the tagger reads as names somewhere in the article: a headline's "Carson:"
        # tagged a common noun is still the Carson of "Ben Carson said"
        names = {t.lower_ for t in doc if t.pos_ == "PROPN"}
        for tok in doc:
            if tok.text != ":" or quote_at(quotes, tok.idx, tok.idx + 1):
                continue
            start = tok.i
            while (
                start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_
            ):
                start -= 1
            # "IOWA POLLS NOT WRONG - Mark Blumenthal: “S”": a heading before a dash is no
            # part of the name
            dashes = [t.i for t in doc[start : tok.i] if t.text in DASHES or t.text == "-"]
            if dashes and doc[dashes[-1]].whitespace_:
                start = dashes[-1] + 1
            head = doc[start : tok.i]
            opener = next((t.i for t in head[:2] if t.lower_ == "from"), None)
            if opener is not None and all(
                t.lower_ in ("more", "from") for t in head[: opener - start]
            ):
                # "More from Jones: “S”", "From the report: “S”": a roundup's quoted source
                head = doc[opener + 1 : tok.i]
            if not 1 <= len(head) <= COLON_SOURCE_MAX_WORDS:
                continue
            if not all(
                t.pos_ in ("PROPN", "NOUN", "DET", "PART", "CCONJ")  # "Blumenthal and Cohen:"
                or t.is_punct
                or (t.pos_ == "ADJ" and t.is_title)  # "Judicial Watch:"
                for t in head
            ):
                continue
            if not any(
                t.pos_ == "PROPN" or t.text.isupper() or (t.is_title and t.lower_ in names)
                for t in head
            ):
                continue
            end = tok.i + 1
            while end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
                end += 1
            rest = [t for t in doc[tok.i + 1 : end] if not t.is_space]
            if len(rest) < 3:
                continue
            content = _char_span(rest)
            out.append(
                Found(
                    cue=[(tok.idx, tok.idx + 1)], content=[content], source=_char_span(list(head))
                )
            )
        return out

    def _orphan_quotes(self, doc: Doc, quotes, found: list[Found]) -> list[Found]:
        """Quotations no cue claimed: they continue the speaker of the closest attribution
        before them (news style: "X said S. “Quote.”"). A quotation that follows that
        speaker's own quotation with nothing but the cue between, in the same paragraph or
        opening the next, goes on the same statement (“A,” X said. “B.”) and joins its
        content; any other becomes an attribution of its own with that speaker."""
        out: list[Found] = []
        used = [c for f in found for c in f.content]
        phrase: dict[int, bool] = {}  # a finding's cue never moves: asked once per finding

        def in_phrase(f: Found) -> bool:
            if id(f) not in phrase:
                phrase[id(f)] = _in_speaker_phrase(f, found)
            return phrase[id(f)]

        for qs, qe in quotes:
            if any(cs <= qs < ce or qs <= cs < qe for cs, ce in used):
                continue
            if len(_text(doc)[qs:qe].split()) < 4 or _is_title(_text(doc)[qs:qe]):
                continue  # a scare-quoted word or a title, not a quotation
            inside = (
                self._quoting_clause(doc, (qs, qe))
                or self._bare_report_before(doc, (qs, qe), found)
                or self._speaker_after(doc, (qs, qe))
            )
            if inside is not None:
                out.append(inside)
                continue
            before = [
                f
                for f in [*found, *out]
                if f.source is not None and max(f.content)[1] <= qs and not in_phrase(f)
            ]
            if not before:
                continue
            prev = _main_report(doc, quotes, before, max(before, key=lambda f: max(f.content)[1]))
            if self._continues(doc, quotes, prev, qs):
                prev.content.append((qs, qe))
            elif (earlier := _quoted_statement(doc, quotes, before, prev, qs)) is not None:
                earlier.content.append((qs, qe))
            else:
                out.append(Found(cue=[], content=[(qs, qe)], source=prev.source))
        return out

    def _speaker_after(self, doc: Doc, quote: tuple[int, int]) -> Found | None:
        """ "“Who knows?” Trump told ITV when asked S": a speaker and a speech verb right
        after a quotation that the parse cut off from it at its question or exclamation
        mark; after a quotation closed with a comma, which announces its speaker, any verb
        ("“S,” Bennett shot back with a laugh", a cue no lexicon lists)."""
        qs, qe = quote
        closing = _text(doc)[qs:qe].rstrip("”\"'’ ")
        announced = closing.endswith(",")
        if not announced and not closing.endswith(("?", "!")):
            return None
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None:
            return None
        stop = span.end + TRAILING_SPEAKER_MAX_WORDS + 1
        after = [t for t in doc[span.end : stop] if not t.is_space]
        for verb in after:
            if "\n" in _text(doc)[qe : verb.idx]:
                return None  # a new paragraph starts a new statement
            if verb.pos_ != "VERB" or (not announced and self._cue_class(verb) != "speech"):
                continue
            subject = [t for t in _children(verb, SUBJ) if t.idx >= qe]
            if not subject and verb.dep_ == "acl" and verb.head.idx >= qe:
                subject = [verb.head]  # "“S,” the colonel scoffed" read as "the scoffed colonel"
            words = [t for t in after if t.i < verb.i]
            named = [t for t in words if not t.is_punct]
            if subject and named and all(t in subject[0].subtree for t in named):
                return Found(
                    cue=[_char_span([verb])],
                    content=[(qs, qe)],
                    source=_char_span(named),  # the words between: no more of the parse's phrase
                    cls="speech",
                )
            return None
        return None

    def _bare_report_before(
        self, doc: Doc, quote: tuple[int, int], found: list[Found]
    ) -> Found | None:
        """ "Dianne Bystrom agreed. “S.”": a sentence of a speaker and a cue verb with nothing
        reported, right before a quotation in its paragraph, introduces it."""
        qs, qe = quote
        at = doc.char_span(qs, qs + 1, alignment_mode="expand")
        i = at.start - 1 if at is not None else -1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].text not in (".", ":") or "\n" in _text(doc)[doc[i].idx : qs]:
            return None
        verb = doc[i].head  # the verb its full stop closes
        if self._cue_class(verb) not in ("speech", "cognition", "commitment") or any(
            f.cue and _overlaps(f.cue[0], _char_span([verb])) for f in found
        ):
            return None
        subject = _children(verb, SUBJ)
        if not subject or _children(verb, CLAUSE | OBJ | OPEN_CLAUSE):
            return None
        return Found(
            cue=[_char_span([verb])],
            content=[(qs, qe)],
            source=_speaker_span(subject, verb),
            cls=self._cue_class(verb) or "speech",
        )

    def _quoting_clause(self, doc: Doc, quote: tuple[int, int]) -> Found | None:
        """A quotation inside a clause whose verb has a subject outside it is that subject's
        words, whatever the verb ("Rubio bemoaned a climate in which people “literally hate
        each other”", "Carson called the system “rotten to the core”"): the verb is the cue
        and the phrase that holds the quotation the content."""
        qs, qe = quote
        inner = list(_tokens_in(doc, qs, qe))
        if not inner:
            return None
        tok = inner[0]
        child = tok
        for verb in tok.ancestors:
            if qs <= verb.idx < qe:
                child = verb
                continue
            if verb.pos_ in ("VERB", "AUX") and child.dep_ not in SUBJ:
                if self._cue_class(verb) == "quote":
                    return None  # "continued", "read": only a quotation beside them
                subject = [s for s in _children(verb, SUBJ) if not qs <= s.idx < qe]
                words = [t for t in inner if not t.is_punct]
                marks = [m.lower_ for m in _children(verb, {"mark"})]
                if marks and "as" not in marks and words and words[0] not in verb.subtree:
                    # "Unless rivals quit the race, ''S''": a subordinate clause before the
                    # quotation that the parse hung only its opening mark on ("As X put it:
                    # ''S''" is X's)
                    return None
                # a name or a third person ("he", "she"), not "it" or "we"
                if subject and (subject[0].pos_ != "PRON" or subject[0].lower_ in PRONOUNS):
                    start, end = _subtree_span(child)
                    return Found(
                        cue=[_char_span([verb])],
                        content=[(min(start, qs), max(end, qe))],
                        source=_phrase_span(subject),
                        cls=self._cue_class(verb) or "attitude",
                    )
                return None
            child = verb
        return None

    @staticmethod
    def _continues(doc: Doc, quotes, prev: Found, start: int) -> bool:
        """Whether a quotation starting at ``start`` goes on ``prev``'s quoted statement: the
        statement ends with a quotation, and between the two there is nothing but ``prev``'s
        cue and source (and punctuation and line breaks)."""
        last = max(prev.content)
        if quote_at(quotes, last[0], last[1]) is None:
            return False
        gap = _text(doc)[last[1] : start]
        spoken = [*prev.cue, *([prev.source] if prev.source else [])]
        rest = "".join(
            ch for i, ch in enumerate(gap, last[1]) if not any(s <= i < e for s, e in spoken)
        )
        if not any(ch.isalnum() for ch in rest):
            return True
        # “A,” X said in an interview in Macau.¶ “B.”: the sentence of the cue closes the
        # paragraph and the quotation opens the next one
        tail, _, lead = gap.rpartition("\n")
        cue_end = prev.cue[0][1] - last[1] if prev.cue else -1
        if not tail or lead.strip() or "\n" in tail.strip() or not 0 < cue_end <= len(tail):
            return False
        if any(last[1] <= qs < start for qs, _ in quotes):
            return False  # another quotation between
        after_cue = tail[cue_end:].strip()
        return not re.search(r"[.!?]\s+\S", after_cue)


def _prepositional(tok: Token) -> bool:
    """Whether ``tok``'s phrase opens with its preposition ("in a later interview", "even in
    her hometown"): no subject, whatever the parse says ("four in 10 voters" is one, and so is
    "about four in 10", "over 60 percent": a number's approximator)."""
    words = [t for t in tok.subtree if t.dep_ != "advmod"]
    if len(words) < 2 or words[0].dep_ != "case" or words[0].head != tok:
        return False
    return words[0].lower_ in PLACE_PREPOSITIONS and not words[1].like_num


def _compound_subject(verb: Token) -> list[Token]:
    """The compound right before a verb the tagger read as a noun ("official data | suggest",
    "some strategists | fear"), with the modifiers the parse hung on the verb: the words of
    its subject, or none."""
    compound = [
        c
        for c in verb.children
        if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i == verb.i - 1
    ]
    if not compound:
        return []
    heads, i = list(compound), compound[0].left_edge.i - 1
    while i >= 0 and verb.doc[i].head == verb and verb.doc[i].dep_ in NOUN_MODIFIERS | {"compound"}:
        heads.insert(0, verb.doc[i])
        i = verb.doc[i].left_edge.i - 1
    return heads


def _relative_noun(verb: Token, quotes) -> Token | None:
    """The noun before ``verb`` whose relative clause holds it ("a source, who was not
    authorized | to speak"), when that noun is outside any quotation (else the parse hung
    the report on a word inside the quotation)."""
    clause = verb
    while clause.dep_ in OPEN_CLAUSE:
        clause = clause.head  # "authorized | to speak"
    noun = clause.head if clause.dep_ in RELATIVE and clause.head.i < verb.i else None
    if noun is None or quote_at(quotes, noun.idx, noun.idx + 1) is not None:
        return None
    return noun


def _cue_token(doc: Doc, found: Found) -> Token | None:
    """The first word of an attribution's cue."""
    span = doc.char_span(*found.cue[0], alignment_mode="expand") if found.cue else None
    return span[0] if span else None


def _depth(tok: Token) -> int:
    """How deep in its sentence's parse a word stands (0 at the root)."""
    return sum(1 for _ in tok.ancestors)


def _quoted_statement(
    doc: Doc, quotes, before: list[Found], prev: Found, start: int
) -> Found | None:
    """The statement a quotation at ``start`` goes on when its paragraph already quoted the
    same speaker: the statement whose last quotation is the latest before it, in the same
    paragraph with no quotation between, when every statement between them and the one the
    quotation's speaker comes from (``prev``) have that statement's source ("“A,” Clinton
    said at a school as she sat with pupils. “B.”" is one statement)."""
    quoting = [f for f in before if quote_at(quotes, *max(f.content)) is not None]
    if not quoting:
        return None
    statement = max(quoting, key=lambda f: max(f.content)[1])
    end = max(statement.content)[1]
    if "\n" in _text(doc)[end:start] or any(end <= s and e <= start for s, e in quotes):
        return None
    between = [f for f in before if max(f.content)[1] > end]
    if any(f.source != statement.source for f in [prev, *between]):
        return None
    return statement


def _main_report(doc: Doc, quotes, before: list[Found], closest: Found) -> Found:
    """The report a quotation that follows goes on: of the attributions in the sentence of
    the closest one, the one whose cue is the sentence's main verb, or else one that quotes
    ("“S1,” Lieberman told the Journal, after de Blasio stated an interest in S2. “S3.”"
    goes on Lieberman's)."""
    at = _cue_token(doc, closest)
    if at is None or _depth(at) == 0:
        return closest
    sent = at.sent
    same = [
        (f, tok)
        for f in before
        if f is not closest
        and (tok := _cue_token(doc, f)) is not None
        and sent.start <= tok.i < sent.end
    ]
    depth = _depth(at)
    higher = [(d, f) for f, tok in same if (d := _depth(tok)) < depth]
    if higher:
        return min(higher, key=lambda pair: pair[0])[1]
    quoting = [f for f, _ in same if any(quote_at(quotes, *c) for c in f.content)]
    if quoting and not any(quote_at(quotes, *c) for c in closest.content):
        return max(quoting, key=lambda f: max(f.content)[1])
    return closest


def _merge_adjacent(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sort spans and join those separated only by spaces ("as" + "saying")."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if out and not text[out[-1][1] : s].strip():
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# Subordinators that open a complement clause ("the claim that S", "asked whether S").
COMPLEMENTIZERS = {"that", "whether", "if"}
# Cue classes whose nouns take a to-infinitive as what is reported ("plans to", "a demand to").
WILL_CLASSES = {"intention", "demand", "commitment"}
# The most words of a line read as a headline ("X Says Y").
HEADLINE_MAX_WORDS = 20
# The preposition that gives a speech or thought verb its topic ("warned about X").
SPEECH_TOPIC = {"about"}
# The most words a speaker set off by commas inside a clause has ("X, many analysts in the
# region believe, Y").
ASIDE_MAX_WORDS = 5
# The most words a speaker after the verb in such an aside has, with an apposition ("X, said
# Ana Ruiz, an analyst at the Institute for Security Studies in Pretoria, would ...").
INVERTED_SPEAKER_MAX_WORDS = 25
# The most words of the giver in "criticism from aid groups in the north over Y".
GIVER_MAX_WORDS = 5
# Prepositions of a time, which open no part of a speaker's phrase ("during the debate");
# "at" and "on" do ("an expert at the Brookings Institution", "the committee on civil
# liberties"), so they are not here (measured on a PolNeAR train sample).
OCCASION_PREPOSITIONS = {"during", "after", "before", "while"}
# Verbs whose content is a question, and the words that open an indirect question ("asked
# why he trailed", "asked if that remains his view").
QUESTION_VERBS = {"ask", "wonder", "inquire"}
INTERROGATIVES = {"whether", "if", "why", "how", "what", "who", "which", "where", "when"}
YES_NO = {"whether", "if"}
# Prepositions of place and time that open no clause, so the noun after them is never a
# subject ("in a later interview said S"), unlike "after X filed", "with X considering"
# (English grammar: Quirk et al. 1985, 9.15-9.47).
PLACE_PREPOSITIONS = {"in", "at", "on", "during", "into", "inside", "among", "throughout"}
# Prepositions that give a stance adjective its topic ("critical of", "upset by", "happy with").
STANCE_PREPOSITIONS = {"of", "about", "with", "by", "at", "over", "toward", "towards", "on"}
# Prepositions that give a reporting noun its topic ("call for", "criticism of", "remarks on").
TOPIC_PREPOSITIONS = {"of", "on", "about", "for", "against", "over"}


# Words that open an adverbial clause, which the parse sometimes takes for a reported one
# ("S, officials said, after mediators met").
ADVERBIAL_OPENERS = {
    "after",
    "before",
    "when",
    "while",
    "since",
    "until",
    "because",
    "although",
    "though",
    "once",
    "unless",
    "as",
}


def _parenthetical(verb: Token) -> tuple[list[Token], list[list[Token]]] | None:
    """ "The deal, officials believe, will hold": a report set off by commas inside the clause
    it reports, read from the commas whatever the parse; the speaker (one to
    ``ASIDE_MAX_WORDS`` words, no verb) and the rest of the sentence."""
    doc = verb.doc
    sent = verb.sent
    after = verb.i + 1
    if after >= sent.end or doc[after].text != ",":
        return None
    start = verb.i - 1
    while start > sent.start and doc[start].text != "," and verb.i - start <= ASIDE_MAX_WORDS:
        start -= 1
    speaker = list(doc[start + 1 : verb.i])
    if doc[start].text != "," or not speaker or start == sent.start:
        return None
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in speaker):
        return None
    before = [t for t in doc[sent.start : start] if not t.is_space]
    rest = [t for t in doc[after + 1 : sent.end] if not t.is_space]
    while rest and rest[-1].is_punct and not rest[-1].is_quote:
        rest.pop()
    if len([t for t in before + rest if not t.is_punct]) < 3:
        return None
    return speaker, [before, rest]


def _inverted_aside(verb: Token) -> tuple[list[Token], list[list[Token]]] | None:
    """ "Any fair reading of the deal, said Ana Ruiz, an analyst at the institute, would
    find it one-sided": a speech verb set off by commas inside the clause it reports, with
    its speaker after it; the speaker runs to the comma right before the clause's verb
    resumes (the first verb after the cue); the content is the clause around them."""
    doc, sent = verb.doc, verb.sent
    comma = verb.i - 1
    if comma <= sent.start or doc[comma].text != "," or verb.tag_ not in FINITE_TAGS:
        return None  # not ", recalling X, ...": a participle is no inverted report
    resume = next((t for t in doc[verb.i + 1 : sent.end] if t.pos_ in ("VERB", "AUX")), None)
    if resume is None or doc[resume.i - 1].text != ",":
        return None
    speaker = [t for t in doc[verb.i + 1 : resume.i - 1] if not t.is_space]
    if not speaker or speaker[0].pos_ not in ("PROPN", "DET", "NOUN", "ADJ", "NUM"):
        return None
    if len(speaker) > INVERTED_SPEAKER_MAX_WORDS or any(t.is_quote for t in speaker):
        return None
    before = [t for t in doc[sent.start : comma] if not t.is_space]
    if any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in before):
        return None  # "The talks stalled, said Osman, ...": a clause of its own before
    rest = [t for t in doc[resume.i : sent.end] if not t.is_space]
    while rest and rest[-1].is_punct and not rest[-1].is_quote:
        rest.pop()
    if len([t for t in before if not t.is_punct]) < 2 or len(rest) < 2:
        return None
    return speaker, [before, rest]


def _trim_marks(words: list[Token]) -> list[Token]:
    """``words`` less the marks at either end other than quotation marks."""
    start, end = 0, len(words)
    while start < end and words[start].is_punct and not words[start].is_quote:
        start += 1
    while end > start and words[end - 1].is_punct and not words[end - 1].is_quote:
        end -= 1
    return words[start:end]


def _complement_above(verb: Token) -> tuple[int, int] | None:
    """ "When Clinton said she would debate on Monday, he ...": a report in an adverbial
    clause that the parse made a modifier of the clause right after it, which has a subject
    of its own and is what was said (the words after the report, up to a comma)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i or not _children(verb, SUBJ):
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children):
        return None  # "when", "after", "because": the report's own clause
    subjects = _children(head, SUBJ)
    if not subjects or subjects[0].i != verb.right_edge.i + 1:
        return None
    if verb.doc[verb.right_edge.i].is_punct:
        return None  # "When the envoy confirmed, the delegates left": a clause of its own
    said = []
    for tok in verb.doc[verb.right_edge.i + 1 : head.right_edge.i + 1]:
        if tok.text == "," and tok.head == head.head:
            break
        said.append(tok)
    while said and said[-1].is_punct:
        said.pop()
    return _char_span(said) if len(said) >= 3 else None


def _as_aside(verb: Token) -> list[tuple[int, int]] | None:
    """The clause an "as" aside with a subject comments on ("As Politico reported, S",
    "S, as Comey noted"), set off by a comma, less the aside; none when the aside is on a
    word ("as bad as she said")."""
    if verb.dep_ != "advcl" or not _children(verb, SUBJ):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") and not _children(head, SUBJ):
        return None
    aside = {t.i for t in verb.subtree}
    doc = verb.doc
    # a comma at either end of the aside, the parse's or just outside it
    ends = {verb.left_edge.i - 1, verb.left_edge.i, verb.right_edge.i, verb.right_edge.i + 1}
    if not any(0 <= i < len(doc) and doc[i].text == "," for i in ends):
        return None
    words = [t for t in head.subtree if t.i not in aside and not t.is_space]
    words = _trim_marks(words)
    if len(words) < 3:
        return None
    # the clause on either side of the aside ("The talks, as she said, will resume")
    pieces = [[t for t in words if t.i < verb.i], [t for t in words if t.i > verb.i]]
    return [_char_span(p) for p in pieces if p]


def _stray_that_clause(verb: Token) -> list[Token]:
    """ "said on Friday during a news conference that he may wait": a "that" clause the parser
    hung on a noun after the verb. Only a clause whose verb has an object, a complement or a
    modal counts: "the report that he wrote" is a relative clause, not what was said."""
    for k in verb.subtree:
        if k.i <= verb.i or k.lower_ != "that" or k.i + 1 >= len(verb.doc):
            continue
        subj = verb.doc[k.i + 1]
        inner = subj.head
        if subj.dep_ not in SUBJ or inner.i <= subj.i or inner == verb:
            continue
        # the relative "that" is the object of its own clause: it does not count
        complete = any(
            c.dep_ in OBJ | CLAUSE | OPEN_CLAUSE and c != k for c in inner.children
        ) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in inner.children)
        if complete and inner in verb.subtree:
            return [inner]
    return []


def _trailing_report(verb: Token) -> bool:
    """ "S, a local official said.": a speech verb the parser joined to the clause before it
    as a conjunct with no "and" or "but", after a comma, with a subject of its own, ending
    its sentence."""
    if verb.dep_ != "conj" or verb.head == verb or verb.head.i > verb.i:
        return False
    if any(c.dep_ == "cc" for c in verb.children) or not _children(verb, SUBJ):
        return False
    doc = verb.doc
    before = verb.left_edge.i  # the comma, inside the report's phrase or just before it
    if doc[before].text != ",":
        before -= 1
    if before < 0 or doc[before].text != ",":
        return False
    after = [t for t in doc[verb.right_edge.i + 1 : verb.sent.end] if not t.is_space]
    return all(t.is_punct for t in after)


def _comma_report(verb: Token, quotes) -> tuple[list[Token], list[Token]] | None:
    """ "S, teachers and union officials told POLITICO." and "S, said Grant Green, a former
    official.": a finite report verb next to a comma-set speaker (words with no verb) that
    closes its sentence, read from the commas whatever the parse; the speaker's words and the
    clause before the comma (with a verb of its own), when no quotation is in it (the
    quotation rules read those)."""
    doc = verb.doc
    if verb.tag_ not in FINITE_TAGS or verb.i < 2:
        return None
    end = _sentence_stop(doc, verb.i + 1)
    # the words between the verb (or a comma right before it) and the comma before them
    left = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
    comma = _comma_before(doc, left)
    speaker = list(doc[comma + 1 : left])
    tail = list(doc[verb.i + 1 : end])
    if doc[comma].text == "," and speaker and not any(t.pos_ in ("VERB", "AUX") for t in speaker):
        # "S, X said (to reporters).", "S, his top aide, X, told POLITICO."
        if any(t.pos_ in ("VERB", "AUX") or t.dep_ in OBJ for t in tail):
            return None  # "..., they proposed sweeping overhauls": an object, not a report
        if len(tail) > TRAILING_SPEAKER_MAX_WORDS:
            return None
    elif left < verb.i and verb.lemma_.lower() not in LISTENER_OBJECT:
        # "S, said X, a former official."
        comma = left
        speaker = tail[: next((k for k, t in enumerate(tail) if t.text == ","), len(tail))]
        if not speaker or speaker[0].pos_ not in ("PROPN", "NOUN", "DET", "ADJ"):
            return None
    else:
        return None
    if any(
        t.pos_ in ("VERB", "AUX", "SCONJ") or t.tag_ in WH_TAGS or t.is_punct or t.is_quote
        for t in speaker
    ):
        return None  # "a drop from 76 percent who said the same": a relative clause
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in speaker):
        return None
    title = _title_before(doc, comma)
    if title and comma < verb.i:
        # "S, his top aide, Tad Devine, told X": the title set off before the name joins it
        speaker = [*title, doc[comma], *speaker]
        comma = title[0].i - 1
    start = comma
    while start > 0 and not _sentence_end(doc[start - 1]) and doc[start - 1].text not in DASHES:
        start -= 1  # "X bristle at the blame — it's a two-way street, they insist"
    said = [t for t in doc[start:comma] if not t.is_space]
    if said and any(qs < said[-1].idx + len(said[-1]) and said[0].idx < qe for qs, qe in quotes):
        return None
    said = _trim_marks(said)
    if len(said) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in said):
        return None
    return speaker, said


def _in_speaker_phrase(f: Found, found: list[Found]) -> bool:
    """Is ``f``'s cue inside another finding's source ("said O'Donnell, | who wrote about
    the visit |")? Such a report is part of who spoke, and no quotation continues it."""
    return bool(f.cue) and any(
        g is not f and g.source is not None and g.source[0] <= f.cue[0][0] < g.source[1]
        for g in found
    )


def _clause_on_object(obj: Token) -> bool:
    """Does a clause whose subject is ``obj`` hang on it: a participle ("Trump | receiving 20
    percent") or a relative clause with no relative word and no subject of its own but a
    tense ("this scam | will hurt him")?"""
    for c in obj.children:
        if c.i < obj.i or c.dep_ not in ("acl", "acl:relcl", "relcl"):
            continue
        if c.tag_ == "VBG" and not _children(c, SUBJ):
            return True
        own = [k for k in c.children if k.dep_ in SUBJ or k.tag_ in WH_TAGS]
        tensed = c.tag_ in FINITE_TAGS or any(
            k.dep_ == "aux" and k.tag_ in FINITE_TAGS | {"MD"} for k in c.children
        )
        if not own and tensed:
            return True
    return False


def _asks_for(verb: Token, lemma: str, phrasal: bool) -> bool:
    """Does the demand verb's object name what it asks for ("demanded the release of X",
    "called for a truce"), not whom it asks? Only a verb the tagger read as one: "Moscow's
    call for a truce" is a reporting noun."""
    return verb.pos_ == "VERB" and (phrasal or lemma in DEMANDED)


def _is_to_clause(tok: Token) -> bool:
    """A clause opened by infinitive "to" ("to resign")."""
    return any(c.dep_ == "mark" and c.lower_ == "to" for c in tok.children)


def _addressee(verb: Token, infinitive: Token) -> tuple[Token, Token] | None:
    """ "called on the administration to block the deal": the "on" phrase between a demand
    verb and its infinitive, as its preposition and its noun."""
    for c in verb.children:
        if c.dep_ in ("obl", "prep", "nmod") and verb.i < c.i < infinitive.i:
            on = [k for k in (c, *c.children) if k.lower_ in ("on", "upon")]
            if on:
                return on[0], (c if c.lower_ not in ("on", "upon") else next(c.children, c))
    return None


def _line_break(tok: Token) -> bool:
    return "\n" in tok.text or "\n" in tok.whitespace_


def _sentence_stop(doc: Doc, i: int) -> int:
    """The index of the token that ends the sentence going on at ``i`` (or the doc's end)."""
    end = i
    while end < len(doc) and not _sentence_end(doc[end]) and not _line_break(doc[end - 1]):
        end += 1
    return end


def _comma_before(doc: Doc, i: int) -> int:
    """The index of the comma before token ``i``, looking back at most
    ``TRAILING_SPEAKER_MAX_WORDS`` words (where the search stopped when there is none)."""
    k = i - 1
    while k > 0 and doc[k].text != "," and i - k <= TRAILING_SPEAKER_MAX_WORDS:
        k -= 1
    return k


def _in_word_order(cue: Token, source: list[Token], content: list[Token], cls: str) -> Found:
    """A report read from the word order around a cue word the parse misread: the words
    before it that speak and the words after it that are said."""
    return Found(
        cue=[_char_span([cue])],
        content=[_char_span(content)],
        source=_char_span(source),
        cls=cls,
    )


def _noun_phrase_start(doc: Doc, last: int) -> int:
    """Where the noun phrase that ends with token ``last`` starts, read from the words
    before it ("a new national poll", "Ted Cruz's associates")."""
    start = last
    while (
        start > 0
        and not doc[start - 1].is_space
        and (doc[start - 1].pos_ in NOUN_PHRASE_POS or doc[start - 1].tag_ == "POS")
    ):
        start -= 1
    return start


def _rest_of_sentence(doc: Doc, start: int) -> list[Token]:
    """The words from ``start`` to the sentence's end, less the marks that close it."""
    words = [t for t in doc[start : _sentence_stop(doc, start)] if not t.is_space]
    while words and words[-1].is_punct and not words[-1].is_quote:
        words.pop()
    return words


def _sentence_end(tok: Token) -> bool:
    """A full stop, question or exclamation mark before a space ("(I-Vt.)" ends nothing), or
    a line break."""
    return (tok.text in (".", "!", "?") and bool(tok.whitespace_)) or _line_break(tok)


def _title_before(doc: Doc, comma: int) -> list[Token]:
    """The words set off by commas before ``comma`` when they are a title with no verb ("his
    top aide"), else none."""
    start = _comma_before(doc, comma)
    words = list(doc[start + 1 : comma])
    if start <= 0 or doc[start].text != "," or not words:
        return []
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
        return []
    return words if any(t.lemma_.lower() in person_titles() for t in words) else []


def _titled_apposition(
    doc: Doc, source: tuple[int, int], content: list[tuple[int, int]]
) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """ "S, an AU spokesman, Yusuf Warsame, said": a title phrase set off by commas right
    before the speaker's name is part of the source, wherever the parser hung it."""
    at = doc.char_span(source[0], source[0] + 1, alignment_mode="expand")
    first = at[0] if at is not None and len(at) and at[0].idx == source[0] else None
    if first is None or first.i < 2 or doc[first.i - 1].text != ",":
        return source, content
    top = doc[first.i - 2]
    while top.dep_ != "appos" and top.head != top and top.head.right_edge.i == top.right_edge.i:
        top = top.head
    if top.dep_ != "appos" or top.lemma_.lower() not in person_titles():
        return source, content
    start = min(t.i for t in top.subtree if not t.is_punct)
    if start < 1 or doc[start - 1].text != ",":
        return source, content
    cut = doc[start - 1].idx
    trimmed = [(cs, min(ce, cut)) for cs, ce in content if cs < cut]
    if not trimmed:
        return source, content
    return (doc[start].idx, source[1]), trimmed


def _reported_clauses(verb: Token, after_quote: bool = False) -> list[Token]:
    """The clausal complements of ``verb`` that can be what it reports: not an adverbial
    ("after mediators met") nor a participle after a comma ("asked, looking pleased") and, of
    two, the one right after the verb ("RENO (AP) — Trump says S": the one before is a
    misparsed dateline), unless a quotation closes right before the verb (``after_quote``:
    "“S,” said the 46-year-old", where the parse took the speaker for a clause)."""
    clauses = []
    for c in _children(verb, CLAUSE):
        words = [t for t in c.subtree if not t.is_punct]
        bare = c.tag_ == "VBG" and not _children(c, SUBJ | {"aux", "aux:pass"})
        if bare and c.i > verb.i and "," in (c.left_edge.text, c.doc[c.left_edge.i - 1].text):
            continue  # ", looking far from displeased": how, not what
        if c.lower_ in DAY_NAMES and len(words) == 1:
            continue  # "said Wednesday he agrees": a time the parse made a clause
        if words and words[0].lower_ not in ADVERBIAL_OPENERS:
            clauses.append(c)
    for c in _children(verb, {"advcl"}):
        # "acknowledge privately that they were not surprised": a "that" clause with a subject
        # of its own that the parse made adverbial
        if c.i > verb.i and c.left_edge.lower_ == "that" and _children(c, SUBJ):
            clauses.append(c)
    for c in _children(verb, {"conj"}):
        # "polling is showing Trump has a lead": a clause right after the verb, with a subject
        # and no "and", that the parse made a conjunct
        finite = c.tag_ in FINITE_TAGS or any(
            a.dep_ == "aux" and a.tag_ in FINITE_TAGS | {"MD"} for a in c.children
        )  # "contends the party may switch sides"
        if (
            c.left_edge.i == verb.i + 1
            and _children(c, SUBJ)
            and not _children(c, {"cc"})
            and finite
        ):
            clauses.append(c)
    if len(clauses) > 1 and after_quote:
        clauses = [c for c in clauses if c.i < verb.i] or clauses
    elif len(clauses) > 1:
        after = verb.i + 1 < len(verb.doc) and not verb.doc[verb.i + 1].is_punct
        clauses = [c for c in clauses if after and c.left_edge.i == verb.i + 1] or clauses
    return clauses


def _is_complement(tok: Token) -> bool:
    """A clause that completes a noun or verb: ccomp, or an (acl) clause opened by "that"
    with a subject of its own, which a relative clause ("the offer that he made") lacks."""
    if tok.dep_ == "ccomp":
        return True
    if tok.dep_ not in ("acl", "acl:relcl", "relcl"):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in tok.children)
    return marked and any(c.dep_ in SUBJ for c in tok.children)


def _is_participle_modifier(verb: Token) -> bool:
    """ "the routes proposed by Russia": a participle that modifies a noun (a relative clause
    with a finite verb, "voters who support X", still reports)."""
    if verb.dep_ == "amod":
        return True
    return verb.dep_ in ("acl", "acl:relcl", "relcl") and "Fin" not in verb.morph.get("VerbForm")


def _main_verb_on_subject(verb: Token) -> bool:
    """ "The African Union called on ...": the parse hung the sentence's verb on its subject,
    a noun it made the root."""
    head = verb.head
    return (
        verb.dep_ in MODIFIER
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and verb.tag_ in FINITE_TAGS | {"VBN"}
        and not any(c.dep_ in AGENT for c in verb.children)
    )


def _inverted(verb: Token, quotes) -> bool:
    """ "“S,” says X": a quotation closes right before the verb, with only marks between."""
    text = _text(verb.doc)
    return any(
        0 <= verb.idx - qe <= INVERTED_GAP_CHARS
        and not _words(text[qe : verb.idx])
        and "\n" not in text[qe : verb.idx]
        for _, qe in quotes
    )


def _just_before(quote: tuple[int, int], verb: Token) -> bool:
    """Does ``quote`` close right before ``verb`` with only a speaker's phrase between, even
    where the parse began a new sentence after it ("“S,” RSF adviser X said")?"""
    if quote[1] > verb.idx:
        return False
    between = _text(verb.doc)[quote[1] : verb.idx]
    # the cheap tests first: this runs for every quotation and cue
    if "\n" in between or len(_words(between)) > TRAILING_SPEAKER_MAX_WORDS:
        return False
    # a full stop ends a sentence only as a token of its own: "Mr." does not
    span = verb.doc.char_span(quote[1], verb.idx, alignment_mode="expand")
    return not any(t.text in (".", "!", "?") for t in (span if span is not None else ()))


def _phrase_after(verb: Token) -> list[Token]:
    """The words right after ``verb`` up to a mark or the line's end, when they are one noun
    phrase however parsed: no finite verb past its first word, no preposition or adverb
    first, a noun or name last that is no day ("said Tuesday"), every word hanging inside the
    run or on the verb."""
    run: list[Token] = []
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        hyphen = tok.text == "-" and not tok.whitespace_ and run and not run[-1].whitespace_
        if (tok.is_punct and not hyphen) or tok.is_quote or tok.is_space:
            break  # "the 46-year-old" holds its hyphens
        run.append(tok)
    if not run or run[0].pos_ in ("ADP", "ADV", "SCONJ", "PART", "AUX", "PRON", "NUM"):
        return []
    # a noun or name last, or an adjective standing for a person ("the 46-year-old")
    last = run[-1].pos_ in ("PROPN", "NOUN") or (run[-1].pos_ == "ADJ" and run[0].pos_ == "DET")
    if not last or any(t.lower_ in DAY_NAMES for t in run):
        return []
    inside = {t.i for t in run} | {verb.i}
    # a participle opening the phrase ("retired neurosurgeon X") may be tagged a past verb
    if any(
        (t.tag_ in FINITE_TAGS and t.i > run[0].i and not _title_read_as_verb(t, run))
        or t.tag_ == "MD"
        or (t.head.i not in inside and not _on_clause_after(t, verb, run))
        for t in run
    ):
        return []
    return run


def _on_clause_after(tok: Token, verb: Token, run: list[Token]) -> bool:
    """ "said Virginia delegate Beau Correll, angered that S": the parse made a word of the
    name the subject of a clause of the verb's that comes after the run."""
    return tok.head.head == verb and tok.head.i > run[-1].i


def _title_read_as_verb(tok: Token, run: list[Token]) -> bool:
    """ "said Kenyan delegate Amina Otieno": a lower-case title before the name that ends
    the run, which the tagger read as a present-tense verb (a third-person "-s" or past
    form would be a verb indeed: "said Kenya backs Ruto")."""
    rest = [t for t in run if t.i > tok.i]
    return (
        tok.tag_ in ("VBP", "VB")
        and tok.is_lower
        and bool(rest)
        and all(t.pos_ == "PROPN" for t in rest)
    )


def _trailing_speaker(verb: Token) -> list[Token] | None:
    """ "S, an AU spokesman, Yusuf Warsame, said.": the comma-set phrases with no verb right
    before a sentence-final reporting verb, when the parse took them into S."""
    doc = verb.doc
    tokens: list[Token] = []
    i = verb.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    # the sentence's start, or, where the parse split a sentence after a quotation, the last
    # sentence end before the verb
    start = verb.sent.start
    while start > 0 and not (doc[start - 1].text in ".!?" or "\n" in doc[start - 1].text):
        start -= 1
    quoted = False
    relative = False  # the last segment read was a relative clause on the speaker's name
    while i >= start:
        segment = []
        while i >= start and doc[i].text != "," and not doc[i].is_quote:
            segment.append(doc[i])
            i -= 1
        if not segment:
            break
        if any(t.pos_ in ("VERB", "AUX") for t in segment):
            closed = doc[verb.i - 1].text == ","  # not the cue's own clause: "who ... and is"
            if relative or tokens or not closed or segment[-1].lower_ not in RELATIVE_PRONOUNS:
                break
            # "S, Trent Lott, who was majority leader, told X": the clause is on the name
            relative = True
            tokens = segment
            i -= 1  # the comma
            continue
        if relative and segment[-1].pos_ in ("ADP", "ADV", "SCONJ"):
            break  # the clause is on no name: "especially for X, who ..."
        relative = False
        if segment[-1].pos_ != "ADP":  # ", after a long pause,": an aside, not the speaker
            tokens = segment + tokens
        if i >= start and doc[i].is_quote:
            quoted = True
            break  # "“S,” RSF adviser X said": the quotation closes the speaker's phrase
        i -= 1  # the comma
    tokens = [t for t in tokens if t.text != ","]
    if relative or not tokens or (tokens[0].i <= start and not quoted):
        return None
    return (
        sorted(tokens, key=lambda t: t.i)
        if any(t.pos_ in ("NOUN", "PROPN") for t in tokens)
        else None
    )


def _content_end_before(speaker: list[Token]) -> int:
    """Where content before a trailing speaker ends: before the comma that sets it off."""
    doc = speaker[0].doc
    i = speaker[0].i - 1
    while i > 0 and (doc[i].text == "," or doc[i].is_space):
        i -= 1
    return doc[i].idx + len(doc[i].text)


def _covers(pieces: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in pieces)


def _is_actor_at(tok: Token, mentions) -> bool:
    """True when an actor mention covers ``tok``."""
    return any(s <= tok.idx < e for s, e in mentions)


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(c.isalpha() for c in w)]


def _opens_with_that(tok: Token) -> bool:
    return tok.left_edge.lower_ == "that"


# Dashes that set a dateline or an aside off from a phrase.
DASHES = frozenset({"—", "–", "--"})


def _speaker_span(heads: list[Token], verb: Token | None = None) -> tuple[int, int]:
    """The speaker's phrase, less a time the parser hung on it ("said former executive Carly
    Fiorina | during the second debate"): never part of who spoke; and less the clause that
    holds the cue ``verb`` ("O'Donnell, | who wrote a book, recalled S") or a verb listed under
    the name."""
    tokens = [t for h in heads for t in h.subtree]
    holding = next(
        (c for h in heads for c in h.children if verb is not None and verb in (c, *c.subtree)),
        None,
    )
    if holding is None:
        # "Donald Trump joked about X, declined to V and told S": a verb the parse listed
        # under the speaker's name is what the speaker did, not who spoke
        holding = next(
            (c for h in heads for c in h.children if c.dep_ == "list" and c.pos_ == "VERB"),
            None,
        )
    if holding is not None:
        tokens = [t for t in tokens if t not in holding.subtree]
    cut = [
        t
        for t in tokens
        if t.dep_ in ("obl", "nmod", "prep", "obl:tmod", "nmod:tmod")
        and t not in heads
        and any(k.dep_ == "case" and k.lower_ in OCCASION_PREPOSITIONS for k in t.children)
        and not _inside_clause(t, heads)
    ]
    if not cut:
        return _phrase_span(heads, exclude=holding)
    first = min(c.left_edge.i for c in cut)
    kept = sorted((t for t in tokens if t.i < first), key=lambda t: t.i)
    if not kept:
        return _phrase_span(heads, exclude=holding)
    while len(kept) > 1 and (kept[-1].is_punct or kept[-1].dep_ in ("case", "cc")):
        kept.pop()
    return _char_span(kept)


def _inside_clause(tok: Token, heads: list[Token]) -> bool:
    """Is there a verb between ``tok`` and the phrase heads above it ("who declined to run
    | after voting": a relative clause's own time)?"""
    cur = tok.head
    while cur not in heads and cur.head != cur:
        if cur.pos_ in ("VERB", "AUX"):
            return True
        cur = cur.head
    return False


def _phrase_span(heads: list[Token], exclude: Token | None = None) -> tuple[int, int]:
    """Characters of the phrases under ``heads`` (less ``exclude``'s subtree), without a
    leading preposition ("according to", "by") or edge punctuation."""
    cut = {t.i for t in exclude.subtree} if exclude is not None else set()
    tokens = sorted({t for h in heads for t in h.subtree if t.i not in cut}, key=lambda t: t.i)
    if tokens:
        # "KHARTOUM (Reuters) — The army chief": a dateline before a dash is not the speaker
        doc, last_head = tokens[0].doc, max(h.i for h in heads)
        dashes = [t.i for t in doc[tokens[0].i : last_head] if t.text in DASHES]
        if dashes:
            tokens = [t for t in tokens if t.i > dashes[-1]] or tokens
    while len(tokens) > 1 and (
        tokens[0].dep_ in ("case", "fixed", "mark", "cc")
        or (tokens[0].is_punct and not tokens[0].is_quote)
    ):
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].is_punct and not tokens[-1].is_quote:
        tokens.pop()
    # a quotation mark at an edge with no partner inside belongs to a quotation outside
    if len(tokens) > 1 and tokens[0].is_quote and not any(t.is_quote for t in tokens[1:]):
        tokens.pop(0)
    if len(tokens) > 1 and tokens[-1].is_quote and not any(t.is_quote for t in tokens[:-1]):
        tokens.pop()
    return _char_span(tokens)


# Cue classes whose report inside another report's indirect content is an event of that report
# ("X said both sides had promised to ...": a promise X reports), not a statement of its own.
EMBEDDED_EVENT_CLASSES = {"commitment", "intention", "demand", "cognition"}


def _drop_embedded_stances(doc: Doc, found: list[Found], quotes) -> list[Found]:
    """Drop a stance named by a noun ("his support for X", "her opposition to Y") inside the
    content of another report that names its source, outside quotations: the outer report
    ("The senator announced his support for X") is the statement."""
    out = []
    for f in found:
        cue = doc.char_span(*f.cue[0], alignment_mode="expand") if f.cue else None
        embedded = (
            cue is not None
            and f.cls == "attitude"
            and cue.root.pos_ == "NOUN"
            and quote_at(quotes, *f.cue[0]) is None
            and _inside_another(f, found, sourced=True)
        )
        if not embedded:
            out.append(f)
    return out


def _drop_embedded_commitments(found: list[Found], quotes) -> list[Found]:
    """Drop reports of promises, plans, demands and beliefs inside another report's content
    (unless all of one lies inside a quotation, the speaker's own words): the outer report is
    the statement."""
    out = []
    for f in found:
        cue = f.cue[0] if f.cue else None
        quote = quote_at(quotes, cue[0], cue[1]) if cue is not None else None
        # a speaker's own nested report, all of it inside their quotation, stays
        quoted = quote is not None and all(quote[0] <= s and e <= quote[1] for s, e in f.content)
        embedded = (
            cue is not None
            and f.cls in EMBEDDED_EVENT_CLASSES
            and not quoted
            and _inside_another(f, found)
        )
        if not embedded:
            out.append(f)
    return out


def _inside_another(f: Found, found: list[Found], sourced: bool = False) -> bool:
    """Whether ``f``'s cue lies inside the content of another finding (one that names its
    source, with ``sourced``)."""
    return bool(f.cue) and any(
        g is not f and (g.source is not None or not sourced) and _covers(g.content, f.cue[0])
        for g in found
    )


def _opening_speaker(verb: Token, content: list[tuple[int, int]]) -> tuple[int, int] | None:
    """ "Almost half said S", "Priebus, in the wake of a poll, told Fox that S": when the
    parse gave a finite cue verb no subject at all, the words that open its sentence before
    it, up to a comma that opens an adverbial phrase and less a participle's phrase set off
    by commas ("Blunt, facing a stiff challenge, noted S"), read from the word order."""
    # a past participle that is the sentence's root with no auxiliary is a past tense the
    # tagger misread ("Less than a third agreed that S")
    past = (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and not _children(verb, {"aux", "aux:pass"})
        and bool(_children(verb, CLAUSE))
    )
    if (verb.tag_ not in FINITE_TAGS and not past) or verb.i == verb.sent.start:
        return None
    words = [t for t in verb.doc[verb.sent.start : verb.i] if not t.is_space]
    while words and (words[0].is_punct or words[0].dep_ == "cc"):
        words.pop(0)
    if words and words[0].pos_ in ("ADP", "SCONJ"):
        # "On Sunday, Rubio and Cruz urged S", "In the book, Byrne states S": the parse hung
        # the speaker on the opening phrase; it follows that phrase's comma
        comma = next((k for k, t in enumerate(words) if t.text == ","), None)
        words = words[comma + 1 :] if comma is not None else []
    if not words or words[0].pos_ in ("ADP", "SCONJ") or words[0].is_quote:
        return None  # "In Kyiv said": no speaker opens the sentence
    kept: list[Token] = []
    aside = False  # inside ", facing a stiff challenge from X,": no part of the speaker
    dashed = False  # inside "— who was posted at the door for three years —": neither
    for k, t in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else None
        if t.text in DASHES:
            dashed = not dashed
            continue
        if dashed:
            continue
        if t.text == "," and nxt is not None and nxt.pos_ in ("ADP", "SCONJ", "ADV"):
            break  # ", in the wake of a new poll,"
        if t.text == ",":
            aside = nxt is not None and nxt.tag_ in ("VBG", "VBN")
        if aside:
            continue
        if t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_TAGS:
            return None  # another finite verb: not a bare subject
        kept.append(t)
    while kept and kept[-1].is_punct and not _closes_bracket(kept):
        kept.pop()
    # "Almost half said", "Neither wanted", "Most said": a quantity the tagger read as an
    # adverb or a determiner is the subject when it ends the opening words
    if not kept or not (
        any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in kept)
        or kept[-1].lower_ in QUANTIFIERS
    ):
        return None
    span = _char_span(kept)
    if any(cs <= span[0] < ce for cs, ce in content):
        return None
    return span


def _closes_bracket(words: list[Token]) -> bool:
    """Does the last word close a bracket opened among ``words`` ("Blunt (R-Mo.)")?"""
    return words[-1].text == ")" and any(t.text == "(" for t in words)


def _modal_read_name(verb: Token) -> Token | None:
    """A capitalised "Will" or "May" right before a past or present tense that the tagger
    made that verb's modal: no modal comes before a tensed verb, so it is a name ("George
    Will wrote", "May says")."""
    # a base form whose lemma differs from the word is inflected all the same ("criticized")
    tensed = verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VB" and verb.lemma_ != verb.lower_)
    if not tensed or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.tag_ == "MD" and before.is_title and before.head == verb:
        return before
    return None


def _participle_speaker(
    verb: Token, quotes, speaks: Callable[[Token], bool] = lambda t: False
) -> tuple[int, int] | None:
    """ "Trump hailed the vote as “fantastic,” telling reporters S", "Peskov said S, adding
    that S2": a participle set off by a comma after its clause speaks with that clause's
    subject, wherever the parse hung it; the subject of the speech verb it hangs on (``speaks``
    tells one) or else of the verb before the comma, outside quotations, that stands highest
    in the parse."""
    if verb.tag_ != "VBG" or _children(verb, {"aux", "aux:pass"}):
        return None
    doc, k = verb.doc, verb.i - 1
    while k > verb.sent.start and (doc[k].pos_ == "ADV" or doc[k].is_quote):
        k -= 1  # ', eventually saying', '“fantastic,” telling'
    if doc[k].text != "," or any(t.i > k for t in _children(verb, SUBJ)):
        return None  # "..., his voice shaking": a participle with a subject of its own
    best = None
    for head in doc[verb.sent.start : k]:
        if head.pos_ not in ("VERB", "AUX") or quote_at(quotes, head.idx, head.idx + 1):
            continue
        subj = [
            t
            for t in _children(head, SUBJ)
            if t.dep_ not in PASSIVE_SUBJ
            and t.i < k
            and t.tag_ not in ("WP", "WDT")
            and t.lower_ not in DAY_NAMES
            and not quote_at(quotes, t.idx, t.idx + 1)
            # a subject the parse hung under the participle itself is no speaker beside it
            # (it would leave no words once the participle's phrase is cut away)
            and not verb.is_ancestor(t)
        ]
        if subj and head == verb.head and speaks(head):
            # "S, a Chinese official said, adding that S2": the speech verb it hangs on
            return _phrase_span(subj, exclude=verb)
        depth = sum(1 for _ in head.ancestors)
        if subj and (best is None or depth < best[0]):
            best = (depth, subj)
    # "said Al Cardenas, referring to Trump": the participle may hang on the speaker itself
    return _phrase_span(best[1], exclude=verb) if best else None


def _clause_subject(verb: Token, content: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The subject of the nearest verb above ``verb`` in the parse, outside the content: who
    speaks when the parse gave the cue no subject of its own ("Trump, tweeting a link to S",
    "X praised them, emphasizing S")."""
    for anc in verb.ancestors:
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        if anc.dep_ == "acl" and anc.head.pos_ in ("NOUN", "PROPN") and anc.head.dep_ == "ROOT":
            # the parse made the sentence's verb a modifier of its subject ("Protesters |
            # marched ..., demanding S")
            return _phrase_span([anc.head], exclude=anc)
        subj = [
            t
            for t in _children(anc, SUBJ)
            if t.dep_ not in PASSIVE_SUBJ and not any(cs <= t.idx < ce for cs, ce in content)
        ]
        if subj:
            return _phrase_span(subj)
    return None


def _topic(head: Token, prepositions: set[str]) -> tuple[Token, list[Token]] | None:
    """The phrase after ``head`` that one of ``prepositions`` opens ("critical | of the
    draft", "call | for a truce"): the preposition and the phrase's other words."""
    for c in head.children:
        if c.dep_ not in ("obl", "nmod", "prep") or c.i < head.i:
            continue
        case = [k for k in c.children if k.dep_ == "case" and k.lower_ in prepositions]
        if not case or c.lower_ in DAY_NAMES or c.like_num:
            continue  # "a statement on Wednesday": a time, not a topic
        words = [t for t in c.subtree if t != case[0]]
        if c.tag_ in ("VBD", "VBN") and any(t.i < c.i for t in words):
            # "call for a truce surprised Kyiv", parsed with the verb as the phrase's head:
            # the phrase ends before the verb
            words = [t for t in words if t.i < c.i]
        return case[0], words
    return None


def _as_complement(verb: Token) -> Token | None:
    """The "as" phrase of "see X as Y", "regard X as Y"."""
    for c in verb.children:
        marks = [k for k in c.children if k.dep_ in ("case", "mark")]
        is_as = c.lower_ == "as" or any(k.lower_ == "as" for k in marks)
        if c.dep_ in ("obl", "advcl", "xcomp", "prep") and c.i > verb.i and is_as:
            return c
    return None


# Share of capitalised words from which a quotation is a title ("Clinton Does Best Where Voting
# Machines Flunk Hacking Tests") or a shouted headline, not something said.
TITLE_SHARE = 0.7


def _is_title(quoted: str) -> bool:
    initials = [next(c for c in w if c.isalpha()) for w in _words(quoted)]
    capitalised = [c for c in initials if c.isupper()]
    return bool(initials) and len(capitalised) / len(initials) >= TITLE_SHARE


def _same_cue(a: Found, b: Found) -> bool:
    return bool(a.cue and b.cue) and _overlaps(a.cue[0], b.cue[0])


def _with_colon_lines(found: list[Found], lines: list[Found]) -> list[Found]:
    """Add the "Name: what they said" lines to the findings: a line whose content another
    finding already reports from outside it is not one; a finding whose cue lies inside a
    line's content (the speaker's own "I think") gives way to the line, unless the line's
    label is a one-letter interview turn."""
    out = list(found)
    for line in lines:
        (start, end), cue_in = line.content[0], []
        claims = False
        for f in found:
            if not any(_overlaps((start, end), c) for c in f.content):
                continue
            if f.cue and start <= f.cue[0][0] < end:
                cue_in.append(f)
            else:
                claims = True
        # "Q:" and "A:" in an interview are turns, not names: what the answer itself reports
        # ("I think S") is the statement
        turn = line.source is not None and line.source[1] - line.source[0] == 1
        if turn and cue_in:
            continue
        if not claims:
            out = [f for f in out if not any(f is g for g in cue_in)] + [line]
    return out


def _merge_same_cue(found: list[Found]) -> list[Found]:
    """One cue and one source make one statement: findings that share both (a cue that reached
    the quotations on either side of it) become one, with all their content."""
    out: list[Found] = []
    by_key: dict[tuple, Found] = {}
    for f in found:
        key = (tuple(f.cue), f.source)
        if f.cue and key in by_key:
            first = by_key[key]
            first.content = sorted({*first.content, *f.content})
            continue
        by_key[key] = f
        out.append(f)
    return out


def _unreported(nested: list[Found], found: list[Found], quotes) -> list[Found]:
    """The findings of ``nested`` whose cue lies in a quotation that no finding of ``found``
    reports."""
    reported = [q for f in found for c in f.content if (q := quote_at(quotes, *c)) is not None]
    return [f for f in nested if quote_at(quotes, *f.cue[0]) not in reported]


def _drop_duplicate_contents(found: list[Found]) -> list[Found]:
    """Keep one of findings with the same content (two cues reached one clause): the first
    that names a source, or else the first."""
    out: list[Found] = []
    seen: dict[tuple, int] = {}
    for f in found:
        key = tuple(f.content)
        if key not in seen:
            seen[key] = len(out)
            out.append(f)
        elif out[seen[key]].source is None and f.source is not None:
            out[seen[key]] = f
    return out


def kind_of(content: list[tuple[int, int]], quotes) -> str:
    """direct: the content is quotation; mixed: it holds a quotation; indirect: no quotation."""
    inside = [quote_at(quotes, s, e) for s, e in content]
    if all(inside):
        return "direct"
    for s, e in content:
        if any(s <= qs < e or s < qe <= e for qs, qe in quotes):
            return "mixed"
    return "indirect"


def source_actor(
    source: tuple[int, int] | None,
    actors: list[Actor],
    doc: Doc,
    last_speaker: tuple[int, str] | None = None,
) -> str | None:
    """The actor a source refers to: the actor mentioned in the source phrase (a person
    first, else the first mention: "Russia's team" -> Russia); for he/she the person who last
    spoke, when that was within ``SPEAKER_CONTINUITY_CHARS``, else the person last mentioned."""
    if source is None:
        return None
    s, e = source
    inside = [(ms, a) for a in actors for ms, me in a.mentions if s <= ms and me <= e]
    # a source phrase cut short by the parse ("Oo" of "Lway Yay Oo") still names its actor
    inside = inside or [(ms, a) for a in actors for ms, me in a.mentions if ms < e and s < me]
    if not inside:
        # "Lway Yay Oo": a source the parse cut to the last word of a name the actors stage
        # found short ("Lway Yay"), right before it
        inside = [
            (ms, a)
            for a in actors
            if a.type == "person"
            for ms, me in a.mentions
            if me <= s and not _text(doc)[me:s].strip()
        ]
    if inside:
        persons = [x for x in inside if x[1].type == "person"]
        return sorted(persons or inside, key=lambda x: x[0])[-1 if persons else 0][1].id
    text = _text(doc)[s:e].strip().lower()
    if text in PRONOUNS:
        if last_speaker is not None and s - last_speaker[0] <= SPEAKER_CONTINUITY_CHARS:
            return last_speaker[1]
        before = [(me, a) for a in actors if a.type == "person" for ms, me in a.mentions if me <= s]
        if before:
            return max(before, key=lambda x: x[0])[1].id
    return None


def _names_a_person(source: str, titles: frozenset[str]) -> bool:
    """A source phrase headed by an office ("the dissidents' spokesman, X") is a person even
    when the NER took the name for an organisation."""
    return any(w.strip(",.'’").lower() in titles for w in source.split())


def to_records(
    doc: Doc, found: list[Found], actors: list[Actor], titles: frozenset[str] = frozenset()
) -> list[Attribution]:
    """Attribution records in content order; sources resolved in text order, so that "he"
    can continue the person who spoke before."""
    quotes = find_quotes(_text(doc))
    media = {(ms, me): a.id for a in actors if a.type == "media" for ms, me in a.mentions}
    person_ids = {a.id for a in actors if a.type == "person"}
    text = _text(doc)
    speakers: dict[int, str | None] = {}
    last: tuple[int, str] | None = None
    for k in sorted(range(len(found)), key=lambda k: (found[k].source or min(found[k].content))[0]):
        f = found[k]
        actor = source_actor(f.source, actors, doc, last)
        if f.source is None and f.cue:
            # "X told reporters that S, stating T": a report with no subject of its own, in
            # or right after another report, is that report's speaker's
            outer = [
                g
                for g in found
                if g is not f
                and g.source
                and (
                    _covers(g.content, f.cue[0])
                    or 0 <= f.cue[0][0] - max(e for _, e in g.content) <= ADJOINING_CHARS
                )
            ]
            if outer:
                actor = source_actor(outer[0].source, actors, doc, last)
        speakers[k] = actor
        if (
            actor is not None
            and f.source is not None
            and (
                actor in person_ids
                or _names_a_person(_text(doc)[f.source[0] : f.source[1]], titles)
            )
        ):
            last = (f.source[1], actor)
    out = []
    for k, f in enumerate(found):
        # a content piece with no words (a parse of text with no punctuation can give one) is
        # no content; a finding left with none is no statement
        content = [(s, e) for s, e in f.content if text[s:e].strip()]
        if not content:
            continue
        out.append(
            Attribution(
                kind=kind_of(content, quotes),
                source=TextSpan.of(text, f.source) if f.source else None,
                cue=TextSpan.of(text, *f.cue) if f.cue else None,
                content=TextSpan.of(text, *content),
                source_actor=speakers[k],
                channel=TextSpan.of(text, f.channel) if f.channel else None,
                channel_actor=media.get(f.channel) if f.channel else None,
            )
        )
    return out


def media_mentions(actors: list[Actor]) -> list[tuple[int, int]]:
    return [m for a in actors if a.type == "media" for m in a.mentions]


def extract(doc: Doc, extractor: Extractor) -> list[Attribution]:
    actors = list(doc._.actors or [])
    mentions = sorted(m for a in actors for m in a.mentions)
    try:
        found = extractor.find(doc, media_mentions(actors), mentions)
        return to_records(doc, found, actors, extractor.person_titles)
    finally:
        doc.user_data.pop(TEXT_KEY, None)  # later stages may change the doc


__all__ = ["Extractor", "Found", "extract"]
