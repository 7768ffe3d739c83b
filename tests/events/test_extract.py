"""The events stage on sentences the team wrote: types, arguments, modes, dates and places."""

from __future__ import annotations

from datetime import date

from parley.model import Article
from parley.pipeline import extract

PUBLISHED = date(2024, 5, 6)  # a Monday


def events(nlp, text: str, published: date | None = PUBLISHED) -> list:
    (record,) = extract(nlp, [Article(id="t", text=text, published=published)])
    names = {a.id: a.name for a in record.actors}
    out = []
    for e in record.events:
        out.append(
            {
                "type": e.type,
                "mode": e.mode,
                "source": names.get(e.source),
                "target": names.get(e.target),
                "date": e.date,
                "place": e.place,
                "evidence": e.evidence.text,
                "attribution": e.attribution,
                "record": e,
            }
        )
    return out


def only(nlp, text: str, type_: str, published: date | None = PUBLISHED) -> dict:
    hits = [e for e in events(nlp, text, published) if e["type"] == type_]
    assert len(hits) == 1, f"expected one {type_} in {events(nlp, text, published)}"
    return hits[0]


def test_a_meeting_between_two_named_sides_with_place_and_day(nlp):
    e = only(nlp, "Delegations from Armenia and Azerbaijan met in Almaty on Friday.", "CONSULT")
    assert (e["source"], e["target"]) == ("Armenia", "Azerbaijan")
    assert e["mode"] == "asserted"
    assert e["date"] == date(2024, 5, 3)
    assert e["place"].name == "Almaty" and e["place"].country == "KAZ"
    assert "met in Almaty" in e["evidence"]


def test_accusing_each_other_gives_one_event_each_way(nlp):
    text = "Armenia and Azerbaijan accused each other of shelling border villages."
    pairs = {(e["source"], e["target"]) for e in events(nlp, text) if e["type"] == "ACCUSE"}
    assert pairs == {("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")}


def test_the_complement_of_an_accusation_is_no_event_of_its_own(nlp):
    text = "Armenia and Azerbaijan accused each other of shelling border villages."
    assert not [e for e in events(nlp, text) if e["type"] == "ASSAULT"]


def test_a_demand_with_conjoined_complements_is_one_demand_each(nlp):
    text = "Ethiopia wants Eritrea to withdraw its troops and to reopen the border."
    demands = [e for e in events(nlp, text) if e["type"] == "REQUEST"]
    assert len(demands) == 2
    assert all((d["source"], d["target"]) == ("Ethiopia", "Eritrea") for d in demands)
    # a present-tense demand stands on the day of publication
    assert all(d["date"] == PUBLISHED for d in demands)


def test_a_passive_takes_its_source_from_the_by_phrase(nlp):
    e = only(nlp, "Colombia rejected a truce proposed by Venezuela.", "AGREE")
    assert e["mode"] == "proposed"
    assert (e["source"], e["target"]) == ("Venezuela", "Colombia")


def test_a_rejection_of_earlier_terms_targets_whoever_set_them(nlp):
    text = (
        "Russia demanded that Ukraine recognise the new border. "
        "The Ukrainian side has rejected these terms."
    )
    e = only(nlp, text, "REJECT")
    assert (e["source"], e["target"]) == ("Ukraine", "Russia")
    # no day of its own: the report's day, as event data sets date such an act
    assert e["date"] == PUBLISHED


def test_negated_cooperation_is_a_rejection(nlp):
    e = only(nlp, "Guyana did not negotiate with Venezuela.", "REJECT")
    assert e["mode"] == "asserted"
    assert (e["source"], e["target"]) == ("Guyana", "Venezuela")


def test_negation_of_other_acts_keeps_the_type_with_mode_negated(nlp):
    e = only(nlp, "Sudanese troops did not attack El Obeid.", "ASSAULT")
    assert e["mode"] == "negated"


def test_conditional_offer_in_what_a_speaker_said(nlp):
    text = (
        "If Hamas returns the hostages, the crossing will open, "
        "Israeli spokesman David Mencer said."
    )
    e = only(nlp, text, "AGREE")
    assert e["mode"] == "conditional"
    assert e["source"] == "David Mencer" and e["target"] == "Hamas"
    assert e["attribution"] is not None


