"""Finding events: triggers from the lexicon in verbs, nouns and reported speech, as drafts."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from parley.actors.described import ID_PREFIX as DESCRIBED_PREFIX
from parley.dates import holds_time
from parley.events.clauses import (
    Draft,
    _aux,
    _clause,
    _consequence,
    _from_subject,
    _in_relative,
    _infinitive_series,
    _own_subject,
    _passive,
    _proposal_subtype,
    _span,
    _stranded_subject,
    is_future,
    narrating_relative,
    predicate_participle,
    relative_clause,
    subject,
)
from parley.events.context import Context, _place_scopes
from parley.events.figurative import figure
from parley.events.grammar import (
    AGENTLESS_TYPES,
    ANONYMITY_WORDS,
    ASKING_VERBS,
    BINDING,
    CLAUSE_DEPS,
    COMMITTED,
    COMPLEMENT_PATH,
    CONDITION_MARKS,
    COUNTRY_CASES,
    DEFINITE_DETS,
    DESIRE_VERBS,
    DOER_VERBS,
    EMPTY_SUBJECTS,
    GENERIC_DETS,
    HOSTING,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_MARKS,
    INSIST_VERBS,
    INVERTED_CONDITION,
    MEDIATING_VERBS,
    MEDIATOR_NOUNS,
    MEETING_CASES,
    MEETING_NOUNS,
    MEMBER_NOUNS,
    NOT_UNDERTAKEN,
    NOT_YET_MODIFIERS,
    NOUN_MODIFIERS,
    OBLIGATION_AUX,
    PEOPLE_NOUNS,
    PERSONAL_OBJECTS,
    PLACE_OR_TIME_CASES,
    PROMISABLE,
    QUESTION_WORDS,
    REAFFIRMING,
    REFLEXIVES,
    RELATIVE_SPEECH_TYPES,
    RESUMING_VERBS,
    RETALIATION_VERBS,
    SCHEDULING_WORDS,
    SEPARATE_MARKS,
    SIDE_NOUNS,
    SPEECH_ACT_TYPES,
    SPEECH_ACTS,
    SPEECH_GAP_CHARS,
    TALK_CONTAINERS,
    TARGET_CASES,
    THREAT_OBJECTS,
    THREAT_VERBS,
    VERBAL_ATTACKS,
    VERBAL_MODIFIERS,
    VIOLENT_MEANS,
)
from parley.events.lexicon import Lexicon, Trigger
from parley.events.places import Gazetteer
from parley.events.unrealised import not_done
from parley.nlp.syntax import (
    AGENT,
    COMPLEMENT,
    FINITE_TAGS,
    OBJ,
    RELATIVE,
    SUBJ,
    indices_with,
    possessor,
    tokens_tagged,
    tokens_with,
)
from parley.nlp.syntax import PASSIVE_SUBJ as PASS_SUBJ
from parley.nlp.syntax import case as _case
from parley.nlp.syntax import mark as _mark
from parley.nlp.syntax import negated as is_negated


def _threat(verb: Token) -> bool:
    """Does a consequence tell a harm to the other side ("will close the highway", "will call a
    general strike", "deliveries will be cut", "will step up its attacks")?"""
    if verb.lemma_.lower() in THREAT_VERBS:
        return True
    return any(c.dep_ in OBJ and c.lemma_.lower() in THREAT_OBJECTS for c in verb.children)


def _retaliation(verb: Token) -> bool:
    """Does a side's word of what it will do threaten force: a verb of retaliation ("vowed to
    respond", "will answer every shell"), a harm to the other side (``_threat``: "vowed to take
    revenge"), or defending itself ("we will defend ourselves", "it will defend itself")?"""
    if verb.lemma_.lower() in RETALIATION_VERBS or _threat(verb):
        return True
    if verb.lemma_.lower() != "defend":
        return False
    objects = [c for c in verb.children if c.dep_ in OBJ]
    return all(c.lower_ in REFLEXIVES for c in objects)


def _container(noun: Token) -> Token | None:
    """The noun that holds ``noun`` ("a round of talks", "a first day of negotiations") when
    it is a verb's object, else None."""
    head = noun.head
    if noun.dep_ != "nmod" or head.lemma_.lower() not in TALK_CONTAINERS or head.dep_ not in OBJ:
        return None
    if not any(c.dep_ == "case" and c.lower_ == "of" for c in noun.children):
        return None
    return head


def _relatives(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in RELATIVE or c.dep_ == "acl"]


def _subjunctive(verb: Token) -> bool:
    """A bare verb with a subject of its own ("that the MRC withdraw"): base form, or a
    present form that does not agree with a singular subject."""
    subj = _own_subject(verb)
    if subj is None:
        return False
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and subj.tag_ in ("NN", "NNP"))


