"""Read UD English-EWT (CoNLL-U) and Universal NER (IOB2) into spaCy training docs.

The two corpora annotate the same sentences; UNER is aligned to EWT by ``sent_id``
and by word index. UNER's ``OTH`` label is dropped: Parley's NER knows PER, ORG and LOC.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

# The entity labels the shipped NER learns (UNER's three; OTH is not one of Parley's types).
NER_LABELS = ("PER", "ORG", "LOC")


@dataclass
class Sentence:
    """One EWT sentence: syntactic words with their annotation, and optional NER tags."""

    doc_id: str
    sent_id: str
    text: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based, relative to the sentence
    deps: list[str] = field(default_factory=list)
    ner: list[str] | None = None  # IOB2 tags, one per word, or None when UNER lacks it


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file; multiword tokens are split into their words,
    the last word carrying the token's SpaceAfter; empty nodes (``8.1``) are skipped."""
    doc_id = ""
    sent: Sentence | None = None
    mwt_end = 0
    mwt_space = True
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("# newdoc id ="):
                doc_id = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id ="):
                sent = Sentence(doc_id=doc_id, sent_id=line.split("=", 1)[1].strip(), text="")
                mwt_end = 0
            elif line.startswith("# text =") and sent is not None:
                sent.text = line.split("=", 1)[1].strip()
            elif line.startswith("#"):
                continue
            elif not line:
                if sent is not None and sent.words:
                    yield sent
                sent = None
            elif sent is not None:
                cols = line.split("\t")
                wid = cols[0]
                if "." in wid:
                    continue
                if "-" in wid:
                    mwt_end = int(wid.split("-")[1])
                    mwt_space = _space_after(cols[9])
                    continue
                idx = int(wid)
                inside_mwt = idx <= mwt_end
                if inside_mwt:
                    space = mwt_space if idx == mwt_end else False
                else:
                    space = _space_after(cols[9])
                sent.words.append(cols[1])
                sent.spaces.append(space)
                sent.lemmas.append(cols[2])
                sent.pos.append(cols[3])
                sent.tags.append(cols[4])
                sent.morphs.append("" if cols[5] == "_" else cols[5])
                sent.heads.append(int(cols[6]) - 1 if cols[6] != "0" else idx - 1)
                sent.deps.append(cols[7])
    if sent is not None and sent.words:
        yield sent


def read_iob2(path: Path) -> dict[str, list[str]]:
    """Map ``sent_id`` to the IOB2 tags of its words, keeping only ``NER_LABELS``."""
    out: dict[str, list[str]] = {}
    sent_id = None
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("# sent_id ="):
                sent_id = line.split("=", 1)[1].strip()
                tags = []
            elif line.startswith("#"):
                continue
            elif not line:
                if sent_id is not None:
                    out[sent_id] = tags
                sent_id = None
            else:
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                tag = cols[2] if len(cols) > 2 else "O"
                label = tag[2:] if len(tag) > 2 else ""
                tags.append(tag if label in NER_LABELS else "O")
    if sent_id is not None:
        out[sent_id] = tags
    return out


def attach_ner(sentences: Iterable[Sentence], ner: dict[str, list[str]]) -> Iterator[Sentence]:
    """Give each sentence its UNER tags when UNER has that sentence with the same length."""
    for sent in sentences:
        tags = ner.get(sent.sent_id)
        sent.ner = tags if tags is not None and len(tags) == len(sent.words) else None
        yield sent


def _clean_iob(tags: list[str]) -> list[str]:
    """Repair IOB2 sequences where an ``I-`` tag follows ``O`` or another label."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def sentences_to_doc(vocab: Vocab, sentences: list[Sentence]) -> Doc:
    """Join consecutive sentences into one annotated ``Doc`` (so sentence splits are learned)."""
    words: list[str] = []
    spaces: list[bool] = []
    attrs: dict[str, list] = {k: [] for k in ("lemmas", "pos", "tags", "morphs", "heads", "deps")}
    sent_starts: list[bool] = []
    ents: list[str | None] = []
    for sent in sentences:
        offset = len(words)
        words.extend(sent.words)
        spaces.extend(sent.spaces)
        if spaces:
            spaces[-1] = True  # sentences are separated by a space in running text
        attrs["lemmas"].extend(sent.lemmas)
        attrs["pos"].extend(sent.pos)
        attrs["tags"].extend(sent.tags)
        attrs["morphs"].extend(sent.morphs)
        attrs["heads"].extend(h + offset for h in sent.heads)
        attrs["deps"].extend(sent.deps)
        sent_starts.extend([True] + [False] * (len(sent.words) - 1))
        if sent.ner is None:
            ents.extend([None] * len(sent.words))  # missing: the NER is not taught "no entity"
        else:
            ents.extend(_clean_iob(sent.ner))
    spaces[-1] = False
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        sent_starts=sent_starts,
        ents=ents,
        **attrs,
    )


def group_sentences(sentences: Iterable[Sentence], per_doc: int) -> Iterator[list[Sentence]]:
    """Group consecutive sentences of one source document, at most ``per_doc`` at a time."""
    group: list[Sentence] = []
    for sent in sentences:
        if group and (sent.doc_id != group[0].doc_id or len(group) >= per_doc):
            yield group
            group = []
        group.append(sent)
    if group:
        yield group


def convert(
    conllu: Path, iob2: Path | None, output: Path, per_doc: int = 10, limit: int | None = None
) -> int:
    """Write a ``.spacy`` DocBin from EWT (and UNER when given); returns the number of docs."""
    vocab = Vocab()
    sentences: Iterable[Sentence] = read_conllu(conllu)
    if iob2 is not None:
        sentences = attach_ner(sentences, read_iob2(iob2))
    db = DocBin(store_user_data=False)
    n = 0
    for group in group_sentences(sentences, per_doc):
        db.add(sentences_to_doc(vocab, group))
        n += 1
        if limit is not None and n >= limit:
            break
    output.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(output)
    return n
