"""Word lists for attribution: cue verbs and nouns, source kinds, outlets.

Tuned on PolNeAR train and the demo gold; one place so a rule change never hunts through code.
"""

from __future__ import annotations

from newsdesk.nlp import speech_verbs as _verbs
from newsdesk.words import OUTLET_KEYS

#: Cue verbs live in the one speech-verb table (``newsdesk.nlp.speech_verbs``), shared with events.
SPEECH_VERBS = _verbs.SPEECH_VERBS
WEAK_VERBS = _verbs.WEAK_VERBS
RELAY_VERBS = _verbs.RELAY_VERBS

#: Nouns that attribute when they govern a "that" clause ("his *warning* that ...").
NOUN_CUES = frozenset(
    """
    statement remark remarks comment comments warning claim claims assertion announcement denial
    insistence argument view belief promise pledge threat accusation allegation suggestion
    assurance admission prediction forecast estimate conclusion message confirmation
    acknowledgment acknowledgement charge complaint concern fear hope expectation contention
    position assessment report reports testimony vow demand proposal
    """.split()
)

#: Nouns of backing whose "among" phrase names the backers and whose possessor is the backed
#: ("the mayor's broad *support* among farmers"): how a poll or a writer tells who favours whom.
BACKING_NOUNS = frozenset({"support"})

#: Heads of descriptions that name people without naming them: an anonymous source.
PERSON_HEADS = frozenset(
    """
    official officials source sources person people aide aides diplomat diplomats analyst analysts
    economist economists expert experts spokesman spokeswoman spokesperson spokespeople resident
    residents witness witnesses lawmaker lawmakers legislator legislators insider insiders worker
    workers survivor survivors crew crews importer importers exporter exporters forecaster
    forecasters observer observers critic critics supporter supporters opponent opponents
    investor investors trader traders banker bankers executive executives employee employees
    farmer farmers voter voters protester protesters protestor protestors activist activists
    negotiator negotiators adviser advisers advisor advisors officer officers member members
    representative representatives leader leaders minister ministers participant participants
    man woman men women citizen citizens villager villagers fisherman fishermen student students
    teacher teachers doctor doctors nurse nurses victim victims relative relatives family families
    strategist strategists scientist scientists researcher researchers commentator commentators
    campaigner campaigners delegate delegates counterpart counterparts staff staffer
    staffers police inspector investigator investigators prosecutor
    prosecutors judge judges lawyer lawyers attorney attorneys senator senators candidate
    candidates republican republicans democrat democrats conservative conservatives liberal
    liberals media press journalist journalists reporter reporters
    """.split()
)

#: Heads of descriptions of institutions ("the central *bank*", "the foreign *ministry*").
INSTITUTION_HEADS = frozenset(
    """
    ministry government office bank commission directorate institute institution agency police
    authorities authority statement documents document results report service company firm
    department council committee court parliament congress senate administration cabinet party
    union association federation organisation organization group board embassy military army
    navy presidency palace kremlin white house campaign team sides side country
    countries nation nations state states city province region league network newspaper paper
    channel broadcaster survey poll study data figures
    """.split()
)

#: Words marking a news outlet as a source: its attributions pass others' words on.
OUTLET_WORDS = frozenset(
    """
    agency news newspaper paper daily times post journal report reports broadcaster television tv
    radio channel wire media outlet website magazine tribune gazette herald
    """.split()
)

#: Phrases that make a description explicitly anonymous.
ANONYMITY_MARKERS = (
    "not to be identified", "not to be named", "condition of anonymity", "anonymity",
    "not authorized to", "not authorised to", "declined to be named", "who declined to be identified",
    "familiar with", "with knowledge of", "briefed on",
)

PRONOUNS_MALE = frozenset({"he", "him", "his"})
PRONOUNS_FEMALE = frozenset({"she", "her", "hers"})
PRONOUNS_GROUP = frozenset({"they", "them", "we", "us"})

#: News outlets that relay others' words (matched on the lower-cased entity name).
KNOWN_OUTLETS = OUTLET_KEYS | {"state media", "state television"}
