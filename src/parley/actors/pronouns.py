"""Third-person pronouns resolved to the article's actors, once, for every later stage.

The ``parley_coref`` component (after ``parley_actors``) writes ``doc._.coref``: token index
-> actor id for each "he", "she", "it", "they" (and their object and possessive forms) that
``parley.actors.coref`` resolves. The candidates are the actors that agree with the pronoun:
persons for "he" and "she" (of the pronoun's gender where a title, a gendered noun beside a
mention or an earlier resolved pronoun tells it), bodies and states for "it" and "they"; their
mentions within ``WINDOW_SENTENCES`` sentences before the pronoun's (and in its own) are the
entity's mentions. The attribution stage may still decide a pronoun source by who spoke just
before (speaker continuity) and writes that answer back, so that the events stage and the
output read one answer for each pronoun; ``with_pronoun_mentions`` then lists each resolved
pronoun among its actor's mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley.actors import described
from parley.actors.coref import DocIndex, antecedent, unbound
from parley.actors.given_names import name_gender
from parley.actors.registry import person_titles
from parley.model import Actor, Attribution
from parley.nlp.syntax import doc_text, expanded_span, kept_for, tokens_with
from parley.wordsets import word_sets

if not Doc.has_extension("coref"):
    Doc.set_extension("coref", default=None)

GENDER_WORDS = Path(__file__).parent / "data" / "gender.tsv"
MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
BODY_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# words that count the members of a group ("one of them", "some of them")
PARTITIVES = frozenset({"one", "two", "three", "some", "several", "many", "most", "none", "each"})
RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
RELATIVE_CLAUSE = frozenset({"acl:relcl", "relcl"})
# relatives that stand for people only, and how many prepositional phrases up from the
# clause's noun they may look for them ("an analyst at a think-tank in Islamabad, who")
PERSON_RELATIVES = frozenset({"who", "whom"})
PERSON_CLIMB_STEPS = 2
# a speaker's own words for themself in their quotation ("we" may be their side, not them)
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b")
# ... and the side they speak for: a body's "we", or an official's, which is their state's
FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves)\b")
# The interviewer's "you" in a transcript's question: the person who answers next.
SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")
# A transcript's turn: a short label before a colon at the start of a line ("Q:", "KARIM:").
QUESTION_LINE = re.compile(r"([A-Z][\w.' -]{0,30}):\s")
QUOTE_MARKS = frozenset("\"“”'‘’«»")
PERSON_TYPES = frozenset({"person"})
# the actors a place's name stands for ("in Port Moresby" is Papua New Guinea's mention): no
# "who" (PERSON_RELATIVES) names one
PLACE_TYPES = frozenset({"country"})
# what "it" and "they" stand for in conflict news: a state, its government or army, a group,
# an organisation (not a news outlet, which "it" reports rather than acts as, nor a place)
BODY_TYPES = frozenset({"country", "government", "military", "group", "organization"})
# verbs whose "it" subject is empty before a clause ("it seems that S", "it remains to be seen")
RAISING_VERBS = frozenset({"seem", "appear", "remain", "happen", "turn", "matter", "take"})
# How far back a pronoun's candidates are looked for. GAP's snippets, on which the ranking's
# weights are fitted, hold the pronoun and its candidates within about five sentences.
WINDOW_SENTENCES = 4
# A pronoun resolved with at least this score tells its actor's gender to later pronouns
# (on GAP development 957 of 2,000 pronouns reach it, and 83% of those are right).
GENDER_EVIDENCE_SCORE = 0.7
# The bodies a person's title may serve, whose "we" their speaker's is: a group, an armed
# force, an organisation (a state's is the state's, by their country).
SERVED_TYPES = frozenset({"group", "military", "organization"})
# How a title stands beside a name ("X, a spokesman", "FLM spokesman X") and how the body it
# serves hangs on the title ("a spokesman for the FLM", "FLM spokesman", "the FLM's spokesman").
TITLE_DEPS = frozenset({"appos", "nmod:desc", "compound"})
SERVED_DEPS = frozenset({"nmod", "compound", "nmod:poss"})
# How far (in characters) around a person's mention a title names them an official, about
# three words each side ("Deputy Prime Minister X", "X, a spokesman")
TITLE_REACH_CHARS = 25
# The words before a mention that may say its gender ("Mrs X", "the spokeswoman, X").
GENDER_WINDOW_TOKENS = 3


@cache
def gender_words() -> dict[str, frozenset[str]]:
    return word_sets(GENDER_WORDS)


def pleonastic(tok: Token) -> bool:
    """ "it" that stands for nothing: "it is unclear whether ...", "it was reported that ...",
    "it seems that ..." (but "it said that ..." is a body speaking)."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head = tok.head
    empty_head = (
        head.pos_ in ("ADJ", "AUX")
        or head.lemma_.lower() in RAISING_VERBS
        or tok.dep_ in ("nsubj:pass", "nsubjpass")
    )
    clause = any(c.dep_ in ("ccomp", "csubj", "xcomp") and c.i > tok.i for c in head.children)
    return empty_head and clause


