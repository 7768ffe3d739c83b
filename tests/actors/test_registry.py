"""The registry's countries: names, capitals and seats as news writes them."""

from __future__ import annotations

from parley.actors import load_registry


def test_a_capital_two_countries_share_is_the_more_populous_ones():
    entries = load_registry().entries
    assert "Kingston" in entries["JAM"].aliases  # Jamaica's, not Norfolk Island's
    assert "Kingston" not in entries["NFK"].aliases
    assert "Belgrade" in entries["SRB"].aliases  # not lost to the former Serbia and Montenegro


def test_a_dateline_in_a_shared_capital_places_the_report_in_the_larger_country(nlp):
    text = (
        "KINGSTON (Wire) — Officers said on Sunday that two men were shot near a polling "
        "station. Desmond Clarke, who runs a shop nearby, said he heard the shots."
    )
    doc = nlp(text)
    (person,) = [a for a in doc._.actors if a.id == "person:desmond-clarke"]
    assert person.country == "JAM"


def test_peacekeeping_missions_and_regional_blocs_are_registry_bodies(nlp):
    text = (
        "KFOR said its patrols would continue. The U.N. Support Mission in Libya (UNSMIL) "
        "urged calm, and the Southern African Development Community met in Gaborone."
    )
    doc = nlp(text)
    found = {a.id: [text[s:e] for s, e in a.mentions] for a in doc._.actors}
    assert found["KFOR"] == ["KFOR"]
    assert found["UNSMIL"] == ["U.N. Support Mission in Libya", "UNSMIL"]
    assert "SADC" in found


def test_a_national_news_agency_is_a_medium_of_its_own_country_wherever_the_story_is(nlp):
    # a border story told from one side, quoting the other side's state agency and broadcaster
    text = (
        "YEREVAN — Armenian officials said on Monday that shots were fired across the border. "
        "AZERTAC, quoting the defence ministry in Baku, said Armenian units fired first. "
        "The clash was also reported by Radio Television of Serbia and by Bakhtar News Agency."
    )
    doc = nlp(text)
    media = {a.name: (a.type, a.country) for a in doc._.actors if a.type == "media"}
    assert media["AZERTAC"] == ("media", "AZE")
    assert media["Radio Television of Serbia"] == ("media", "SRB")
    assert media["Bakhtar News Agency"] == ("media", "AFG")


def test_a_report_from_an_international_courts_seat_places_no_one_in_that_country(nlp):
    text = (
        "THE HAGUE - A former rebel commander from the Central African Republic told the "
        "International Criminal Court on Tuesday that he never ordered attacks on villages. "
        "Jean-Pierre Ndamoyo, a witness for the prosecution, said fighters burned the market "
        "in Bria. The Central African government has asked for the trial to be speeded up."
    )
    doc = nlp(text)
    (witness,) = [a for a in doc._.actors if a.name == "Jean-Pierre Ndamoyo"]
    assert witness.country != "NLD"  # the court's seat is no one's country here
