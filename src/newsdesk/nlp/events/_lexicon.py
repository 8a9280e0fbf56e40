"""Word lists for event finding: triggers per PLOVER type, status cues, sectors, places.

Built from the PLOVER 0.5 manual's category definitions and modes (and the CAMEO codebook
they summarise) plus general English, never from evaluation sentences. One place, so that
a rule change never hunts through code.

Trigger tables are ``lemma[+particle] TYPE mode need`` rows (``-`` for none). ``need`` names
what the parse must show before the word counts as an event:

- ``with``: a "with"/"between" partner or a coordinated/plural subject ("talked with X");
- ``dest``: a destination ("went *to Washington*");
- ``agent``: a direct object that is a person, group, organisation or country ("called Xi");
- ``obj:SET``: a direct object whose lemma is in the named set below ("provided *aid*");
- ``human``: a subject that is not a thing ("workers *struck*", not "prices struck");
- ``xcomp``: an object and an infinitive ("asked X *to* leave");
- ``xcomp_or:SET``: an infinitive, or an object from the set ("offered *talks*");
- ``phonecall``: a person as object, nothing said of them, and a phone in the sentence;
- ``partner``: a person or group as object, or a partner or plural subject ("met the king",
  "the leaders met"; not "met the threshold");
- ``agent_or_place``: an object naming someone or somewhere ("visited Kyiv");
- ``agreement``: not agreeing with an opinion ("agrees with that", "agreed that it was
  wrong"), only to or on something, with someone, or that something will be done.
"""

from __future__ import annotations

Row = tuple[str, "str | None", "str | None"]  # (type, mode, need)


def _rows(table: str) -> dict[str, list[Row]]:
    """``key -> [(type, mode, need), ...]``: a word may have several readings, tried in order."""
    out: dict[str, list[Row]] = {}
    for line in table.strip().splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        key, typ, mode = parts[0], parts[1], parts[2]
        need = parts[3] if len(parts) > 3 else "-"
        out.setdefault(key, []).append((typ, None if mode == "-" else mode, None if need == "-" else need))
    return out


