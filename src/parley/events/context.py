"""What the events stage knows of one article besides its parse, and where its places are told."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from parley.actors.pronouns import speaker_side
from parley.actors.resolve import STATE_SIDE_TYPES, ranked_parties
from parley.events.clauses import _clause
from parley.events.grammar import (
    FIRST_PLURAL,
    FIRST_SINGULAR,
    FORCE_NOUNS,
    GOVERNMENT_NOUNS,
    PLACE_CASES,
    PLACE_NOUNS,
    PLACE_VERBS,
    POLICE_NOUNS,
    SIDE_NOUNS,
    STATE_NOUNS,
    TITLE_WINDOW_CHARS,
)
from parley.model import Actor, Attribution
from parley.nlp.syntax import (
    OBJ,
    doc_text,
)

# The kinds of actor that are a state's own bodies (``Context.home_state``).
STATE_BODY_TYPES = ("country", "government", "military")


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
        self.text = text = doc_text(self.doc)
        # each token's sentence as (start, end) token indices, computed once (Token.sent
        # walks the whole doc on every call)
        self.sent_of: list[tuple[int, int]] = [(0, 0)] * len(self.doc)
        for sent in self.doc.sents:
            for i in range(sent.start, sent.end):
                self.sent_of[i] = (sent.start, sent.end)
        self.ranked = ranked_parties(self.actors, text)
        self.parties = sorted(self.ranked[:2], key=lambda a: min(a.mentions))
        self.affiliation = self._affiliations()

    def set_aside(self, mediators: set[str]) -> None:
        """Take the article's go-betweens out of its parties: the two main parties are the
        two most mentioned that the text does not name as mediators or hosts of the talks
        (issue 20 item 2: a mediator is never a target unless the clause makes it one); none
        are set aside when fewer than two parties would remain."""
        kept = [a for a in self.ranked if a.id not in mediators]
        if len(kept) < 2 or len(kept) == len(self.ranked):
            return
        self.ranked = kept
        self.parties = sorted(kept[:2], key=lambda a: min(a.mentions))

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

    def cue_speaker(self, tok: Token) -> list[str]:
        """The resolved speaker of the attribution whose cue ``tok`` is ("denied", "urged"):
        the attribution stage found who spoke where the clause's own subject names no actor."""
        for a in self.attributions:
            cue = a.cue.pieces if a.cue is not None and a.source_actor is not None else ()
            if any(s <= tok.idx < e for s, e in cue):
                return [a.source_actor]
        return []

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
        """The actor a pronoun stands for, as the output's mentions give it: a speaker's "I"
        and "me" in their report are the speaker; their "we", "us" and "our" the side they
        speak for (the body named in their title, else ``speaker_side``'s body or state), or
        the speaker; a third-person pronoun is ``doc._.coref``'s answer."""
        word = tok.lower_
        if word in FIRST_SINGULAR:
            return self.speaker_of(tok)
        if word in FIRST_PLURAL:
            speaker = self.speaker_of(tok)
            if not speaker:
                return []
            side = self.affiliation.get(speaker[0]) or speaker_side(
                self.by_id.get(speaker[0]), self.by_id, self.doc
            )
            return [side or speaker[0]]
        found = (self.doc._.coref or {}).get(tok.i)
        if found is None:
            return []
        if word in ("they", "them", "their"):
            # "they" after "the two sides": both parties
            before = [(ms, me) for ms, me, aid in self.mentions if aid == found and me <= tok.idx]
            if before:
                return self.actors_at(*max(before))
        return [found]

    def possessed(self, head: Token) -> list[str]:
        """ "his country", "its government": the state of the person or body the pronoun
        stands for; "his side", "its fighters": the body that person speaks for, or that
        body itself."""
        lemma = head.lemma_.lower()
        if lemma not in STATE_NOUNS and (lemma not in SIDE_NOUNS or _of_another_body(head)):
            return []
        poss = next((c for c in head.children if c.dep_ in ("nmod:poss", "poss")), None)
        if poss is None or poss.pos_ != "PRON":
            return []
        owner = self.pronoun(poss)
        if not owner:
            return []
        if lemma not in STATE_NOUNS:
            return [self.affiliation.get(owner[0], owner[0])]
        actor = self.by_id[owner[0]]
        state = [a.id for a in self.actors if a.type == "country" and a.country == actor.country]
        return state[:1] if actor.country and state else owner[:1]

    def forces_by_noun(self, head: Token) -> list[str]:
        """ "the army", "troops", "the armed forces", "police": the article's one army (or one
        police force, for a police noun) when it has exactly one; none when two armies or no
        army are told (whose troops is then for the parse to say)."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma not in FORCE_NOUNS:
            return []
        if lemma == "force" and head.tag_ != "NNS":
            return []  # "the use of force"
        return self.forces_of(lemma in POLICE_NOUNS)

    def forces_of(self, police: bool) -> list[str]:
        """The article's one police force (``police``) or one army, when it has exactly one."""
        forces = [
            a.id
            for a in self.actors
            if a.type == "military" and ("police" in a.name.lower() or "POLICE" in a.id) == police
        ]
        return forces if len(forces) == 1 else []

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

    def home_state(self, actor_id: str) -> list[str]:
        """The state of ``actor_id``'s country as the article names it (its country's actor,
        else its government's), when the actor is no state body itself; else none."""
        actor = self.by_id.get(actor_id)
        if actor is None or actor.country is None or actor.type in STATE_BODY_TYPES:
            return []
        for kind in ("country", "government"):
            named = [a.id for a in self.actors if a.type == kind and a.country == actor.country]
            if named:
                return named[:1]
        return []

    def side(self, actor_id: str) -> str:
        """Whose side an actor is on: a state's officials are the state; an armed group or an
        army keeps its own side (a civil war's parties share a country)."""
        if actor_id in self.affiliation:
            return self.affiliation[actor_id]
        actor = self.by_id.get(actor_id)
        if actor and actor.country and actor.type in STATE_SIDE_TYPES:
            return actor.country
        return actor_id

    def lone_armed_group(self, besides: set[str]) -> str | None:
        """The article's one armed group (a named or described group, not a state's side),
        when it has exactly one besides ``besides``: the likeliest doer of an attack whose
        doer the clause does not name."""
        groups = [a.id for a in self.actors if a.type == "group" and a.id not in besides]
        return groups[0] if len(groups) == 1 else None

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

    def other_party(self, actor_id: str) -> str | None:
        """Whom an act of ``actor_id`` is aimed at when its clause names no one: the other of
        the two main parties, else the article's most mentioned party on another side (a
        minister of neither main party still answers the side the article is about)."""
        other = self.counterpart(actor_id)
        if other is not None:
            return other
        mine = self.side(actor_id)
        return next(
            (
                p.id
                for p in self.ranked
                if self.side(p.id) != mine and not self.own_state(actor_id, p.id)
            ),
            None,
        )

    def own_state(self, actor_id: str, other_id: str) -> bool:
        """Is ``other_id`` the state or the army of ``actor_id``'s own country (Azerbaijan and
        the Azerbaijani army, a government's spokesman and its army: one side)? An armed group
        of the same country is not (a civil war's parties share a country)."""
        actor, party = self.by_id.get(actor_id), self.by_id.get(other_id)
        if actor is None or party is None or actor.country is None:
            return False
        if party.country != actor.country:
            return False
        state_side = ("country", "government", "military")
        return actor.type in (*STATE_SIDE_TYPES, "military") and party.type in state_side


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


def _of_another_body(head: Token) -> bool:
    """Whether a side noun's compound names the body its people belong to, which is not the
    owner's side: "its crew members" are the members of its crew (a ship's), "her staff
    members" of her staff; "its party members" and "his troop commanders" stay the owner's."""
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in SIDE_NOUNS
        for c in head.children
    )
