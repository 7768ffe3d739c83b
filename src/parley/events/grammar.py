"""The events stage's word sets and thresholds, each with its source: one place for them all."""

from __future__ import annotations

from pathlib import Path

from parley.wordsets import word_sets

# The open word lists (verbs and nouns) are data: data/word_sets.tsv, each with its source.
_WORDS = word_sets(Path(__file__).parent / "data" / "word_sets.tsv")

# Prepositions that introduce a target ("talks with X", "fired on X", "called on X").
TARGET_CASES = {"with", "against", "on", "upon", "at", "to"}

# First-person pronouns (English grammar's closed class): the speaker's own, and their side's.
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})

# An answer (an acceptance, a refusal, a denial) whose object is a pronoun ("The army rejected
# it", "Masiu rejected that") answers the last act of another side it can answer: a proposal
# (mode "proposed"), a demand, an accusation or a threat (PLOVER's AGREE and REJECT answer
# these; the pronouns are English's personal "it" and its demonstratives).
ANSWERS = frozenset({"AGREE", "REJECT"})
# The verbs of a plain acceptance or refusal ("accepted", "refused"), which with nothing
# named answer the last proposal or demand of another side (``settle._bare_answer``).
ANSWER_VERBS = frozenset({"accept", "agree", "refuse", "reject", "decline"})
ANAPHORIC_OBJECTS = frozenset({"it", "this", "that", "these", "those"})
ANSWERABLE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})

FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}

HYPOTHETICAL_AUX = {"could", "might", "may"}

# Verbs of belief that carry the negation of their complement ("I don't think he came" says he
# did not): English grammar's "negative raising" (Horn 1978).
NEG_RAISING = {"think", "believe", "suppose", "expect", "imagine"}

PERFECT_AUX = {"have", "has", "had"}

# An act that did not happen though no "not" hangs on it: the infinitive of a failure verb
# ("failed to agree on a ceasefire") and an act whose object is "nothing" ("had signed
# nothing with the army"); English negation by lexical means (Quirk et al. 1985, 10.60).
FAILURE_VERBS = {"fail"}
NOTHING_OBJECTS = {"nothing", "none"}

CONDITION_MARKS = {"if", "unless"}

# Verbs that deny a charge ("denied firing on civilians", "dismissed the allegations") and the
# nouns for the charge they answer: PLOVER's REJECT with its "deny" sense (PLOVER codebook).
DENIAL_VERBS = {"deny", "dismiss", "refute", "reject"}
ACCUSATION_NOUNS = {"accusation", "allegation", "charge", "claim", "report", "suggestion"}

# Objects that can only be people ("met them", "is meeting each of them"): English personal
# pronouns in the object case and the distributives that stand for people met one by one.
PERSONAL_OBJECTS = {"him", "her", "them", "us", "me", "you", "each", "both"}


# "Should X meet ...": a condition by inversion.
INVERTED_CONDITION = {"should", "were", "had"}

# Clauses that tell what has not happened yet ("until the treaty is signed") or ask whether it
# did ("clarifying whether lawmakers wanted ...").
HYPOTHETICAL_MARKS = {"until", "unless", "lest", "whether"}

# The relative adverbs that open a continuative relative clause after a comma ("..., where he
# met them"): it tells a new event (Quirk et al. 1985, 17.22).
NARRATIVE_RELATIVIZERS = {"where", "when"}

OBJECT_CONTROL = _WORDS["object_control"]

# Relations along which a trigger's complement hangs below it (what is asked, agreed, alleged).
COMPLEMENT_PATH = {"xcomp", "ccomp", "obj", "obl", "advcl", "conj", "nmod", "acl"}

# Marks of an adverbial clause that tells another time or reason, not the trigger's content.
SEPARATE_MARKS = {"after", "before", "while", "when", "as", "because", "since", "until", "once"}

# Nouns that name a state's armed or police forces without naming the state ("the army",
# "troops", "police"): the article's one such force (``Context.forces_by_noun``).
FORCE_NOUNS = _WORDS["force_nouns"]
POLICE_NOUNS = _WORDS["police_nouns"]

# Types an agreement to meet turns into: "agreed to meet again" is a meeting promised.
PROMISABLE = {"CONSULT"}
# A side committed to something, or reaffirming its commitment to it ("remains committed to the
# ceasefire"), and the verbs that restate a commitment (CAMEO 03 and 0311, reaffirm).
COMMITTED = _WORDS["committed"]
REAFFIRMING = _WORDS["reaffirming"]