def _asks_another(verb: Token) -> bool:
    """Does a request verb ask another party to act here? Not "wants to return" (a wish of
    one's own), "asked whether ..." (a question) or "insisted that he never said it" (a
    claim); "wants Israel to withdraw", "asked Kabul to act", "insisted that Kyiv must" yes."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma in DESIRE_VERBS:
        # "wants Israel to withdraw"; "wanted all forty prisoners freed" (the parse gives the
        # complement its own subject)
        return any(c.dep_ in OBJ for c in children) or any(
            c.dep_ in ("xcomp", "ccomp") and any(k.dep_ in SUBJ for k in c.children)
            for c in children
        )
    if lemma in INSIST_VERBS:
        if any(c.dep_ == "obl" and _case(c) == "on" for c in children):
            return True
        comps = [c for c in children if c.dep_ in COMPLEMENT]
        # "insists that the MRC withdraw": a subjunctive, a bare verb with its own subject
        subjunctive = any(_subjunctive(c) for c in comps)
        return subjunctive or any(a.lower_ in OBLIGATION_AUX for c in comps for a in c.children)
    if lemma in ASKING_VERBS and not _asks_for_act(verb):
        return False  # "was asked about her views", "appealing to younger voters"
    if lemma in ASKING_VERBS and (_asks_for_self(verb) or _asks_anonymity(verb)):
        return False  # "asked not to be named", "asked us not to use his name"
    for c in children:
        if c.dep_ in OBJ and c.lemma_.lower() in QUESTION_WORDS:
            return False  # "asked the question"
        if c.dep_ in COMPLEMENT and any(
            k.lower_ in QUESTION_WORDS
            and k.i < c.i
            and k.dep_ in ("mark", "advmod", "nsubj", "obj")
            for k in c.children
        ):
            return False  # "asked whether he had thoughts"
    return True


def _asks_for_act(verb: Token) -> bool:
    """Does "ask", "appeal" or "plead" say what is asked: an act ("asked Kabul to act",
    "appealed for calm", "asked that the talks resume") rather than a question or a pitch
    ("was asked about her views", "appealing to younger voters", "just ask him")?"""
    for c in verb.children:
        if c.dep_ in ("obl", "nmod") and _case(c) == "about":
            return False
    for c in verb.children:
        if c.dep_ in COMPLEMENT or (c.dep_ == "advcl" and _mark(c) == "to"):
            return True
        if c.dep_ in ("obl", "nmod") and _case(c) == "for":
            return True
    return False


def _asks_for_self(verb: Token) -> bool:
    """Does "ask" ask only for something of the asker's own ("asked not to be named", "asked
    to speak anonymously"): an open complement with no one named to act, no "for" phrase
    ("ask for the truce to be extended") and no one asked ("was asked to mediate")?"""
    for c in verb.children:
        if (
            c.dep_ in OBJ
            or c.dep_ in PASS_SUBJ
            or (c.dep_ in ("obl", "nmod") and _case(c) == "for")
        ):
            return False
    return any(c.dep_ == "xcomp" for c in verb.children)


def _asks_anonymity(verb: Token) -> bool:
    """Does "ask" ask that the asker not be named ("asked us not to use his name", "asking
    that his name not be used", "asked for anonymity"): a reporter's note on a source, no
    request of a party (``anonymity_words``)?"""
    for c in verb.children:
        if c.dep_ not in COMPLEMENT and c.dep_ != "advcl" and _case(c) != "for":
            continue
        words = [t for t in c.subtree if t.lemma_.lower() in ANONYMITY_WORDS]
        if any(t.lemma_.lower() in ("anonymity", "anonymously") for t in words):
            return True
        if words and any(t.dep_ == "advmod" and t.lower_ in ("not", "n't") for t in c.subtree):
            return True
    return False


def _unasserted(verb: Token) -> bool:
    """Is a cue asked about or said of whom a relative clause describes, not reported as
    done ("whether lawmakers wanted ...", "voters who want Washington to change")? A relative
    clause with its own subject still tells the act ("the withdrawal, which Yerevan
    requested")."""
    if _mark(verb) in QUESTION_WORDS or any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children
    ):
        return True
    own = _own_subject(verb)
    return relative_clause(verb) is verb and (own is None or own.tag_ in ("WP", "WDT"))


def _background(tok: Token) -> bool:
    """Does ``tok`` stand in a relative clause that only says which thing is meant? Not one
    that goes on with the story (``narrating_relative``: ", where he met them")."""
    verb = relative_clause(tok)
    return verb is not None and not narrating_relative(verb)


def _speech_in_relative(trig: Trigger, verb: Token) -> bool:
    """Does a relative clause headed by a speech act tell that act rather than say which
    thing is meant: one set off by a comma ("the movement, which accuses the government of
    ...", "Shinwari, who demanded that ...") or one with a subject of its own ("the release,
    which Minsk has refused")? A non-restrictive relative adds a statement of its own (Quirk
    et al. 1985, 17.3); a future or hypothetical act is none yet."""
    if trig.type not in RELATIVE_SPEECH_TYPES or verb.dep_ not in RELATIVE or is_future(verb):
        return False  # "Abiy, who signed a peace deal in 2018": who he is
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in verb.children):
        return False
    own = _own_subject(verb)
    if own is not None and own.tag_ not in ("WP", "WDT") and own.pos_ != "PRON":
        return True  # "which Minsk has refused"
    first = min((t for t in verb.subtree if not t.is_punct), key=lambda t: t.i)
    return first.i > 0 and verb.doc[first.i - 1].text == "," and first.lower_ in ("who", "which")


def _purpose_of_meeting(anchor: Token, triggers) -> bool:
    """Is ``anchor`` what a meeting is held to do ("met on Monday to discuss the fees",
    "talks to discuss a truce"): the meeting's own event, not a second one?"""
    head = anchor.head
    if anchor.dep_ not in ("advcl", "xcomp", "acl") or head.i not in triggers:
        return False
    return triggers[head.i][0].type == "CONSULT"


def _verb_as_noun(tok: Token) -> bool:
    """A verb the tagger took for a noun ("The Israeli leader frequently meets with ..."
    tagged a plural noun): a subject of its own and no copula, so no predicate noun."""
    if tok.pos_ != "NOUN":
        return False
    deps = {c.dep_ for c in tok.children}
    return bool(deps & {"nsubj", "nsubj:pass"}) and "cop" not in deps


# The fine tags of a word that may name an event: nouns, and -ing forms (``_gerund_noun``).
NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "VBG"})


def _gerund_noun(tok: Token) -> bool:
    """An -ing form the tagger took for a verb that stands as a noun ("a mass shooting",
    "the killing"): a determiner or modifier of its own, no subject or auxiliary."""
    if tok.tag_ != "VBG":
        return False
    deps = {c.dep_ for c in tok.children}
    nominal = bool(deps & {"det", "nmod:poss", "poss", "amod", "compound"})
    return nominal and not deps & {"nsubj", "nsubj:pass", "aux", "aux:pass", "obj"}


def _named_in(noun: Token) -> bool:
    """Does the phrase name the event by a name, a demonym or a place ("the Iraq war", "the
    Mexican War", "the war in Syria")?"""
    for child in noun.children:
        proper = child.pos_ == "PROPN" or child.ent_type_ in ("GPE", "NORP", "LOC", "EVENT")
        if child.dep_ in ("compound", "amod", "nmod:poss", "poss") and proper:
            return True
        if child.dep_ == "nmod" and _case(child) in ("in", "on", "against") and proper:
            return True
    return False


def _names_one(noun: Token, trig: Trigger) -> bool:
    """Does the noun phrase name one event of the nominal trigger's kind (its ``needs``:
    ``data/nominal_events.tsv``)?"""
    if "agent" in trig.needs or "participants" in trig.needs:
        return _predicated(noun)  # "anti-war protesters"; who meets is read after
    if "named" in trig.needs:
        return _predicated(noun) and _named_in(noun)
    return _specific(noun)


def _one_meeting(noun: Token, named: bool) -> bool:
    """A meeting noun whose modifiers name one meeting ("Saturday's call", "a conference
    call", "the meeting at a hotel", "a two-day meeting of its committee"), not a bare "the
    talks", a series with no party named ("early meetings") nor a call for something ("calls
    for probes"); ``named``: the phrase names a party ("the Obama-Xi talks")."""
    for child in noun.children:
        if child.dep_ in ("nmod", "acl") and (_case(child) == "for" or _mark(child) == "to"):
            return False
    if noun.tag_ == "NNS" and not named:
        return False  # "attending meetings", "those early meetings": a series, not one
    for child in noun.children:
        if child.dep_ in ("nmod:poss", "poss", "compound", "nummod", "amod"):
            return True
        if child.dep_ == "nmod" and _case(child) in PLACE_OR_TIME_CASES | {"of"}:
            return True
    return False


