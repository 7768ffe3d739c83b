"""Find events in a parsed doc: who did what to whom, typed in PLOVER.

Rules over the dependency parse (UD relations, the shipped parser's):

- a trigger verb or a light-verb noun ("met", "held talks", "gave assurances") anchors an event;
  its subject is the source (the "by" agent of a passive), its object or "with"/"on"/"against"
  phrase the target; "X and Y met" gives X -> Y, "accusing each other" one event each way;
- the complement of a demand, agreement, rejection or accusation is what is asked or alleged,
  no event of its own; conjoined complements of a demand are one demand each;
- promises ("pledged to", "gave assurances that") and proposals ("a truce proposed by X") make
  events of their complement or object with mode promised or proposed;
- a clause with a condition ("Should Ukraine meet these conditions, hostilities will stop") in
  what someone said is that speaker's conditional offer (a threat when it is a harmful act);
- a clause that points back at an earlier act ("rejected these terms", "denied the accusation")
  targets whoever made it; with no target in the text, an act of one of the article's two main
  parties is aimed at the other;
- events in relative clauses ("Abiy, who signed a deal in 2018") are background and skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from parley.actors.resolve import STATE_SIDE_TYPES, ranked_parties
from parley.events.dates import TimeExpression, resolve
from parley.events.lexicon import Lexicon, Trigger
from parley.events.places import Gazetteer
from parley.model import Actor, Attribution, Event, Place
from parley.model import Span as TextSpan
from parley.nlp.syntax import ACTIVE_SUBJ as SUBJ
from parley.nlp.syntax import (
    AGENT,
    COMPLEMENT,
    FINITE_TAGS,
    OBJ,
    PASSIVE_AUX,
    RELATIVE,
)
from parley.nlp.syntax import PASSIVE_SUBJ as PASS_SUBJ
from parley.nlp.syntax import mark as _mark
from parley.nlp.syntax import negated as is_negated

# Prepositions that introduce a target ("talks with X", "fired on X", "called on X").
TARGET_CASES = {"with", "against", "on", "upon", "at", "to"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may"}
PERFECT_AUX = {"have", "has", "had"}
CONDITION_MARKS = {"if", "unless"}
# "Should X meet ...": a condition by inversion.
INVERTED_CONDITION = {"should", "were", "had"}
# Clauses that tell what has not happened yet ("until the treaty is signed").
HYPOTHETICAL_MARKS = {"until", "unless", "lest"}
# Verbs whose object is the one who should act ("urged both sides to keep talking").
OBJECT_CONTROL = {"ask", "urge", "want", "call", "press", "order", "tell", "invite", "force"}
# Relations along which a trigger's complement hangs below it (what is asked, agreed, alleged).
COMPLEMENT_PATH = {"xcomp", "ccomp", "obj", "obl", "advcl", "conj", "nmod", "acl"}
# Marks of an adverbial clause that tells another time or reason, not the trigger's content.
SEPARATE_MARKS = {"after", "before", "while", "when", "as", "because", "since", "until", "once"}
# Types an agreement to meet turns into: "agreed to meet again" is a meeting promised.
PROMISABLE = {"CONSULT"}
# Words that make the place a clause names: locative prepositions, nouns a place name
# modifies ("the Kerem Shalom crossing") or is "of" ("the town of Baidoa"), verbs of motion.
PLACE_CASES = {"in", "at", "near", "outside", "inside", "to", "into"}
# A country is the place of an event only when it is where it happened ("talks in Belarus").
COUNTRY_CASES = {"in", "at"}
PLACE_NOUNS = {
    "city",
    "town",
    "village",
    "region",
    "province",
    "state",
    "department",
    "district",
    "capital",
    "crossing",
    "base",
    "port",
    "airport",
    "camp",
    "border",
    "area",
    "outskirts",
}
PLACE_VERBS = {"leave", "enter", "reach", "visit", "capture", "seize", "shell", "bomb", "besiege"}
# Nouns for the people one meets ("met his counterpart"), as against what one meets ("met the
# deadline"): the team's list from negotiation reporting.
PEOPLE_NOUNS = {
    "counterpart",
    "delegation",
    "envoy",
    "minister",
    "leader",
    "official",
    "negotiator",
    "representative",
    "mediator",
    "president",
    "ambassador",
    "commander",
    "team",
    "side",
    "party",
    "group",
    "rebel",
    "chief",
}
# Words by which a clause tells a time of its own, other than a day ("most recently", "in
# recent days", "earlier this year"): such an act does not take the day of the one before.
OTHER_TIME_WORDS = {
    "recently",
    "recent",
    "earlier",
    "previously",
    "already",
    "before",
    "since",
    "ago",
    "later",
    "last",
    "past",
    "once",
    "formerly",
}
# Promise verbs whose object, not subject, is bound ("the deal commits X to ...").
BINDING = {"commit", "oblige", "obligate", "bind", "require"}
# Nouns of a proposed ceasefire (PLOVER's RETREAT/AGREE ``ceasefire`` mode).
CEASEFIRE_WORDS = {"ceasefire", "truce", "armistice"}
# Penn tags of finite verbs.
# "the government", "the authorities": the state the article is most about.
GOVERNMENT_NOUNS = {"government", "authorities", "administration", "cabinet", "regime"}
# Event types that are themselves acts of speech ("warned that", "accused X of").
SPEECH_ACTS = {"ACCUSE", "THREATEN"}
# How far before a person's name their title may name the body they speak for ("A spokeswoman
# for the TNLA, Lway Yay Oo": 30 characters), within the sentence.
TITLE_WINDOW_CHARS = 40
# Nouns by which a possessive pronoun names its owner's state ("his country").
STATE_NOUNS = {"country", "government", "nation", "state", "administration"}
# Types whose subject, said to act on the far side, gives the article's other party as target.
UNDIRECTED = {"PROTEST", "MOBILIZE"}
# An AGREE announced in a report with no day of its own dates to the report: the announcement
# is the news of the day ("both sides announced that progress had been made").
ANNOUNCING = {"announce", "declare", "confirm", "say", "report"}


@dataclass
class Draft:
    """An event as found, before its actors, mode, date and place are settled."""

    anchor: Token
    type: str
    trigger: Trigger
    sources: list[str]
    targets: list[str]
    evidence: tuple[int, int]
    mode: str | None = None
    future: bool = False
    date_tokens: list[Token] = field(default_factory=list)
    # where to look for the place, most telling first (token lists)
    place_scopes: list[list[Token]] = field(default_factory=list)
    subtype: str | None = None
    # date tokens read in their own tense, not the event's ("pledged on Wednesday to ...")
    own_tense: set[int] = field(default_factory=set)


def _span(tokens: list[Token]) -> tuple[int, int]:
    tokens = [t for t in tokens if not t.is_punct] or tokens
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _clause(tok: Token, drop: set[str] | None = None) -> list[Token]:
    """The tokens of ``tok``'s clause: its subtree without relative clauses, parataxis,
    separate adverbial clauses and conjoined clauses that have a subject of their own."""
    drop = drop if drop is not None else set()
    out = [tok]
    for child in tok.children:
        if child.dep_ in RELATIVE or child.dep_ == "parataxis" or child.dep_ in drop:
            continue
        if child.dep_ == "advcl" and _mark(child) in SEPARATE_MARKS:
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue  # "rejected the accusation and said ...": another act
        out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def _infinitive_series(anchor: Token, members: list[Token]) -> list[Token]:
    """More of a series of to-infinitives ("wants Kyiv to amend X, to recognize Y, and to
    drop Z"), however the parse hung them: a to-infinitive set off by a comma (or ", and") that
    hangs from the anchor or from within a member of the series."""
    doc = anchor.doc
    within = {k.i for m in members for k in m.subtree}
    out: list[Token] = []
    for t in anchor.subtree:
        if t in members or t.tag_ != "VB" or _mark(t) != "to" or t.dep_ not in ("advcl", "conj"):
            continue
        if t.head != anchor and t.head.i not in within:
            continue
        if "," in [k.text for k in doc[max(t.i - 3, 0) : t.i]]:  # ", to Y" / ", and to Z"
            out.append(t)
    return out


def _own_subject(tok: Token) -> Token | None:
    """The verb's subject; of two (the parser split "Hamas official | Basem Naim rejected"),
    the one nearest before the verb, the head of an English subject phrase."""
    subjects = [c for c in tok.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ]
    before = [c for c in subjects if c.i < tok.i]
    return before[-1] if len(before) > 1 else (subjects[0] if subjects else None)


def _passive(tok: Token) -> bool:
    return any(c.dep_ in PASS_SUBJ or c.dep_ in PASSIVE_AUX for c in tok.children) or (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and not _misread_participle(tok)
        and not any(c.dep_ in SUBJ for c in tok.children)
    )


def _misread_participle(verb: Token) -> bool:
    """A past tense the parser took for a participle modifying its subject ("Israeli troops
    fired on crowds", "The African Union called on ...": the noun left as the clause's head)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.dep_ in ("ROOT", "ccomp", "parataxis", "nsubj", "conj")
        and not any(c.dep_ in AGENT for c in verb.children)
    )


def _after_relative(verb: Token) -> Token | None:
    """ "Egypt, which backs the army, called on ...", parsed with the noun as the root and
    "called" hung inside the relative clause: a verb right after the comma that closes a
    relative clause on a root noun is that noun's own; the noun, or None."""
    head = verb.head
    if verb.dep_ not in ("advcl", "conj", "parataxis") or head.dep_ not in RELATIVE:
        return None
    noun = head.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    first = min(t.i for t in verb.subtree if not t.is_punct)
    if first == 0 or verb.doc[first - 1].text != "," or first != verb.i:
        return None
    return noun if verb.tag_ in FINITE_TAGS | {"VBN"} else None


def subject(verb: Token) -> Token | None:
    """The subject of ``verb``, taken from the verb it hangs on when it has none ("agreed to
    extend": the subject of "agreed"; "urged X to keep talking": X)."""
    stranded = _after_relative(verb)
    if stranded is not None:
        return stranded
    seen = 0
    while seen < 8:
        seen += 1
        own = _own_subject(verb)
        if own is not None:
            return own
        head = verb.head
        if head == verb:
            return None
        if verb.dep_ == "acl" and (verb.tag_ == "VBG" or _misread_participle(verb)):
            while head.dep_ == "conj" and head.head != head:
                head = head.head  # "the army and the RSF agreed": the first conjunct leads
            return head  # "with both sides accusing each other"
        if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and _mark(verb) == "to"):
            obj = next((c for c in head.children if c.dep_ in OBJ), None)
            if obj is not None and head.lemma_.lower() in OBJECT_CONTROL:
                return obj
        elif verb.dep_ not in ("conj", "advcl"):
            return _stranded_subject(verb)
        verb = head
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """A noun phrase before a verb that the parse left without a subject ("after foreign
    ministers of the two countries met", the noun taken for the object of "after")."""
    for child in verb.children:
        if child.i > verb.i:
            break
        placed = any(c.dep_ == "case" and c.lower_ in PLACE_CASES for c in child.children)
        if child.dep_ in ("obl", "nmod") and child.pos_ in ("NOUN", "PROPN") and not placed:
            return child
    return None


