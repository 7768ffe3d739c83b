"""Who a source phrase stands for (``attribution/speakers.py``), through the whole pipeline."""

from __future__ import annotations

import re

from tests.conftest import extracted


def test_one_of_them_is_one_of_the_described_group(nlp):
    text = (
        "Two diplomats familiar with the talks said the envoy had put forward a plan. "
        "Kosovo would send a draft statute to its court. "
        "One of them said the Serbian side had not said no."
    )
    _, ex = extracted(nlp, text)
    last = max(ex.attributions, key=lambda a: a.content.pieces[0][0])
    actor = next(a for a in ex.actors if a.id == last.source_actor)
    assert "diplomats" in actor.name


def test_he_who_speaks_after_a_woman_is_not_her(nlp):
    text = (
        "“We will not sign a truce that freezes an occupation,” said Mariam Diallo, who leads "
        "the government delegation. The rebels’ spokesman, Ousmane Keita, rejected the demand. "
        "In a statement on Wednesday, he said the movement would never withdraw."
    )
    _, ex = extracted(nlp, text)
    last = max(ex.attributions, key=lambda a: a.content.pieces[0][0])
    assert last.source_actor == "person:ousmane-keita"


def test_it_that_speaks_after_a_body_is_that_body(nlp):
    text = (
        "Hezbollah fighters fired rockets at two towns overnight, the United Nations Interim "
        "Force in Lebanon said. It said its peacekeepers had not been hit."
    )
    _, ex = extracted(nlp, text)
    first, last = sorted(ex.attributions, key=lambda a: a.content.pieces[0][0])
    assert last.source.text == "It"
    assert last.source_actor is not None and last.source_actor == first.source_actor


def test_the_statement_that_speaks_is_its_issuers(nlp):
    text = (
        "The Mineral Resources Authority said in a statement that the mine would stay shut "
        "until the road was repaired. The statement said 40 workers had been sent home."
    )
    _, ex = extracted(nlp, text)
    first, last = sorted(ex.attributions, key=lambda a: a.content.pieces[0][0])
    assert last.source.text == "The statement"
    assert last.source_actor is not None and last.source_actor == first.source_actor


def test_an_interviews_answers_are_the_interviewees(nlp):
    text = (
        "Colonel Idris Mahamat Saleh commands the border garrison at Tine. Saleh spoke to us "
        "by telephone on Tuesday.\n\n"
        "Q: Have the raids stopped since the agreement?\n\n"
        "A: They have not stopped. We counted four crossings last week alone.\n\n"
        "Q: Will you ask for reinforcements?\n\n"
        "A: We asked in March and we are still waiting for an answer from the capital."
    )
    _, ex = extracted(nlp, text)
    [saleh] = [a for a in ex.actors if a.id == "person:idris-mahamat-saleh"]
    answers = [a for a in ex.attributions if text[slice(*a.source.pieces[0])] == "A"]
    assert len(answers) == 2
    assert {a.source_actor for a in answers} == {saleh.id}


def test_the_interviewee_is_whom_the_introduction_has_speak_whoever_the_answers_name(nlp):
    text = (
        "Ruth Okello, a lawyer, represents the families of the victims. The trial of Peter "
        "Lomuria opened on Monday. She spoke to us after the hearing.\n\n"
        "Q: How did the first day go?\n\n"
        "A: Lomuria pleaded not guilty. Peter Lomuria looked at the families.\n\n"
        "Q: And his lawyer?\n\n"
        "A: He told me that Lomuria was ill. I do not believe it.\n"
    )
    _, ex = extracted(nlp, text)
    [okello] = [a for a in ex.actors if a.name == "Ruth Okello"]
    answers = [a for a in ex.attributions if a.source and a.source.text == "A"]
    assert len(answers) == 2 and {a.source_actor for a in answers} == {okello.id}
    labels = [m.start() for m in re.finditer(r"(?m)^A:", text)]
    assert all((s, s + 1) in okello.mentions for s in labels)
    he = [a for a in ex.attributions if a.source and a.source.text == "He"]
    assert all(a.source_actor != okello.id for a in he)


def test_who_or_which_that_speaks_is_the_actor_the_clause_is_about(nlp):
    text = (
        "Talks resumed in Kampala on Monday. Rosa Ticona, who said the delegates had agreed on "
        "a timetable, left before the vote. The Lakeshore Fishers Association, which said its "
        "boats had been seized, asked for an inquiry."
    )
    _, ex = extracted(nlp, text)
    by_content = {text[slice(*a.content.pieces[0])]: a.source_actor for a in ex.attributions}
    [association] = [a for a in ex.actors if "Association" in a.name]
    assert by_content.get("the delegates had agreed on a timetable") == "person:rosa-ticona"
    assert by_content.get("its boats had been seized") == association.id


