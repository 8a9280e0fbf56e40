"""Word lists the rules share: honorifics, title words, place aliases.

Kept in one place so that tuning a rule never means hunting through code.
"""

from __future__ import annotations

HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "madam", "mister"}
)

#: Honorifics and titles that state a person's gender ("Ms Park", "spokeswoman Park Min-ji").
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "madam", "dame", "lady"})
MALE_HONORIFICS = frozenset({"mr", "sir", "lord", "mister"})
FEMALE_WORDS = FEMALE_HONORIFICS | frozenset(
    {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess", "empress",
     "duchess"})
MALE_WORDS = MALE_HONORIFICS | frozenset(
    {"spokesman", "chairman", "congressman", "businessman", "king", "prince", "emperor", "duke"})

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
    researcher scientist official negotiator counterpart executive manager editor
    correspondent reporter journalist commissioner inspector superintendent administrator
    treasurer governor-general comptroller regent rector dean principal coach striker
    candidate nominee incumbent member delegate activist campaigner inspector-general
    prime-minister then-president then-leader undersecretary under-secretary ex-president
    ag sen rep gov gen lt col sgt capt cmdr adm supt insp pres
    specialist expert fellow businessman businesswoman entrepreneur farmer worker teacher doctor
    nurse student resident owner seller trader plaintiff survivor coordinator mep vice-chair
    vice-chairman pilot engineer architect banker investor broker consultant historian
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

#: Sovereign states (short English names): a country is never a person, whatever the model says.
COUNTRIES = frozenset(
    name.strip()
    for name in """
    Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|
    Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|
    Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China|Colombia|Comoros|
    Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Denmark|Djibouti|Dominica|Ecuador|Egypt|El Salvador|
    Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|
    Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|
    Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|
    Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|
    Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|
    Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
    North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
    Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|
    Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|
    Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|
    Tonga|Trinidad|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|Uruguay|Uzbekistan|Vanuatu|
    Venezuela|Vietnam|Yemen|Zambia|Zimbabwe
    """.split("|")
    if name.strip()
)

#: ``COUNTRIES`` as compared: lowercased, so "GEORGIA" in a headline is the country too.
COUNTRY_KEYS = frozenset(name.lower() for name in COUNTRIES)


def is_country(text: str) -> bool:
    """``text`` names a sovereign state (compared in lower case)."""
    return text.strip().lower() in COUNTRY_KEYS
