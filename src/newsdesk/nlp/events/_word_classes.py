"""Word classes of event finding: judgement words, light verbs, status cues, sectors, places,
people in need and natural hazards.

Apart from the trigger tables (``_lexicon``) because the triggers, arguments, participants
and status stages all read them; built, like the tables, from the PLOVER 0.5 manual and
general English, never from evaluation sentences.
"""

from __future__ import annotations

#: Reporting verbs: the status of what they report is the claim's own, not theirs.
from newsdesk.nlp.speech_verbs import REPORTING_VERBS as REPORTING_VERBS  # one table

# --- judgement -----------------------------------------------------------------------------

#: Words that judge someone or something badly: "called Trump *a fascist*", "said the plan
#: was *reckless*" are criticism (DISAPPROVE) by the speaker.
NEGATIVE_WORDS = frozenset("""
    racist fascist bigot bigoted liar liars lying lie lies dishonest corrupt crook crooked
    incompetent reckless irresponsible dangerous unfit unhinged disgrace disgraceful shameful
    shameless outrageous ridiculous absurd unacceptable illegal illegitimate unfair biased
    hypocrite hypocritical terrible horrible awful pathetic disastrous disaster failure
    mistake wrong insensitive offensive appalling deplorable despicable reprehensible
    inexcusable naive clueless cruel brutal barbaric criminal fraud demagogue extremist
    careless carelessness incompetence disdain insult insulting ludicrous nonsense
    misleading irrational unconstitutional unjust immoral bad worst sabotage cheat mislead
    false untrue baseless unfounded fabricated fabrication
    genocide genocidal atrocity atrocities negligence negligent
    petulant thuggish thug thugs tyrant tyrants tyrannical repressive authoritarian vile divisive
    hateful xenophobic xenophobe sexist misogynist misogynistic homophobic antisemitic anti-semitic
    vulgar nasty disgusting stupid idiotic idiot moron foolish fool dumb crazy insane lunatic
    arrogant greedy selfish coward cowardly deceitful deceptive fraudulent inept shoddy sloppy
    inadequate unqualified unprepared untrustworthy incoherent misguided wrongheaded
    inflammatory vindictive spiteful abusive sleazy inhumane ruthless evil wicked heartless
    callous bully charlatan huckster swindler conman traitor blackmail extortion sham farce
    travesty hoax scam mess embarrassment embarrassing chaotic
    """.split())

#: Words that judge someone well: inside a quotation, "they are *honest* people", "she is
#: *qualified*" praise the one judged (SUPPORT) when that one is a person or group.
PRAISE_WORDS = frozenset("""
    honest decent brave courageous heroic hero heroes admirable honorable honourable dignified
    qualified capable competent talented brilliant outstanding exceptional extraordinary
    remarkable inspiring inspirational legendary trustworthy principled visionary patriot
    patriots
    """.split())

#: Adjectives of judgement that criticise whoever their preposition names ("*critical of*
#: Trump", "*furious at* the company", "*disappointed in* the RNC"): ``word -> prepositions``.
DISAPPROVING_ADJECTIVES: dict[str, frozenset[str]] = {
    **{w: frozenset({"of"}) for w in "critical contemptuous dismissive scornful disdainful".split()},
    **{w: frozenset({"at", "with", "over"}) for w in "furious angry outraged upset livid".split()},
    **{w: frozenset({"in", "with", "by"}) for w in "disappointed disgusted appalled".split()},
    **{w: frozenset({"with", "by", "at", "about", "over"}) for w in """unhappy dissatisfied displeased
        frustrated annoyed irritated incensed dismayed unimpressed exasperated""".split()},
}
#: Adjectives of praise or gratitude towards whoever their preposition names ("*proud of* her",
#: "*grateful to* the rescuers"): the subject supports them (PLOVER SUPPORT, CAMEO 051).
PRAISING_ADJECTIVES: dict[str, frozenset[str]] = {
    "proud": frozenset({"of"}),
    **{w: frozenset({"to"}) for w in "grateful thankful indebted".split()},
}
#: Adjectives of approval whose denial criticises ("*not impressed by* the deal", "was *not happy
#: with* the ruling"): ``word -> prepositions``, read only when the copula or the word is negated.
APPROVING_ADJECTIVES: dict[str, frozenset[str]] = {
    w: frozenset({"with", "by", "about", "at"})
    for w in "impressed pleased happy satisfied thrilled amused".split()
}

# --- carriers ------------------------------------------------------------------------------

#: Verbs (or verb + particle) that carry an event noun: "held *talks*", "imposed *sanctions*".
LIGHT_VERBS = frozenset("""
    hold have conduct stage launch carry mount begin start resume continue attend host pay make
    impose issue file open order provide give grant send deliver offer extend declare announce
    sign reach strike seal clinch conclude finalise finalize broker go join lead organise
    organize call wage fight unleash intensify escalate observe accept take enter agree
    arrange schedule plan propose win secure get face receive suffer undergo come endure lodge
    express voice air register commit perpetrate
    """.split())

