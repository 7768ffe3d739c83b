"""The events stage's word sets and thresholds, each with its source: one place for them all."""

from __future__ import annotations

# Prepositions that introduce a target ("talks with X", "fired on X", "called on X").
TARGET_CASES = {"with", "against", "on", "upon", "at", "to"}


FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}


HYPOTHETICAL_AUX = {"could", "might", "may"}


PERFECT_AUX = {"have", "has", "had"}


CONDITION_MARKS = {"if", "unless"}


# "Should X meet ...": a condition by inversion.
INVERTED_CONDITION = {"should", "were", "had"}


# Clauses that tell what has not happened yet ("until the treaty is signed").
HYPOTHETICAL_MARKS = {"until", "unless", "lest"}


# Verbs whose object is the one who should act ("urged both sides to keep talking").
OBJECT_CONTROL = {"ask", "urge", "want", "call", "press", "order", "tell", "invite", "force"}


# Relations along which a trigger's complement hangs below it (what is asked, agreed, alleged).
COMPLEMENT_PATH = {"xcomp", "ccomp", "obj", "obl", "advcl", "conj", "nmod", "acl"}


# Marks of an adverbial clause that tells another time or reason, not the trigger's content.
SEPARATE_MARKS = {"after", "before", "while", "when", "as", "because", "since", "until", "once"}


# Types an agreement to meet turns into: "agreed to meet again" is a meeting promised.
PROMISABLE = {"CONSULT"}


# Words that make the place a clause names: locative prepositions, nouns a place name
# modifies ("the Kerem Shalom crossing") or is "of" ("the town of Baidoa"), verbs of motion.
PLACE_CASES = {"in", "at", "near", "outside", "inside", "to", "into"}


# A country is the place of an event only when it is where it happened ("talks in Belarus").
COUNTRY_CASES = {"in", "at"}


PLACE_NOUNS = {
    "city",
    "town",
    "village",
    "region",
    "province",
    "state",
    "department",
    "district",
    "capital",
    "crossing",
    "base",
    "port",
    "airport",
    "camp",
    "border",
    "area",
    "outskirts",
}


PLACE_VERBS = {"leave", "enter", "reach", "visit", "capture", "seize", "shell", "bomb", "besiege"}


# Nouns for the people one meets ("met his counterpart"), as against what one meets ("met the
# deadline"): the team's list from negotiation reporting.
PEOPLE_NOUNS = {
    "counterpart",
    "delegation",
    "envoy",
    "minister",
    "leader",
    "official",
    "negotiator",
    "representative",
    "mediator",
    "president",
    "ambassador",
    "commander",
    "team",
    "side",
    "party",
    "group",
    "rebel",
    "chief",
}


# Words by which a clause tells a time of its own, other than a day ("most recently", "in
# recent days", "earlier this year"): such an act does not take the day of the one before.
OTHER_TIME_WORDS = {
    "recently",
    "recent",
    "earlier",
    "previously",
    "already",
    "before",
    "since",
    "ago",
    "later",
    "last",
    "past",
    "once",
    "formerly",
}


# Promise verbs whose object, not subject, is bound ("the deal commits X to ...").
BINDING = {"commit", "oblige", "obligate", "bind", "require"}


# Nouns of a proposed ceasefire (PLOVER's RETREAT/AGREE ``ceasefire`` mode).
CEASEFIRE_WORDS = {"ceasefire", "truce", "armistice"}


# Penn tags of finite verbs.
# "the government", "the authorities": the state the article is most about.
GOVERNMENT_NOUNS = {"government", "authorities", "administration", "cabinet", "regime"}


# Event types that are themselves acts of speech ("warned that", "accused X of").
SPEECH_ACTS = {"ACCUSE", "THREATEN"}


# How far before a person's name their title may name the body they speak for ("A spokeswoman
# for the TNLA, Lway Yay Oo": 30 characters), within the sentence.
TITLE_WINDOW_CHARS = 40


# Nouns by which a possessive pronoun names its owner's state ("his country").
STATE_NOUNS = {"country", "government", "nation", "state", "administration"}


# Types whose subject, said to act on the far side, gives the article's other party as target.
UNDIRECTED = {"PROTEST", "MOBILIZE"}


# An AGREE announced in a report with no day of its own dates to the report: the announcement
# is the news of the day ("both sides announced that progress had been made").
ANNOUNCING = {"announce", "declare", "confirm", "say", "report"}
