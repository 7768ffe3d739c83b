"""The offline gazetteer: names to entries, the country in context deciding between namesakes."""

from __future__ import annotations

import pytest

from parley.events.places import Gazetteer, GazetteerError, default_gazetteer, load_gazetteer


def test_namesakes_are_told_apart_by_the_country_in_context():
    gaz = default_gazetteer()
    assert gaz.choose("Brest", ["BLR"]).country == "BLR"
    assert gaz.choose("Brest", ["FRA"]).country == "FRA"


def test_names_match_without_accents_and_by_english_alternate_names():
    gaz = default_gazetteer()
    assert gaz.choose("Bogota", []).country == "COL"
    assert gaz.choose("Geneva", []).country == "CHE"
    assert gaz.choose("Kiev", []).country == "UKR"


def test_a_place_called_so_outranks_one_once_called_so():
    assert default_gazetteer().choose("Kingstown", []).country == "VCT"


def test_crossings_and_regions_come_from_our_own_table():
    gaz = default_gazetteer()
    assert gaz.choose("Kerem Shalom", []).country == "ISR"
    assert gaz.choose("Attari-Wagah", []).name == "Attari"


def test_unknown_names_give_nothing():
    assert default_gazetteer().choose("Qwertyville", []) is None


def geonames_line(name: str, cc: str, lat: float, lon: float, pop: int) -> str:
    cols = ["1", name, name, "", str(lat), str(lon), "P", "PPL", cc, "", "", "", "", "", str(pop)]
    return "\t".join([*cols, "", "", "", ""]) + "\n"


def test_a_user_geonames_dump_adds_places(tmp_path):
    dump = tmp_path / "extra.txt"
    dump.write_text(geonames_line("Zzyzx Springs", "US", 35.14, -116.1, 0), encoding="utf-8")
    place = load_gazetteer([dump]).choose("Zzyzx Springs", [])
    assert place.country == "USA" and place.lat == pytest.approx(35.14)
    # the shared default is left as it was
    assert default_gazetteer().choose("Zzyzx Springs", []) is None


def test_a_file_that_is_no_geonames_dump_is_refused_by_name_and_line(tmp_path):
    bad = tmp_path / "places.csv"
    bad.write_text("name,lat,lon\nBrest,52.1,23.7\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"places\.csv:1: not a GeoNames dump line"):
        load_gazetteer([bad])
    with pytest.raises(GazetteerError, match="cannot open"):
        Gazetteer().load_geonames(tmp_path / "missing.txt")
