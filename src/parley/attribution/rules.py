"""The attribution rules by name: what each finds, its construction family, an example, and the
module that holds it. ``Extractor.find`` runs them in this order; any can be switched off in the
pipeline's config (``[components.parley_attribution] disabled_rules = ["according_to"]``), which
is how ``benchmarks/ablation.py`` measures what each one earns and how
``docs/constructions.md`` is written (``python tools/write_constructions.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    family: str
    example: str
    module: str  # where it lives, under parley/attribution/
    finds: str  # what it does, in a line


# Token rules run on each word in turn: the first that finds a report there wins, in this
# order. Passes run on the whole doc after them, in this order.
TOKEN_RULES = (
    Rule(
        "verb_cue",
        "verb cues: clause, object, quotation; passive, raising; inverted and trailing speakers",
        "Ethiopia's envoy said (that) the port deal was off. / “It is off,” the envoy said.",
        "verb_cue.py",
        "a cue verb with its subject, its content (clause, object or quotation) and channel",
    ),
    Rule(
        "noun_cue",
        "nouns and adjectives",
        "Moscow's assurances that the corridor would stay open",
        "nouns.py",
        "a reporting noun with a complement, or with its owner and topic",
    ),
    Rule(
        "adjective_cue",
        "nouns and adjectives",
        "The minister remains confident that talks will resume.",
        "nouns.py",
        "a stance adjective with its complement or topic",
    ),
    Rule(
        "misread_report",
        "word-order repairs",
        "Recent polling shows that the incumbent leads.",
        "repairs.py",
        "a report verb the tagger read as a noun (shows, finds), and its subject",
    ),
    Rule(
        "report_read_as_noun",
        "word-order repairs",
        "Her associates insist she is back.",
        "repairs.py",
        "a present-tense report verb the tagger read as a noun after a name or noun",
    ),
    Rule(
        "report_read_as_modifier",
        "word-order repairs",
        "The mediator expressed concern that the truce would not hold.",
        "repairs.py",
        "a past-tense report the parse made an adjective, in a sentence with no verb before it",
    ),
    Rule(
        "according_to",
        "'according to' and polls",
        "According to the UN, 40 trucks crossed on Monday.",
        "nouns.py",
        "'according to X' before or after what X says",
    ),
    Rule(
        "in_source",
        "'according to' and polls",
        "In the latest poll, the opposition leads by six points.",
        "nouns.py",
        "a poll or report in an 'in' phrase, and what it finds",
    ),
)
PASSES = (
    Rule(
        "colon_lines",
        "lines",
        "Lavrov: No talks until the sanctions are lifted",
        "lines.py",
        "'Name: what they said' lines and interview 'Q:' / 'A:' lines",
    ),
    Rule(
        "headlines",
        "lines",
        "Former Envoy Says Truce Is Near Collapse",
        "lines.py",
        "a title-case headline with a speech verb",
    ),
    Rule(
        "embedded_commitments",
        "filters",
        "He said they had promised to withdraw. (one statement, not two)",
        "filters.py",
        "drops a promise, plan or demand inside another report's content",
    ),
    Rule(
        "controlled_cues",
        "filters",
        "Both sides promised not to attack vessels. (one statement: the promise)",
        "filters.py",
        "drops a report whose cue is the infinitive another report's cue governs",
    ),
    Rule(
        "armed_attacks",
        "filters",
        "The fighters attacked an army outpost. (no statement: an assault)",
        "filters.py",
        'drops an "attack" report whose source is an armed group or force',
    ),
    Rule(
        "duplicate_contents",
        "filters",
        "Two cues that reach one clause give one statement.",
        "filters.py",
        "keeps one of findings with the same content",
    ),
    Rule(
        "embedded_stances",
        "filters",
        "She said his support for the deal was waning. (one statement)",
        "filters.py",
        "drops a stance named by a noun inside another report's content",
    ),
    Rule(
        "nested_in_quotations",
        "quotation continuation",
        "“I think we will win,” she said. (one statement: the quotation)",
        "extract.py",
        "what a speaker reports inside a quotation is part of it, kept only if nobody says it",
    ),
    Rule(
        "orphan_quotes",
        "quotation continuation",
        "“We are close,” the mediator said. “Two issues remain.” (both hers)",
        "continuation.py",
        "a quotation with no cue of its own goes on the last speaker's statement",
    ),
    Rule(
        "merge_same_cue",
        "filters",
        "One cue and one source make one statement.",
        "filters.py",
        "joins findings that share a cue and a source",
    ),
)
# The readings of a verb cue's content (``verb_cue.CONTENT_READINGS``), tried in this order
# inside ``verb_cue``: the first that applies gives what is reported.
VERB_READINGS = (
    Rule(
        "report_on_what_it_reports",
        "word-order repairs",
        "When the envoy said she would return, the talks resumed.",
        "verb_cue.py",
        "a report the parse hung on the clause it reports",
    ),
    Rule(
        "as_aside",
        "inverted and trailing speakers",
        "As Reuters reported, the convoy turned back.",
        "verb_cue.py",
        "an 'as' aside and the clause it comments on",
    ),
    Rule(
        "clause",
        "verb with clause",
        "The minister said (that) the border would reopen.",
        "verb_cue.py",
        "the verb's reported clause",
    ),
    Rule(
        "open_clause",
        "verb with clause",
        "Kyiv wants Moscow to withdraw. / The rebels were expected to sign.",
        "verb_cue.py",
        "an infinitive or small clause (with raising: the subject is part of the content)",
    ),
    Rule(
        "accusation_object",
        "verb with object",
        "The army accused the militia of shelling the camp.",
        "verb_cue.py",
        "the one accused and what of",
    ),
    Rule(
        "object",
        "verb with object",
        "Both sides denied the report. / They demanded the release of the hostages.",
        "verb_cue.py",
        "the object as what is said (not a listener, nor a day)",
    ),
    Rule(
        "seen_as",
        "verb with object",
        "Voters see him as the stronger candidate.",
        "verb_cue.py",
        "what the object is taken as",
    ),
    Rule(
        "speech_topic",
        "verb with object",
        "The envoy warned about the risks of delay.",
        "verb_cue.py",
        "what speech is about",
    ),
)
RULES = TOKEN_RULES + VERB_READINGS + PASSES
NAMES = frozenset(r.name for r in RULES)


class UnknownRule(ValueError):
    """A rule name the registry does not hold."""


def check_names(names) -> frozenset[str]:
    """``names`` as a set, or ``UnknownRule`` naming those that are no rule."""
    unknown = sorted(set(names) - NAMES)
    if unknown:
        raise UnknownRule(
            f"no attribution rule {', '.join(unknown)}; the rules are {', '.join(sorted(NAMES))}"
        )
    return frozenset(names)


def constructions_markdown(contributions: dict | None = None) -> str:
    """``docs/constructions.md``: the rules by family, with example and module, and, when
    given (``{"polnear_dev": {name: change}, "polnear_train_sample": {name: change}}``), each
    rule's measured change in e2e F1 when it is switched off."""
    measured = [
        ("dev", (contributions or {}).get("polnear_dev", {})),
        ("train sample", (contributions or {}).get("polnear_train_sample", {})),
    ]
    out = [
        "# Attribution constructions",
        "",
        "Written by `python tools/write_constructions.py` from the rule registry",
        "(`src/parley/attribution/rules.py`); a test keeps it current. Token rules run on each",
        "word in turn (the first to find a report there wins); a verb cue's content is the",
        "first of its readings that applies; passes run over the whole article after them, in",
        "the order below. Switch a rule or reading off in the pipeline's config",
        '(`[components.parley_attribution] disabled_rules = ["name"]`) or with',
        "`parley extract --disable-rule NAME`. `python benchmarks/ablation.py` measures what",
        "each one earns (docs/ablation.json): the change in e2e F1 with it off, on PolNeAR dev",
        "(84 articles) and, for those that change dev by less than 0.001, on 150 PolNeAR train",
        "articles, the data the rules were written for (a negative change: the rule earns it).",
        "",
    ]
    families: dict[str, list[Rule]] = {}
    for rule in RULES:
        families.setdefault(rule.family, []).append(rule)
    for family, rules in families.items():
        out += [f"## {family[0].upper()}{family[1:]}", ""]
        head = "| rule | kind | what it finds | example | module |"
        columns = [(label, figures) for label, figures in measured if figures]
        for label, _ in columns:
            head += f" {label}, off |"
        out += [head, "|" + " --- |" * (head.count("|") - 1)]
        for rule in rules:
            kind = (
                "token rule"
                if rule in TOKEN_RULES
                else "reading of verb_cue"
                if rule in VERB_READINGS
                else "pass"
            )
            row = f"| `{rule.name}` | {kind} | {rule.finds} | {rule.example} | `{rule.module}` |"
            for _, figures in columns:
                value = figures.get(rule.name)
                row += f" {value:+.4f} |" if value is not None else " |"
            out.append(row)
        out.append("")
    return "\n".join(out)