def _aux(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "aux:pass", "auxpass")}


def is_future(tok: Token) -> bool:
    aux = _aux(tok)
    if aux & FUTURE_AUX:
        return True
    # "is to meet", "are going to sign"
    return tok.dep_ == "xcomp" and tok.head.lemma_ in ("go", "be") and tok.head.tag_ == "VBG"


class Finder:
    """Finds events in one doc; built once per pipeline with its lexicon and gazetteer."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer, country_words: dict[str, str]):
        self.lex = lexicon
        self.gaz = gazetteer
        self.country_words = country_words

    # -- triggers -----------------------------------------------------------------------
    def trigger(self, tok: Token) -> tuple[Trigger, Token] | None:
        """The trigger ``tok`` is and the token its event hangs on, or None."""
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" or tok.tag_.startswith("VB"):
            for trig in self.lex.verbs.get(lemma, ()):
                if not trig.needs or self._governs(tok, trig.needs):
                    return trig, tok
        if tok.pos_ in ("NOUN", "PROPN"):
            for trig in self.lex.nouns.get(lemma, ()):
                head = tok.head
                by_for = any(c.dep_ == "case" and c.lower_ == "for" for c in tok.children)
                if "for" in trig.needs and by_for and head.pos_ in ("VERB", "AUX") and head != tok:
                    return trig, head
                if head.lemma_.lower() in trig.needs and (
                    tok.dep_ in OBJ or tok.dep_ in PASS_SUBJ or tok.dep_ == "obl"
                ):
                    return trig, head
                if trig.role == "promise" and any(
                    c.lemma_.lower() in trig.needs for c in tok.children
                ):
                    return trig, tok  # "the Ukrainian side gave assurances" parsed round
                if trig.role == "propose" and any(
                    c.dep_ in ("nmod:poss", "poss") and c.pos_ == "PROPN" for c in tok.children
                ):
                    return trig, tok  # "Djibouti's offer to cut fees"
        return None

    @staticmethod
    def _governs(tok: Token, words: frozenset[str]) -> bool:
        for child in tok.children:
            if child.dep_ in ("compound:prt", "prt", "advmod") and child.lower_ in words:
                return True
            if child.dep_ in ("obl", "obj", "iobj") and any(
                c.dep_ == "case" and c.lower_ in words for c in child.children
            ):
                return True
        return False

    # -- actors -------------------------------------------------------------------------
    def phrase_actors(self, tok: Token | None, ctx: Context) -> list[str]:
        """The actors a noun phrase names, the head's first ("Delegations from Moscow and
        Kiev": Russia, Ukraine); a pronoun's antecedent."""
        if tok is None:
            return []
        if tok.pos_ == "PRON":
            return ctx.pronoun(tok)
        heads = [tok]
        for t in tok.subtree:
            if t.dep_ == "conj" and t.head in heads and t.pos_ in ("NOUN", "PROPN", "ADJ"):
                heads.append(t)
        ids: list[str] = []
        for h in heads:  # one actor per conjunct, in the order they are named
            ids += [a for a in self._head_actors(h, ctx) if a not in ids]
        return ids

    def _head_actors(self, head: Token, ctx: Context) -> list[str]:
        """The actor one conjunct names: its head's ("Hamas official Basem Naim": Naim; "both
        sides": both parties), else the first actor named in it with that one's conjuncts
        ("Delegations from Moscow and Kiev"), else "the court" or "his country"."""
        own = ctx.actors_at(head.idx, head.idx + len(head))
        if own:
            return own
        for appos in head.children:  # "Pakistan's water commissioner, Syed Mehr Ali Shah"
            if appos.dep_ == "appos":
                named = ctx.actors_at(appos.idx, appos.idx + len(appos))
                if named:
                    return named
        for t in sorted(self._np(head), key=lambda t: t.i):
            found = ctx.actors_at(t.idx, t.idx + len(t)) or ctx.named_by_noun(t)
            if found:
                for conj in t.children:
                    if conj.dep_ == "conj":
                        found += [a for a in ctx.actors_at(conj.idx, conj.idx + len(conj))]
                return list(dict.fromkeys(found))
        return ctx.possessed(head) or self._demonym_actor(head, ctx)

    def _demonym_actor(self, head: Token, ctx: Context) -> list[str]:
        """ "Russian drones", "Israeli aircraft": the country a demonym names, as the article's
        actor for it (its state, else its armed forces)."""
        for child in head.children:
            if child.dep_ not in ("amod", "compound"):
                continue
            code = self.country_words.get(child.lower_)
            if code is None:
                continue
            for kind in ("country", "government", "military"):
                named = [a.id for a in ctx.actors if a.type == kind and a.country == code]
                if named:
                    return named[:1]
        return []

    @staticmethod
    def _np(head: Token) -> list[Token]:
        """A noun phrase without its clauses, conjuncts and places ("a truce in El Fasher")."""
        out = [head]
        for child in head.children:
            if child.dep_ in RELATIVE or child.dep_ in ("acl", "conj", "cc", "parataxis"):
                continue
            if child.dep_ in ("nmod", "obl") and any(
                c.dep_ == "case" and c.lower_ in COUNTRY_CASES for c in child.children
            ):
                continue
            out.extend(child.subtree)
        return out

    def _target_tokens(self, anchor: Token) -> list[Token]:
        """Where a target may be named: the object, then a "with"/"on"/"against" phrase."""
        objects = [c for c in anchor.children if c.dep_ in OBJ]
        phrases = [
            c
            for c in anchor.children
            if c.dep_ in ("obl", "nmod")
            and any(k.dep_ == "case" and k.lower_ in TARGET_CASES for k in c.children)
        ]
        return objects + phrases

    def targets_of(self, anchor: Token, ctx: Context) -> list[str]:
        for tok in self._target_tokens(anchor):
            found = self.phrase_actors(tok, ctx)
            if found:
                return found
        return []

    # -- the frames ---------------------------------------------------------------------
    def find(self, doc: Doc, ctx: Context) -> list[Draft]:
        triggers: dict[int, tuple[Trigger, Token, Token]] = {}
        for tok in doc:
            found = self.trigger(tok)
            if found is not None and found[1].i not in triggers:
                triggers[found[1].i] = (found[0], found[1], tok)
        drafts: list[Draft] = []
        consumed: set[int] = set()
        for i in sorted(triggers):
            trig, anchor, word = triggers[i]
            own_proposal = trig.role == "propose" and anchor.pos_ in ("NOUN", "PROPN")
            if i in consumed or _in_relative(anchor):
                continue
            if not own_proposal and self._governed(anchor, triggers):
                continue  # "accepted Djibouti's offer" still tells the offer
            if trig.subtype == "meet" and not self._meets_someone(anchor, ctx):
                continue  # "meeting the deadline", "meet these conditions"
            if _consequence(anchor) is not None or _mark(anchor) in HYPOTHETICAL_MARKS:
                continue  # "Should Ukraine meet these conditions": a condition, no event
            drafts.extend(self._frame(trig, anchor, word, triggers, consumed, ctx))
        drafts.extend(self._conditionals(doc, triggers, ctx))
        drafts.extend(self._undertakings(doc, triggers, ctx))
        drafts.sort(key=lambda d: d.evidence)
        return drafts

    def _governed(self, anchor: Token, triggers) -> bool:
        """Is ``anchor`` inside the complement of a trigger whose complement is its content
        ("accused X of opening fire", "agreed to exchange prisoners")?"""
        cur = anchor
        for _ in range(12):
            if cur.dep_ in RELATIVE or cur.dep_ == "parataxis" or cur.head == cur:
                return False
            if cur.dep_ == "advcl" and _mark(cur) in SEPARATE_MARKS:
                return False
            if cur.dep_ == "acl" and cur.tag_ == "VBN":
                return False  # "a truce proposed by X": a proposal of its own
            if cur.dep_ not in COMPLEMENT_PATH and cur.dep_ not in ("case", "mark"):
                return False
            head = cur.head
            if head.pos_ == "NOUN" and head.lemma_.lower() in self.lex.referents:
                return True  # "allegations of forces opening fire": what is alleged
            # a conjoined clause ("rejected X and accused Y") is no complement of the first
            if cur.dep_ != "conj" and head.i in triggers and triggers[head.i][0].role != "act":
                return True
            cur = head
        return False

    def _meets_someone(self, verb: Token, ctx: Context) -> bool:
        """ "met his counterpart", "met in Almaty": a meeting; "meet the deadline": none."""
        obj = next((c for c in verb.children if c.dep_ in OBJ), None)
        if obj is None or verb.pos_ == "NOUN":
            return True
        return bool(self.phrase_actors(obj, ctx)) or obj.lemma_.lower() in PEOPLE_NOUNS

    def _between(self, head: Token | None, ctx: Context) -> list[str]:
        if head is None:
            return []
        for child in head.children:
            if child.dep_ in ("nmod", "obl") and any(
                c.dep_ == "case" and c.lower_ == "between" for c in child.children
            ):
                return self.phrase_actors(child, ctx)
        return []

    def _reporter(self, verb: Token) -> Token | None:
        """ "X said the Indian side had refused ... and warned that S": a reporting trigger
        the parse conjoined to the reported clause is the reporter's; its subject is X's."""
        head = verb.head
        if verb.dep_ != "conj" or head.dep_ != "ccomp" or _own_subject(verb) is not None:
            return None
        trig = self.trigger(verb)
        if trig is None or trig[0].type not in SPEECH_ACTS:
            return None
        if not any(c.dep_ in COMPLEMENT or c.dep_ == "advcl" for c in verb.children):
            return None
        return subject(head.head)

    def _complements(self, anchor: Token, noun: Token | None = None) -> list[Token]:
        """The verbs of ``anchor``'s (or its trigger noun's) complement, conjuncts included."""
        heads = []
        for owner in (anchor, noun):
            if owner is None:
                continue
            for child in owner.children:
                if child.dep_ in COMPLEMENT:
                    heads.append(child)
                elif (
                    owner == noun
                    and (child.dep_ == "acl" or child.dep_ in RELATIVE)
                    and (_mark(child) == "that" or is_future(child))
                ):
                    heads.append(child)  # "assurances that the corridors would open"
                elif (
                    child.dep_ == "advcl"
                    and _mark(child) in ("to", "of", None)
                    and (child.tag_ in ("VB", "VBG"))
                ):
                    heads.append(child)
        out: list[Token] = []
        for h in heads:
            out.append(h)
            for t in h.subtree:
                if t.dep_ == "conj" and t.head in out and t.tag_ == h.tag_ and _mark(t) == _mark(h):
                    out.append(t)
        if any(_mark(h) == "to" for h in out):
            out += _infinitive_series(anchor, out)
        return sorted(set(out), key=lambda t: t.i)

    def _frame(self, trig, anchor, word, triggers, consumed, ctx) -> list[Draft]:
        noun = word if word != anchor else None
        if trig.role == "promise":
            return self._promise(trig, anchor, noun, triggers, consumed, ctx)
        if trig.role == "propose":
            return [self._proposal(trig, anchor, noun, ctx)]
        comps = self._complements(anchor, noun)
        if trig.role == "future-threat" and not any(is_future(c) for c in comps):
            return []
        if trig.type == "AGREE" and trig.role == "content":
            promised = [c for c in comps if c.i in triggers and triggers[c.i][0].type in PROMISABLE]
            if promised:
                inner = triggers[promised[0].i][0]
                consumed.add(promised[0].i)
                draft = self._basic(inner, anchor, noun, ctx, comps_target=promised[0])
                draft.mode = "promised"
                draft.date_tokens = [promised[0], anchor]
                draft.future = True
                return [draft]
        if trig.type == "REQUEST" and len(comps) > 1 and not noun:
            consumed.update(c.i for c in comps)  # what is demanded is no act of its own
            return self._split_request(trig, anchor, comps, ctx)
        return [self._basic(trig, anchor, noun, ctx)]

    def _basic(self, trig, anchor, noun, ctx, comps_target: Token | None = None) -> Draft:
        if _passive(anchor):
            agent = next((c for c in anchor.children if c.dep_ in AGENT), None)
            sources = self.phrase_actors(agent, ctx)
            pass_subj = next((c for c in anchor.children if c.dep_ in PASS_SUBJ), None)
            # the subject of "were attacked" is the target; of "would not be withdrawn", a theme
            patient = trig.type in self.lex.harmful or trig.type == "ACCUSE"
            targets = self.phrase_actors(pass_subj, ctx) if patient else []
        else:
            sources = self.phrase_actors(self._reporter(anchor) or subject(anchor), ctx)
            holder = noun if noun is not None else anchor
            targets = self.targets_of(holder, ctx)
            if not targets and noun is not None:
                targets = self.targets_of(anchor, ctx)
            if comps_target is not None and not targets:
                targets = self.targets_of(comps_target, ctx)
            if not targets and trig.type == "REQUEST":
                for comp in self._complements(anchor):
                    own = _own_subject(comp)
                    targets = self.phrase_actors(own, ctx)
                    if targets:
                        break
        if not sources and trig.type == "CONSULT" and not _passive(anchor):
            subj = subject(anchor)
            if subj is not None and subj.lemma_.lower() not in PEOPLE_NOUNS:
                # "The agreement, reached after the ministers met ...": the parse gave "met"
                # the sentence's subject; the people before it are the ones who met
                people = [
                    t
                    for t in subj.subtree
                    if t.i < anchor.i and t.tag_ == "NNS" and t.lemma_.lower() in PEOPLE_NOUNS
                ]
                subj = _stranded_subject(anchor) or (people[-1] if people else subj)
            finite = anchor.tag_ in FINITE_TAGS
            if (
                finite
                and subj is not None
                and subj.tag_ == "NNS"
                and subj.lemma_.lower() in PEOPLE_NOUNS
            ):
                # "the ministers met": the article's two sides
                sources = [p.id for p in ctx.parties]
                targets = sources[1:2]
        if len(sources) < 2:
            # "talks between Armenia and Azerbaijan were held": the two sides
            between = self._between(noun, ctx) or self._between(anchor, ctx)
            if len(between) >= 2 and (not sources or sources[0] in between):
                sources, targets = between[:1], between[1:2]
        clause = _clause(anchor)
        return Draft(
            anchor=anchor,
            type=trig.type,
            trigger=trig,
            sources=sources,
            targets=targets,
            evidence=_span(_from_subject(clause, anchor)),
            date_tokens=[anchor],
            place_scopes=_place_scopes(anchor, self._complements(anchor, noun), ctx),
            subtype=trig.subtype,
        )

    def _split_request(self, trig, anchor, comps, ctx) -> list[Draft]:
        """ "X wants Y to A, to B and to C": one demand each."""
        base = self._basic(trig, anchor, None, ctx)
        drafts = []
        for k, comp in enumerate(comps):
            if k == 0:
                tokens = [t for t in _clause(anchor) if not any(t in c.subtree for c in comps[1:])]
                tokens = _from_subject(tokens, anchor)
            else:
                tokens = [
                    t for t in comp.subtree if not any(t in c.subtree for c in comps[k + 1 :])
                ]
            own = self.phrase_actors(_own_subject(comp), ctx)
            drafts.append(
                Draft(
                    anchor=anchor,
                    type=trig.type,
                    trigger=trig,
                    sources=base.sources,
                    targets=base.targets or own,
                    evidence=_span(tokens),
                    date_tokens=[comp, anchor],
                    place_scopes=[tokens, *_place_scopes(anchor, [], ctx)[1:]],
                    subtype=trig.subtype,
                )
            )
        return drafts

    def _promise(self, trig, anchor, noun, triggers, consumed, ctx) -> list[Draft]:
        comps = self._complements(anchor, noun if noun is not None else anchor)
        if not comps:
            return []  # "as promised": a promise referred to, none made
        inner_type, subtype = trig.type, trig.subtype
        target = None
        for comp in comps:
            consumed.add(comp.i)
            if comp.i in triggers:
                inner = triggers[comp.i][0]
                if inner.type in self.lex.harmful:
                    inner_type, subtype = "THREATEN", inner.subtype
                elif inner.type in PROMISABLE:
                    inner_type, subtype = inner.type, inner.subtype
            target = target or comp  # "pledged to share the data with La Paz"
        draft = self._basic(trig, anchor, noun, ctx)
        if anchor.pos_ == "NOUN" and not draft.sources:
            draft.sources = self.phrase_actors(anchor, ctx)
        bound = next((c for c in anchor.children if c.dep_ in OBJ), None)
        if bound is not None and anchor.lemma_.lower() in BINDING and comps:
            # "the agreement commits Ethiopia to keep ...": Ethiopia is the one bound
            draft.sources = self.phrase_actors(bound, ctx) or draft.sources
            draft.targets = []
        draft.type, draft.subtype = inner_type, subtype
        if not draft.targets and target is not None:
            draft.targets = self.targets_of(target, ctx)
        draft.mode = "promised"
        draft.future = True
        draft.date_tokens = [*comps, anchor]
        draft.own_tense = {anchor.i}
        covered = [*_clause(anchor), *(t for c in comps for t in c.subtree)]
        draft.evidence = _span(sorted(set(covered), key=lambda t: t.i))
        return [draft]

    def _proposal(self, trig, anchor, noun, ctx) -> Draft:
        """ "X proposed a truce", "a truce proposed by X", "X made a proposal"."""
        if anchor.dep_ == "acl" and noun is None and _own_subject(anchor) is None:
            thing = anchor.head
            agent = next((c for c in anchor.children if c.dep_ in AGENT), None)
            sources = self.phrase_actors(agent, ctx)
            targets: list[str] = []
            if thing.dep_ in OBJ and thing.head.pos_ == "VERB":
                targets = self.phrase_actors(subject(thing.head), ctx)
            tokens = [t for t in thing.subtree if t.dep_ not in RELATIVE]
            tokens = [t for t in tokens if t.i <= max(x.i for x in anchor.subtree)]
            what = thing.lemma_.lower()
        elif anchor.pos_ in ("NOUN", "PROPN"):
            # "Djibouti's offer to cut fees": the possessor proposes; the noun phrase is it
            poss = next(c for c in anchor.children if c.dep_ in ("nmod:poss", "poss"))
            sources = self.phrase_actors(poss, ctx)
            targets = []
            if anchor.dep_ in OBJ and anchor.head.pos_ == "VERB":
                targets = self.phrase_actors(subject(anchor.head), ctx)
            tokens = list(anchor.subtree)
            what = anchor.lemma_.lower()
        else:
            draft = self._basic(trig, anchor, noun, ctx)
            obj = next((c for c in anchor.children if c.dep_ in OBJ), None)
            what = obj.lemma_.lower() if obj is not None else None
            draft.mode = "proposed"
            draft.subtype = _proposal_subtype(what, trig)
            return draft
        return Draft(
            anchor=anchor,
            type=trig.type,
            trigger=trig,
            sources=sources,
            targets=targets,
            evidence=_span(tokens),
            mode="proposed",
            date_tokens=[anchor],
            place_scopes=[tokens, *_place_scopes(anchor, [], ctx)[1:]],
            subtype=_proposal_subtype(what, trig),
        )

    def _undertakings(self, doc: Doc, triggers, ctx) -> list[Draft]:
        """What a side will do under a deal ("In return, Ethiopia will keep most of its cargo
        on the corridor"): a future clause of one of the parties in a sentence that a deal
        marker opens (``data/undertakings.txt``), promised."""
        drafts = []
        text = ctx.text.lower()
        for sent in doc.sents:
            sent_text = text[sent.start_char : sent.end_char]
            if not any(m in sent_text for m in self.lex.undertakings):
                continue
            for verb in sent:
                if verb.pos_ != "VERB" or verb.i in triggers or not is_future(verb):
                    continue
                if is_negated(verb) or _in_relative(verb):
                    continue
                sources = self.phrase_actors(_own_subject(verb), ctx)
                if not sources or not any(s in {p.id for p in ctx.parties} for s in sources[:1]):
                    continue
                tokens = _from_subject(_clause(verb), verb)
                drafts.append(
                    Draft(
                        anchor=verb,
                        type="AGREE",
                        trigger=self.lex.verbs["promise"][0],
                        sources=sources[:1],
                        targets=[],
                        evidence=_span(tokens),
                        mode="promised",
                        future=True,
                        date_tokens=[verb],
                        place_scopes=[tokens],
                    )
                )
        return drafts

    def _conditionals(self, doc: Doc, triggers, ctx) -> list[Draft]:
        """Conditional offers and threats in what someone said: "Should Ukraine meet these
        conditions, hostilities will stop"; "the crossing would open only if Hamas ..."."""
        drafts = []
        # only clauses with an "if"/"unless" or an inverted "should" can be conditions
        heads = {t.head.i for t in doc if t.lower_ in CONDITION_MARKS | INVERTED_CONDITION}
        for i in sorted(heads):
            cond = doc[i]
            if cond.pos_ not in ("VERB", "AUX"):
                continue
            consequence = _consequence(cond)
            if consequence is None:
                continue
            speaker = ctx.speakers_of(consequence)
            if consequence.i in triggers:
                trig = triggers[consequence.i][0]
                sources = self.phrase_actors(subject(consequence), ctx) or speaker
                type_ = "THREATEN" if trig.type in self.lex.harmful else trig.type
            else:
                if not speaker or self.phrase_actors(_own_subject(consequence), ctx):
                    continue
                trig = self.lex.verbs["agree"][0]
                sources, type_ = speaker, "AGREE"
            condition = {t.i for t in cond.subtree} - {t.i for t in consequence.subtree}
            tokens = [t for t in _clause(consequence) if t.i not in condition]
            drafts.append(
                Draft(
                    anchor=consequence,
                    type=type_,
                    trigger=trig,
                    sources=sources,
                    targets=self.phrase_actors(_own_subject(cond), ctx),
                    evidence=_span(tokens),
                    mode="conditional",
                    future=True,
                    date_tokens=[consequence],
                    place_scopes=[tokens, *_place_scopes(consequence, [], ctx)[1:]],
                    subtype=trig.subtype,
                )
            )
        return drafts


