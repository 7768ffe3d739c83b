"""Resolve an article's mentions to actors: one identity per real-world actor.

Mentions come from two places: registry matches (``doc.spans["parley_registry"]``, written by
the registry's SpanRuler) and the shipped NER's PER/ORG entities. Within an article, partial
names join full names ("Peskov" -> "Dmitry Peskov"), misspellings and transliterations join by
fuzzy match ("Mendinsky" -> "Medinsky"), demonym phrases join their country ("the Russian
side" -> Russia, "Ukrainian forces" -> the Ukrainian armed forces), and a person's country is
read from a demonym or a country-bearing title before the name ("Russian negotiator X",
"Kremlin Spokesman X").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from parley.actors import described
from parley.actors.given_names import is_given_name, name_gender
from parley.actors.name_origins import countries_of
from parley.actors.names import actor_id, spelling_key
from parley.actors.pronouns import gender_near
from parley.actors.registry import Entry, Registry
from parley.dates import MONTHS, WEEKDAYS
from parley.model import Actor, text_sha1
from parley.nlp.place_names import known_places, place_countries, subdivision_countries
from parley.nlp.syntax import SUBJ, doc_text, expanded_span, kept_for, tokens_with

# rapidfuzz ratio (0-100) at or above which two surnames are taken for spellings of one name.
# 85 joins one-letter slips and transliteration variants of names of 6+ letters ("Mendinsky"
# / "Medinsky" = 94, "Zelenskiy" / "Zelensky" = 94, "Podoliak" / "Podolyak" = 88) and keeps
# apart names that differ in two letters of seven ("Petrov" / "Petrenko" = 71).
FUZZY_MIN_RATIO = 85
# Shorter names are compared exactly: at 4 letters one edit is already a quarter of the name.
FUZZY_MIN_LENGTH = 5

# NER labels (UNER's and OntoNotes') -> actor types for entities the registry does not know.
ENTITY_TYPES = {"PER": "person", "PERSON": "person", "ORG": "organization"}

# NER labels for places (UNER's and OntoNotes').
PLACE_LABELS = {"LOC", "GPE", "FAC"}
# The words by which a report tells that a state hosts or helps the talks between others.
MEDIATION_LEMMAS = frozenset(
    {"mediate", "mediation", "mediator", "facilitate", "facilitator", "host", "broker"}
)
# The relations of a mediation word's agent: its subject, a passive's agent, a possessor or
# modifier of the noun ("Malaysia's facilitator", "the Qatari mediator").
MEDIATOR_DEPS = frozenset(SUBJ | {"obl:agent", "agent", "nmod:poss", "poss", "amod", "compound"})
# How often an article must name one country's towns to be placed by them alone.
TOWNS_MIN_MENTIONS = 1


# Dependency relations (UD's, as the shipped parser gives them, and spaCy's English ones) that
# lead from a name up to the phrase it belongs to: "the Yemeni delegation, led by X" climbs
# X -obl-> led -acl-> delegation.
CLIMB_DEPS = {
    "obl",
    "obl:agent",
    "nmod",
    "acl",
    "appos",
    "pobj",
    "agent",
    "prep",
    "flat",
    "compound",
}
CLIMB_STEPS = 4

POSSESSIVE = {"'s", "’s", "'", "’"}
# the tags of the words of an office's title before a name ("Deputy Foreign Minister")
NAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})

# Title words that modify another title ("Foreign Minister", "Deputy Chief"), not enough alone
# to show that the name after them is a person's ("Foreign Ministry").
TITLE_MODIFIERS = {
    "foreign",
    "defence",
    "defense",
    "interior",
    "deputy",
    "vice",
    "prime",
    "special",
    "chief",
    "first",
    "crown",
    "field",
    "head",
    "senior",
    "state",
    "general",
}

# An article is about one country's conflict when that country's states, governments, forces
# and groups have at least this share of all such mentions, and at least this many.
HOME_COUNTRY_SHARE = 0.6
HOME_COUNTRY_MIN_MENTIONS = 3

SENTENCE_END = {".", "!", "?"}
# How many words before a name may hold its office title ("a spokeswoman for the TNLA, X").
OFFICIAL_WINDOW = 6
# the relations that hang a relative clause on its noun (UD's and spaCy's English labels)
RELATIVE_CLAUSES = frozenset({"acl:relcl", "relcl"})
# How many words after the article of an apposition may come before its title ("X, a senior
# Taliban military commander")
APPOSITION_TITLE_WORDS = 4

# Actor types that can be a party to a conflict or negotiation.
# A wire report's dateline: a place in capitals opening the text ("BAGHDAD, May 3 (Agency) -",
# "KYIV (Reuters) -"); a hyphen inside the place's name is no dash ("KARA-SUGET -" is not
# "KARA", a town of Togo; "PORT-AU-PRINCE -").
DATELINE = re.compile(r"\s*([A-Z][A-Z .'-]{2,30}?)\s*(?:,|\(|(?<=\s)-|-(?=\s)|[\u2013\u2014])")
# The opening lines a dateline may start: the first, or one after a headline or an editor's
# note ("(Translated from Turkish ...)" then "ANKARA, September 1 (Ege) -").
DATELINE_LINES = 3
# How far after a dateline's town its country may be written ("GOMA, Democratic Republic of
# Congo, ...": the longest common country names are about 40 letters).
DATELINE_COUNTRY_CHARS = 45
# The verb forms that may modify a group noun after a country's name ("Russia's negotiating
# team", "Ukraine's armed forces"); a finite verb ("Russia sent troops") ends the phrase.
MODIFIER_VERB_TAGS = frozenset({"VBG", "VBN"})
# The nouns after which a country's name or demonym names the neighbour of the place reported
# from ("gold mine near Burkina border", "fought along the Thai border"), not that place.
BORDER_WORDS = frozenset({"border", "frontier", "borders"})
# The opening of an article without a dateline (its headline and first sentence or two) that
# says where it reports from.
LEAD_CHARS = 200
# The words of a name after a given name the NER took alone for a place or body ("Tigran"/LOC
# "Avetisyan"): a surname, or a second given name and a surname.
NAME_WORDS_AFTER_GIVEN = 2
# The registry roles of international courts: their seat is no party's country.
COURT_ROLES = frozenset({"court", "arbitral tribunal"})
# Last words of bodies' names besides the institution nouns of ``described.tsv`` ("the Souq
# al-Jumaa Protection Force"), which no person's name ends with.
BODY_NAME_ENDS = frozenset({"forces", "directorate", "headquarters"})
# Spanish articles that open the names of Latin American gangs and cartels ("Los Chacales").
SPANISH_ARTICLES = frozenset({"Los", "Las"})
# A group's name is at most this many words ("the Ahrar al Sham" is three).
GROUP_NAME_MAX_WORDS = 3
# The agency credited in brackets after a dateline's place and date, at a line's start
# ("MOSCOW, March 3 (Reuters) -", "DUSHANBE, 29.07.2025 (KHOVAR).")
DATELINE_CREDIT = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}?(?:,[^()\n]{0,30})?\s*\(([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})\)",
    re.MULTILINE,
)
# an acronym in brackets right after a name: "... for Human Rights (SOHR)"
ACRONYM_DEFINED = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z])\)")
# Lower-case words inside a body's name in English, French, Spanish, Portuguese and Arabic
# romanisation ("Democratic Forces for the Liberation of Rwanda", "Mouvement pour la Renaissance
# du Congo", "Hayat Tahrir al-Sham"): they may stand between its capitalised words.
NAME_CONNECTORS = frozenset(
    {"of", "for", "the", "and", "&", "-", "de", "du", "des", "la", "le", "les", "pour", "et"}
    | {"del", "los", "las", "y", "e", "do", "da", "dos", "das", "al", "el", "ul", "bin"}
)
# A name defined by an acronym names an armed group when one of these words is in it
# ("Movement", "Front", "Liberation Army"); else an organisation.
ARMED_NAME_WORDS = frozenset(
    {"movement", "mouvement", "movimiento", "front", "forces", "force", "army", "armée"}
    | {"ejército", "brigade", "brigades", "militia", "liberation", "libération", "resistance"}
    | {"mujahideen", "jihad", "rebels", "guerrilla", "guerrillas", "alliance", "coalition"}
)
# capitalised words that open a sentence or date it rather than name a body ("The Defence
# Ministry", "On Monday Interior Ministry officials")
NOT_IN_NAMES = frozenset(
    {"the", "a", "an", "this", "that", "on", "in", "at", "by", "for", "from", "with", "and"}
    | set(WEEKDAYS)
    | set(MONTHS)
)
# a definite "the government" names its state's government when no body is named so
# "the junta" names the government as "the government" does (the AP Stylebook's "junta": a
# group of military officers ruling a country; Myanmar's only where the article names Myanmar,
# ``_description_alias``). Not "regime": "the ceasefire regime", "the sanctions regime".
GOVERNMENT_WORDS = frozenset({"government", "administration", "junta"})
# "the state" and "the authorities", bare (no word between "the" and the noun, no "of" after
# it), name the state whose government "the government" would name ("The state talks in
# Caracas; we talk here", "the authorities have not commented": the team's gold marks "the
# state" the country's in five of six cases on the studied batches; Merriam-Webster's
# "state" 1a: a politically organized body of people, the government). Sessions 20 and 23
# tried "the authorities" as a new party mention, which moved articles' home countries; here
# it is named once the home is known, as "the government" is.
STATE_WORDS = frozenset({"state", "authority"})
# ... unless the article speaks of a federation's states ("Zamfara State", "the state
# government", "the state governor"), whose "the state" is one of them
FEDERATED_STATE = re.compile(
    r"\b(?:[A-Z][\w'’-]+ State\b|[Ss]tate (?:government|governor|police|assembly|"
    r"legislature|capital|prosecutor|authorities|officials)\b)"
)
# A body's noun and the nouns of its members, by which the article may have named it before:
# "Prosecutors said ... the prosecution" (the gold marks one actor; "the Office of the
# Prosecutor" too)
BODY_MEMBERS = {"prosecution": ("prosecutor", "prosecutors")}
# "the bloc" names the union of states named last: the registry's roles of such unions
BLOC_WORDS = frozenset({"bloc"})
BLOC_ROLES = frozenset({"regional bloc", "union of states"})
# the words that may stand between "the" and a body's noun in a phrase naming it again ("the
# Janzour brigade"), and for a government also adverbs and hyphenated words ("the
# internationally recognised government", "the military-aligned government")
NAME_MODIFIER_DEPS = frozenset({"compound", "amod"})
GOVERNMENT_MODIFIER_DEPS = NAME_MODIFIER_DEPS | {"advmod", "punct", "npadvmod", "obl:npmod"}
# Titles of nobility and the clergy that the given-name table also holds and the registry's
# titles do not ("Lord Cameron", "Earl Spencer", "Rev Jackson"; ``_another_given_name``).
NOBLE_TITLES = frozenset({"lord", "lady", "earl", "duke", "dean", "rev", "baron", "count"})
# described forces that are a country's armed forces (police and gendarmes stay their own)
# (with "troops", the shipped lemmatizer's lemma of it: ``forces`` in described.tsv)
ARMY_WORDS = frozenset({"army", "military", "troop", "troops", "soldier", "force", "guard"})
# A transcript's speaker label: up to four words in capitals opening a line, then a colon
# ("RACHEL KAMAU: Good evening."); and the labels that name a role, no one's name.
SPEAKER_LABEL = re.compile(r"(?m)^([A-Z][A-Z'’.\-]*(?:[ \t]+[A-Z][A-Z'’.\-]*){0,3})[ \t]*:")
ROLE_LABELS = frozenset(
    {"Q", "A", "QUESTION", "ANSWER", "HOST", "INTERVIEWER", "ANCHOR", "REPORTER", "PRESENTER"}
    | {"MODERATOR", "NARRATOR", "CALLER", "EDITOR", "NOTE", "UPDATE", "INTERVIEW", "BREAKING"}
    | {"EXCLUSIVE", "ANALYSIS", "OPINION", "CORRECTION", "TRANSLATOR", "INTERPRETER"}
)
# The words that end a news outlet's name ("Nile Horizon Radio", "Hague Justice Review",
# "Lakes Dispatch"; the usual last words of newspapers' and broadcasters' names).
OUTLET_NAME_ENDS = frozenset(
    {"radio", "television", "tv", "review", "dispatch", "times", "post", "herald", "tribune"}
    | {"gazette", "journal", "chronicle", "telegraph", "courier", "broadcasting", "newswire"}
)
# The verbs whose object is troops moved, no party ("accused of deploying troops near the
# border", "sent soldiers"; ``_army_named``).
MOVED_LEMMAS = frozenset(
    {"deploy", "redeploy", "send", "move", "dispatch", "station", "mass", "withdraw", "pull"}
    # and the nouns of moving them ("a pull-back of troops", "the withdrawal of forces")
    | {"deployment", "redeployment", "withdrawal", "pullback", "pull-back", "back", "removal"}
)
# described forces that are a country's police, an actor of their own ("police said", "Kosovo
# police"; kind "police" in nouns.tsv)
POLICE_WORDS = frozenset({"police", "gendarmerie"})
PARTY_TYPES = {"country", "government", "military", "group"}
# Actors that stand for their country's side: a state, its government and its officials (an
# armed group or an army keeps a side of its own: a civil war's sides share a country).
STATE_SIDE_TYPES = ("person", "country", "government")


@dataclass
class Cluster:
    """One actor being built: its identity and mention spans (character offsets)."""

    id: str
    name: str
    type: str
    country: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    surname: str = ""
    official: bool = False  # named with an office title ("Defence Minister X")
    role: str | None = None

    def to_actor(self) -> Actor:
        mentions = sorted(set(self.mentions))
        return Actor(self.id, self.name, self.type, self.country, mentions, self.role)


def _labelled(name: str, words: list[str]) -> bool:
    """A transcript's label in capitals (``words``) names the person of ``name``: the whole
    name, its last words ("KAMAU", "MORALES VÉLEZ") or the first of two surnames ("MORALES"
    of "María José Morales Vélez")."""
    parts = name.replace("’", "'").upper().split()
    label = [w.replace("’", "'") for w in words]
    if len(parts) < 2:
        return False
    if parts == label or (parts[-len(label) :] == label and len(label) < len(parts)):
        return True
    first = _first_surname(name)
    return len(label) == 1 and first is not None and first.upper() == label[0]


def _surname(name: str) -> str:
    parts = name.replace("’", "'").split()
    return parts[-1].lower() if parts else ""


def _first_surname(name: str) -> str | None:
    """The first of a double surname: the second to last word of a name of three or four
    words ("Ana Lucía Restrepo Uribe" -> "restrepo"); None for shorter names or a particle
    ("Ahmad Faizal bin Rosli")."""
    parts = name.replace("’", "'").split()
    if not 3 <= len(parts) <= 4 or parts[-2][:1].islower() or len(parts[-2]) < 3:
        return None
    return parts[-2].lower()


def _written(doc: Doc) -> Counter:
    """How often each word of ``doc`` is written, by its string id (counted once per doc,
    when first asked)."""
    return kept_for(_WRITTEN, doc, len(doc), lambda: Counter(doc.to_array("ORTH").tolist()))


_WRITTEN: WeakKeyDictionary[Doc, tuple[int, Counter]] = WeakKeyDictionary()


def _named_by(word: str, people: list[Cluster]) -> list[Cluster]:
    """The people ``word`` (a capitalised word, lower-cased) may name: their surname, or a
    spelling of it; else their given name ("Hauwa Ibrahim" ... "Hauwa"); else the first of a
    double surname ("Fidel Quispe Mamani" ... "Quispe", "QUISPE:" in a transcript, the Spanish
    and Portuguese habit)."""
    return (
        [c for c in people if c.surname == word]
        or [c for c in people if same_name(c.surname, word)]
        or [c for c in people if c.name.split()[0].lower() == word]
        or [c for c in people if _first_surname(c.name) == word]
    )


def same_name(a: str, b: str) -> bool:
    """True when two surnames are one name spelled two ways: one romanisation key
    (``names.spelling_key``) or keys close by ``FUZZY_MIN_RATIO``, for names of
    ``FUZZY_MIN_LENGTH`` letters or more with the same initial."""
    if a == b:
        return True
    if min(len(a), len(b)) < FUZZY_MIN_LENGTH:
        return False
    a, b = spelling_key(a), spelling_key(b)
    return a[:1] == b[:1] and (a == b or fuzz.ratio(a, b) >= FUZZY_MIN_RATIO)


def same_given_names(a: str, b: str) -> bool:
    """Two full names' given names are one ("Oleksandr" / "Aleksandr", "Abdel Hakim" /
    "Abdulhakim"): keys close by ``FUZZY_MIN_RATIO`` (romanisations differ in a first vowel,
    so initials may too)."""
    given_a, given_b = ("".join(n.split()[:-1]) for n in (a, b))  # "Abdel Hakim"
    initials = [g.rstrip(".") for g in (given_a, given_b) if len(g.rstrip(".")) == 1]
    if len(initials) == 1:
        # an initial for the given name ("S. Rahimzoda" ... "Saidali Rahimzoda")
        return given_a[:1].lower() == given_b[:1].lower()
    return fuzz.ratio(spelling_key(given_a), spelling_key(given_b)) >= FUZZY_MIN_RATIO


class Resolver:
    """Builds the actors of one doc from registry matches and NER entities."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.demonyms: dict[str, str] = {}
        for entry in registry.countries():
            for demonym in entry.demonyms:
                self.demonyms.setdefault(demonym, entry.id)
        self.demonym_words = frozenset(self.demonyms)
        # a nation named by its people: "the Canadians", "the Swiss" (``_nation_mentions``)
        self.nation_nouns = {
            (d if d.endswith(SIBILANT_ENDS) else d + "s"): c
            for d, c in self.demonyms.items()
            if " " not in d and d[:1].isupper() and d[-1:].islower()
        }
        self.nation_words = frozenset(self.nation_nouns)
        # the word a demonym ends in, one or more words long ("Leonean" of "Sierra Leonean"):
        # where ``demonym_of`` looks for the whole
        self.demonym_ends = frozenset(d.split()[-1] for d in self.demonyms)
        self.registry_persons = [e for e in registry.entries.values() if e.type == "person"]
        # each registry person's names by the first letter of their surname's spelling key:
        # two surnames ``same_name`` joins share it (``_registry_person`` reads only those)
        self.persons_by_initial: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for k, entry in enumerate(self.registry_persons):
            for name in entry.names():
                self.persons_by_initial[spelling_key(_surname(name))[:1]].append((k, name))
        # a country's names and its capital's ("Iraq", "Baghdad") -> the country
        self.country_names = {name: e for e in registry.countries() for name in e.names()}
        self.country_words = frozenset(self.demonyms) | frozenset(self.country_names)

    # -- registry matches ------------------------------------------------------------------

    def _extend_group_phrase(self, doc: Doc, span: Span) -> tuple[Span, str] | None:
        """For a country name or demonym followed by a group noun ("Russia's negotiating team",
        "Ukrainian forces"), the whole phrase and the noun's kind (government or military)."""
        i = span.end
        if i < len(doc) and doc[i].text in POSSESSIVE:
            i += 1
        for j in range(i, min(i + 3, len(doc))):
            kind = self.registry.group_nouns.get(doc[j].lower_)
            if kind is not None and self._modifies_unnamed_person(doc[j]):
                return None  # "a senior Ukrainian military intelligence official": the official
            if kind is not None:
                start = span.start
                if start > 0 and doc[start - 1].lower_ == "the":
                    start -= 1
                return doc[start : j + 1], kind
            if doc[j].pos_ not in ("ADJ", "VERB", "NOUN", "PROPN") or doc[j].ent_type_ == "PER":
                break
            if doc[j].pos_ == "VERB" and doc[j].tag_ not in MODIFIER_VERB_TAGS:
                break  # "Ivory Coast sent troops": the state and its forces, two mentions
        return None

    @staticmethod
    def _modifies_unnamed_person(noun: Token) -> bool:
        """A group noun that only modifies a person noun after it, with no name after that
        ("military" in "a senior Ukrainian military intelligence official said"; not "Russian
        military spokesman Igor Konashenkov", whose phrase is the forces' and his)."""
        head = noun
        while head.dep_ in ("compound", "amod") and head.head.i > head.i:
            head = head.head  # "military" -> "intelligence" -> "official"
        if head is noun or head.lemma_.lower() not in described.words()["persons"]:
            return False
        after = head.doc[head.i + 1 : head.i + 3]
        return not any(t.ent_type_ == "PER" or (t.pos_ == "PROPN" and t.is_title) for t in after)

    def _police(self, country: str) -> Entry:
        """A country's police ("Kosovo police", "police said" in a report from Kosovo)."""
        entry = self.registry.entries.get(f"{country}-POLICE")
        if entry is None:
            state = self.registry.entries[country]
            adjective = state.demonyms[0] if state.demonyms else state.name
            entry = Entry(f"{country}-POLICE", "military", f"{adjective} police", country, "police")
        return entry

    def _forces(self, country: str, kind: str) -> Entry:
        """The entry a country's name and a group noun of ``kind`` stand for: its armed forces,
        its police, else the state (its government)."""
        if kind == "military":
            return self._military(country)
        if kind == "police":
            return self._police(country)
        return self.registry.entries[country]

    def _military(self, country: str) -> Entry:
        entry = self.registry.entries.get(f"{country}-MIL")
        if entry is None:
            state = self.registry.entries[country]
            adjective = state.demonyms[0] if state.demonyms else state.name
            entry = Entry(f"{country}-MIL", "military", f"{adjective} armed forces", country)
        return entry

    def demonym_of(self, tok: Token) -> str | None:
        """The country a demonym ending at ``tok`` stands for, the longest first: "South
        Sudanese" is South Sudan's, "Papua New Guinean" Papua New Guinea's, where "Sudanese"
        and "Guinean" alone are Sudan's and Guinea's."""
        return _longest_ending_at(tok, self.demonyms)

    def _demonym_ending(self, tok: Token) -> str | None:
        """The country of a demonym of one or more words ending at ``tok`` ("Malawian";
        "Central African" at "African"), or None."""
        return self.demonym_of(tok) if tok.text in self.demonym_ends else None

    def _in_demonym(self, ent: Span) -> bool:
        """Whether ``ent`` lies within a demonym ("Sierra Leonean", or "Sierra" of it)."""
        doc = ent.doc
        for tok in doc[ent.end - 1 : ent.end + 1]:
            if tok.text not in self.demonym_ends:
                continue
            found = _longest_match_ending_at(tok, self.demonyms)
            if found is not None and found[0] <= ent.start:
                return True
        return False

    def country_named_at(self, tok: Token) -> str | None:
        """The country whose name ends at ``tok``, the longest first ("Guinea" in "Papua New
        Guinea" is Papua New Guinea, "Sudan" in "South Sudan" South Sudan)."""
        entry = _longest_ending_at(tok, self.country_names)
        return entry.id if entry is not None else None

    def _demonym_mentions(self, doc: Doc, taken: set[int]) -> list[tuple[Span, Entry]]:
        out = []
        for tok in tokens_with(doc, "ORTH", self.demonym_ends):
            found = _longest_match_ending_at(tok, self.demonyms)
            if found is None or any(i in taken for i in range(found[0], tok.i + 1)):
                continue
            start, country = found
            extended = self._extend_group_phrase(doc, doc[start : tok.i + 1])
            if extended is None:
                continue
            span, kind = extended
            if any(i in taken for i in range(span.start, span.end)):
                continue
            out.append((span, self._forces(country, kind)))
            taken.update(range(span.start, span.end))
        return out

    def _opens_person_name(self, span: Span) -> bool:
        """A country's or capital's name that opens a person's name the NER found, followed
        in it by a capitalised word that is no office title ("Victoria Nuland", "Jordan
        Peterson"; not "Moscow Mayor X" nor "Kremlin spokesman X")."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is None or not after.is_title or after.lower_ in self.registry.titles:
            return False
        return any(
            ENTITY_TYPES.get(e.label_) == "person" and e.start == span.start and e.end > span.end
            for e in doc.ents
        )

    def _ends_person_name(self, span: Span) -> bool:
        """A country's or capital's name of one word that ends a person's name the NER found,
        after a word of it that is no title nor place ("João Lima", "Carlos Santiago",
        "Michael Jordan"; not "Mayor Lima" nor "Moscow Kremlin"): the person's surname."""
        doc = span.doc
        if len(span) != 1 or span.start == 0:
            return False
        before = doc[span.start - 1]
        if (
            not before.is_title
            or before.lower_ in self.registry.titles
            or before.text in self.country_words
        ):
            return False
        return any(
            ENTITY_TYPES.get(e.label_) == "person" and e.start < span.start and e.end == span.end
            for e in doc.ents
        )

    def _nation_mentions(self, doc: Doc, taken: set[int]) -> list[tuple[Span, Entry]]:
        """ "the Swiss", "the Canadians": a nation named by its people, the demonym as a noun
        after "the" (the plural, or the bare form of one ending in a sibilant), is its
        country, as "Switzerland" and "Canada" are."""
        out = []
        for tok in tokens_with(doc, "ORTH", self.nation_words):
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if (
                tok.i in taken
                or tok.i == 0
                or doc[tok.i - 1].lower_ != "the"
                or (after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"))
            ):
                continue
            span = doc[tok.i - 1 : tok.i + 1]
            out.append((span, self.registry.entries[self.nation_nouns[tok.text]]))
            taken.update(range(span.start, span.end))
        return out

    # -- the whole doc ---------------------------------------------------------------------

    def resolve(self, doc: Doc) -> list[Actor]:
        clusters: dict[str, Cluster] = {}
        taken: set[int] = set()

        def add(entry_id: str, name: str, type_: str, country: str | None, span: Span):
            cluster = clusters.get(entry_id)
            if cluster is None:
                cluster = clusters[entry_id] = Cluster(
                    entry_id, name, type_, country, surname=_surname(name)
                )
            elif cluster.country is None and country and cluster.type == "person":
                # the country a later mention's context gives ("INTERVIEW: Ana Rusu" ...
                # "Moldova's deputy prime minister, Ana Rusu")
                cluster.country = country
            cluster.mentions.append((span.start_char, span.end_char))
            taken.update(range(span.start, span.end))

        self._defined_names(doc, taken, add)
        matches = sorted(
            doc.spans.get("parley_registry", []), key=lambda s: (s.start, -(s.end - s.start))
        )
        # a registry alias that is a common noun's description ("the junta") names its entry
        # only where the article names that entry's country otherwise
        named_states = {
            entry.country
            for span in matches
            if (entry := self.registry.entries.get(span.id_)) is not None
            and not _description_alias(span)
        }
        # capitals' and countries' names that end a person's, and where they stand
        surnames: set[str] = set()
        surname_at: set[int] = set()
        for span in matches:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            entry = self.registry.entries.get(span.id_)
            if entry is None or _inside_longer_org(doc, span, entry):
                continue
            if _description_alias(span) and entry.country not in named_states:
                continue  # "the junta" of a report on Mali: Mali's government, not Myanmar's
            if entry.type == "person" and _another_given_name(doc, span, entry, self.registry):
                continue  # "Hunter Biden", "Eric Trump": a relative, named by the NER later
            if entry.type == "country" and self._opens_person_name(span):
                continue  # "Victoria Nuland", "Santiago Obama": a given name, not the capital
            if entry.type == "country" and (span.text in surnames or self._ends_person_name(span)):
                surnames.add(span.text)  # "João Lima", and "Lima" alone after it: a surname
                surname_at.add(span.start)
                continue
            if entry.type == "military" and self._modifies_unnamed_person(span[-1]):
                continue  # "a senior Ukrainian military intelligence official": the official's
            if entry.type == "country":
                extended = self._extend_group_phrase(doc, span)
                if extended is not None:
                    span, kind = extended
                    entry = self._forces(entry.id, kind)
            add(entry.id, entry.name, entry.type, entry.country, span)
            clusters[entry.id].role = entry.role
        for span, entry in self._demonym_mentions(doc, taken):
            add(entry.id, entry.name, entry.type, entry.country, span)
            clusters[entry.id].role = entry.role
        for span, entry in self._nation_mentions(doc, taken):
            add(entry.id, entry.name, entry.type, entry.country, span)

        self._named_media(doc, taken, add)
        self._named_groups(doc, taken, add)
        self._apposed_bodies(doc, taken, add, clusters)
        # NER persons and organisations the registry does not know.
        persons = self._person_spans(doc, taken)
        for ent in doc.ents:
            if ENTITY_TYPES.get(ent.label_) != "organization":
                continue
            span = self._trim(ent, taken)
            if (
                span is not None
                and len(span) == 1
                and span.end == ent.end
                and len(ent) > 1
                and span[0].lemma_.lower() in described.words()["bodies"]
            ):
                # "Interior Ministry": the title word is the body's name, not a title
                start = ent.start + (ent[0].lower_ in ("the", "a", "an"))
                span = ent.doc[start : ent.end]
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            if any(p.start < span.end and span.start < p.end for p in persons):
                continue  # an organisation the article shows to be a person
            if len(span) > 1 and span[-1].lower_ in self.registry.nonactor_heads:
                continue  # "the Indus Waters Treaty", "the Red Sea": no actor
            if span.text.isupper() and span.text.title() in known_places():
                continue  # a dateline's town in capitals ("ISLAMABAD —")
            if span.text in self.demonyms:
                continue  # "Belizean fishermen", "a Central African commander": a demonym
            if _an_office(span, self.registry.titles):
                continue  # "the Ethiopian Defence Minister": a person named by the office
            # "the Libyan News Agency": the demonym trimmed off the name gives its country, as a
            # country in it does ("the Border Service of the Kyrgyz Republic")
            country = self._country_in(doc, list(ent) + _possessor_before(ent))
            add(actor_id(span.text, "organization"), span.text, "organization", country, span)
        self._unlabelled_bodies(doc, taken, add)
        self._resolve_persons(doc, persons, clusters, add)
        self._propagate_surnames(doc, clusters, taken)
        self._acronyms(doc, clusters, taken)
        _join_same_names(clusters)
        _introduced_groups(doc, clusters, taken)
        self._transcript_labels(doc, clusters, taken, add)
        self._apposed_descriptions(doc, clusters, taken, add)
        report = self._report_country(doc, surname_at)
        if report is not None and _court_venue(clusters, report):
            # "THE HAGUE -" over a trial at the ICC: the court's seat, not the parties' country
            report = _most_mentioned({k: c for k, c in clusters.items() if c.country != report})
        if report is not None and self._mediates(doc, clusters.get(report), report):
            # "DOHA -": a report from where the host or mediator holds the talks is about the
            # parties, not the host
            report = _most_mentioned({k: c for k, c in clusters.items() if c.country != report})
        parties = _home(clusters) or _most_mentioned(clusters)
        if report is None and parties and self._mediates(doc, clusters.get(parties), parties):
            # "Kenyan mediator X" in a report of South Sudan's talks in Nairobi: the parties
            # the article names most other than the host's
            report = _most_mentioned({k: c for k, c in clusters.items() if c.country != parties})
        if report is None and _home(clusters) is None and _most_mentioned(clusters) is None:
            # placed by nothing else: the country whose towns it names ("in Port Moresby")
            report = _towns_country(doc)
        self._described(doc, clusters, taken, add, report)
        self._dyad_mentions(doc, clusters)
        _placed_by_name(clusters)
        self._home_country(clusters, report)
        return [c.to_actor() for c in clusters.values()]

    def _transcript_labels(self, doc: Doc, clusters: dict[str, Cluster], taken: set[int], add):
        """A transcript's speaker label in capitals, written at least twice ("RACHEL KAMAU:",
        "SAW HTOO LWIN:", "MORALES:"), is one mention of one person, whatever the NER made of
        its words ("RACHEL" an organisation): the person the article names so (the whole
        name, its surname or surnames, or the first of two surnames), else a person of that
        name, who is then also the name written in the text; never a role ("HOST:", "Q:")."""
        text = doc_text(doc)
        found: dict[str, list[tuple[int, int]]] = {}
        for m in SPEAKER_LABEL.finditer(text):
            found.setdefault(m.group(1), []).append((m.start(1), m.end(1)))
        persons = [
            c
            for c in clusters.values()
            if c.type == "person" and not c.id.startswith(described.ID_PREFIX)
        ]
        for label, spans in found.items():
            words = label.split()
            title = " ".join(w.capitalize() for w in words)
            if len(spans) < 2 or label in ROLE_LABELS or title in self.country_names:
                continue  # (a country's or capital's name is a live blog's place, "GAZA:")
            named = [c for c in persons if _labelled(c.name, words)]
            if len(named) > 1:
                continue
            if named:
                person = named[0]
            else:
                person = Cluster(actor_id(title, "person"), title, "person", None)
                person.surname = _surname(title)
                clusters[person.id] = person
                again = re.compile(rf"\b{re.escape(title)}\b")
                for other in _free_matches(doc, again, taken):
                    add(person.id, person.name, person.type, None, other)
            for start, end in spans:
                for c in clusters.values():
                    c.mentions = [(s, e) for s, e in c.mentions if e <= start or end <= s]
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    add(person.id, person.name, person.type, None, span)
        for key in [k for k, c in clusters.items() if not c.mentions]:
            del clusters[key]

    def _apposed_descriptions(self, doc: Doc, clusters: dict[str, Cluster], taken: set[int], add):
        """A common noun's phrase in apposition to a named person is a mention of that person
        ("X, a teacher who left", "the lead prosecutor, X", "Dossanov's wife, X": "wife", the
        possessor being another's mention)."""
        for cluster in [c for c in clusters.values() if c.type == "person"]:
            for start, end in list(cluster.mentions):
                span = doc.char_span(start, end, alignment_mode="expand")
                for head in _apposed_heads(span) if span is not None else ():
                    found = described.phrase(head)
                    if not any(t.i in taken for t in found):
                        add(cluster.id, cluster.name, cluster.type, cluster.country, found)

    def _described(
        self, doc: Doc, clusters: dict[str, Cluster], taken: set[int], add, report: str | None
    ) -> None:
        """Actors known by description and the definite descriptions that name an actor
        again (``described.py``)."""
        text = doc_text(doc)
        # the text less its edge white space: a long article's chunk (its paragraphs with the
        # break after them) gives the ids the chunk's text alone would
        key = text_sha1(text.strip())[:8]
        bounds: list[tuple[int, int, str]] = []
        for c in clusters.values():
            for s, e in c.mentions:
                bounds.append((s, e, c.id))

        def cluster_at(tok: Token) -> Cluster | None:
            for s, e, cid in bounds:
                if s <= tok.idx < e:
                    return clusters[cid]
            return None

        def country_of(span: Span) -> tuple[str | None, str | None]:
            for tok in span:
                if (country := self._demonym_ending(tok)) is not None:
                    return country, None
                c = cluster_at(tok)
                if c is not None and c.type == "country":
                    return c.id, None
            # "a spokesman for the Interior Ministry": that body's country and name
            for child in span.root.rights:
                if child.dep_ in ("nmod", "obl") and any(
                    g.lower_ in ("for", "of", "at", "in") for g in child.children
                ):
                    c = cluster_at(child)
                    if c is not None and c.type != "person" and c.country:
                        return c.country, (c.name if c.type != "country" else None)
                    # "a senior official at Ukraine's military intelligence agency": the
                    # country its possessor or a demonym in it names
                    for t in child.subtree:
                        owner = cluster_at(t)
                        if (country := self._demonym_ending(t)) is not None:
                            return country, None
                        if owner is not None and owner.type in PARTY_TYPES and owner.country:
                            return owner.country, None
                    town = _town_country(list(child.subtree))
                    if town:
                        return town, None  # "the governor of Idlib province"
            return None, None

        # where a description gives no country: the dateline's, else the article's home
        dateline = report or _home(clusters)
        # the actor each head noun last described, by the noun and its number: "the prosecutor"
        # is not "Prosecutors" named before, "the officials" not "a senior official"
        last_by_head: dict[tuple[str, bool], str] = {}

        def forces_before(start: int, police: bool) -> str | None:
            # the police (a force, not a person of that institution: "Iraqi police officials")
            # or the state's or group's forces other than a described unit ("three soldiers")
            # named last before ``start``
            named = [
                (max(s for s, _ in c.mentions if s < start), c.id)
                for c in clusters.values()
                if c.type == "military"
                and (c.role == "police") == police
                and (police or not c.id.startswith(described.ID_PREFIX))
                and any(s < start for s, _ in c.mentions)
            ]
            return max(named)[1] if named else None

        def earlier(item: described.Described) -> str | None:
            lemma = item.head.lemma_.lower()
            kind = described.kind_of(item.head)
            if item.owner is not None and kind in ("group", "military"):
                # "its fighters", "the NHF's fighters": the fighters of the group named
                owner = next(
                    (c for t in item.owner.subtree if (c := cluster_at(t)) is not None), None
                )
                if owner is not None and owner.type != "person":
                    return owner.id
            if (lemma, _plural(item.head)) in last_by_head:
                return last_by_head[(lemma, _plural(item.head))]
            start = item.span.start_char
            if lemma in BODY_MEMBERS and (found := _members_named(clusters, text, lemma, start)):
                return found.id  # "The prosecution said": the prosecutors named before
            if lemma in POLICE_WORDS:
                return forces_before(start, police=True)
            if kind in ("group", "military"):
                named = [
                    (max(s for s, _ in c.mentions if s < start), c.id)
                    for c in clusters.values()
                    if (c.type == kind or (kind == "group" and c.role == INTRODUCED_GROUP_ROLE))
                    and c.role != "police"  # "the army" is not the police named before
                    and any(s < start for s, _ in c.mentions)
                ]
                return max(named)[1] if named else None
            titled = [
                (s, c.id)
                for c in clusters.values()
                # a named person: a title before a described actor ("Governor X told a crowd
                # of parents") is not theirs
                if c.type == "person" and not c.id.startswith(described.ID_PREFIX)
                for s, _ in c.mentions
                if s < start and _titled(text, s, item.head)
            ]
            return max(titled)[1] if titled else None

        persons = {
            t.i
            for c in clusters.values()
            if c.type == "person"
            for s, e in c.mentions
            for t in expanded_span(doc, s, e) or []
        }
        for item in described.descriptions(doc, taken, persons):
            if any(i in taken for i in range(item.span.start, item.span.end)):
                continue
            found = described.settle(item, earlier, country_of)
            lemma = item.head.lemma_.lower()
            if found is None and lemma in ARMY_WORDS and _army_named(item):
                # "accused the army of massing troops": the forces named before, else the
                # country's army though it does not act here, as "the government" is its
                # government
                again = forces_before(item.span.start_char, police=False)
                if again is not None:
                    found = described.Found(again)
                elif dateline:
                    found = described.Found(None, type="military")
            if (
                lemma in POLICE_WORDS
                and item.owner is None
                and item.head.dep_ != "compound"  # "a police officer" is the officer
                and (found is None or not found.actor)
            ):
                # "police said", "reported the threats to police": the police the article named
                # last ("Kosovo police"), else the police of the country the report is from
                again = forces_before(item.span.start_char, police=True)
                country = (found.country if found else None) or dateline
                if again is None and country is not None and len(item.span) == 1:
                    police = self._police(country)
                    add(police.id, police.name, police.type, police.country, item.span)
                    clusters[police.id].role = police.role
                    again = police.id
                found = described.Found(again) if again is not None else found
            if found is None:
                continue
            if found.actor is not None:
                clusters[found.actor].mentions.append((item.span.start_char, item.span.end_char))
                taken.update(range(item.span.start, item.span.end))
                aid = found.actor
            elif found.type == "military" and lemma in ARMY_WORDS and (found.country or dateline):
                # "the army", "troops": the country's armed forces, as "Iraqi forces" are
                entry = self._military(found.country or dateline)
                add(entry.id, entry.name, entry.type, entry.country, item.span)
                aid = entry.id
            else:
                aid = described.described_id(found.name, key)
                add(aid, found.name, found.type, found.country or dateline, item.span)
                cluster = clusters[aid]
                cluster.official = True  # of the article's home country when it gives none
                cluster.role = cluster.role or found.role
            last_by_head[(lemma, _plural(item.head))] = aid
        self._named_bodies(doc, clusters, taken, report)
        media = described.words()["media"]
        for item in described.acting_bodies(doc, taken, self.demonym_words):
            # "The union said": the body named before whose name holds the noun ("the Volta
            # Teachers' Union"; for an outlet's noun, "The station", the outlet named last),
            # else a body of its own ("a local council", "the Tamale district council")
            lemma, start = item.head.lemma_.lower(), item.span.start_char
            named = [
                (max(s for s, _ in c.mentions if s < start), c.id)
                for c in clusters.values()
                if c.type not in ("person", "country")
                and any(s < start for s, _ in c.mentions)
                and (lemma in _name_words(c, text) or (lemma in media and c.type == "media"))
            ]
            if item.definite and not named and lemma in described.words()["generic_bodies"]:
                # "The aid organisation said": the organisation named last before it
                named = [
                    (max(s for s, _ in c.mentions if s < start), c.id)
                    for c in clusters.values()
                    if c.type == "organization"
                    and not c.id.startswith(described.ID_PREFIX)
                    and any(s < start for s, _ in c.mentions)
                ]
            span = (item.span.start_char, item.span.end_char)
            if item.definite and named:
                clusters[max(named)[1]].mentions.append(span)
            else:
                country, _ = country_of(item.span)
                name = described.name_of(item.span)
                kind = "media" if lemma in media else "organization"
                add(described.described_id(name, key), name, kind, country or dateline, item.span)
            taken.update(range(item.span.start, item.span.end))

    def _unlabelled_bodies(self, doc: Doc, taken: set[int], add) -> None:
        """Organisations the NER missed: capitalised words ending in an institution's noun
        ("the Foreign Ministry", "the Syrian Observatory for Human Rights" is the NER's; "the
        Justice Ministry" often is not), with the country of a demonym among them."""
        bodies = described.words()["bodies"]
        for tok in tokens_with(doc, "LEMMA", bodies):
            if not tok.is_title or tok.i in taken or tok.lemma_.lower() not in bodies:
                continue
            start = tok.i
            while start > 0 and start - 1 not in taken:
                before = doc[start - 1]
                if before.text in POSSESSIVE and start > 1 and doc[start - 2].is_title:
                    start -= 1  # "the Volta Teachers' Union", "the Ombudsman's Office"
                elif before.is_title and before.lower_ not in NOT_IN_NAMES:
                    start -= 1
                else:
                    break
            end = tok.i + 1
            if start == tok.i:
                # "the Ministry of Foreign Affairs (of Tajikistan)": the name goes on after it
                end = _of_name_end(doc, tok.i + 1, taken)
            if start == tok.i and end == tok.i + 1:
                continue  # a body's noun alone ("Ministry") names none
            span = doc[start:end]
            words = [t for t in span if t.text not in self.demonyms]
            if len(words) < 2:
                continue
            country = next((self.demonym_of(t) for t in span if t.text in self.demonyms), None)
            if country is None and start > 0 and doc[start - 1].is_title:
                country = self._country_in(doc, [doc[start - 1]])  # "the Ghana Teachers' Union"
            for of in tok.children if country is None else ():
                # "the Border Service of the Kyrgyz Republic"
                if of.dep_ == "nmod" and any(c.lower_ == "of" for c in of.children):
                    country = self._country_in(doc, list(of.subtree))
            name = " ".join(t.text for t in words).replace(" '", "'").replace(" ’", "’")
            add(actor_id(name, "organization"), name, "organization", country, span)

    def _named_media(self, doc: Doc, taken: set[int], add) -> None:
        """News outlets the NER missed: capitalised words right after an outlet's noun
        ("state broadcaster PTV", "the news agency Bakhtar") or opening with one ("Radio
        Meghna"), and the same name wherever else it stands ("KHOVAR" for "Khovar")."""
        nouns = described.words()["media"]
        names: list[Span] = []
        for tok in tokens_with(doc, "LOWER", nouns):
            if tok.i in taken or tok.lower_ not in nouns:
                continue
            start = tok.i + 1 if tok.is_lower or (tok.is_sent_start and not tok.is_upper) else tok.i
            if start == tok.i and not (tok.is_title and tok.i + 1 < len(doc)):
                continue
            end = start
            while end < len(doc) and end not in taken and _outlet_word(doc[end]):
                end += 1
            if end - start >= (1 if start > tok.i else 2):
                names.append(doc[start:end])
        for tok in tokens_with(doc, "LOWER", OUTLET_NAME_ENDS):
            # "Nile Horizon Radio", "Hague Justice Review": capitalised words ending in an
            # outlet's word, the whole a name the NER and the registry did not read
            if tok.i in taken or not tok.is_title or tok.lower_ not in OUTLET_NAME_ENDS:
                continue
            start = tok.i
            while start > 0 and start - 1 not in taken and _outlet_word(doc[start - 1]):
                start -= 1
            if start < tok.i and not doc[start].is_sent_start:
                names.append(doc[start : tok.i + 1])
        text = doc_text(doc)
        for m in DATELINE_CREDIT.finditer(text):
            credit = doc.char_span(m.start(1), m.end(1))
            if credit is not None and not (self.demonym_words & {t.text for t in credit}):
                names.append(credit)
        for span in names:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            country = next(
                (
                    self.demonym_of(t)
                    for t in doc[max(0, span.start - 4) : span.start]
                    if t.text in self.demonyms
                ),
                None,
            )
            add(actor_id(span.text, "media"), span.text, "media", country, span)
            again = re.compile(rf"\b{re.escape(span.text)}\b", flags=re.IGNORECASE)
            for other in _free_matches(doc, again, taken):
                add(actor_id(span.text, "media"), span.text, "media", country, other)

    def _named_groups(self, doc: Doc, taken: set[int], add) -> None:
        """Armed groups and gangs the NER missed: capitalised words before a group's noun
        ("the Fano militia", "the Tecolotes gang") or after a Spanish article ("Los
        Chacales", not a place such as "Los Angeles"), and the name again wherever it stands,
        with or without its article ("the Tecolotes", "a Chacales leader")."""
        nouns = described.words()["group_names"]
        found: list[tuple[Span, str]] = []
        articles = {a.lower() for a in SPANISH_ARTICLES}
        for tok in tokens_with(doc, "LOWER", nouns | articles):
            if tok.i in taken:
                continue
            if tok.lower_ in nouns and tok.is_lower:
                start = tok.i
                while start > 0 and start - 1 not in taken and _group_word(doc[start - 1]):
                    start -= 1
                if 0 < tok.i - start <= GROUP_NAME_MAX_WORDS:
                    run = doc[start : tok.i]
                    if not any(t.text in self.country_words for t in run):
                        found.append((run, run.text))
            elif tok.text in SPANISH_ARTICLES and not tok.is_sent_start:
                end = tok.i + 1
                # the NER takes these names for persons' or places'
                while end < len(doc) and end not in taken and _group_word(doc[end], True):
                    end += 1
                run = doc[tok.i : end]
                if 1 < len(run) <= GROUP_NAME_MAX_WORDS and run.text not in known_places():
                    found.append((run, doc[tok.i + 1 : end].text))
        for run, bare in found:
            if any(i in taken for i in range(run.start, run.end)):
                continue
            key = actor_id(run.text, "group")
            add(key, run.text, "group", None, run)
            again = re.compile(rf"\b(?:(?:Los|Las) )?{re.escape(bare)}\b")
            for other in _free_matches(doc, again, taken):
                add(key, run.text, "group", None, _with_name_after(other, taken))

    def _apposed_bodies(self, doc: Doc, taken: set[int], add, clusters) -> None:
        """A capitalised name the NER missed or took for a person's, followed by a body's noun
        in apposition ("Ligue Kivu-Espoir, a human rights group", "Mbeya Gem Traders, a
        company", "Kivu Watch, a monitoring website"): a body, an armed group ("an armed
        group") or an outlet, with the name again wherever it stands; the apposition is a
        mention of it, as it is of a body found before ("the THF, a rebel group")."""
        w = described.words()
        nouns = w["bodies"] | w["media"] | w["apposed_bodies"]
        for comma in tokens_with(doc, "ORTH", frozenset({","})):
            i = comma.i
            if i < 1 or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("a", "an"):
                continue
            head = None
            for tok in doc[i + 2 : i + 2 + APPOSITION_TITLE_WORDS]:
                if tok.pos_ in ("NOUN", "ADJ", "PROPN", "VERB") and not tok.is_punct:
                    head = tok  # the last word of the run of modifiers and nouns
                    if tok.pos_ == "NOUN" and (
                        tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ != "NOUN"
                    ):
                        break
                else:
                    break
            if head is None or head.lemma_.lower() not in nouns or head.pos_ != "NOUN":
                continue
            apposition = doc[i + 1 : head.i + 1]
            if any(t.i in taken for t in apposition):
                continue
            last = i - 1
            if doc[last].text == ")" and last >= 3 and doc[last - 2].text == "(":
                last -= 3  # "the Tana Hills Front (THF), a rebel group"
            if last in taken:
                # a body found before
                before = doc[last]
                owner = _cluster_at(clusters, before.idx)
                if owner is not None and owner.type != "person":
                    add(owner.id, owner.name, owner.type, owner.country, apposition)
                continue
            start = i
            while (
                start > 0
                and start - 1 not in taken
                and (
                    doc[start - 1].is_title
                    or (doc[start - 1].lower_ in NAME_CONNECTORS and start - 1 > 0)
                    or _joining_hyphen(doc, start - 1)
                )
            ):
                start -= 1
            while start < i and (doc[start].lower_ in NAME_CONNECTORS or doc[start].is_punct):
                start += 1  # "The Observatorio ...": from its first capitalised word
            if start >= i or doc[start].lower_ in NOT_IN_NAMES or doc[start].text in self.demonyms:
                continue
            span = doc[start:i]
            if span.text in self.country_names or span.text in known_places():
                continue
            modifiers = {t.lower_ for t in doc[i + 2 : head.i]}
            if head.lower_ in w["media"]:
                kind = "media"
            elif head.lemma_.lower() in w["groups"] and modifiers & w["armed_modifiers"]:
                kind = "group"
            else:
                kind = "organization"
            key = actor_id(span.text, kind)
            add(key, span.text, kind, self._country_in(doc, list(span)), span)
            add(key, span.text, kind, None, apposition)
            again = re.compile(rf"\b{re.escape(span.text)}\b")
            for other in _free_matches(doc, again, taken):
                add(key, span.text, kind, None, other)

    def _defined_names(self, doc: Doc, taken: set[int], add) -> None:
        """A body's full name that the text defines an acronym for ("the Mouvement pour la
        Renaissance du Congo (MRC)", "the Democratic Forces for the Liberation of Rwanda
        (FDLR)"), taken whole before the registry and the NER read a country or a place in it
        or cut it short; ``_acronyms`` then joins the acronym wherever it stands."""
        text = doc_text(doc)
        known = doc.spans.get("parley_registry", [])
        for m in ACRONYM_DEFINED.finditer(text):
            acronym = m.group(1)
            inside = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if inside is None or any(s.start <= inside.start < s.end for s in known):
                continue  # "(UN)": a body the registry knows by its acronym
            run = _name_before(doc, inside.start - 1, acronym)
            if run is None or any(i in taken for i in range(run.start, run.end)):
                continue
            if any(s.end == run.end and s.start <= run.start + 1 for s in known):
                continue  # "the Democratic Republic of Congo (DRC)": the registry's own name
            words = {t.lower_ for t in run}
            kind = "group" if words & ARMED_NAME_WORDS else "organization"
            country = self._country_in(doc, list(run))
            key = actor_id(run.text, kind)
            add(key, run.text, kind, country, run)
            for tok in tokens_with(doc, "ORTH", frozenset({acronym})):
                if tok.i not in taken:  # before the NER reads it as a body of its own
                    add(key, run.text, kind, country, doc[tok.i : tok.i + 1])

    def _acronyms(self, doc: Doc, clusters: dict[str, Cluster], taken: set[int]) -> None:
        """An acronym the text defines after a body's name ("the Syrian Observatory for Human
        Rights (SOHR)") names that body wherever it stands; one it does not define, that acts
        (the subject of a verb) and stands more than once, is a body of its own ("KFOR said it
        had increased patrols ... KFOR urged calm")."""
        self._defined_acronyms(doc, clusters, taken)
        found: dict[str, list] = defaultdict(list)
        upper = [doc[i] for i, u in enumerate(doc.to_array("IS_UPPER").tolist()) if u]
        for tok in upper:
            if (
                tok.i not in taken
                and tok.is_upper
                and tok.is_alpha
                and len(tok) >= MIN_ACRONYM_CHARS
                and tok.pos_ in ("PROPN", "NOUN")  # "KFOR, the NATO-led force," a noun
                and tok.ent_type_ not in PLACE_LABELS
                and tok.text.title() not in known_places()
            ):
                found[tok.text].append(tok)
        for word, toks in found.items():
            key = actor_id(word, "organization")
            # (the NER's body of that name takes its other mentions whatever they do)
            if key not in clusters and (len(toks) < 2 or not any(t.dep_ in SUBJ for t in toks)):
                continue
            cluster = clusters.setdefault(key, Cluster(key, word, "organization", None))
            for tok in toks:
                cluster.mentions.append((tok.idx, tok.idx + len(tok)))
                taken.add(tok.i)

    def _defined_acronyms(self, doc: Doc, clusters: dict[str, Cluster], taken: set[int]) -> None:
        text = doc_text(doc)
        for c in list(clusters.values()):
            if c.type == "person":
                continue
            for _, e in list(c.mentions):
                m = ACRONYM_DEFINED.match(text, e)
                if m is None:
                    continue
                for tok in tokens_with(doc, "ORTH", frozenset({m.group(1)})):
                    if tok.text == m.group(1) and tok.i not in taken:
                        c.mentions.append((tok.idx, tok.idx + len(tok)))
                        taken.add(tok.i)

    def _report_country(self, doc: Doc, surname_at: set[int] = frozenset()) -> str | None:
        """Where the report is from: its dateline's country, else the one country its opening
        words name ("Tripoli clashes: live updates", "Moldova's deputy prime minister ...",
        "Broadcast on ..., Dhaka"); None when they name two ("India and Pakistan met"). A
        country's name at ``surname_at`` is a person's surname ("João Lima"), no place."""
        dateline = self._dateline_country(doc_text(doc))
        if dateline is not None:
            return dateline
        towns = place_countries()
        named = set()
        # a town's name inside a known actor's ("the Fano militia") places nothing
        held = {
            i
            for span in doc.spans.get("parley_registry", [])
            if span.label_ != "country"
            for i in range(span.start, span.end)
        }
        for tok in doc:
            if tok.idx >= LEAD_CHARS:
                break
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in BORDER_WORDS:
                continue  # "near the Burkina border", "along the Thai border": its neighbour
            if tok.i in surname_at:
                continue
            country = self.country_named_at(tok) if tok.text in self.country_names else None
            if tok.text in self.demonyms:
                named.add(self.demonym_of(tok))
            elif country is not None:
                named.add(country)
            elif (
                tok.ent_type_ == "LOC"
                and tok.text in towns
                and tok.i not in held
                and not is_given_name(tok.text)
            ):
                named.add(towns[tok.text])  # not "Salem" in "Salem Ghrairi said"
        return named.pop() if len(named) == 1 else None  # two countries: no one place

    def _mediates(self, doc: Doc, state: Cluster | None, country: str) -> bool:
        """The article tells that ``country`` hosts, mediates or facilitates the talks it
        reports: the state, its seat or its demonym is the agent of a mediation word
        (``MEDIATION_LEMMAS``) or stands in its agent's phrase ("mediated by Oman", "Qatar
        hosted", "Malaysia's facilitator", "a retired Malaysian general who has facilitated
        the talks"); not merely in its sentence ("Djiboutian soldiers ... talks brokered by a
        Swiss-based group")."""
        held = set()
        for s, e in state.mentions if state is not None else ():
            held.update(t.i for t in expanded_span(doc, s, e) or ())
        for tok in tokens_with(doc, "LEMMA", MEDIATION_LEMMAS):
            for agent in tok.children:
                if agent.dep_ not in MEDIATOR_DEPS:
                    continue
                for t in agent.subtree:
                    if t.i in held or (t.text in self.demonyms and self.demonym_of(t) == country):
                        return True
        return False

    def _dateline_country(self, text: str) -> str | None:
        """The country of a wire report's dateline ("BAGHDAD, May 3 (Agency) -"), which places
        whoever the report leaves unplaced: on the text's first line, else on one of the next
        opening lines (``DATELINE_LINES``) when it names a place."""
        start = 0
        for _ in range(DATELINE_LINES):
            found = self._dateline_at(text, start)
            if found is not None:
                return found
            end = text.find("\n", start)
            while 0 <= end < len(text) - 1 and text[end + 1] in "\r\n":
                end += 1
            if end < 0:
                return None
            start = end + 1
        return None

    def _dateline_at(self, text: str, start: int) -> str | None:
        """The country of a dateline opening ``text`` at ``start``, or None."""
        m = DATELINE.match(text, start)
        if m is None:
            return None
        place = m.group(1).strip().title()
        entry = self.country_names.get(place)
        if entry is not None:
            return entry.id
        # "GOMA, Democratic Republic of Congo, Nov. 13 -": the country after the town
        rest = re.split(r",|\s[-\u2013\u2014]", text[m.end() : m.end() + DATELINE_COUNTRY_CHARS])
        rest = rest[0].strip()
        entry = self.country_names.get(rest)
        if entry is not None:
            return entry.id
        # "TORIBIO, Cauca —": the province's or state's country
        region = subdivision_countries().get(rest)
        if region is not None:
            return region
        return place_countries().get(place)  # "GOMA -": the town's country

    def _named_bodies(
        self, doc: Doc, clusters: dict[str, Cluster], taken: set[int], report: str | None = None
    ) -> None:
        """ "the ministry" when one actor of the article is a ministry (by its name, or by a
        mention: "the Ministry of Foreign Affairs of Tajikistan", Tajikistan's): a mention of
        it. "the government" (and "the government delegation", "the government side") is the
        state the article's parties are of, else the one it reports from (``report``)."""
        bodies = described.words()["bodies"]
        text = doc_text(doc)
        known: dict[str, set[str]] = {}

        def name_words(c: Cluster) -> set[str]:
            # once per cluster: a long article names a ministry again hundreds of times (the
            # mention each adds holds only words its name or mentions already had)
            if c.id not in known:
                known[c.id] = _name_words(c, text)
            return known[c.id]

        federated = FEDERATED_STATE.search(text) is not None
        for tok in tokens_with(doc, "LEMMA", bodies | STATE_WORDS):
            lemma = tok.lemma_.lower()
            # "the Ministry" capitalised is tagged a proper noun, and is still a common one
            if not federated and _bare_state(tok):
                lemma = "government"  # "the state", "the authorities": as "the government"
            if tok.pos_ not in ("NOUN", "PROPN") or lemma not in bodies or tok.i in taken:
                continue
            last = self._government_group(tok) if lemma in GOVERNMENT_WORDS else tok
            if last is None or last.i in taken:
                continue
            det = [c for c in last.lefts if c.dep_ == "det"]
            if not det:
                continue
            between = doc[det[0].i + 1 : tok.i]
            # a government's own modifiers may be phrases ("the internationally recognised
            # government", "the military-aligned government")
            modifiers = (
                GOVERNMENT_MODIFIER_DEPS if lemma in GOVERNMENT_WORDS else NAME_MODIFIER_DEPS
            )
            if any(t.dep_ not in modifiers for t in between):
                continue  # "the Janzour brigade" yes; "the ministry's own office" no
            owner = _body_named_beside(det[0], last, clusters, taken)
            if owner is not None:
                # "SNAI, the agency that runs the prisons", "the OSCE mission": the body's,
                # and its noun names it again ("the agency", "the mission")
                owner.mentions.append((det[0].idx, last.idx + len(last)))
                taken.update(range(det[0].i, last.i + 1))
                known.pop(owner.id, None)
                continue
            if det[0].lower_ not in ("the", "this", "that") or any(t.i in taken for t in between):
                continue
            words = {t.lower_ for t in between} | {lemma, tok.lower_}
            named = [
                c
                for c in clusters.values()
                if c.type != "person"
                and c.mentions
                and {lemma, tok.lower_} & (names := name_words(c))
                and words - {lemma, tok.lower_} <= names
                and min(c.mentions)[0] < tok.idx
            ]
            seat = _seat_country(last, clusters) if lemma in GOVERNMENT_WORDS else None
            if seat is not None:
                # "the government in Kabul": the state its seat names (none for a seat the
                # article places nowhere)
                named = [c for c in clusters.values() if c.id == seat]
            elif not named and lemma in GOVERNMENT_WORDS:
                # "the government": the state the article is about, when it names it, else the
                # one it reports from, else the one whose parties it names most
                home = _home(clusters) or report or _most_mentioned(clusters)
                named = [c for c in clusters.values() if c.id == home and c.type == "country"]
                state = self.registry.entries.get(home) if home and not named else None
                if state is not None and state.type == "country":
                    # a report placed by its dateline or towns that never names its state
                    # ("COCHABAMBA - ... The government said"): the state's first mention
                    clusters[state.id] = Cluster(state.id, state.name, state.type, state.country)
                    named = [clusters[state.id]]
            if not named and lemma in BODY_MEMBERS:
                # "the prosecution": the prosecutors named before ("Prosecutors said ...")
                found = _members_named(clusters, text, lemma, tok.idx)
                named = [found] if found is not None else []
            if not named and lemma in BLOC_WORDS:
                # "the bloc": the union of states the article named last (the registry's role)
                blocs = [
                    (max(s for s, _ in c.mentions if s < tok.idx), c.id)
                    for c in clusters.values()
                    if c.role in BLOC_ROLES and any(s < tok.idx for s, _ in c.mentions)
                ]
                named = [clusters[max(blocs)[1]]] if blocs else []
            if len(named) == 1:
                named[0].mentions.append((det[0].idx, last.idx + len(last)))
                taken.update(range(det[0].i, last.i + 1))

    def _government_group(self, tok: Token) -> Token | None:
        """The last word of a "government" phrase: the word itself, or the group noun it
        modifies ("the government delegation", "the government side"; ``nouns.tsv``), whose
        phrase names the government as "the Russian delegation" names Russia's; None when it
        modifies anything else ("government forces", "a government official")."""
        if tok.dep_ != "compound":
            return tok
        if tok.head.i > tok.i and self.registry.group_nouns.get(tok.head.lower_) == "government":
            return tok.head
        return None

    def _home_country(self, clusters: dict[str, Cluster], dateline: str | None = None) -> None:
        """Persons and bodies the registry does not know, of unknown country, belong to the
        country the article reports from (``_report_country``), else, in an article that is
        about one country's parties, to that country (at least ``HOME_COUNTRY_SHARE`` of the
        mentions of states, governments, armed forces and groups are of that country), else
        to the country whose parties it mentions most (``_most_mentioned``).
        Session 21: the report's country before the parties' (a Lao report of Cambodian
        troops places its villagers in Laos): pool country 0.7402 -> 0.7468, studied half
        0.8305 -> 0.8346, held-out half 0.6423 -> 0.6518, no batch down.
        Measured on the readable development batch 19b: country accuracy 0.426 -> 0.507 over
        officials only; the team's dev set 0.983 -> 1.0. The report's country first would
        give 0.797 against 0.775 on 19b but 0.983 against 1.0 on the team's dev set. The
        most-mentioned country where there is no report's country: pool country accuracy
        0.630 -> 0.667 (``HOME_COUNTRY_MIN_MENTIONS`` asked of it) -> 0.702 (none asked);
        taking it over the report's country too lost (0.617)."""
        home = dateline or _home(clusters) or _most_mentioned(clusters)
        if home is None:
            return
        for c in clusters.values():
            if c.country is not None:
                continue
            if c.type == "person" or c.id.startswith(("organization:", "media:", "group:")):
                c.country = home  # a body the registry does not know: of the home country

    def _dyad_mentions(self, doc: Doc, clusters: dict[str, Cluster]) -> None:
        """ "both sides", "each other": a mention of each of the two parties the article
        mentions most (states, governments, armed forces and groups)."""
        parties = ranked_parties(clusters.values(), doc_text(doc))
        if len(parties) < 2:
            return
        text = doc_text(doc).lower()
        for phrase in self.registry.dyad_phrases:
            start = text.find(phrase)
            while start != -1:
                end = start + len(phrase)
                bounded = (start == 0 or not text[start - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()
                )
                if bounded:
                    for party in parties[:2]:
                        party.mentions.append((start, end))
                start = text.find(phrase, end)

    def _trim(self, ent: Span, taken: set[int]) -> Span | None:
        """Drop leading determiners, titles, demonyms and registry names ("the", "Foreign
        Minister", "Kazakh", "Hamas official") and trailing possessives and punctuation from an
        entity span; None when no name is left."""
        doc = ent.doc
        start, end = ent.start, ent.end
        while start < end - 1 and (
            doc[start].lower_ in ("the", "a", "an")
            or doc[start].lower_ in self.registry.titles
            or doc[start].text in self.demonyms
            or start in taken
        ):
            start += 1
        while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
            end -= 1
        return self._after_inner_title(doc[start:end]) if end > start else None

    def _after_inner_title(self, span: Span) -> Span:
        """The name after the title that ends an office's words inside a name ("Malaita
        Premier Lawrence Afu'uia", "Association president S. Murugesan"), else ``span``."""
        inner = [t.i for t in span[:-2] if self._head_title(t)]
        if inner and _name_after_title(span.doc[inner[-1] + 1 : span.end]):
            return span.doc[inner[-1] + 1 : span.end]
        return span

    def _person_entities(self, doc: Doc, taken: set[int]) -> list[Span]:
        """The NER's persons, less single words that are known places ("Kunming"), and its
        organisations and locations that are people by the evidence of the article: an
        office title before the name ("President Irfaan Ali", "a spokesman, Randhir
        Jaiswal"), or a surname the NER also found as a person ("Yemane Gebremeskel" ...
        "Gebremeskel")."""
        persons = [e for e in doc.ents if ENTITY_TYPES.get(e.label_) == "person"]
        surnames = {e[-1].lower_ for e in persons}
        full_surnames = {e[-1].lower_ for e in persons if len(e) > 1}
        given = {e[0].lower_ for e in persons if len(e) > 1 and is_given_name(e[0].text)}
        places = known_places()
        out, unsure = [], []
        introduced: set[str] = set()  # names introduced by a title in apposition
        bodies = described.words()["bodies"]
        for ent in doc.ents:
            kind = ENTITY_TYPES.get(ent.label_)
            if ent[-1].lemma_.lower() in bodies and ent[-1].pos_ in ("NOUN", "PROPN"):
                continue  # "the Interior Ministry" after "a spokesman for": a body's name
            if kind == "person":
                if self._in_demonym(ent):
                    continue  # "Sierra Leonean soldiers": a country's adjective, no one's name
                shared = ent[0].lower_ in full_surnames
                alone = len(self._with_given_names(ent, taken)) == 1  # not "Sergio" + it
                place = ent.text in places or (ent.text.isupper() and ent.text.title() in places)
                if len(ent) == 1 and place and not shared and alone:
                    continue  # a town the NER took for a person
                if _placed_after_noun(ent):
                    continue  # "residents of Bir al-Abd", "a fuel seller in Cinkassé": a place
                out.append(ent)
            elif kind == "organization" or ent.label_ in PLACE_LABELS:
                if ent.label_ in PLACE_LABELS and ent.text in places:
                    continue
                ent = self._with_given_names(ent, taken)  # "Pedro" + "Sanchez"/LOC
                ent = _before_apposition(self._with_surname(ent, taken))
                if len(ent) == 1 and ent.text.istitle() and ent[0].lower_ in surnames | given:
                    out.append(ent)  # "Byamungu"/ORG after "Corneille Byamungu"/PER
                    continue
                trimmed = self._trim(ent, taken)
                if trimmed is None:
                    continue
                if not (_looks_like_name(ent) or _looks_like_name(trimmed)):
                    continue  # ("UN Special Representative Kwame Asante-Boateng": the name
                    # after the acronym and the lower-case title words)
                if self._titled_after(trimmed):
                    introduced.add(ent.text)
                    out.append(ent)
                elif (
                    self._title_before(trimmed)
                    or ent[-1].lower_ in surnames
                    or self._given_named(trimmed)
                ):
                    out.append(ent)
                else:
                    unsure.append(ent)
        # the same name written again without its apposition ("Dogo Isah, a bandit leader" ...
        # "Dogo Isah's deputies") is the same person's
        out += [e for e in unsure if e.text in introduced]
        return sorted(out + self._unlabelled_names(doc, surnames, taken), key=lambda e: e.start)

    def _with_given_names(self, ent: Span, taken: set[int]) -> Span:
        """``ent`` with the capitalised words the NER left out before it, up to a title
        ("Defence Minister Pedro" + "Sanchez")."""
        doc, start = ent.doc, ent.start
        while (
            start > 0
            and start - 1 not in taken
            and _name_word(doc[start - 1])
            and not doc[start - 1].ent_type_
            and doc[start - 1].lower_ not in self.registry.titles
            and doc[start - 1].text not in self.demonyms
        ):
            start -= 1
        return doc[start : ent.end]

    def _with_surname(self, ent: Span, taken: set[int]) -> Span:
        """A given name the NER took alone for a place or body, with the capitalised words
        after it up to a comma ("Tigran"/LOC + "Avetisyan, one of the alliance's leaders")."""
        doc, end = ent.doc, ent.end
        if len(ent) != 1 or not is_given_name(ent.text):
            return ent
        while (
            end < len(doc)
            and end - ent.start <= NAME_WORDS_AFTER_GIVEN
            and end not in taken
            and _name_word(doc[end])
            and doc[end].lower_ not in self.registry.titles
        ):
            end += 1
        if end == ent.end or end >= len(doc) or doc[end].text != ",":
            return ent
        return doc[ent.start : end]

    def _unlabelled_names(self, doc: Doc, surnames: set[str], taken: set[int]) -> list[Span]:
        """Names the NER missed: two to four capitalised proper nouns after a person's title
        ("Envoy Sergio Valdivia") or ending in the surname of a person the NER found ("Ali
        Mansour and Omar Mansour"), or a surname alone after a title (``_titled_surname``)."""
        out = []
        # a name starts at a proper noun outside the NER's entities: the doc's arrays find
        # those without making a Token of every word
        propn, nnp = doc.vocab.strings["PROPN"], doc.vocab.strings["NNP"]
        tags = doc.to_array(["POS", "ENT_TYPE", "TAG"])
        unlabelled = tags[:, 1] == 0
        # a first name the tagger called an adjective while tagging it a proper noun
        # ("commander, Nyagoa/ADJ/NNP Gatwech"): a name may open there too
        starts = (((tags[:, 0] == propn) | (tags[:, 2] == nnp)) & unlabelled).nonzero()[0].tolist()
        i = 0
        for first in starts:
            if first < i:
                continue
            i = first
            misread = self._misread_first_name(doc, i)
            if i in taken or not (_name_word(doc[i]) or misread):
                continue
            j = i
            while (
                j < len(doc)
                and j not in taken
                and not doc[j].ent_type_
                # "Jorge Ramos" with "Ramos" tagged a common noun
                and (
                    _name_word(doc[j])
                    or (j == i and misread)
                    or (j > i and _misread_name_word(doc[j], self.registry.titles))
                    # "Defence Minister Esteban Olmedo" with "Esteban" tagged an adjective
                    or (j > i and _given_name_before_name(doc, j))
                )
            ):
                j += 1
            start = i
            # "Serbian President Nebojša Radulović": demonyms and titles before the name
            while start < j and (
                doc[start].lower_ in self.registry.titles or doc[start].text in self.demonyms
            ):
                start += 1
            titled = any(self._head_title(doc[k]) for k in range(i, start)) or (
                start < j and self._title_before(doc[start:j])
            )
            inner = [k for k in range(start, j - 2) if self._head_title(doc[k])]
            if inner and not titled:
                # "Irrigation Minister Osman Babikir": the name after the title that ends the
                # office's words
                start, titled = inner[-1] + 1, True
            if 2 <= j - start <= 4 and (
                titled
                or doc[j - 1].lower_ in surnames
                or (self._given_named(doc[start:j]) and name_gender(doc[start:j].text))
            ):
                out.append(doc[start:j])
            elif j - start == 1 and start > i and self._titled_surname(doc[start]):
                out.append(doc[start:j])  # "President Obama", "Mr. Obama"
            i = j
        return out

    def _misread_first_name(self, doc: Doc, i: int) -> bool:
        """Token ``i`` is a capitalised word tagged a proper noun (NNP) but an adjective, no
        demonym nor title, before a name's word: a first name the tagger misread."""
        tok = doc[i]
        return (
            tok.pos_ == "ADJ"
            and tok.tag_ == "NNP"
            and tok.is_title
            and tok.text not in self.country_words
            and tok.lower_ not in self.registry.titles
            and i + 1 < len(doc)
            and _name_word(doc[i + 1])
        )

    def _titled_surname(self, tok) -> bool:
        """One proper noun right after an office title or an honorific ("President Obama",
        "Mr. Obama", "Senator Cruz") that the article writes again: a person's surname (a
        town may bear it: Obama, Japan), unless it is a country's name or demonym or a body's
        word ("General Motors"); a word written once ("President Hotel") is left alone."""
        title = tok.doc[tok.i - 1]
        if not self._head_title(title) or title.lower_ in MILITARY_RANKS:
            return False
        return (
            tok.pos_ == "PROPN"
            and _written(tok.doc)[tok.orth] > 1
            and not (
                tok.text in self.country_names
                or tok.text in self.demonyms
                or tok.lower_ in described.words()["bodies"]
                or tok.lower_ in self.registry.nonactor_heads
            )
        )

    def _given_named(self, span: Span) -> bool:
        """Two to four words opening with a given name ("Comfort Nyemah"), after no
        determiner, not opening with a place nor one as a whole, none of them a country's name
        or demonym, a body's noun or a feature's ("Georgia Tech", "Jordan Valley", "Victoria
        Police"); a surname that is also a town's name stays one ("Jorge Ramos")."""
        words = [t for t in span if not t.is_punct]
        if not 2 <= len(words) <= 4 or not is_given_name(words[0].text):
            return False
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].pos_ == "DET":
            return False  # "the Red Sea", "the Kerem Shalom crossing": no person's name
        places, bodies = known_places(), described.words()["bodies"]
        if words[0].text in places or span.text in places:
            return False  # "Jordan Valley", "Santa Cruz": a place; "Jorge Ramos" is a person
        return not any(
            t.text in self.country_names
            or t.text in self.demonyms
            or t.lower_ in bodies
            or t.lower_ in self.registry.nonactor_heads
            for t in words
        )

    def _person_spans(self, doc: Doc, taken: set[int]) -> list[Span]:
        """The NER's person names, trimmed, with adjacent pieces joined ("Nabil" + "Abdallah")
        and names the NER cut short extended over the capitalised words that follow."""
        spans: list[Span] = []
        for ent in self._person_entities(doc, taken):
            span = self._trim(ent, taken)
            if span is None or (len(span) == 1 and span[0].lower_ in self.registry.titles):
                continue  # "Mawlawi" the NER set apart from the name after it
            start, end = span.start, span.end
            while end < len(doc) and end not in taken:
                if _name_word(doc[end]) or _misread_name_word(doc[end], self.registry.titles):
                    end += 1
                elif _joining_hyphen(doc, end) and _name_word(doc[end + 1]):
                    end += 2  # "Kassym" + "-Jomart"
                else:
                    break
            while start > 0 and start - 1 not in taken:
                before = doc[start - 1]
                if (_name_word(before) or _given_name_misread(before)) and (
                    before.lower_ not in self.registry.titles and before.text not in self.demonyms
                ):
                    start -= 1
                elif start > 1 and _joining_hyphen(doc, start - 1) and _name_word(doc[start - 2]):
                    start -= 2  # "Kassym-" + "Jomart Tokayev"
                else:
                    break
            span = doc[start:end]
            if spans and spans[-1].end >= span.start:
                span = doc[spans[-1].start : max(span.end, spans[-1].end)]
                spans.pop()
            spans.append(self._after_inner_title(span))  # "Makira Premier" + "Jonah X"
        w = described.words()
        not_surnames = w["bodies"] | w["institutions"] | self.registry.nonactor_heads
        return [
            s
            for s in spans
            if not any(i in taken for i in range(s.start, s.end))
            # "the State Committee for National Security", "Protection Force": a body's name
            and not (len(s) > 1 and s[-1].lower_ in not_surnames | BODY_NAME_ENDS)
            # "the Kyrgyz ambassador": a demonym the NER took for a name
            and not (len(s) == 1 and s.text in self.demonyms)
        ]

    def _propagate_surnames(self, doc: Doc, clusters: dict[str, Cluster], taken: set[int]):
        """Mentions the NER missed: a capitalised token that is (a spelling of) the surname of
        exactly one person of this article joins that person."""
        people = [c for c in clusters.values() if c.type == "person" and len(c.surname) > 2]
        if not people:
            return
        titled = doc.to_array("IS_TITLE").tolist()
        if any("'" in c.surname for c in people):
            # "Afu'uia" written again alone (no title case to ``is_title``)
            titled = [t or _capitalised(doc[i]) for i, t in enumerate(titled)]
        upper = doc.to_array("IS_UPPER").tolist()
        named_by: dict[str, list[Cluster]] = {}  # each word's people, found once per article
        for tok in (doc[i] for i, (t, u) in enumerate(zip(titled, upper, strict=True)) if t or u):
            # a transcript's speaker label in capitals ("BHUIYAN:") is a surname too (not a
            # short acronym: "UN", "RSF")
            if tok.is_upper and len(tok) < 4:
                continue
            if tok.i in taken:
                continue
            # (in capitals, whatever the tagger made of it: "RUSU:" read as a verb; a surname
            # written as it was, too: "Petrić demands" read as a verb)
            tagged = tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.is_upper
            end = tok.i + 1
            if _joining_hyphen(doc, end) and end + 1 not in taken:
                end += 2  # "Lefèvre-Tiaou", written again alone, is one word of two tokens
            word = doc[tok.i : end].text.lower()
            if not tagged and (tok.is_stop or not any(c.surname == word for c in people)):
                continue
            if (hits := named_by.get(word)) is None:
                hits = named_by[word] = _named_by(word, people)
            if len(hits) > 1 and all(len(c.name.split()) > 1 for c in hits):
                hits = _principal(doc[tok.i : end], hits)
            if len(hits) == 1:
                hits[0].mentions.append((tok.idx, doc[end - 1].idx + len(doc[end - 1])))
                taken.update(range(tok.i, end))

    def _resolve_persons(self, doc: Doc, persons: list[Span], clusters, add) -> None:
        """Full names first, then partial and misspelled names joined to them."""
        full = [p for p in persons if len(p.text.split()) > 1]
        partial = [p for p in persons if len(p.text.split()) == 1]
        for ent in full:
            entry = self._registry_person(ent.text)
            if entry is not None:
                add(entry.id, entry.name, "person", entry.country, ent)
                continue
            # one person whose name two romanisations spell ("Oleksandr Hrytsenko" ...
            # "Aleksandr Gritsenko")
            spelled = [
                c
                for c in clusters.values()
                if c.type == "person"
                and c.name != ent.text
                and same_name(c.surname, _surname(ent.text))
                and same_given_names(c.name, ent.text)
            ]
            if len(spelled) == 1:
                add(spelled[0].id, spelled[0].name, "person", spelled[0].country, ent)
                continue
            key = actor_id(ent.text, "person")
            add(key, ent.text, "person", self._context_country(doc, ent), ent)
            clusters[key].official |= self._is_official(ent)
        for ent in partial:
            surname = ent.text.lower()
            known = [
                c for c in clusters.values() if c.type == "person" and same_name(c.surname, surname)
            ]
            exact = [c for c in known if c.surname == surname]
            # else a person named again by their given name ("Amina Yusuf" ... "Amina")
            given = [
                c
                for c in clusters.values()
                if c.type == "person"
                and len(c.name.split()) > 1
                and c.name.split()[0].lower() == surname
            ]
            # or by the first of two surnames ("Héctor Villalva Ruiz" ... "Villalva")
            middle = [
                c
                for c in clusters.values()
                if c.type == "person"
                and len(c.name.split()) > 2
                and surname in (w.lower() for w in c.name.split()[1:-1])
            ]
            candidates = exact or known or given or middle
            if len(candidates) == 1:
                c = candidates[0]
                add(c.id, c.name, c.type, c.country, ent)
                continue
            if len(candidates) > 1:
                # Two people share this surname here ("Omar Haddad" and his sister "Lina
                # Haddad"): the one the gender of a title before it allows, named last
                found = (
                    _principal(ent, candidates)
                    if all(len(c.name.split()) > 1 for c in candidates)
                    else []
                )
                c = found[0] if found else None
                if c is not None:
                    add(c.id, c.name, c.type, c.country, ent)
                else:
                    add(actor_id(ent.text, "person"), ent.text, "person", None, ent)
                continue
            entry = self._registry_person(ent.text)
            if entry is not None:
                add(entry.id, entry.name, "person", entry.country, ent)
            else:
                key = actor_id(ent.text, "person")
                add(key, ent.text, "person", self._context_country(doc, ent), ent)
                clusters[key].official |= self._is_official(ent)

    def _head_title(self, tok) -> bool:
        return tok.lower_ in self.registry.titles and tok.lower_ not in TITLE_MODIFIERS

    def _title_before(self, span: Span) -> bool:
        """An office title among the few words before a name, in its sentence and with no
        verb between ("Defence Minister X", "a spokeswoman for the TNLA, X")."""
        doc = span.doc
        # not bounded by the parser's sentences: it may split "X's spokesman, | Y said"
        for t in reversed(doc[max(0, span.start - OFFICIAL_WINDOW) : span.start]):
            if t.pos_ in ("VERB", "AUX") or t.text in SENTENCE_END or "\n" in t.text:
                return False
            if self._head_title(t):
                return True
        return False

    def _titled_after(self, span: Span) -> bool:
        """An office title heading a phrase in apposition right after a name ("Qari Mansoor
        Ahmadzai, a spokesman for the defence ministry", "Dogo Isah, a bandit leader whose
        fighters ..."): one person's, whatever label the NER gave the name."""
        doc, i = span.doc, span.end
        if i + 2 >= len(doc) or doc[i].text != ",":
            return False
        # "X, one of the alliance's leaders": one person of several, a plural title
        one_of = doc[i + 1].lower_ == "one" and doc[i + 2].lower_ == "of"
        if one_of:
            i += 2
        if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("a", "an", "the"):
            return False
        for tok in doc[i + 2 : i + 2 + APPOSITION_TITLE_WORDS]:
            if tok.pos_ == "NOUN" and (tok.tag_ == "NN" or one_of) and self._head_title(tok):
                return True  # one person ("a spokesman"), not "officials"
            if tok.pos_ not in ("NOUN", "ADJ", "PROPN") and tok.text not in POSSESSIVE:
                return False  # (a possessor's mark may stand between: "the group's envoy")
        return False

    def _is_official(self, ent: Span) -> bool:
        """Named with an office: a title before the name or heading a phrase in apposition
        ("an army spokesman, X"; "X, the army's spokesman")."""
        heads = [t for t in ent.root.children if t.dep_ == "appos"]
        if ent.root.dep_ == "appos":
            heads.append(ent.root.head)
        return self._title_before(ent) or any(self._head_title(t) for t in heads)

    def _registry_person(self, text: str) -> Entry | None:
        """A registry person whose full name or surname is ``text``, allowing misspellings."""
        surname = _surname(text)
        multi = len(text.split()) > 1
        hits: set[int] = set()
        for k, name in self.persons_by_initial.get(spelling_key(surname)[:1], ()):
            if k in hits:
                continue
            if multi and len(name.split()) > 1:
                ok = name.lower() == text.lower() or (
                    name.split()[0].lower() == text.split()[0].lower()
                    and same_name(_surname(name), surname)
                )
            elif not multi:
                ok = same_name(_surname(name), surname)
            else:
                ok = False
            if ok:
                hits.add(k)
        return self.registry_persons[hits.pop()] if len(hits) == 1 else None

    def _context_country(self, doc: Doc, ent: Span) -> str | None:
        """A person's country from the words around the name: a demonym or a country-bearing
        name before it in its phrase ("Russian negotiator X", "Kremlin Spokesman X"), or in a
        phrase in apposition ("Eritrea's information minister, X"; "X, Kenya's envoy")."""
        before = []
        for tok in reversed(doc[max(0, ent.start - OFFICIAL_WINDOW) : ent.start]):
            # a comma may set off the title phrase: "an Indian ministry spokesman, X"; a
            # hyphen inside a word is part of it ("former Malawian vice-president X")
            if _joining_hyphen(doc, tok.i):
                continue
            if (tok.is_punct and tok.text != ",") or tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
                break
            if "\n" in tok.text:
                break
            before.append(tok)
        country = self._country_in(doc, before)
        if country:
            return country
        root = ent.root
        for served in root.children:
            # "Foreign Minister Rania Haddad of Jordan"
            cases = {c.lower_ for c in served.children if c.dep_ == "case"}
            if served.dep_ == "nmod" and served.i >= ent.end and cases & {"of", "from"}:
                country = self._country_in(doc, [served])
                if country:
                    return country
        country = self._apposed_country(doc, ent) or self._leader_of_country(doc, ent)
        if country:
            return country
        heads = [t for t in root.children if t.dep_ == "appos"]
        cur = root
        for _ in range(CLIMB_STEPS):
            if cur.dep_ not in CLIMB_DEPS or cur.head == cur:
                break
            cur = cur.head
            if cur.pos_ in ("NOUN", "PROPN") and not ent.start <= cur.i < ent.end:
                heads.append(cur)
        for head in heads:
            # the words before the head noun: its determiners, demonyms and possessors
            phrase = [
                t for t in doc[head.left_edge.i : head.i + 1] if not ent.start <= t.i < ent.end
            ]
            country = self._country_in(doc, phrase)
            if country:
                return country
        for head in heads:
            # whom the title serves: "an adviser to the Jordanian king", "a spokesman for
            # Kenya's president"
            for served in head.children:
                cases = {c.lower_ for c in served.children if c.dep_ == "case"}
                if served.dep_ != "nmod" or not cases & {"to", "for", "of", "in", "from"}:
                    continue
                own = range(ent.start, ent.end)
                phrase = [t for t in doc[served.left_edge.i : served.i + 1] if t.i not in own]
                country = self._country_in(doc, phrase) or _town_country(phrase)
                if country:
                    return country
        for clause in root.children:
            # "X, who heads Ukraine's Coordination Headquarters": the body they hold office in
            if clause.dep_ in RELATIVE_CLAUSES and clause.lemma_.lower() in described.OFFICE_VERBS:
                held = [t for c in clause.children if c.dep_ == "obj" for t in c.subtree]
                country = self._country_in(doc, held)
                if country:
                    return country
        return None

    def _apposed_country(self, doc: Doc, ent: Span) -> str | None:
        """The country of an office title's phrase right after a name's comma ("X, Ghana's
        chief negotiator on ..."; "X, Kenya's envoy"), however the parse hangs it."""
        if ent.end >= len(doc) or doc[ent.end].text != ",":
            return None
        phrase = []
        for tok in doc[ent.end + 1 : ent.end + 1 + OFFICIAL_WINDOW]:
            if _joining_hyphen(doc, tok.i):
                continue  # "X, Malawi's former vice-president"
            if (tok.is_punct and tok.text not in POSSESSIVE) or tok.pos_ in ("VERB", "AUX", "ADP"):
                break
            if self._head_title(tok):
                return self._country_in(doc, phrase)
            phrase.append(tok)
        return None

    def _leader_of_country(self, doc: Doc, ent: Span) -> str | None:
        """The country of the group a passive's agent leads ("Ghana's delegation is led by
        X"; "Togo's by Y", the verb left out, names its own)."""
        by = ent.start - 1  # over the office's words: "by Deputy Foreign Minister X"
        while by > ent.start - OFFICIAL_WINDOW and by > 0 and doc[by].pos_ in NAME_POS:
            by -= 1
        if by >= 2 and doc[by].lower_ == "by" and doc[by - 1].text in POSSESSIVE:
            return self._country_in(doc, [doc[by - 2]])
        root = ent.root
        if (
            root.dep_ not in ("obl:agent", "agent")
            or root.head.lemma_.lower() not in described.OFFICE_VERBS
        ):
            return None
        for subj in root.head.children:
            if subj.dep_ in SUBJ:
                return self._country_in(doc, list(doc[subj.left_edge.i : subj.i + 1]))
        return None

    def _country_in(self, doc: Doc, tokens: list) -> str | None:
        """The first country a demonym or a registry name among ``tokens`` stands for."""
        held = _registry_ids_by_token(doc)
        for tok in tokens:
            if (country := self._demonym_ending(tok)) is not None:
                return country  # "Malawian", "Central African" (at "African")
            for key in held.get(tok.i, ()):
                entry = self.registry.entries.get(key)
                if entry is not None and entry.country and entry.type != "person":
                    return entry.country
        return None


# Each doc's registry matches by the tokens they hold (ids in the span group's order), made
# once per doc (a stage reads them for many phrases); the doc's and the group's sizes tell
# one changed since.
_REGISTRY_IDS: WeakKeyDictionary[Doc, tuple[tuple[int, int], dict[int, list[str]]]] = (
    WeakKeyDictionary()
)


def _registry_ids_by_token(doc: Doc) -> dict[int, list[str]]:
    group = doc.spans.get("parley_registry", [])

    def held() -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for span in group:
            for i in range(span.start, span.end):
                out.setdefault(i, []).append(span.id_)
        return out

    return kept_for(_REGISTRY_IDS, doc, (len(doc), len(group)), held)


# An acronym the text does not define is a body's name from this many letters ("KFOR",
# "UNSMIL"; "UN" and "EU" are the registry's).
MIN_ACRONYM_CHARS = 3
# Ranks that open companies' and places' names as often as people's ("General Motors",
# "Major League", "Admiral Nimitz" is rarer than "General Electric"): no single name after them.
MILITARY_RANKS = frozenset({"general", "major", "admiral", "captain", "colonel", "private"})
# Words before a name that make it the place something happened ("talks in Brasilia"), not a
# party acting.
PLACE_WORDS = {"in", "at"}
# the prepositions that place people ("a trader in X", "villagers from X", "a nurse at X"), and
# the nouns after which "of" does ("residents of X", "the governor of X"; ``_placed_after_noun``)
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from"})
DWELLER_NOUNS = frozenset(
    {"resident", "villager", "inhabitant", "people", "elder", "governor", "mayor", "chief"}
)
# the nouns of places a name follows with "of" ("the village of Kilo", "the town of Kafr
# Nabl", "the district of Loikaw": English's appositive "of" naming a place by its kind);
# the name is that place's, whatever the NER made of it (session 22)
SETTLEMENT_NOUNS = frozenset(
    {
        "village",
        "town",
        "city",
        "hamlet",
        "district",
        "province",
        "region",
        "county",
        "commune",
        "municipality",
        "settlement",
        "locality",
        "township",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "island",
        "port",
    }
)
# the endings of demonyms whose bare form names the nation's people ("the Swiss", "the
# Chinese", "the British", "the French"); others take an "s" ("the Canadians")
SIBILANT_ENDS = ("ese", "ss", "sh", "ch")


def _of_name_end(doc: Doc, i: int, taken: set[int]) -> int:
    """Where a body's name that goes on after its noun ends ("Ministry" + "of Foreign
    Affairs"): ``i`` when no "of" and capitalised words follow; a second "of" ("of the
    Republic of Tajikistan") is no part of it."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or not doc[i + 1].is_title:
        return i
    end = i + 1
    while (
        end < len(doc)
        and end not in taken
        and doc[end].is_title
        and doc[end].lower_ not in NOT_IN_NAMES
    ):
        end += 1
    return end if end > i + 1 else i


def _name_words(cluster: Cluster, text: str) -> set[str]:
    """The words of a cluster's name and of its mentions so far, in lower case."""
    words = set(cluster.name.lower().split())
    for s, e in cluster.mentions:
        words.update(text[s:e].lower().split())
    return words


def _members_named(
    clusters: dict[str, Cluster], text: str, body: str, before: int
) -> Cluster | None:
    """The actor named last before ``before`` by the noun of ``body`` or of its members
    (``BODY_MEMBERS``), not one person named in full."""
    nouns = {body, *BODY_MEMBERS.get(body, ())}
    named = [
        (max(s for s, _ in c.mentions if s < before), c.id)
        for c in clusters.values()
        if any(s < before for s, _ in c.mentions)
        and not (c.type == "person" and not c.id.startswith(described.ID_PREFIX))
        and nouns & _name_words(c, text)
    ]
    return clusters[max(named)[1]] if named else None


def _towns_country(doc: Doc) -> str | None:
    """The country whose towns an article names most, at least ``TOWNS_MIN_MENTIONS`` times
    and more often than any other's (GeoNames' most populous town of each name): where a
    report that nothing else places is from ("clashes near Wabag ... in Port Moresby")."""
    towns = place_countries()
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or (len(ent) == 1 and is_given_name(ent.text)):
            continue  # a one-word "place" that is a given name may be a person's
        # a dateline's town is written in capitals ("SAN PEDRO SULA, Honduras"); provinces
        # are left out here: many are common words too ("Gulf", "Unity", "Lakes")
        code = towns.get(ent.text) or (towns.get(ent.text.title()) if ent.text.isupper() else None)
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < TOWNS_MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _town_country(tokens) -> str | None:
    """The country of a town named among ``tokens`` ("a resident of Mosul": Iraq)."""
    towns = place_countries()
    for tok in tokens:
        if tok.pos_ == "PROPN" and tok.text in towns:
            return towns[tok.text]
    return None


def _principal(word: Span, family: list[Cluster]) -> list[Cluster]:
    """Of several persons named in full with one surname ("Rosa Portillo", her son "Kevin
    Portillo"), the one the surname alone names: the first the article named in full, whom
    it is about (news names the others again by their given names: AP Stylebook, "family
    members"), unless a title before the surname tells another gender; none when that one
    was named with another of them in one sentence ("Ali Mansour and Omar Mansour met")."""
    doc = word.doc
    wanted = gender_near(word)
    named = []
    for c in family:
        spans = [expanded_span(doc, s, e) for s, e in c.mentions]
        spans = [sp for sp in spans if sp is not None and sp.end <= word.start]
        # the person's gender by the titles and nouns beside their names, else their given name
        genders = ({gender_near(sp) for sp in spans} - {None}) or {name_gender(c.name)} - {None}
        if spans and not (wanted and genders and wanted not in genders):
            named.append((min(sp.start for sp in spans), c))
    if not named:
        return []
    named.sort(key=lambda x: x[0])
    if len(named) > 1 and doc[named[0][0]].sent.start == doc[named[1][0]].sent.start:
        return []
    return [named[0][1]]


# the types a name found twice under two types is taken for, most telling first: an armed
# group's name the NER also read as a body's, an outlet's it read as a person's
JOIN_TYPE_ORDER = ("group", "military", "media", "organization", "person")
# the prefixes of clusters built from the NER and the text, not the registry
FOUND_PREFIXES = ("person:", "organization:", "group:", "media:")


def _join_same_names(clusters: dict[str, Cluster]) -> None:
    """One actor for one name that the earlier steps made two ("Kivu Valley Front" as a
    group and as a body; "Mirković" as a body beside "Dragana Mirković"; "KVLF" beside "the
    Kivu Valley Liberation Front"): the same name under two types, a single word (a
    body's or a person's) that is the surname of one person named in full, without its Arabic
    article ("Mahdi" of "Tarig al-Mahdi"), and an acronym of the initials of one body's name."""
    found = [c for c in clusters.values() if c.id.startswith(FOUND_PREFIXES)]
    by_name: dict[str, list[Cluster]] = defaultdict(list)
    for c in found:
        by_name[c.name.lower().replace("’", "'")].append(c)
    for same in by_name.values():
        if len(same) < 2:
            continue
        same.sort(key=lambda c: JOIN_TYPE_ORDER.index(c.type) if c.type in JOIN_TYPE_ORDER else 9)
        for other in same[1:]:
            _join(clusters, same[0], other)
    people = [c for c in clusters.values() if c.type == "person" and len(c.name.split()) > 1]
    for c in [c for c in clusters.values() if c.id.startswith(FOUND_PREFIXES)]:
        if len(c.name.split()) != 1 or c.id not in clusters:
            continue
        word = _bare_surname(c.name)
        if not c.name.isupper():
            owners = [p for p in people if _bare_surname(p.name.split()[-1]) == word]
            if len(owners) == 1 and owners[0] is not c:
                _join(clusters, owners[0], c)
                continue
        if c.name.isupper() and len(c.name) >= 2 and c.name.isalpha():
            bodies = [
                b
                for b in clusters.values()
                if b.type in ("group", "organization", "military", "media")
                and b is not c
                and _initials(b.name) == c.name
            ]
            if len(bodies) == 1:
                _join(clusters, bodies[0], c)


def _bare_surname(word: str) -> str:
    """A surname without the Arabic article ("al-Mahdi" -> "mahdi")."""
    word = word.lower().replace("’", "'")
    for article in ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-"):
        if word.startswith(article):
            return word[len(article) :]
    return word


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Frente Andino del Sur" -> "FAS",
    "Kivu Valley Liberation Front" -> "KVLF")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _join(clusters: dict[str, Cluster], keep: Cluster, drop: Cluster) -> None:
    keep.mentions.extend(drop.mentions)
    keep.country = keep.country or drop.country
    keep.official |= drop.official
    del clusters[drop.id]


