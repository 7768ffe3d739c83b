"""The syntax of a trigger: its clause, subject, voice, tense and the clauses around it."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from parley.events.grammar import (
    CEASEFIRE_WORDS,
    CONDITION_MARKS,
    FUTURE_AUX,
    INVERTED_CONDITION,
    NARRATIVE_RELATIVIZERS,
    OBJECT_CONTROL,
    PLACE_CASES,
    SEPARATE_MARKS,
)
from parley.events.lexicon import Trigger
from parley.nlp.syntax import ACTIVE_SUBJ as SUBJ
from parley.nlp.syntax import (
    AGENT,
    FINITE_TAGS,
    OBJ,
    PASSIVE_AUX,
    RELATIVE,
)
from parley.nlp.syntax import PASSIVE_SUBJ as PASS_SUBJ
from parley.nlp.syntax import mark as _mark


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
    # a violent act whose doer the clause does not name ("eight soldiers were killed", "the
    # explosion killed four people")
    agentless: bool = False
    # a doer the clause describes with no actor of the article ("a Baton Rouge newspaper
    # called on ...", "dozens of lawmakers met"): the event stands, its source unknown
    described: bool = False


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
    if _misread_passive(tok):
        return False
    if predicate_participle(tok):
        return True
    return any(c.dep_ in PASS_SUBJ or c.dep_ in PASSIVE_AUX for c in tok.children) or (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and not _misread_participle(tok)
        and not any(c.dep_ in SUBJ for c in tok.children)
    )


def predicate_participle(tok: Token) -> bool:
    """A participle in "-ed" the parse read as a verb's predicate after "be" ("the drivers
    would be freed": "be" a copula, the word a bare verb): a passive. Not an adjective ("one
    farmer was wounded": a state the act it comes of tells, most often in its own clause)."""
    return (
        tok.lower_.endswith("ed")
        and tok.tag_ in ("VB", "VBN", "VBD")
        and any(c.dep_ == "cop" and c.lemma_.lower() == "be" for c in tok.children)
    )


def _misread_passive(verb: Token) -> bool:
    """A past tense the parser read as a passive with no "be" ("The M23 rebels seized Goma":
    "rebels" a passive subject, "Goma" an object): no passive auxiliary, and an object."""
    children = list(verb.children)
    return (
        verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ in PASS_SUBJ for c in children)
        and not any(c.dep_ in PASSIVE_AUX or c.dep_ in ("aux", "cop") for c in children)
        and any(c.dep_ in OBJ for c in children)
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
        head = _infinitive_conjunct_of(verb) or head
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


def _infinitive_conjunct_of(verb: Token) -> Token | None:
    """The infinitive a bare verb is really coordinated with where the parse hung it on a
    finite verb before ("detained four fishermen, prompting Belmopan to send vessels and
    demand their release": "demand" is a conjunct of "send", not of "detained"; English
    coordinates verbs of one form): the last infinitive between them, or None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ not in FINITE_TAGS:
        return None
    between = [t for t in verb.doc[head.i + 1 : verb.i] if t.tag_ == "VB" and t.dep_ == "xcomp"]
    return between[-1] if between else None


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


def relative_clause(tok: Token) -> Token | None:
    """The verb of the relative clause ``tok`` stands in, or None: not for "told the agency
    that X had shelled" (no relative clause on a listener) nor a split proper name."""
    if _after_relative(tok) is not None:
        return None
    cur = tok
    for _ in range(12):
        if cur.dep_ in RELATIVE and cur.head.dep_ not in ("iobj", "dative"):
            return None if _split_name(cur) else cur
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _in_relative(tok: Token) -> bool:
    return relative_clause(tok) is not None


def narrating_relative(verb: Token) -> bool:
    """Does a relative clause go on with the story rather than say which thing is meant: one
    opened by "where" or "when" after a comma ("travelled to a hamlet, where he met two
    leaders of the gang")? English grammar's non-restrictive (continuative) relative, which
    adds a new event (Quirk et al. 1985, 17.22)."""
    words = [t for t in verb.subtree if not (t.is_space or t.is_punct)]
    first = min(words, key=lambda t: t.i)
    if first.lower_ not in NARRATIVE_RELATIVIZERS or first.head != verb:
        return False
    return first.i > 0 and verb.doc[first.i - 1].text == ","
