"""Each construction of attribution, on sentences the team wrote."""

from __future__ import annotations

import pytest


def found(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    out = []
    for a in doc._.attributions:
        out.append(
            {
                "kind": a.kind,
                "source": a.source.text if a.source else None,
                "cue": a.cue.text if a.cue else None,
                "content": a.content.text,
                "channel": a.channel.text if a.channel else None,
                "actor": a.source_actor,
                "channel_actor": a.channel_actor,
            }
        )
    return out


def one(nlp, text: str, containing: str) -> dict:
    hits = [a for a in found(nlp, text) if containing in a["content"]]
    assert hits, f"no attribution with {containing!r} in {found(nlp, text)}"
    return hits[0]


def only_statement_with(nlp, text: str, words: str) -> dict:
    """The one attribution whose content holds ``words`` (failing if there are more)."""
    hits = [a for a in found(nlp, text) if words in a["content"]]
    assert len(hits) == 1, f"{len(hits)} attributions with {words!r}: {hits}"
    return hits[0]


def attributions_of_parse(nlp, rows: list[tuple], spaces: list[bool] | None = None) -> list:
    """The attribution stage run on a parse given by hand, one (word, head, relation, UPOS,
    XPOS, lemma) row a token: how a parser may misread a sentence the shipped one reads well."""
    from spacy.tokens import Doc

    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    for tok, tag, lemma in zip(doc, tags, lemmas, strict=True):
        tok.tag_, tok.lemma_ = tag, lemma
    doc._.actors = []
    return nlp.get_pipe("parley_attribution")(doc)._.attributions


def test_indirect_speech_with_that(nlp):
    a = one(nlp, "The foreign minister said that the talks would resume in Doha.", "talks would")
    assert a["kind"] == "indirect"
    assert a["source"] == "The foreign minister" and a["cue"] == "said"


def test_reporting_verb_without_that(nlp):
    a = one(nlp, "Aid agencies warned the camps would run out of water within days.", "camps")
    assert a["source"] == "Aid agencies" and a["cue"] == "warned"


def test_direct_quote_with_speaker_after(nlp):
    a = one(nlp, "“We will not sign this text,” the rebel commander said.", "sign this text")
    assert a["kind"] == "direct"
    assert a["source"] == "the rebel commander"


def test_direct_quote_introduced_by_colon(nlp):
    a = one(nlp, "The mediator told reporters: “Both sides have made concessions.”", "concessions")
    assert a["kind"] == "direct" and a["source"] == "The mediator"
    assert a["channel"] == "reporters"


def test_mixed_quotation(nlp):
    a = one(nlp, "The spokesman said the offer was “a step in the right direction.”", "offer")
    assert a["kind"] == "mixed"


def test_accusation_with_target_and_charge(nlp):
    a = one(nlp, "The army accused the militia of shelling the market.", "militia")
    assert a["cue"] == "accused" and a["source"] == "The army"
    assert "shelling the market" in a["content"]


def test_denial_takes_its_object(nlp):
    a = one(nlp, "The ministry denied the report.", "report")
    assert a["cue"] == "denied"


def test_according_to(nlp):
    a = one(nlp, "According to the Red Cross, 200 prisoners were released.", "prisoners")
    assert a["cue"] == "According to" and a["source"] == "the Red Cross"
    assert a["actor"] == "ICRC"


def test_wants_someone_to(nlp):
    a = one(nlp, "Moscow wants Kyiv to withdraw its troops from the region.", "withdraw")
    assert a["source"] == "Moscow" and a["actor"] == "RUS"
    assert a["content"].startswith("Kyiv to withdraw")


def test_reporting_noun_with_complement(nlp):
    a = one(
        nlp,
        "The Ukrainian side gave assurances that the corridors would open on Tuesday.",
        "corridors",
    )
    assert a["source"] == "The Ukrainian side" and a["actor"] == "UKR"
    assert "assurances" in a["cue"]


def test_passive_quoted_by_a_channel_as_saying(nlp):
    a = one(
        nlp,
        "Negotiator Vladimir Medinsky was quoted by RIA as saying that no deal was close.",
        "no deal",
    )
    assert a["source"] == "Negotiator Vladimir Medinsky"
    assert a["actor"] == "PER-MEDINSKY"
    assert a["channel"] == "RIA" and a["channel_actor"] == "MEDIA-RIA"
    assert "as saying" in a["cue"]


def test_a_passive_report_names_no_speaker_but_its_agent(nlp):
    a = one(nlp, "It was widely reported that the rebels had withdrawn from the town.", "rebels")
    assert a["source"] is None and a["content"].startswith("that the rebels")
    a = one(nlp, "The new border crossing was announced by the Sudanese army.", "crossing")
    assert a["source"] == "the Sudanese army" and a["content"] == "The new border crossing"
    a = one(nlp, "The envoy was long known as a hardliner on border questions.", "envoy")
    assert a["source"] is None
    assert a["content"] == "The envoy ... a hardliner on border questions"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("The envoy said in a statement that the truce had held.", "statement"),
        ("The commander said on Telegram that his units had withdrawn.", "Telegram"),
        ("Peskov said in an interview with Reuters that talks could resume.", "Reuters"),
    ],
)
def test_channels(nlp, text, channel):
    [a] = [a for a in found(nlp, text) if a["cue"] == "said"]
    assert a["channel"] == channel


def test_pronoun_source_resolves_to_the_person(nlp):
    text = (
        "Dmitry Peskov spoke to journalists on Monday. He said the Kremlin had not received "
        "any proposal."
    )
    a = one(nlp, text, "proposal")
    assert a["source"] == "He" and a["actor"] == "PER-PESKOV"


def test_quote_without_cue_continues_the_last_speaker(nlp):
    text = (
        "The governor said the town had been cut off since Friday. "
        "“There is no bread, no fuel and no medicine left in the hospital.”"
    )
    a = one(nlp, text, "no bread")
    assert a["kind"] == "direct" and a["source"] == "The governor"


def test_continued_reports_only_an_adjacent_quotation(nlp):
    text = "“We have waited long enough,” the envoy continued."
    a = one(nlp, text, "waited long enough")
    assert a["cue"] == "continued" and a["source"] == "the envoy"
    text = "Fighting would continue, however “nobody here wants another winter of war.”"
    assert not [a for a in found(nlp, text) if a["cue"] == "continue"]


def test_a_promise_inside_a_report_is_part_of_that_report(nlp):
    text = "The mediator said both delegations had promised to free the prisoners by Friday."
    reports = found(nlp, text)
    assert [a["cue"] for a in reports] == ["said"]


def test_phrasal_cue_lays_out_its_object(nlp):
    a = one(
        nlp, "The envoy laid out the government's conditions at a news conference.", "conditions"
    )
    assert "laid" in a["cue"] and "out" in a["cue"]
    assert a["channel"] == "news conference"


def test_participle_of_accusation_on_an_actor_reports(nlp):
    text = (
        "Talks between Armenia and Azerbaijan stalled, with both sides accusing each other "
        "of shelling border villages."
    )
    a = one(nlp, text, "shelling")
    assert a["source"] == "both sides" and a["actor"] in {"ARM", "AZE"}


def test_a_report_without_subject_inside_another_takes_its_speaker(nlp):
    text = (
        "Dmitry Peskov told reporters that the talks had stalled, stating that "
        "“nobody expects a quick result.”"
    )
    inner = one(nlp, text, "nobody expects")
    assert inner["actor"] == "PER-PESKOV"


def test_speaker_set_off_by_commas_before_a_final_said(nlp):
    text = (
        "Ethiopian troops serving with the mission were not involved in the fighting, "
        "an AU spokesman, Yusuf Warsame, said."
    )
    a = one(nlp, text, "not involved")
    assert a["source"] == "an AU spokesman, Yusuf Warsame" and a["cue"] == "said"
    assert "Warsame" not in a["content"]


def test_call_on_someone_to_act_is_a_demand_report(nlp):
    a = one(
        nlp,
        "The African Union called on both governments to refrain from provocative statements.",
        "refrain",
    )
    assert a["source"] == "The African Union" and a["actor"] == "AU"


def test_what_a_speaker_reports_inside_their_quotation_is_not_a_second_statement(nlp):
    text = "“I think the ceasefire will hold, and we want the guarantors to stay,” Ruto said."
    statements = found(nlp, text)
    assert [(a["source"], a["cue"]) for a in statements] == [("Ruto", "said")]
    assert "guarantors to stay" in statements[0]["content"]


def test_a_quotation_nobody_else_reports_keeps_the_report_inside_it(nlp):
    # No one outside the quotation speaks, so its own "I believe" is what there is.
    a = one(nlp, "“I believe the corridor will open next week.”", "corridor will open")
    assert a["cue"] == "believe"


def test_a_quotation_that_goes_on_after_the_cue_is_one_statement(nlp):
    text = (
        "“We came to listen,” the envoy said. “Nobody should expect a deal tonight.”\n\n"
        "“The next round will be in Nairobi.”\n\n"
        "The talks ended at midnight. “It was a long day,” a guard told reporters."
    )
    statements = found(nlp, text)
    envoy = [a for a in statements if a["source"] == "the envoy"]
    # The quotation after the cue and the paragraph that only goes on quoting join the first.
    assert len(envoy) == 1
    assert "listen" in envoy[0]["content"] and "deal tonight" in envoy[0]["content"]
    assert "next round" in envoy[0]["content"]
    assert one(nlp, text, "long day")["source"] == "a guard"