def test_an_interview_answer_reporting_someone_else_is_the_guests_statement_too(nlp):
    from tests.conftest import extracted

    text = (
        "Amara Koné, the mediator, spoke to us in Bamako on Friday.\n\n"
        "Q: You met the rebel commander on Sunday. What did he tell you?\n\n"
        "A: I met him for two hours. He told me that his men are ready to withdraw. "
        "I take that seriously.\n"
    )
    _, ex = extracted(nlp, text)
    kone = next(a for a in ex.actors if a.name == "Amara Koné")
    answer = [a for a in ex.attributions if a.content.text.startswith("I met him")]
    assert [a.source_actor for a in answer] == [kone.id]
    assert any(text[s:e] == "I" for s, e in kone.mentions)


def test_a_source_naming_two_bodies_is_the_one_it_is_about(nlp):
    from tests.conftest import extracted

    text = (
        "The EU-funded observer team EUMOT said the ceasefire had held for a week. "
        "EUMOT urged both sides to withdraw heavy weapons."
    )
    _, ex = extracted(nlp, text)
    first = next(a for a in ex.attributions if "ceasefire" in a.content.text)
    assert next(x.name for x in ex.actors if x.id == first.source_actor) == "EUMOT"


def test_a_live_blog_time_or_a_transcript_label_is_no_part_of_the_speaker():
    from parley.actors.registry import person_titles
    from parley.attribution.speakers import without_line_label

    titles = person_titles()

    def trimmed(text: str, source: str) -> str | None:
        s = text.index(source)
        got = without_line_label(text, (s, s + len(source)), titles)
        return text[got[0] : got[1]] if got else None

    blog = "Updates\n09:45 — The army spokesman says the road is open."
    assert trimmed(blog, "09:45 — The army spokesman") == "The army spokesman"
    assert trimmed(blog, "09:45") is None
    talk = "HOST: Minister, your government says the boat was turned back."
    assert trimmed(talk, "HOST: Minister, your government") == "your government"
    assert trimmed("Q: The rangers say they were ambushed.", "Q: The rangers") == "The rangers"
    # a time inside a line is left alone
    line = "By then the 10:30 convoy had left, the driver said."
    assert trimmed(line, "the driver") == "the driver"


def test_a_speaker_after_a_time_the_parse_made_the_subject(nlp):
    from parley.attribution.extract import _after_line_time
    from parley.attribution.spans import Found

    text = (
        "09:45 — The interior ministry's spokesman, Tomas Reyes, accuses the rebels of "
        "shelling the market and says six people were killed."
    )
    doc = nlp(text)
    says = text.index("says")
    f = Found(cue=[(says, says + 4)], content=[(0, len(text) - 1)], source=None)
    got = _after_line_time(doc, f)
    assert got is not None
    assert text[got[0] : got[1]] == "The interior ministry's spokesman, Tomas Reyes"
    assert f.content[0][0] > says  # the content no longer holds the speaker


def test_a_named_speaker_beside_the_title_the_actors_stage_also_found():
    from parley.attribution.speakers import _named_over_described
    from parley.model import Actor

    text = "Government spokesman Colonel Ali Sow said"
    title = Actor("unnamed:government-spokesman:1", "government spokesman", "person")
    named = Actor("person:ali-sow", "Ali Sow", "person")
    inside = [(0, 20, title), (29, 36, named)]
    assert _named_over_described(text, inside) == {"person:ali-sow"}
    text = "A spokesman for President Ali Sow said"
    inside = [(0, 11, title), (26, 33, named)]
    assert _named_over_described(text, inside) == {title.id, named.id}


def test_the_statement_is_the_body_that_issued_it(nlp):
    text = (
        "The Ministry of Foreign Affairs of Lesotho on Monday issued a statement on the "
        "border clash. The statement said two soldiers had crossed the line."
    )
    _, ex = extracted(nlp, text)
    said = next(a for a in ex.attributions if a.source and a.source.text == "The statement")
    actor = next(a for a in ex.actors if a.id == said.source_actor)
    assert "Ministry of Foreign Affairs" in actor.name


