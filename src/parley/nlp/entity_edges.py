"""Entity ends the NER ran past: a component after the NER and the gazetteer.

The NER at times carries an entity on over a word that cannot end a name: a lower-case word
("Queensland half", "St. Thomas residents"), a day's name ("Fallujah Wednesday") or a
trailing mark ("Bryan Hull -"). This component drops such words from the end of each entity
(never its last word). Chosen on EWT dev with the train-only weights, where it lifted NER F1
from 61.14 to 61.48; trimming a trailing possessive "'s" changed nothing there and is not done.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

# Day names, which follow a place in news datelines ("Fallujah Wednesday"); written out here
# (the calendar module's follow the machine's locale). Month names are left out: "Theresa May",
# "April", "June" end names.
DAY_NAMES = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
# Marks that can end a name: the full stop of "Inc." or "Jr." and a closing bracket.
NAME_FINAL_MARKS = frozenset({".", ")"})


def cannot_end_name(tok: Token) -> bool:
    """A word no name ends with: lower case, a day's name, or a mark other than '.' / ')'."""
    if tok.is_alpha and tok.is_lower:
        return True
    if tok.lower_ in DAY_NAMES:
        return True
    return tok.is_punct and tok.text not in NAME_FINAL_MARKS


def trimmed(ent: Span) -> Span:
    end = ent.end
    while end - ent.start > 1 and cannot_end_name(ent.doc[end - 1]):
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


@Language.factory("parley_entity_edges", requires=["doc.ents"], assigns=["doc.ents"])
def make_entity_edges(nlp: Language, name: str):
    def entity_edges(doc: Doc) -> Doc:
        doc.ents = [trimmed(e) for e in doc.ents]
        return doc

    return entity_edges
