"""Attribution errors by class: what Parley misses, what it finds that the gold does not hold,
and where a paired statement's source or content goes wrong, counted by cue word, the cue's
part of speech, the content's form and the source's form.

    python benchmarks/attribution_errors.py GOLD_DIR PREDICTIONS.jsonl [--examples 5] [--top 25]

GOLD_DIR is in PolNeAR's brat layout (``text/``, ``attributions/``), PREDICTIONS the output of
``parley extract``; pairing is the shared scorer's (``../shared/eval/score_attributions.py``:
one to one, greedily by content overlap). The texts are parsed by the spaCy pipeline alone
(``parley.nlp.load_base``) for the cue's part of speech and the sentence bounds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from score_attributions import load_gold, norm_chars, spans_of  # noqa: E402

QUOTE_MARKS = '"“”«»„‟`'
PRONOUNS = {"i", "we", "he", "she", "they", "it", "you", "who", "which", "that"}


def content_form(text: str, spans: list[tuple[int, int]]) -> str:
    """direct (all inside quotation marks), mixed (some), indirect (none)."""
    words = " ".join(text[s:e] for s, e in spans).strip()
    marks = sum(words.count(m) for m in QUOTE_MARKS)
    if not marks:
        return "indirect"
    if words[:1] in QUOTE_MARKS and words.rstrip(".,;:!? ")[-1:] in QUOTE_MARKS and marks <= 2:
        return "direct"
    return "mixed"


def source_form(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return "none"
    words = " ".join(text[s:e] for s, e in spans).split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words[0][:1].isupper() and all(w[:1].isupper() for w in words[-2:]):
        return "name"
    return "noun phrase"


class Parsed:
    """One article's parse, for the cue's word class and sentence bounds."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def token_at(self, char: int):
        from bisect import bisect_right

        i = max(0, bisect_right(self.starts, char) - 1)
        return self.doc[i]

    def cue_class(self, spans: list[tuple[int, int]]) -> tuple[str, str]:
        """(lemma, part of speech) of the cue's head word, or ('-', 'NONE')."""
        if not spans:
            return "-", "NONE"
        toks = [t for s, e in spans for t in self.doc.char_span(s, e, alignment_mode="expand")]
        toks = [t for t in toks if not t.is_punct] or toks
        if not toks:
            return "-", "NONE"
        heads = [t for t in toks if t.head not in toks or t.head == t] or toks
        head = heads[0]
        return head.lemma_.lower(), head.pos_

    def sentences(self, spans: list[tuple[int, int]]) -> int:
        return len(
            {self.token_at(s).sent.start for s, e in spans}
            | {self.token_at(max(s, e - 1)).sent.start for s, e in spans}
        )


def diff_reason(text: str, parsed: Parsed, gold: list, pred: list) -> str:
    g, p = norm_chars(text, gold), norm_chars(text, pred)
    if g == p:
        return "exact"
    if p < g:
        reason = "too short"
    elif g < p:
        reason = "too long"
    else:
        reason = "shifted"
    if parsed.sentences(pred) > parsed.sentences(gold):
        reason += ", runs across sentences"
    elif parsed.sentences(pred) < parsed.sentences(gold):
        reason += ", stops at a sentence end"
    return reason


