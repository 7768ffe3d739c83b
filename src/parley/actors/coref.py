"""Which entity a third-person pronoun refers to: precision-ranked passes over the parse
(issue 19's coreference layer; a first version, measured on GAP by ``benchmarks/coref_gap.py``).

Given a pronoun and candidate entities (each a list of its mentions, as spans), binding first
sets aside the mentions it may not refer to (an object pronoun is never its own clause's
subject); then the passes are tried in order and the first that picks an entity decides:

1. ``own_clause_subject``: a possessive, or a pronoun in a phrase under a verb, refers to that
   clause's subject when the subject is a mention ("Reda said his side ...").
2. ``parallel_role``: a subject or object pronoun refers to the entity of the closest earlier
   mention in the same role in another clause (syntactic parallelism, Hobbs 1978; Kehler 2002).
3. ``nearest_subject``: the entity of the nearest earlier mention that is a subject.
4. ``nearest``: the nearest earlier mention's entity, else the nearest later one (a pronoun
   before the name it stands for).

Tried and dropped on GAP development: Lappin and Leass's (1994) summed salience in place of
passes 3 and 4 (58.3 overall F1 against 66.4; 61.5 with each entity's best mention only).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from parley.nlp.syntax import OBJ, SUBJ

POSSESSIVE = frozenset({"his", "her", "hers", "its", "their"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})

Entities = Sequence[Sequence[Span]]


def clause_head(tok: Token) -> Token:
    """The verb (or root) of the clause ``tok`` stands in."""
    cur = tok
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    return cur


def role(tok: Token) -> str:
    """The grammatical role of the phrase ``tok`` heads."""
    if tok.dep_ in SUBJ:
        return "subj"
    if tok.dep_ in ("obj", "dobj"):
        return "obj"
    return "other"


def _mentions(entities: Entities):
    for k, spans in enumerate(entities):
        for span in spans:
            yield k, span


def own_clause_subject(pronoun: Token, entities: Entities) -> int | None:
    if pronoun.lower_ not in POSSESSIVE and pronoun.dep_ not in OBJ:
        return None
    verb = clause_head(pronoun)
    for k, span in _mentions(entities):
        root = span.root
        # (an object pronoun's own subject was set aside by ``unbound``)
        if root.dep_ in SUBJ and root.head.i == verb.i and root.i < pronoun.i:
            return k
    return None


def parallel_role(pronoun: Token, entities: Entities) -> int | None:
    wanted = role(pronoun)
    if wanted not in ("subj", "obj"):
        return None
    own = clause_head(pronoun)
    before = [
        (span.start, k)
        for k, span in _mentions(entities)
        if span.end <= pronoun.i and role(span.root) == wanted and clause_head(span.root).i != own.i
    ]
    return max(before)[1] if before else None


def nearest_subject(pronoun: Token, entities: Entities) -> int | None:
    before = [
        (span.start, k)
        for k, span in _mentions(entities)
        if span.end <= pronoun.i and span.root.dep_ in SUBJ
    ]
    return max(before)[1] if before else None


def nearest(pronoun: Token, entities: Entities) -> int | None:
    before = [(span.start, k) for k, span in _mentions(entities) if span.end <= pronoun.i]
    if before:
        return max(before)[1]
    after = [(span.start, k) for k, span in _mentions(entities) if span.start > pronoun.i]
    return min(after)[1] if after else None  # a pronoun before the name it stands for


def unbound(pronoun: Token, entities: Entities) -> list[list[Span]]:
    """``entities`` without the mentions binding keeps a pronoun from: an object pronoun never
    refers to its own clause's subject ("Diallo praised her" is not Diallo; Chomsky's
    principle B)."""
    if not (pronoun.lower_ in OBJECT_PRONOUNS and pronoun.dep_ in OBJ):
        return [list(spans) for spans in entities]
    verb = clause_head(pronoun)
    return [
        [s for s in spans if not (s.root.dep_ in SUBJ and s.root.head.i == verb.i)]
        for spans in entities
    ]


PASSES: tuple[tuple[str, Callable[[Token, Entities], int | None]], ...] = (
    ("own_clause_subject", own_clause_subject),
    ("parallel_role", parallel_role),
    ("nearest_subject", nearest_subject),
    ("nearest", nearest),
)


def antecedent(
    pronoun: Token, entities: Entities, disabled: frozenset[str] = frozenset()
) -> tuple[int | None, str | None]:
    """The index of the entity ``pronoun`` refers to and the pass that chose it."""
    entities = unbound(pronoun, entities)
    for name, find in PASSES:
        if name in disabled:
            continue
        found = find(pronoun, entities)
        if found is not None:
            return found, name
    return None, None
