"""Words, not violence: when a violent or coercive verb is a figure of speech.

Political news uses the verbs of war for rivalry and law: "attacked Clinton", "fired at
Trump", "killed the bill", "struck down the limits", "shooting himself in the foot", "fight
for every vote", "capture the nomination". Each rule below is named and tells one such use;
``figure`` runs them in order (each reads the verb, its event type and what actor a phrase
names) and returns the name of the first that fits, or None when the
verb tells a physical act. The words they read are data (``data/word_sets.tsv``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from parley.events.grammar import (
    ARMED_NOUNS,
    FIGURATIVE_PHRASALS,
    PATIENT_NOUNS,
    PERSON_SUFFIXES,
    REFLEXIVES,
    RIVALRY_VERBS,
    SHOWING_VERBS,
    VIOLENT_MEANS,
    WINNING_VERBS,
)
from parley.nlp.syntax import ACTIVE_SUBJ, AGENT, OBJ, PASSIVE_SUBJ
from parley.nlp.syntax import case as _case

# Types whose verbs are read for figures of speech: PLOVER's violent and coercive acts, and
# protests ("demonstrate that ...").
PHYSICAL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})

# Prepositions that name whom a violent verb is aimed at ("fired on", "clashed with").
AIMED_CASES = frozenset({"on", "at", "upon", "against", "with"})

# What an actor the phrase names is (``Actor.type``: person, group, military, ...), or None.
KindOf = Callable[[Token], "str | None"]


def patient(verb: Token) -> Token | None:
    """Who or what the act is done to: the object, the subject of a passive, or an
    "on"/"at"/"against"/"with" phrase ("fired on the crowd", "clashed with police")."""
    for child in verb.children:
        if child.dep_ in OBJ or child.dep_ in PASSIVE_SUBJ:
            return child
    for child in verb.children:
        if child.dep_ in ("obl", "nmod") and _case(child) in AIMED_CASES:
            return child
    return None


def doer(verb: Token) -> Token | None:
    """The one who acts: the active subject or the "by" phrase of a passive."""
    for child in verb.children:
        if child.dep_ in ACTIVE_SUBJ or child.dep_ in AGENT:
            return child
    return None


def concrete(tok: Token, kind: KindOf) -> bool:
    """Can a violent act be done to what ``tok`` names: people, a place, a named actor or
    thing, a count ("killed 14", "three people"), a weapon? Not "the bill", "the limit",
    "religious liberty", "it"."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "what", "which")
    if tok.pos_ == "PROPN" or tok.ent_type_ or kind(tok) is not None:
        return True
    if tok.pos_ == "NUM" or any(c.dep_ == "nummod" for c in tok.children):
        return True
    lemma = tok.lemma_.lower()
    if lemma in PATIENT_NOUNS or lemma in ARMED_NOUNS or lemma in VIOLENT_MEANS:
        return True
    return any(tok.lower_.endswith(s) for s in PERSON_SUFFIXES)