def _partitive(tok: Token) -> bool:
    """ "them" counted: "one of them", "some of them"."""
    return tok.head.lower_ in PARTITIVES and tok.head.i < tok.i


# Each doc's gender_near answers by (start, end): a person's mentions are read again for every
# speaker check and pronoun, and a span's root is costly to find.
_GENDER_NEAR: WeakKeyDictionary = WeakKeyDictionary()


def gender_near(span: Span) -> str | None:
    """The gender a title or noun before ``span``, its own noun or one in apposition to it
    tells, if any."""
    doc = span.doc
    known = kept_for(_GENDER_NEAR, doc, len(doc), dict)
    key = (span.start, span.end)
    if key not in known:
        known[key] = _gender_near(span)
    return known[key]


def _gender_near(span: Span) -> str | None:
    words = gender_words()
    doc = span.doc
    before = doc[max(0, span.start - GENDER_WINDOW_TOKENS) : span.start + 1]
    nearby = [t.lower_.strip(".") for t in before]
    # a description's own noun ("a woman who appeared to be in her twenties", "her brother")
    nearby.append(span.root.lower_)
    nearby += [c.lower_ for c in span.root.children if c.dep_ == "appos"]
    for gender in ("female", "male"):
        if any(w in words[gender] for w in nearby):
            return gender
    return None


def _gender_of(actor: Actor, spans: list[Span]) -> str | None:
    """A person's gender as a title or noun by a mention tells it, else their given name;
    None when unknown or the mentions disagree."""
    found = {gender_near(sp) for sp in spans} - {None}
    if not found:
        found = {name_gender(actor.name)} - {None}
    return found.pop() if len(found) == 1 else None


def person_gender(actor: Actor, doc: Doc) -> str | None:
    """``actor``'s gender ("male", "female") as the pronoun resolver reads it from ``doc``, or
    None (not a person, or nothing tells)."""
    if actor.type not in PERSON_TYPES:
        return None
    spans = [expanded_span(doc, s, e) for s, e in actor.mentions]
    return _gender_of(actor, [sp for sp in spans if sp is not None])


def _plural_people(actor: Actor, spans: list[Span]) -> bool:
    """People the article knows by a plural or collective description ("two diplomats",
    "refugees", "a crowd")."""
    return actor.id.startswith(described.ID_PREFIX) and any(
        sp.root.morph.get("Number") == ["Plur"]
        or sp.root.lemma_.lower() in described.words()["collective"]
        for sp in spans
    )


def plural_people(actor: Actor, doc: Doc) -> bool:
    """``actor`` is people known by a plural description, whom "he" or "she" never names."""
    spans = [expanded_span(doc, s, e) for s, e in actor.mentions]
    return _plural_people(actor, [sp for sp in spans if sp is not None])


def agrees(pronoun: str, gender: str | None) -> bool:
    """A "he" or "she" may stand for a person of ``gender`` (any, when it is unknown)."""
    word = pronoun.lower()
    if gender is None or word not in MALE_PRONOUNS | FEMALE_PRONOUNS:
        return True
    return (gender == "male") == (word in MALE_PRONOUNS)


