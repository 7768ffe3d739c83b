"""One noun phrase, one actor: a name inside another actor's phrase is no mention of its own."""

from __future__ import annotations

from tests.conftest import extracted


def _mentions(record, text: str) -> dict[str, list[str]]:
    return {a.id: [text[s:e] for s, e in a.mentions] for a in record.actors}


def test_a_body_in_the_title_before_a_name_stays_its_own_mention(nlp):
    text = "Kremlin spokesman Dmitry Peskov rejected the claim. Moscow said nothing more."
    _, record = extracted(nlp, text)
    russia = next(a for a in record.actors if a.id == "RUS")
    assert (0, len("Kremlin")) in russia.mentions


def test_a_town_in_a_described_sources_phrase_is_the_sources(nlp):
    text = (
        "A senior diplomat in Tripoli said the talks had stalled. "
        "Libya's government in Tripoli did not comment."
    )
    _, record = extracted(nlp, text)
    inner = (text.index("Tripoli"), text.index("Tripoli") + len("Tripoli"))
    assert all(inner not in a.mentions for a in record.actors)


def test_a_country_inside_a_bodys_name_is_the_bodys(nlp):
    text = "The China Coast Guard said its ships had acted lawfully. China said the same."
    _, record = extracted(nlp, text)
    inner = (text.index("China Coast"), text.index("China Coast") + len("China"))
    assert all(inner not in a.mentions for a in record.actors)
    # the second sentence's "China" is still China's
    china = next(a for a in record.actors if a.id == "CHN")
    assert (text.rindex("China"), text.rindex("China") + 5) in china.mentions


def test_a_name_joined_by_a_hyphen_stays_its_actors(nlp):
    text = (
        "Talks in the UAE-brokered exchange resumed, the UAE foreign ministry said. "
        "The UAE said so."
    )
    _, record = extracted(nlp, text)
    uae = next(a for a in record.actors if a.country == "ARE" and a.type != "person")
    assert text.index("UAE-brokered") in [s for s, _ in uae.mentions]


def test_an_actor_named_only_inside_a_phrase_keeps_that_mention(nlp):
    text = "Rasha Kadhim, a hydrologist at Basra University, said the river had fallen."
    _, record = extracted(nlp, text)
    assert any(a.mentions for a in record.actors if "Basra" in a.name)
