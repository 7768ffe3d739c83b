"""Attribution: every quotation and reported statement, with source, cue, content and channel.

The spaCy component ``parley_attribution`` runs after the actors stage and writes
``doc._.attributions`` (a list of ``parley.model.Attribution``).
"""

from __future__ import annotations

from pathlib import Path

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
    default_config={"disabled_rules": [], "lexicon_dir": ""},
)
def make_attribution(
    nlp: Language, name: str, disabled_rules: list[str], lexicon_dir: str
) -> AttributionStage:
    """``disabled_rules``: names of ``rules.RULES`` to switch off (docs/constructions.md);
    ``lexicon_dir``: a folder with ``cues.tsv`` and ``channels.tsv`` in the bundled format, to
    read instead of the bundled lexicon ("": the bundled one)."""
    table = nlp.get_pipe("parley_lemma_table") if "parley_lemma_table" in nlp.pipe_names else None
    lexicon = load_lexicon(Path(lexicon_dir)) if lexicon_dir else load_lexicon()
    extractor = Extractor(lexicon, {}, person_titles(), frozenset(disabled_rules))
    return AttributionStage(extractor, table)


class AttributionStage:
    """The component: a class (not a closure) so that a pipeline holding it pickles. The verb
    lemmas come from the shipped pipeline's lemma table, read at the first doc: a pipeline
    loaded from disk fills the table only after every factory has run."""

    def __init__(self, extractor: Extractor, lemma_table=None) -> None:
        self.extractor = extractor
        self.lemma_table = lemma_table
        self._read = -1  # size of the table when the verb lemmas were last read from it

    def _verb_lemmas(self) -> None:
        table = self.lemma_table.table if self.lemma_table is not None else {}
        if len(table) != self._read:
            # the table of lemmas seen in training, for verbs the tagger calls something else
            self.extractor.verb_lemmas = {
                k.split("\t", 1)[1].lower(): v for k, v in table.items() if k.startswith("VERB\t")
            }
            self._read = len(table)

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        """spaCy's set-up hook (``nlp.initialize()``): read the verb lemmas from the lemma
        table as it is now (after training fills it)."""
        self._read = -1
        self._verb_lemmas()

    def __call__(self, doc: Doc) -> Doc:
        self._verb_lemmas()
        doc._.attributions = extract(doc, self.extractor)
        return doc