def _cluster_at(clusters: dict[str, Cluster], start: int) -> Cluster | None:
    """The cluster with a mention covering the character ``start``."""
    for c in clusters.values():
        if any(s <= start < e for s, e in c.mentions):
            return c
    return None


# Singular nouns that introduce an armed group by description before or after its name ("A
# little-known group, X,", "a group calling itself X", "X, a militia that ..."), and the verbs
# of naming ("calling itself", "known as", "named") (``described.tsv``'s groups, collective).
INTRODUCING_GROUP_NOUNS = frozenset({"group", "militia", "movement", "faction", "gang"})
NAMING_LEMMAS = frozenset({"call", "know", "name"})
# the role of a body so introduced, which "the group" names again as it names an armed group
INTRODUCED_GROUP_ROLE = "group"


def _introduced_groups(doc: Doc, clusters: dict[str, Cluster], taken: set[int]) -> None:
    """A name an indefinite group's noun introduces ("A little-known group, Saraya X (SX),
    claimed", "a group calling itself the KWS", "the Tana Front, an armed movement") is an
    armed group whatever the NER made of it (an organisation, or a person: "Saraya" a given
    name), and the description is a mention of it: "the group" after it is that group."""
    for noun in tokens_with(doc, "LEMMA", INTRODUCING_GROUP_NOUNS):
        if (
            noun.pos_ != "NOUN"
            or noun.tag_ != "NN"
            or noun.lemma_.lower() not in INTRODUCING_GROUP_NOUNS
        ):
            continue
        det = next((t for t in noun.lefts if t.dep_ == "det"), None)
        if det is None or det.lower_ not in ("a", "an"):
            continue
        named = [t for t in noun.children if t.dep_ == "appos" and t.pos_ == "PROPN"]
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            named.append(noun.head)
        for verb in (t for t in noun.rights if t.lemma_.lower() in NAMING_LEMMAS):
            named += [t for t in verb.subtree if t.i > verb.i and t.pos_ == "PROPN"]
        if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and det.i == noun.sent.start:
            named.append(doc[noun.i + 2])  # "A little-known group, X, ..." opening a sentence
        owner = next((c for t in named if (c := _cluster_at(clusters, t.idx)) is not None), None)
        if owner is None or owner.type not in ("organization", "person", "group"):
            continue
        if owner.type == "person" and any(
            doc.text[s:e] not in owner.name for s, e in owner.mentions
        ):
            continue  # a person named otherwise too ("General X", "he")
        if owner.type == "person":
            clusters.pop(owner.id)
            owner.type = "organization"
            owner.id = actor_id(owner.name, "organization")
            clusters[owner.id] = owner
        owner.role = owner.role or INTRODUCED_GROUP_ROLE
        phrase = doc[det.i : noun.i + 1]
        if not any(t.i in taken for t in phrase):
            owner.mentions.append((phrase.start_char, phrase.end_char))
            taken.update(range(phrase.start, phrase.end))