def test_a_promise_makes_its_complement_promised_and_dates_it_forward(nlp):
    text = (
        "Colombia's defence minister said the army had promised to release the prisoners "
        "on Thursday."
    )
    e = only(nlp, text, "AGREE")
    assert e["mode"] == "promised"
    assert e["date"] == date(2024, 5, 9)


def test_agreeing_to_meet_is_a_meeting_promised(nlp):
    text = "India and Pakistan agreed to meet again in Lahore next month."
    e = only(nlp, text, "CONSULT")
    assert e["mode"] == "promised"
    assert (e["source"], e["target"]) == ("India", "Pakistan")
    assert e["place"].name == "Lahore"
    assert e["date"] is None  # "next month" names no day
    assert e["record"].date_text == "next month"


def test_what_someone_only_says_happened_is_alleged_and_points_at_the_report(nlp):
    text = "Sudanese troops shelled a market in El Fasher on Sunday, a local official said."
    e = only(nlp, text, "ASSAULT")
    assert e["mode"] == "alleged"
    assert e["attribution"] is not None
    assert e["date"] == date(2024, 5, 5)


def test_a_past_weekday_resolves_backwards_and_a_future_one_forwards(nlp):
    past = only(nlp, "Egypt hosted talks and Israel met Hamas negotiators on Wednesday.", "CONSULT")
    assert past["date"] == date(2024, 5, 1)
    future = only(nlp, "Israel will meet Hamas negotiators on Wednesday.", "CONSULT")
    assert future["date"] == date(2024, 5, 8)


def test_a_deadline_of_an_act_to_come_is_the_next_such_day_and_of_an_act_done_the_last(nlp):
    published = date(2027, 2, 12)
    text = "The government agreed to free 25 detained rebels by March 3."
    assert only(nlp, text, "AGREE", published)["date"] == date(2027, 3, 3)
    done = only(nlp, "The army withdrew its troops from the town by Feb. 3.", "RETREAT", published)
    assert done["date"] == date(2027, 2, 3)


def test_a_document_acts_when_issued_and_a_quoted_act_when_said(nlp):
    published = date(2027, 2, 10)  # a Wednesday
    text = "A statement issued by Tanzania on Saturday demanded that Malawi withdraw its troops."
    assert only(nlp, text, "REQUEST", published)["date"] == date(2027, 2, 6)
    text = '"We accept the good offices of Brazil," the Surinamese foreign minister said on Monday.'
    assert only(nlp, text, "AGREE", published)["date"] == date(2027, 2, 8)


def test_without_a_publication_date_no_day_is_guessed(nlp):
    e = only(nlp, "Israel met Hamas negotiators on Wednesday.", "CONSULT", published=None)
    assert e["date"] is None and e["record"].date_text == "Wednesday"


def test_namesake_places_follow_the_country_the_sentence_names(nlp):
    by = only(nlp, "Russia and Ukraine met in Brest, Belarus on Monday.", "CONSULT")
    fr = only(nlp, "Russia and Ukraine met in Brest, France on Monday.", "CONSULT")
    assert by["place"].country == "BLR" and fr["place"].country == "FRA"
    assert by["place"].lat != fr["place"].lat


def test_a_place_nobody_knows_is_null(nlp):
    e = only(nlp, "Armenia and Azerbaijan met in Qwertyville on Monday.", "CONSULT")
    assert e["place"] is None


def test_background_in_a_relative_clause_is_no_event(nlp):
    text = "Abiy Ahmed, who signed a peace deal with Eritrea in 2018, spoke to parliament."
    assert not [e for e in events(nlp, text) if e["type"] == "AGREE"]


def test_events_carry_plover_subtype_and_contexts_in_the_output(nlp):
    (record,) = extract(nlp, [Article(id="t", text="Russia and Ukraine met in Minsk.")])
    out = record.to_json()["events"][0]
    assert out["type"] == "CONSULT" and out["subtype"] == "meet"
    assert out["contexts"] == ["diplomatic"]
    assert set(out) >= {"mode", "source", "target", "date", "place", "evidence", "attribution"}


def test_a_modal_of_possibility_makes_an_event_hypothetical(nlp):
    e = only(nlp, "Russia could attack Ukraine from Belarus.", "ASSAULT")
    assert e["mode"] == "hypothetical"
    assert (e["source"], e["target"]) == ("Russia", "Ukraine")