def _noun_phrase(noun: Token) -> list[Token]:
    """A nominal event's words: its modifiers before it and what follows it in its phrase,
    without relative clauses ("a suicide bombing in Logar", not "two days after ...")."""
    start = noun.i
    for child in noun.lefts:
        if child.dep_ in NOUN_MODIFIERS:
            start = min(start, child.left_edge.i)
    relatives = _relatives(noun)
    return [
        t
        for t in noun.subtree
        if t.i >= start
        and not (t.head == noun and t.dep_ in ("case", "punct"))
        and not any(t in r.subtree for r in relatives)
    ]


def _predicated(noun: Token) -> bool:
    """Neither a compound's modifier, a predicate, negated, nor yet to come ("the next
    attack")."""
    if noun.dep_ == "compound" or any(c.dep_ == "cop" for c in noun.children):
        return False
    if any(c.lower_ in NOT_YET_MODIFIERS or c.lower_ in GENERIC_DETS for c in noun.lefts):
        return False  # "the next attack", "every local meeting"
    return not is_negated(noun)


def _specific(noun: Token) -> bool:
    """Does the phrase name one event ("the shooting", "Sunday's massacre", "a deadly attack
    in Germany") rather than a kind of act ("attacks are rising") or a predicate ("is an
    attack on all of us")? Not a compound's modifier ("attack ads") nor negated."""
    if not _predicated(noun):
        return False
    past = noun.head.tag_ in ("VBD", "VBN") and noun.dep_ in ("obj", "nsubj", "nsubj:pass")
    for child in noun.children:
        if child.dep_ == "det" and (child.lower_ in DEFINITE_DETS or past):
            return True  # "the shooting"; "joined a protest"
        if child.dep_ in ("nmod:poss", "poss", "nummod", "compound", "amod"):
            return True
        if child.dep_ == "nmod" and _case(child) in PLACE_OR_TIME_CASES:
            return True
    return False


# The id prefix of an actor the actors stage made of a description ("gunmen", "46 members of
# the group"): no name of its own (``parley.actors.described``).
DESCRIBED = DESCRIBED_PREFIX

# Prepositions by which a phrase names the body a member belongs to ("members of", "men from").
MEMBERSHIP_CASES = frozenset({"of", "from"})


