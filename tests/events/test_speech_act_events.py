"""Events from the speech acts the attribution stage finds, and whom an act with no target in
its clause is aimed at (issue 20 items 1 and 2). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tests.events.test_extract import events, only


def test_a_promise_of_a_thing_is_the_speakers_promise(nlp):
    text = "Kenyan interior minister Ali Hassan promised an independent inquiry into the killings."
    promise = only(nlp, text, "AGREE")
    assert (promise["source"], promise["mode"]) == ("Ali Hassan", "promised")
    assert "an independent inquiry" in promise["evidence"]


def test_a_vow_to_respond_is_a_threat_against_the_other_side(nlp):
    text = (
        "Azerbaijani troops fired on an Armenian village on Monday, Armenia said. "
        "Azerbaijan vowed to respond to any provocation."
    )
    threat = only(nlp, text, "THREATEN")
    assert (threat["source"], threat["target"]) == ("Azerbaijan", "Armenia")
    assert not [e for e in events(nlp, text) if e["type"] == "AGREE"]


def test_an_outside_body_condemning_the_fighting_accuses_a_party_to_it(nlp):
    text = (
        "Sudan's army and the Rapid Support Forces clashed again in Darfur on Sunday. "
        "The African Union condemned the fighting."
    )
    accusation = only(nlp, text, "ACCUSE")
    assert accusation["source"] == "African Union"
    assert accusation["target"] is not None and accusation["target"] != "African Union"


def test_a_question_about_what_a_side_wants_is_no_demand(nlp):
    text = "Reporters asked whether Kenya wanted Somali troops to leave the border town."
    assert not [e for e in events(nlp, text) if e["type"] == "REQUEST"]


def test_burning_and_neutralising_are_violence_and_burning_money_is_not(nlp):
    burned = "Separatist fighters burned a school in Bamenda on Sunday, Cameroon's army said."
    assert [e["type"] for e in events(nlp, burned)].count("ASSAULT") == 1
    neutralised = "Malian soldiers neutralised twelve attackers near Gao on Sunday."
    assert "ASSAULT" in [e["type"] for e in events(nlp, neutralised)]
    money = "The senator burned through $4 million in March."
    assert not [e for e in events(nlp, money) if e["type"] == "ASSAULT"]


def test_a_government_telling_what_its_own_army_did_accuses_no_one(nlp):
    text = (
        "Niger's government spokesman Amadou Issa said the army had shelled rebel "
        "positions near Agadez on Monday."
    )
    assert not [e for e in events(nlp, text) if e["type"] == "ACCUSE"]


def test_releasing_detainees_is_a_concession_and_exchanging_fire_is_fighting(nlp):
    released = "Ethiopia released forty Sudanese farmers on Monday."
    assert [e["type"] for e in events(nlp, released)] == ["CONCEDE"]
    fire = "Armenian and Azerbaijani troops exchanged fire along the border on Monday."
    types = [e["type"] for e in events(nlp, fire)]
    assert "ASSAULT" in types and "RETREAT" not in types


def test_a_side_saying_it_will_use_force_threatens_and_a_pledged_deployment_does_not(nlp):
    threat = (
        "Kenyan troops clashed with al-Shabaab near Lamu on Sunday. "
        '"We will arrest every fighter who crosses the line," Kenyan army spokesman '
        "Paul Njuguna said."
    )
    assert "THREATEN" in [e["type"] for e in events(nlp, threat)]
    deployment = (
        "Kenyan army spokesman Paul Njuguna said the army would deploy 500 more troops to Lamu."
    )
    types = [e["type"] for e in events(nlp, deployment)]
    assert "MOBILIZE" in types and "THREATEN" not in types


def test_closing_a_road_unless_the_other_side_yields_is_a_threat(nlp):
    text = (
        "Malian troops shelled the village on Sunday. A spokesman for the Bani Liberation "
        "Front said that if one more village is shelled, its fighters will close the road "
        "to Mopti."
    )
    kinds = [(e["type"], e["mode"]) for e in events(nlp, text) if "close the road" in e["evidence"]]
    assert ("THREATEN", "conditional") in kinds
    assert not [k for k in kinds if k[0] == "AGREE"]


def test_a_threat_with_a_condition_is_one_threat_aimed_at_whom_the_condition_names(nlp):
    text = (
        "The farmers' union threatened to call a general strike on 24 June if Kenya does not "
        "revise the tax."
    )
    threats = [e for e in events(nlp, text) if e["type"] == "THREATEN"]
    assert len(threats) == 1 and threats[0]["target"] == "Kenya"
    assert not [e for e in events(nlp, text) if e["type"] == "AGREE"]


def test_the_host_of_the_talks_is_no_party_and_no_fallback_target(nlp):
    text = (
        "Oman said on Sunday that talks hosted by Oman between Yemen's government and the "
        "Houthis had made progress. Oman welcomed the progress. Oman praised both delegations. "
        "The government wants the Houthis to free four journalists, Omani officials said. "
        "The government also wants a full list of detainees."
    )
    demands = [e for e in events(nlp, text) if e["type"] == "REQUEST"]
    assert demands and all(e["target"] != "Oman" for e in demands)


def test_a_report_of_an_act_whose_doer_it_does_not_name_accuses_no_one(nlp):
    passive = (
        "Al-Shabaab fighters control much of the region. Four Somali soldiers were killed "
        "near Baidoa on Sunday, Somalia's army said."
    )
    noun = (
        "Al-Shabaab fighters control much of the region. Somalia's army said the attack near "
        "Baidoa killed four soldiers."
    )
    for text in (passive, noun):
        kinds = [e["type"] for e in events(nlp, text)]
        assert "ASSAULT" in kinds and "ACCUSE" not in kinds
    named = "Armenia's defence ministry said Azerbaijani troops had shelled an Armenian village."
    assert [e["type"] for e in events(nlp, named)].count("ACCUSE") == 1


def test_an_undertaking_with_no_time_of_its_own_is_dated_by_the_report(nlp):
    text = (
        "Kenya's interior minister said on Saturday that the government would pay "
        "compensation to the families of the victims."
    )
    promise = only(nlp, text, "AGREE")
    assert promise["mode"] == "promised"
    assert promise["date"] == date(2024, 5, 4)  # the Saturday the minister said it


def test_calling_for_a_party_to_act_is_a_request_of_that_party(nlp):
    # the parse makes "for" the mark of the clause after the cue, not the cue's own word
    text = "Former Chilean foreign minister Rosa Ibarra is calling for Peru to open the border."
    request = only(nlp, text, "REQUEST")
    assert (request["source"], request["target"]) == ("Rosa Ibarra", "Peru")


def test_speaking_with_someone_is_a_meeting_and_speaking_alone_is_not(nlp):
    text = "Senator Ana Lucero said she spoke with Governor Tomas Riel on Tuesday."
    meeting = only(nlp, text, "CONSULT")
    assert {meeting["source"], meeting["target"]} == {"Ana Lucero", "Tomas Riel"}
    assert not [
        e for e in events(nlp, "Governor Tomas Riel spoke at length.") if e["type"] == "CONSULT"
    ]


def test_a_demand_or_accusation_in_a_relative_clause_set_off_by_commas_is_told(nlp):
    text = (
        "The Ogaden Front, which accuses Ethiopia of starving the region, met donors in Nairobi. "
        "Amina Yusuf, a Somali lawmaker, who demanded that Kenya reopen the border, spoke later."
    )
    accusation = only(nlp, text, "ACCUSE")
    assert (accusation["source"], accusation["target"]) == ("Ogaden Front", "Ethiopia")
    assert only(nlp, text, "REQUEST")["target"] == "Kenya"


def test_an_agreement_in_a_relative_clause_is_still_background(nlp):
    text = "Ilham Aliyev, who signed a truce with Armenia in 2020, spoke in Baku."
    assert not [e for e in events(nlp, text) if e["type"] == "AGREE"]


def test_asking_not_to_be_named_asks_nobody_to_act(nlp):
    text = "A Kenyan official, who asked not to be named, said Somalia must withdraw its troops."
    assert not [e for e in events(nlp, text) if "not to be named" in e["evidence"]]


def test_what_his_side_will_not_do_is_the_speakers_sides_refusal(nlp):
    text = (
        "Sudan's army shelled El Fasher on Monday. RSF commander Abdelrahim Dagalo said "
        "his fighters would not lay down their weapons."
    )
    refusal = only(nlp, text, "REJECT")
    assert refusal["source"] in ("Abdelrahim Dagalo", "Rapid Support Forces", "RSF")
    assert "his fighters would not lay down" in refusal["evidence"]


def test_a_ships_crew_members_are_the_crew_not_the_side_its_owner_stands_for(nlp):
    # "its fighters" are the owner's side; "its crew members" are the members of its crew
    text = "The Kenyan navy seized a Somali trawler on Sunday and detained its nine crew members."
    detentions = [e for e in events(nlp, text) if e["type"] == "COERCE"]
    assert [e["target"] for e in detentions] == ["crew"]