#: Verb triggers. ``lemma+particle`` for phrasal verbs and verb + preposition ("call+for").
VERBS = _rows("""
agree           AGREE   -       agreement
sign            AGREE   -
ratify          AGREE   -
accept          AGREE   -       obj:ACCEPTABLE
promise         AGREE   -       xcomp_or_obj
pledge          AID     economic obj:AID_GOODS
pledge          AGREE   -       xcomp_or_obj
vow             AGREE   -       xcomp_or_obj
commit+to       AGREE   -
offer           AID     -       obj:AID_GOODS
offer           AGREE   -       xcomp_or:ACCEPTABLE
meet            CONSULT meet    partner
meet+with       CONSULT meet
visit           CONSULT visit   agent_or_place
host            CONSULT host    agent
receive         CONSULT host    agent
negotiate       CONSULT meet
mediate         CONSULT mediate
consult         CONSULT meet    with
confer          CONSULT meet    with
talk            CONSULT meet    with
speak           CONSULT meet    with
discuss         CONSULT meet    with
telephone       CONSULT phone   agent
phone           CONSULT phone   agent
call            CONSULT phone   phonecall
support         SUPPORT -       agent_or_obj
endorse         SUPPORT -
praise          SUPPORT -
commend         SUPPORT -
hail            SUPPORT -
applaud         SUPPORT -
laud            SUPPORT -
welcome         SUPPORT -       obj_any
back            SUPPORT -       obj_any
thank           SUPPORT -       agent
congratulate    SUPPORT -       agent
recognise       SUPPORT -       agent
recognize       SUPPORT -       agent
approve         SUPPORT -
forgive         SUPPORT -
concede         CONCEDE -
apologise       CONCEDE -
apologize       CONCEDE -
yield           CONCEDE -       human
relent          CONCEDE -
accede          CONCEDE -
capitulate      CONCEDE -
compromise      CONCEDE -
pardon          CONCEDE -
lift            CONCEDE ease    obj:RESTRICTIONS
ease            CONCEDE ease    obj:RESTRICTIONS
relax           CONCEDE ease    obj:RESTRICTIONS
loosen          CONCEDE ease    obj:RESTRICTIONS
give+up         CONCEDE -
call+off        CONCEDE -       obj:PROTESTS
end             CONCEDE -       obj:PROTESTS
back+down       CONCEDE -
cooperate       COOPERATE -
co-operate      COOPERATE -
collaborate     COOPERATE -
partner         COOPERATE -
team+up         COOPERATE -
extradite       COOPERATE legal
share           COOPERATE -     obj:SHARED
aid             AID     -       agent
donate          AID     economic
fund            AID     economic agent
finance         AID     economic agent
provide         AID     -       obj:AID_GOODS
give            AID     -       obj:AID_GOODS
send            AID     -       obj:AID_GOODS
send            MOBILIZE troops obj:FORCES
deliver         AID     -       obj:AID_GOODS
supply          AID     -       obj:AID_GOODS
grant           AID     -       obj:AID_GOODS
airlift         AID     humanitarian
withdraw        RETREAT withdraw
retreat         RETREAT withdraw
pull+out        RETREAT withdraw
pull+back       RETREAT withdraw
release         RETREAT release agent
free            RETREAT release agent
repatriate      RETREAT release
hand+over       RETREAT return
disarm          RETREAT disarm
demobilise      RETREAT disarm
demobilize      RETREAT disarm
surrender       RETREAT disarm
resign          RETREAT -
step+down       RETREAT -
investigate     INVESTIGATE -
probe           INVESTIGATE -
inquire         INVESTIGATE -
look+into       INVESTIGATE -
demand          DEMAND  -
urge            DEMAND  -
call+for        DEMAND  -
call+on         DEMAND  -
insist+on       DEMAND  -
press+for       DEMAND  -
appeal+for      DEMAND  -
appeal+to       DEMAND  -
request         DEMAND  -
ask+for         DEMAND  -
ask             DEMAND  -       xcomp
order           DEMAND  -       xcomp
accuse          DISAPPROVE -
criticise       DISAPPROVE -
criticize       DISAPPROVE -
condemn         DISAPPROVE -
denounce        DISAPPROVE -
blame           DISAPPROVE -
decry           DISAPPROVE -
deplore         DISAPPROVE -
slam            DISAPPROVE -    agent_or_obj
blast           DISAPPROVE -    agent
rebuke          DISAPPROVE -
censure         DISAPPROVE -
castigate       DISAPPROVE -
chide           DISAPPROVE -
lambaste        DISAPPROVE -
lash+out        DISAPPROVE -
complain        DISAPPROVE -
allege          DISAPPROVE -
sue             DISAPPROVE -
object+to       DISAPPROVE -
oppose          DISAPPROVE -
summon          DISAPPROVE -    agent
reject          REJECT  -
refuse          REJECT  -
deny            REJECT  -
dismiss         REJECT  -       obj_any
rebuff          REJECT  -
veto            REJECT  -
turn+down       REJECT  -
decline         REJECT  -       xcomp_or_obj
spurn           REJECT  -
repudiate       REJECT  -
defy            REJECT  -
snub            REJECT  -
threaten        THREATEN -
warn+of         THREATEN -
warn+against    THREATEN -
menace          THREATEN -
protest         PROTEST demo    human
demonstrate     PROTEST demo    intransitive
rally           PROTEST demo    intransitive
march           PROTEST demo    intransitive
picket          PROTEST demo
riot            PROTEST riot
boycott         PROTEST boycott
strike+down     REJECT  -
strike          PROTEST strike  intransitive
strike          ASSAULT -       obj_any
blockade        PROTEST obstruct
deploy          MOBILIZE troops
mobilise        MOBILIZE troops
mobilize        MOBILIZE troops
mass            MOBILIZE troops obj:FORCES
station         MOBILIZE troops obj:FORCES
reinforce       MOBILIZE troops obj:FORCES
sanction        SANCTION -      agent
embargo         SANCTION restrict
ban             COERCE  ban     obj:BANNABLE
ban             SANCTION restrict
expel           SANCTION expel  obj:ENVOYS
expel           COERCE  deport
suspend         CONCEDE -       obj:PROTESTS
suspend         SANCTION discontinue obj:RELATIONS
cut             SANCTION discontinue obj:RELATIONS
sever           SANCTION withdraw obj:RELATIONS
break+off       SANCTION withdraw obj:RELATIONS
break           SANCTION withdraw obj:RELATIONS
freeze          SANCTION discontinue obj:RELATIONS
halt            CONCEDE -       obj:PROTESTS
halt            SANCTION discontinue obj:RELATIONS
recall          SANCTION withdraw obj:ENVOYS
cancel          SANCTION withdraw obj:RELATIONS
blacklist       SANCTION restrict
arrest          COERCE  arrest
detain          COERCE  arrest
jail            COERCE  arrest
imprison        COERCE  arrest
sentence        COERCE  arrest  agent
convict         COERCE  arrest
prosecute       COERCE  arrest
indict          COERCE  arrest
round+up        COERCE  arrest
deport          COERCE  deport
exile           COERCE  deport
evict           COERCE  deport
confiscate      COERCE  confiscate
seize           COERCE  confiscate
impound         COERCE  confiscate
censor          COERCE  censor
crack+down      COERCE  restrict
restrict        COERCE  restrict
demolish        COERCE  destroy human
raze            COERCE  destroy
bulldoze        COERCE  destroy
destroy         COERCE  destroy human
raid            COERCE  -
attack          ASSAULT -
assault         ASSAULT beat
bomb            ASSAULT explosives
kill            ASSAULT -
murder          ASSAULT -
slay            ASSAULT -
assassinate     ASSAULT assassinate
shoot           ASSAULT firearms agent
gun+down        ASSAULT firearms
open+fire       ASSAULT firearms
stab            ASSAULT primitive
torture         ASSAULT torture
rape            ASSAULT sexual
behead          ASSAULT execute
execute         ASSAULT execute agent
massacre        ASSAULT -
slaughter       ASSAULT -
abduct          ASSAULT abduct
kidnap          ASSAULT abduct
hijack          ASSAULT abduct
ambush          ASSAULT -
lynch           ASSAULT beat
blow+up         ASSAULT explosives
detonate        ASSAULT explosives
torch           ASSAULT primitive
fight           FIGHT   -       not_obj:ABSTRACT
clash           FIGHT   -
battle          FIGHT   -
shell           FIGHT   heavy-weapons
bombard         FIGHT   heavy-weapons
fire            FIGHT   heavy-weapons obj:WEAPONS
invade          FIGHT   occupy
occupy          FIGHT   occupy
besiege         FIGHT   -
capture         FIGHT   occupy  obj:TERRITORY
retake          FIGHT   occupy
recapture       FIGHT   occupy
travel          TRAVEL  -       dest
go              TRAVEL  -       dest
come            TRAVEL  -       dest
head            TRAVEL  -       dest
fly             TRAVEL  -       dest
arrive          TRAVEL  -       dest
leave+for       TRAVEL  -       dest
depart          TRAVEL  -       dest
return          TRAVEL  -       dest
return          RETREAT return  obj_any
tour            TRAVEL  -       dest
""")

