"""Which entity a third-person pronoun refers to (issue 19's coreference layer; measured on GAP
by ``benchmarks/coref_gap.py``).

Given a pronoun and candidate entities (each a list of its mentions, as spans), binding first
sets aside the mentions it may not refer to (an object pronoun is never its own clause's
subject, nor, in a clause with no subject of its own, the one who stands as its subject:
"Police fired tear gas to disperse them"). Then each entity is scored by a weighted sum of
features of its mentions against the pronoun, and the best-scoring entity is the antecedent
when its score is above the threshold.
The features are the classic precision-ranked passes, each as "this pass would pick this
entity", with distance, grammatical role and salience:

- ``governing_subject``: the subject (or passive agent) of the nearest verb above the pronoun
  whose subject is a mention ("Reda said his side ...", "when he arrived, Reda ...", "was
  replaced by Rist for his second stint"), and the owner of such a subject ("Mohamud's office
  said he");
- ``parallel_role``: the entity of the closest earlier mention in the pronoun's role (subject or
  object) in another clause (syntactic parallelism, Hobbs 1978; Kehler 2002);
- ``nearest_subject`` and ``nearest``: the nearest earlier subject mention, the nearest mention;
- distance in tokens, sentences and parse edges; the mention's role (subject, object, oblique,
  possessor, apposition); the entity's number of mentions and whether it was named first.

The weights and the threshold (``data/coref_weights.tsv``) are fitted by
``tools/fit_coref.py`` on GAP development (Webster et al. 2018, Apache 2.0): logistic
regression over the candidates of each example. The decision list alone (the passes in the
order above, first match wins) reached 70.0 overall F1 on GAP development; the fitted ranking
reaches 72.1 in five-fold cross-validation there (the tool prints it) and 72.7 on GAP
validation, which no weight was fitted on. Binding in clauses with no subject of their own
(``controllers``, session 19, no weight refitted) took development's output from 72.6 to 73.0
and validation's from 72.7 to 73.2 (``benchmarks/coref_gap.py``). Tried and dropped:
Lappin and Leass's (1994) hand-set salience weights (58.3); other person names of the text as
competing candidates in every pass (64.9: the NER's stray names win too often).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from parley.actors import described
from parley.nlp.syntax import OBJ, POSSESSOR, SUBJ

POSSESSIVE = frozenset({"his", "her", "hers", "its", "their"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# The forms of a clause whose subject is its controller's: an infinitive or an -ing form.
CONTROLLED_TAGS = frozenset({"VB", "VBG"})
AGENT = "obl:agent"
PERSON_LABELS = frozenset({"PER", "PERSON"})
OBLIQUE = frozenset({"obl", "nmod", "obl:agent", "obl:unmarked"})
# How many verbs up from the pronoun ``governing_subject`` looks (1, 2, 3 and 5 tried on GAP
# development: 69.2, 69.8, 70.0, 69.8 as a decision list)
MAX_LEVELS = 3
WEIGHTS = Path(__file__).parent / "data" / "coref_weights.tsv"

Entities = Sequence[Sequence[Span]]
RELATIVE = ("log_tokens", "log_edges", "sentences", "depth", "mentions")


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


@dataclass(frozen=True)
class Seen:
    """The candidates' mentions as the passes read them, made once per pronoun: each mention
    with its entity and its root (a span finds its root anew on every call), and the entity
    whose mention holds each word."""

    mentions: list[tuple[int, Span, Token]]
    owner: dict[int, int]

    @classmethod
    def of(cls, entities: Entities) -> Seen:
        mentions = [(k, span, span.root) for k, span in _mentions(entities)]
        owner = {i: k for k, span, _ in mentions for i in range(span.start, span.end)}
        return cls(mentions, owner)


def subjects(verb: Token) -> list[Token]:
    """The words standing as ``verb``'s subject: its own, else a conjoined verb's first
    conjunct's ("Zoe came and took her ..."); and a passive's agent ("replaced by Rist")."""
    subs = [c for c in verb.children if c.dep_ in SUBJ]
    if not subs and verb.dep_ == "conj":
        subs = [c for c in verb.head.children if c.dep_ in SUBJ]
    return subs + [c for c in verb.children if c.dep_ == AGENT]


def _verbs_above(pronoun: Token):
    """The verbs above the pronoun, nearest first, with their level (1: its own clause), up to
    ``MAX_LEVELS``."""
    cur, level = pronoun, 0
    while cur.head.i != cur.i and level < MAX_LEVELS:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            level += 1
            yield level, cur


def governing(pronoun: Token, seen: Seen) -> tuple[dict[int, tuple[int, bool]], set[int]]:
    """For each entity that is the subject of a verb above the pronoun (up to ``MAX_LEVELS``
    verbs), the nearest such verb's level (1: the pronoun's own clause) and whether that
    subject comes after the pronoun ("In his book, Howard ..."); and the entities that own
    such a subject ("Mohamud's office said he would travel", "Ragnar's sorrow grew when Bjorn
    rejected him")."""
    owner = seen.owner
    found: dict[int, tuple[int, bool]] = {}
    owners: set[int] = set()
    for level, verb in _verbs_above(pronoun):
        for sub in subjects(verb):
            if sub.i in owner:
                found.setdefault(owner[sub.i], (level, sub.i > pronoun.i))
            owners.update(owner[c.i] for c in sub.children if c.dep_ in POSSESSOR and c.i in owner)
    return found, owners


def nearest_level(found: dict[int, tuple[int, bool]]) -> int | None:
    return min(found, key=lambda k: found[k][0]) if found else None


def governing_subject(pronoun: Token, seen: Seen) -> int | None:
    return nearest_level(governing(pronoun, seen)[0])


def parallel_role(pronoun: Token, seen: Seen) -> int | None:
    wanted = role(pronoun)
    if wanted not in ("subj", "obj"):
        return None
    own = clause_head(pronoun)
    before = [
        (span.start, k)
        for k, span, root in seen.mentions
        if span.end <= pronoun.i and role(root) == wanted and clause_head(root).i != own.i
    ]
    return max(before)[1] if before else None


def nearest_subject(pronoun: Token, seen: Seen) -> int | None:
    before = [
        (span.start, k)
        for k, span, root in seen.mentions
        if span.end <= pronoun.i and root.dep_ in SUBJ
    ]
    return max(before)[1] if before else None


def nearest(pronoun: Token, seen: Seen) -> int | None:
    before = [(span.start, k) for k, span, _ in seen.mentions if span.end <= pronoun.i]
    if before:
        return max(before)[1]
    after = [(span.start, k) for k, span, _ in seen.mentions if span.start > pronoun.i]
    return min(after)[1] if after else None  # a pronoun before the name it stands for


def unbound(pronoun: Token, entities: Entities) -> list[list[Span]]:
    """``entities`` without the mentions binding keeps a pronoun from: an object pronoun never
    refers to its own clause's subject ("Diallo praised her" is not Diallo; Chomsky's
    principle B), no mention holds the pronoun itself, and a possessive is never the actor
    one of whose mentions is the noun it possesses ("His lawyer, X": "lawyer" is X's, so "His"
    is not; "its defence ministry" is not the ministry's; "its soldiers", "their fighters"
    may be a body's own members)."""
    entities = [[s for s in spans if not (s.start <= pronoun.i < s.end)] for spans in entities]
    if pronoun.dep_ in POSSESSOR and (
        pronoun.lower_ in ("his", "her") or not _members(pronoun.head)
    ):
        owned = pronoun.head.i
        entities = [[] if any(s.root.i == owned for s in spans) else spans for spans in entities]
    if not (pronoun.lower_ in OBJECT_PRONOUNS and pronoun.dep_ in OBJ):
        return entities
    verb = clause_head(pronoun)
    bound = {c.i for c in controllers(verb)}
    return [
        [
            s
            for s in spans
            if not (s.root.dep_ in SUBJ and s.root.head.i == verb.i) and s.root.i not in bound
        ]
        for spans in entities
    ]


def _members(noun: Token) -> bool:
    """``noun`` names people or forces, whom a body's possessive may name as its own ("its
    soldiers", "their fighters": described.tsv's persons, groups and forces)."""
    return noun.lemma_.lower() in _member_nouns()


@cache
def _member_nouns() -> frozenset[str]:
    w = described.words()
    return frozenset(w["persons"] | w["groups"] | w["forces"] | w["affected"])


def controllers(verb: Token) -> list[Token]:
    """Who stands as the unexpressed subject of a clause with no subject of its own: an
    infinitive or -ing clause's controller ("Soldiers fired to disperse them", "asked the
    envoy to meet them": the envoy) or a conjoined verb's first conjunct's subject ("Zoe came
    and took her"); none for a clause with a subject."""
    if any(c.dep_ in SUBJ for c in verb.children) or verb.head.i == verb.i:
        return []
    head = verb.head
    if verb.dep_ == "xcomp":
        objects = [c for c in head.children if c.dep_ in OBJ]
        return objects or [c for c in head.children if c.dep_ in SUBJ]
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ in CONTROLLED_TAGS):
        return [c for c in head.children if c.dep_ in SUBJ]
    return []


