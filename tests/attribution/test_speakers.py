"""Who a source phrase stands for (``attribution/speakers.py``), through the whole pipeline."""

from __future__ import annotations

from tests.conftest import extracted


def test_one_of_them_is_one_of_the_described_group(nlp):
    text = (
        "Two diplomats familiar with the talks said the envoy had put forward a plan. "
        "Kosovo would send a draft statute to its court. "
        "One of them said the Serbian side had not said no."
    )
    _, ex = extracted(nlp, text)
    last = max(ex.attributions, key=lambda a: a.content.pieces[0][0])
    actor = next(a for a in ex.actors if a.id == last.source_actor)
    assert "diplomats" in actor.name
