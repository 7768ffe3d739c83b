"""Violence and coercion talked of, not done: when a violent or coercive act is only wished,
proposed or aimed at.

Political news names acts it does not report: "Jane Hale should be deported", "the council's
move to ban him", "a debate on whether to ban him", "proposed a ban on imports", "a program to
defer deportations". Event data sets code none of these (the PLOVER codebook's events are acts
that happened or were announced by those who will do them; a wish is at most the speaker's
request, read by the request rules). Each rule below is named and reads one verb or noun;
``not_done`` returns the first that fits. The words they read are data
(``data/word_sets.tsv``: ``obligation_aux``, ``unrealising_verbs``, ``unrealising_nouns``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from parley.events.grammar import OBLIGATION_AUX, UNREALISING_NOUNS, UNREALISING_VERBS

# The types read here: PLOVER's violent and coercive acts (a wished meeting or protest is read
# by other rules).
FORCEFUL_ACTS = frozenset({"ASSAULT", "COERCE"})


def _mark(tok: Token) -> str | None:
    return next((c.lower_ for c in tok.children if c.dep_ == "mark"), None)


def obligation(word: Token) -> bool:
    """ "Jane Hale should be deported", "the city must ban the march": an act someone says
    ought to be done."""
    return any(c.dep_ in ("aux", "aux:pass") and c.lower_ in OBLIGATION_AUX for c in word.children)


def aim_of_noun(word: Token) -> bool:
    """ "the council's move to ban him", "legislation to deport them": an infinitive that
    says what a plan, bill or attempt is for."""
    return (
        word.dep_ == "acl"
        and word.head.pos_ in ("NOUN", "PROPN")
        and _mark(word) == "to"
        and word.tag_ == "VB"
    )


def question(word: Token) -> bool:
    """ "a debate on whether to ban him": an act asked about."""
    marks = {c.lower_ for c in word.children if c.dep_ == "mark"}
    return bool(marks & {"whether", "if"}) and word.tag_ == "VB"


def proposed(word: Token) -> bool:
    """ "proposed a ban on imports", "a plan to defer deportations", "his proposal for a
    curfew": a noun for the act as what someone proposes, defers or plans."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    head = word.head
    if head == word:
        return False
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        return word.dep_ in ("obj", "obl") and lemma in UNREALISING_VERBS
    return word.dep_ == "nmod" and lemma in UNREALISING_NOUNS


RULES: tuple[tuple[str, Callable[[Token], bool]], ...] = (
    ("obligation", obligation),
    ("aim_of_noun", aim_of_noun),
    ("question", question),
    ("proposed", proposed),
)


def not_done(type_: str, word: Token) -> str | None:
    """The name of the first rule that reads ``word`` (the verb or noun of a ``type_`` event)
    as an act only talked of, or None when it tells an act (or is no violent type)."""
    if type_ not in FORCEFUL_ACTS:
        return None
    for name, rule in RULES:
        if rule(word):
            return name
    return None