class Resolver:
    """Pronoun resolution over one doc's actors, in text order."""

    def __init__(self, doc: Doc, actors: list[Actor]) -> None:
        self.doc = doc
        self.actors = actors
        self.spans: dict[str, list[Span]] = {}
        for actor in actors:
            spans = [expanded_span(doc, s, e) for s, e in actor.mentions]
            self.spans[actor.id] = sorted(
                (sp for sp in spans if sp is not None), key=lambda sp: sp.start
            )
        self.index = DocIndex.of(doc)
        self.plural = {a.id for a in actors if _plural_people(a, self.spans[a.id])}
        self.gender: dict[str, str] = {}
        for actor in actors:
            if actor.type in PERSON_TYPES:
                gender = _gender_of(actor, self.spans[actor.id])
                if gender is not None:
                    self.gender[actor.id] = gender

    def candidates(self, tok: Token) -> list[Actor]:
        word = tok.lower_
        if word in PLURAL_PRONOUNS:
            # "they" is a body, or people the article names by description ("two diplomats
            # familiar with the talks ... one of them said"); "one of them" counts people
            people = [a for a in self.actors if a.id in self.plural]
            if people and _partitive(tok):
                return people
            return [a for a in self.actors if a.type in BODY_TYPES or a.id in self.plural]
        if word in BODY_PRONOUNS:
            return [a for a in self.actors if a.type in BODY_TYPES]
        want = "male" if word in MALE_PRONOUNS else "female"
        # "he" and "she" are one person, never people known by a plural description
        # ("Rohingya refugees ... Bhuiyan ... He said")
        persons = [a for a in self.actors if a.type in PERSON_TYPES and a.id not in self.plural]
        unmarked = [a for a in persons if a.id not in self.gender]
        if want == "female":
            # "Mrs Yusuf met Diallo ... she": a woman the text marks as one outranks persons
            # of unknown gender, most of whom are men in conflict news (where "spokesman" and
            # "Mr" are used far less consistently than "spokeswoman" and "Mrs")
            marked = [a for a in persons if self.gender.get(a.id) == "female"]
            return marked or unmarked
        return [a for a in persons if self.gender.get(a.id, "male") == "male"]

    def resolve(
        self, tok: Token, exclude: frozenset[str] = frozenset()
    ) -> tuple[str | None, float]:
        """The actor ``tok`` stands for (not one of ``exclude``) and its score."""
        actors = [a for a in self.candidates(tok) if a.id not in exclude]
        starts, k = self.index.sent_starts, self.index.sentence_of(tok.i)
        lo = starts[max(0, k - WINDOW_SENTENCES)]
        hi = starts[k + 1] if k + 1 < len(starts) else len(self.doc)
        # only the candidates with a mention in the window (the others score nothing)
        near = [(a, [sp for sp in self.spans[a.id] if lo <= sp.start < hi]) for a in actors]
        near = [(a, spans) for a, spans in near if spans]
        if not near and tok.lower_ in FEMALE_PRONOUNS:
            # no woman the text marks is in reach: the one person of unknown gender who is
            # ("Comfort Nyemah was eleven ... she sat"); with two, neither (most are men)
            unmarked = [a for a in self.actors if a.type in PERSON_TYPES]
            unmarked = [a for a in unmarked if a.id not in self.gender and a.id not in self.plural]
            unmarked = [a for a in unmarked if a.id not in exclude]
            near = [(a, [sp for sp in self.spans[a.id] if lo <= sp.start < hi]) for a in unmarked]
            near = [(a, spans) for a, spans in near if spans]
            near = near if len(near) == 1 else []
        actors, entities = [a for a, _ in near], [spans for _, spans in near]
        # a person pronoun is someone's: the article's persons are all candidates, so the
        # threshold (fitted on GAP, where a third person may be meant) is not applied
        threshold = None if tok.lower_ in BODY_PRONOUNS else 0.0
        if threshold == 0.0 and len(actors) == 1 and actors[0].id in self.gender:
            # one person of known gender in reach: theirs, unless binding rules them out
            return (actors[0].id, 1.0) if unbound(tok, entities)[0] else (None, 0.0)
        if len(actors) == 1 and actors[0].id in self.plural and _partitive(tok):
            return actors[0].id, 1.0  # "two diplomats ... one of them": the one group in reach
        found, score = antecedent(tok, entities, threshold=threshold, index=self.index)
        if found is None:
            return None, score
        actor = actors[found]
        word = tok.lower_
        if actor.type in PERSON_TYPES and score >= GENDER_EVIDENCE_SCORE:
            self.gender.setdefault(actor.id, "male" if word in MALE_PRONOUNS else "female")
        return actor.id, score


