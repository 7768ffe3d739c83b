"""Where a person's name points, used to choose between an article's parties."""

from __future__ import annotations

from parley.actors.name_origins import countries_of


def test_surname_endings_and_name_words_point_to_their_countries():
    assert countries_of("Ani Sargsyan") == {"ARM"}
    assert countries_of("Dilshod Sharifzoda") == {"TJK"}
    assert countries_of("Kyaw Zin Htet") == {"MMR"}
    assert "SRB" in countries_of("Nenad Jokić") and "KOS" in countries_of("Nenad Jokić")


def test_given_names_short_surnames_and_lone_words_point_nowhere():
    assert countries_of("Brian Adrian") == set()  # a given name ending as Armenian names do
    assert countries_of("Lev Yan") == set()
    assert countries_of("Sargsyan") == set()  # a surname alone: too little to tell


def test_a_person_of_a_two_country_story_takes_the_country_their_name_shows(nlp):
    text = (
        "YEREVAN - Azerbaijani and Armenian troops exchanged fire near the border on Monday, "
        "Armenia's defence ministry said. Azerbaijan denied firing first. Ani Sargsyan, who "
        "lives in a border village, said shells fell near her house. Rauf Mammadov said "
        "Armenian units had opened fire."
    )
    doc = nlp(text)
    persons = {a.name: a.country for a in doc._.actors if a.type == "person"}
    assert persons["Ani Sargsyan"] == "ARM"
    assert persons["Rauf Mammadov"] == "AZE"