def _body_named_beside(
    det: Token, head: Token, clusters: dict[str, Cluster], taken: set[int]
) -> Cluster | None:
    """The body a body's noun phrase is about: the one named in it before its noun ("the OSCE
    mission", not "the Hamas-run ministry"), or the one named right before its comma, the
    phrase in apposition ("SNAI, the agency that ...", "the Special Criminal Court, a
    tribunal created ..."; not "In Moscow, the ministry said"); None for persons."""
    doc = det.doc
    held = [t for t in doc[det.i + 1 : head.i] if t.i in taken]
    if held:
        # (the parser reads an acronym before a noun as either)
        if any(t.dep_ not in ("compound", "amod") or t.head.i != head.i for t in held):
            return None
        owners = {id(c): c for t in held if (c := _cluster_at(clusters, t.idx)) is not None}
    elif det.i >= 2 and doc[det.i - 1].text == "," and head.dep_ not in SUBJ:
        before = doc[det.i - 2]
        owner = _cluster_at(clusters, before.idx)
        ends = owner is not None and (before.idx + len(before)) in {e for _, e in owner.mentions}
        owners = {id(owner): owner} if ends else {}
    else:
        return None
    owner = next(iter(owners.values())) if len(owners) == 1 else None
    return owner if owner is not None and owner.type not in ("person", "country") else None