def test_it_opening_the_sentence_after_a_long_statement_is_its_body(nlp):
    text = (
        "The African Union observer mission said in a report on Monday that a mortar round "
        "had hit a village near the border, wounding two herders and killing a camel, and "
        "that the origin of the fire could not be established. It urged both armies to "
        "respect the line of contact."
    )
    _, ex = extracted(nlp, text)
    first, last = sorted(ex.attributions, key=lambda a: a.content.pieces[0][0])
    assert last.source.text == "It"
    assert last.source_actor is not None and last.source_actor == first.source_actor


def test_i_in_an_interview_answer_is_the_interviewee(nlp):
    text = (
        "Interview with Mariam Toure, governor of the northern region.\n\n"
        "Q: Are the roads open?\n\n"
        "A: Not yet. The rains came early. I have asked the army to clear the mines.\n"
    )
    _, ex = extracted(nlp, text)
    asked = next(a for a in ex.attributions if a.source and a.source.text == "I")
    assert asked.source_actor == "person:mariam-toure"


def test_the_title_alone_is_the_person_last_named_with_it(nlp):
    text = (
        "On the same day, Deputy Minister of Foreign Affairs Mr. Somsak Vongsa received the "
        "ambassador of Thailand. The Deputy Minister said the two sides would meet again."
    )
    _, ex = extracted(nlp, text)
    said = next(a for a in ex.attributions if a.source.text == "The Deputy Minister")
    assert said.source_actor == "person:somsak-vongsa"


def test_a_surname_spelled_without_its_accents_is_the_person_named_before():
    from parley.attribution.speakers import _by_surname
    from parley.model import Actor

    text = "Trần Văn Lực, the boat's captain, was hurt. Captain Luc said the crew lost all."
    luc = Actor("person:tran-van-luc", "Trần Văn Lực", "person", mentions=[(0, 12)])
    other = Actor("person:nguyen-an", "Nguyễn An", "person", mentions=[(0, 1)])
    s = text.index("Captain Luc")
    source = (s, s + len("Captain Luc"))
    assert _by_surname(text, source, [luc, other]) == luc.id
    # two people of that surname: no answer
    twin = Actor("person:le-van-luc", "Lê Văn Lực", "person", mentions=[(0, 1)])
    assert _by_surname(text, source, [luc, twin]) is None


def test_a_source_no_actor_stands_for_is_an_actor_of_its_own(nlp):
    text = (
        "Gunmen opened fire on a market in the town on Sunday. Witnesses said eight men "
        "arrived in two pickup trucks before dawn. The hospital management said one man "
        "remained in serious condition. Her office said the governor would visit on Monday."
    )
    _, ex = extracted(nlp, text)
    by_id = {a.id: a for a in ex.actors}
    for source in ("Witnesses", "The hospital management"):
        said = next(a for a in ex.attributions if a.source.text == source)
        actor = by_id[said.source_actor]
        assert (said.source.pieces[0][0], said.source.pieces[0][1]) in actor.mentions
    office = next(a for a in ex.attributions if a.source.text == "Her office")
    # the possessor is someone else's mention: the actor's mention is "office" alone
    start = text.index("Her office") + len("Her ")
    assert (start, start + len("office")) in by_id[office.source_actor].mentions


def test_a_sources_own_actor_takes_the_country_its_phrase_names(nlp):
    _, ex = extracted(nlp, "Kenyan exporters said they had not been paid for three months.")
    said = ex.attributions[0]
    actor = next(a for a in ex.actors if a.id == said.source_actor)
    assert actor.id.startswith("unnamed:") and actor.country == "KEN"


def _speaker_of(ex, words: str) -> str | None:
    """The source actor's name of the statement whose content holds ``words``."""
    for a in ex.attributions:
        if words in a.content.text:
            actor = next((x for x in ex.actors if x.id == a.source_actor), None)
            return actor.name if actor is not None else None
    return None


def test_he_after_a_new_subject_is_that_person_not_the_last_speaker(nlp):
    text = (
        "“The bridge stays closed until the barricades are gone,” said Goran Petrić, the "
        "mayor of the northern town. The regional envoy, Tomasz Wierzbicki, opened the "
        "meeting an hour later. “Nobody leaves this room without a timetable,” he said."
    )
    _, ex = extracted(nlp, text)
    assert _speaker_of(ex, "without a timetable") == "Tomasz Wierzbicki"


def test_he_after_a_person_named_in_the_last_statement_stays_the_speaker(nlp):
    text = (
        "Colonel Idrissa Maïga said the army had held back its aircraft while the imam "
        "talked to the gunmen. He said the talks would resume on Friday."
    )
    _, ex = extracted(nlp, text)
    assert _speaker_of(ex, "would resume on Friday") == "Idrissa Maïga"
