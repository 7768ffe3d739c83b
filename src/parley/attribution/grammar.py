"""Attribution's word sets and thresholds, each with its source: one place for them all."""

from __future__ import annotations

from pathlib import Path

from parley.nlp.syntax import DIRECT_OBJ
from parley.wordsets import word_sets

# The open word lists (verbs and nouns) are data: data/word_sets.tsv, each with its source.
_WORDS = word_sets(Path(__file__).parent / "data" / "word_sets.tsv")

# Modifiers that belong to a channel's name ("state television", "a joint news conference").
CHANNEL_MODIFIERS = {"compound", "amod"}

# Relations a parser gives the second noun phrase of "call X Y" (UD's and spaCy's English ones).
PREDICATIVE = {"obj", "dobj", "obl:unmarked", "oprd"}

OBJ = DIRECT_OBJ

PARATAXIS = {"parataxis", "list"}  # "list": how a parser may hang a "many think" set off by commas

# Participles that modify a noun: "the routes proposed by Russia" is no report.
MODIFIER = {"acl", "amod", "acl:relcl", "relcl"}

# Relations by which a cue verb with no subject of its own takes its head's subject
# ("..., adding that S"; "X rose and said S").
INHERIT = {"advcl", "conj", "xcomp", "obl"}

# Classes whose verbs take the content as their object ("denied the report").
OBJECT_CONTENT = {"accusation", "attitude", "evidence", "speech", "intention", "commitment"}

# Classes whose verbs report what follows or precedes them as a whole: "S, the poll found."
REPORTS = {"speech", "evidence"}

DEMANDED = _WORDS["demanded"]

ASKS_TO = _WORDS["asks_to"]

UNNAMED = _WORDS["unnamed"]

LISTENER_OBJECT = _WORDS["listener_object"]

PRONOUNS = {"he", "she", "him", "her"}
# A body as a source ("It said ..."): resolved by the coreference layer alone.
BODY_PRONOUNS = frozenset({"it", "they"})

# How far back (characters, about two sentences of news prose) "he" or "she" still continues
# the last person quoted rather than the last person named.
SPEAKER_CONTINUITY_CHARS = 400
# How far back "It said" still continues the body quoted last: about one sentence ("..., the
# mission said. It said ..."); further back "it" is as often the thing last named (a video, a
# report: PolNeAR dev's "It shows an officer ..." 300 characters after "police have said").
BODY_CONTINUITY_CHARS = 150

QUANTIFIERS = _WORDS["quantifiers"]

# Pronouns that open a relative clause on a person or thing ("X, who ..., said").
RELATIVE_PRONOUNS = {"who", "which"}

# Parts of speech a noun phrase is made of, read from the word order.
NOUN_PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}

# Relations of a noun's modifiers before it ("some", "official", "Democratic").
NOUN_MODIFIERS = {"det", "amod", "nummod", "nmod:poss", "poss"}

# The most characters between a quotation's close and an inverted verb: marks and spaces only
# ("“S,” says X", "“S” — said X"); a longer stretch holds words anyway.
INVERTED_GAP_CHARS = 8

# A report whose cue follows another's content this closely continues it (", stating").
ADJOINING_CHARS = 3

# The longest speaker phrase between a quotation and its verb that the parse may miss ("“S,”
# RSF adviser Mostafa Mohamed Ibrahim said"): a title and a name of four words or so.
TRAILING_SPEAKER_MAX_WORDS = 8

# How many steps up the parse a report joined by "and" may stand from the reported clause it
# was hung in ("said it was appalled by reports that children were among the dead and urged
# all parties to ...": "urged" hangs on "dead", two steps below the clause).
JOINED_REPORT_MAX_STEPS = 6

# A headline's speaker before a colon ("Lynch: No outside influence ...") is a short name.
COLON_SOURCE_MAX_WORDS = 5
# Words before a headline's colon that name the kind of piece, not a speaker ("INTERVIEW: “I
# will not negotiate”", "Exclusive: ..."): the team's list of newsroom rubrics.
RUBRICS = frozenset(
    {
        "analysis",
        "breaking",
        "comment",
        "editorial",
        "exclusive",
        "explainer",
        "factbox",
        "interview",
        "live",
        "opinion",
        "profile",
        "q&a",
        "transcript",
        "update",
        "watch",
    }
)

# Subordinators that open a complement clause ("the claim that S", "asked whether S").
COMPLEMENTIZERS = {"that", "whether", "if"}

# Cue classes whose nouns take a to-infinitive as what is reported ("plans to", "a demand to").
WILL_CLASSES = {"intention", "demand", "commitment"}

# The most words of a line read as a headline ("X Says Y").
HEADLINE_MAX_WORDS = 20

# The preposition that gives a speech or thought verb its topic ("warned about X").
SPEECH_TOPIC = {"about"}

# The most words a speaker set off by commas inside a clause has ("X, many analysts in the
# region believe, Y").
ASIDE_MAX_WORDS = 5

# The most words a speaker after the verb in such an aside has, with an apposition ("X, said
# Ana Ruiz, an analyst at the Institute for Security Studies in Pretoria, would ...").
INVERTED_SPEAKER_MAX_WORDS = 25

# The most words of the giver in "criticism from aid groups in the north over Y".
GIVER_MAX_WORDS = 5

# Prepositions of a time, which open no part of a speaker's phrase ("during the debate");
# "at" and "on" do ("an expert at the Brookings Institution", "the committee on civil
# liberties"), so they are not here (measured on a PolNeAR train sample).
OCCASION_PREPOSITIONS = {"during", "after", "before", "while"}

QUESTION_VERBS = _WORDS["question_verbs"]

INTERROGATIVES = {"whether", "if", "why", "how", "what", "who", "which", "where", "when"}

YES_NO = {"whether", "if"}

# Prepositions of place and time that open no clause, so the noun after them is never a
# subject ("in a later interview said S"), unlike "after X filed", "with X considering"
# (English grammar: Quirk et al. 1985, 9.15-9.47).
PLACE_PREPOSITIONS = {"in", "at", "on", "during", "into", "inside", "among", "throughout"}

# Prepositions that give a stance adjective its topic ("critical of", "upset by", "happy with").
STANCE_PREPOSITIONS = {"of", "about", "with", "by", "at", "over", "toward", "towards", "on"}

# Prepositions that give a reporting noun its topic ("call for", "criticism of", "remarks on").
TOPIC_PREPOSITIONS = {"of", "on", "about", "for", "against", "over"}

ADVERBIAL_OPENERS = _WORDS["adverbial_openers"]

# Dashes that set a dateline or an aside off from a phrase.
DASHES = frozenset({"—", "–", "--"})

# Cue classes whose report inside another report's indirect content is an event of that report
# ("X said both sides had promised to ...": a promise X reports), not a statement of its own.
EMBEDDED_EVENT_CLASSES = {"commitment", "intention", "demand", "cognition"}

# Accusation cue verbs that also name an armed assault ("attacked an outpost"), and the actor
# types (``actors.registry.ACTOR_TYPES``) whose "attack" is that assault, not words
# (``filters._drop_armed_attacks``).
ARMED_ACT_CUES = frozenset({"attack", "assail"})
ARMED_TYPES = frozenset({"military", "group"})

# Share of capitalised words from which a quotation is a title ("Clinton Does Best Where Voting
# Machines Flunk Hacking Tests") or a shouted headline, not something said.
TITLE_SHARE = 0.7
