"""The core event-noun rows (``_lexicon.NOUNS``): ``lemma TYPE mode need``, one reading a line,
tried in order; the columns are described in ``_lexicon``, which parses these rows and appends
``_vocabulary``'s after them.

Apart so that the table parsing, the object sets and the compound tables stay readable, and a
change of rows touches data only.
"""

from __future__ import annotations

#: Event nouns. Same columns; ``need`` here: ``with`` (a partner), ``compound:SET`` (a
#: modifier from the set), ``plural`` (only the plural: "talks", "sanctions").
NOUN_ROWS = """
agreement       AGREE   -
settlement      AGREE   -       not_quantity
deal            AGREE   -       not_quantity
accord          AGREE   -
treaty          AGREE   -
pact            AGREE   -
pledge          AID     economic money
pledge          AGREE   -
promise         AID     economic money
promise         AGREE   -
commitment      AID     economic money
commitment      AGREE   -
talk            CONSULT meet    plural
meeting         CONSULT meet
summit          CONSULT meet
negotiation     CONSULT meet
consultation    CONSULT meet
visit           CONSULT visit   agent_or_place
call            CONSULT phone   compound:PHONE
call            DEMAND  -       to_act
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
release         RETREAT release of_agent
ceasefire       RETREAT ceasefire
lifting         RETREAT ease    obj:EASED
easing          RETREAT ease    obj:EASED
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
demand          DEMAND  -       made
call+for        DEMAND  -
appeal          AID     economic fundraising
appeal          DEMAND  -       plea
request         DEMAND  -
accusation      DISAPPROVE -
allegation      DISAPPROVE -
criticism       DISAPPROVE -
condemnation    DISAPPROVE -
complaint       DISAPPROVE -
lawsuit         DISAPPROVE -
rebuke          DISAPPROVE -
censure         DISAPPROVE -
critique        DISAPPROVE -
reprimand       DISAPPROVE -
disapproval     DISAPPROVE -
disappointment  DISAPPROVE -    voiced
concern         DISAPPROVE -    voiced
doubt           DISAPPROVE -    voiced
suit            DISAPPROVE -    against
briefing        CONSULT meet    with
briefing        CONSULT meet    for
confidence      SUPPORT -       in
rejection       REJECT  -
refusal         REJECT  -
veto            REJECT  -
denial          REJECT  -
rebuttal        REJECT  -
repudiation     REJECT  -
blame           DISAPPROVE -
denunciation    DISAPPROVE -
tirade          DISAPPROVE -
diatribe        DISAPPROVE -
broadside       DISAPPROVE -
swipe           DISAPPROVE -
jab             DISAPPROVE -
barb            DISAPPROVE -
outcry          DISAPPROVE -
threat          THREATEN -
ultimatum       THREATEN -
protest         PROTEST demo
demonstration   PROTEST demo
rally           PROTEST demo    protest_rally
march           PROTEST demo
sit-in          PROTEST obstruct
picket          PROTEST demo
walkout         PROTEST strike
stoppage        PROTEST strike
walk-off        PROTEST strike
walkoff         PROTEST strike
condolence      SUPPORT -
sortie          FIGHT   heavy-weapons
custody         COERCE  arrest
uprising        PROTEST riot
revolt          PROTEST riot
mutiny          PROTEST riot
vigil           PROTEST demo
alert           MOBILIZE troops compound:ALERT
hearing         INVESTIGATE -   into
audit           INVESTIGATE -
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
internment      COERCE  arrest
eviction        COERCE  deport
lockdown        COERCE  restrict
restriction     COERCE  restrict plural
purge           COERCE  -
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
atrocity        ASSAULT -
crime           ASSAULT -       compound:ATROCIOUS
crime           ASSAULT -       obj:ATROCIOUS
use             ASSAULT -       obj:WEAPONS
slaying         ASSAULT -
beheading       ASSAULT execute
hostage-taking  ASSAULT abduct
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
counterattack   FIGHT   -
counter-attack  FIGHT   -
counteroffensive FIGHT  -
counter-offensive FIGHT -
incursion       FIGHT   occupy
gunbattle       FIGHT   firearms
shootout        FIGHT   firearms
violation       FIGHT   -       obj:TRUCES
violation       REJECT  -       obj:RULES
breach          FIGHT   -       obj:TRUCES
breach          REJECT  -       obj:RULES
firefight       FIGHT   firearms
fire            DISAPPROVE -    under_criticism
gunfight        FIGHT   firearms
war             FIGHT   -       partner
siege           FIGHT   -
advance         FIGHT   -       armed
hostility       FIGHT   -       plural
trip            TRAVEL  -
journey         TRAVEL  -
tour            TRAVEL  -       dest
"""