def _apposed_heads(span: Span) -> list[Token]:
    """The heads of the singular common nouns' phrases in apposition to a name, after it
    ("X, a teacher") or before it ("the lead prosecutor, X"): never a number ("X, 24"), a
    date, a place or a body's noun."""
    root = span.root
    heads = [t for t in root.children if t.dep_ == "appos" and t.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        heads.append(root.head)
    return [
        h
        for h in heads
        if h.pos_ == "NOUN"
        and h.tag_ == "NN"
        and not h.ent_type_
        and h.lemma_.lower() not in described.words()["bodies"] | described.words()["media"]
    ]


def _possessor_before(span: Span) -> list[Token]:
    """The word whose possessive stands right before ``span`` ("Ukraine" in "Ukraine's
    Coordination Headquarters"), as a list (empty when there is none)."""
    doc, i = span.doc, span.start
    return [doc[i - 2]] if i >= 2 and doc[i - 1].text in POSSESSIVE else []


def _seat_country(head: Token, clusters: dict[str, Cluster]) -> str | None:
    """The state an "in"/"of" phrase after a government's noun names ("the government in
    Kabul", "the government of Iraq"); "" when the phrase names no state the article knows
    ("the government in Naypyitaw" unknown: not the home country's either); None when there
    is no such phrase."""
    doc = head.doc
    places = [c for c in head.rights if c.dep_ == "nmod" and c.i > head.i + 1]
    if head.i + 2 < len(doc) and doc[head.i + 1].lower_ in ("in", "of"):
        places.append(doc[head.i + 2])  # the parse may hang "in Kabul" on the verb
    for child in places:
        if doc[child.i - 1].lower_ not in ("in", "of"):
            continue
        for c in clusters.values():
            if c.type == "country" and any(s <= child.idx < e for s, e in c.mentions):
                return c.id
        if child.ent_type_ in PLACE_LABELS:
            return ""  # a place ("the government in power" is the home's)
    return None


def _court_venue(clusters: dict[str, Cluster], country: str) -> bool:
    """The article names an international court (a registry body of ``COURT_ROLES``) and no
    state, government, armed force or group of ``country``: where it reports from is the
    court's seat ("THE HAGUE -"), not the country of the people it reports on."""
    courts = any(c.role in COURT_ROLES for c in clusters.values())
    return courts and country not in _party_mentions(clusters)


def _placed_by_name(clusters: dict[str, Cluster]) -> None:
    """A person the article gives no country whose name shows one of the countries whose
    parties it mentions, and only one (``name_origins.countries_of``: "Ani Sargsyan" in a
    report of Armenia and Azerbaijan), is of that country; the home country (``_home_country``)
    would give every such person one side's."""
    parties = set(_party_mentions(clusters))
    if len(parties) < 2:
        return  # an article of one country's parties: its home places them as well
    for c in clusters.values():
        if c.type != "person" or c.country is not None or c.id.startswith(described.ID_PREFIX):
            continue
        found = countries_of(c.name) & parties
        if len(found) == 1:
            c.country = next(iter(found))


def _party_mentions(clusters: dict[str, Cluster]) -> dict[str, int]:
    """How often the article mentions each country's states, governments, armed forces and
    groups."""
    counts: dict[str, int] = {}
    for c in clusters.values():
        if c.type in PARTY_TYPES and c.country:
            counts[c.country] = counts.get(c.country, 0) + len(c.mentions)
    return counts


def _longest_ending_at(tok: Token, table: dict):
    """The value of the longest entry of ``table`` (keyed by words joined with spaces) that
    ends at ``tok``, of up to three words; None when there is none."""
    found = _longest_match_ending_at(tok, table)
    return found[1] if found is not None else None


def _longest_match_ending_at(tok: Token, table: dict):
    """Where the longest entry of ``table`` ending at ``tok`` starts (a token index), with
    its value; None when there is none."""
    doc = tok.doc
    for n in (3, 2, 1):
        if tok.i - n + 1 < 0:
            continue
        words = doc[tok.i - n + 1 : tok.i + 1]
        if n > 1 and any(t.whitespace_ != " " for t in words[:-1]):
            continue
        found = table.get(words.text)
        if found is not None:
            return tok.i - n + 1, found
    return None


def _before_apposition(ent: Span) -> Span:
    """The name of an entity the NER ran on over a comma into a description in apposition
    ("Tigran Avetisyan, one of the alliance's leaders"): the words before the comma."""
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or comma == ent.start or comma + 1 >= ent.end:
        return ent
    return ent.doc[ent.start : comma] if ent.doc[comma + 1].is_lower else ent


def _an_office(span: Span, titles: frozenset[str]) -> bool:
    """Are all the words of ``span`` an office's ("Minister", "Prime Minister", "Foreign
    Minister"), its last a person's noun: an office the NER took for an organisation?"""
    return span[-1].lemma_.lower() in described.office_nouns() and all(
        t.lower_ in titles for t in span
    )


def _home(clusters: dict[str, Cluster]) -> str | None:
    """The country the article's parties are of (see ``Resolver._home_country``)."""
    counts = _party_mentions(clusters)
    if not counts:
        return None
    home, n = max(counts.items(), key=lambda kv: kv[1])
    if n < HOME_COUNTRY_MIN_MENTIONS or n / sum(counts.values()) < HOME_COUNTRY_SHARE:
        return None
    return home


def _most_mentioned(clusters: dict[str, Cluster]) -> str | None:
    """The country whose states, governments, armed forces and groups the article mentions
    more often than any other's, or None (no such mention, or a tie: "India and Pakistan
    met" is about two countries)."""
    ranked = sorted(_party_mentions(clusters).items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _titled(text: str, start: int, head: Token) -> bool:
    """A person's mention at ``start`` is introduced with the title ``head`` names
    ("spokesman Saad Maan", "a spokesman for the ministry, Saad Maan")."""
    window = text[max(0, start - described.TITLE_WINDOW_CHARS) : start].lower()
    return head.lemma_.lower() in window.replace(",", " ").split()


def names_a_place(text: str, start: int) -> bool:
    """Is the mention at ``start`` a place ("talks in Brasilia") rather than an actor?"""
    words = text[max(0, start - 8) : start].split()
    return bool(words) and words[-1].lower() in PLACE_WORDS


def ranked_parties(actors, text: str) -> list:
    """The article's parties (states, governments, armed forces, groups: anything with
    ``type``, ``role`` and ``mentions``; not the police, who keep order rather than take a
    side), most mentioned as actors first; its two main parties are the first two."""
    return sorted(
        (a for a in actors if a.type in PARTY_TYPES and a.role != "police"),
        key=lambda a: (-sum(not names_a_place(text, s) for s, _ in a.mentions), min(a.mentions)),
    )


def _another_given_name(doc: Doc, span: Span, entry: Entry, registry: Registry) -> bool:
    """A known person's surname written after a given name of someone else's ("Hunter
    Biden", "Eric Trump" beside the registry's Joe Biden and Donald Trump): a capitalised
    proper noun right before it that is none of the entry's names' words, no title and no
    given name the entry is known by."""
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.pos_ != "PROPN" or not before.is_title or not is_given_name(before.text):
        return False
    if before.lower_ in registry.titles or before.lower_ in NOBLE_TITLES:
        return False  # "King Abdullah", "General Burhan", "Lord Cameron": a title
    own = {w.lower() for name in entry.names() for w in name.split()}
    return before.lower_ not in own


def _inside_longer_org(doc: Doc, span: Span, entry: Entry) -> bool:
    """True when a registry organisation's name is only part of a longer organisation name the
    NER found ("National Liberation Army" inside "Ta'ang National Liberation Army")."""
    if entry.type in ("person", "country"):
        return False
    for ent in doc.ents:
        if ent.label_ in ("ORG", "LOC") and ent.start <= span.start and span.end <= ent.end:
            longer = ent.start < span.start and doc[ent.start].lower_ != "the"
            if longer and doc[span.start - 1].is_title:
                return True
    return False


def _free_matches(doc: Doc, pattern: re.Pattern, taken: set[int]) -> list[Span]:
    """The spans of the doc's text that ``pattern`` matches, on token bounds, outside what
    is taken: a name again wherever it stands."""
    out = []
    for m in pattern.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None and not any(i in taken for i in range(span.start, span.end)):
            out.append(span)
    return out


def _bare_state(tok: Token) -> bool:
    """ "the state" or "the authorities" alone, a noun with "the" right before it and no "of"
    or possessive after it ("The state talks in Caracas", "the authorities said"; not "the
    state of emergency", "the state's oil firm", "Zamfara state", "the state government",
    "the Kurdish authorities", "the authorities of Puntland")."""
    doc = tok.doc
    return (
        tok.lower_ in ("state", "authorities")
        and tok.pos_ == "NOUN"
        and tok.dep_ not in ("compound", "nmod:poss")
        and tok.i > 0
        and doc[tok.i - 1].lower_ == "the"
        and doc[tok.i - 1].head.i == tok.i
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("of", "'s", "’s"))
    )


def _placed_after_noun(ent: Span) -> bool:
    """A name the NER read as a person's that a locative preposition hangs on a person's noun
    ("a fuel seller in Cinkassé", "villagers from X"; "of" after a dweller's or an office's
    noun: "residents of Bir al-Abd", "the governor of X"; after a place's noun: "the village of
    Kilo", always) is a place's, unless it opens with a
    given name ("a nurse from Amina Yusuf's clinic" is rare; "the wife of Ali Hassan" is
    "of" after kin, not a dweller)."""
    root = ent.root
    case = {c.lower_ for c in root.children if c.dep_ == "case"}
    head = root.head
    if root.dep_ != "nmod" or head.pos_ != "NOUN" or head.i > ent.start:
        return False
    lemma = head.lemma_.lower()
    w = described.words()
    people = w["persons"] | w["affected"] | w["counted"] | w["groups"]
    placed = (case & PLACE_PREPOSITIONS and lemma in people) or (
        "of" in case and lemma in DWELLER_NOUNS
    )
    if "of" in case and lemma in SETTLEMENT_NOUNS:
        return True  # "the village of Kilo": a place however it is spelled
    return bool(placed) and not is_given_name(ent[0].text)


def _army_named(item: described.Described) -> bool:
    """A state's forces named by their noun where they do not act: definite ("accused the
    army of massing troops"; "the" right before a noun the parse made a modifier of the verb
    after it, which it read as a noun: "the army withdraw"), or a bare plural a clause takes
    in ("accused soldiers of executing herders", "a fire residents blame on soldiers"); not
    counted ("19 soldiers held by the rebels" are captives), owned ("its soldiers") nor moved
    ("deploying troops", "a pull-back of troops")."""
    head = item.head
    doc = head.doc
    if item.definite:
        return True
    the = item.span.start > 0 and doc[item.span.start - 1].lower_ == "the"
    if the and head.lemma_.lower() == "army" and head.dep_ in ("compound", "nmod"):
        # "the army withdraw", "The army confirms": the verb after it read as a noun; not
        # "the army chief", "the army-aligned government" ("military" is as often an
        # adjective: "the military raid")
        if head.head.i != head.i + 1:
            return False
        w = described.words()
        nouns = w["persons"] | w["offices"] | w["bodies"] | w["groups"] | w["forces"]
        return bool(head.whitespace_) and head.head.lemma_.lower() not in nouns
    bare = len(item.span) == 1 and item.owner is None and head.tag_ == "NNS"
    moved = head.dep_ in ("obj", "dobj", "nmod") and head.head.lemma_.lower() in MOVED_LEMMAS
    return bare and head.dep_ in described.ARGUMENT_ROLES | {"nmod"} and not moved


def _plural(noun: Token) -> bool:
    """A plural noun ("officials", "prosecutors"; Penn Treebank's tags, as the shipped tagger
    writes them)."""
    return noun.tag_ in ("NNS", "NNPS")


def _name_before(doc: Doc, end: int, acronym: str) -> Span | None:
    """The capitalised name that ends at token ``end`` and that ``acronym`` abbreviates: its
    capitalised words (with the connectors between them) whose initials hold every letter
    of the acronym, at least two of them, begun at the first word whose initial is one of
    its letters (not "On Monday the ..."). None when no such name stands there."""
    start = end
    while start > 0:
        tok = doc[start - 1]
        if tok.is_sent_end and start != end:
            break
        connector = tok.lower_ in NAME_CONNECTORS and start != end
        capitalised = tok.is_alpha and tok.text[0].isupper() and tok.lower_ not in NOT_IN_NAMES
        if not (connector or capitalised):
            break
        start -= 1
    letters = set(acronym.upper())
    while start < end and (
        doc[start].lower_ in NAME_CONNECTORS or doc[start].text[0].upper() not in letters
    ):
        start += 1
    run = doc[start:end]
    capitals = [t for t in run if t.text[0].isupper() and t.is_alpha]
    initials = {t.text[0] for t in capitals}
    if len(capitals) < 2 or len(capitals) + 1 < len(letters):
        return None
    # an acronym of the name in its own language ("the Volunteers for the Defence of the
    # Homeland (VDP)", the French "Volontaires pour la Défense de la Patrie"): a name of three
    # capitalised words or more that shares two of its letters
    translated = len(capitals) >= 3 and len(letters & initials) >= 2
    return run if letters <= initials or translated else None


def _with_name_after(span: Span, taken: set[int]) -> Span:
    """A group's name with the capitalised words after it that make it a longer name of the
    same group, ending in a body's or an armed group's word ("Janzour" + "Stability Brigade",
    which the NER may take for a person's name), else the span itself."""
    doc, end = span.doc, span.end
    while (
        end < len(doc)
        and end - span.end < GROUP_NAME_MAX_WORDS
        and end not in taken
        and doc[end].is_title
        and doc[end].is_alpha
        and doc[end].lower_ not in NOT_IN_NAMES
    ):
        end += 1  # (of any part of speech: the tagger reads "Support" in a name as a verb)
    w = described.words()
    ends = w["group_names"] | w["bodies"] | BODY_NAME_ENDS | ARMED_NAME_WORDS
    while end > span.end and doc[end - 1].lower_ not in ends:
        end -= 1
    return doc[span.start : end]


def _group_word(tok, any_entity: bool = False) -> bool:
    """A word of a group's name: a capitalised proper noun, not of a person's name or a
    place's unless ``any_entity``."""
    return (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ == "PROPN"
        and (any_entity or tok.ent_type_ not in ("PER", "LOC"))
        and tok.lower_ not in NOT_IN_NAMES
    )


def _outlet_word(tok) -> bool:
    """A word of an outlet's name: capitalised or in capitals, not a person's (the NER takes
    outlets' names for places: "broadcaster PTV", "Radio Meghna")."""
    return (
        (tok.is_title or (tok.is_upper and len(tok) > 1))
        and tok.is_alpha
        and tok.ent_type_ != "PER"
        and tok.lower_ not in NOT_IN_NAMES
    )


def _given_name_misread(tok) -> bool:
    """A given name the NER took for a place on its own before a person's surname ("Salem"
    + "Ghrairi")."""
    return (
        tok.ent_type_ == "LOC"
        and tok.ent_iob_ == "B"
        and is_given_name(tok.text)
        and (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ != "I")
    )


def _given_name_before_name(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalised given name, whatever its tag, before a name's word
    ("Esteban" tagged an adjective in "Minister Esteban Olmedo")."""
    tok = doc[i]
    return (
        tok.is_title
        and not tok.ent_type_
        and i + 1 < len(doc)
        and _name_word(doc[i + 1])
        and is_given_name(tok.text)
    )


APOSTROPHES = ("'", "’")


def _description_alias(span: Span) -> bool:
    """A registry match that is "the" and common nouns ("the junta"), not a name."""
    words = span.text.split()
    return len(words) > 1 and words[0].lower() == "the" and all(w.islower() for w in words[1:])


def _capitalised(tok) -> bool:
    """A word written as a name is: title case, also where an apostrophe inside it stands
    before a small letter ("Jo'rayev", "Afu'uia", which ``is_title`` takes for two words)."""
    if tok.is_title:
        return True
    text = tok.text
    if not any(a in text for a in APOSTROPHES):
        return False
    return text.replace("'", "").replace("’", "").istitle()


def _name_word(tok) -> bool:
    """A capitalised proper-noun word that can continue a person's name (not a day's: "On
    Friday Kowal-Nowak said"; a month's may be one: "Theresa May")."""
    return (
        tok.pos_ == "PROPN"
        and _capitalised(tok)
        and tok.ent_type_ not in ("ORG", "LOC")
        and tok.lower_ not in WEEKDAYS
    )


def _misread_name_word(tok, titles: frozenset[str]) -> bool:
    """A capitalised word inside a sentence that the tagger took for a common noun ("Zaw Min
    Tun"): it continues the name before it unless it is a title ("Minister")."""
    return (
        tok.pos_ == "NOUN"
        and _capitalised(tok)
        and not tok.is_sent_start
        and tok.lower_ not in titles
        and not tok.ent_type_
    )


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen written with no space on either side ("Kassym-Jomart")."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def _name_after_title(span: Span) -> bool:
    """Two to four capitalised words (or initials), none a title's: the name an office's
    words end in."""
    words = [t for t in span if not t.is_punct]
    return 2 <= len(words) <= 4 and all(
        (_capitalised(t) or t.lower_ in NAME_PARTICLES) and t.pos_ in ("PROPN", "NOUN", "ADJ")
        for t in words
    )


def _looks_like_name(span: Span) -> bool:
    """Two to four capitalised words, as a person's name is written."""
    words = [t for t in span if not t.is_punct]
    return 2 <= len(words) <= 6 and all(
        _capitalised(t) or t.lower_ in NAME_PARTICLES for t in words
    )


# Lower-case words inside personal names ("al-", "bin", "de", "van").
NAME_PARTICLES = {
    "al",
    "bin",
    "ibn",
    "de",
    "da",
    "del",
    "van",
    "von",
    "der",
    "la",
    "le",
    "el",
    "abu",
}
