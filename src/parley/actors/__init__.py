"""Actors: who is mentioned in an article, one ``Actor`` per identity with all its mentions.

At this stage an actor is a named entity of the shipped NER, grouped by its exact name; the
registry and resolver (issue 4) extend this component.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc

from parley.model import Actor

# spaCy NER labels -> Parley actor types. PER/ORG/LOC are UNER's labels, which the shipped
# pipeline learns; the others are OntoNotes labels, for users who run an installed pipeline.
ENTITY_TYPES = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "group",
    "LOC": "location",
    "GPE": "location",
    "FAC": "location",
}

if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)


def slug(name: str) -> str:
    """A stable, readable key for a name: accents folded, lower case, words joined by '-'."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^\w]+", "-", folded).strip("-") or "unnamed"


def actor_id(name: str, actor_type: str) -> str:
    """The id of an actor known only by name: the same name and type give the same id in
    every article."""
    return f"{actor_type}:{slug(name)}"


def group_entities(doc: Doc) -> list[Actor]:
    """Return one actor per distinct (name, type) among the doc's entities, in order of first
    mention, each with the character spans of all its mentions."""
    actors: dict[str, Actor] = {}
    for ent in doc.ents:
        actor_type = ENTITY_TYPES.get(ent.label_)
        if actor_type is None:
            continue
        name = ent.text.strip()
        key = actor_id(name, actor_type)
        actor = actors.get(key)
        if actor is None:
            actor = actors[key] = Actor(id=key, name=name, type=actor_type)
        actor.mentions.append((ent.start_char, ent.end_char))
    return list(actors.values())


@Language.component("parley_actors", requires=["doc.ents"], assigns=["doc._.actors"])
def actors_component(doc: Doc) -> Doc:
    """Write ``doc._.actors``: the actors the article mentions."""
    doc._.actors = group_entities(doc)
    return doc