PASSES: tuple[tuple[str, Callable[[Token, Seen], int | None]], ...] = (
    ("governing_subject", governing_subject),
    ("parallel_role", parallel_role),
    ("nearest_subject", nearest_subject),
    ("nearest", nearest),
)


def _edges(a: Token, b: Token) -> int | None:
    """Parse edges between two words of one sentence."""
    up = {t.i: k for k, t in enumerate([a, *a.ancestors])}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return up[t.i] + k
    return None


@dataclass(frozen=True)
class DocIndex:
    """What the features read of a whole doc, computed once for all its pronouns: where its
    sentences start (``Token.sent`` walks the doc on each call) and where the NER's persons
    start, with their ends."""

    sent_starts: list[int]
    persons: list[tuple[int, int]]

    @classmethod
    def of(cls, doc: Doc) -> DocIndex:
        persons = [(e.start, e.end) for e in doc.ents if e.label_ in PERSON_LABELS]
        return cls([sent.start for sent in doc.sents], persons)

    def sentence_of(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1


def features(
    pronoun: Token, entities: Entities, index: DocIndex | None = None
) -> list[dict[str, float]]:
    """Each entity's features against ``pronoun`` (``entities`` as ``unbound`` leaves them);
    ``index`` is the doc's ``DocIndex`` when the caller keeps one."""
    seen = Seen.of(entities)
    governs, owns_subject = governing(pronoun, seen)
    picks = {
        name: nearest_level(governs) if find is governing_subject else find(pronoun, seen)
        for name, find in PASSES
    }
    possessive = pronoun.lower_ in POSSESSIVE
    # each entity's mentions before the pronoun, with their roots
    before: list[list[tuple[Span, Token]]] = [[] for _ in entities]
    for k, span, root in seen.mentions:
        if span.end <= pronoun.i:
            before[k].append((span, root))
    nearest_before = [max(found, key=lambda sr: sr[0].start, default=None) for found in before]
    starts = [near[0].start for near in nearest_before if near is not None]
    firsts = [min((s.start for s in spans), default=math.inf) for spans in entities]
    first = min(firsts, default=math.inf)
    most = max((len(o) for o in entities), default=0)
    index = index or DocIndex.of(pronoun.doc)
    sentence_of = index.sentence_of
    sent = sentence_of(pronoun.i)
    own_role = role(pronoun)
    # people the NER names that are no candidate ("Randolph" when the candidates are two others)
    # (only those between the earliest nearest mention and the pronoun are ever counted)
    lo = min((near[0].end for near in nearest_before if near is not None), default=pronoun.i)
    persons = index.persons[
        bisect_left(index.persons, (lo,)) : bisect_left(index.persons, (pronoun.i,))
    ]
    strangers = [start for start, end in persons if seen.owner.keys().isdisjoint(range(start, end))]
    out = []
    for k, spans in enumerate(entities):
        near = nearest_before[k]
        f = {f"pick_{name}": float(picks[name] == k) for name, _ in PASSES}
        if k in governs:
            level, after = governs[k]
            f["governing_own_clause"] = float(level == 1)
            f["governing_higher"] = float(level > 1)
            f["governing_after"] = float(after)
            f["governing_possessive"] = float(possessive)
        f["governing_possessor"] = float(k in owns_subject)
        f["mentions"] = math.log1p(len(spans))
        f["more_mentions"] = float(len(spans) - most)
        f["first_named"] = float(bool(spans) and firsts[k] == first)
        f["opens_text"] = float(firsts[k] <= 1)
        f["only_after"] = float(near is None and bool(spans))
        subj_before = [s for s, root in before[k] if root.dep_ in SUBJ]
        f["subject_before"] = float(bool(subj_before))
        f["subject_in_sentence"] = float(any(sentence_of(s.start) == sent for s in subj_before))
        # no earlier mention: as far as a mention gets
        f["log_tokens"], f["sentences"], f["log_edges"] = 6.0, 4.0, 3.0
        if near is not None:
            near, near_root = near
            dep = near_root.dep_
            f["closest"] = float(near.start == max(starts))
            f["log_tokens"] = math.log1p(pronoun.i - near.end)
            f["strangers_between"] = float(
                min(2, sum(1 for i in strangers if near.end <= i < pronoun.i))
            )
            f["sentences"] = float(min(3, sent - sentence_of(near.start)))
            f["near_subject"] = float(dep in SUBJ)
            f["near_object"] = float(dep in OBJ)
            f["near_oblique"] = float(dep in OBLIQUE)
            f["near_possessor"] = float(dep in POSSESSOR)
            f["near_apposition"] = float(dep == "appos")
            edges = _edges(near_root, pronoun) if sentence_of(near.start) == sent else None
            f["log_edges"] = math.log1p(edges) if edges is not None else 3.0
            f["subject_x_subject"] = float(own_role == "subj" and dep in SUBJ)
            f["object_x_subject"] = float(own_role == "obj" and dep in SUBJ)
            f["depth"] = float(min(6, sum(1 for _ in near_root.ancestors)))
        out.append(f)
    for name in RELATIVE:
        # each entity's value over the best of the others that have a mention left: the two
        # best values are enough
        ranked = sorted(
            ((o.get(name, 0.0), j) for j, o in enumerate(out) if entities[j]),
            key=lambda vj: vj[0],
            reverse=True,
        )
        for k, f in enumerate(out):
            rest = [v for v, j in ranked[:2] if j != k]
            f[f"{name}_over_others"] = f.get(name, 0.0) - (rest[0] if rest else 0.0)
    return out


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float

    def score(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(n, 0.0) * v for n, v in feats.items())
        return 1.0 / (1.0 + math.exp(-z))


@cache
def model(path: Path = WEIGHTS) -> Model:
    """The fitted weights: ``name<TAB>value`` lines, ``bias`` and ``threshold`` among them."""
    values: dict[str, float] = {}
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        name, sep, value = line.partition("\t")
        try:
            values[name] = float(value if sep else "")
        except ValueError:
            raise ValueError(f"{path}:{lineno}: write 'name<TAB>number'") from None
    bias, threshold = values.pop("bias"), values.pop("threshold")
    return Model(values, bias, threshold)


def scores(
    pronoun: Token,
    entities: Entities,
    fitted: Model | None = None,
    index: DocIndex | None = None,
) -> list[float]:
    """Each entity's probability of being the antecedent (0 for one with no mention left)."""
    fitted = fitted or model()
    entities = unbound(pronoun, entities)
    feats = features(pronoun, entities, index)
    return [fitted.score(f) if spans else 0.0 for f, spans in zip(feats, entities, strict=True)]


def antecedent(
    pronoun: Token,
    entities: Entities,
    fitted: Model | None = None,
    threshold: float | None = None,
    index: DocIndex | None = None,
) -> tuple[int | None, float]:
    """The index of the entity ``pronoun`` refers to (None when no entity has a mention left
    or no score reaches ``threshold``, by default the fitted one) and its score."""
    fitted = fitted or model()
    found = scores(pronoun, entities, fitted, index)
    if not found or max(found) == 0.0:  # no entity has a mention binding leaves it
        return None, 0.0
    best = max(range(len(found)), key=found.__getitem__)
    limit = fitted.threshold if threshold is None else threshold
    return (best if found[best] >= limit else None), found[best]