def test_talks_between_two_sides_name_both(nlp):
    text = "Talks between Armenia and Azerbaijan were held in Almaty on Friday."
    e = only(nlp, text, "CONSULT")
    assert (e["source"], e["target"]) == ("Armenia", "Azerbaijan")
    assert e["place"].name == "Almaty" and e["date"] == date(2024, 5, 3)


def test_a_round_of_talks_is_a_meeting_and_readiness_offers_one(nlp):
    text = "Armenia and Azerbaijan began a second round of talks in Almaty on Friday."
    e = only(nlp, text, "CONSULT")
    assert (e["source"], e["target"]) == ("Armenia", "Azerbaijan")
    assert e["mode"] == "asserted" and e["date"] == date(2024, 5, 3)
    text = "Armenia is ready to hold a new round of talks with Azerbaijan in Almaty."
    e = only(nlp, text, "CONSULT")
    assert (e["source"], e["target"], e["mode"]) == ("Armenia", "Azerbaijan", "proposed")


def test_a_past_tense_misread_as_a_passive_keeps_its_doer(nlp):
    # the parse takes "rebels" for a passive subject of "seized" (no "were"), Goma its object
    e = only(nlp, "The M23 rebels seized Goma on Monday.", "COERCE")
    assert e["source"] == "M23" and e["date"] == date(2024, 5, 6)


def test_meeting_a_deadline_is_no_meeting(nlp):
    text = "Djibouti's port authority published the tariff on Tuesday, meeting the deadline."
    assert not [e for e in events(nlp, text) if e["type"] == "CONSULT"]
    e = only(nlp, "Ethiopia's minister met his Djiboutian counterpart in Djibouti.", "CONSULT")
    assert e["place"].name == "Djibouti" and e["place"].country == "DJI"


def test_a_promise_s_deadline_is_the_promised_act_s_not_the_pledge_s(nlp):
    text = "Chile promised to hand over its river data by 15 May, its foreign minister said."
    e = only(nlp, text, "AGREE")
    assert e["mode"] == "promised" and e["date"] == date(2024, 5, 15)


def test_a_series_of_infinitives_is_read_however_the_parse_hung_it():
    import spacy
    from spacy.tokens import Doc

    from parley.events.clauses import _infinitive_series

    # "Moscow wants Kyiv to amend the law to rule out X, to recognize Y, and to drop Z", as a
    # parser hung it: the second "to" clause under the purpose clause, the third on "wants".
    words = "Moscow wants Kyiv to amend the law to rule out X , to recognize Y , and to drop Z ."
    heads = [1, 1, 1, 4, 1, 6, 4, 8, 4, 8, 8, 13, 13, 8, 13, 18, 18, 18, 1, 18, 1]
    deps = [
        "nsubj",
        "ROOT",
        "obj",
        "mark",
        "xcomp",
        "det",
        "obj",
        "mark",
        "advcl",
        "compound:prt",
        "obj",
        "punct",
        "mark",
        "advcl",
        "obj",
        "punct",
        "cc",
        "mark",
        "conj",
        "obj",
        "punct",
    ]
    tags = [
        "NNP",
        "VBZ",
        "NNP",
        "TO",
        "VB",
        "DT",
        "NN",
        "TO",
        "VB",
        "RP",
        "NN",
        ",",
        "TO",
        "VB",
        "NN",
        ",",
        "CC",
        "TO",
        "VB",
        "NN",
        ".",
    ]
    doc = Doc(spacy.blank("en").vocab, words=words.split(), heads=heads, deps=deps, tags=tags)
    series = _infinitive_series(doc[1], [doc[4]])
    # "to recognize" and "to drop" join the demand; "to rule out", the purpose of amending
    # with no comma before it, does not.
    assert [t.text for t in series] == ["recognize", "drop"]


def test_of_two_subjects_the_one_nearest_the_verb_leads():
    import spacy
    from spacy.tokens import Doc

    from parley.events.clauses import subject

    # "Hamas official Basem Naim rejected the condition", as a parser split its subject.
    words = ["Hamas", "official", "Basem", "Naim", "rejected", "the", "condition"]
    heads = [1, 4, 4, 2, 4, 6, 4]
    deps = ["compound", "nsubj", "nsubj", "flat", "ROOT", "det", "obj"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert subject(doc[4]).text == "Basem"


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos):
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_time_right_after_a_verb_is_that_verb_s_however_it_was_parsed():
    from parley.events.settle import _next_to_verb

    # "The movement agreed on Sunday to swap prisoners", as a parser read "movement agreed"
    # as a reduced relative and hung "on Sunday" on the noun.
    words = ["The", "movement", "agreed", "on", "Sunday", "to", "swap", "prisoners"]
    heads = [1, 1, 1, 4, 1, 6, 1, 6]
    deps = ["det", "ROOT", "acl", "case", "nmod", "mark", "acl", "obj"]
    tags = ["DT", "NN", "VBD", "IN", "NNP", "TO", "VB", "NNS"]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "PART", "VERB", "NOUN"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert _next_to_verb(doc[4:5]).text == "agreed"
    assert _next_to_verb(doc[1:2]) is None  # after no verb: the parse decides


