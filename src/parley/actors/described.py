"""Actors named by what they are, not who: unnamed sources ("a senior defense official",
"Iraqi security officials", "police", "two diplomats familiar with the talks"), parties named by a
collective noun ("the rebels"), and the definite descriptions that name an actor again ("the
official", "the group", "the ministry").

An indefinite or bare description that acts or speaks (the subject of a verb, or after
"according to") is an actor of its own, kept to its article (its id holds a digest of the text:
one article's "senior official" is not another's), with the country and institution the phrase
gives ("Iraqi security officials": Iraq, security; "a spokesman for the Interior Ministry":
that ministry's country and name). A definite description is a mention of the actor it names
again: the last described actor with its head noun; for a group noun, the last armed group the
article named; for an institution noun, the one actor whose name ends in that noun; for a
person noun, the last person introduced with that title ("Saad Maan, a spokesman ... the
spokesman"). Only a definite description that finds none and acts is an actor of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from parley.actors.names import slug
from parley.nlp.syntax import POSSESSOR, SUBJ, tokens_with
from parley.wordsets import word_sets

WORDS = Path(__file__).parent / "data" / "described.tsv"
# the parts of a noun phrase kept in a description (not its relative clause or "for" phrase)
MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "advmod", "det:predet"})
# the relations of the words after a noun that say which of them it means ("people familiar
# with the talks", "a person close to X", "people who attended")
POST_MODIFIERS = frozenset({"amod", "acl", "acl:relcl", "relcl", "nmod"})
# the relations that hang a relative clause on its noun (UD's and spaCy's English labels)
RELATIVE_CLAUSE = frozenset({"acl:relcl", "relcl"})
# the roles of a phrase an event befalls: a verb's object, a passive's subject
BEFALLEN_ROLES = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass", "iobj"})
# the roles of a phrase that takes part in a clause without acting (``in_clause``)
ARGUMENT_ROLES = frozenset(
    {"obj", "dobj", "iobj", "obl", "pobj", "nsubj:pass", "nsubjpass", "conj", "appos"}
)
# the words of speaking to an outlet or through it ("told state radio", "an interview with
# state television"; ``_spoken_to``)
SPEAKING_LEMMAS = frozenset({"say", "tell", "speak", "talk", "interview", "quote", "announce"})
# the verbs by which a description gives the name it goes by ("masked men identifying themselves
# as X", "a group calling itself X", "a militia known as X")
NAMING_VERBS = frozenset({"identify", "call", "know", "name"})
# the marks of a possessive ("the hauliers' federation", "the minister's office")
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# verbs of holding an office, whose object names the body a person serves ("who heads
# Ukraine's Coordination Headquarters", "who leads the Russian delegation")
OFFICE_VERBS = frozenset({"head", "lead", "chair", "command", "run", "direct"})
# adjectives that count rather than say which ("many men", "most women"; besides the
# ``indefinite`` determiners of described.tsv)
QUANTIFIERS = frozenset({"many", "more", "most", "all", "such", "numerous", "countless"})
# how far before a named person a title may stand to be theirs ("the army spokesman, X")
TITLE_WINDOW_CHARS = 40


@cache
def words() -> dict[str, frozenset[str]]:
    """The sets of ``data/described.tsv``, each noun in "-man" with its plural in "-men" as
    well: the shipped lemmatizer leaves that plural whole where it did not learn it
    ("Gunmen", "Militiamen", "Spokesmen" at a sentence's start), and English forms it so for
    every such compound (gunman, gunmen; militiaman, militiamen)."""
    return {
        name: ws | {w[:-3] + "men" for w in ws if w.endswith("man")}
        for name, ws in word_sets(WORDS).items()
    }


@dataclass(frozen=True)
class Described:
    """One description found: its span, the phrase's head, and whether it is definite."""

    span: Span
    head: Token
    definite: bool
    owner: Token | None = None  # a possessor naming whose they are ("the NHF's fighters")


def phrase(head: Token) -> Span:
    """The head noun with the modifiers before it ("A senior defense official")."""
    doc, start = head.doc, head.i
    for child in head.lefts:
        if child.dep_ in MODIFIERS:
            start = min(start, child.i if child.dep_ == "nummod" else child.left_edge.i)
    while any(t.is_punct for t in doc[start : head.i]):  # not across a dateline's dash
        start += 1
    return doc[start : head.i + 1]


def counted_by(head: Token) -> Token | None:
    """The noun of number the phrase hangs on ("Hundreds" of "Hundreds of demonstrators",
    "tens" of "tens of thousands of protesters"), whose place in the clause the people's
    phrase takes; None when there is none."""
    quantities = words()["quantities"]
    cur, found = head, None
    while (
        cur.dep_ == "nmod"
        and cur.head.lemma_.lower() in quantities
        and any(c.dep_ == "case" and c.lower_ == "of" for c in cur.children)
    ):
        cur = found = cur.head
    return found


def acts(head: Token) -> bool:
    """The phrase is a subject, a passive's agent, follows "according to", or is the subject of
    its own relative clause ("business supporters who share labor's antipathy", "diplomats,
    who said ..."); "hundreds of protesters" acts where "hundreds" does."""
    role = counted_by(head) or head
    if role.dep_ in SUBJ or role.dep_ == "obl:agent":
        return True
    for clause in head.children:
        if clause.dep_ in RELATIVE_CLAUSE and any(
            c.dep_ in SUBJ and c.lower_ in ("who", "that") for c in clause.children
        ):
            return True
    return any(c.lower_ == "according" for c in head.children) or (
        head.i >= 2 and head.doc[head.i - 2 : head.i].text.lower() == "according to"
    )


def counted(head: Token) -> bool:
    """A number stands before the noun ("six teachers", "at least 17 civilians"; "fourteen
    men", whose number the tagger may read as a noun), or a noun of number heads it
    ("hundreds of people")."""
    return counted_by(head) is not None or any(
        c.dep_ == "nummod" or (c.like_num and c.dep_ in ("compound", "amod", "det"))
        for c in head.lefts
    )


def befallen(head: Token) -> bool:
    """People an event befalls: counted ("arrested six teachers", "Four men were held"), or a
    noun of the ``affected`` set as a verb's object or passive subject ("police dispersed the
    crowd", "hostages were freed")."""
    if head.lemma_.lower() not in words()["affected"] | words()["persons"] | words()["counted"]:
        return False
    if head.dep_ in BEFALLEN_ROLES and head.head.lemma_.lower() in words()["traded"]:
        return False  # "exchanged 150 prisoners": what the two sides traded, not a party
    return counted(head) or (
        head.lemma_.lower() in words()["affected"] and head.dep_ in BEFALLEN_ROLES
    )


def named_beside(head: Token, persons: set[int]) -> bool:
    """A person's name stands in apposition to the phrase, or within it ("a spokesman for the
    ministry, Saad Maan" / "Saad Maan, a spokesman"): the named person is meant."""
    # a person inside the phrase's subtree (its edges bound it; the ancestry check is exact)
    left, right = head.left_edge.i, head.right_edge.i
    doc = head.doc
    if any(left <= i <= right and (i == head.i or head.is_ancestor(doc[i])) for i in persons):
        return True
    if head.dep_ == "appos" and head.head.i in persons:
        return True
    # the parse may hang the apposition elsewhere: a name right after the phrase's comma, or
    # right before the comma that opens it
    doc, span = head.doc, phrase(head)
    after = span.end + 1 < len(doc) and doc[span.end].text == "," and span.end + 1 in persons
    before = span.start >= 2 and doc[span.start - 1].text == "," and span.start - 2 in persons
    return after or before


def descriptions(doc: Doc, taken: set[int], persons: set[int]) -> list[Described]:
    """The described actors' phrases of ``doc``, in text order (persons and groups), outside
    the names already found (``taken``; ``persons``: the words of persons' names)."""
    w = words()
    heads = w["persons"] | w["groups"] | w["forces"] | w["offices"] | w["affected"] | w["counted"]
    out = []
    for tok in tokens_with(doc, "LEMMA", heads):
        # a noun, or one capitalised opening a sentence ("Police said ...") or as an office
        # after "the" ("the Minister said"), or a subject
        if tok.i in taken or tok.lemma_.lower() not in heads:
            continue
        if (
            tok.pos_ != "NOUN"
            and not (tok.pos_ == "PROPN" and (tok.is_sent_start or _capitalised_office(tok)))
            # a subject the tagger read as an adjective ("A customs official, who ..., said")
            and not (tok.pos_ == "ADJ" and tok.dep_ in SUBJ)
        ):
            continue
        if named_beside(tok, persons) or not _armed_unit(tok) or _named_so(tok, taken):
            continue
        if tok.lemma_.lower() in w["described_after"] | w["counted"] and not (
            any(c.dep_ in POST_MODIFIERS for c in tok.rights)
            or (
                tok.lemma_.lower() in w["counted"]
                and (counted(tok) or _definite(tok) or _qualified(tok))
            )
        ):
            continue  # "people are angry": anyone; "the men" only names men counted before
        span = phrase(tok)
        owner = next((c for c in tok.children if c.dep_ in POSSESSOR), None) or _of_name(tok)
        definite = span[0].lower_ in w["definite"] or owner is not None
        out.append(Described(span, tok, definite, owner))
    return out


def _qualified(head: Token) -> bool:
    """An adjective says which men or women ("armed men", "young men", "unknown men", "masked
    women"): a group as a number would make one."""
    quantities = words()["indefinite"] | QUANTIFIERS
    return any(
        c.dep_ == "amod" and c.pos_ in ("ADJ", "VERB") and c.lower_ not in quantities
        for c in head.lefts
    )


def _named_so(head: Token, taken: set[int]) -> bool:
    """The phrase is in apposition to a name ("The European Union and France, Congo's main
    donors") or says the name it goes by ("masked men identifying themselves as Los
    Chacales"): the named actor is meant."""
    if head.dep_ == "appos" and head.head.i in taken:
        return True
    return any(
        c.dep_ == "acl" and c.lemma_ in NAMING_VERBS and any(t.i in taken for t in c.subtree)
        for c in head.rights
    )


def acting_bodies(
    doc: Doc, taken: set[int], demonyms: frozenset[str] = frozenset()
) -> list[Described]:
    """Bodies named by their noun that speak or act ("The union said", "a local council
    warned", "the prime minister's office said", "The station reported"), outside the names
    already found (``taken``), in text order. A noun's possessor is part of the phrase unless
    it is a pronoun ("its ministry" is whoever "its" is)."""
    w = words()
    heads = (w["bodies"] | w["media"] | w["generic_bodies"]) - w["forces"] - w["not_acting_bodies"]
    out = []
    for tok in tokens_with(doc, "LEMMA", heads):
        if tok.i in taken or tok.lemma_.lower() not in heads or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.lemma_.lower() == "body" and not any(
            c.dep_ in ("amod", "compound") for c in tok.lefts
        ):
            continue  # "the body was found": a corpse; "the world body" an organisation
        if not (acts(tok) or _spoken_to(tok)) or (
            tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in w["media"] and not _several(tok)
        ):
            continue
        span = phrase(tok)
        owner = next((c for c in tok.children if c.dep_ in POSSESSOR), None)
        if owner is not None:
            between = doc[owner.right_edge.i + 1 : span.start]
            if owner.pos_ == "PRON" or any(t.text not in POSSESSIVE_MARKS for t in between):
                continue
            span = doc[owner.left_edge.i : tok.i + 1]  # "the prime minister's office"
        if span[0].lower_ not in w["definite"] | w["indefinite"] and _name_like(span, demonyms):
            continue  # "Defence Ministry said": a name the NER or the registry reads
        if any(t.i in taken for t in span):
            continue
        if any(c.dep_ == "nmod" and c.i in taken for c in tok.rights):
            continue  # "the press service of the Ministry": the named body's
        out.append(Described(span, tok, span[0].lower_ in w["definite"]))
    return out


def _spoken_to(head: Token) -> bool:
    """An outlet's noun someone speaks to or through ("Speaking to state television, he
    said", "told state radio", "said on public television"): the outlet, a channel as much as
    one that reports."""
    if head.lemma_.lower() not in words()["media"]:
        return False
    verb = head.head
    if verb.lemma_.lower() not in SPEAKING_LEMMAS:
        return False
    if head.dep_ in ("obj", "dobj", "iobj"):
        return verb.lemma_.lower() == "tell"
    cases = {c.lower_ for c in head.children if c.dep_ == "case"}
    return head.dep_ in ("obl", "nmod") and bool(cases & {"to", "on", "with"})


def _several(head: Token) -> bool:
    """A plural body's noun counted or qualified, not definite ("Thirteen Western embassies",
    "several embassies", "international aid agencies"; not a bare "embassies" nor "the
    agencies"): several bodies that act as one, an actor of their own; not a passive's
    subject ("two infantry companies would be deployed": units moved, not bodies acting)."""
    lefts = list(head.lefts)
    if head.dep_ in ("nsubj:pass", "nsubjpass"):
        return False
    if any(c.lower_ in words()["definite"] or c.dep_ in POSSESSOR for c in lefts):
        return False
    return counted(head) or any(c.dep_ in ("amod", "det") for c in lefts)


def _name_like(span: Span, demonyms: frozenset[str]) -> bool:
    """A phrase without a determiner is a name when a word of it is capitalised other than
    the sentence's first word and a demonym ("Defence Ministry", not "State television" nor
    "Iranian state media")."""
    return any(
        t.is_title and not t.is_sent_start and t.text not in demonyms for t in span
    ) or not any(t.is_lower for t in span)


def _definite(head: Token) -> bool:
    return phrase(head)[0].lower_ in words()["definite"]


def _armed_unit(tok: Token) -> bool:
    """False for a lone "force" or "guard" ("the force" of a mission, "a guard" of a prison)
    or a body's ("the task force"): "security forces", "the air force", "border guards" and
    "forces" name a state's forces."""
    lemma = tok.lemma_.lower()
    if lemma not in ("force", "guard"):
        return True
    modifiers = {c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound")}
    if modifiers:
        return bool(modifiers & words()["armed_unit_modifiers"])
    return lemma == "force" and tok.tag_ == "NNS"  # "forces loyal to X"


@cache
def office_nouns() -> frozenset[str]:
    """The nouns a person is named by or an office is ("spokesman", "minister")."""
    return words()["persons"] | words()["offices"]


# The dependents that write an office's own words before its noun ("Foreign" of "the Foreign
# Minister", "Ethiopian" and "Defence" of "the Ethiopian Defence Minister").
OFFICE_WORD_DEPS = frozenset({"amod", "compound"})


def _capitalised_office(tok: Token) -> bool:
    """A person's noun written capitalised after "the" or a possessor, as a release writes an
    office ("the Minister said", "the Envoy", "The Kenyan Foreign Minister", "Pakistan's
    Prime Minister": capitalised words of the office between), not opening a name ("the
    Minister Rania Haddad")."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.lemma_.lower() not in office_nouns():
        return False
    if after is not None and after.is_title:
        return False
    k = tok.i - 1
    while k >= 0 and doc[k].head.i == tok.i and doc[k].dep_ in OFFICE_WORD_DEPS:
        if not doc[k].is_title:
            return False
        k -= 1
    if k < 0:
        return False
    before = doc[k]
    if before.lower_ == "the" and before.head.i == tok.i:
        return True
    # "Pakistan's Prime Minister": the possessor's "'s", the possessor a child of the office
    return before.dep_ == "case" and before.head.dep_ in POSSESSOR and before.head.head.i == tok.i


def _of_name(head: Token) -> Token | None:
    """The name in an "of"/"from" phrase after a head that names its people ("fighters of the
    MRC", "troops from the Fifth Brigade"): whose they are, as a possessor would say; not
    after a collective noun ("a faction of the FARC" is a part, not the whole)."""
    if head.lemma_.lower() in words()["group_names"]:
        return None
    for child in head.rights:
        if (
            child.dep_ == "nmod"
            and child.pos_ in ("PROPN", "NOUN")
            and any(c.dep_ == "case" and c.lower_ in ("of", "from") for c in child.children)
        ):
            return child
    return None


def in_clause(head: Token) -> bool:
    """The phrase is an argument of a clause though it neither acts nor is befallen: a verb's
    object or oblique ("met with residents", "handed them to a humanitarian commission"), a
    passive's subject, or a conjunct or apposition of one ("police and residents"); not the
    audience of a statement ("told reporters") nor people two sides trade; only people, not
    armed men ("killed 30 militants" are the group's, which "the group" names again), and
    no phrase holding a name."""
    if head.dep_ in BEFALLEN_ROLES and head.head.lemma_.lower() in words()["traded"]:
        return False  # "exchanged 150 prisoners": what the two sides traded, not a party
    named = any(
        t.pos_ == "PROPN" for c in head.children if c.dep_ in POST_MODIFIERS for t in c.subtree
    )
    if kind_of(head) != "person" or named or any(t.pos_ == "PROPN" for t in phrase(head)):
        return False  # "killed 30 militants": the group's men; "the former FARC guerrilla"
    return head.dep_ in ARGUMENT_ROLES and head.lemma_.lower() not in words()["audience"]


def kind_of(head: Token) -> str:
    """The actor type a description's head noun gives."""
    lemma = head.lemma_.lower()
    if lemma in words()["forces"]:
        return "military"
    return "group" if lemma in words()["groups"] else "person"


def institution(span: Span, head: Token) -> str | None:
    """The institution words of a description ("defense", "security")."""
    wanted = words()["institutions"]
    found = [t.text.lower() for t in span if t.i != head.i and t.lemma_.lower() in wanted]
    return " ".join(found) or None


def name_of(span: Span) -> str:
    """The description without its determiners and numbers ("senior defense official")."""
    w = words()
    kept = [
        t for t in span if t.lower_ not in w["indefinite"] | w["definite"] and t.dep_ != "nummod"
    ]
    text = " ".join(t.text for t in kept) or span.text
    # a capital only because the phrase opens a sentence ("Senior officials said") is dropped;
    # a demonym's or an office's is kept ("the Swiss ambassador", "the Indian Prime Minister")
    opens = kept and kept[0].pos_ != "PROPN" and (kept[0].is_sent_start or not kept[0].is_title)
    return text[0].lower() + text[1:] if opens else text


# The id of an actor known by description opens with this.
ID_PREFIX = "unnamed:"


def described_id(name: str, doc_key: str) -> str:
    return f"{ID_PREFIX}{slug(name)}:{doc_key}"


@dataclass
class Found:
    """A description's actor: an earlier one it names again, or a new one."""

    actor: str | None  # the id of the actor it names again
    name: str = ""
    type: str = "person"
    country: str | None = None
    role: str | None = None


def _one_office(item: Described) -> bool:
    """A definite office in the singular names the one person who holds it ("the internal
    security minister said", "the Minister of Security"); "ministers of the two countries",
    "a minister" and a possessed "Fiji's foreign minister" name no one here."""
    # a possessed office ("Fiji's foreign minister") stays its possessor's, as before
    plain = item.owner is None and item.span[0].lower_ in words()["definite"]
    return plain and item.head.tag_ in ("NN", "NNP")


def settle(
    item: Described,
    earlier: Callable[[Described], str | None],
    country_of: Callable[[Span], tuple[str | None, str | None]],
) -> Found | None:
    """What one description stands for (None: no actor, as for a definite description that
    names nothing and does not act)."""
    if item.definite:
        again = earlier(item)
        if again is not None:
            return Found(again)
        if item.head.lemma_.lower() in words()["counted"] and not counted(item.head):
            return None  # "the men" with no men counted before: anyone
    if not (acts(item.head) or befallen(item.head) or in_clause(item.head)) or (
        item.head.lemma_.lower() in words()["offices"] and not _one_office(item)
    ):
        return None
    kind = kind_of(item.head)
    country, via = country_of(item.span)
    role = institution(item.span, item.head) or via
    return Found(None, name_of(item.span), kind, country, role)