#: Event nouns. Same columns; ``need`` here: ``with`` (a partner), ``compound:SET`` (a
#: modifier from the set), ``plural`` (only the plural: "talks", "sanctions").
NOUNS = _rows("""
agreement       AGREE   -
deal            AGREE   -       not_quantity
accord          AGREE   -
treaty          AGREE   -
pact            AGREE   -
pledge          AGREE   -
promise         AGREE   -
commitment      AGREE   -
talk            CONSULT meet    plural
meeting         CONSULT meet
summit          CONSULT meet
negotiation     CONSULT meet
consultation    CONSULT meet
visit           CONSULT visit   agent_or_place
call            CONSULT phone   compound:PHONE
conversation    CONSULT meet    with
discussion      CONSULT meet    with
dialogue        CONSULT meet    with
mediation       CONSULT mediate
dinner          CONSULT meet    meal
lunch           CONSULT meet    meal
breakfast       CONSULT meet    meal
banquet         CONSULT meet    meal
support         SUPPORT -       for
endorsement     SUPPORT -
praise          SUPPORT -       for
backing         SUPPORT -
approval        SUPPORT -       for
concession      CONCEDE -
apology         CONCEDE -
amnesty         CONCEDE -
pardon          CONCEDE -
cooperation     COOPERATE -
co-operation    COOPERATE -
collaboration   COOPERATE -
partnership     COOPERATE -
exercise        COOPERATE military compound:JOINT
drill           COOPERATE military compound:JOINT
extradition     COOPERATE legal
aid             AID     -
assistance      AID     -
donation        AID     economic
bailout         AID     economic
loan            AID     economic with_to
asylum          AID     asylum
withdrawal      RETREAT withdraw
pullout         RETREAT withdraw
retreat         RETREAT withdraw
release         RETREAT release
ceasefire       RETREAT ceasefire
cease-fire      RETREAT ceasefire
truce           RETREAT ceasefire
armistice       RETREAT ceasefire
surrender       RETREAT disarm
disarmament     RETREAT disarm
demobilisation  RETREAT disarm
demobilization  RETREAT disarm
resignation     RETREAT -
repatriation    RETREAT release
investigation   INVESTIGATE -
probe           INVESTIGATE -
inquiry         INVESTIGATE -
enquiry         INVESTIGATE -
inquest         INVESTIGATE -
demand          DEMAND  -
call+for        DEMAND  -
appeal          DEMAND  -
request         DEMAND  -
accusation      DISAPPROVE -
allegation      DISAPPROVE -
criticism       DISAPPROVE -
condemnation    DISAPPROVE -
complaint       DISAPPROVE -
lawsuit         DISAPPROVE -
rebuke          DISAPPROVE -
censure         DISAPPROVE -
rejection       REJECT  -
refusal         REJECT  -
veto            REJECT  -
threat          THREATEN -
ultimatum       THREATEN -
protest         PROTEST demo
demonstration   PROTEST demo
rally           PROTEST demo
march           PROTEST demo
sit-in          PROTEST obstruct
picket          PROTEST demo
walkout         PROTEST strike
strike          PROTEST strike
boycott         PROTEST boycott
riot            PROTEST riot
unrest          PROTEST riot
blockade        PROTEST obstruct
deployment      MOBILIZE troops
mobilisation    MOBILIZE troops
mobilization    MOBILIZE troops
build-up        MOBILIZE troops
buildup         MOBILIZE troops
sanction        SANCTION -      plural
embargo         SANCTION restrict
ban             COERCE  ban     obj:BANNABLE
ban             SANCTION restrict
tariff          SANCTION restrict plural
expulsion       SANCTION expel
arrest          COERCE  arrest
detention       COERCE  arrest
imprisonment    COERCE  arrest
crackdown       COERCE  restrict
curfew          COERCE  curfew
law             COERCE  martial-law compound:MARTIAL
deportation     COERCE  deport
raid            COERCE  -
seizure         COERCE  confiscate
confiscation    COERCE  confiscate
censorship      COERCE  censor
demolition      COERCE  destroy
attack          ASSAULT -
assault         ASSAULT -
bombing         ASSAULT explosives
bomb            ASSAULT explosives compound:BOMBS
killing         ASSAULT -
murder          ASSAULT -
assassination   ASSAULT assassinate
shooting        ASSAULT firearms
stabbing        ASSAULT primitive
massacre        ASSAULT -
abduction       ASSAULT abduct
kidnapping      ASSAULT abduct
hijacking       ASSAULT abduct
ambush          ASSAULT -
torture         ASSAULT torture
rape            ASSAULT sexual
beating         ASSAULT beat
execution       ASSAULT execute
lynching        ASSAULT beat
fighting        FIGHT   -
clash           FIGHT   -
battle          FIGHT   -
combat          FIGHT   -
offensive       FIGHT   -
invasion        FIGHT   occupy
occupation      FIGHT   occupy
airstrike       FIGHT   heavy-weapons
air-strike      FIGHT   heavy-weapons
shelling        FIGHT   heavy-weapons
bombardment     FIGHT   heavy-weapons
skirmish        FIGHT   -
firefight       FIGHT   firearms
gunfight        FIGHT   firearms
war             FIGHT   -       partner
siege           FIGHT   -
hostility       FIGHT   -       plural
trip            TRAVEL  -
journey         TRAVEL  -
tour            TRAVEL  -       dest
""")