def _proposal_subtype(what: str | None, trig: Trigger) -> str | None:
    """PLOVER's ``ceasefire`` mode for a proposed truce, else the trigger's own."""
    return "ceasefire" if what in CEASEFIRE_WORDS else trig.subtype


def _consequence(cond: Token) -> Token | None:
    """The clause a condition clause conditions, or None when ``cond`` heads no condition."""
    words = [t for t in cond.subtree if not (t.is_space or t.is_punct)]
    if not words:
        return None
    first = min(words, key=lambda t: t.i)
    inverted = (
        first.dep_ == "aux"
        and first.head == cond
        and first.lower_ in INVERTED_CONDITION
        and any(c.dep_ in SUBJ and c.i > first.i for c in cond.children)
    )
    if not (_mark(cond) in CONDITION_MARKS or inverted):
        return None
    if cond.dep_ == "advcl" and cond.head.pos_ in ("VERB", "AUX"):
        return cond.head
    for child in cond.children:  # a parse that hangs the main clause under the condition
        if child.dep_ in ("advcl", "conj", "parataxis") and child.i > cond.i and is_future(child):
            return child
    return None


def _from_subject(tokens: list[Token], anchor: Token) -> list[Token]:
    """A clause's tokens from its subject on (dropping fronted adverbials such as "Most
    recently,"), or from the anchor when the subject is elsewhere."""
    subj = _own_subject(anchor)
    start = min((t.i for t in subj.subtree), default=anchor.i) if subj is not None else anchor.i
    return [t for t in tokens if t.i >= start] or tokens