# Words that make the place a clause names: locative prepositions, nouns a place name
# modifies ("the Kerem Shalom crossing") or is "of" ("the town of Baidoa"), verbs of motion.
PLACE_CASES = {"in", "at", "near", "outside", "inside", "to", "into"}

# A country is the place of an event only when it is where it happened ("talks in Belarus").
COUNTRY_CASES = {"in", "at"}

PLACE_NOUNS = _WORDS["place_nouns"]

PLACE_VERBS = _WORDS["place_verbs"]

PEOPLE_NOUNS = _WORDS["people_nouns"]

OTHER_TIME_WORDS = _WORDS["other_time_words"]
TALK_CONTAINERS = _WORDS["talk_containers"]
READINESS = _WORDS["readiness"]
DESIRE_VERBS = _WORDS["desire_verbs"]
QUESTION_WORDS = _WORDS["question_words"]
INSIST_VERBS = _WORDS["insist_verbs"]
ASKING_VERBS = _WORDS["asking_verbs"]
OBLIGATION_AUX = _WORDS["obligation_aux"]
# Heads that make a violent or coercive act only proposed (events/unrealised.py).
UNREALISING_VERBS = _WORDS["unrealising_verbs"]
UNREALISING_NOUNS = _WORDS["unrealising_nouns"]
# Dependents by which a verb form has a clause of its own (an object, a complement, a phrase).
CLAUSE_DEPS = {"obj", "obl", "xcomp", "ccomp", "advcl", "nsubj", "iobj"}
# Subjects that name no doer ("it is said", "there was", "what happened").
EMPTY_SUBJECTS = {"it", "there", "this", "that", "what", "which"}
# Determiners that make a noun phrase name one thing ("the shooting", "this attack").
DEFINITE_DETS = {"the", "this", "that", "these", "those"}
# Prepositions that place or date an event named by a noun ("an attack in Kabul", "the raid
# on Monday", "the clashes near Goma").
PLACE_OR_TIME_CASES = {"in", "at", "near", "outside", "on", "during", "after", "inside"}
# Verbs whose subject did the act their object names ("police made three arrests", "the group
# claimed the bombing", "students staged a protest").
DOER_VERBS = {"make", "carry", "conduct", "launch", "stage", "mount", "claim", "commit"} | {
    "perpetrate",
    "organise",
    "organize",
    "lead",
    "hold",
    "join",
}
# Nouns that in political news often name words, not violence ("Trump's attacks on Clinton").
VERBAL_ATTACKS = {"attack", "assault"}
VERBAL_MODIFIERS = _WORDS["verbal_modifiers"]
NOT_YET_MODIFIERS = _WORDS["not_yet_modifiers"]
# Determiners that make a noun phrase a kind, not one event ("every local meeting", "any
# attack").
GENERIC_DETS = {"every", "any", "each", "no"}

BINDING = _WORDS["binding"]

CEASEFIRE_WORDS = _WORDS["ceasefire_words"]

GOVERNMENT_NOUNS = _WORDS["government_nouns"]

# Event types that are themselves acts of speech ("warned that", "accused X of").
SPEECH_ACTS = {"ACCUSE", "THREATEN"}
# The types a report's cue makes an event of by itself (issue 20 item 1: demands, proposals,
# refusals, acceptances, promises, threats, warnings, accusations, denials, appeals, offers).
SPEECH_ACT_TYPES = {"REQUEST", "PROPOSE", "REJECT", "AGREE", "THREATEN", "ACCUSE", "SUPPORT"}
# The speech acts a relative clause still tells when set off by a comma or with a subject of
# its own ("the movement, which accuses the government of ...", "the release, which Minsk has
# refused"): demands, proposals, refusals, threats and accusations; an agreement or a backing
# there says who the doer is ("Abiy, who signed a peace deal in 2018"; with AGREE and SUPPORT
# the pool gained one event and lost two).
RELATIVE_SPEECH_TYPES = {"REQUEST", "PROPOSE", "REJECT", "THREATEN", "ACCUSE"}
# How far a cue may stand from the content it reports for the pair to be one act (a quotation
# and its "he said" a sentence apart are still one report; a cue paragraphs away is not).
SPEECH_GAP_CHARS = 300

# How far before a person's name their title may name the body they speak for ("A spokeswoman
# for the TNLA, Lway Yay Oo": 30 characters), within the sentence.
TITLE_WINDOW_CHARS = 40

