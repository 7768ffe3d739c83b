"""Lemmas of words seen in training, by table, and EWT's lemma case: a component after the
trainable lemmatizer.

The edit-tree lemmatizer generalises to unseen words but slips on frequent ones and on case
("Perlingiere" -> "perlingiere", "Applause" -> "Applause"). This component learns two things
from the training corpus and applies them to the lemmatizer's output:

- a table holding, for every (word, UPOS) pair whose lemma is the same in at least
  ``MIN_AGREEMENT`` of its occurrences, that lemma, which overrides the prediction;
- for words the table lacks that have a capital letter, a case rule per (UPOS, XPOS, first word
  of the sentence or not, capitalised or all capitals), learned from rare training words: when
  at least ``CASE_AGREEMENT`` of such words have a lower-case lemma, the lemma of a word also
  seen in lower case is lower-cased; when that share keep their case, a proper noun's lemma
  that differs from the word only in case takes the word's case. (EWT lower-cases a
  sentence-initial "Interested" and a common noun "RFP" but keeps "American" and names.)
- for a regular inflection (``INFLECTIONS``) whose predicted lemma training does not know for
  its UPOS, the stem that training does know ("smelled" -> "smell", not "smelle"); for a verb,
  one it knows only as another part of speech ("profiled" -> "profile");
- a number's lemma without its thousands separators ("12,000" -> "12000"), as EWT writes it.

``benchmarks/nlp_accuracy.py --split dev`` shows what each adds.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc, Token

from parley.nlp.paragraphs import may_start_sentence

# Share of a (word, UPOS) pair's occurrences that must agree on one lemma for the table to
# hold it; 0.99 keeps ambiguous pairs ("'s" as "be" or "have") to the trained lemmatizer
# (chosen on EWT dev: 0.9 and 0.95 gave lower accuracy).
MIN_AGREEMENT = 0.99
# Share of capitalised training words of one kind that must agree on their lemma's case for
# the case rule to hold (chosen on EWT dev).
CASE_AGREEMENT = 0.9
LOWER, KEEP = "lower", "keep"
# UPOS whose lower-case words may stand for a capitalised training word ("german" ADJ).
NAME_CASE_POS = {"ADJ", "PROPN"}
# Verb tags whose ending may take a silent "e" with it, and the stem endings English spells
# only with that "e" ("-ate", "-ize", "-yse", "-uce", "-age", "-ve", "-ble", "-dge", ...):
# the spelling rules of English orthography (e.g. Carney 1994, "A Survey of English
# Spelling", ch. 4), applied only to a lemma training does not know.
SILENT_E_TAGS = {"VBD", "VBN", "VBG", "VBZ"}
SILENT_E_STEMS = (
    "at",
    "iz",
    "ys",
    "uc",
    "ag",
    "v",
    "bl",
    "cl",
    "dl",
    "gl",
    "kl",
    "pl",
    "tl",
    "zl",
    "dg",
    "rg",
    "nc",
    "rc",
    "um",
)
# Occurrences a word written onto the one before needs in training for its lemma there to be
# kept (chosen on EWT dev).
GLUED_MIN = 5
# Occurrences in training up to which a word counts as rare, like the unseen words the case
# rules are for (chosen on EWT dev).
RARE = 3
# A number written with thousands separators; EWT's lemma drops them (108 of 108 in train).
THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")
# Parts of speech whose inflected word may take a stem training knows only as another part of
# speech (chosen on EWT dev).
CROSS_POS = {"VERB"}
# Past-tense tags the tagger sometimes gives a present "-s" form ("Tajikistan condemns" as VBD).
PAST_TAGS = {"VBD", "VBN"}
# English regular inflection, by Penn tag: (suffix of the word, what replaces it in the lemma);
# "-" undoes a doubled final consonant ("stopped" -> "stop"). From English grammar.
INFLECTIONS: dict[str, list[tuple[str, str]]] = {
    "NNS": [("ies", "y"), ("ves", "f"), ("es", ""), ("s", "")],
    "VBZ": [("ies", "y"), ("es", ""), ("s", "")],
    "VBD": [("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ed", "-")],
    "VBN": [("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ed", "-")],
    "VBG": [("ying", "ie"), ("ing", ""), ("ing", "e"), ("ing", "-")],
    "JJR": [("ier", "y"), ("er", ""), ("er", "e"), ("r", ""), ("er", "-")],
    "JJS": [("iest", "y"), ("est", ""), ("est", "e"), ("st", ""), ("est", "-")],
}


class Annotated(Protocol):
    """A training sentence: its words with UPOS, XPOS and lemma (``corpus.Sentence``)."""

    words: list[str]
    pos: list[str]
    tags: list[str]
    lemmas: list[str]
    spaces: list[bool]


def _case_keys(word: str, pos: str, tag: str, first: bool) -> list[str]:
    """The kinds of a word with a capital letter, most specific first (UPOS and XPOS, then
    XPOS alone, for a tagger and morphologizer that disagree); none for a lower-case word."""
    if word == word.lower():
        return []
    shape = "CAPS" if word.isupper() and len(word) > 1 else "Cap"
    where = "first" if first else "inner"
    return [f"{pos}\t{tag}\t{where}\t{shape}", f"*\t{tag}\t{where}\t{shape}"]


def _starts_sentence(tok: Token) -> bool:
    """Whether ``tok`` may be a sentence's first word (the table runs before the parser has
    split sentences, so by the marks before it)."""
    return tok.i == 0 or bool(tok.is_sent_start) or may_start_sentence(tok)


class LemmaTable:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.table: dict[str, str] = {}
        self.case: dict[str, str] = {}
        self.lower_words: set[str] = set()  # words seen in lower case in training
        self.lemmas: dict[str, set[str]] = {}  # the lemmas of training words, by UPOS
        # lemmas of a word written onto the word before it, by that word's UPOS: EWT splits
        # "McDonalds" as "McDonald" + "s", a possessive whose lemma is "'s"
        self.glued: dict[str, str] = {}

    @staticmethod
    def key(word: str, pos: str) -> str:
        return f"{pos}\t{word}"

    def fit(self, sentences: Iterable[Annotated]) -> None:
        """Learn the table and the case rules from annotated sentences."""
        counts: dict[str, Counter] = defaultdict(Counter)
        glued: dict[str, Counter] = defaultdict(Counter)  # (word, UPOS before) -> lemmas
        kinds: dict[str, Counter] = defaultdict(Counter)  # (word, UPOS) -> kind and case
        self.lower_words = set()
        lemmas: dict[str, set[str]] = defaultdict(set)
        for s in sentences:
            for i, (word, pos, tag, lemma) in enumerate(
                zip(s.words, s.pos, s.tags, s.lemmas, strict=True)
            ):
                counts[self.key(word, pos)][lemma] += 1
                if i and s.spaces and not s.spaces[i - 1]:
                    glued[self.key(word.lower(), s.pos[i - 1])][lemma] += 1
                if word == word.lower():
                    self.lower_words.add(word)
                lemmas[pos].add(lemma)
                for kind in _case_keys(word, pos, tag, i == 0):
                    kinds[self.key(word, pos)][kind, lemma == lemma.lower()] += 1
        self.lemmas = dict(lemmas)
        self.table = {}
        for key, seen_lemmas in counts.items():
            lemma, n = seen_lemmas.most_common(1)[0]
            if n / seen_lemmas.total() >= MIN_AGREEMENT:
                self.table[key] = lemma
        self.glued = {}
        for key, seen_lemmas in glued.items():
            lemma, n = seen_lemmas.most_common(1)[0]
            if n >= GLUED_MIN and n / seen_lemmas.total() >= MIN_AGREEMENT:
                self.glued[key] = lemma
        # The rules are for words the table lacks, so they learn from rare words alone.
        cases: dict[str, Counter] = defaultdict(Counter)
        for key, seen in kinds.items():
            if counts[key].total() <= RARE:
                for (kind, lower), n in seen.items():
                    cases[kind][LOWER if lower else KEEP] += n
        self.case = {}
        for kind, seen in cases.items():
            rule, n = seen.most_common(1)[0]
            if n / seen.total() >= CASE_AGREEMENT:
                self.case[kind] = rule

    def lemma(self, tok: Token) -> str:
        """The lemma of one token, from the table, the case rules or the lemmatizer."""
        if tok.i and not tok.doc[tok.i - 1].whitespace_:
            # a word written onto the one before ("McDonald" + "s"): what training gives it
            # after a word of that UPOS, whatever the tagger made of the word itself
            glued = self.glued.get(self.key(tok.lower_, tok.doc[tok.i - 1].pos_))
            if glued is not None:
                return glued
        known = self.table.get(self.key(tok.text, tok.pos_))
        if known is not None:
            return known
        if THOUSANDS.fullmatch(tok.text):
            return tok.text.replace(",", "")  # "12,000" -> "12000", as EWT writes it
        if tok.pos_ in NAME_CASE_POS and tok.text.islower():
            # "german", "kerala": a name or nationality written in lower case keeps the
            # capital its lemma has in training ("German", "Kerala")
            titled = self.table.get(self.key(tok.text.title(), tok.pos_))
            if titled is not None and titled == tok.text.title():
                return titled
        lemma = self.regular(tok) or tok.lemma_
        if lemma.lower() == tok.text.lower() + ".":
            lemma = lemma[:-1]  # "Laughter" -> "Laughter.": a mark the word lacks ("etc." is held)
        kinds = _case_keys(tok.text, tok.pos_, tok.tag_, _starts_sentence(tok))
        rule = next((self.case[k] for k in kinds if k in self.case), None)
        if rule == LOWER and tok.text.lower() in self.lower_words:
            return lemma.lower()
        if rule == KEEP and tok.pos_ == "PROPN" and lemma.lower() == tok.text.lower():
            return tok.text
        return lemma

    def regular(self, tok: Token) -> str | None:
        """A regular inflection's lemma that training knows for the word's UPOS, when the
        lemmatizer's is not one ("smelled" -> "smell" for "smelle", "memoirs" -> "memoir")."""
        known = self.lemmas.get(tok.pos_, set())
        if tok.lemma_ in known or tok.tag_ not in INFLECTIONS:
            return None
        word = tok.text.lower()
        tag = tok.tag_
        if tag in PAST_TAGS and word.endswith("s") and not word.endswith(("ss", "us")):
            tag = "VBZ"  # "condemns" tagged as a past tense: its ending tells the inflection
        candidates = self._candidates(word, tag)
        for candidate in candidates:
            if candidate in known:
                return candidate
        if tok.pos_ in CROSS_POS:
            # "fined" -> "fine", "profiled" -> "profile": a stem training knows only as another
            # part of speech ("fine" ADJ, "profile" NOUN) beats a stem it never saw
            for candidate in candidates:
                if any(candidate in lemmas for lemmas in self.lemmas.values()):
                    return candidate
        if tok.tag_ in SILENT_E_TAGS and tok.lemma_.endswith(SILENT_E_STEMS):
            # "mismanaged" -> "mismanag", "rotating" -> "rotat": a stem English spells with a
            # final silent "e" that the lemmatizer cut off with the ending
            stem = tok.lemma_
            if word.startswith(stem.lower()) and word[len(stem) :] in ("ed", "ing", "es"):
                return stem + "e"
        return None

    @staticmethod
    def _candidates(word: str, tag: str) -> list[str]:
        """The stems a regular inflection of ``word`` with Penn tag ``tag`` may come from."""
        out = []
        for suffix, ending in INFLECTIONS.get(tag, []):
            if not word.endswith(suffix) or len(word) <= len(suffix) + 1:
                continue
            stem = word[: -len(suffix)]
            if ending != "-":
                out.append(stem + ending)
            elif len(stem) >= 3 and stem[-1] == stem[-2]:  # a doubled final consonant
                out.append(stem[:-1])
        return out

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            tok.lemma_ = self.lemma(tok)
        return doc

    def _state(self) -> dict:
        return {
            "table": self.table,
            "case": {
                "rules": self.case,
                "lower_words": sorted(self.lower_words),
                "lemmas": {pos: sorted(lemmas) for pos, lemmas in self.lemmas.items()},
                "glued": self.glued,
            },
        }

    def _load(self, state: dict) -> LemmaTable:
        self.table = state["table"]
        saved = state.get("case")
        if saved:
            self.case, self.lower_words = saved["rules"], set(saved["lower_words"])
            self.lemmas = {pos: set(words) for pos, words in saved.get("lemmas", {}).items()}
            self.glued = saved.get("glued", {})
        return self

    def to_disk(self, path: Path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        state = self._state()
        (path / "table.json").write_text(json.dumps(state["table"], ensure_ascii=False), "utf-8")
        (path / "case.json").write_text(json.dumps(state["case"], ensure_ascii=False), "utf-8")

    def from_disk(self, path: Path, exclude=()) -> LemmaTable:
        case = Path(path) / "case.json"
        return self._load(
            {
                "table": json.loads((Path(path) / "table.json").read_text("utf-8")),
                "case": json.loads(case.read_text("utf-8")) if case.exists() else None,
            }
        )

    def to_bytes(self, exclude=()) -> bytes:
        return json.dumps(self._state(), ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, exclude=()) -> LemmaTable:
        return self._load(json.loads(data.decode("utf-8")))


@Language.factory(
    "parley_lemma_table", requires=["token.pos", "token.lemma"], assigns=["token.lemma"]
)
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable(nlp, name)