def _split_name(verb: Token) -> bool:
    """ "Addis Ababa has accepted" parsed as "Addis [whom] Ababa has accepted": a relative
    clause whose subject is the second word of its head's proper name."""
    subj = _own_subject(verb)
    head = verb.head
    return (
        subj is not None
        and subj.i == head.i + 1
        and subj.pos_ == "PROPN"
        and head.pos_ == "PROPN"
        and not any(c.dep_ in ("nsubj", "obj") and c.tag_.startswith("W") for c in verb.children)
    )


def _in_relative(tok: Token) -> bool:
    if _after_relative(tok) is not None:
        return False
    cur = tok
    for _ in range(12):
        # "told the agency that X had shelled": no relative clause on a listener
        if cur.dep_ in RELATIVE and cur.head.dep_ not in ("iobj", "dative"):
            return not _split_name(cur)
        if cur.head == cur:
            return False
        cur = cur.head
    return False


@dataclass
class Context:
    """What the events stage knows of one article besides its parse."""

    doc: Doc
    actors: list[Actor]
    attributions: list[Attribution]
    published: date | None
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    parties: list[Actor] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions = sorted((s, e, a.id) for a in self.actors for s, e in a.mentions)
        self.by_id = {a.id: a for a in self.actors}
        self.text = text = self.doc.text
        # each token's sentence as (start, end) token indices, computed once (Token.sent
        # walks the whole doc on every call)
        self.sent_of: list[tuple[int, int]] = [(0, 0)] * len(self.doc)
        for sent in self.doc.sents:
            for i in range(sent.start, sent.end):
                self.sent_of[i] = (sent.start, sent.end)
        self.parties = sorted(ranked_parties(self.actors, text)[:2], key=lambda a: min(a.mentions))
        self.affiliation = self._affiliations()

    def _affiliations(self) -> dict[str, str]:
        """Person -> the armed group, army or body named in their title ("RSF commander X",
        "Hamas spokesman X", "a spokeswoman for the TNLA, X"): whose side they speak for."""
        out: dict[str, str] = {}
        bodies = {a.id for a in self.actors if a.type in ("group", "military", "organization")}
        for a in self.actors:
            if a.type != "person":
                continue
            for s, _ in a.mentions:
                window = self.text[max(0, s - TITLE_WINDOW_CHARS) : s]
                cut = max(window.rfind("."), window.rfind(";"), window.rfind("\n"))
                lo = s - len(window) + cut + 1
                near = [aid for ms, me, aid in self.mentions if lo <= ms and me <= s]
                near = [aid for aid in near if aid in bodies]
                if near:
                    out.setdefault(a.id, near[-1])
                    break
        return out

    def actors_at(self, s: int, e: int) -> list[str]:
        hits = [(ms, aid) for ms, me, aid in self.mentions if ms < e and s < me]
        # a mention of both parties ("both sides") lists them in the article's order
        order = {a.id: k for k, a in enumerate(self.parties)}
        return [aid for _, aid in sorted(hits, key=lambda h: (h[0], order.get(h[1], 9)))]

    def content_of(self, tok: Token) -> int | None:
        """The index of the smallest attribution whose content holds ``tok``."""
        best = None
        for k, a in enumerate(self.attributions):
            if any(s <= tok.idx < e for s, e in a.content.pieces):
                size = sum(e - s for s, e in a.content.pieces)
                if best is None or size < best[0]:
                    best = (size, k)
        return best[1] if best else None

    def speaker_of(self, tok: Token) -> list[str]:
        k = self.content_of(tok)
        if k is None or self.attributions[k].source_actor is None:
            return []
        return [self.attributions[k].source_actor]

    def speakers_of(self, tok: Token) -> list[str]:
        """Every actor the source of the report holding ``tok`` names ("both sides": the two
        parties), the resolved speaker first."""
        k = self.content_of(tok)
        if k is None:
            return []
        attribution = self.attributions[k]
        ids = [attribution.source_actor] if attribution.source_actor else []
        if attribution.source is not None:
            for s, e in attribution.source.pieces:
                ids += [a for a in self.actors_at(s, e) if a not in ids]
        return ids

    def pronoun(self, tok: Token) -> list[str]:
        word = tok.lower_
        if word in ("we", "us", "our", "i"):
            return self.speaker_of(tok)
        persons = word in ("he", "she", "him", "her", "his")
        before = [
            (ms, me)
            for ms, me, aid in self.mentions
            if me <= tok.idx
            and (self.by_id[aid].type == "person") == persons
            and self.by_id[aid].type != "media"
        ]
        if not before:
            return []
        s, e = max(before)
        found = self.actors_at(s, e)
        # "they" after "the two sides": both parties; "he", one person
        return found if word in ("they", "them") else found[:1]

    def possessed(self, head: Token) -> list[str]:
        """ "his country", "its government": the state of the person or body the pronoun
        stands for."""
        if head.lemma_.lower() not in STATE_NOUNS:
            return []
        poss = next((c for c in head.children if c.dep_ in ("nmod:poss", "poss")), None)
        if poss is None or poss.pos_ != "PRON":
            return []
        owner = self.pronoun(poss)
        if not owner:
            return []
        actor = self.by_id[owner[0]]
        state = [a.id for a in self.actors if a.type == "country" and a.country == actor.country]
        return state[:1] if actor.country and state else owner[:1]

    def named_by_noun(self, head: Token) -> list[str]:
        """ "the court" when one actor of the article is a court: the actor whose name has the
        phrase's head noun, when exactly one has it."""
        if head.pos_ != "NOUN" or not any(c.lower_ == "the" for c in head.children):
            return []
        word = head.lower_
        if head.lemma_.lower() in GOVERNMENT_NOUNS:
            # "the government": the state the article is most about
            states = [a for a in self.actors if a.type == "country"]
            if states:
                return [max(states, key=lambda a: (len(a.mentions), -min(a.mentions)[0])).id]
        named = [a.id for a in self.actors if a.type != "person" and word in a.name.lower().split()]
        return named if len(named) == 1 else []

    def side(self, actor_id: str) -> str:
        """Whose side an actor is on: a state's officials are the state; an armed group or an
        army keeps its own side (a civil war's parties share a country)."""
        if actor_id in self.affiliation:
            return self.affiliation[actor_id]
        actor = self.by_id.get(actor_id)
        if actor and actor.country and actor.type in STATE_SIDE_TYPES:
            return actor.country
        return actor_id

    def counterpart(self, actor_id: str) -> str | None:
        """The other of the article's two main parties, when ``actor_id`` is on one side."""
        if len(self.parties) < 2:
            return None
        sides = [self.side(p.id) for p in self.parties]
        mine = self.side(actor_id)
        if mine == sides[0] and sides[1] != mine:
            return self.parties[1].id
        if mine == sides[1] and sides[0] != mine:
            return self.parties[0].id
        return None


