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

from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from parley.actors.names import slug
from parley.actors.registry import Entry, Registry
from parley.model import Actor

# rapidfuzz ratio (0-100) at or above which two surnames are taken for spellings of one name.
# 85 joins one-letter slips and transliteration variants of names of 6+ letters ("Mendinsky"
# / "Medinsky" = 94, "Zelenskiy" / "Zelensky" = 94, "Podoliak" / "Podolyak" = 88) and keeps
# apart names that differ in two letters of seven ("Petrov" / "Petrenko" = 71).
FUZZY_MIN_RATIO = 85
# Shorter names are compared exactly: at 4 letters one edit is already a quarter of the name.
FUZZY_MIN_LENGTH = 5

# NER labels (UNER's and OntoNotes') -> actor types for entities the registry does not know.
ENTITY_TYPES = {"PER": "person", "PERSON": "person", "ORG": "organization"}

POSSESSIVE = {"'s", "’s", "'", "’"}


@dataclass
class Cluster:
    """One actor being built: its identity and mention spans (character offsets)."""

    id: str
    name: str
    type: str
    country: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    surname: str = ""

    def to_actor(self) -> Actor:
        return Actor(self.id, self.name, self.type, self.country, sorted(set(self.mentions)))


def _surname(name: str) -> str:
    parts = name.replace("’", "'").split()
    return parts[-1].lower() if parts else ""


def same_name(a: str, b: str) -> bool:
    """True when two surnames are one name spelled two ways (see ``FUZZY_MIN_RATIO``)."""
    if a == b:
        return True
    if min(len(a), len(b)) < FUZZY_MIN_LENGTH or a[:1] != b[:1]:
        return False
    return fuzz.ratio(a, b) >= FUZZY_MIN_RATIO


