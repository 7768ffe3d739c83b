"""Sort the development pool's speaker misses by kind: every gold attribution whose predicted
source actor does not stand for the gold speaker, judged as ``../shared/eval/score_articles.py``
judges ``speaker_acc`` (pairing by content overlap, the actor map's "stands for").

    python benchmarks/pool_speakers.py                      # extract the pool, print the counts
    python benchmarks/pool_speakers.py --predictions OUT    # read a `parley extract` output
    python benchmarks/pool_speakers.py --show no_actor:pronoun --batches blind21,blind23

A miss is, in this order: ``unpaired`` (no predicted attribution holds its content: an
attribution miss, not a speaker one), ``unfound`` (no predicted actor stands for the gold
speaker anywhere in the article), ``no_source`` (paired, with no source phrase), ``wrong_span``
(a source phrase that misses the gold one), ``no_actor`` (the source phrase overlaps the gold
one, or both are empty, and has no actor) or ``wrong_actor`` (it has another actor). Each class
but ``unpaired`` carries the gold source's form after a colon: ``joint`` (the gold speaker is
"A+B"), ``none`` (no gold source span: a quotation that continues someone), ``pronoun``,
``first_person`` ("I", "we"), ``relative`` ("who"), ``document`` ("the statement"),
``described`` ("the official", "a senior commander"), ``titled`` ("Foreign Minister X") or
``name``. ``wrong_actor`` adds ``/relay`` when the actor given is a medium (an agency relaying
someone) and ``/other_gold`` when it stands for another gold actor of the article.

``--show`` lists a class's cases (a class name, or its prefix before the colon); ``--batches``
limits the cases listed to those batches, so that a half of the pool kept unread stays unread.
The counts of every batch are always printed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

from score_articles import ActorMap, load  # noqa: E402
from score_attributions import norm_chars, spans_of  # noqa: E402

import pool  # noqa: E402
from pool_events import extract, print_classes  # noqa: E402

PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "his", "its", "their"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "one"})


def source_form(text: str, speaker: str, documents: frozenset[str], titles: frozenset[str]) -> str:
    """The gold source phrase's form (see the module's docstring)."""
    if "+" in speaker:
        return "joint"
    words = text.replace("\n", " ").split()
    if not words:
        return "none"
    low = [w.strip(",.;:'’\"“”").lower() for w in words]
    if len(words) == 1 and low[0] in PRONOUNS:
        return "pronoun"
    if len(words) == 1 and low[0] in FIRST_PERSON:
        return "first_person"
    if len(words) == 1 and low[0] in RELATIVES:
        return "relative"
    if len(words) == 2 and low[0] in DETERMINERS and low[1] in documents:
        return "document"
    first = 1 if low[0] in DETERMINERS and len(words) > 1 else 0
    if not words[first][:1].isupper():
        return "described"
    return "titled" if low[first] in titles else "name"


def classify(gold: dict, pred: dict, documents, titles) -> list[tuple[str, str, str]]:
    """(class, batch, detail) for each gold attribution of one article whose speaker is missed."""
    text = gold["text"]
    amap = ActorMap(gold, pred)
    batch = pool.batch_of(gold["id"])
    golds = gold.get("attributions", [])
    preds = [a for a in (pred.get("attributions") or []) if spans_of(a.get("content"))]
    gc = [norm_chars(text, a["content"]) for a in golds]
    pc = [norm_chars(text, spans_of(a.get("content"))) for a in preds]
    cands = sorted(
        ((len(gc[i] & pc[j]), i, j) for i in range(len(golds)) for j in range(len(preds))),
        reverse=True,
    )
    partner: dict[int, int] = {}
    used: set[int] = set()
    for n, i, j in cands:
        if n and i not in partner and j not in used:
            partner[i] = j
            used.add(j)
    names = {pid: f"{a.get('name')}<{a.get('type')}>" for pid, a in amap.pred.items()}
    kinds = {pid: a.get("type") for pid, a in amap.pred.items()}
    rows = []

    def words(spans: list) -> str:
        return " ".join(text[s:e] for s, e in spans).replace("\n", " ")

    for i, ga in enumerate(golds):
        speaker = ga["speaker"]
        j = partner.get(i)
        if j is not None and amap.stands_for((preds[j].get("source") or {}).get("actor"), speaker):
            continue
        gsrc = words(ga["source"])
        content = words(ga["content"])[:110]
        head = f"{gold['id']} gold {speaker!r} <{gsrc}>"
        if j is None:
            rows.append(("unpaired", batch, f"{head} {content!r}"))
            continue
        pa = preds[j]
        psrc = spans_of(pa.get("source"))
        pid = (pa.get("source") or {}).get("actor")
        got = f"ours <{words(psrc)}>={names.get(str(pid), pid)}"
        form = source_form(gsrc, speaker, documents, titles)
        gs, ps = norm_chars(text, ga["source"]), norm_chars(text, psrc)
        if not amap.ids_for(speaker):
            kind = "unfound"
        elif not psrc:
            kind = "no_source"
        elif gs and not gs & ps:
            kind = "wrong_span"
        elif pid is None:
            kind = "no_actor"
        else:
            kind = "wrong_actor"
            if kinds.get(str(pid)) == "media":
                kind += "/relay"
            elif any(amap.stands_for(pid, other) for other in amap.gold if other != speaker):
                kind += "/other_gold"
        rows.append((f"{kind}:{form}", batch, f"{head} {got} {content!r}"))
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--predictions", help="a `parley extract` output of the pool")
    parser.add_argument("--show", action="append", default=[], help="list this class's cases")
    parser.add_argument("--batches", help="list cases of these batches only (comma-separated)")
    args = parser.parse_args(argv)

    from parley.actors.registry import person_titles
    from parley.attribution.lexicon import load_lexicon

    documents, titles = load_lexicon().documents, person_titles()
    with tempfile.TemporaryDirectory() as name:
        out = Path(args.predictions) if args.predictions else extract(Path(name))
        golds, preds = load(str(pool.ARTICLES), str(out))
    rows = []
    total = 0
    for gold in golds:
        total += len(gold.get("attributions", []))
        rows += classify(gold, preds.get(gold["id"], {}), documents, titles)
    print(f"gold attributions {total}, speaker missed {len(rows)}")
    print_classes(rows, [], width=30)
    chosen = set(args.batches.split(",")) if args.batches else None
    for kind, batch, detail in rows:
        listed = any(kind == c or kind.split(":")[0] == c for c in args.show)
        if listed and (chosen is None or batch in chosen):
            print(f"{kind}: {detail}")


if __name__ == "__main__":
    main()