#: Light verbs whose subject undergoes the event ("Iran *faces* sanctions").
UNDERGO_VERBS = frozenset("face receive suffer undergo come endure get".split())
#: Light verbs whose subject is given support or aid ("the bill *has* the backing of X").
RECEIVING_VERBS = frozenset("have win gain enjoy secure receive get earn lose".split())

# --- status --------------------------------------------------------------------------------

#: Types whose planned (promised) occurrence PLOVER codes as AGREE ("will release" = intent).
COOPERATIVE_TYPES = frozenset({"COOPERATE", "AID", "RETREAT", "CONCEDE"})
#: Hostile acts whose announced occurrence is a threat ("will impose a curfew"), with the
#: THREATEN mode each becomes (PLOVER's THREATEN modes).
THREAT_MODES: dict[str, dict[str | None, str]] = {
    "COERCE": {"arrest": "arrest", "ban": "ban", "deport": "expel", None: "restrict"},
    "SANCTION": {"expel": "expel", None: "relations"},
    "ASSAULT": {None: "violence"},
    "FIGHT": {"occupy": "territory", None: "violence"},
}

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
POSSIBLE_AUX = frozenset({"may", "might", "could", "can", "ca"})
HYPOTHETICAL_AUX = frozenset({"would", "should", "must", "'d"})
HEDGES = frozenset({"maybe", "perhaps", "possibly", "hopefully", "potentially", "conceivably"})
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})

#: Governing words whose complement event is planned ("agreed *to meet*").
PLAN_WORDS = frozenset("""
    plan intend decide agree promise pledge vow schedule set due expect prepare aim arrange
    commit resolve determine poised slate announce postpone delay reschedule preparation
    preparations plans invitation agenda upcoming stage way ready
    """.split())
#: Governing words whose complement event is only possible ("hoped *to meet*").
POSSIBLE_WORDS = frozenset("""
    hope want wish seek try attempt consider weigh mull explore offer propose suggest threaten
    urge demand ask call press invite willing able likely possible potential chance prospect
    possibility option idea proposal push look need require await bid consideration accuse
    allege suspect power ability capacity capability right authority
    """.split())
#: Governing words that deny their complement event ("refused *to meet*").
NEGATING_WORDS = frozenset("""
    refuse decline fail deny reject avoid cancel prevent block scrap abandon forgo halt stop
    suspend rule call_off without
    """.split())
#: Governing words that keep their complement going ("continued *fighting*").
ONGOING_WORDS = frozenset({"continue", "keep", "go_on", "ongoing"})

#: Adjectives on an event noun that set its status.
NOUN_STATUS = {
    **{w: "planned" for w in """planned proposed upcoming scheduled forthcoming future next expected
                                coming impending prospective intended""".split()},
    **{w: "possible" for w in "potential possible alleged rumoured rumored suspected hypothetical".split()},
    **{w: "ongoing" for w in "ongoing continuing current continued".split()},
    **{w: "negated" for w in "cancelled canceled aborted scrapped".split()},
}
#: Prepositions before an event noun that say it is still to come ("ahead of the summit").
PROSPECT_PREPS = frozenset({"toward", "towards", "before"})
#: Prepositions before an event noun that say it took place ("after his meeting").
PAST_PREPS = frozenset({"after", "since", "following", "during", "at", "in", "amid"})

# --- participants --------------------------------------------------------------------------