def test_a_quotation_after_an_indirect_report_is_a_statement_of_its_own(nlp):
    text = "The envoy said the talks had stalled. “Nobody should expect a deal tonight.”"
    statements = found(nlp, text)
    assert len(statements) == 2
    assert one(nlp, text, "deal tonight")["source"] == "The envoy"


def test_a_dateline_before_the_speaker_is_not_what_they_said(nlp):
    text = "KHARTOUM (Reuters) — The army chief says he will not attend the talks in Jeddah."
    a = one(nlp, text, "attend the talks")
    assert a["source"] == "The army chief"
    assert "KHARTOUM" not in a["content"]


def test_a_reporting_noun_with_its_owner_and_topic(nlp):
    a = one(nlp, "Moscow's call for a Christmas truce surprised Kyiv.", "Christmas truce")
    assert (a["source"], a["cue"], a["content"]) == ("Moscow's", "call for", "a Christmas truce")
    # A pronoun owner of the object names the subject's statement.
    a = one(nlp, "The senator kept up his criticism of the grain deal.", "grain deal")
    assert a["source"] == "The senator" and a["cue"] == "criticism of"
    # A noun that reports nothing is no cue.
    assert not found(nlp, "Moscow's army for the winter campaign is ready.")


def test_a_quotation_inside_a_clause_is_its_subjects_words_whatever_the_verb(nlp):
    text = "The envoy bemoaned a mood in which both camps “simply refuse to hear each other.”"
    a = one(nlp, text, "refuse to hear")
    assert a["source"] == "The envoy" and a["cue"] == "bemoaned"


def test_a_clause_reported_goes_on_through_its_own_time_clause(nlp):
    text = "Abdi says he knew little about the envoy before he announced his mission in May."
    a = one(nlp, text, "knew little")
    assert a["content"].endswith("announced his mission in May")


def test_attitudes_towards_a_named_thing(nlp):
    a = one(nlp, "Most delegates preferred the Qatari draft.", "Qatari draft")
    assert a["source"] == "Most delegates" and a["cue"] == "preferred"
    a = one(nlp, "The truce was backed by both militias.", "truce")
    assert a["source"] == "both militias" and a["cue"] == "backed"
    a = one(nlp, "A coalition backing the interim president held a rally.", "interim president")
    assert a["source"] == "A coalition" and a["cue"] == "backing"


def test_one_cue_between_two_quotations_is_one_statement(nlp):
    text = "''We are ready to talk,'' Mr. Osman said. ''But the corridor has to open first.''"
    statements = found(nlp, text)
    assert len(statements) == 1
    assert statements[0]["source"] == "Mr. Osman"
    assert "ready to talk" in statements[0]["content"]
    assert "corridor has to open" in statements[0]["content"]


def test_a_later_quotation_in_the_paragraph_joins_the_speakers_quoted_statement(nlp):
    # what lies between the two quotations (where and how she spoke) is no other speaker's
    text = (
        "“The clinic has no fuel left,” Dr. Amina Yusuf said at the district hospital as "
        "nurses carried patients into the corridor. “We are working by torchlight.”"
    )
    statement = only_statement_with(nlp, text, "torchlight")
    assert "no fuel left" in statement["content"]
    assert statement["source"] == "Dr. Amina Yusuf"


def test_a_quotation_opening_the_paragraph_after_the_speakers_cue_sentence_joins_it(nlp):
    text = (
        "“The clinic has no fuel left,” Dr. Amina Yusuf said in an interview at the district "
        "hospital on Tuesday.\n\n“We are working by torchlight.”\n"
    )
    statement = only_statement_with(nlp, text, "torchlight")
    assert "no fuel left" in statement["content"]
    assert statement["cue"] == "said"


def test_a_later_quotation_after_another_speaker_is_a_statement_of_its_own(nlp):
    text = (
        "“The clinic has no fuel left,” Dr. Amina Yusuf said. The governor denied that "
        "supplies had stopped. “We are working by torchlight.”"
    )
    torch = one(nlp, text, "torchlight")
    assert "no fuel left" not in torch["content"]


def test_a_share_of_voters_speaking_on_their_own_is_a_statement(nlp):
    text = "About 60 percent of the displaced said they would go home if the truce held."
    a = one(nlp, text, "would go home")
    assert a["source"] == "About 60 percent of the displaced" and a["cue"] == "said"


def test_a_quotation_closed_with_a_comma_goes_on_the_speaker_after_it_whatever_the_verb(nlp):
    # "scoff" is in no lexicon: the comma inside the closing mark announces the speaker
    text = (
        "Osman said the road was open. “The convoy will not move tonight,” Colonel Dia "
        "scoffed as he left the tent."
    )
    a = one(nlp, text, "convoy will not move")
    assert (a["source"], a["cue"]) == ("Colonel Dia", "scoffed")


def test_an_interviews_answers_are_statements_and_its_questions_are_not(nlp):
    text = (
        "Q: Did anyone from the ministry call you after the raid?\n\n"
        "A: No, nobody came for weeks, and the well stayed broken.\n\n"
        "Q: Will you go back to the village?\n\n"
        "A: Not this year. The road is still mined.\n"
    )
    statements = found(nlp, text)
    assert [(a["source"], a["cue"]) for a in statements] == [("A", ":"), ("A", ":")]
    assert "well stayed broken" in statements[0]["content"]


def test_a_guests_label_in_capitals_is_their_line_whatever_the_tagger_made_of_it(nlp):
    text = (
        "Ana Rusu is Moldova's chief negotiator.\n\n"
        "KARIM: Will you raise the troops with Moscow?\n\n"
        "RUSU: We raise it every time. Our position has not changed.\n\n"
        "KARIM: And the customs officers?\n\n"
        "RUSU: They were released after nine hours, without charge.\n"
    )
    statements = found(nlp, text)
    assert [a["source"] for a in statements] == ["RUSU", "RUSU"]
    assert "position has not changed" in statements[0]["content"]


def test_a_rubric_before_a_colon_is_no_speaker_and_a_plain_title_after_it_no_statement(nlp):
    text = (
        "INTERVIEW: “I will not negotiate over detained people”\n\n"
        "EXCLUSIVE: Convoy stranded at the border for a week\n\n"
        "The minister spoke to us in her office on Tuesday.\n"
    )
    statements = found(nlp, text)
    assert [(a["source"], a["content"]) for a in statements] == [
        (None, "“I will not negotiate over detained people”")
    ]


def test_an_interview_answer_holding_a_report_is_the_guests_statement(nlp):
    # "A:" is a turn, not a name: the whole answer is the guest's statement, though it holds
    # a report of its own ("I think S"), once
    text = "Q: Why did the convoy stop?\n\nA: I think the drivers were afraid of the checkpoint.\n"
    a = only_statement_with(nlp, text, "drivers were afraid")
    assert (a["source"], a["content"]) == (
        "A",
        "I think the drivers were afraid of the checkpoint.",
    )


def test_a_quotation_of_several_sentences_is_all_the_speakers(nlp):
    text = "“The road is open. The trucks can go,” the governor said."
    a = one(nlp, text, "trucks can go")
    assert "The road is open" in a["content"] and a["source"] == "the governor"


def test_a_quoted_title_is_not_a_statement(nlp):
    text = (
        "The envoy said the talks had stalled. "
        "He has been reading “The Long Road To Peace In The Sahel” since May."
    )
    assert not [a for a in found(nlp, text) if "Long Road" in a["content"]]


def test_a_cue_the_parse_left_without_subject_takes_the_clause_subject(nlp):
    text = "Protesters marched through Bamako for hours, demanding that the junta hand over power."
    a = one(nlp, text, "hand over power")
    assert a["source"] == "Protesters" and a["cue"] == "demanding"


def test_stance_adjectives_report_their_holders_view(nlp):
    a = one(nlp, "The foreign minister is critical of the new draft.", "new draft")
    assert (a["source"], a["cue"]) == ("The foreign minister", "critical of")
    a = one(nlp, "Kyiv remains confident that the grain corridor will reopen.", "corridor")
    assert (a["source"], a["cue"]) == ("Kyiv", "confident")
    a = one(nlp, "Both sides are ready to sign the accord.", "sign the accord")
    assert a["source"] == "Both sides"
    # An adjective of the lexicon about no one's view reports nothing.
    assert not found(nlp, "The weather was critical for the harvest.")


def test_seeing_someone_as_something_is_a_view(nlp):
    a = one(nlp, "Many voters see the general as the stronger candidate.", "stronger candidate")
    assert (a["source"], a["cue"]) == ("Many voters", "see")
    assert not found(nlp, "We saw the convoy in the morning.")


def test_an_adverbial_clause_after_the_cue_is_not_what_was_said(nlp):
    text = (
        "Israel agreed to reopen the crossing for aid convoys from Wednesday, Egyptian officials "
        "said, after mediators from Egypt and Qatar met the negotiators in Cairo."
    )
    a = one(nlp, text, "reopen the crossing")
    assert a["source"] == "Egyptian officials"
    assert "mediators" not in a["content"]


def test_an_infinitive_seeing_something_as_something_is_no_view_of_its_own(nlp):
    text = (
        "The junta wants the rebels to lay down their arms, to recognize the council as the "
        "sole authority and to leave the capital."
    )
    assert [a["cue"] for a in found(nlp, text)] == ["wants"]


def test_a_prepositional_cue_reports_its_phrase_without_the_preposition(nlp):
    text = "The envoy was referring to the border commission, aides said."
    (a,) = [f for f in found(nlp, text) if f["cue"] == "referring to"]
    assert a["content"] == "the border commission" and a["source"] == "The envoy"
    b = one(nlp, "The minister talked about the prisoner exchange for an hour.", "exchange")
    assert b["cue"] == "talked about" and b["source"] == "The minister"


