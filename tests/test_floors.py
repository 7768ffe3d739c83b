"""Floors: the figures the shared scorers give on the seed and the team's own article sets may
not fall below those the README reports (a gain passes; a loss fails until it is explained and
the floor lowered on purpose). The sets are scored exactly as `python benchmarks/articles.py`
scores them: `parley extract` with each gold file's date, then `../shared/eval/score_articles.py`.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, need_shared

# The figures the README reports, set by set. The held-out set's gold has
# no attributions, so only its actor and event figures count.
FLOORS = {
    "seed": {
        "attribution_f1": 0.9286,
        "speaker_acc": 1.0,
        "actor_merge": 1.0,
        "country_acc": 1.0,
        "event_f1": 0.96,
        "event_date_acc": 1.0,
    },
    "dev": {
        "attribution_f1": 0.9173,
        "speaker_acc": 0.8906,
        "actor_merge": 1.0,
        "country_acc": 1.0,
        # lowered on purpose from 0.866 (issue 19): recall is unchanged (0.875); the precision
        # lost is events the gold does not list that actors known by description and "the
        # group"/"it" now give ("the army denied planning the attack", "the group would not
        # hand back the town"), the held-out set's F1 rising from 0.80 to 0.857 meanwhile;
        # and from 0.8317 (issue 20): recall unchanged, two events the gold does not list are
        # found, an order ("the army had been ordered to resume offensive operations") and an
        # attack whose doer goes unnamed ("an ambush in the department of Cauca killed four
        # soldiers"), and the attack inside an accusation ("the faction had broken its promise
        # to stop attacking security forces"); 0.8037 since a speaker who says the other side
        # did harm accuses it: recall 0.875 -> 0.896, and three accusations its gold omits;
        # 0.789 since nouns name events ("an ambush in the department of Cauca", "denied
        # planning the attack"): recall unchanged, two doerless attacks its gold omits, for a
        # gain of 0.205 -> 0.334 sentence F1 on 40 PolNeAR train articles annotated by type;
        # 0.7818 since violent and coercive acts in relative clauses are told ("the town it
        # captured last year"), which its gold omits (PolNeAR sentence F1 0.362 -> 0.372, a new
        # story set by another member: report F1 0.524 -> 0.545); 0.7679 since acts whose doer
        # is described but no actor stand with an unknown source (issue 20 item 4): recall
        # unchanged (0.8958), three events its gold omits ("the commissions would meet again
        # within three weeks", "a meeting in Kingstown", the army "killed 30 militants"), for
        # PolNeAR sentence F1 0.378 -> 0.651 (docs/events.md)
        "event_f1": 0.7679,
        "event_date_acc": 1.0,
    },
    "heldout": {
        "actor_merge": 0.9167,
        "country_acc": 1.0,
        # lowered on purpose from 0.8571 (issue 20): recall unchanged (0.75); "a new round of
        # talks" is a meeting, and "Russia was ready to hold a new round of talks in Istanbul"
        # is one offered (mode proposed), which the gold does not list; 0.7895 since acts whose
        # doer is described but no actor stand (issue 20 item 4): recall unchanged, two acts of
        # "Somaliland's foreign ministry" (a rejection, a threat to expel diplomats) the gold
        # does not list
        "event_f1": 0.7895,
    },
}


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    need_shared()
    sets = [str(ROOT.parent / "shared" / "seed"), "benchmarks/dev", "benchmarks/heldout"]
    done = subprocess.run(
        [sys.executable, "benchmarks/articles.py", *sets],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = {}
    for line in done.stdout.splitlines():
        name, _, rest = line.partition(": ")
        if name in FLOORS and "=" in rest:
            out[name] = {k: float(v) for k, v in (kv.split("=") for kv in rest.split())}
    return out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_hold_their_floor(figures, name):
    got = figures[name]
    low = {k: (got[k], floor) for k, floor in FLOORS[name].items() if got[k] < floor - 1e-9}
    assert not low, f"{name}: figures below their floor (got, floor): {low}"
    assert got.get("actor_split_errors", 0) == 0
