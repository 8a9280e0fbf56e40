"""Word lists the rules share: honorifics, title words, place aliases.

Kept in one place so that tuning a rule never means hunting through code.
"""

from __future__ import annotations

HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "madam", "mister"}
)

#: Nouns that head a title or role ("Foreign *Minister*", "spy *chief*", "*head* of ...").
TITLE_HEADS = frozenset(
    """
    president vice-president leader minister secretary chancellor premier king queen prince princess
    emperor sultan emir sheikh pope cardinal archbishop bishop ambassador envoy diplomat consul
    governor mayor senator congressman congresswoman representative lawmaker legislator deputy
    mp speaker chairman chairwoman chair chairperson ceo cfo coo cto founder director head chief boss
    commander general admiral colonel major captain lieutenant sergeant marshal vice-marshal
    field-marshal officer spokesman spokeswoman spokesperson adviser advisor aide counselor counsellor
    attorney prosecutor judge justice magistrate lawyer economist analyst strategist professor
    researcher scientist official officer negotiator counterpart executive manager editor
    correspondent reporter journalist commissioner inspector superintendent administrator
    treasurer governor-general comptroller regent rector dean principal coach striker captain
    candidate nominee incumbent member delegate activist campaigner inspector-general
    prime-minister then-president then-leader undersecretary under-secretary ex-president
    ag sen rep gov gen lt col sgt capt cmdr adm supt insp pres
    """.split()
)

#: Words that may sit inside a title before its head ("*acting deputy assistant* secretary").
TITLE_MODIFIERS = frozenset(
    """
    acting deputy assistant vice former then ex senior junior chief principal foreign interior
    defence defense finance trade economy economic health education justice home state prime
    general attorney executive managing supreme top special associate first second lead
    permanent national regional federal provincial presidential interim caretaker outgoing
    incoming retired late spy intelligence security military army navy naval air police
    opposition party majority minority house senate central bank union labour labor
    environment energy agriculture transport culture science technology industry
    commerce treasury budget development affairs chief-of-staff cabinet sports health-care
    """.split()
)

#: Single-word titles that, capitalised before a name, are a title even out of context.
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS

#: Words ending a premodifier scan: a title never runs through them.
TITLE_BREAKERS = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "and", "or", "with", "by", "to"})

#: Aliases that name the same place; keys are lowercased surface forms.
PLACE_ALIASES = {
    "us": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "america": "United States",
    "the united states": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "the uk": "United Kingdom",
    "the united kingdom": "United Kingdom",
    "dprk": "North Korea",
    "rok": "South Korea",
    "prc": "China",
    "uae": "United Arab Emirates",
    "eu": "European Union",
    "un": "United Nations",
    "u.n.": "United Nations",
}

DIRECTIONS = frozenset({"north", "south", "east", "west"})

#: Speech and reporting nouns that are not titles even when capitalised at a line start.
NOT_TITLES = frozenset({"said", "says", "told", "according", "when", "while", "as", "but"})