def test_a_time_inside_an_ing_relative_is_the_main_verb_s():
    from parley.events.settle import _owner

    # "Troops fired on crowds waiting for food on Sunday": the day of the firing.
    words = ["Troops", "fired", "on", "crowds", "waiting", "for", "food", "on", "Sunday"]
    heads = [1, 1, 3, 1, 3, 6, 4, 8, 4]
    deps = ["nsubj", "ROOT", "case", "obl", "acl", "case", "obl", "case", "obl"]
    tags = ["NNS", "VBD", "IN", "NNS", "VBG", "IN", "NN", "IN", "NNP"]
    pos = ["NOUN", "VERB", "ADP", "NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert _owner(doc[8]).text == "fired"


def test_a_verb_after_a_relative_clause_on_a_root_noun_is_that_noun_s():
    from parley.events.clauses import _in_relative, subject

    # "Egypt, which backs the army, called on donors", parsed with "Egypt" as the root and
    # "called" hung on the relative clause's verb
    words = ["Egypt", ",", "which", "backs", "the", "army", ",", "called", "on", "donors"]
    heads = [0, 3, 3, 0, 5, 3, 7, 3, 9, 7]
    deps = ["ROOT", "punct", "nsubj", "acl:relcl", "det", "obj", "punct", "advcl", "case", "obl"]
    tags = ["NNP", ",", "WDT", "VBZ", "DT", "NN", ",", "VBN", "IN", "NNS"]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "NOUN"]
    doc = _parsed(words, heads, deps, tags, pos)
    assert subject(doc[7]).text == "Egypt"
    assert not _in_relative(doc[7])
    assert _in_relative(doc[3])  # "which backs the army" stays background


def test_an_attack_whose_doer_goes_unnamed_is_still_an_event(nlp):
    found = events(
        nlp, "Eight soldiers were killed in an ambush in Khyber district on Monday.", None
    )
    attack = [e for e in found if e["type"] == "ASSAULT"]
    assert len(attack) == 1 and attack[0]["source"] is None
    assert attack[0]["target"] is not None  # the soldiers, the victims


def test_the_articles_one_armed_group_is_taken_for_an_unnamed_doer(nlp):
    text = (
        "Police blamed the Tecolotes gang for the violence in the Sierra. "
        "On Tuesday seven officers were killed when their convoy was ambushed near Chilapa."
    )
    attack = [e for e in events(nlp, text, None) if e["type"] == "ASSAULT"]
    assert attack and all(e["source"] == "Tecolotes" for e in attack)


def test_an_order_to_act_is_a_demand(nlp):
    found = only(
        nlp,
        "Prime Minister Abdulhakim al-Mabrouk ordered the Janzour brigade to return to barracks.",
        "REQUEST",
    )
    assert found["source"] == "Abdulhakim al-Mabrouk"


def test_a_report_cues_trigger_takes_the_reports_speaker(nlp):
    text = (
        "The exchange was delayed after the crossing came under drone attack, the Russian "
        "Defence Ministry said, blaming Ukrainian forces."
    )
    blame = [e for e in events(nlp, text) if e["type"] == "ACCUSE"]
    assert blame and blame[0]["source"] is not None and blame[0]["target"] is not None


def test_an_act_set_further_back_takes_no_report_day(nlp):
    e = only(nlp, "Russia had earlier demanded that Ukraine withdraw its troops.", "REQUEST")
    assert e["date"] is None


def test_saying_the_other_side_did_harm_is_an_accusation_beside_the_alleged_act(nlp):
    text = (
        "Qari Ahmadzai, a spokesman for the Afghan defence ministry, said Pakistani troops had "
        "fired first on an Afghan checkpoint."
    )
    found = events(nlp, text)
    attack = [e for e in found if e["type"] == "ASSAULT"]
    accusation = [e for e in found if e["type"] == "ACCUSE"]
    assert attack and attack[0]["mode"] == "alleged"
    assert len(accusation) == 1
    assert accusation[0]["target"] == attack[0]["source"]
    assert accusation[0]["attribution"] == attack[0]["attribution"]


