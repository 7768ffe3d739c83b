"""A built Parley pipeline survives spaCy's own round trips (to_disk and spacy.load,
to_bytes and from_bytes), pickle and two processes, with the same output on the bundled examples
and the seed."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from datetime import date

import pytest
import spacy

from parley.cli import EXAMPLES
from parley.model import Article
from parley.pipeline import extract, make_doc, to_extraction
from tests.conftest import ROOT, SEED


def _examples() -> list[Article]:
    """The bundled examples, and the seed article when ../shared is beside the project."""
    rows = [json.loads(line) for line in EXAMPLES.read_text("utf-8").splitlines() if line]
    articles = [
        Article(id=r["id"], text=r["text"], published=date.fromisoformat(r["published"]))
        for r in rows
    ]
    for path in sorted((SEED / "text").glob("*.txt")) if SEED.exists() else []:
        articles.append(Article(id=path.stem, text=path.read_text("utf-8")))
    return articles


def _output(nlp) -> list[dict]:
    return [ex.to_json() for ex in extract(nlp, _examples())]


@pytest.fixture(scope="module")
def expected(nlp) -> list[dict]:
    out = _output(nlp)
    assert any(r["attributions"] for r in out) and any(r["events"] for r in out)
    return out


def test_pickle_gives_the_same_pipeline(nlp, expected):
    assert _output(pickle.loads(pickle.dumps(nlp))) == expected


def test_to_disk_and_spacy_load_give_the_same_pipeline(nlp, expected, tmp_path):
    nlp.to_disk(tmp_path / "parley-pipeline")
    loaded = spacy.load(tmp_path / "parley-pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert _output(loaded) == expected
    # the attribution stage reads the verb lemmas the loaded table holds, not an empty table
    stage = loaded.get_pipe("parley_attribution")
    assert len(stage.extractor.verb_lemmas) > 1000


def test_to_bytes_and_from_bytes_give_the_same_pipeline(nlp, expected):
    copy = spacy.util.load_model_from_config(nlp.config, auto_fill=False)
    copy.from_bytes(nlp.to_bytes())
    assert _output(copy) == expected


def test_a_saved_pipeline_loads_in_a_process_that_never_imports_parley(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    # spaCy finds every Parley factory through its entry points
    code = "import sys, spacy; nlp = spacy.load(sys.argv[1]); print(nlp.pipe_names[-1])"
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "saved")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "parley_events"


def test_a_registry_from_the_setting_is_written_into_the_pipeline_config(monkeypatch, tmp_path):
    from parley.pipeline import build

    registry = tmp_path / "mine.jsonl"
    registry.write_text(
        json.dumps({"id": "NHF", "type": "group", "name": "Northern Hills Front", "country": "SDN"})
        + "\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PARLEY_REGISTRY", str(registry))
    nlp = build()
    assert nlp.config["components"]["parley_actors"]["registry_files"] == [str(registry)]
    nlp.to_disk(tmp_path / "saved")
    monkeypatch.delenv("PARLEY_REGISTRY")
    loaded = spacy.load(tmp_path / "saved")
    [ex] = extract(loaded, [Article(id="a", text="The Northern Hills Front shelled Kadugli.")])
    assert "NHF" in {a.id for a in ex.actors}


def test_two_processes_give_the_output_of_one(nlp, expected):
    """spaCy carries docs between processes as bytes: Parley's records and dates survive."""
    articles = _examples()
    docs = nlp.pipe([make_doc(nlp, a) for a in articles], n_process=2, batch_size=2)
    assert [to_extraction(a, d).to_json() for a, d in zip(articles, docs, strict=True)] == expected


def test_a_lexicon_folder_in_the_config_replaces_the_bundled_lexicon(tmp_path):
    import shutil

    from parley.pipeline import build

    bundled = ROOT / "src" / "parley" / "attribution" / "data"
    mine = tmp_path / "cues"
    shutil.copytree(bundled, mine)
    # a lexicon without "said": the sentence reports nothing any more
    cues = (mine / "cues.tsv").read_text("utf-8").splitlines()
    kept = [line for line in cues if not line.startswith("say\t")]
    assert len(kept) < len(cues)
    (mine / "cues.tsv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    nlp = build()
    article = Article(id="a", text="The envoy said the talks would resume on Monday.")
    [before] = extract(nlp, [article])
    assert [a.cue.text for a in before.attributions] == ["said"]
    config = nlp.config.copy()
    config["components"]["parley_attribution"]["lexicon_dir"] = str(mine)
    mine_nlp = spacy.util.load_model_from_config(config, auto_fill=False)
    mine_nlp.from_bytes(nlp.to_bytes())
    [after] = extract(mine_nlp, [article])
    assert after.attributions == []


def test_the_attribution_stage_reads_the_lemma_table_it_is_given_when_initialized():
    from types import SimpleNamespace

    from parley.attribution import AttributionStage
    from parley.attribution.extract import Extractor
    from parley.attribution.lexicon import load_lexicon

    table = SimpleNamespace(table={})
    stage = AttributionStage(Extractor(load_lexicon()), table)
    stage.initialize()
    assert stage.extractor.verb_lemmas == {}
    table.table = {"VERB\tSpelled": "spell", "NOUN\tmeetings": "meeting"}
    stage.initialize()
    assert stage.extractor.verb_lemmas == {"spelled": "spell"}