def pair(text: str, gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """The scorer's pairing: (gold index, prediction index)."""
    g = [norm_chars(text, a["content"]) for a in gold]
    p = [norm_chars(text, a["content"]) for a in pred]
    cands = sorted(
        ((len(ga & pa), i, j) for i, ga in enumerate(g) for j, pa in enumerate(p) if ga & pa),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def why_missed(text: str, gold: dict, preds: list[dict], paired: set[int]) -> str:
    """Why a gold statement found no partner: a prediction holds its content but was paired
    with another gold statement (two statements read as one), a prediction has its cue but
    content elsewhere, or nothing found."""
    content = norm_chars(text, gold["content"])
    cue = norm_chars(text, gold["cue"])
    if any(content & norm_chars(text, p["content"]) for p in preds):
        return "content joined to another statement's"
    if cue and any(cue & norm_chars(text, p["cue"]) for p in preds):
        return "cue found, content elsewhere"
    if any(cue & norm_chars(text, p["content"]) for p in preds):
        return "cue inside another statement's content"
    return "nothing found"


def snippet(text: str, spans: list[tuple[int, int]], width: int = 160) -> str:
    s = min(a for a, _ in spans)
    e = max(b for _, b in spans)
    return " ".join(text[s:e].split())[:width]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--examples", type=int, default=3, help="examples per class")
    parser.add_argument("--top", type=int, default=25, help="classes per table")
    parser.add_argument("--model", help="a spaCy pipeline instead of the shipped one")
    parser.add_argument("--dump", type=Path, help="write every error as JSON Lines here")
    args = parser.parse_args(argv)

    from parley.nlp import load_base

    nlp = load_base(args.model)
    gold = load_gold(str(args.gold))
    preds = {}
    for line in args.predictions.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            preds[str(obj["id"])] = obj.get("attributions") or []

    tables: dict[str, Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    dump = []

    def note(table: str, key: str, example: str, record: dict) -> None:
        tables[table][key] += 1
        if len(examples[table, key]) < args.examples:
            examples[table, key].append(example)
        dump.append({"table": table, "key": key, **record})

    for stem, (text, gattrs) in gold.items():
        parsed = Parsed(nlp(text))
        pattrs = [
            {k: spans_of(a.get(k)) for k in ("source", "cue", "content")}
            for a in preds.get(stem, [])
        ]
        pattrs = [a for a in pattrs if norm_chars(text, a["content"])]
        pairs = pair(text, gattrs, pattrs)
        paired_g = {i for i, _ in pairs}
        paired_p = {j for _, j in pairs}
        for i, ga in enumerate(gattrs):
            if i in paired_g:
                continue
            lemma, pos = parsed.cue_class(ga["cue"])
            form = content_form(text, ga["content"])
            src = source_form(text, ga["source"])
            cue = " ".join(text[s:e] for s, e in ga["cue"])
            who = snippet(text, ga["source"] or ga["cue"] or ga["content"], 40)
            ex = f"{stem} [{cue}] <{who}> {snippet(text, ga['content'])}"
            rec = {"id": stem, "cue": cue, "content": ga["content"], "source": ga["source"]}
            note("missed: cue POS", pos, ex, rec)
            note("missed: cue lemma", f"{lemma}/{pos}", ex, rec)
            note("missed: content form", form, ex, rec)
            note("missed: source form", src, ex, rec)
            note("missed: why", why_missed(text, ga, pattrs, paired_p), ex, rec)
        for j, pa in enumerate(pattrs):
            if j in paired_p:
                continue
            lemma, pos = parsed.cue_class(pa["cue"])
            cue = " ".join(text[s:e] for s, e in pa["cue"])
            who = snippet(text, pa["source"] or pa["cue"] or pa["content"], 40)
            ex = f"{stem} [{cue}] <{who}> {snippet(text, pa['content'])}"
            rec = {"id": stem, "cue": cue, "content": pa["content"], "source": pa["source"]}
            note("false: cue lemma", f"{lemma}/{pos}", ex, rec)
            note("false: content form", content_form(text, pa["content"]), ex, rec)
        for i, j in pairs:
            ga, pa = gattrs[i], pattrs[j]
            gs, ps = norm_chars(text, ga["source"]), norm_chars(text, pa["source"])
            lemma, pos = parsed.cue_class(ga["cue"])
            cue = " ".join(text[s:e] for s, e in ga["cue"])
            gsrc = snippet(text, ga["source"], 40) if ga["source"] else "-"
            psrc = snippet(text, pa["source"], 40) if pa["source"] else "-"
            ex = f"{stem} [{cue}] gold <{gsrc}> ours <{psrc}> {snippet(text, ga['content'], 100)}"
            rec = {
                "id": stem,
                "cue": cue,
                "content": ga["content"],
                "gold_source": ga["source"],
                "source": pa["source"],
            }
            if not ((gs & ps) or (not gs and not ps)):
                kind = (
                    "ours none"
                    if not ps
                    else "gold none"
                    if not gs
                    else f"{source_form(text, ga['source'])} vs {source_form(text, pa['source'])}"
                )
                note("wrong source", kind, ex, rec)
                note("wrong source: cue lemma", f"{lemma}/{pos}", ex, rec)
            reason = diff_reason(text, parsed, ga["content"], pa["content"])
            gold_words, ours = snippet(text, ga["content"], 120), snippet(text, pa["content"], 120)
            ex = f"{stem} [{cue}] gold: {gold_words} || ours: {ours}"
            note("content", reason, ex, {"id": stem, "gold": ga["content"], "ours": pa["content"]})

    for table in sorted(tables):
        counts = tables[table]
        print(f"\n== {table} (total {sum(counts.values())})")
        for key, n in counts.most_common(args.top):
            print(f"{n:5d}  {key}")
            for ex in examples[table, key]:
                print(f"         {ex}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for rec in dump:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