def test_a_poll_in_an_in_phrase_is_the_source_of_its_clause(nlp):
    a = one(
        nlp, "In the latest poll, the ruling party leads the opposition by ten points.", "leads"
    )
    assert a["cue"] == "In" and a["source"] == "the latest poll"
    assert "ruling party leads" in a["content"]
    survey = found(nlp, "In a new survey, most voters said the talks should go on.")
    assert any(
        f["cue"] == "In" and f["source"] == "a new survey" and "talks should" in f["content"]
        for f in survey
    ), survey
    # after the speaker of a cue of the clause's own, the report is only where it was said
    cues = [f["cue"] for f in found(nlp, "The ministry said in a report that exports fell.")]
    assert "said" in cues and "in" not in cues


def test_whoever_is_asked_is_not_the_one_who_asks(nlp):
    a = one(nlp, "The envoy was asked whether the talks would resume.", "talks would resume")
    assert a["cue"] == "asked" and a["source"] is None
    b = one(nlp, "Asked by a reporter if the offer still stands, the envoy said it did.", "offer")
    assert b["source"] == "a reporter" and b["content"] == "if the offer still stands"
    c = one(nlp, "When asked why the convoy was late, the governor blamed the rain.", "convoy")
    assert c["cue"] == "asked" and c["source"] is None


def test_what_someone_is_called_is_the_content_and_the_speaker_loses_its_occasion(nlp):
    a = one(nlp, "The mayor was calling the ceasefire a fraud.", "fraud")
    assert a["cue"] == "calling" and a["content"] == "the ceasefire a fraud"
    text = "“We will stay,” said former commander Ali Hassan during the second round of talks."
    assert one(nlp, text, "We will stay")["source"] == "former commander Ali Hassan"


def test_a_speaker_set_off_by_commas_inside_the_clause_reports_it(nlp):
    a = one(nlp, "Ryan’s endorsement of the nominee, many think, is only a matter of time.", "Ryan")
    assert a["cue"] == "think" and a["source"] == "many"


def test_a_reporting_noun_with_its_giver_in_a_from_phrase(nlp):
    text = "The plan drew criticism from aid groups over the closure of the crossing."
    a = one(nlp, text, "closure")
    assert a["source"] == "aid groups" and a["cue"] == "criticism ... over"
    assert a["content"] == "the closure of the crossing"


def test_a_raised_subject_is_part_of_what_is_reported_and_names_no_speaker(nlp):
    a = one(nlp, "The rebel commander was expected to sign the truce on Friday.", "sign the truce")
    assert a["source"] is None and a["content"].startswith("The rebel commander")
    b = one(nlp, "The ceasefire appears to have collapsed overnight.", "collapsed")
    assert b["source"] is None and b["content"].startswith("The ceasefire")


def test_a_speaker_the_parse_lost_is_read_from_the_sentence_opening(nlp):
    text = (
        "Jeffrey Salkin, a rabbi in Hollywood, Fla., helping to organize the boycott, said "
        "he and other rabbis were alarmed."
    )
    a = one(nlp, text, "rabbis were alarmed")
    assert a["source"].startswith("Jeffrey Salkin")
    assert "alarmed" not in a["source"]


def test_markup_left_in_an_article_is_no_cue_and_no_quotation(nlp):
    text = (
        '<tweet pic="" author="UNEnvoy" timestamp="1449075600">The talks resume today.</tweet>\n'
        "The envoy said the talks would resume."
    )
    cues = [(a["cue"], a["content"]) for a in found(nlp, text)]
    assert ("said", "the talks would resume") in cues
    assert not any("UNEnvoy" in content or cue == "tweet" for cue, content in cues)


def test_what_a_speaker_talked_or_warned_about_is_the_content(nlp):
    a = one(nlp, "The governor warned about shortages of fuel in the camps.", "shortages")
    assert a["cue"] == "warned about" and a["content"] == "shortages of fuel in the camps"
    b = one(nlp, "The envoy joked about moving to Geneva for good.", "Geneva")
    assert b["cue"] == "joked about" and b["source"] == "The envoy"


def test_headlines_in_title_case_are_read_from_their_cue_word(nlp):
    text = (
        "Former Mediator Says Truce Is Near Collapse In The North\n\n"
        "Carson: Talks will resume in Geneva next week\n\n"
        "Ben Carson said the talks would go on."
    )
    got = {(a["source"], a["cue"]): a["content"] for a in found(nlp, text)}
    assert got[("Former Mediator", "Says")] == "Truce Is Near Collapse In The North"
    assert got[("Carson", ":")] == "Talks will resume in Geneva next week"


def test_a_noun_of_intention_reports_its_to_infinitive(nlp):
    a = one(nlp, "The U.S. plans to help rebuild the port.", "rebuild")
    assert a["cue"] == "plans" and a["source"] == "U.S." and a["content"].startswith("to help")


