"""Actors known by description: unnamed sources, collective nouns, and definite descriptions
that name an actor again, through the whole pipeline."""

from __future__ import annotations

from tests.conftest import extracted


def _actors(nlp, text):
    _, ex = extracted(nlp, text)
    return ex, {a.id: [text[s:e] for s, e in a.mentions] for a in ex.actors}


def _owner(ex, text, phrase):
    start = text.index(phrase)
    return [a for a in ex.actors if any(s <= start < e for s, e in a.mentions)]


def test_an_unnamed_source_is_an_actor_with_its_country_and_institution(nlp):
    text = (
        "A senior Kenyan defense official said on Monday that the convoy had reached Mandera. "
        '"We expect no further delays," the official said.'
    )
    ex, _ = _actors(nlp, text)
    [official] = _owner(ex, text, "A senior Kenyan defense official")
    assert official.country == "KEN" and official.role == "defense"
    assert _owner(ex, text, "the official") == [official]
    speakers = {a.source_actor for a in ex.attributions}
    assert speakers == {official.id}


def test_one_articles_unnamed_official_is_not_anothers(nlp):
    first, _ = _actors(nlp, "A senior official said the talks would resume in Doha.")
    second, _ = _actors(nlp, "A senior official said the border would stay closed.")
    ids = {a.id for a in first.actors} & {a.id for a in second.actors}
    assert not any(i.startswith("unnamed:") for i in ids)


def test_a_named_spokesman_is_not_also_an_unnamed_one(nlp):
    text = "A spokesman for the Interior Ministry, Saad Maan, said the ministry was investigating."
    ex, mentions = _actors(nlp, text)
    assert not any(i.startswith("unnamed:") for i in mentions)
    [ministry] = [a for a in ex.actors if a.name == "Interior Ministry"]
    assert ministry.type == "organization"
    assert _owner(ex, text, "the ministry") == [ministry]


def test_the_group_names_the_armed_group_again(nlp):
    text = (
        "Al-Shabaab fighters attacked a base near Baidoa on Monday. "
        "The group said it had captured the base."
    )
    ex, _ = _actors(nlp, text)
    owners = _owner(ex, text, "The group")
    assert [a.type for a in owners] == ["group"]
    assert _owner(ex, text, "Al-Shabaab") == owners


def test_a_dateline_places_an_unnamed_source(nlp):
    text = "KHARTOUM, March 3 - Two military sources said the army had retaken the bridge."
    ex, _ = _actors(nlp, text)
    [sources] = _owner(ex, text, "Two military sources")
    assert sources.country == "SDN"


def test_a_description_speaking_in_its_own_relative_clause_is_an_actor_with_its_who(nlp):
    text = (
        "Western diplomats who attended the meeting said the talks had stalled. Residents "
        "who fled the town told reporters the militia had burned the market."
    )
    ex, _ = _actors(nlp, text)
    [diplomats] = _owner(ex, text, "Western diplomats")
    [residents] = _owner(ex, text, "Residents")
    assert diplomats.id != residents.id
    who = text.index("who")
    assert (who, who + 3) in diplomats.mentions
    speakers = {a.source_actor for a in ex.attributions}
    assert {diplomats.id, residents.id} <= speakers


def test_people_familiar_with_the_talks_are_a_source_and_people_alone_are_anyone(nlp):
    text = (
        "Two people familiar with the talks said the ceasefire would hold. People are angry "
        "in the town, and the market stayed shut."
    )
    ex, found = _actors(nlp, text)
    [people] = _owner(ex, text, "Two people")
    assert found[people.id] == ["Two people"]
    assert {a.source_actor for a in ex.attributions} == {people.id}


def test_a_demonym_and_forces_noun_inside_an_unnamed_officials_title_are_the_officials(nlp):
    text = (
        "A senior Ukrainian military intelligence official said the next exchange could come "
        "within weeks. Russian military spokesman Igor Konashenkov said 150 soldiers had "
        "returned."
    )
    ex, found = _actors(nlp, text)
    [official] = _owner(ex, text, "A senior Ukrainian")
    assert official.country == "UKR" and official.id.startswith("unnamed:")
    assert found["RUS-MIL"] == ["Russian military"]