class Settler:
    """Turns drafts into events: actors, mode, attribution, date and place."""

    def __init__(self, finder: Finder, expressions: list[TimeExpression], ctx: Context):
        self.finder = finder
        self.ctx = ctx
        # the countries of the article's actors, most mentioned first: where its places are
        counts: dict[str, int] = {}
        for a in ctx.actors:
            if a.country:
                counts[a.country] = counts.get(a.country, 0) + len(a.mentions)
        self.countries = [c for c, _ in sorted(counts.items(), key=lambda kv: -kv[1])]
        doc = ctx.doc
        self.expressions: dict[int, list[TimeExpression]] = {}
        for expr in expressions:
            span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
            if span is None:
                continue
            owner = _next_to_verb(span) or _owner(span.root)
            if owner is not None:
                self.expressions.setdefault(owner.i, []).append(expr)

    def settle(self, drafts: list[Draft]) -> list[Event]:
        events: list[Event] = []
        dated: dict[int, date] = {}  # sentence start -> the day of a past act told in it
        for d in drafts:
            sources, targets = list(d.sources), [t for t in d.targets if t not in d.sources[:1]]
            if not sources and (d.mode == "promised" or _passive(d.anchor)):
                # "progress had been made", both sides announced: the speakers' own act
                sources = self.ctx.speakers_of(d.anchor)
            if not sources:
                continue
            reciprocal = _reciprocal(d.anchor)
            if len(sources) > 1 and (not targets or reciprocal):
                targets = [sources[1]]
            source = sources[0]
            if not targets:
                referent = self._referent(d.anchor, source, events)
                if referent:
                    targets = [referent]
            if not targets and d.type not in UNDIRECTED:
                other = self.ctx.counterpart(source)
                if other:
                    targets = [other]
            target = targets[0] if targets else None
            if target == source:
                target = None
            type_, mode = self._mode(d)
            attribution = self.ctx.content_of(d.anchor)
            if mode == "asserted" and attribution is not None:
                mode = "alleged"
            day, text = self._date(d, type_)
            if day is None and text is None and mode in ("asserted", "alleged", "proposed"):
                day = self._narrative_day(d, dated)
            ev = Event(
                type=type_,
                mode=mode,
                evidence=TextSpan.of(self.ctx.text, d.evidence),
                source=source,
                target=target,
                date=day,
                place=self._place(d, source, target),
                attribution=attribution,
                subtype=d.subtype,
                contexts=list(d.trigger.contexts),
                date_text=text,
            )
            events.append(ev)
            published = self.ctx.published
            if day is not None and published is not None and day <= published:
                dated[self.ctx.sent_of[d.anchor.i][0]] = day
            if reciprocal and target is not None:
                back = Event(**{**ev.__dict__, "source": target, "target": source})
                events.append(back)
        return events

    def _narrative_day(self, d: Draft, dated: dict[int, date]) -> date | None:
        """A plain past act told right after a dated past act, with no time of its own, took
        place that day ("... met in Djibouti on Monday. Ethiopia demanded a cut ..."); an act
        with a time word of its own ("most recently", "in recent days") or in a perfect tense
        does not."""
        anchor = d.anchor
        if anchor.tag_ != "VBD" or _aux(anchor) or d.mode not in (None, "proposed"):
            return None
        if any(c.lower_ in OTHER_TIME_WORDS for c in anchor.subtree):
            return None
        start = self.ctx.sent_of[anchor.i][0]
        while start > 0:  # the sentence before, past paragraph breaks
            start = self.ctx.sent_of[start - 1][0]
            if not all(t.is_space for t in self.ctx.doc[start : self.ctx.sent_of[start][1]]):
                return dated.get(start)
        return None

    def _mode(self, d: Draft) -> tuple[str, str]:
        if is_negated(d.anchor) and d.mode is None:
            if d.trigger.negated:
                return d.trigger.negated, "asserted"
            return d.type, "negated"
        if d.mode is not None:
            return d.type, d.mode
        if _aux(d.anchor) & HYPOTHETICAL_AUX:
            return d.type, "hypothetical"
        if is_future(d.anchor):
            k = self.ctx.content_of(d.anchor)
            return d.type, "promised" if k is not None else "hypothetical"
        return d.type, "asserted"

    def _referent(self, anchor: Token, source: str, earlier: list[Event]) -> str | None:
        """The maker of the earlier act a clause points back at ("rejected these terms")."""
        obj = next((c for c in anchor.children if c.dep_ in OBJ), None)
        if obj is None:
            return None
        what = self.finder.lex.referents.get(obj.lemma_.lower())
        if what is None:
            return None
        for child in obj.children:
            if child.dep_ in ("nmod:poss", "poss"):
                owner = self.finder.phrase_actors(child, self.ctx)
                if owner:
                    return owner[0]
        mine = self.ctx.side(source)
        if what == "statement":
            for a in sorted(self.ctx.attributions, key=lambda a: -a.content.pieces[0][0]):
                before = a.content.pieces[0][0] < anchor.idx
                if before and a.source_actor and self.ctx.side(a.source_actor) != mine:
                    return a.source_actor
            return None
        for ev in reversed(earlier):
            if ev.evidence.pieces[0][0] >= anchor.idx or ev.source is None:
                continue
            if what == "proposal":
                fits = ev.mode == "proposed"
            elif what == "REQUEST":  # "rejected the condition": a demand or a conditional offer
                fits = ev.type == what or ev.mode == "conditional"
            else:
                fits = ev.type == what
            if fits and self.ctx.side(ev.source) != mine:
                return ev.source
        return None

    def _date(self, d: Draft, type_: str) -> tuple[date | None, str | None]:
        published = self.ctx.published
        for tok in d.date_tokens:
            for expr in self.expressions.get(tok.i, []):
                if tok.i in d.own_tense:
                    # "pledged on Wednesday to ...": the pledge's own time; a time after the
                    # promised act begins ("promised to hand over the data by 15 September")
                    # is the act's, whatever the parse hung it on
                    after_act = any(t.idx < expr.start for t in d.date_tokens if t.i != tok.i)
                    future = after_act or is_future(tok)
                else:
                    future = d.future or is_future(tok) or is_future(d.anchor)
                resolved = resolve(expr, published, future)
                return resolved.day, expr.text
        # no expression of its own: the clause it is conjoined with or reported in
        cur = d.anchor
        future = d.future or is_future(d.anchor)
        for _ in range(6):
            if cur.head == cur or cur.dep_ in RELATIVE or cur.dep_ == "parataxis":
                break
            if cur.dep_ == "advcl" and _mark(cur) in SEPARATE_MARKS:
                break
            if cur.dep_ not in ("conj", "ccomp", "xcomp", "advcl"):
                break
            if future:
                break  # what will happen keeps no time of the clause it hangs on
            cur = cur.head
            for expr in self.expressions.get(cur.i, []):
                resolved = resolve(expr, published, is_future(cur))
                return resolved.day, expr.text
            if (
                type_ == "AGREE"
                and cur.lemma_.lower() in ANNOUNCING
                and _simple_past(cur)
                and not future
                and _perfect(d.anchor)
            ):
                return published, None
        if published is not None and _simple_present(d.anchor) and not future:
            return published, None
        return None, None

    def _place(self, d: Draft, source: str | None, target: str | None) -> Place | None:
        """The first place found in the draft's scopes: its own clause, the clause it is
        conjoined to, its complement, then its sentence (a place "in" it only)."""
        for k, scope in enumerate(d.place_scopes):
            place = self._place_in(
                scope, {source, target}, locative_only=k == len(d.place_scopes) - 1
            )
            if place is not None:
                return place
        return None

    def _place_in(self, scope: list[Token], parties: set, locative_only: bool) -> Place | None:
        countries = self.countries
        best: Place | None = None
        names = [(n, toks) for n, toks in _place_names(scope) if _placed(toks)]
        if locative_only:
            names = [(n, toks) for n, toks in names if _locative(toks)]
        names.sort(key=lambda nt: not _locative(nt[1]))  # "in Kingstown" before "the X region"
        for name, toks in names:
            named = self.ctx.actors_at(toks[0].idx, toks[-1].idx + 1)
            if any(a in parties for a in named) and not _locative(toks):
                continue  # "Delegations from Moscow": an actor, not where it happened
            local = _local_countries(toks, self.finder.country_words)
            place = self.finder.gaz.choose(name, local + countries)
            if place is None:
                continue
            is_country = self.finder.gaz.country(place.country or "") is not None and (
                self.finder.gaz.country(place.country or "").name == place.name
            )
            if not is_country:
                return place
            root = next((t for t in toks if t.head not in toks), toks[-1])
            if any(c.dep_ == "case" and c.lower_ in COUNTRY_CASES for c in root.children):
                best = best or place
        return best


