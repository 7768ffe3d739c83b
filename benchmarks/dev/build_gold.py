"""Build the development set's gold files from their readable sources.

    python benchmarks/dev/build_gold.py [FOLDER]   (default: benchmarks/dev)

Each ``source/NAME.json`` holds an article we wrote (``text`` as a list of paragraphs) and its
annotation, with spans written as the words they cover: ``"Moscow"`` is the first occurrence,
``"Moscow@2"`` the second, ``"Moscow@*"`` every occurrence (whole words). This writes
``text/NAME.txt`` and ``NAME.gold.json`` in the seed's format (character offsets), so the
shared scorer reads the folder like the seed's.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


def find(text: str, ref: str) -> list[tuple[int, int]]:
    """Offsets of ``ref`` ("words", "words@N" or "words@*") in ``text``."""
    words, _, which = ref.rpartition("@") if re.search(r"@(\d+|\*)$", ref) else (ref, "", "1")
    pattern = r"(?<!\w)" + re.escape(words) + r"(?!\w)"
    hits = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    if not hits:
        raise ValueError(f"{words!r} is not in the text")
    if which == "*":
        return hits
    n = int(which)
    if n > len(hits):
        raise ValueError(f"{words!r} occurs {len(hits)} times, not {n}")
    return [hits[n - 1]]


def spans(text: str, refs: list[str]) -> list[list[int]]:
    out = []
    for ref in refs:
        out.extend([s, e] for s, e in find(text, ref))
    return sorted(out)


def build(source: Path) -> tuple[str, dict]:
    src = json.loads(source.read_text(encoding="utf-8"))
    text = "\n".join(src["text"])
    gold = {
        "file": f"{source.stem}.txt",
        "published": src["published"],
        "outlet": src.get("outlet"),
        "attributions": [
            {
                "speaker": a["speaker"],
                "kind": a["kind"],
                "channel": a.get("channel"),
                "source": spans(text, a["source"]),
                "cue": spans(text, a["cue"]),
                "content": spans(text, a["content"]),
            }
            for a in src.get("attributions", [])
        ],
        "actors": [
            {
                "canonical": a["canonical"],
                "country": a.get("country"),
                "mentions": [[s, e, text[s:e]] for s, e in spans(text, a["mentions"])],
            }
            for a in src.get("actors", [])
        ],
        "events": [
            {
                **{k: v for k, v in ev.items() if k != "evidence"},
                "evidence": spans(text, [ev["evidence"]])[0],
            }
            for ev in src.get("events", [])
        ],
    }
    return text, gold


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    here = Path(args[0]) if args else HERE
    (here / "text").mkdir(exist_ok=True)
    n = 0
    for source in sorted((here / "source").glob("*.json")):
        try:
            text, gold = build(source)
        except ValueError as err:
            sys.exit(f"{source}: {err}")
        (here / "text" / f"{source.stem}.txt").write_text(text, encoding="utf-8")
        (here / f"{source.stem}.gold.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        n += 1
    print(f"wrote {n} gold files to {here}")


if __name__ == "__main__":
    main()