@pytest.mark.parametrize(("name_pos", "name_tag"), [("PROPN", "NNP"), ("VERB", "VBG")])
def test_a_speaker_after_the_verb_that_the_parser_took_for_its_clause(nlp, name_pos, name_tag):
    # "“We stay,” says Suckling.", parsed with the name as the verb's clausal complement, and
    # the name tagged a proper noun or (as "suckling") a verb
    rows = [
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("We", 2, "nsubj", "PRON", "PRP", "we"),
        ("stay", 5, "ccomp", "VERB", "VBP", "stay"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("”", 2, "punct", "PUNCT", "''", "”"),
        ("says", 5, "ROOT", "VERB", "VBZ", "say"),
        ("Suckling", 5, "ccomp", name_pos, name_tag, "Suckling"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    spaces = [False, True, False, False, True, True, False, False]
    (a,) = [x for x in attributions_of_parse(nlp, rows, spaces) if x.cue.text == "says"]
    assert a.source.text == "Suckling" and "We stay" in a.content.text


def test_a_that_clause_hung_on_a_noun_after_the_verb_is_still_what_was_said():
    import importlib

    import spacy
    from spacy.tokens import Doc

    extract = importlib.import_module("parley.attribution.clauses")
    # "Adelson said at a conference that he may wait", as a parser read it: "that" the verb's
    # object and "wait" a clause on "conference"; and "the report that he wrote", a relative
    words = ["Adelson", "said", "at", "a", "conference", "that", "he", "may", "wait"]
    heads = [1, 1, 4, 4, 1, 1, 8, 8, 4]
    deps = ["nsubj", "ROOT", "case", "det", "obl", "obj", "nsubj", "aux", "acl"]
    tags = ["NNP", "VBD", "IN", "DT", "NN", "WDT", "PRP", "MD", "VB"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in extract._stray_that_clause(doc[1])] == ["wait"]
    words = ["Adelson", "read", "the", "report", "that", "he", "wrote"]
    heads = [1, 1, 3, 1, 6, 6, 3]
    deps = ["nsubj", "ROOT", "det", "obj", "obj", "nsubj", "acl:relcl"]
    tags = ["NNP", "VBD", "DT", "NN", "WDT", "PRP", "VBD"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert extract._stray_that_clause(doc[1]) == []


def test_a_report_after_a_comma_closes_the_sentence_it_reports(nlp):
    text = (
        "The bridge has been closed to traffic since March, two drivers and a trader told Reuters."
    )
    a = one(nlp, text, "bridge has been closed")
    assert a["source"] == "two drivers and a trader" and a["cue"] == "told"
    text = (
        "Food prices in the camps have doubled since the spring, the agency's country director, "
        "Amina Yusuf, said on Tuesday."
    )
    a = one(nlp, text, "Food prices")
    assert a["source"] == "the agency's country director, Amina Yusuf"
    assert "Amina" not in a["content"]


def test_a_speaker_after_the_verb_closes_the_sentence(nlp):
    # "The talks are stalled, said Omar Khalil, a negotiator.", as a parser read it: "said" a
    # conjunct of "stalled" (so its subject "The talks") and the name its clausal complement
    rows = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("talks", 3, "nsubj", "NOUN", "NNS", "talk"),
        ("are", 3, "cop", "AUX", "VBP", "be"),
        ("stalled", 3, "ROOT", "ADJ", "JJ", "stalled"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("said", 3, "conj", "VERB", "VBD", "say"),
        ("Omar", 7, "compound", "PROPN", "NNP", "Omar"),
        ("Khalil", 5, "ccomp", "PROPN", "NNP", "Khalil"),
        (",", 10, "punct", "PUNCT", ",", ","),
        ("a", 10, "det", "DET", "DT", "a"),
        ("negotiator", 7, "appos", "NOUN", "NN", "negotiator"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, True, True, False, True, True, True, False, True, True, False, False]
    (a,) = [x for x in attributions_of_parse(nlp, rows, spaces) if x.cue.text == "said"]
    assert a.source.text == "Omar Khalil, a negotiator"
    assert a.content.text == "The talks are stalled"


def test_a_question_after_if_or_whether_is_what_was_asked(nlp):
    text = "She toured the clinic and posed for photographs and asked nurses if they had been paid."
    a = one(nlp, text, "had been paid")
    assert (a["source"], a["cue"]) == ("She", "asked")


def test_a_participle_joined_to_an_active_verb_asks_with_its_subject(nlp):
    # "He met the elders and asked them whether the well worked.", as a parser read it:
    # "asked" a past participle ("Asked whether S, he ..." has no one asking) joined to "met"
    rows = [
        ("He", 1, "nsubj", "PRON", "PRP", "he"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("elders", 1, "obj", "NOUN", "NNS", "elder"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("asked", 1, "conj", "VERB", "VBN", "ask"),
        ("them", 5, "obj", "PRON", "PRP", "they"),
        ("whether", 10, "mark", "SCONJ", "IN", "whether"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("well", 10, "nsubj", "NOUN", "NN", "well"),
        ("worked", 5, "ccomp", "VERB", "VBD", "work"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True] * 10 + [False, False]
    (a,) = [x for x in attributions_of_parse(nlp, rows, spaces) if x.cue.text == "asked"]
    assert a.source is not None and a.source.text == "He"
    assert a.content.text == "whether the well worked"


def test_a_subject_the_parse_made_a_compound_of_the_verb_is_the_source(nlp):
    # the tagger reads "plans" as a noun and "The opposition leader" as its compound
    text = "The opposition leader plans to be back in Khartoum on Saturday to sign the accord."
    a = one(nlp, text, "sign the accord")
    assert (a["source"], a["cue"]) == ("The opposition leader", "plans")


def test_a_verb_the_parse_hung_on_its_subject_as_a_participle_reports_with_that(nlp):
    # "An estimate by the agency projected that costs will rise.", as a parser read it:
    # "projected" a participle on "estimate" (no participle on a noun takes a "that" clause)
    rows = [
        ("An", 1, "det", "DET", "DT", "a"),
        ("estimate", 1, "ROOT", "NOUN", "NN", "estimate"),
        ("by", 4, "case", "ADP", "IN", "by"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("agency", 1, "nmod", "NOUN", "NN", "agency"),
        ("projected", 1, "acl", "VERB", "VBN", "project"),
        ("that", 9, "mark", "SCONJ", "IN", "that"),
        ("costs", 9, "nsubj", "NOUN", "NNS", "cost"),
        ("will", 9, "aux", "AUX", "MD", "will"),
        ("rise", 5, "ccomp", "VERB", "VB", "rise"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True] * 9 + [False, False]
    statements = attributions_of_parse(nlp, rows, spaces)
    assert [(a.source and a.source.text, a.cue.text) for a in statements] == [
        ("An estimate by the agency", "projected")
    ]
    assert statements[0].content.text == "that costs will rise"


def test_a_question_does_not_run_on_into_the_answer(nlp):
    text = (
        "Asked what a lasting truce would look like, Osman replied: “We are still far from that.”"
    )
    a = one(nlp, text, "lasting truce")
    assert a["cue"] == "Asked" and a["content"] == "what a lasting truce would look like"


def test_the_one_asked_is_not_who_asked_when_the_tagger_reads_a_past_tense(nlp):
    # "Asked whether he would resign, Osman said no.", as a tagger read it: "Asked" a past
    # tense, which would take "Osman" as the one asking
    rows = [
        ("Asked", 6, "advcl", "VERB", "VBD", "ask"),
        ("whether", 4, "mark", "SCONJ", "IN", "whether"),
        ("he", 4, "nsubj", "PRON", "PRP", "he"),
        ("would", 4, "aux", "AUX", "MD", "would"),
        ("resign", 0, "ccomp", "VERB", "VB", "resign"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("Osman", 7, "nsubj", "PROPN", "NNP", "Osman"),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        ("no", 7, "obj", "INTJ", "UH", "no"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, True, True, True, False, True, True, True, False, False]
    (a,) = [x for x in attributions_of_parse(nlp, rows, spaces) if x.cue.text == "Asked"]
    assert a.source is None
    assert a.content.text == "whether he would resign"


def test_a_speaker_after_the_verb_inside_the_clause_it_reports(nlp):
    text = (
        "Any fair reading of the accord, said Ana Ruiz, an analyst at the Institute for "
        "Security Studies, would find it one-sided."
    )
    a = one(nlp, text, "fair reading")
    assert a["source"] == "Ana Ruiz, an analyst at the Institute for Security Studies"
    assert a["content"] == "Any fair reading of the accord ... would find it one-sided"


def test_a_noun_after_in_is_no_subject(nlp):
    text = (
        "The commander first said the convoy had not been fired on, but in a later "
        "interview said two trucks were hit."
    )
    assert one(nlp, text, "two trucks")["source"] == "The commander"


def test_a_speaker_the_parse_hung_on_an_opening_phrase_follows_its_comma(nlp):
    # "On Friday, Osman urged the delegates to return to the talks.", as a parser read it:
    # "Osman" an apposition to "Friday", "urged" with no subject
    rows = [
        ("On", 1, "case", "ADP", "IN", "on"),
        ("Friday", 4, "obl", "PROPN", "NNP", "Friday"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("Osman", 1, "appos", "PROPN", "NNP", "Osman"),
        ("urged", 4, "ROOT", "VERB", "VBD", "urge"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("delegates", 4, "obj", "NOUN", "NNS", "delegate"),
        ("to", 8, "mark", "PART", "TO", "to"),
        ("return", 4, "xcomp", "VERB", "VB", "return"),
        ("to", 11, "case", "ADP", "IN", "to"),
        ("the", 11, "det", "DET", "DT", "the"),
        ("talks", 8, "obl", "NOUN", "NNS", "talk"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, False, True, True, True, True, True, True, True, True, True, False, False]
    (a,) = attributions_of_parse(nlp, rows, spaces)
    assert a.source.text == "Osman" and a.cue.text == "urged"
    # and with an aside between dashes after the speaker: "In the memoir, Okello — who
    # served there — states that the truce failed."
    rows = [
        ("In", 2, "case", "ADP", "IN", "in"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("memoir", 10, "obl", "NOUN", "NN", "memoir"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("Okello", 2, "appos", "PROPN", "NNP", "Okello"),
        ("—", 7, "punct", "PUNCT", ":", "—"),
        ("who", 7, "nsubj", "PRON", "WP", "who"),
        ("served", 4, "acl:relcl", "VERB", "VBD", "serve"),
        ("there", 7, "advmod", "ADV", "RB", "there"),
        ("—", 7, "punct", "PUNCT", ":", "—"),
        ("states", 10, "ROOT", "VERB", "VBZ", "state"),
        ("that", 14, "mark", "SCONJ", "IN", "that"),
        ("the", 13, "det", "DET", "DT", "the"),
        ("truce", 14, "nsubj", "NOUN", "NN", "truce"),
        ("failed", 10, "ccomp", "VERB", "VBD", "fail"),
        (".", 10, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, True, False, True, True, True, True, True, True, True, True, True, True]
    spaces += [True, False, False]
    (a,) = attributions_of_parse(nlp, rows, spaces)
    assert a.source.text == "Okello" and a.content.text == "that the truce failed"


def test_a_participle_after_a_comma_speaks_with_the_subject_of_its_clause(nlp):
    text = (
        "The minister said of the raid, “We did not order it,” adding that an inquiry would follow."
    )
    a = one(nlp, text, "inquiry")
    assert a["source"] == "The minister" and a["cue"] == "adding"


def test_adding_a_thing_to_another_is_no_report_but_adding_a_clause_is(nlp):
    assert found(nlp, "The army added two battalions to the garrison in Kassala.") == []
    a = one(nlp, "The envoy added that the talks would resume on Monday.", "talks")
    assert a["source"] == "The envoy" and a["cue"] == "added"


def test_a_verb_joined_to_one_with_an_opening_speaker_shares_that_speaker(nlp):
    # "In the memo, Okello criticized the plan and opposed it.", as a parser read it: "Okello"
    # an apposition to "memo", neither verb with a subject
    rows = [
        ("In", 2, "case", "ADP", "IN", "in"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("memo", 5, "obl", "NOUN", "NN", "memo"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("Okello", 2, "appos", "PROPN", "NNP", "Okello"),
        ("criticized", 5, "ROOT", "VERB", "VBD", "criticize"),
        ("the", 7, "det", "DET", "DT", "the"),
        ("plan", 5, "obj", "NOUN", "NN", "plan"),
        ("and", 9, "cc", "CCONJ", "CC", "and"),
        ("opposed", 5, "conj", "VERB", "VBD", "oppose"),
        ("it", 9, "obj", "PRON", "PRP", "it"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, True, False, True, True, True, True, True, True, True, False, False]
    found_here = attributions_of_parse(nlp, rows, spaces)
    assert [(a.cue.text, a.source.text) for a in found_here] == [
        ("criticized", "Okello"),
        ("opposed", "Okello"),
    ]


def test_a_report_joined_by_and_to_a_passive_verb_shares_its_subject(nlp):
    text = "The governor was driven from the capital and vowed that he would return within a month."
    a = one(nlp, text, "return")
    assert a["source"] == "The governor" and a["cue"] == "vowed"


def test_a_name_the_tagger_read_as_a_modal_before_a_tensed_verb_is_the_speaker(nlp):
    a = one(nlp, "Columnist Adam Will warned that the ceasefire would not hold.", "ceasefire")
    assert a["source"] == "Columnist Adam Will"
    a = one(nlp, "Will wrote that the deal was a mistake.", "deal")
    assert a["source"] == "Will"
    assert found(nlp, "Officials will need more time.") == []


def test_what_a_finding_takes_its_object_for_is_reported_but_not_where_one_finds_oneself(nlp):
    a = one(nlp, "The inspectors found the dam unsafe after the floods.", "dam")
    assert a["source"] == "The inspectors" and a["content"].startswith("the dam unsafe")
    assert found(nlp, "The rebels found themselves surrounded near the river.") == []


def test_a_name_the_parse_hung_on_a_pronoun_as_its_apposition_is_what_it_is_called(nlp):
    # "Aid workers call it the road of death.", as a parser read it: the name an apposition
    # to "it"
    rows = [
        ("Aid", 1, "compound", "NOUN", "NN", "aid"),
        ("workers", 2, "nsubj", "NOUN", "NNS", "worker"),
        ("call", 2, "ROOT", "VERB", "VBP", "call"),
        ("it", 2, "obj", "PRON", "PRP", "it"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("road", 3, "appos", "NOUN", "NN", "road"),
        ("of", 7, "case", "ADP", "IN", "of"),
        ("death", 5, "nmod", "NOUN", "NN", "death"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, True, True, True, True, True, True, False, False]
    (a,) = attributions_of_parse(nlp, rows, spaces)
    assert a.source.text == "Aid workers" and a.content.text == "it the road of death"


def test_a_speaker_after_said_keeps_a_title_the_tagger_made_a_verb(nlp):
    text = (
        "“This is just a show and we are all props,” said Kenyan delegate Amina Otieno, "
        "angered that the leaders ignored the movement."
    )
    a = one(nlp, text, "props")
    assert a["source"] == "Kenyan delegate Amina Otieno"


def test_a_speaker_after_said_the_parse_made_the_subject_of_a_later_clause(nlp):
    # "“We will not sign,” said Ruth Achieng, angered that talks stalled.", as a parser read
    # it: "Ruth" the subject of "angered"
    rows = [
        ("“", 4, "punct", "PUNCT", "``", "“"),
        ("We", 4, "nsubj", "PRON", "PRP", "we"),
        ("will", 4, "aux", "AUX", "MD", "will"),
        ("not", 4, "advmod", "PART", "RB", "not"),
        ("sign", 7, "ccomp", "VERB", "VB", "sign"),
        (",", 4, "punct", "PUNCT", ",", ","),
        ("”", 4, "punct", "PUNCT", "''", "”"),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        ("Ruth", 11, "nsubj", "PROPN", "NNP", "Ruth"),
        ("Achieng", 8, "flat", "PROPN", "NNP", "Achieng"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("angered", 7, "ccomp", "VERB", "VBN", "anger"),
        ("that", 14, "mark", "SCONJ", "IN", "that"),
        ("talks", 14, "nsubj", "NOUN", "NNS", "talk"),
        ("stalled", 11, "ccomp", "VERB", "VBD", "stall"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    spaces = [False, True, True, True, False, False, True, True, True, False, True, True, True]
    spaces += [True, False, False]
    (a,) = [x for x in attributions_of_parse(nlp, rows, spaces) if x.cue.text == "said"]
    assert a.source.text == "Ruth Achieng"


def test_a_quotation_with_no_cue_goes_on_the_main_report_not_a_clause_inside_it(nlp):
    text = (
        "“The corridor is closed,” the governor told reporters on Monday, after aid groups said "
        "that convoys were stuck at the border. “We will reopen it within a week.”"
    )
    a = one(nlp, text, "reopen")
    assert a["source"] == "the governor"


def test_a_quotation_with_no_cue_goes_on_the_quoting_report_of_the_sentence_before(nlp):
    # "“They stay,” Achieng told the Nation, after the governor stated an interest in closing
    # them. “The camps are open.”", as a parser read it: both cues hang on the quotation's verb
    rows = [
        ("“", 2, "punct", "PUNCT", "``", "“"),
        ("They", 2, "nsubj", "PRON", "PRP", "they"),
        ("stay", 2, "ROOT", "VERB", "VBP", "stay"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("”", 2, "punct", "PUNCT", "''", "”"),
        ("Achieng", 6, "nsubj", "PROPN", "NNP", "Achieng"),
        ("told", 2, "parataxis", "VERB", "VBD", "tell"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("Nation", 6, "obj", "PROPN", "NNP", "Nation"),
        (",", 13, "punct", "PUNCT", ",", ","),
        ("after", 13, "mark", "SCONJ", "IN", "after"),
        ("the", 12, "det", "DET", "DT", "the"),
        ("governor", 13, "nsubj", "NOUN", "NN", "governor"),
        ("stated", 2, "advcl", "VERB", "VBD", "state"),
        ("an", 15, "det", "DET", "DT", "a"),
        ("interest", 13, "obj", "NOUN", "NN", "interest"),
        ("in", 17, "mark", "SCONJ", "IN", "in"),
        ("closing", 15, "acl", "VERB", "VBG", "close"),
        ("them", 17, "obj", "PRON", "PRP", "they"),
        (".", 2, "punct", "PUNCT", ".", "."),
        ("“", 24, "punct", "PUNCT", "``", "“"),
        ("The", 22, "det", "DET", "DT", "the"),
        ("camps", 24, "nsubj", "NOUN", "NNS", "camp"),
        ("are", 24, "cop", "AUX", "VBP", "be"),
        ("open", 24, "ROOT", "ADJ", "JJ", "open"),
        (".", 24, "punct", "PUNCT", ".", "."),
        ("”", 24, "punct", "PUNCT", "''", "”"),
    ]
    spaces = [False, True, False, False, True, True, True, True, False, True, True, True, True]
    spaces += [True, True, True, True, True, False, True, False, True, True, True, False, False]
    spaces += [False]
    found_here = attributions_of_parse(nlp, rows, spaces)
    (a,) = [x for x in found_here if "camps are open" in x.content.text]
    assert a.source.text == "Achieng"


def test_a_verb_in_a_relative_clause_on_the_speaker_takes_no_quotation_before_it(nlp):
    text = (
        "“The convoy was shelled twice on the road,” an aid worker, who was not authorized to "
        "speak publicly, told Reuters."
    )
    a = one(nlp, text, "convoy")
    assert a["cue"] == "told" and a["source"].startswith("an aid worker")
    assert a["channel"] == "Reuters"


def test_a_question_quoted_before_its_speaker_is_theirs_where_the_parse_split_them(nlp):
    text = (
        "The minister said the trip was off. “Who knows what the talks will bring?” Amina "
        "Yusuf told the BBC in an interview aired on Monday when asked how the talks would go."
    )
    a = one(nlp, text, "Who knows")
    assert a["source"] == "Amina Yusuf" and a["cue"] == "told"
    # a new paragraph starts a new statement
    text = text.replace("? ” Amina", "?”\n\nAmina").replace("?” Amina", "?”\n\nAmina")
    a = one(nlp, text, "Who knows")
    assert a["source"] == "The minister"


def test_a_verb_listed_under_the_speaker_s_name_is_no_part_of_the_speaker(nlp):
    text = (
        "Ali Musa joked about the weather, declined to name a date for the vote, and told his "
        "audience the truce would hold."
    )
    a = one(nlp, text, "truce would hold")
    assert a["source"] == "Ali Musa" and a["cue"] == "told"


def test_an_object_after_a_comma_is_no_report(nlp):
    text = "As the talks dragged on into the night, the rebels proposed a new map of the front."
    assert not any(a["content"].startswith("As the talks") for a in found(nlp, text))


def test_whom_a_demand_calls_on_is_part_of_it(nlp):
    a = one(
        nlp, "The envoy called on both commanders to open the road to Kadugli.", "open the road"
    )
    assert a["cue"] == "called on" and a["source"] == "The envoy"
    assert a["content"] == "both commanders to open the road to Kadugli"


def test_a_poll_that_shows_is_the_source(nlp):
    text = "Recent polling shows that most displaced families want to return home before the rains."
    a = one(nlp, text, "displaced families")
    assert a["source"] == "Recent polling" and a["cue"] == "shows"


def test_a_verb_after_a_relative_clause_speaks_for_its_noun(nlp):
    text = (
        "The ministry, which had denied the reports for weeks, confirmed that the convoy was hit."
    )
    a = one(nlp, text, "convoy was hit")
    assert a["source"] == "The ministry" and a["cue"] == "confirmed"


def test_a_clause_the_parser_joined_after_the_verb_is_reported():
    import importlib

    import spacy
    from spacy.tokens import Doc

    extract = importlib.import_module("parley.attribution.clauses")
    # "Polling is showing Osman has a lead", with "has" parsed as a conjunct of "showing"
    words = ["Polling", "is", "showing", "Osman", "has", "a", "lead"]
    heads = [2, 2, 2, 4, 2, 6, 4]
    deps = ["nsubj", "aux", "ROOT", "nsubj", "conj", "det", "obj"]
    tags = ["NN", "VBZ", "VBG", "NNP", "VBZ", "DT", "NN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in extract._reported_clauses(doc[2])] == ["has"]
    # "... and Osman has a lead": a second clause of its own
    words = ["Polling", "is", "rising", "and", "Osman", "has", "a", "lead"]
    heads = [2, 2, 2, 5, 5, 2, 7, 5]
    deps = ["nsubj", "aux", "ROOT", "cc", "nsubj", "conj", "det", "obj"]
    tags = ["NN", "VBZ", "VBG", "CC", "NNP", "VBZ", "DT", "NN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert extract._reported_clauses(doc[2]) == []


def test_a_quantity_that_opens_the_sentence_is_the_speaker(nlp):
    a = one(nlp, "Almost half said they would return to the camps.", "return to the camps")
    assert a["source"] == "Almost half"
    a = one(nlp, "Neither wanted to give his name to the envoy.", "give his name")
    assert a["source"] == "Neither"


def test_a_stance_wished_or_refused_is_not_held(nlp):
    text = "The unions refused to endorse the ceasefire plan, but most members would support it."
    assert not any(a["cue"] in ("endorse", "support") for a in found(nlp, text))
    a = one(nlp, "The unions endorsed the ceasefire plan.", "ceasefire plan")
    assert a["source"] == "The unions"


def test_a_finding_needs_a_clause(nlp):
    assert not any(
        a["cue"] == "found" for a in found(nlp, "The families found shelter in a school.")
    )
    a = one(nlp, "The audit found that the funds were diverted.", "funds were diverted")
    assert a["source"] == "The audit"


def test_a_quotation_goes_on_past_a_relative_clause_in_the_speaker(nlp):
    text = (
        "The militia sent an envoy to the camp.\n\n"
        '"They tried to frighten us," said Mr. Osman, who wrote about the visit in his memoir. '
        '"Thank goodness, none of their threats came true."'
    )
    a = one(nlp, text, "none of their threats")
    assert a["source"].startswith("Mr. Osman")


def test_a_title_with_a_full_stop_does_not_end_the_speakers_sentence(nlp):
    text = '"Can we reach the border town?" Mr. Osman asked. "Nobody knows."'
    a = one(nlp, text, "reach the border town")
    assert a["source"] == "Mr. Osman" and a["cue"] == "asked"


def test_a_speaker_who_agrees_introduces_the_next_quotation(nlp):
    text = (
        "The mediator said the talks were close to collapse.\n\n"
        'A senior diplomat in Juba agreed. "Neither side has offered anything new since May."'
    )
    a = one(nlp, text, "Neither side has offered")
    assert a["source"] == "A senior diplomat in Juba" and a["cue"] == "agreed"


def test_a_time_after_a_reporting_noun_is_not_its_topic(nlp):
    text = "The envoy's criticism on Wednesday surprised the delegates."
    assert not any(a["content"].startswith("Wednesday") for a in found(nlp, text))
    a = one(nlp, "The envoy's criticism of the ceasefire surprised the delegates.", "ceasefire")
    assert a["source"] == "The envoy's" and a["cue"] == "criticism of"


def test_a_day_the_parser_made_the_object_of_a_speech_verb_is_not_what_was_said(nlp):
    # "The envoy spoke Wednesday.", parsed with the day as the verb's object
    rows = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("envoy", 2, "nsubj", "NOUN", "NN", "envoy"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        ("Wednesday", 2, "obj", "PROPN", "NNP", "Wednesday"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    assert not [a for a in attributions_of_parse(nlp, rows) if a.content.text == "Wednesday"]


def test_a_speaker_between_a_quotation_and_its_verb_past_an_aside(nlp):
    text = (
        "The delegates waited outside.\n\n"
        "“He had a lot of friends in the north,” Mr. Deng, after a long pause, said of the envoy."
    )
    a = one(nlp, text, "friends in the north")
    assert a["source"] == "Mr. Deng" and a["cue"] == "said"


def test_a_roundup_line_names_its_speakers_after_the_heading_dash(nlp):
    text = (
        "Here is the week in the talks.\n\n"
        "CORRIDOR STILL SHUT, AID STUCK - Amina Yusuf and Omar Khalil: “The trucks have waited "
        "at the border for nine days.”"
    )
    a = one(nlp, text, "trucks have waited")
    assert a["source"] == "Amina Yusuf and Omar Khalil" and a["cue"] == ":"


def test_a_speech_verb_under_another_cue_is_that_cues_content(nlp):
    text = "The minister declined to say whether the convoy would move."
    statements = found(nlp, text)
    assert [(a["cue"], a["source"]) for a in statements] == [("declined", "The minister")]
    assert "whether the convoy would move" in statements[0]["content"]


def test_not_saying_whether_is_no_statement(nlp):
    assert not found(nlp, "The ministry did not say whether the convoy would move.")
    a = one(nlp, "The ministry said the convoy would move.", "convoy would move")
    assert a["source"] == "The ministry"


def test_a_speaker_after_the_verb_that_the_parse_broke_up(nlp):
    # "“We will win,” said retired general Ana Ruiz, asked about the vote.", with the
    # speaker's phrase parsed as a complement ("retired", tagged a past verb) and its object
    rows = [
        ("“", 3, "punct", "PUNCT", "``", "“"),
        ("We", 3, "nsubj", "PRON", "PRP", "we"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("win", 6, "ccomp", "VERB", "VB", "win"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("”", 3, "punct", "PUNCT", "''", "”"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"),
        ("retired", 6, "xcomp", "VERB", "VBD", "retire"),
        ("general", 9, "nmod:desc", "NOUN", "NN", "general"),
        ("Ana", 7, "obj", "PROPN", "NNP", "Ana"),
        ("Ruiz", 9, "flat", "PROPN", "NNP", "Ruiz"),
        (",", 12, "punct", "PUNCT", ",", ","),
        ("asked", 6, "conj", "VERB", "VBN", "ask"),
        ("about", 15, "case", "ADP", "IN", "about"),
        ("the", 15, "det", "DET", "DT", "the"),
        ("vote", 12, "obl", "NOUN", "NN", "vote"),
        (".", 6, "punct", "PUNCT", ".", "."),
    ]
    spaces = [False, True, True, False, False, True, True, True, True, True, False, True]
    spaces += [True, True, True, False, False]
    said = [a for a in attributions_of_parse(nlp, rows, spaces) if a.cue and a.cue.text == "said"]
    assert said and said[0].source is not None
    assert said[0].source.text == "retired general Ana Ruiz"
    assert "win" in said[0].content.text


def test_a_speaker_with_a_relative_clause_between_a_quotation_and_its_verb(nlp):
    # "“We will win,” Omar Haddad, who was envoy, told reporters.", with the name parsed as
    # the quotation's object and "told" as its conjunct
    rows = [
        ("“", 3, "punct", "PUNCT", "``", "“"),
        ("We", 3, "nsubj", "PRON", "PRP", "we"),
        ("will", 3, "aux", "AUX", "MD", "will"),
        ("win", 3, "ROOT", "VERB", "VB", "win"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("”", 3, "punct", "PUNCT", "''", "”"),
        ("Omar", 7, "compound", "PROPN", "NNP", "Omar"),
        ("Haddad", 3, "obj", "PROPN", "NNP", "Haddad"),
        (",", 11, "punct", "PUNCT", ",", ","),
        ("who", 11, "nsubj", "PRON", "WP", "who"),
        ("was", 11, "cop", "AUX", "VBD", "be"),
        ("envoy", 7, "acl:relcl", "NOUN", "NN", "envoy"),
        (",", 13, "punct", "PUNCT", ",", ","),
        ("told", 3, "conj", "VERB", "VBD", "tell"),
        ("reporters", 13, "iobj", "NOUN", "NNS", "reporter"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    spaces = [False, True, True, False, False, True, True, False, True, True, True, False]
    spaces += [True, True, False, False]
    told = [a for a in attributions_of_parse(nlp, rows, spaces) if a.cue and a.cue.text == "told"]
    assert told and told[0].source is not None
    assert told[0].source.text.startswith("Omar Haddad, who was envoy")
    assert "win" in told[0].content.text


def test_polls_that_show_are_the_source(nlp):
    text = "Surveys show voters in the north trust the mediators more than the army."
    a = one(nlp, text, "trust the mediators")
    assert a["source"] == "Surveys" and a["cue"] == "show"


def test_a_clause_with_a_modal_the_parser_joined_after_the_verb_is_reported(nlp):
    # "The envoy contends the rebels may accept a truce.", with "accept" parsed as a conjunct
    rows = [
        ("The", 1, "det", "DET", "DT", "the"),
        ("envoy", 2, "nsubj", "NOUN", "NN", "envoy"),
        ("contends", 2, "ROOT", "VERB", "VBZ", "contend"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("rebels", 6, "nsubj", "NOUN", "NNS", "rebel"),
        ("may", 6, "aux", "AUX", "MD", "may"),
        ("accept", 2, "conj", "VERB", "VB", "accept"),
        ("a", 8, "det", "DET", "DT", "a"),
        ("truce", 6, "obj", "NOUN", "NN", "truce"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True] * 8 + [False, False]
    found_ = attributions_of_parse(nlp, rows, spaces)
    assert [(a.cue.text, a.content.text) for a in found_] == [
        ("contends", "the rebels may accept a truce")
    ]


def test_a_finding_after_a_comma_closes_the_sentence_it_reports(nlp):
    a = one(nlp, "The rebels hold most of the northern valley, the survey found.", "valley")
    assert a["source"] == "the survey" and a["cue"] == "found"


@pytest.mark.parametrize(
    "text",
    [
        "As the mediator noted, the talks will resume on Monday.",
        "The talks will resume on Monday, as the mediator noted.",
    ],
)
def test_an_as_aside_reports_the_clause_it_is_set_in(nlp, text):
    a = one(nlp, text, "talks will resume")
    assert a["source"] == "the mediator" and a["cue"] == "noted"
    assert "as" not in a["content"].split()


def test_an_as_clause_of_talking_is_a_time_not_a_report(nlp):
    text = "As the envoy spoke, protesters gathered outside the ministry."
    assert [a for a in found(nlp, text) if a["cue"] == "spoke"] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The minister chided the rebels for breaking the truce.", "chided", "the rebels for"),
        ("The envoy posited that the talks could resume soon.", "posited", "talks could resume"),
        ("Many residents resent that the army took their land.", "resent", "army took"),
    ],
)
def test_judgment_and_conjecture_verbs_report(nlp, text, cue, content):
    a = one(nlp, text, content)
    assert a["cue"] == cue


def test_a_subject_the_parser_made_a_compound_of_a_verb_read_as_a_noun(nlp):
    # "Sure, official data suggest that prices rose.", with "suggest" tagged a noun and
    # "data" a compound of it
    rows = [
        ("Sure", 4, "discourse", "INTJ", "UH", "sure"),
        (",", 0, "punct", "PUNCT", ",", ","),
        ("official", 4, "amod", "ADJ", "JJ", "official"),
        ("data", 4, "compound", "NOUN", "NN", "datum"),
        ("suggest", 4, "ROOT", "NOUN", "NN", "suggest"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("prices", 7, "nsubj", "NOUN", "NNS", "price"),
        ("rose", 4, "ccomp", "VERB", "VBD", "rise"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    spaces = [False] + [True] * 6 + [False, False]
    found_ = attributions_of_parse(nlp, rows, spaces)
    assert [(a.source.text if a.source else None, a.cue.text) for a in found_] == [
        ("official data", "suggest")
    ]


def test_a_noun_of_content_reports_its_that_clause(nlp):
    a = one(nlp, "The mediators rejected the notion that the talks had failed.", "talks had")
    assert a["source"] == "The mediators" and "notion" in a["cue"]


def test_a_report_verb_the_tagger_read_as_a_noun_is_read_from_the_word_order(nlp):
    # "In the film, Haddad argues that the truce failed.", with "argues" tagged a plural noun
    rows = [
        ("In", 2, "case", "ADP", "IN", "in"),
        ("the", 2, "det", "DET", "DT", "the"),
        ("film", 5, "nmod", "NOUN", "NN", "film"),
        (",", 2, "punct", "PUNCT", ",", ","),
        ("Haddad", 5, "compound", "NOUN", "NNS", "haddad"),
        ("argues", 5, "ROOT", "NOUN", "NNS", "argue"),
        ("that", 9, "mark", "SCONJ", "IN", "that"),
        ("the", 8, "det", "DET", "DT", "the"),
        ("truce", 9, "nsubj", "NOUN", "NN", "truce"),
        ("failed", 5, "acl", "VERB", "VBD", "fail"),
        (".", 5, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, True, False, True, True, True, True, True, True, False, False]
    found_ = attributions_of_parse(nlp, rows, spaces)
    assert [(a.source.text, a.cue.text, a.content.text) for a in found_] == [
        ("Haddad", "argues", "that the truce failed")
    ]


def test_a_capitalised_word_or_a_relative_clause_is_no_misread_report(nlp):
    # a name ("spokeswoman Hope"), and "the press questions she would dodge"
    for rows in (
        [
            ("spokeswoman", 1, "compound", "NOUN", "NN", "spokeswoman"),
            ("Hope", 1, "ROOT", "PROPN", "NNP", "Hope"),
            ("that", 4, "mark", "SCONJ", "IN", "that"),
            ("it", 4, "nsubj", "PRON", "PRP", "it"),
            ("ended", 1, "acl", "VERB", "VBD", "end"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        [
            ("the", 2, "det", "DET", "DT", "the"),
            ("press", 2, "compound", "NOUN", "NN", "press"),
            ("questions", 2, "ROOT", "NOUN", "NNS", "question"),
            ("she", 5, "nsubj", "PRON", "PRP", "she"),
            ("would", 5, "aux", "AUX", "MD", "would"),
            ("dodge", 2, "acl:relcl", "VERB", "VB", "dodge"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ],
    ):
        spaces = [True] * (len(rows) - 2) + [False, False]
        assert attributions_of_parse(nlp, rows, spaces) == []


def test_a_report_the_parse_hung_on_what_it_reports(nlp):
    # "When Amir said he would sign, talks resumed.", with "said" parsed as an adverbial of
    # "sign" and "sign" as one of "resumed"
    rows = [
        ("When", 2, "advmod", "SCONJ", "WRB", "when"),
        ("Amir", 2, "nsubj", "PROPN", "NNP", "Amir"),
        ("said", 5, "advcl", "VERB", "VBD", "say"),
        ("he", 5, "nsubj", "PRON", "PRP", "he"),
        ("would", 5, "aux", "AUX", "MD", "would"),
        ("sign", 8, "advcl", "VERB", "VB", "sign"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("talks", 8, "nsubj", "NOUN", "NNS", "talk"),
        ("resumed", 8, "ROOT", "VERB", "VBD", "resume"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True] * 5 + [False, True, True, False, False]
    found_ = attributions_of_parse(nlp, rows, spaces)
    assert [(a.source.text, a.cue.text, a.content.text) for a in found_] == [
        ("Amir", "said", "he would sign")
    ]


def test_a_participle_set_off_by_commas_is_no_part_of_the_speaker(nlp):
    # "Ana Ruiz, facing a hard challenge from Tom Bell, noted that talks stalled.", with the
    # subject hung on "facing" and "challenge" tagged a verb
    rows = [
        ("Ana", 1, "compound", "PROPN", "NNP", "Ana"),
        ("Ruiz", 3, "nsubj", "PROPN", "NNP", "Ruiz"),
        (",", 3, "punct", "PUNCT", ",", ","),
        ("facing", 6, "csubj", "VERB", "VBG", "face"),
        ("a", 6, "det", "DET", "DT", "a"),
        ("hard", 6, "amod", "ADJ", "JJ", "hard"),
        ("challenge", 11, "ccomp", "VERB", "VBP", "challenge"),
        ("from", 9, "case", "ADP", "IN", "from"),
        ("Tom", 9, "compound", "PROPN", "NNP", "Tom"),
        ("Bell", 6, "obl", "PROPN", "NNP", "Bell"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("noted", 11, "ROOT", "VERB", "VBD", "note"),
        ("that", 14, "mark", "SCONJ", "IN", "that"),
        ("talks", 14, "nsubj", "NOUN", "NNS", "talk"),
        ("stalled", 11, "ccomp", "VERB", "VBD", "stall"),
        (".", 11, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, False, True, True, True, True, True, True, True, False, True]
    spaces += [True, True, True, False, False]
    noted = [a for a in attributions_of_parse(nlp, rows, spaces) if a.cue.text == "noted"]
    assert noted and noted[0].source is not None and noted[0].source.text == "Ana Ruiz"


def test_a_report_in_a_that_relative_clause_speaks_for_its_noun(nlp):
    # "A survey that shows rebels gain was released."
    rows = [
        ("A", 1, "det", "DET", "DT", "a"),
        ("survey", 7, "nsubj:pass", "NOUN", "NN", "survey"),
        ("that", 3, "nsubj", "PRON", "WDT", "that"),
        ("shows", 1, "acl:relcl", "VERB", "VBZ", "show"),
        ("rebels", 5, "nsubj", "NOUN", "NNS", "rebel"),
        ("gain", 3, "ccomp", "VERB", "VBP", "gain"),
        ("was", 7, "aux:pass", "AUX", "VBD", "be"),
        ("released", 7, "ROOT", "VERB", "VBN", "release"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True] * 7 + [False, False]
    shows = [a for a in attributions_of_parse(nlp, rows, spaces) if a.cue.text == "shows"]
    assert shows and shows[0].source is not None and shows[0].source.text == "A survey"


def test_a_speaker_after_the_verb_is_no_clause_of_it(nlp):
    text = "“The border will stay open,” said the 52-year-old. “We have no choice.”"
    a = one(nlp, text, "border will stay")
    assert a["source"] == "the 52-year-old" and a["kind"] == "direct"
    assert "no choice" in a["content"]


def test_a_participle_after_the_quotation_and_its_verb_is_how_not_what(nlp):
    text = "“Who will pay for the convoy?” Haddad asked, looking far from pleased."
    a = one(nlp, text, "Who will pay")
    assert a["source"] == "Haddad" and a["cue"] == "asked"
    assert all("looking" not in b["content"] for b in found(nlp, text))


def test_made_it_clear_reports_its_clause(nlp):
    a = one(nlp, "The envoy made it clear that the convoy would wait.", "convoy would wait")
    assert a["source"] == "The envoy" and "clear" in a["cue"]
    assert found(nlp, "The engineers made the roads clear.") == []


def test_what_a_demand_asks_for_is_its_content_and_whom_it_asks_is_not(nlp):
    a = one(nlp, "The rebels demanded the release of their commanders.", "release of")
    assert a["source"] == "The rebels" and a["cue"] == "demanded"
    a = one(nlp, "Aid groups called for a truce in the north.", "truce")
    assert a["source"] == "Aid groups" and a["cue"] == "called for"
    assert found(nlp, "She called the minister on Sunday.") == []


def test_an_accusation_against_a_target_reports_it(nlp):
    a = one(nlp, "The governor railed against the blockade of the port.", "blockade")
    assert a["source"] == "The governor" and a["cue"] == "railed"


def test_what_a_speaker_points_to_comments_on_or_warns_of_is_the_content(nlp):
    a = one(nlp, "Officials pointed to the rising death toll in the camps.", "death toll")
    assert a["source"] == "Officials" and a["cue"] == "pointed to"
    a = one(nlp, "The senator commented on the prisoner swap.", "prisoner swap")
    assert a["source"] == "The senator" and a["cue"] == "commented on"
    a = one(nlp, "The agency warned of a famine in the north.", "famine")
    assert a["source"] == "The agency" and a["cue"] == "warned of"


def test_according_to_a_source_the_parse_made_the_root_ends_at_its_comma(nlp):
    # "According to a poll, rebels lead.", with "poll" parsed as the sentence's root
    rows = [
        ("According", 3, "case", "VERB", "VBG", "accord"),
        ("to", 0, "fixed", "ADP", "IN", "to"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("poll", 3, "ROOT", "NOUN", "NN", "poll"),
        (",", 6, "punct", "PUNCT", ",", ","),
        ("rebels", 6, "nsubj", "NOUN", "NNS", "rebel"),
        ("lead", 3, "acl:relcl", "VERB", "VBP", "lead"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, True, True, False, True, True, False, False]
    found_ = attributions_of_parse(nlp, rows, spaces)
    assert [(a.source.text, a.cue.text, a.content.text) for a in found_] == [
        ("a poll", "According to", "rebels lead")
    ]


def test_a_roundup_line_more_from_a_source_names_it(nlp):
    text = (
        "The pollsters disagreed.\n\n"
        "More from Jones: “The partisanship of the state population is a starting point.”"
    )
    a = one(nlp, text, "partisanship")
    assert a["source"] == "Jones"


def test_a_report_verb_the_parse_made_an_adjective_is_read_from_the_word_order(nlp):
    # "Haddad expressed concern that talks failed.", with "expressed" an adjective of the
    # noun "concern" made the root
    rows = [
        ("Haddad", 2, "obl:unmarked", "PROPN", "NNP", "Haddad"),
        ("expressed", 2, "amod", "ADJ", "JJ", "expressed"),
        ("concern", 2, "ROOT", "NOUN", "NN", "concern"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("talks", 5, "nsubj", "NOUN", "NNS", "talk"),
        ("failed", 2, "acl", "VERB", "VBD", "fail"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True] * 5 + [False, False]
    expressed = [a for a in attributions_of_parse(nlp, rows, spaces) if a.cue.text == "expressed"]
    assert expressed and expressed[0].source.text == "Haddad"
    assert expressed[0].content.text.startswith("concern that talks failed")


def test_a_time_the_parse_made_a_clause_is_not_what_was_said(nlp):
    # "Haddad said Wednesday he agrees.", with "Wednesday" parsed as a second clause
    rows = [
        ("Haddad", 1, "nsubj", "PROPN", "NNP", "Haddad"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("Wednesday", 1, "ccomp", "PROPN", "NNP", "Wednesday"),
        ("he", 4, "nsubj", "PRON", "PRP", "he"),
        ("agrees", 1, "ccomp", "VERB", "VBZ", "agree"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True] * 4 + [False, False]
    found_ = attributions_of_parse(nlp, rows, spaces)
    assert [(a.cue.text, a.content.text) for a in found_] == [("said", "he agrees")]
    # ... or as a second subject, which is no part of the speaker
    rows[2] = ("Wednesday", 1, "nsubj", "PROPN", "NNP", "Wednesday")
    found_ = attributions_of_parse(nlp, rows, spaces)
    assert [(a.source.text, a.content.text) for a in found_] == [("Haddad", "he agrees")]


def test_a_raising_report_names_no_source_and_keeps_its_subject_in_the_content(nlp):
    a = one(nlp, "The commander is said to have ordered the withdrawal.", "ordered the withdrawal")
    assert a["cue"] == "said" and a["source"] is None
    assert a["content"].startswith("The commander")


def test_a_broadcast_channel(nlp):
    a = one(nlp, "“We will not sign,” the foreign minister said on state television.", "sign")
    assert a["source"] == "the foreign minister" and a["channel"] == "state television"


def test_a_participle_on_a_speech_verb_speaks_with_that_verbs_subject(nlp):
    # "Kyiv did not object, an official said, adding that talks would resume.", as a parser
    # read it: "said" a parataxis under "object", the highest verb, whose subject is Kyiv
    rows = [
        ("Kyiv", 3, "nsubj", "PROPN", "NNP", "Kyiv"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "advmod", "PART", "RB", "not"),
        ("object", 3, "ROOT", "VERB", "VB", "object"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("an", 6, "det", "DET", "DT", "a"),
        ("official", 7, "nsubj", "NOUN", "NN", "official"),
        ("said", 3, "parataxis", "VERB", "VBD", "say"),
        (",", 9, "punct", "PUNCT", ",", ","),
        ("adding", 7, "advcl", "VERB", "VBG", "add"),
        ("that", 14, "mark", "SCONJ", "IN", "that"),
        ("talks", 14, "nsubj", "NOUN", "NNS", "talk"),
        ("would", 14, "aux", "AUX", "MD", "would"),
        ("resume", 9, "ccomp", "VERB", "VB", "resume"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    spaces = [True, True, True, False, True, True, False, False, True, True, True, True, True]
    spaces += [False, False]
    (a,) = [x for x in attributions_of_parse(nlp, rows, spaces) if x.cue.text == "adding"]
    assert a.source is not None and a.source.text == "an official"


def test_a_letter_or_a_statement_as_the_object_is_how_not_what(nlp):
    assert not found(nlp, "The governor wrote a letter to the council on Friday.")
    assert not found(nlp, "The envoy issued a statement on the ceasefire.")
    # someone else's statement is what a report is about
    a = one(nlp, "Reynolds questioned Santilli's statements about the senator.", "Santilli")
    assert a["cue"] == "questioned"


def test_a_stance_named_by_a_noun_inside_a_report_is_part_of_that_report(nlp):
    statements = found(nlp, "The senator announced his support for the ceasefire plan on Monday.")
    assert [a["cue"] for a in statements] == ["announced"]
    # with no one named outside it, the stance is the statement
    statements = found(nlp, "His support for the ceasefire plan is well known.")
    assert any(a["cue"] == "support for" and a["source"] == "His" for a in statements)


def test_a_subordinate_clause_before_a_quotation_does_not_speak_it(nlp):
    # the parse hangs the second quotation's opening mark on "leave"
    text = (
        "''It is a turning point,'' said Omar Khalil, a negotiator. Unless the rebels quickly "
        "leave the bridge, ''it is very hard to see how the convoy gets through.''"
    )
    a = one(nlp, text, "very hard to see")
    assert a["source"] == "Omar Khalil, a negotiator" and a["cue"] == "said"
    # "As X put it: ''S''" is X's
    a = one(
        nlp, "As Professor Osman put it: ''The border is a line on a map, nothing more.''", "map"
    )
    assert a["source"] == "Professor Osman"


def test_the_speaker_is_the_person_a_source_phrase_is_about(nlp):
    text = (
        "Omar Haddad, an adviser to President Karim Nasser, said the government would not "
        "negotiate under fire."
    )
    assert one(nlp, text, "would not negotiate")["actor"] == "person:omar-haddad"
    text = "A spokesman for President Karim Nasser, Hussein Omar, said the talks were over."
    assert one(nlp, text, "talks were over")["actor"] == "person:hussein-omar"


def test_an_agency_that_quotes_a_speaker_is_the_channel_not_the_source(nlp):
    text = (
        "The official news agency quoted the Foreign Ministry as saying that the strikes "
        "violated the truce."
    )
    statement = only_statement_with(nlp, text, "violated the truce")
    assert statement["source"] == "the Foreign Ministry"
    assert statement["channel"] == "The official news agency"


def test_a_subject_with_a_relative_clause_the_parse_misplaced_is_the_speaker(nlp):
    text = (
        "Karim Nasser, who spoke by phone with the Qatari emir, later said his country wanted "
        "a lasting settlement."
    )
    assert one(nlp, text, "lasting settlement")["source"].startswith("Karim Nasser")


def test_it_as_a_source_is_the_body_it_stands_for(nlp):
    text = "The African Union met in Addis Ababa on Monday. It said observers would go to Goma."
    assert one(nlp, text, "observers would go")["actor"] is not None


def test_what_a_promise_governs_is_no_report_of_its_own(nlp):
    # "attack" is a cue of verbal attacks; here it is what the two sides promised not to do
    got = found(nlp, "Both sides promised not to attack vessels using the agreed corridor.")
    assert [a["cue"] for a in got] == ["promised"]


def test_a_report_joined_deep_inside_what_is_said_is_the_speakers_own(nlp):
    # "urged" hangs on "harbour" in the parse, inside what the council said; its tense is
    # the report's, and it cannot share "had stayed": the council urged
    text = (
        "The fishing council said the boats had stayed in harbour since the storm and urged "
        "the coast guard to reopen the northern lanes."
    )
    said = one(nlp, text, "boats had stayed")
    assert "urged" not in said["content"]
    urged = one(nlp, text, "reopen the northern lanes")
    assert urged["cue"] == "urged" and urged["source"] == "The fishing council"


def test_a_joined_verb_that_shares_the_clauses_verb_group_stays_in_what_is_said(nlp):
    # "seized ... and demanded": the same form, so the rebels' demand, reported by the envoy
    text = "The envoy said the rebels seized the mill and demanded a ransom for the workers."
    assert "demanded a ransom" in one(nlp, text, "seized the mill")["content"]


def test_a_sources_request_to_stay_unnamed_is_no_statement(nlp):
    text = (
        "A border guard, who asked not to be named, said four trucks were turned back. "
        "A driver who requested anonymity said the queue was two kilometres long. "
        "An official, who asked that her name not be used, said the crossing would reopen."
    )
    statements = found(nlp, text)
    assert not [a for a in statements if a["cue"] in ("asked", "requested")]
    assert {a["cue"] for a in statements} == {"said"}


def test_an_armed_group_attacking_a_post_says_nothing(nlp):
    # an assault (the events stage's), not words; a politician's attack on a plan is a report
    text = (
        "The rebels attacked an army outpost near Walikale on Tuesday. Senator Maria Okafor "
        "attacked the budget plan as reckless."
    )
    got = found(nlp, text)
    assert not [a for a in got if "outpost" in a["content"]]
    attack = one(nlp, text, "budget plan")
    assert attack["cue"] == "attacked" and attack["source"] == "Senator Maria Okafor"