#: Named object sets for ``obj:SET`` and ``compound:SET``.
SETS: dict[str, frozenset[str]] = {
    "ACCEPTABLE": frozenset("""
        offer proposal invitation plan deal agreement terms demand demands request resolution
        ceasefire truce mediation compromise settlement condition conditions apology
        resignation talks negotiations help support cooperation""".split()),
    "RESTRICTIONS": frozenset("""
        sanction sanctions ban embargo curfew restriction restrictions blockade siege emergency
        law tariff tariffs control controls measure measures""".split()),
    "SHARED": frozenset("intelligence information data expertise technology".split()),
    "AID_GOODS": frozenset("""
        aid assistance help relief money fund funds funding loan loans grant grants credit
        food medicine medicines supplies supply weapons arms ammunition asylum refuge shelter
        vaccine vaccines tent tents water equipment peacekeeper peacekeepers tank tanks missile
        missiles jet jets drone drones""".split()),
    "FORCES": frozenset("""
        troop troops soldier soldiers force forces tank tanks warship warships ship ships
        unit units police army reinforcements""".split()),
    "RELATIONS": frozenset("""
        tie ties relation relations aid assistance talk talks negotiation negotiations
        cooperation contact contacts trade funding visit meeting summit ambassador envoy
        diplomat diplomats asset assets export exports import imports flight flights
        deal agreement""".split()),
    "PROTESTS": frozenset("""protest protests strike strikes demonstration demonstrations rally
        rallies march marches boycott boycotts sit-in blockade hunger""".split()),
    "ENVOYS": frozenset("""ambassador ambassadors envoy envoys diplomat diplomats peacekeeper
        peacekeepers inspector inspectors observer observers monitor monitors""".split()),
    "BANNABLE": frozenset("""party parties group groups organisation organization
        organisations organizations newspaper newspapers publication publications protest
        protests rally rallies demonstration demonstrations gathering gatherings""".split()),
    "ABSTRACT": frozenset("""
        corruption crime poverty inflation disease fire fires cancer climate change drug
        drugs terrorism extremism case cases charge charges battle battles ban plan law
        decision ruling hunger unemployment racism""".split()),
    "WEAPONS": frozenset("""
        rocket rockets missile missiles shell shells mortar mortars artillery shot shots
        bullet bullets round rounds salvo salvos""".split()),
    "TERRITORY": frozenset("""
        town towns city cities village villages territory area areas region province
        district base bases airport port capital hill hills stronghold positions""".split()),
    "PHONE": frozenset("phone telephone video conference".split()),
    "JOINT": frozenset("joint".split()),
    "MARTIAL": frozenset("martial".split()),
    "BOMBS": frozenset("car roadside suicide truck pipe".split()),
}

