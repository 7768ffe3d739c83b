"""Attribution: every quotation and reported statement, with source, cue, content and channel.

The spaCy component ``parley_attribution`` runs after the actors stage and writes
``doc._.attributions`` (a list of ``parley.model.Attribution``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from parley.actors.registry import person_titles
from parley.attribution.extract import Extractor, extract
from parley.attribution.lexicon import load_lexicon

if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


@Language.factory(
    "parley_attribution",
    requires=["token.dep", "token.lemma", "doc._.actors"],
    assigns=["doc._.attributions"],
)
def make_attribution(nlp: Language, name: str):
    verb_lemmas = {}
    if "parley_lemma_table" in nlp.pipe_names:
        # the shipped pipeline's table of lemmas seen in training, for verbs it mis-tags
        table = nlp.get_pipe("parley_lemma_table").table
        verb_lemmas = {
            k.split("\t", 1)[1].lower(): v for k, v in table.items() if k.startswith("VERB\t")
        }
    extractor = Extractor(load_lexicon(), verb_lemmas, person_titles())

    def attribution_component(doc: Doc) -> Doc:
        doc._.attributions = extract(doc, extractor)
        return doc

    return attribution_component