def resolve_pronouns(doc: Doc, actors: list[Actor]) -> dict[int, str]:
    """Token index -> actor id for the article's resolved third-person pronouns, and for the
    relative "who" of an actor's mention ("Nasser, who spoke by phone, ...")."""
    resolver = Resolver(doc, actors)
    words = MALE_PRONOUNS | FEMALE_PRONOUNS | BODY_PRONOUNS
    owner = {t.i: a for a, spans in resolver.spans.items() for sp in spans for t in sp}
    types = {a.id: a.type for a in actors}
    out: dict[int, str] = {}
    for tok in tokens_with(doc, "LOWER", words | RELATIVE):
        clause = tok.head.head if tok.lower_ == "whose" else tok.head  # "whose husband died"
        if clause.dep_ == "conj" and clause.head.dep_ in RELATIVE_CLAUSE:
            clause = clause.head  # "hackers who ... and who claimed credit": the first clause's
        if tok.lower_ in RELATIVE and clause.dep_ in RELATIVE_CLAUSE:
            noun = clause.head
            if noun.i not in owner and noun.dep_ == "appos" and noun.head.i in owner:
                # "Sylvie Mbuyi, a deputy minister who leads ...": the clause describes the
                # apposition, which is the named actor
                noun = noun.head
            for _ in range(PERSON_CLIMB_STEPS if tok.lower_ in PERSON_RELATIVES else 0):
                # "A police officer at the scene, who ...": "who" is a person, never the
                # place or thing a prepositional phrase after the person names ("A cabinet
                # minister in Port Moresby, who ...": not the state its seat names)
                if noun.i in owner and types[owner[noun.i]] not in PLACE_TYPES:
                    break
                if noun.dep_ != "nmod" or noun.head.i > noun.i:
                    break
                noun = noun.head
            if noun.i in owner and noun.i < tok.i:
                out[tok.i] = owner[noun.i]
        if tok.lower_ in RELATIVE - {"that"} and tok.i not in out and tok.i >= 2:
            # "Sylvie Mbuyi, who leads ...": a name, a comma, the relative (where the parse
            # hangs the clause elsewhere)
            if doc[tok.i - 1].text == "," and tok.i - 2 in owner:
                out[tok.i] = owner[tok.i - 2]
        elif tok.lower_ in words and tok.pos_ == "PRON" and not pleonastic(tok):
            actor, _ = resolver.resolve(tok)
            if actor is not None:
                out[tok.i] = actor
    return out


def with_pronoun_mentions(
    actors: list[Actor], doc: Doc, attributions: list[Attribution] | None = None
) -> list[Actor]:
    """``actors`` with each resolved pronoun among its actor's mentions, and with a speaker's
    "I", "me" and "my" in their own quotation ("“I have told them,” Haddad said") or their
    line of a transcript ("Yusuf: I will meet them")."""
    extra: dict[str, list[tuple[int, int]]] = {}
    for i, actor_id in (doc._.coref or {}).items():
        tok = doc[i]
        extra.setdefault(actor_id, []).append((tok.idx, tok.idx + len(tok)))
    text = doc_text(doc)
    by_id = {a.id: a for a in actors}
    for a in attributions or []:
        if a.source_actor is None:
            continue
        own = own_words(a, text)
        if _transcript_line(a, text):
            for m in SECOND_PERSON.finditer(text, *_question_before(text, a.source.pieces[0][0])):
                extra.setdefault(a.source_actor, []).append((m.start(), m.end()))
        side = speaker_side(by_id.get(a.source_actor), by_id, doc)
        for start, end in own:
            for m in FIRST_PERSON.finditer(text, start, end):
                extra.setdefault(a.source_actor, []).append((m.start(), m.end()))
            for m in FIRST_PLURAL.finditer(text, start, end) if side else ():
                extra.setdefault(side, []).append((m.start(), m.end()))
    return [
        replace(a, mentions=sorted(set(a.mentions + extra[a.id]))) if a.id in extra else a
        for a in actors
    ]


def _transcript_line(a: Attribution, text: str) -> bool:
    """``a`` is a transcript's line ("Yusuf: I will meet them")."""
    return a.source is not None and text[a.source.pieces[-1][1] :].lstrip(" ").startswith(":")


def own_words(a: Attribution, text: str) -> list[tuple[int, int]]:
    """The pieces of ``a`` in its speaker's own words: its quotation, or its transcript line;
    none for reported speech."""
    if _transcript_line(a, text):
        return list(a.content.pieces)
    if a.kind == "indirect":
        return []
    return [p for p in a.content.pieces if text[p[0] : p[0] + 1] in QUOTE_MARKS]


