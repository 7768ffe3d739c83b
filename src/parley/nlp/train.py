"""Train Parley's English pipeline from UD English-EWT and Universal NER.

    python -m parley.nlp.train --ewt ../shared/data/ud-english-ewt \
        --uner ../shared/data/uner-english-ewt --output training/ --install

converts both corpora (``corpus.py``), trains with ``pipeline.cfg`` and, with ``--install``,
copies the best checkpoint (by dev score) into the package as the shipped pipeline.
"""

from __future__ import annotations

import argparse
import shutil
from dataclasses import dataclass
from pathlib import Path

from parley.nlp import SHIPPED_MODEL
from parley.nlp.corpus import convert, read_conllu

CONFIG = Path(__file__).parent / "pipeline.cfg"
EWT_FILE = "en_ewt-ud-{split}.conllu"
UNER_FILE = "en_ewt-ud-{split}.iob2"


@dataclass
class TrainResult:
    best: Path  # the folder of the best checkpoint
    train_docs: int
    dev_docs: int


def prepare(ewt: Path, uner: Path | None, work: Path, limit: int | None = None) -> tuple[int, int]:
    """Write ``work/train.spacy`` and ``work/dev.spacy``; returns their doc counts."""
    counts = []
    for split in ("train", "dev"):
        conllu = ewt / EWT_FILE.format(split=split)
        if not conllu.exists():
            raise FileNotFoundError(f"{conllu} is missing; --ewt must be the UD English-EWT folder")
        iob2 = uner / UNER_FILE.format(split=split) if uner is not None else None
        if iob2 is not None and not iob2.exists():
            raise FileNotFoundError(
                f"{iob2} is missing; --uner must be the UNER English-EWT folder"
            )
        counts.append(convert(conllu, iob2, work / f"{split}.spacy", limit=limit))
    return counts[0], counts[1]


def resume_config(config: Path, start: Path, target: Path) -> Path:
    """Write a copy of ``config`` whose components all start from the trained pipeline in
    ``start`` (training goes on from its weights, with a fresh optimizer)."""
    from spacy import util

    cfg = util.load_config(config)
    for name in cfg["nlp"]["pipeline"]:
        cfg["components"][name] = {"source": str(start)}
    target.parent.mkdir(parents=True, exist_ok=True)
    cfg.to_disk(target)
    return target


def train(
    ewt: Path,
    uner: Path | None,
    output: Path,
    config: Path = CONFIG,
    overrides: dict[str, object] | None = None,
    limit: int | None = None,
    resume: Path | None = None,
    final: bool = False,
) -> TrainResult:
    """Convert the corpora and train (from ``resume``'s weights when given); returns where
    the checkpoint to ship was saved: the best on dev, or with ``final`` (train and dev both
    trained on, for the epochs that settings chosen on dev were given) the last."""
    from spacy.cli.train import train as spacy_train

    corpus = output / "corpus"
    n_train, n_dev = prepare(ewt, uner, corpus, limit=limit)
    if resume is not None:
        config = resume_config(config, resume, output / "resume.cfg")
    train_path = corpus / "train.spacy"
    if final:
        # spaCy's corpus reader takes a folder and reads every .spacy file in it.
        train_path = corpus / "train+dev"
        train_path.mkdir(exist_ok=True)
        for split in ("train", "dev"):
            shutil.copy(corpus / f"{split}.spacy", train_path / f"{split}.spacy")
    settings: dict[str, object] = {
        "paths.train": str(train_path),
        "paths.dev": str(corpus / "dev.spacy"),
    }
    settings.update(overrides or {})
    spacy_train(config, output / "pipeline", overrides=settings, use_gpu=-1)
    splits = ("train", "dev") if final else ("train",)
    conllus = [ewt / EWT_FILE.format(split=split) for split in splits]
    for checkpoint in ("model-best", "model-last"):
        if (output / "pipeline" / checkpoint).exists():
            finish(output / "pipeline" / checkpoint, conllus, limit)
    ship = "model-last" if final else "model-best"
    return TrainResult(best=output / "pipeline" / ship, train_docs=n_train, dev_docs=n_dev)


def finish(model: Path, conllus: list[Path], limit: int | None = None) -> None:
    """Complete a trained checkpoint: EWT's tokenizer rules, the lemma table (learned from
    the sentences it was trained on), paragraph breaks as sentence ends before the parser, the
    gazetteer's place names and the trimming of entity ends, saved back into it."""
    import itertools

    import spacy

    from parley.nlp.tokenizer import tune_tokenizer

    nlp = spacy.load(model)
    tune_tokenizer(nlp)
    if "parley_lemma_table" not in nlp.pipe_names:
        nlp.add_pipe("parley_lemma_table", after="trainable_lemmatizer")
    if "parley_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("parley_paragraphs", before="parser")
    if "parley_place_names" not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("parley_place_names", after="ner")
    if "parley_entity_edges" not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("parley_entity_edges", after="parley_place_names")
    sentences = itertools.chain.from_iterable(read_conllu(c) for c in conllus)
    if limit is not None:
        sentences = itertools.islice(sentences, limit * 10)
    sentences = list(sentences)
    nlp.get_pipe("parley_lemma_table").fit(sentences)
    if "parley_entity_edges" in nlp.pipe_names:
        nlp.get_pipe("parley_entity_edges").fit(sentences)
    nlp.to_disk(model)


def install(best: Path, target: Path = SHIPPED_MODEL) -> Path:
    """Replace the shipped pipeline with the checkpoint in ``best``."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target)
    return target


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ewt", type=Path, required=True, help="UD English-EWT folder (CoNLL-U)")
    parser.add_argument("--uner", type=Path, help="Universal NER English-EWT folder (IOB2)")
    parser.add_argument("--output", type=Path, required=True, help="working folder for training")
    parser.add_argument("--config", type=Path, default=CONFIG, help="spaCy training config")
    parser.add_argument("--max-steps", type=int, help="stop after this many updates")
    parser.add_argument("--max-epochs", type=int, help="stop after this many epochs")
    parser.add_argument("--limit", type=int, help="use only the first N docs of each split")
    parser.add_argument(
        "--resume", type=Path, help="go on training from this trained pipeline's weights"
    )
    parser.add_argument(
        "--final",
        action="store_true",
        help="train on train and dev together and keep the last checkpoint (for the shipped "
        "pipeline, once its settings have been chosen on dev)",
    )
    parser.add_argument(
        "--install", action="store_true", help="ship the chosen checkpoint inside the package"
    )
    args = parser.parse_args(argv)
    overrides: dict[str, object] = {}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
        overrides["training.max_epochs"] = 0
    if args.max_epochs is not None:
        overrides["training.max_epochs"] = args.max_epochs
    result = train(
        args.ewt,
        args.uner,
        args.output,
        args.config,
        overrides,
        args.limit,
        args.resume,
        args.final,
    )
    print(f"trained on {result.train_docs} docs, checkpoint to ship: {result.best}")
    if args.install:
        print(f"installed as {install(result.best)}")


if __name__ == "__main__":
    main()