def test_an_unnamed_official_at_a_states_body_is_of_that_state(nlp):
    text = (
        "A senior official at Ukraine’s military intelligence agency said the exchange was "
        "stuck. “Moscow keeps saying yes,” the official said."
    )
    ex, _ = _actors(nlp, text)
    [official] = _owner(ex, text, "A senior official")
    assert official.country == "UKR" and _owner(ex, text, "the official") == [official]


def test_the_government_delegation_is_the_government_the_article_is_about(nlp):
    text = (
        "JUBA, June 4 - South Sudan's negotiators met rebel envoys in Nairobi. Mediators said "
        "the government delegation had signalled it could accept a phased pullback, and the "
        "government side would reply on Friday."
    )
    ex, _ = _actors(nlp, text)
    [state] = _owner(ex, text, "South Sudan")
    assert _owner(ex, text, "the government delegation") == [state]
    assert _owner(ex, text, "government side") == [state]


def test_the_government_in_a_capital_is_that_states(nlp):
    text = (
        "ISLAMABAD, June 4 - Pakistan closed the border crossing. Traders said the government "
        "in Kabul had not been told, and Pakistan's government said it would reopen it soon."
    )
    ex, _ = _actors(nlp, text)
    [afghanistan] = _owner(ex, text, "Kabul")
    assert afghanistan.id == "AFG"
    assert _owner(ex, text, "the government") == [afghanistan]


def test_the_army_that_does_not_act_is_still_the_countrys_armed_forces(nlp):
    text = (
        "BUKAVU, Democratic Republic of Congo, June 4 - The rebels accused the army of "
        "shelling the town. The army denied it and said FARDC units had held their positions."
    )
    ex, _ = _actors(nlp, text)
    [army] = _owner(ex, text, "the army")
    assert army.type == "military" and army.country == "COD"
    assert _owner(ex, text, "The army") == [army] == _owner(ex, text, "FARDC")


def test_soldiers_a_clause_takes_in_are_the_forces_named_before(nlp):
    text = (
        "LIMA, May 6 - Ghanaian troops crossed the river on Monday. Farmers accused soldiers "
        "of burning their crops, a loss the village council blamed on soldiers from the camp."
    )
    ex, _ = _actors(nlp, text)
    [army] = _owner(ex, text, "Ghanaian troops")
    assert army.type == "military" and army.country == "GHA"
    assert _owner(ex, text, "soldiers of") == [army] == _owner(ex, text, "soldiers from")


def test_counted_owned_or_moved_soldiers_are_no_states_forces(nlp):
    text = (
        "NAIROBI, May 6 - The rebels freed 19 soldiers on Monday. Kenya was accused of "
        "deploying troops near the border and refused a pull-back of troops."
    )
    ex, _ = _actors(nlp, text)
    assert not any(a.type == "military" for a in _owner(ex, text, "troops near"))
    assert not any(a.type == "military" for a in _owner(ex, text, "troops."))
    assert not any(a.id == "KEN-MIL" for a in _owner(ex, text, "19 soldiers"))


def test_an_outlet_someone_speaks_to_is_an_outlet_of_the_reports_country(nlp):
    text = (
        "ACCRA, May 4 - Speaking to state television, the minister said the border would "
        "reopen. The mayor told state radio that two people had died."
    )
    ex, _ = _actors(nlp, text)
    [television] = _owner(ex, text, "state television")
    [radio] = _owner(ex, text, "state radio")
    assert television.type == radio.type == "media" and television != radio
    assert television.country == "GHA"


def test_police_are_the_countrys_police_named_again_and_not_its_army(nlp):
    text = (
        "The bridge near the border was damaged by an explosion, Moldovan police said. The "
        "interior minister said police had found a second charge. The army said it had "
        "sealed the area, and a police officer was hurt."
    )
    ex, _ = _actors(nlp, text)
    [police] = _owner(ex, text, "Moldovan police")
    assert police.country == "MDA" and police.role == "police"
    assert _owner(ex, text, "police had") == [police]
    [army] = _owner(ex, text, "The army")
    assert army != police and army.type == "military"
    assert police not in _owner(ex, text, "police officer")


def test_police_in_a_report_from_a_place_are_that_countrys(nlp):
    text = "MONROVIA, June 3 - The group said it had reported the threats to police."
    ex, _ = _actors(nlp, text)
    [police] = _owner(ex, text, "police")
    assert police.country == "LBR" and police.role == "police"