#: Modifiers that change a trigger's type or mode ("air strike", "hunger strike").
COMPOUND_RETYPE: dict[tuple[str, str], tuple[str, str | None]] = {
    ("strike", "air"): ("FIGHT", "heavy-weapons"),
    ("strike", "missile"): ("FIGHT", "heavy-weapons"),
    ("strike", "drone"): ("FIGHT", "heavy-weapons"),
    ("strike", "military"): ("FIGHT", "heavy-weapons"),
    ("strike", "rocket"): ("FIGHT", "heavy-weapons"),
    ("strike", "hunger"): ("PROTEST", "strike-hun"),
    ("attack", "suicide"): ("ASSAULT", "suicide-attack"),
    ("attack", "bomb"): ("ASSAULT", "explosives"),
    ("attack", "missile"): ("FIGHT", "heavy-weapons"),
    ("attack", "rocket"): ("FIGHT", "heavy-weapons"),
    ("attack", "air"): ("FIGHT", "heavy-weapons"),
    ("attack", "airstrike"): ("FIGHT", "heavy-weapons"),
    ("attack", "drone"): ("FIGHT", "heavy-weapons"),
    ("bombing", "suicide"): ("ASSAULT", "suicide-attack"),
    ("bomb", "suicide"): ("ASSAULT", "suicide-attack"),
    ("bomber", "suicide"): ("ASSAULT", "suicide-attack"),
    ("raid", "air"): ("FIGHT", "heavy-weapons"),
    ("visit", "state"): ("CONSULT", "visit"),
    ("call", "phone"): ("CONSULT", "phone"),
    ("talk", "peace"): ("CONSULT", "meet"),
    ("deal", "peace"): ("AGREE", None),
    ("law", "martial"): ("COERCE", "martial-law"),
    ("arrest", "house"): ("COERCE", "arrest"),
}