def test_a_present_tense_the_tagger_took_for_a_past_is_still_its_verb(nlp):
    # the tagger reads "condemns" as a past tense; its lemma is still "condemn"
    e = only(nlp, "Tajikistan categorically condemns this provocation.", "ACCUSE")
    assert e["source"] == "Tajikistan"


def test_a_noun_can_name_an_attack_an_arrest_or_a_protest(nlp):
    text = (
        "Thousands joined a protest against the law in Tbilisi. Police made three arrests "
        "after the rally. Residents mourned after the shooting at a market in Kabul on Sunday."
    )
    found = {e["type"]: e for e in events(nlp, text)}
    assert found["PROTEST"]["evidence"] == "a protest against the law in Tbilisi"
    assert found["COERCE"]["source"] == "police"
    shooting = found["ASSAULT"]
    assert shooting["evidence"] == "the shooting at a market in Kabul on Sunday"
    assert shooting["source"] is None and shooting["date"] == date(2024, 5, 5)


def test_a_kind_of_act_or_words_called_an_attack_are_no_event(nlp):
    text = (
        "Attacks are rising. Trump's attacks on Clinton continued on Monday. Sanders rushed "
        "out tweet attacks. Both sides want to prevent the next terrorist attack."
    )
    assert not [e for e in events(nlp, text) if e["type"] == "ASSAULT"]


def test_a_request_asks_another_party_to_act(nlp):
    text = (
        "Armenia wants to return to the talks. Armenia asked Azerbaijan whether it had a "
        "plan. Armenia insisted that it had never fired first."
    )
    assert not [e for e in events(nlp, text) if e["type"] == "REQUEST"]
    e = only(nlp, "Armenia insisted that Azerbaijan withdraw its troops.", "REQUEST")
    assert (e["source"], e["target"]) == ("Armenia", "Azerbaijan")
    e = only(nlp, "Armenia wants Azerbaijan to withdraw its troops.", "REQUEST")
    assert (e["source"], e["target"]) == ("Armenia", "Azerbaijan")


def test_a_meeting_named_by_a_noun_with_its_participants(nlp):
    e = only(nlp, "Pashinyan said he would go ahead with his meeting with Aliyev.", "CONSULT")
    assert (e["source"], e["target"]) == ("Nikol Pashinyan", "Ilham Aliyev")
    e = only(nlp, "Armenia held a joint meeting in the morning with Azerbaijan.", "CONSULT")
    assert (e["source"], e["target"]) == ("Armenia", "Azerbaijan")
    # "the talks" alone points back at a meeting told elsewhere
    assert not [e for e in events(nlp, "The talks ended without a deal.") if e["type"] == "CONSULT"]


def test_a_violent_or_coercive_act_in_a_relative_clause_is_told(nlp):
    text = (
        "Armenia said the four men, who were detained by Azerbaijani troops on Friday, were well."
    )
    e = only(nlp, text, "COERCE")
    assert e["source"].startswith("Azerbaijan") and e["date"] == date(2024, 5, 3)
    # other background stays background
    text = "Pashinyan, who met Aliyev in 2023, spoke on Monday."
    assert not [e for e in events(nlp, text) if e["type"] == "CONSULT"]


def test_interceptions_and_pick_ups_are_detentions(nlp):
    e = only(nlp, "Azerbaijani troops intercepted three Armenian shepherds on Friday.", "COERCE")
    assert e["source"].startswith("Azerbaijan") and e["date"] == date(2024, 5, 3)
    text = "Four shepherds were picked up by Azerbaijani troops on Friday night."
    assert only(nlp, text, "COERCE")["source"].startswith("Azerbaijan")


def test_a_doer_told_by_description_leaves_the_source_unknown(nlp):
    text = "An editorial in a local newspaper urged Jane Hale to visit the flooded towns."
    e = only(nlp, text, "REQUEST")
    assert e["source"] is None and e["target"] == "Jane Hale"