def one_person(tok: Token, kind: KindOf) -> bool:
    """Does ``tok`` name one person ("Clinton", "him", "his Democratic opponent")? Not a
    plural ("the hostages were seized", "protesters were beaten": many people, however the
    article's actors type them)."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("him", "her", "he", "she", "me", "you")
    if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() != tok.lower_:
        return False
    if kind(tok) == "person" or tok.ent_type_ == "PERSON":
        return True
    if tok.pos_ == "PROPN" and not tok.ent_type_:
        # "Jane Hale": a name of two words the recogniser left untyped
        return any(c.dep_ in ("flat", "compound") and c.pos_ == "PROPN" for c in tok.children)
    return tok.lemma_.lower() in ("opponent", "rival", "challenger", "candidate", "nominee")


def armed(tok: Token | None, kind: KindOf) -> bool:
    """Is the doer one that uses force: an armed body or a weapon ("gunmen", "troops", "a
    drone"), or an actor that is an army, armed group or state?"""
    if tok is None:
        return False
    lemma = tok.lemma_.lower()
    if lemma in ARMED_NOUNS or lemma in VIOLENT_MEANS:
        return True
    return kind(tok) in ("military", "group", "country", "government")


# -- the rules, in order -----------------------------------------------------------------


def reflexive(verb: Token, type_: str, kind: KindOf) -> bool:
    """ "killed himself", "shooting himself in the foot": harm to oneself (a bombing that
    "blew himself up" keeps its particle and is an attack)."""
    if any(c.dep_ in ("compound:prt", "prt") for c in verb.children):
        return False
    return any(c.dep_ in OBJ and c.lower_ in REFLEXIVES for c in verb.children)


def phrasal(verb: Token, type_: str, kind: KindOf) -> bool:
    """ "struck down the limits", "seize on a relationship", "fight for every vote": the
    verb with this particle or preposition right after it is words or law ("seized Goma on
    Monday" is no "seize on")."""
    if verb.i + 1 >= len(verb.doc):
        return False
    after = verb.doc[verb.i + 1]
    attached = after.head == verb or after.head.head == verb
    return attached and f"{verb.lemma_.lower()} {after.lower_}" in FIGURATIVE_PHRASALS


def abstract_patient(verb: Token, type_: str, kind: KindOf) -> bool:
    """ "killing a religious-freedom bill", "hitting the contribution limit", "capture the
    soul of the party", "clashes with their religion": nothing a violent act is done to."""
    target = patient(verb)
    return target is not None and not concrete(target, kind)


def rivalry(verb: Token, type_: str, kind: KindOf) -> bool:
    """ "Jeb Bush fired at Trump", "He has attacked Clinton", "defeat his Democratic
    opponent", "we will fight": a verb of both war and politics, aimed at one person by
    someone who bears no arms, or at no one by no armed doer."""
    if verb.lemma_.lower() not in RIVALRY_VERBS:
        return False
    who = doer(verb)
    if armed(who, kind):
        return False
    target = patient(verb)
    if target is None:
        return True
    return one_person(target, kind)


def winning(verb: Token, type_: str, kind: KindOf) -> bool:
    """ "Cruz beat Dewhurst", "went on to defeat her opponent", "a campaign to beat them":
    an active "beat" or "defeat" without "up", aimed at a person or no one named, tells who
    won ("protesters were beaten" is an assault; "vowed to defeat al-Shabaab" a war aim)."""
    if verb.lemma_.lower() not in WINNING_VERBS:
        return False
    passive = any(c.dep_ in PASSIVE_SUBJ for c in verb.children)
    up = any(c.dep_ in ("compound:prt", "prt") and c.lower_ == "up" for c in verb.children)
    if passive or up:
        return False
    target = patient(verb)
    return target is None or target.pos_ == "PRON" or one_person(target, kind)


def no_patient(verb: Token, type_: str, kind: KindOf) -> bool:
    """ "Things are picking up": a coercive verb with no one arrested, banned or seized."""
    return type_ == "COERCE" and patient(verb) is None


def showing(verb: Token, type_: str, kind: KindOf) -> bool:
    """ "tried to demonstrate that she offered a better cure", "demonstrate their unity":
    "demonstrate" with an object or a clause shows something; a protest has neither."""
    if verb.lemma_.lower() not in SHOWING_VERBS:
        return False
    return any(c.dep_ in OBJ or c.dep_ in ("ccomp", "xcomp") for c in verb.children)


RULES: tuple[tuple[str, Callable[[Token, str, KindOf], bool]], ...] = (
    ("reflexive", reflexive),
    ("phrasal", phrasal),
    ("winning", winning),
    ("abstract_patient", abstract_patient),
    ("rivalry", rivalry),
    ("no_patient", no_patient),
    ("showing", showing),
)


def figure(type_: str, verb: Token, kind: KindOf) -> str | None:
    """The name of the first rule that reads ``verb`` (the trigger of a ``type_`` event) as a
    figure of speech, or None when it tells a physical act (or is no violent type)."""
    if type_ not in PHYSICAL_TYPES or verb.pos_ not in ("VERB", "AUX"):
        return None
    for name, rule in RULES:
        if rule(verb, type_, kind):
            return name
    return None
