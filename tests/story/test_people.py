"""One person however outlets spell them (issue 20): "Quiñónez" / "Quinones", "Valdivieso" /
"Valdiviezo", "Xitumul" / "Chitumul", "Abdallah" / "Abdullah" are one actor of the story."""

from __future__ import annotations

from parley.model import Actor
from parley.story import one_actor_per_person, person_aliases, sides


def person(name: str, country: str | None = None) -> Actor:
    return Actor("person:" + name.lower().replace(" ", "-"), name, "person", country)


def test_spellings_of_one_name_are_one_person_and_other_people_stay_apart():
    people = [
        person("Rodrigo Quinonez"),
        person("Rodrigo Quinones"),
        person("Edgar Chitumul"),
        person("Édgar Xitumul"),
        person("Nabil Abdallah"),
        person("Nabil Abdullah"),
        person("Julio Caal"),
        person("Ernesto Caal"),  # his brother: another given name
        person("Ana Silva"),
        person("Ana Salva"),  # a short surname one letter off: another person
    ]
    assert person_aliases(people) == {
        "person:rodrigo-quinonez": "person:rodrigo-quinones",
        "person:édgar-xitumul": "person:edgar-chitumul",
        "person:nabil-abdullah": "person:nabil-abdallah",
    }


def test_the_story_names_one_actor_with_every_mention_and_one_side():
    people = [person("Rodrigo Quinones", "GTM"), person("Rodrigo Quinonez")]
    assert sides(people)["person:rodrigo-quinonez"] == "GTM"
    story = {
        "actors": [
            {"id": a.id, "name": a.name, "type": "person", "country": a.country,
             "mentions": [{"article": art, "spans": [[0, 5]]}]}
            for a, art in zip(people, ("a1", "a2"), strict=True)
        ],
        "events": [{"source": "person:rodrigo-quinonez", "target": "BLZ", "disagreements": []}],
        "negotiations": [
            {"parties": ["BLZ", "GTM"], "mediators": [],
             "items": [{"by": "person:rodrigo-quinonez", "to": "BLZ"}]}
        ],
    }  # fmt: skip
    one = one_actor_per_person(story, people)
    [actor] = one["actors"]
    assert actor["id"] == "person:rodrigo-quinones"
    assert [m["article"] for m in actor["mentions"]] == ["a1", "a2"]
    assert one["events"][0]["source"] == actor["id"]
    assert one["negotiations"][0]["items"][0]["by"] == actor["id"]


def test_people_a_description_names_by_their_office_take_their_state_and_victims_do_not():
    described = [
        Actor("unnamed:senior-official:a1", "senior official", "person", "NER"),
        Actor("unnamed:two-diplomats:a2", "two diplomats", "person", "NER"),
        Actor("unnamed:civilians:a3", "civilians", "person", "NER"),
        Actor("unnamed:people:a4", "people", "person", "NER"),
    ]
    side = sides(described)
    assert side["unnamed:senior-official:a1"] == side["unnamed:two-diplomats:a2"] == "NER"
    # each article's victims are its own description, never a state the story could split on
    assert side["unnamed:civilians:a3"] == "unnamed:civilians:a3"
    assert side["unnamed:people:a4"] == "unnamed:people:a4"
