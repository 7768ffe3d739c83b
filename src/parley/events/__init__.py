"""Events: who did what to whom, where and when, typed in PLOVER, with mode, date, place and
evidence.

The spaCy component ``parley_events`` runs after the actors and attribution stages and writes
``doc._.events`` (a list of ``parley.model.Event``). Dates are resolved against
``doc._.published`` (the article's publication date, set by the pipeline before the doc is
processed); places against the offline gazetteer (``--gazetteer FILE`` adds a GeoNames dump).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from parley.actors.registry import country_words
from parley.dates import find_expressions
from parley.events.extract import Context, Finder, Settler
from parley.events.lexicon import load_lexicon
from parley.events.places import GazetteerError, load_gazetteer
from parley.model import Attribution

__all__ = ["GazetteerError", "find_events"]

for _name in ("events", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def find_events(doc: Doc, finder: Finder) -> list:
    """The events of ``doc``, in text order."""
    ctx = Context(
        doc=doc,
        actors=[a for a in doc._.actors or [] if a.id not in _phrase_actors(doc)],
        attributions=_attributions(doc),
        published=doc._.published,
    )
    drafts = finder.find(doc, ctx)
    return Settler(finder, find_expressions(ctx.text), ctx).settle(drafts)


def _phrase_actors(doc: Doc) -> set[str]:
    """The actors the attribution stage made of a source's phrase alone ("Witnesses said"):
    they stand for a speaker, not for a side, and no act is theirs."""
    return set(doc._.phrase_actors or []) if Doc.has_extension("phrase_actors") else set()


def _attributions(doc: Doc) -> list[Attribution]:
    """The attribution stage's records, a speaker that is a source's own phrase taken for no
    one (``_phrase_actors``): the events stage reads who spoke as it would without them."""
    if not Doc.has_extension("attributions"):
        return []
    phrased = set(doc._.phrase_sources or []) if Doc.has_extension("phrase_sources") else set()
    out = []
    for a in doc._.attributions or []:
        span = (a.source.pieces[0][0], a.source.pieces[-1][1]) if a.source else None
        out.append(replace(a, source_actor=None) if span in phrased else a)
    return out


@Language.factory(
    "parley_events",
    requires=["token.dep", "token.lemma", "doc._.actors"],
    assigns=["doc._.events"],
    default_config={"gazetteer_files": [], "lexicon_dir": ""},
)
def make_events(
    nlp: Language, name: str, gazetteer_files: list[str], lexicon_dir: str
) -> EventsStage:
    """``gazetteer_files``: GeoNames dumps added to the gazetteer; ``lexicon_dir``: a folder
    with the files of ``events/data`` (triggers, referents, harmful acts, undertakings) in the
    bundled format, to read instead of the bundled lexicon ("": the bundled one)."""
    lexicon = load_lexicon(Path(lexicon_dir)) if lexicon_dir else load_lexicon()
    gazetteer = load_gazetteer([Path(p) for p in gazetteer_files])
    return EventsStage(Finder(lexicon, gazetteer, country_words()))


class EventsStage:
    """The component: a class (not a closure) so that a pipeline holding it pickles."""

    def __init__(self, finder: Finder) -> None:
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc, self.finder)
        return doc