def test_a_federation_or_association_named_again_by_its_noun_is_that_body(nlp):
    text = (
        "The Northern Cattle Herders Association said on Friday that raiders had taken 300 "
        "head of cattle near Lodwar. The association said the herders would not retaliate. "
        "The Regional Federation of Boat Owners has asked for patrols. The federation said its "
        "members had stopped sailing at night."
    )
    ex, _ = _actors(nlp, text)
    [association] = _owner(ex, text, "Northern Cattle Herders Association")
    [federation] = _owner(ex, text, "Federation of Boat Owners")
    assert _owner(ex, text, "The association said") == [association]
    assert _owner(ex, text, "The federation said") == [federation]
    speakers = {text[slice(*a.source.pieces[0])]: a.source_actor for a in ex.attributions}
    assert speakers.get("The association") == association.id
    assert speakers.get("The federation") == federation.id


def test_relatives_and_witnesses_named_by_kin_or_trade_are_actors_who_speak(nlp):
    text = (
        "Rescuers pulled Tomas Ndege from the rubble in Kisumu on Sunday. His brother said the "
        "family had not heard from him for two days. Relatives said they would hold a vigil. "
        "A fish trader who saw the collapse said the walls had cracked weeks ago."
    )
    ex, _ = _actors(nlp, text)
    sources = [(text[slice(*a.source.pieces[0])], a.source_actor) for a in ex.attributions]
    for source in ("His brother", "Relatives", "A fish trader"):
        [actor] = _owner(ex, text, source.split()[-1])  # "His" is Tomas Ndege's
        assert [who for said, who in sources if said.startswith(source)] == [actor.id]
        assert actor.type == "person" and actor.id != "person:tomas-ndege"


def test_a_capitalised_office_after_the_names_again_the_person_who_holds_it(nlp):
    text = (
        "Foreign Minister Amara Kessy received the envoys in Freetown on Monday. Speaking "
        "after the meeting, the Minister said the border would reopen within a week."
    )
    ex, _ = _actors(nlp, text)
    [minister] = _owner(ex, text, "Amara Kessy")
    assert _owner(ex, text, "the Minister") == [minister]
    assert [a.source_actor for a in ex.attributions] == [minister.id]


def test_a_body_named_by_its_noun_that_speaks_is_the_body_named_before(nlp):
    text = (
        "ACCRA - The Volta Teachers' Union called a strike on Monday. "
        "The union said schools in the north would stay shut until salaries were paid."
    )
    ex, _ = _actors(nlp, text)
    [union] = _owner(ex, text, "Volta Teachers' Union")
    assert union.type == "organization"
    assert _owner(ex, text, "The union") == [union]
    assert {a.source_actor for a in ex.attributions} == {union.id}


def test_an_unnamed_body_that_speaks_is_an_actor_of_its_own(nlp):
    text = (
        "ACCRA - Floods cut the road to Tamale on Monday. A district council said "
        "three bridges had collapsed, and the regional health directorate said clinics were short "
        "of fuel."
    )
    ex, _ = _actors(nlp, text)
    [council] = _owner(ex, text, "A district council")
    assert council.type == "organization" and council.country == "GHA"
    assert any(a.source_actor == council.id for a in ex.attributions)


def test_several_bodies_counted_or_qualified_that_act_are_an_actor(nlp):
    text = (
        "KATHMANDU - Protests went on for a third day. Several western embassies urged calm, "
        "and international aid agencies said food was short. Embassies stayed closed, and two "
        "infantry companies were deployed."
    )
    ex, _ = _actors(nlp, text)
    assert len(_owner(ex, text, "Several western embassies")) == 1
    assert len(_owner(ex, text, "international aid agencies")) == 1
    assert _owner(ex, text, "Embassies") == []  # bare: any embassies
    assert _owner(ex, text, "two infantry companies") == []  # units moved, no body acting


def test_a_part_of_a_named_body_speaks_for_that_body(nlp):
    text = (
        "The press office of the Ministry of Energy of Ghana said the power cuts would end "
        "on Friday."
    )
    ex, _ = _actors(nlp, text)
    assert not any(a.id.startswith("unnamed:") for a in ex.actors)