class Finder:
    """Finds events in one doc; built once per pipeline with its lexicon and gazetteer."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer, country_words: dict[str, str]):
        self.lex = lexicon
        self.gaz = gazetteer
        self.country_words = country_words
        # the words a trigger can be (``trigger`` reads no other)
        self.trigger_lemmas = frozenset(self.lex.verbs) | frozenset(self.lex.nouns)
        # the words and lemmas a nominal event can be (``_nominal_trigger`` reads no other):
        # its lexicon's words, and their plurals in "s"
        nominal = frozenset(self.lex.nominal)
        self.nominal_words = nominal | {f"{w}s" for w in nominal}
        # the regular inflections of the trigger verbs, for a form the lemmatizer left whole
        # ("freed", "summoned": ``lemma``)
        self.inflected = inflections(self.lex.verbs)
        self.inflected_words = frozenset(self.inflected)
        self.noun_words = frozenset(self.lex.nouns)
        # made once: ``tokens_with`` keeps each word set's ids by the set, so a set made anew
        # for every article would have them computed again each time
        self.whole_words = self.inflected_words | self.noun_words

    def lemma(self, tok: Token) -> str:
        """``tok``'s lemma as the trigger table reads it: the lemmatizer's, or for a verb form
        it left whole ("freed", "summoned" with lemma "freed", "summoned"), the trigger verb
        the form regularly inflects."""
        lemma = tok.lemma_.lower()
        if lemma in self.trigger_lemmas:
            return lemma
        if not tok.tag_.startswith("VB") and not predicate_participle(tok):
            return lemma
        return self.inflected.get(tok.lower_, lemma) if lemma == tok.lower_ else lemma

    # -- triggers -----------------------------------------------------------------------
    def trigger(self, tok: Token) -> tuple[Trigger, Token] | None:
        """The trigger ``tok`` is and the token its event hangs on, or None."""
        lemma = self.lemma(tok)
        # "negotiating strategy", "attack ads": a bare verb form before a noun, no clause of
        # its own ("accused Addis Ababa of ..." parsed as a modifier keeps its clause)
        modifier = tok.dep_ in ("amod", "compound") and not any(
            c.dep_ in CLAUSE_DEPS for c in tok.children
        )
        verbal = (tok.pos_ == "VERB" or tok.tag_.startswith("VB")) and not tok.tag_.startswith("NN")
        verbal = verbal or predicate_participle(tok)  # "one farmer was wounded"
        if (verbal or _verb_as_noun(tok)) and not modifier:
            # not "the shooting" tagged a noun but lemmatised and typed as a verb's form
            if self._light_verb(tok):
                return None  # "exchanged fire": the object noun's event, not an exchange
            for trig in self.lex.verbs.get(lemma, ()):
                if trig.type == "REQUEST" and not _asks_another(tok):
                    continue
                if not trig.needs or self._governs(tok, trig.needs):
                    return trig, tok
        if tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NN", "NNS"):
            held = _container(tok)
            # a noun the lemmatizer read as a verb's gerund ("border crossing" -> "cross")
            rows = self.lex.nouns.get(lemma) or self.lex.nouns.get(tok.lower_, ())
            for trig in rows:
                if held is not None and held.head.lemma_.lower() in trig.needs:
                    return trig, held.head  # "began a second round of talks"
                head = tok.head
                by_for = any(c.dep_ == "case" and c.lower_ == "for" for c in tok.children)
                if "for" in trig.needs and by_for and head.pos_ in ("VERB", "AUX") and head != tok:
                    return trig, head
                # "took six men into custody": the noun as an object, a passive's subject or
                # a phrase of the light verb (an adverbial clause where the parse misread it)
                if head.lemma_.lower() in trig.needs and (
                    tok.dep_ in OBJ
                    or tok.dep_ in PASS_SUBJ
                    or tok.dep_ in ("obl", "advcl", "xcomp")
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

    def _light_verb(self, verb: Token) -> bool:
        """Is ``verb`` a trigger only as the light verb of its object's event ("exchanged
        fire", where "exchange" alone is a release of prisoners)?"""
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.verbs:
            return False
        return any(
            c.dep_ in OBJ
            and any(lemma in t.needs for t in self.lex.nouns.get(c.lemma_.lower(), ()))
            for c in verb.children
        )

    @staticmethod
    def _governs(tok: Token, words: frozenset[str]) -> bool:
        for child in tok.children:
            if child.dep_ in ("compound:prt", "prt", "advmod") and child.lower_ in words:
                return True
            if child.dep_ in ("obl", "obj", "iobj") and any(
                c.dep_ == "case" and c.lower_ in words for c in child.children
            ):
                return True
            # "calling for the United States to step up ...": the parse makes the word the
            # mark of the clause that follows the verb
            if child.dep_ in ("advcl", "ccomp", "xcomp") and any(
                c.dep_ == "mark" and c.lower_ in words and c.i == tok.i + 1 for c in child.children
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
        if head.lemma_.lower() in SIDE_NOUNS and (mine := ctx.possessed(head)):
            return mine  # "its fighters": the group, not a description of its own
        own = ctx.actors_at(head.idx, head.idx + len(head))
        if own and all(a.startswith(DESCRIBED) for a in own):
            # "46 members of the extremist group": the group, not the members' description
            body = self._body_of_members(head, ctx)
            if body:
                return body
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
        return ctx.possessed(head) or self._demonym_actor(head, ctx) or ctx.forces_by_noun(head)

    def _body_of_members(self, head: Token, ctx: Context) -> list[str]:
        """The named body whose members ``head`` names ("members of the BKF", "leaders from
        both clans", ``MEMBER_NOUNS``), or none."""
        if head.lemma_.lower() not in MEMBER_NOUNS:
            return []
        for child in head.children:
            if child.dep_ in ("nmod", "obl") and _case(child) in MEMBERSHIP_CASES:
                body = [a for a in self.phrase_actors(child, ctx) if not a.startswith(DESCRIBED)]
                if body:
                    return body
        return []

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
        ctx.set_aside(self._mediators(doc, ctx))
        triggers: dict[int, tuple[Trigger, Token, Token]] = {}
        whole = [
            t
            for t in tokens_with(doc, "LOWER", self.whole_words)
            if t.lemma_.lower() not in self.trigger_lemmas
        ]
        for tok in sorted(
            tokens_with(doc, "LEMMA", self.trigger_lemmas) + whole, key=lambda t: t.i
        ):
            found = self.trigger(tok)
            if found is not None and found[1] == tok and self._figure(found[0], tok, ctx):
                continue  # "attacked Clinton", "killed the bill": words, not violence
            if found is not None and not_done(found[0].type, found[1]):
                continue  # "should be deported", "the move to ban him": talked of, not done
            if found is not None and found[1].i not in triggers:
                triggers[found[1].i] = (found[0], found[1], tok)
        drafts: list[Draft] = []
        consumed: set[int] = set()
        for i in sorted(triggers):
            trig, anchor, word = triggers[i]
            own_proposal = trig.role == "propose" and anchor.pos_ in ("NOUN", "PROPN")
            if i in consumed or (
                _background(anchor)
                and trig.type not in AGENTLESS_TYPES
                and not _speech_in_relative(trig, anchor)
            ):
                continue  # background; not a violent or coercive act ("who were detained")
            if not own_proposal and self._governed(anchor, triggers):
                continue  # "accepted Djibouti's offer" still tells the offer
            if trig.type == "CONSULT" and _purpose_of_meeting(anchor, triggers):
                continue  # "met on Monday to discuss the fees": the one meeting
            meeting = trig.subtype == "meet" or anchor.lemma_.lower() in HOSTING
            if meeting and word == anchor and not self._meets_someone(anchor, ctx):
                continue  # "meeting the deadline", "meet these conditions"
            if _consequence(anchor) is not None or _mark(anchor) in HYPOTHETICAL_MARKS:
                continue  # "Should Ukraine meet these conditions": a condition, no event
            drafts.extend(self._frame(trig, anchor, word, triggers, consumed, ctx))
        drafts.extend(self._conditionals(doc, triggers, ctx, drafts))
        drafts.extend(self._undertakings(doc, triggers, ctx))
        drafts.extend(self._reported_undertakings(doc, triggers, drafts, ctx))
        drafts.extend(self._nominal(doc, triggers, drafts, ctx))
        drafts.extend(self._speech_acts(doc, drafts, ctx))
        drafts.extend(self._scheduled_meetings(doc, drafts, ctx))
        drafts.extend(self._commitments(doc, drafts, ctx))
        drafts.sort(key=lambda d: d.evidence)
        return drafts

    def _mediators(self, doc: Doc, ctx: Context) -> set[str]:
        """The actors the article names as go-betweens of others' talks ("talks hosted by
        Oman", "Qatar mediated", "the Omani mediators", "under Algerian auspices"): the agent
        or subject of a mediating verb (a host only of talks or a meeting) and the actors a
        mediator noun's phrase names."""
        found: set[str] = set()
        for tok in tokens_with(doc, "LEMMA", MEDIATING_VERBS | MEDIATOR_NOUNS):
            lemma = tok.lemma_.lower()
            if lemma in MEDIATING_VERBS and tok.pos_ == "VERB":
                if (
                    lemma in HOSTING
                    and not any(
                        c.dep_ in OBJ and c.lemma_.lower() in MEETING_NOUNS for c in tok.children
                    )
                    and not (_passive(tok) and tok.head.lemma_.lower() in MEETING_NOUNS)
                ):
                    continue  # "Kenya hosted Somalia's president": a party's visit
                if _passive(tok):
                    doer = next((c for c in tok.children if c.dep_ in AGENT), None)
                else:
                    doer = _own_subject(tok)
                found.update(self.phrase_actors(doer, ctx)[:1])
            elif lemma in MEDIATOR_NOUNS and tok.pos_ == "NOUN":
                named = [
                    c
                    for c in tok.children
                    if c.dep_ in ("amod", "compound", "nmod:poss", "poss", "appos")
                    or (c.dep_ == "nmod" and _case(c) in ("of", "by"))
                ]
                for child in named:
                    found.update(self.phrase_actors(child, ctx)[:1])
                found.update(self._demonym_actor(tok, ctx))
                if tok.dep_ == "appos":
                    found.update(ctx.actors_at(tok.head.idx, tok.head.idx + len(tok.head)))
        return found

    # -- events named by a noun -------------------------------------------------------------
    def _nominal(self, doc: Doc, triggers, found: list[Draft], ctx: Context) -> list[Draft]:
        """Events a noun names by itself ("the Orlando nightclub shooting", "a suicide bombing
        in Logar", "Sunday's massacre"): one for each specific noun phrase whose sentence has
        no event of its type yet, the doer its possessor, "by" phrase or actor word, else
        unknown (an agentless act)."""
        words = {w.i for _, _, w in triggers.values()} | set(triggers)
        done = {(ctx.sent_of[d.anchor.i][0], d.type) for d in found}
        drafts = []
        tagged = set(indices_with(doc, "TAG", NOMINAL_TAGS))
        for noun in _words_or_lemmas(doc, self.nominal_words):
            if noun.i not in tagged:
                continue
            trig = self._nominal_trigger(noun)
            if trig is None or noun.i in words:
                continue
            type_ = trig.type
            sent = ctx.sent_of[noun.i][0]
            if (sent, type_) in done or (_in_relative(noun) and type_ not in AGENTLESS_TYPES):
                continue  # background, but for violence ("who charged him over the shooting")
            if not _names_one(noun, trig):
                continue  # "attacks are rising", "a politically correct war"
            if not_done(type_, noun):
                continue  # "proposed a ban on imports": a plan, not an act
            if noun.head.i in triggers and triggers[noun.head.i][0].type == type_:
                continue  # "the explosion killed four people": the verb's event already
            # "the Iraq war": the name places the war; no doer is named
            sources = [] if "named" in trig.needs else self._doers(noun, ctx)
            if not sources and "agent" in trig.needs:
                # "Demonstrators gathered outside parliament": the people the noun names are
                # the ones who act, when they are an actor
                sources = ctx.actors_at(noun.idx, noun.idx + len(noun))
            cases = MEETING_CASES if type_ == "CONSULT" else ("on", "against")
            targets = [
                a
                for c in noun.children
                if c.dep_ == "nmod" and _case(c) in cases
                for a in self.phrase_actors(c, ctx)
            ]
            if type_ == "CONSULT":
                if len(sources) > 1 and not targets:
                    sources, targets = sources[:1], sources[1:2]  # "the Obama-Xi talks"
                if not sources and len(targets) > 1:
                    sources, targets = targets[:1], targets[1:2]  # "talks between X and Y"
                if not (sources and targets) and not _one_meeting(noun, bool(sources)):
                    continue  # "the talks": a meeting told elsewhere
            if type_ == "ASSAULT" and self._verbal(noun, sources, targets, ctx):
                continue  # "Trump's attacks on Clinton": words, not violence
            tokens = _noun_phrase(noun)
            done.add((sent, type_))
            drafts.append(
                Draft(
                    anchor=noun,
                    type=type_,
                    trigger=trig,
                    sources=sources[:1],
                    targets=targets[:1],
                    evidence=_span(tokens),
                    # "the shooting in Kabul on Sunday": the day is told inside the phrase
                    date_tokens=[noun, *(t for t in tokens if t.head == noun)],
                    place_scopes=[tokens, *_place_scopes(noun, [], ctx)[1:]],
                    subtype=trig.subtype,
                    agentless=not sources,
                )
            )
        return drafts

    def _nominal_trigger(self, tok: Token) -> Trigger | None:
        """The nominal event ``tok`` names, by its lemma or, when the tagger took the noun
        for a verb's form ("the shooting" lemmatised "shoot"), by the word itself."""
        if not (tok.tag_.startswith("NN") or _gerund_noun(tok)):
            return None
        word = tok.lower_
        for key in (tok.lemma_.lower(), word, word[:-1] if word.endswith("s") else word):
            trig = self.lex.nominal.get(key)
            if trig is None:
                continue
            if tok.pos_ == "PROPN" and not ("named" in trig.needs and _named_in(tok)):
                return None  # "March" the month; "the Mexican War" a name
            return trig
        return None

    def _doers(self, noun: Token, ctx: Context) -> list[str]:
        """Who did what ``noun`` names: its possessor ("Russia's strikes"), its "by" phrase,
        an actor word before it ("Israeli air strikes", "a Hamas attack"), or the subject of
        the verb that makes or claims it ("police made three arrests", "the group claimed
        the bombing")."""
        if noun.dep_ in OBJ and noun.head.lemma_.lower() in DOER_VERBS:
            found = self.phrase_actors(subject(noun.head), ctx)
            if found:
                return found
        for child in noun.children:
            if child.dep_ in ("nmod:poss", "poss") or (
                child.dep_ == "nmod" and _case(child) == "by"
            ):
                found = self.phrase_actors(child, ctx)
                if found:
                    return found
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod"):
                found = ctx.actors_at(child.idx, child.idx + len(child))
                if found:
                    return found
        return self._demonym_actor(noun, ctx)

    @staticmethod
    def _verbal(noun: Token, sources: list[str], targets: list[str], ctx: Context) -> bool:
        """An "attack" made by or on a person ("Trump's attacks on Clinton"): in political
        news, words; a physical attack is rarely a person's possession."""
        if noun.lemma_.lower() not in VERBAL_ATTACKS:
            return False
        if any(c.lower_ in VERBAL_MODIFIERS for c in noun.lefts):
            return True  # "political attacks", "a verbal attack", "tweet attacks"
        if any(c.lower_ == "on" for c in noun.lefts):
            return True  # "went on the attack"
        people = {a.id for a in ctx.actors if a.type == "person"}
        return any(a in people for a in [*sources[:1], *targets[:1]])

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
        if verb.pos_ != "NOUN" and _passive(verb):
            return False  # "was met with chants", "have been met with fierce opposition"
        obj = next((c for c in verb.children if c.dep_ in OBJ), None)
        if obj is None or verb.pos_ == "NOUN":
            return True
        if obj.lower_ in PERSONAL_OBJECTS:
            return True  # "met them", "is meeting each of them"
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
            patient_deps = PASS_SUBJ | {"nsubj"} if predicate_participle(anchor) else PASS_SUBJ
            pass_subj = next((c for c in anchor.children if c.dep_ in patient_deps), None)
            # the subject of "were attacked" is the target, of "were freed" those released; of
            # "would not be withdrawn", a theme
            patient = trig.type in self.lex.harmful or trig.type == "ACCUSE"
            patient = patient or trig.subtype == "release"
            targets = self.phrase_actors(pass_subj, ctx) if patient else []
            if trig.type == "MOBILIZE" and not sources:
                # "300 National Guard troops had been deployed": the forces are the doer
                sources = self.phrase_actors(pass_subj, ctx)
        else:
            doer = self._reporter(anchor) or subject(anchor)
            if doer is not None and doer.tag_ in ("WP", "WDT") and anchor.dep_ in RELATIVE:
                doer = anchor.head  # "the movement, which accuses ...": the movement
            sources = self.phrase_actors(doer, ctx)
            holder = noun if noun is not None else anchor
            targets = self.targets_of(holder, ctx)
            if trig.subtype == "obstruct":
                targets = []  # "blocked the road to Gori": the road and its places are no target
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
            agentless=not sources and self._agentless(trig, anchor),
            described=not sources
            and (trig.type in AGENTLESS_TYPES or self._described(anchor, targets)),
        )

    def _agentless(self, trig, anchor: Token) -> bool:
        """A violent, coercive or protest act whose doer is not named: a passive with no
        agent or with a weapon for one ("were killed", "was hit by a drone"), or an act or
        weapon as the subject ("the explosion killed four people", "shelling killed ...").
        (One whose doer is named by a description or a pronoun no actor stands for, "gunmen
        opened fire", "it killed 30 militants", is ``described``: its doer stays unknown.)"""
        if trig.type not in AGENTLESS_TYPES:
            return False
        if _passive(anchor):
            agent = next((c for c in anchor.children if c.dep_ in AGENT), None)
            return agent is None or agent.lemma_.lower() in VIOLENT_MEANS
        subj = subject(anchor)
        return subj is not None and subj.lemma_.lower() in VIOLENT_MEANS

    @staticmethod
    def _described(anchor: Token, targets: list[str]) -> bool:
        """Does the clause name its doer, by a description or a pronoun that is no actor of
        the article ("a Baton Rouge newspaper", "nearly 140 House members", "I have called
        on ..."), or name none but whom the act is aimed at ("... but will meet with him")?
        Not with an empty subject ("it", "there", "that")."""
        subj = subject(anchor)
        if subj is None:
            return bool(targets)
        return subj.lower_ not in EMPTY_SUBJECTS and subj.pos_ in ("NOUN", "PROPN", "PRON")

    def _figure(self, trig: Trigger, verb: Token, ctx: Context) -> str | None:
        """The figure of speech a violent verb is (``events/figurative.py``), or None."""
        return figure(trig.type, verb, lambda t: self.kind_of(t, ctx))

    def kind_of(self, tok: Token, ctx: Context) -> str | None:
        """What the first actor a phrase names is (``Actor.type``), or None."""
        found = self.phrase_actors(tok, ctx)
        actor = ctx.by_id.get(found[0]) if found else None
        return actor.type if actor is not None else None

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
                if inner.type in self.lex.harmful and inner.type != "MOBILIZE":
                    inner_type, subtype = "THREATEN", inner.subtype
                elif inner.type in PROMISABLE or inner.type == "MOBILIZE":
                    # "promised to send a patrol to the village": a deployment pledged stays
                    # one, as a report's "will" keeps it (``Settler._mode``)
                    inner_type, subtype = inner.type, inner.subtype
            elif _retaliation(comp):
                inner_type = "THREATEN"  # "vowed to respond to any provocation"
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
        elif anchor.pos_ in ("NOUN", "PROPN") and (poss := possessor(anchor)) is not None:
            # "Djibouti's offer to cut fees": the possessor proposes; the noun phrase is it
            # (a noun the tagger calls a verb, "extend that offer", reaches here with none)
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

    @staticmethod
    def _threatened(verb: Token, found: list[Draft]) -> Draft | None:
        """The threat whose content ``verb`` is ("threatened to call a strike"), if told."""
        if verb.dep_ not in COMPLEMENT:
            return None
        return next((d for d in found if d.anchor == verb.head and d.type == "THREATEN"), None)

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
                drafts.append(self._promised(verb, sources[0], tokens, [tokens], future=True))
        return drafts

    def _reported_undertakings(self, doc: Doc, triggers, found: list[Draft], ctx) -> list[Draft]:
        """What a side says it will or will not do (issue 20 item 1): a "will"/"would" clause
        in a report whose own subject is the speaker or the speaker's side ("the government
        would pay for a police escort", Kou Freeman said; "the brigade would not lay down its
        weapons", its spokesman said) is a promise (AGREE, promised), or a refusal (REJECT)
        when negated. A clause about another side is a prediction, no undertaking."""
        drafts = []
        taken = {d.anchor.i for d in found}
        for verb in tokens_tagged(doc, "VERB"):
            if verb.i in triggers or verb.i in taken:
                continue
            if verb.dep_ in COMPLEMENT and verb.head.i in taken:
                continue  # "warned that his forces would respond": the warning's content
            if verb.lemma_.lower() in NOT_UNDERTAKEN or not is_future(verb):
                continue
            if _in_relative(verb) or _passive(verb) or _consequence(verb) is not None:
                continue
            if _mark(verb) in HYPOTHETICAL_MARKS or _mark(verb) in CONDITION_MARKS:
                continue
            speaker = ctx.speaker_of(verb)
            own = _own_subject(verb)
            if not speaker or own is None:
                continue
            sources = self.phrase_actors(own, ctx)
            if not sources or ctx.side(sources[0]) != ctx.side(speaker[0]):
                continue
            refused = is_negated(verb)
            trig = self.lex.verbs["reject" if refused else "promise"][0]
            type_ = "REJECT" if refused else "AGREE"
            if not refused and _retaliation(verb):
                trig, type_ = self.lex.verbs["threaten"][0], "THREATEN"  # "will respond"
            tokens = _from_subject(_clause(verb), verb)
            drafts.append(
                Draft(
                    anchor=verb,
                    type=type_,
                    trigger=trig,
                    sources=sources[:1],
                    targets=self.targets_of(verb, ctx),
                    evidence=_span(tokens),
                    mode="asserted" if refused else "promised",
                    future=True,
                    date_tokens=[verb],
                    place_scopes=[tokens, *_place_scopes(verb, [], ctx)[1:]],
                )
            )
        return drafts

    def _speech_acts(self, doc: Doc, found: list[Draft], ctx: Context) -> list[Draft]:
        """Events from the speech acts the attribution stage found (issue 20 item 1): a report
        whose cue is a trigger of a speech act ("insisted that the Front first hand over its
        weapons", "wants the killers tried", "which Yerevan requested") and that no rule above
        made an event of is that act, by the report's resolved speaker, aimed at whom the cue's
        clause names, else at the party the content makes act ("wants the killers tried").
        The attribution stage has already read the clause as speech, so a cue in a relative
        clause or one the rules above passed over still counts; a request must still ask
        another party to act (``_asks_another``)."""
        drafts = []
        anchored = {d.anchor.i for d in found}
        for attribution in ctx.attributions:
            if attribution.cue is None or attribution.source_actor is None:
                continue
            cue = self._speech_cue(doc, attribution.cue.pieces)
            if cue is None:
                continue
            verb, trig = cue
            if verb.i in anchored or _consequence(verb) is not None or _unasserted(verb):
                continue
            if trig.role == "future-threat" and not any(
                is_future(c) for c in self._complements(verb)
            ):
                continue  # "warned that the talks were at risk": no threat
            (cs, ce), (ks, ke) = attribution.cue.pieces[0], attribution.content.pieces[0]
            if abs(ks - ce) > SPEECH_GAP_CHARS and abs(cs - ke) > SPEECH_GAP_CHARS:
                continue  # a cue far from what it reports: a loose pairing, no act
            targets = self.targets_of(verb, ctx)
            content = doc.char_span(ks, attribution.content.pieces[-1][1], alignment_mode="expand")
            if not targets and content is not None and trig.type in ("REQUEST", "ACCUSE"):
                # "wants the killers tried", "says the rebels fired first": the content's doer
                targets = self.phrase_actors(_own_subject(content.root), ctx)
            anchored.add(verb.i)
            evidence = (min(cs, ks), max(ce, attribution.content.pieces[-1][1]))
            drafts.append(
                Draft(
                    anchor=verb,
                    type=trig.type,
                    trigger=trig,
                    sources=[attribution.source_actor],
                    targets=[t for t in targets if t != attribution.source_actor][:1],
                    evidence=evidence,
                    mode={"promise": "promised", "propose": "proposed"}.get(trig.role),
                    date_tokens=[verb],
                    place_scopes=_place_scopes(verb, [], ctx),
                    subtype=trig.subtype,
                )
            )
        return drafts

    def _commitments(self, doc: Doc, found: list[Draft], ctx: Context) -> list[Draft]:
        """A side that says it is, remains or stays committed to something ("the army remains
        committed to the ceasefire", "his side was fully committed to the deal") or reaffirms
        its commitment to it ("reaffirms its commitment to the settlement of all border
        questions") promises it (PLOVER AGREE, mode promised; CAMEO 03, express intent to
        cooperate, and its 0311 reaffirm). Not a commitment of troops or of crimes (an object),
        a negated one, or one in a relative clause that says who someone is."""
        drafts = []
        anchored = {d.anchor.i for d in found}
        for tok in _words_or_lemmas(doc, COMMITTED):
            anchor, holder = self._committed(tok)
            if anchor is None or anchor.i in anchored or tok.i in anchored:
                continue
            if is_negated(anchor) or _in_relative(anchor) or _consequence(anchor) is not None:
                continue
            sources = self.phrase_actors(holder, ctx)
            if not sources:
                continue
            anchored.add(anchor.i)
            told = anchor.head if anchor.dep_ == "xcomp" else anchor  # "remains committed"
            tokens = _from_subject(_clause(told), told)
            scopes = [tokens, *_place_scopes(anchor, [], ctx)[1:]]
            drafts.append(self._promised(anchor, sources[0], tokens, scopes))
        return drafts

    def _promised(
        self, anchor, source: str, tokens: list, scopes: list, future: bool = False
    ) -> Draft:
        """A side's undertaking told without a promising verb ("we will withdraw", "remains
        committed to the truce"): AGREE, promised, by ``source``, its evidence ``tokens``."""
        return Draft(
            anchor=anchor,
            type="AGREE",
            trigger=self.lex.verbs["promise"][0],
            sources=[source],
            targets=[],
            evidence=_span(tokens),
            mode="promised",
            future=future,
            date_tokens=[anchor],
            place_scopes=scopes,
        )

    @staticmethod
    def _committed(tok: Token) -> tuple[Token | None, Token | None]:
        """The clause's head and who is committed, for "committed to X" told of a side ("the
        army remains committed to the ceasefire") or "reaffirms its commitment to X";
        (None, None) otherwise."""
        to_phrase = any(
            c.dep_ in ("obl", "nmod") and _case(c) == "to" and c.pos_ in ("NOUN", "PROPN")
            for c in tok.children
        )
        if not to_phrase:
            return None, None
        if tok.pos_ in ("NOUN", "PROPN"):
            head = tok.head
            if tok.dep_ not in OBJ or head.lemma_.lower() not in REAFFIRMING:
                return None, None
            return head, subject(head)
        if any(c.dep_ in OBJ for c in tok.children) or tok.dep_ in ("amod", "acl"):
            return None, None  # "committed troops to the mission", "forces committed to ..."
        predicate = any(c.dep_ in ("cop", "aux:pass", "auxpass") for c in tok.children)
        if not predicate and tok.dep_ != "xcomp":
            return None, None
        return tok, subject(tok)

    def _scheduled_meetings(self, doc: Doc, found: list[Draft], ctx: Context) -> list[Draft]:
        """Meetings set for a day (issue 20 item 3): "the talks are due to resume in Luanda on
        Friday", "the next round of talks is scheduled to open in Brasilia on Nov. 18", "talks
        would resume on Sunday": a meeting noun as the subject of a scheduling predicate or of
        a future verb that opens or resumes it, with a time in its clause, is a meeting to come
        (CONSULT), between the parties its phrase names, else the article's two main parties;
        none where the sentence tells a meeting already ("negotiations would continue" sets
        no day: none)."""
        done = {ctx.sent_of[d.anchor.i][0] for d in found if d.type == "CONSULT"}
        drafts = []
        trig = self.lex.verbs["meet"][0]
        for noun in _words_or_lemmas(doc, MEETING_NOUNS):
            if noun.dep_ not in ("nsubj", "nsubj:pass") or ctx.sent_of[noun.i][0] in done:
                continue
            verb = self._scheduled(noun.head)
            if verb is None or is_negated(noun.head) or _in_relative(noun.head):
                continue
            if any(t.lower_ == "?" for t in noun.sent[-2:]):
                continue  # "Will the talks continue?": asked, not set
            sources = self._participants(noun, ctx)
            if len(sources) < 2:
                sources = [p.id for p in ctx.parties]
            if len(sources) < 2:
                continue
            tokens = _from_subject(_clause(noun.head), noun.head)
            when = self._schedule_words(noun.head, tokens)
            reach = max(t.i for w in [*tokens, *when] for t in [w, *w.subtree])
            if not holds_time(doc[tokens[0].i : reach + 1].text):
                continue  # "negotiations would continue": no day set
            done.add(ctx.sent_of[noun.i][0])
            reported = ctx.content_of(noun.head) is not None
            drafts.append(
                Draft(
                    anchor=verb,
                    type="CONSULT",
                    trigger=trig,
                    sources=sources[:1],
                    targets=sources[1:2],
                    evidence=_span(tokens),
                    mode="promised" if reported else "hypothetical",
                    future=True,
                    # "will open as planned on May 3": the day any verb of the clause tells
                    date_tokens=[verb, noun.head, *when],
                    place_scopes=[tokens, *_place_scopes(verb, [], ctx)[1:]],
                    subtype=trig.subtype,
                )
            )
        return drafts

    @staticmethod
    def _scheduled(head: Token) -> Token | None:
        """The verb of a meeting set for a day, when ``head`` (its subject's head) sets it:
        "scheduled to open", "due to resume", "planned for Monday", "will resume"."""
        lemma = head.lemma_.lower()
        due = any(c.lower_ in SCHEDULING_WORDS for c in head.children if c.dep_ == "mark")
        if (lemma in SCHEDULING_WORDS and _passive(head)) or lemma in SCHEDULING_WORDS - {"set"}:
            opened = next((c for c in head.children if c.dep_ == "xcomp"), None)
            return opened or head
        if lemma in RESUMING_VERBS and (due or is_future(head)):
            return head
        return None

    @staticmethod
    def _schedule_words(head: Token, tokens: list[Token]) -> list[Token]:
        """The verbs that may tell a scheduled meeting's day: its clause's, and an "as
        planned" the clause hangs on its verb ("will open as planned on May 3")."""
        planned = [
            c for c in head.children if c.dep_ == "advcl" and c.lemma_.lower() in SCHEDULING_WORDS
        ]
        return [*(t for t in tokens if t.pos_ == "VERB"), *planned]

    def _participants(self, noun: Token, ctx: Context) -> list[str]:
        """The parties a meeting's noun phrase names ("talks between Kyiv and Moscow", "the
        Obama-Xi talks", "talks with the rebels"), none when it names none."""
        between = self._between(noun, ctx)
        if len(between) >= 2:
            return between
        named = []
        for child in noun.children:
            if child.dep_ in ("nmod:poss", "poss", "compound", "amod") or (
                child.dep_ == "nmod" and _case(child) in MEETING_CASES
            ):
                named += [a for a in self.phrase_actors(child, ctx) if a not in named]
        return named

    def _speech_cue(self, doc: Doc, pieces) -> tuple[Token, Trigger] | None:
        """The cue's verb and the speech-act trigger it is (``SPEECH_ACT_TYPES``), or None."""
        for s, e in pieces:
            span = doc.char_span(s, e, alignment_mode="expand")
            for tok in span or ():
                if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
                    continue
                for trig in self.lex.verbs.get(tok.lemma_.lower(), ()):
                    if trig.type not in SPEECH_ACT_TYPES:
                        continue
                    if trig.needs and not self._governs(tok, trig.needs):
                        continue  # "called the shelling a crime": no "call on"/"call for"
                    if trig.type == "REQUEST" and not _asks_another(tok):
                        continue  # "asked whether ...", "insisted that he never said it"
                    return tok, trig
        return None

    def _conditionals(self, doc: Doc, triggers, ctx, found: list[Draft]) -> list[Draft]:
        """Conditional offers and threats in what someone said: "Should Ukraine meet these
        conditions, hostilities will stop"; "the crossing would open only if Hamas ..."."""
        drafts = []
        # only clauses with an "if"/"unless" or an inverted "should" can be conditions
        marks = frozenset(CONDITION_MARKS | INVERTED_CONDITION)
        heads = {t.head.i for t in tokens_with(doc, "LOWER", marks)}
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
                sources = self.phrase_actors(_doer(consequence), ctx) or speaker
                type_ = "THREATEN" if trig.type in self.lex.harmful else trig.type
            elif consequence.lemma_.lower() in RETALIATION_VERBS or _threat(consequence):
                # "the army would respond if the rebels fired again", "our forces will close
                # the highway if ...": a threat by its doer
                told = self._threatened(consequence, found)
                if told is not None:
                    # "threatened to call a strike if France does not ...": the threat told
                    # already, aimed at whom the condition asks to act
                    told.targets = told.targets or self.phrase_actors(_own_subject(cond), ctx)
                    continue
                trig = self.lex.verbs["threaten"][0]
                sources = self.phrase_actors(subject(consequence), ctx) or speaker
                type_ = "THREATEN"
            else:
                if not speaker or self.phrase_actors(_own_subject(consequence), ctx):
                    continue
                if not _undertaken(consequence):
                    continue  # "If Yaoundé rejects it, the war continues": no offer
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