def not_the_speaker(doc: Doc, actors: list[Actor], attributions: list[Attribution]) -> None:
    """A "he" or "she" in a speaker's own words is someone else, since the speaker says "I"
    ("On citizenship he said nothing," Bhuiyan said, is not Bhuiyan): each that
    ``doc._.coref`` gives to the speaker is resolved again without them (or left unresolved)."""
    coref = doc._.coref
    if not coref:
        return
    text = doc_text(doc)
    resolver = None
    for a in attributions:
        if a.source_actor is None:
            continue
        for start, end in own_words(a, text):
            for tok in doc.char_span(start, end, alignment_mode="expand") or ():
                if tok.lower_ not in MALE_PRONOUNS | FEMALE_PRONOUNS:
                    continue
                if coref.get(tok.i) != a.source_actor:
                    continue
                resolver = resolver or Resolver(doc, actors)
                found, _ = resolver.resolve(tok, exclude=frozenset({a.source_actor}))
                if found is None:
                    del coref[tok.i]
                else:
                    coref[tok.i] = found


def _question_before(text: str, label_start: int) -> tuple[int, int]:
    """The span of the interviewer's turn just before an answer's line ("Q: Will you raise
    that?" before "RUSU: We raise it"): the previous non-empty line when it is another
    label's question, else an empty span."""
    end = label_start  # (no slice of the text before it: a long transcript has many lines)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    label = QUESTION_LINE.match(line)
    own = text[label_start : text.find(":", label_start)].strip()
    if label is None or not line.endswith("?") or label.group(1).strip() == own:
        return (0, 0)
    return (start + label.end(), start + len(line))


def speaker_side(speaker: Actor | None, actors: dict[str, Actor], doc: Doc) -> str | None:
    """Whom a speaker's "we" stands for: the body that speaks ("the ministry said: 'we ...'"),
    the group or force whose title a person holds ("X, a spokesman for the FLM", "X is the
    chief negotiator of the FLM", "Army spokesman X"), else an official's state when the
    article names it as an actor ("the foreign minister, X, said: 'our troops ...'"); None for
    anyone else (villagers' "we" is theirs)."""
    if speaker is None:
        return None
    if speaker.type in BODY_TYPES:
        return speaker.id
    if speaker.type not in PERSON_TYPES:
        return None
    served = _served_body(speaker, actors, doc)
    if served is not None:
        return served
    if speaker.country not in actors:
        return None
    return speaker.country if _titled(speaker, doc_text(doc)) else None


def _served_body(person: Actor, actors: dict[str, Actor], doc: Doc) -> str | None:
    """The group, armed force or organisation a person's title beside one of their mentions
    names ("X, a spokesman for the FLM", "X is the chief negotiator of the FLM", "FLM
    spokesman X"), or None: a rebel's "we" is the rebels', not the state the article places
    them in."""
    owners: dict[int, str] = {}
    for actor in actors.values():
        if actor.type in SERVED_TYPES:
            for start, end in actor.mentions:
                owners.update((i, actor.id) for i in range(start, end))
    if not owners:
        return None
    for start, end in person.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        # the mention itself may be the title's phrase ("a spokesman for the FLM", in
        # apposition to the name)
        titles = [root, *(c for c in root.children if c.dep_ in TITLE_DEPS)]
        if root.dep_ == "appos" or (
            root.dep_ == "nsubj" and any(c.dep_ == "cop" for c in root.head.children)
        ):
            titles.append(root.head)  # "the spokesman, X", "X is the chief negotiator of"
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in described.OFFICE_VERBS:
            # "X chairs the FLM", "X, who leads the FLM": the office's object
            served = [c for c in root.head.children if c.dep_ in ("obj", "dobj")]
            if served and served[0].idx in owners:
                return owners[served[0].idx]
        for title in titles:
            if title.pos_ != "NOUN" or title.lower_ not in person_titles():
                continue
            for child in title.children:
                if child.dep_ in SERVED_DEPS and child.idx in owners:
                    return owners[child.idx]
    return None


def _titled(person: Actor, text: str) -> bool:
    """A title in one of the person's mentions or among the words just before one
    ("Foreign Minister X", "X, a spokesman for")."""
    titles = person_titles()
    for start, end in person.mentions:
        before = text[max(0, start - TITLE_REACH_CHARS) : end + TITLE_REACH_CHARS]
        if {w.strip(",.").lower() for w in before.split()} & titles:
            return True
    return False


@Language.factory("parley_coref", requires=["doc._.actors"], assigns=["doc._.coref"])
def make_coref(nlp: Language, name: str) -> CorefStage:
    return CorefStage()


class CorefStage:
    """The component: a class (not a closure) so that a pipeline holding it pickles."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.coref = resolve_pronouns(doc, list(doc._.actors or []))
        return doc