def _next_to_verb(span: Span) -> Token | None:
    """A time expression right after a finite or infinitive verb tells that verb's time
    ("agreed on Sunday to ...", "met Tuesday"), however the parser hung it: the order of the
    words says so more surely than a parse that read "X agreed" as a reduced relative."""
    before = span.start - 1
    if before >= 0 and span.doc[before].pos_ == "ADP":  # "on" of "on Sunday"
        before -= 1
    while before >= 0 and span.doc[before].pos_ in ("ADV", "PART"):
        before -= 1
    if before < 0:
        return None
    verb = span.doc[before]
    if verb.pos_ == "VERB" and verb.tag_ in FINITE_TAGS | {"VB"}:
        return verb
    return None


def _owner(tok: Token) -> Token | None:
    """The verb a time expression tells the time of."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur != tok:
            # "begin working on Tuesday", "fired on crowds waiting ... on Sunday": an -ing
            # clause with no mark of its own (an adverbial or a reduced relative) keeps the
            # time of the verb it hangs on
            while cur.tag_ == "VBG" and _mark(cur) is None and cur.head != cur:
                if cur.dep_ in ("xcomp", "advcl"):
                    cur = cur.head
                elif cur.dep_ == "acl" and cur.head.head != cur.head:
                    noun = cur.head
                    if noun.head.pos_ not in ("VERB", "AUX"):
                        break
                    cur = noun.head
                else:
                    break
            return cur
        if cur.head == cur:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
    return None


def _perfect(tok: Token) -> bool:
    return bool(_aux(tok) & PERFECT_AUX) or tok.tag_ == "VBD"


def _simple_past(tok: Token) -> bool:
    return tok.tag_ == "VBD" and not _aux(tok)


def _simple_present(tok: Token) -> bool:
    return tok.tag_ in ("VBZ", "VBP") and not _aux(tok)


def _reciprocal(anchor: Token) -> bool:
    words = " ".join(t.lower_ for t in anchor.subtree)
    return "each other" in words or "one another" in words


def _place_scopes(anchor: Token, comps: list[Token], ctx: Context) -> list[list[Token]]:
    """Where an event's place is told, most telling first: its clause without what is agreed
    or asked ("agreed to extend a ceasefire in Shan State" was agreed elsewhere), the clause
    it is conjoined to ("met in Kunming and agreed"), the complement ("agreed to reopen the
    Kerem Shalom crossing"), the sentence ("..., after talks in Geneva")."""
    inner = {t.i for c in comps for t in c.subtree}
    scopes = [[t for t in _clause(anchor) if t.i not in inner]]
    if anchor.dep_ == "conj":
        scopes.append(_clause(anchor.head))
    if comps:
        scopes.append(sorted({t for c in comps for t in c.subtree}, key=lambda t: t.i))
    start, end = ctx.sent_of[anchor.i]
    scopes.append(list(anchor.doc[start:end]))
    return scopes


def _place_names(tokens: list[Token]) -> list[tuple[str, list[Token]]]:
    """Runs of proper nouns (joined by hyphens) among ``tokens``: the names a place could have."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    prev = None
    for t in tokens:
        if prev is not None and t.i != prev + 1 and cur:
            runs.append(cur)
            cur = []
        prev = t.i
        proper = t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ in ("NOUN", "ADJ", "X"))
        if proper or (cur and t.text in ("-", "–") and not t.whitespace_):
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        text = "".join(t.text_with_ws for t in run).strip()
        out.append((text, run))
        if len(run) > 1:  # "Brest Belarus" never, but "Kerem Shalom crossing" may be cut
            for k in range(len(run) - 1, 0, -1):
                sub = "".join(t.text_with_ws for t in run[:k]).strip()
                out.append((sub, run[:k]))
    return out


def _placed(toks: list[Token]) -> bool:
    """Is a name where a place stands: after "in"/"near", naming "the town of X" or "the X
    crossing", or the object of a verb of motion?"""
    root = next((t for t in toks if t.head not in toks), toks[-1])
    if any(c.dep_ == "case" and c.lower_ in PLACE_CASES for c in root.children):
        return True
    if root.dep_ in ("compound", "amod") and root.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if root.dep_ in ("nmod", "appos") and root.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if root.dep_ in OBJ and root.head.lemma_.lower() in PLACE_VERBS:
        return True
    return root.ent_type_ == "LOC" and root.dep_ in ("obl", "nmod", "appos")


def _locative(toks: list[Token]) -> bool:
    """Is the name, or the place noun it names ("near the town of Baidoa"), after a locative
    preposition?"""
    root = next((t for t in toks if t.head not in toks), toks[-1])
    for t in (root, root.head):
        if any(c.dep_ == "case" and c.lower_ in PLACE_CASES for c in t.children):
            return True
    return False


def _local_countries(toks: list[Token], words: dict[str, str]) -> list[str]:
    """Countries the phrase itself names: "Brest, Belarus", "the Somali town of Baidoa"."""
    out = []
    doc = toks[0].doc
    last = toks[-1]
    if last.i + 2 < len(doc) and doc[last.i + 1].text == ",":
        code = words.get(doc[last.i + 2].lower_)
        if code:
            out.append(code)
    root = next((t for t in toks if t.head not in toks), toks[-1])
    for t in [root.head, *root.head.children]:
        if t.dep_ == "amod" or t.pos_ == "ADJ":
            code = words.get(t.lower_)
            if code:
                out.append(code)
    return out