def test_people_described_by_a_number_are_the_doers_of_their_protest(nlp):
    # session 22: "dozens of students" are an actor (the contract's described actors), and so
    # the protest's source
    text = "Dozens of students protested outside the ministry on Friday."
    e = only(nlp, text, "PROTEST")
    assert e["source"] == "students" and e["date"] == date(2024, 5, 3)


def test_a_question_or_a_pitch_is_no_request(nlp):
    assert not [
        e for e in events(nlp, "Hale was asked about the strike.") if e["type"] == "REQUEST"
    ]
    text = "Hale has been appealing to younger voters in the north."
    assert not [e for e in events(nlp, text) if e["type"] == "REQUEST"]
    e = only(nlp, "Jane Hale asked the unions to end the strike.", "REQUEST")
    assert e["source"] == "Jane Hale"


def test_a_plan_met_with_protests_is_no_meeting(nlp):
    text = "The plan was met with protests from the unions."
    assert not [e for e in events(nlp, text) if e["type"] == "CONSULT"]


def test_violent_coercive_and_protest_acts_named_by_nouns_or_new_verbs(nlp):
    text = "After a mass shooting in Fresno last year, the mayor called for calm."
    assert only(nlp, text, "ASSAULT")["source"] is None
    e = only(nlp, "Jane Hale served in the Iraq war before entering politics.", "ASSAULT")
    assert e["source"] is None and e["evidence"] == "the Iraq war"
    e = only(nlp, "Hundreds of protesters gathered outside the hotel on Friday.", "PROTEST")
    assert e["source"] == "protesters"  # the people the noun names protest
    assert only(nlp, "Immigration agents took six men into custody in Dallas.", "COERCE")
    assert only(nlp, "The ministry deported two activists on Friday.", "COERCE")


def test_a_meeting_named_by_its_day_or_kind(nlp):
    text = "Jane Hale raised the issue during Saturday's conference call with party leaders."
    assert only(nlp, text, "CONSULT")["evidence"].startswith("Saturday's conference call")


def test_an_act_aimed_at_a_named_party_stands_when_its_doer_is_no_actor(nlp):
    # "I" in no one's report, a verb the tagger took for a noun: the act and its target stand
    e = only(nlp, "I have called on Tom Mills to resign.", "REQUEST")
    assert e["source"] is None and e["target"] == "Tom Mills"
    text = "The Israeli leader frequently meets with Tom Mills."
    assert only(nlp, text, "CONSULT")["target"] == "Tom Mills"


def test_a_violent_act_named_in_a_relative_clause_is_told(nlp):
    text = "Jane Hale is the prosecutor who charged Tom Mills over the Fresno shooting."
    assert only(nlp, text, "ASSAULT")["evidence"] == "the Fresno shooting"


def test_an_act_under_a_denied_belief_is_negated(nlp):
    text = "“I don’t believe I’ve ever met Tom Mills,” Jane Hale said."
    assert [e["mode"] for e in events(nlp, text) if e["type"] == "CONSULT"] == ["negated"]


def test_what_a_meeting_is_held_to_discuss_is_the_same_meeting(nlp):
    text = "Delegations from Armenia and Azerbaijan met in Almaty on Friday to discuss the border."
    assert only(nlp, text, "CONSULT")["evidence"].startswith("Delegations")


def test_a_proposal_noun_the_tagger_reads_as_a_verb_does_not_stop_the_article(nlp):
    # "extend that offer": one tagger calls "offer" a verb (VBP), the other a noun; the
    # noun reading has no possessor to propose it, and the stage once failed on the article
    text = (
        "I have promised Paul Grant a review of the rail contract in Hull, "
        "and I extend that offer now."
    )
    found = events(nlp, text)
    assert all(e["record"].evidence.text in text for e in found)
    assert all(e["type"] != "PROPOSE" or e["source"] != "Hull" for e in found)


def test_an_act_is_not_the_doing_of_a_sources_own_phrase_actor(nlp):
    # "Each side" is an actor of the speaker's phrase (the attribution's unnamed source): the
    # accusation it makes names no doer, and so aims at no one
    text = (
        "Tanzanian and Malawian boats exchanged fire on the lake on Sunday. "
        "Each side blames the other for the clash near the island."
    )
    (record,) = extract(nlp, [Article(id="t", text=text, published=PUBLISHED)])
    said = next(a for a in record.attributions if a.source and a.source.text == "Each side")
    assert said.source_actor is not None
    accusation = next(e for e in record.events if e.type == "ACCUSE")
    assert accusation.source is None and accusation.target is None