#: Modifiers that mean the noun is not an event at all ("heart attack", "press conference").
COMPOUND_BLOCK: dict[str, frozenset[str]] = {
    "attack": frozenset("heart panic asthma anxiety cyber".split()),
    "strike": frozenset("lucky".split()),
    "meeting": frozenset("shareholder shareholders board annual".split()),
    "call": frozenset("conference roll wake-up close curtain".split()),
    "visit": frozenset("site home doctor".split()),
    "release": frozenset("press news album film".split()),
    "march": frozenset(),
    "support": frozenset("tech technical customer life price".split()),
    "aid": frozenset("hearing".split()),
    "rally": frozenset("stock market relief".split()),
    "trip": frozenset("road".split()),
    "drill": frozenset("fire".split()),
    "exercise": frozenset(),
    "killing": frozenset(),
    "probe": frozenset("space".split()),
}

#: Verbs (or verb + particle) that carry an event noun: "held *talks*", "imposed *sanctions*".
LIGHT_VERBS = frozenset("""
    hold have conduct stage launch carry mount begin start resume continue attend host pay make
    impose issue file open order provide give grant send deliver offer extend declare announce
    sign reach strike seal clinch conclude finalise finalize broker go join lead organise
    organize call wage fight unleash intensify escalate observe accept hold take enter agree
    arrange schedule plan propose win secure get face receive suffer undergo come endure
    """.split())

#: Light verbs whose subject undergoes the event ("Iran *faces* sanctions").
UNDERGO_VERBS = frozenset("face receive suffer undergo come endure get".split())
#: Light verbs whose subject is given support or aid ("the bill *has* the backing of X").
RECEIVING_VERBS = frozenset("have win gain enjoy secure receive get earn lose".split())

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

# --- status --------------------------------------------------------------------------------

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
#: Reporting verbs: the status of what they report is the claim's own, not theirs.
from newsdesk.nlp.speech_verbs import REPORTING_VERBS as REPORTING_VERBS  # noqa: E402  (one table)

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
#: Title or description words that mark a former office-holder (PLOVER's ELI sector).
FORMER = frozenset({"former", "ex", "ex-", "retired"})

#: Common nouns that name a place even without a name ("at the border", "in the capital").
PLACE_NOUNS = frozenset("""
    border borders capital city town village province region district country territory
    embassy consulate airport port harbour harbor base camp prison jail square street
    palace headquarters compound hotel residence parliament zone area frontier coast island
    soil waters airspace hospital school mosque church market checkpoint office apartment
    building house home residence bunker
    """.split())
#: Prepositions that introduce where an event takes place.
PLACE_PREPS = frozenset({"in", "at", "on", "near", "outside", "inside", "along", "across",
                         "within", "throughout", "around"})
PRONOUNS_PERSON = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PRONOUNS_SPEAKER = frozenset({"i", "me", "my", "we", "us", "our", "myself", "ourselves"})
PRONOUNS_GROUP = frozenset({"they", "them", "their", "themselves"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})


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
