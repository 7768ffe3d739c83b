"""The attribution rule registry: every rule can be switched off, the switch works, and the
constructions page is what the registry writes."""

from __future__ import annotations

import importlib.util

import pytest

from parley.attribution.rules import RULES, UnknownRule, check_names
from parley.model import Article
from parley.pipeline import build, extract
from tests.conftest import ROOT


def test_every_rule_has_a_name_a_family_an_example_and_a_module_that_exists():
    assert len({r.name for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.family and rule.example and rule.finds
        assert (ROOT / "src" / "parley" / "attribution" / rule.module).exists(), rule.name


def test_an_unknown_rule_is_refused_with_the_names_there_are():
    with pytest.raises(UnknownRule, match="verb_cue"):
        check_names(["verb_clue"])


def test_switching_a_rule_off_in_the_config_turns_off_what_it_finds():
    text = "The envoy said the talks would resume. According to the UN, 40 trucks crossed."
    article = Article(id="a", text=text)

    def cues(nlp) -> set[str]:
        [ex] = extract(nlp, [article])
        return {a.cue.text for a in ex.attributions if a.cue}

    assert cues(build()) == {"said", "According to"}
    nlp = build(disabled_rules=["according_to"])
    assert nlp.config["components"]["parley_attribution"]["disabled_rules"] == ["according_to"]
    assert cues(nlp) == {"said"}


def test_the_constructions_page_is_what_the_registry_writes():
    spec = importlib.util.spec_from_file_location("tool", ROOT / "tools" / "write_constructions.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert (ROOT / "docs" / "constructions.md").read_text("utf-8") == tool.page(), (
        "docs/constructions.md is stale: run python tools/write_constructions.py"
    )