STATE_NOUNS = _WORDS["state_nouns"]
SIDE_NOUNS = _WORDS["side_nouns"]
MEMBER_NOUNS = _WORDS["member_nouns"]
ANONYMITY_WORDS = _WORDS["anonymity_words"]

# Types whose subject, said to act on the far side, gives the article's other party as target.
UNDIRECTED = {"PROTEST", "MOBILIZE"}
# Acts whose speaker is not their agent when the report names none: "rights groups say 50
# leaders have been killed" tells who counted the dead, not who killed them (an agentless
# "progress was made" or "prisoners were exchanged" is the speakers' own act).
NOT_THE_SPEAKERS = {"ASSAULT", "THREATEN"}  # "witnesses had been threatened"
# Acts of force a side's "will"/"would" in its own report makes a threat ("we will arrest
# anyone carrying a gun"); a pledged deployment (MOBILIZE) is no threat by itself.
FORCEFUL = {"ASSAULT", "COERCE", "SANCTION"}

ANNOUNCING = _WORDS["announcing"]
ISSUING = _WORDS["issuing"]

# Acts and weapons that, as a clause's subject or a passive's agent, leave the doer unnamed
# ("the explosion killed four", "was hit by a drone").
VIOLENT_MEANS = _WORDS["violent_means"]

# Words that tell a violent verb from a figure of speech (events/figurative.py).
PATIENT_NOUNS = _WORDS["patient_nouns"] | _WORDS["place_nouns"]
PERSON_SUFFIXES = tuple(sorted(_WORDS["person_suffixes"]))
WINNING_VERBS = _WORDS["winning_verbs"]
SHOWING_VERBS = _WORDS["showing_verbs"]
# Verbs of meeting whose object must be someone ("hosted Bush", not "hosted a barbecue").
HOSTING = {"host"}
ARMED_NOUNS = _WORDS["armed_nouns"]
FIGHTER_NOUNS = _WORDS["fighter_nouns"]
RIVALRY_VERBS = _WORDS["rivalry_verbs"]
FIGURATIVE_PHRASALS = _WORDS["figurative_phrasals"]
REFLEXIVES = _WORDS["reflexives"]

# Event types whose doer may go unnamed and still make an event (source unknown, target the
# victims), as event data sets code them: PLOVER's violent and coercive types, and protests
# ("hundreds of protesters gathered": who they are is seldom an actor of the registry).
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
AGENTLESS_TYPES = VIOLENT_TYPES | {"PROTEST"}

# The prepositions that name who meets in a meeting's noun phrase ("a meeting with Abe",
# "talks between Kyiv and Moscow").
MEETING_CASES = ("with", "between")

# How a question word hangs on the verb of an indirect question ("whether he had", "what
# they wanted", "who sent").
QUESTION_DEPS = ("mark", "advmod", "nsubj", "obj")

# The modifiers before a noun that belong to the event it names ("Sunday's deadly suicide
# bombing").
NOUN_MODIFIERS = ("det", "amod", "compound", "nummod", "nmod:poss", "poss")
# a side's own "will"/"would" in its report is an undertaking only with a verb of doing
NOT_UNDERTAKEN = _WORDS["not_undertaken"]
RETALIATION_VERBS = _WORDS["retaliation_verbs"]
# A report that another side did wrong is an accusation (events/wrongs.py).
WRONGDOING_VERBS = _WORDS["wrongdoing_verbs"]
WRONGFUL_ADVERBS = _WORDS["wrongful_adverbs"]
CHARGE_NOUNS = _WORDS["charge_nouns"]
LABELLING_VERBS = _WORDS["labelling_verbs"]
CONTINUING_VERBS = _WORDS["continuing_verbs"]
TERRITORY_NOUNS = _WORDS["territory_nouns"]
INTRUSION_VERBS = _WORDS["intrusion_verbs"]
# Meetings set for a day (Finder._scheduled_meetings).
MEETING_NOUNS = _WORDS["meeting_nouns"]
SCHEDULING_WORDS = _WORDS["scheduling_words"]
RESUMING_VERBS = _WORDS["resuming_verbs"]
# A conditional harm to the other side is a threat (Finder._conditionals).
THREAT_VERBS = _WORDS["threat_verbs"]
THREAT_OBJECTS = _WORDS["threat_objects"]
# Go-betweens of the parties' talks are not parties (Finder._mediators).
MEDIATING_VERBS = _WORDS["mediating_verbs"]
MEDIATOR_NOUNS = _WORDS["mediator_nouns"]