def test_security_forces_and_border_guards_are_a_states_forces(nlp):
    text = (
        "NIAMEY, March 4 - Security forces said they had repelled an attack near the border. "
        "Malian border guards said they had fired warning shots. The task force said it would "
        "review the footage."
    )
    ex, _ = _actors(nlp, text)
    assert [a.id for a in _owner(ex, text, "Security forces")] == ["NER-MIL"]
    assert [a.id for a in _owner(ex, text, "Malian border guards")] == ["MLI-MIL"]
    assert not any(a.type == "military" for a in _owner(ex, text, "The task force"))


def test_an_unnamed_source_the_tagger_read_as_an_adjective_is_an_actor(nlp):
    text = "A junior Samoan customs official, who asked not to be named, said the cargo was seized."
    ex, _ = _actors(nlp, text)
    [official] = _owner(ex, text, "official")
    assert {a.source_actor for a in ex.attributions} == {official.id}


def test_a_body_named_by_a_possessive_phrase_that_speaks_is_an_actor(nlp):
    text = (
        "LOME - Trucks waited at the border for a week. The Togolese drivers' federation said "
        "its members had run out of food."
    )
    ex, _ = _actors(nlp, text)
    [federation] = _owner(ex, text, "federation")
    assert federation.type == "organization"
    assert {a.source_actor for a in ex.attributions} == {federation.id}


def test_people_an_event_befalls_are_an_actor_named_again_later(nlp):
    text = (
        "BAMAKO, June 2 - Gunmen killed eight civilians near Ménaka on Sunday, officials said. "
        "Soldiers later arrested six teachers in the town. The teachers were released on Monday."
    )
    ex, _ = _actors(nlp, text)
    [civilians] = _owner(ex, text, "eight civilians")
    assert civilians.country == "MLI"
    [teachers] = _owner(ex, text, "six teachers")
    assert _owner(ex, text, "The teachers") == [teachers]
    assert teachers.id != civilians.id


def test_uncounted_people_and_an_audience_are_no_actor(nlp):
    text = "The minister told reporters that people were tired. He thanked the doctors."
    ex, _ = _actors(nlp, text)
    assert not _owner(ex, text, "people")
    assert not _owner(ex, text, "reporters")
    assert _owner(ex, text, "the doctors")  # people a verb takes as object are (session 19)


def test_a_title_before_a_described_group_is_the_named_persons(nlp):
    text = (
        "Governor Amadu Sule told a crowd of parents that the pupils would come home. "
        "The governor said the talks had begun."
    )
    ex, _ = _actors(nlp, text)
    [sule] = _owner(ex, text, "Amadu Sule")
    assert _owner(ex, text, "The governor") == [sule]
    [crowd] = _owner(ex, text, "a crowd")
    assert crowd.id != sule.id


def test_a_number_the_tagger_reads_as_a_noun_still_counts_a_group(nlp):
    text = (
        "GAO, March 3 - Hours after the ambush, troops detained fourteen men in the village. "
        "Relatives said the men were rice farmers."
    )
    ex, _ = _actors(nlp, text)
    [men] = _owner(ex, text, "fourteen men")
    assert _owner(ex, text, "the men") == [men]


def test_terrorists_are_an_armed_group_named_again(nlp):
    text = (
        "NIAMEY, May 2 - Armed terrorists attacked a post near Tera on Sunday, the army said. "
        "The terrorists fled toward the border."
    )
    ex, _ = _actors(nlp, text)
    [group] = _owner(ex, text, "Armed terrorists")
    assert group.type == "group"
    assert _owner(ex, text, "The terrorists") == [group]


def test_state_media_without_an_article_is_an_outlet_of_its_country(nlp):
    text = (
        "Iranian state media reported the seizure of the tanker on Sunday. "
        "According to Kyrgyz media, two guards were hurt."
    )
    ex, _ = _actors(nlp, text)
    [iran] = _owner(ex, text, "Iranian state media")
    assert iran.type == "media" and iran.country == "IRN"
    [kyrgyz] = _owner(ex, text, "Kyrgyz media")
    assert kyrgyz.country == "KGZ"


def test_a_capitalised_body_without_an_article_is_left_to_the_names(nlp):
    text = "Defence Ministry said the drills would go ahead."
    ex, _ = _actors(nlp, text)
    assert not any(a.id.startswith("unnamed:") for a in _owner(ex, text, "Defence Ministry"))


