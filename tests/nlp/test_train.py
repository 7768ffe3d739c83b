"""The training script turns EWT and UNER into a pipeline that loads and tags text."""

from __future__ import annotations

import spacy

from parley.nlp.train import main
from tests.conftest import EWT, UNER, need_shared


def tiny_run(output, steps: str, *extra: str) -> list[str]:
    """Arguments for a few training steps on the first four docs of each split."""
    return [
        "--ewt",
        str(EWT),
        "--uner",
        str(UNER),
        "--output",
        str(output),
        "--limit",
        "4",
        "--max-steps",
        steps,
        *extra,
    ]


def test_training_a_tiny_pipeline_for_a_few_steps(tmp_path, capsys):
    need_shared()
    main(tiny_run(tmp_path, "4"))
    assert "checkpoint to ship: " + str(tmp_path / "pipeline" / "model-best") in (
        capsys.readouterr().out
    )
    nlp = spacy.load(tmp_path / "pipeline" / "model-last")
    assert nlp.pipe_names == [
        "tok2vec",
        "tagger",
        "morphologizer",
        "trainable_lemmatizer",
        "parley_lemma_table",
        "parley_paragraphs",
        "parser",
        "ner",
        "parley_place_names",
        "parley_entity_edges",
    ]
    doc = nlp("The envoy met the minister in Cairo.")
    assert all(t.tag_ for t in doc) and all(t.dep_ for t in doc)
    assert set(nlp.get_pipe("ner").labels) <= {"PER", "ORG", "LOC"}

    # Training goes on from those weights with --resume.
    main(tiny_run(tmp_path / "more", "2", "--resume", str(tmp_path / "pipeline" / "model-last")))
    again = spacy.load(tmp_path / "more" / "pipeline" / "model-last")
    assert again.pipe_names == nlp.pipe_names


def test_final_training_reads_dev_too_and_ships_the_last_checkpoint(tmp_path, capsys):
    need_shared()
    main(tiny_run(tmp_path, "2", "--final"))
    assert "checkpoint to ship: " + str(tmp_path / "pipeline" / "model-last") in (
        capsys.readouterr().out
    )
    assert sorted(p.name for p in (tmp_path / "corpus" / "train+dev").iterdir()) == [
        "dev.spacy",
        "train.spacy",
    ]
    assert spacy.load(tmp_path / "pipeline" / "model-last")("Talks resumed.").has_annotation("DEP")


def test_missing_corpus_folder_is_named(tmp_path):
    import pytest

    with pytest.raises(FileNotFoundError, match="--ewt"):
        main(["--ewt", str(tmp_path / "none"), "--output", str(tmp_path / "o")])