#: Head nouns → PLOVER sector codes.
SECTORS: dict[str, str] = {
    **{w: "GOV" for w in """government governments administration ministry ministries minister
        ministers president presidents premier chancellor cabinet official officials authority
        authorities regime delegation delegations diplomat diplomats ambassador ambassadors
        envoy envoys secretary leader leaders mayor governor governors king queen prince
        spokesman spokeswoman spokesperson department state states embassy counterpart
        counterparts negotiator negotiators junta kremlin""".split()},
    **{w: "MIL" for w in """army armies military troops troop soldier soldiers force forces
        navy marines marine militaries general generals commander commanders marshal
        vice-marshal colonel admiral warplanes jets tanks artillery peacekeepers
        peacekeeper aircraft helicopters gunships bombers drones warships""".split()},
    **{w: "COP" for w in "police policeman policemen officers gendarmes gendarmerie".split()},
    **{w: "REB" for w in """rebel rebels insurgent insurgents militant militants guerrilla
        guerrillas separatist separatists jihadist jihadists fighters militia militias""".split()},
    **{w: "LEG" for w in """parliament parliaments lawmaker lawmakers legislator legislators
        senator senators congress senate mp mps legislature assembly""".split()},
    **{w: "JUD" for w in "court courts judge judges tribunal prosecutor prosecutors".split()},
    **{w: "OPP" for w in "opposition dissident dissidents".split()},
    **{w: "SPY" for w in "intelligence spy spies".split()},
    **{w: "UAF" for w in "gunmen gunman assailants assailant attackers attacker".split()},
    **{w: "CVL" for w in """civilian civilians resident residents villager villagers people
        citizens citizen crowd crowds""".split()},
    **{w: "LAB" for w in "worker workers union unions employees miners strikers".split()},
    **{w: "EDU" for w in "student students teacher teachers university universities".split()},
    **{w: "MED" for w in "doctor doctors nurse nurses hospital hospitals".split()},
    **{w: "JRN" for w in "journalist journalists reporter reporters newspaper media".split()},
    **{w: "REF" for w in "refugee refugees migrants migrant asylum-seekers".split()},
    **{w: "REL" for w in "church clergy cleric clerics priest priests imam imams bishop".split()},
    **{w: "BUS" for w in "company companies firm firms businessman businessmen bank banks".split()},
    **{w: "AGR" for w in "farmer farmers peasant peasants".split()},
    **{w: "CRM" for w in "criminal criminals gang gangs smuggler smugglers cartel".split()},
    **{w: "OPP" for w in "protesters protestors demonstrators activists activist".split()},
}
#: Heads that pass a set test on to their "of" phrase ("the *state* of emergency", "*part* of the
#: aid"), and a group its sector ("a *team* of rebel guards" is armed).
OF_HEADS = frozenset("""state part some all most rest bulk remainder number numbers crowd crowds
    group groups thousands hundreds dozens contingent team teams
    ton tons tonne tonnes kg kilogram kilograms pound pounds litre litres liter liters gallon gallons
    barrel barrels dose doses box boxes crate crates bag bags truckload truckloads planeload
    planeloads shipment shipments consignment consignments batch batches load loads sum sums
    amount amounts quantity quantities""".split())
#: Title or description words that mark a former office-holder (PLOVER's ELI sector).
FORMER = frozenset({"former", "ex", "ex-", "retired"})

#: Common nouns that name a place even without a name ("at the border", "in the capital").
PLACE_NOUNS = frozenset("""
    border borders capital city town village province region district country territory nation
    embassy consulate airport port harbour harbor base camp prison jail square street
    palace headquarters compound hotel residence parliament zone area frontier coast island
    soil waters airspace hospital clinic school mosque church market checkpoint office apartment
    building house home bunker
    """.split())
#: Prepositions that introduce where an event takes place.
PLACE_PREPS = frozenset({"in", "at", "on", "near", "outside", "inside", "along", "across",
                         "within", "throughout", "around"})
PRONOUNS_PERSON = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PRONOUNS_SPEAKER = frozenset({"i", "me", "my", "we", "us", "our", "myself", "ourselves"})
PRONOUNS_GROUP = frozenset({"they", "them", "their", "themselves"})
#: Personal pronouns in subject form: someone acts, even when the sentence does not say who.
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
#: Pronouns for someone unnamed ("contacted *anyone* at the firm").
INDEFINITE_PERSONS = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody"})
#: Nouns naming one person by kind or kin, besides titles ("the *woman*", "his *wife*"): what a
#: "he" or "she" may stand for when no one is named before it.
ONE_PERSON_NOUNS = frozenset("""
    person man woman child boy girl baby wife husband mother father son daughter brother sister
    victim suspect prisoner hostage detainee captive protester demonstrator survivor witness
    patient individual parent relative fighter guard soldier sailor photographer artist
    politician ruler dictator employee fisherman foreigner customer driver passenger
    """.split())
#: Of those, the ones of one sex (a "she" is not the husband).
FEMALE_PERSON_NOUNS = frozenset("woman girl wife mother daughter sister".split())
MALE_PERSON_NOUNS = frozenset("man boy husband father son brother".split())


#: People whose being helped is aid, not any favour ("helped *the victims*", not "helped *you*").
IN_NEED = frozenset("""victim victims survivor survivors needy poor family families child children
    people population populations community communities""".split())

#: Natural hazards: when one is the actor ("Cyclone Idai struck Beira"), there is no event
#: between political actors to code.
NATURAL_HAZARDS = frozenset(
    """
    cyclone cyclones hurricane hurricanes typhoon typhoons storm storms tornado tornadoes flood
    floods flooding floodwaters earthquake earthquakes quake quakes tsunami tsunamis rain rains
    rainfall wind winds wildfire wildfires fire fires drought droughts landslide landslides
    mudslide mudslides eruption eruptions volcano avalanche heatwave blizzard snowstorm
    """.split()
)

#: Diseases: like a natural hazard, a flu or a virus that "killed" thousands is no actor of an
#: event between political actors.
DISEASES = frozenset(
    """
    flu influenza virus viruses strain strains pandemic pandemics epidemic epidemics outbreak
    outbreaks disease diseases illness illnesses infection infections cholera malaria measles
    plague ebola tuberculosis cancer
    """.split()
)