class Resolver:
    """Builds the actors of one doc from registry matches and NER entities."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.demonyms: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        for entry in registry.countries():
            for demonym in entry.demonyms:
                self.demonyms.setdefault(demonym, entry.id)
            for name in entry.names():
                self.country_names.setdefault(name, entry.id)
        self.registry_persons = [e for e in registry.entries.values() if e.type == "person"]

    # -- registry matches ------------------------------------------------------------------

    def _extend_group_phrase(self, doc: Doc, span: Span) -> tuple[Span, str] | None:
        """For a country name or demonym followed by a group noun ("Russia's negotiating team",
        "Ukrainian forces"), the whole phrase and the noun's kind (government or military)."""
        i = span.end
        if i < len(doc) and doc[i].text in POSSESSIVE:
            i += 1
        for j in range(i, min(i + 3, len(doc))):
            kind = self.registry.group_nouns.get(doc[j].lower_)
            if kind is not None:
                start = span.start
                if start > 0 and doc[start - 1].lower_ == "the":
                    start -= 1
                return doc[start : j + 1], kind
            if doc[j].pos_ not in ("ADJ", "VERB", "NOUN", "PROPN") or doc[j].ent_type_ == "PER":
                break
        return None

    def _military(self, country: str) -> Entry:
        entry = self.registry.entries.get(f"{country}-MIL")
        if entry is None:
            state = self.registry.entries[country]
            adjective = state.demonyms[0] if state.demonyms else state.name
            entry = Entry(f"{country}-MIL", "military", f"{adjective} armed forces", country)
        return entry

    def _demonym_mentions(self, doc: Doc, taken: set[int]) -> list[tuple[Span, Entry]]:
        out = []
        for tok in doc:
            country = self.demonyms.get(tok.text)
            if country is None or tok.i in taken:
                continue
            extended = self._extend_group_phrase(doc, doc[tok.i : tok.i + 1])
            if extended is None:
                continue
            span, kind = extended
            if any(i in taken for i in range(span.start, span.end)):
                continue
            entry = (
                self._military(country) if kind == "military" else self.registry.entries[country]
            )
            out.append((span, entry))
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
            cluster.mentions.append((span.start_char, span.end_char))
            taken.update(range(span.start, span.end))

        matches = sorted(
            doc.spans.get("parley_registry", []), key=lambda s: (s.start, -(s.end - s.start))
        )
        for span in matches:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            entry = self.registry.entries.get(span.id_)
            if entry is None:
                continue
            if entry.type == "country":
                extended = self._extend_group_phrase(doc, span)
                if extended is not None:
                    span, kind = extended
                    if kind == "military":
                        entry = self._military(entry.id)
            add(entry.id, entry.name, entry.type, entry.country, span)
        for span, entry in self._demonym_mentions(doc, taken):
            add(entry.id, entry.name, entry.type, entry.country, span)

        # NER persons and organisations the registry does not know.
        persons: list[Span] = []
        for ent in doc.ents:
            actor_type = ENTITY_TYPES.get(ent.label_)
            if actor_type is None or any(i in taken for i in range(ent.start, ent.end)):
                continue
            ent = _trim(ent, self.registry.titles)
            if ent is None:
                continue
            if actor_type == "person":
                persons.append(ent)
            else:
                add(f"organization:{slug(ent.text)}", ent.text, "organization", None, ent)
        self._resolve_persons(doc, persons, clusters, add)
        return [c.to_actor() for c in clusters.values()]

    def _resolve_persons(self, doc: Doc, persons: list[Span], clusters, add) -> None:
        """Full names first, then partial and misspelled names joined to them."""
        full = [p for p in persons if len(p.text.split()) > 1]
        partial = [p for p in persons if len(p.text.split()) == 1]
        for ent in full:
            entry = self._registry_person(ent.text)
            if entry is not None:
                add(entry.id, entry.name, "person", entry.country, ent)
                continue
            key = f"person:{slug(ent.text)}"
            add(key, ent.text, "person", self._context_country(doc, ent), ent)
        for ent in partial:
            surname = ent.text.lower()
            known = [
                c for c in clusters.values() if c.type == "person" and same_name(c.surname, surname)
            ]
            exact = [c for c in known if c.surname == surname]
            candidates = exact or known
            if len(candidates) == 1:
                c = candidates[0]
                add(c.id, c.name, c.type, c.country, ent)
                continue
            if len(candidates) > 1:
                # Two people share this surname here: do not merge without evidence.
                add(f"person:{slug(ent.text)}", ent.text, "person", None, ent)
                continue
            entry = self._registry_person(ent.text)
            if entry is not None:
                add(entry.id, entry.name, "person", entry.country, ent)
            else:
                add(
                    f"person:{slug(ent.text)}",
                    ent.text,
                    "person",
                    self._context_country(doc, ent),
                    ent,
                )

    def _registry_person(self, text: str) -> Entry | None:
        """A registry person whose full name or surname is ``text``, allowing misspellings."""
        surname = _surname(text)
        multi = len(text.split()) > 1
        hits = []
        for entry in self.registry_persons:
            for name in entry.names():
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
                    hits.append(entry)
                    break
        return hits[0] if len(hits) == 1 else None

    def _context_country(self, doc: Doc, ent: Span) -> str | None:
        """A country from the words before a name in its phrase: a demonym ("Russian
        negotiator X") or a registry name or metonym ("Kremlin Spokesman X")."""
        start = max(ent.sent.start, ent.start - 4)
        for tok in reversed(doc[start : ent.start]):
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ"):
                break
            if tok.text in self.demonyms:
                return self.demonyms[tok.text]
            for span in doc.spans.get("parley_registry", []):
                if span.start <= tok.i < span.end:
                    entry = self.registry.entries.get(span.id_)
                    if entry is not None and entry.country:
                        return entry.country
        return None


def _trim(ent: Span, titles: frozenset[str]) -> Span | None:
    """Drop leading determiners and titles ("Envoy", "Foreign Minister") and trailing
    possessives from an entity span; None when nothing of a name is left."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end - 1 and (
        doc[start].lower_ in ("the", "a", "an") or doc[start].lower_ in titles
    ):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None