def test_people_two_sides_exchange_are_no_party_to_the_exchange(nlp):
    text = "Russia and Ukraine exchanged 150 prisoners of war on Monday, officials said."
    ex, _ = _actors(nlp, text)
    assert not _owner(ex, text, "150 prisoners")


def test_a_noun_in_apposition_to_a_named_person_is_their_mention(nlp):
    text = (
        "Halima Dodo, a teacher who fled the village, said the fields were empty. "
        "The lead prosecutor, Idris Kanté, said the case was strong. "
        "Kanté's wife, Mariam Sow, told reporters she had not seen him."
    )
    ex, _ = _actors(nlp, text)
    [dodo] = _owner(ex, text, "Halima Dodo")
    assert _owner(ex, text, "a teacher") == [dodo]
    [kante] = _owner(ex, text, "Idris Kanté")
    assert _owner(ex, text, "lead prosecutor") == [kante]
    [sow] = _owner(ex, text, "Mariam Sow")
    assert _owner(ex, text, "wife") == [sow]
    assert _owner(ex, text, "Kanté's") == [kante]  # the possessor stays its own mention


def test_a_body_named_in_a_persons_apposition_stays_a_mention(nlp):
    text = (
        "Omar Farah, director of the Tana Ambulance Service, said 27 people were taken to "
        "hospital. The service said its crews worked through the night."
    )
    ex, _ = _actors(nlp, text)
    [farah] = _owner(ex, text, "Omar Farah")
    assert _owner(ex, text, "director") == [farah]
    [service] = _owner(ex, text, "Tana Ambulance Service")
    assert service.id != farah.id


def test_people_described_as_a_verbs_object_or_oblique_are_actors(nlp):
    text = (
        "The governor met with village elders on Monday and promised them water. "
        "Aid workers handed the food to displaced families. The minister told reporters "
        "nothing had changed. Soldiers killed 30 militants. Kenya thanked mediators from "
        "Qatar and Egypt."
    )
    ex, _ = _actors(nlp, text)
    [elders] = _owner(ex, text, "village elders")
    [families] = _owner(ex, text, "families")
    assert elders.type == "person" and families.id != elders.id
    assert not _owner(ex, text, "reporters")  # whom a statement is told: no actor
    assert not _owner(ex, text, "militants")  # armed men: the group's, if one is named
    assert [a.name for a in _owner(ex, text, "Qatar")] == ["Qatar"]  # a name inside: its own


def test_people_named_by_what_they_call_themselves_are_that_actor(nlp):
    text = (
        "A video showed masked men identifying themselves as Los Chacales. "
        "The European Union and France, Togo's main donors, said they backed the talks."
    )
    ex, _ = _actors(nlp, text)
    assert not any(a.name.endswith("men") for a in ex.actors)
    assert not any("donors" in a.name for a in ex.actors)


def test_a_definite_office_no_one_was_named_to_is_the_one_person_holding_it(nlp):
    text = (
        "The interior minister toured the flooded valley on Friday. "
        "The minister said the army would bring tents."
    )
    ex, _ = _actors(nlp, text)
    [minister] = _owner(ex, text, "The interior minister")
    assert minister.type == "person"
    assert _owner(ex, text, "The minister said") == [minister]


def test_an_office_already_given_a_name_or_in_the_plural_is_no_new_actor(nlp):
    text = "Prime Minister Ana Lobo met the rebels. The prime minister said talks would go on."
    ex, _ = _actors(nlp, text)
    [lobo] = _owner(ex, text, "Ana Lobo")
    assert _owner(ex, text, "The prime minister") == [lobo]
    ex, _ = _actors(nlp, "Foreign ministers of the two countries met in Doha on Sunday.")
    assert not any(a.id.startswith("unnamed:") for a in ex.actors)


def test_troops_are_the_armed_forces_of_the_country_reported_from(nlp):
    text = "BAMAKO, May 3 - Hours after the ambush, troops detained four herders in the village."
    ex, _ = _actors(nlp, text)
    [forces] = _owner(ex, text, "troops")
    assert forces.id == "MLI-MIL" and forces.country == "MLI"


def test_men_an_adjective_singles_out_are_a_group_of_their_own(nlp):
    text = "Armed men opened fire on the station. The men fled in a car."
    ex, _ = _actors(nlp, text)
    [men] = _owner(ex, text, "Armed men")
    assert _owner(ex, text, "The men") == [men]
    # men and women no adjective singles out are no group (not a statement's source here:
    # a source no actor stands for is an actor of the attribution stage's own)
    ex, _ = _actors(nlp, "Many men and women queued for bread before dawn.")
    assert not any(a.id.startswith("unnamed:") for a in ex.actors)


