"""Build the story set's files from their readable sources.

    python benchmarks/story/build_gold.py

``source.json`` holds the articles (text as paragraphs) and ``gold.json`` their story gold with
spans written as the words they cover (``"Bolivia@2"``: the second occurrence in that article,
``"Bolivia@*"``: every one), as ``benchmarks/dev/build_gold.py`` reads them. This writes
``articles.jsonl`` (the contract's story input) and ``story.gold.json`` (character offsets, the
format of ``../shared/eval/story-example``), which ``../shared/eval/score_story.py`` reads.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "dev"))

from build_gold import find  # noqa: E402


def one(text: str, ref: str) -> list[int]:
    return list(find(text, ref)[0])


def main() -> None:
    source = json.loads((HERE / "source.json").read_text(encoding="utf-8"))
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    texts = {}
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as out:
        for art in source["articles"]:
            text = "\n\n".join(art["text"]) + "\n"
            texts[art["id"]] = text
            record = {k: art[k] for k in ("id", "published", "outlet", "title")}
            out.write(json.dumps({**record, "text": text}, ensure_ascii=False) + "\n")
    actors = []
    for a in gold["actors"]:
        mentions = {}
        for article, refs in a["mentions"].items():
            spans = sorted({tuple(s) for ref in refs for s in find(texts[article], ref)})
            mentions[article] = [[s, e, texts[article][s:e]] for s, e in spans]
        actors.append({**a, "mentions": mentions})
    events = []
    for ev in gold["events"]:
        reports = []
        for r in ev["reports"]:
            s, e = one(texts[r["article"]], r["evidence"])
            reports.append({**r, "evidence": [s, e], "text": texts[r["article"]][s:e]})
        events.append({**ev, "reports": reports})
    negotiations = []
    for n in gold["negotiations"]:
        items = []
        for item in n["items"]:
            evidence = []
            for ev in item["evidence"]:
                s, e = one(texts[ev["article"]], ev["text"])
                evidence.append({"article": ev["article"], "spans": [[s, e]], "text": ev["text"]})
            items.append({**item, "evidence": evidence})
        negotiations.append({**n, "items": items})
    story = {
        "articles": "articles.jsonl",
        "actors": actors,
        "events": events,
        "negotiations": negotiations,
    }
    (HERE / "story.gold.json").write_text(
        json.dumps(story, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(texts)} articles and the story gold to {HERE}")


if __name__ == "__main__":
    main()