def _undertaken(consequence: Token) -> bool:
    """Could a condition's consequence tell what someone will do, an offer ("the flights would
    take off on Thursday if ...", "to pay compensation if the other side did the same")? Not
    a verb in the present or past tense with no modal, what is so or follows ("the war
    continues", "nobody wins"), nor an order ("If he has done something, charge him"), nor
    "there will be fighting"."""
    aux = _aux(consequence)
    if consequence.tag_ in FINITE_TAGS and not aux:
        return False
    own = _own_subject(consequence)
    if consequence.tag_ == "VB" and own is None and not aux and _mark(consequence) != "to":
        return False  # an imperative
    return own is None or own.lower_ not in EMPTY_SUBJECTS


def _doer(verb: Token) -> Token | None:
    """Who does what ``verb`` tells: its subject, or a passive's "by" agent ("the drivers
    would be freed if ...": not the drivers)."""
    if _passive(verb):
        return next((c for c in verb.children if c.dep_ in AGENT), None)
    return subject(verb)


def inflections(verbs) -> dict[str, str]:
    """Each regular past, participle and third-person form of ``verbs`` -> the verb: "-ed" or
    "-d", with a final consonant doubled or "y" made "ied"; "-s", "-es" or "-ies" (English's
    regular spelling rules, as the lemma table's ``INFLECTIONS`` undo them). Not "-ing": a
    gerund the lemmatizer leaves whole is a noun ("there will be fighting")."""
    out: dict[str, str] = {}
    for verb in verbs:
        if verb.endswith("e"):
            forms = [verb + "d", verb + "s"]
        elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
            forms = [verb[:-1] + "ied", verb[:-1] + "ies"]
        else:
            doubled = [verb + verb[-1] + "ed"] if verb[-1] not in "aeiouwxy" else []
            third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
            forms = [verb + "ed", *doubled, third]
        for form in forms:
            out.setdefault(form, verb)
    return out


def _words_or_lemmas(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose word or lemma is one of ``words``, in the doc's order."""
    found = {t.i: t for t in tokens_with(doc, "LEMMA", words)}
    found.update((t.i, t) for t in tokens_with(doc, "LOWER", words))
    return [found[i] for i in sorted(found)]