def test_a_singular_description_never_names_a_plural_one_again(nlp):
    text = (
        "Prosecutors said the trial would resume. Prosecutor Amina Koya opened the case. "
        "The prosecutor said the accused had lied."
    )
    ex, _ = _actors(nlp, text)
    [koya] = _owner(ex, text, "Amina Koya")
    assert _owner(ex, text, "The prosecutor") == [koya]
    text = "A senior official said the talks failed. The officials said they would return."
    ex, _ = _actors(nlp, text)
    assert _owner(ex, text, "The officials") != _owner(ex, text, "A senior official")


def test_trades_and_bystanders_that_speak_are_actors(nlp):
    text = "A fuel seller in the market said prices had doubled. Fishermen said the port was shut."
    ex, _ = _actors(nlp, text)
    assert _owner(ex, text, "A fuel seller") and _owner(ex, text, "Fishermen")


def test_a_plural_in_men_the_lemmatizer_leaves_whole_is_still_a_description(nlp):
    # sentence-initial "Gunmen", "Militiamen": the shipped lemmatizer keeps the plural
    text = (
        "Gunmen ambushed a convoy near the river on Saturday. Militiamen loyal to the "
        "governor later stormed the market."
    )
    ex, _ = _actors(nlp, text)
    assert [a.type for a in _owner(ex, text, "Gunmen")] == ["group"]
    assert [a.type for a in _owner(ex, text, "Militiamen")] == ["group"]
    # and the events stage now has a doer for the ambush
    [ambush] = [e for e in ex.events if e.evidence.text.startswith("Gunmen ambushed")]
    assert ambush.source == _owner(ex, text, "Gunmen")[0].id


def test_people_counted_by_a_noun_of_number_act_where_it_does(nlp):
    text = (
        "Thousands of protesters marched through the capital on Friday. Police dispersed "
        "hundreds of demonstrators outside the court."
    )
    ex, _ = _actors(nlp, text)
    protesters = _owner(ex, text, "protesters")
    demonstrators = _owner(ex, text, "demonstrators")
    assert [a.type for a in protesters] == ["person"]
    assert [a.type for a in demonstrators] == ["person"]
    # the marchers are who protested
    [march] = [e for e in ex.events if e.type == "PROTEST" and "marched" in e.evidence.text]
    assert march.source == protesters[0].id


def test_rescuers_bystanders_and_vigilantes_are_people_known_by_description(nlp):
    text = (
        "MANILA - On Tuesday rescuers pulled four miners from the collapsed tunnel. "
        "Two bystanders said vigilantes had blocked the road."
    )
    ex, _ = _actors(nlp, text)
    for phrase in ("rescuers", "four miners", "Two bystanders", "vigilantes"):
        [owner] = _owner(ex, text, phrase)
        assert owner.id.startswith("unnamed:")
    [vigilantes] = _owner(ex, text, "vigilantes")
    assert vigilantes.type == "group"


def test_an_office_named_without_its_holder_is_a_person_of_the_office_country(nlp):
    for text, country in [
        ("The Kenyan Foreign Minister said the border would reopen on Monday.", "KEN"),
        ("The Ethiopian Defence Minister said troops would withdraw.", "ETH"),
        ("Talks ended. The French President said the summit would go ahead.", "FRA"),
    ]:
        doc = nlp(text)
        (office,) = [a for a in doc._.actors if "Minister" in a.name or "President" in a.name]
        assert (office.type, office.country) == ("person", country), text
        assert office.name[0].isupper()  # "Kenyan Foreign Minister", as the text writes it


def test_a_definite_generic_organisation_noun_names_the_organisation_before_it(nlp):
    text = (
        "Doctors Without Borders said two clinics were hit on Monday. The medical charity "
        "said its staff were safe. Police said the body of a man was found near the river."
    )
    doc = nlp(text)
    (msf,) = [a for a in doc._.actors if a.name == "Doctors Without Borders"]
    assert "The medical charity" in [text[s:e] for s, e in msf.mentions]
    assert not any("body" in a.name for a in doc._.actors)  # a corpse, no organisation
