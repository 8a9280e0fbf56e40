"""More trigger rows, one group per PLOVER type, from the type definitions and the CAMEO codes
under each (their definitions and example verbs), kept apart from ``_lexicon`` so that the
core table stays readable. Same columns and condition kinds as ``_lexicon.VERBS`` / ``NOUNS``;
``_lexicon`` appends these rows after its own (a word's own readings are tried first).

Why: on unseen sentences a third of the misses found no event at all; these are the common
news words of each category that the core table lacked.
"""

from __future__ import annotations

#: Verb rows (``lemma[+particle] TYPE mode need``).
MORE_VERBS = """
# DEMAND (CAMEO 02 appeal, 10 demand): asking hard for something
plead+with      DEMAND  -
plead+for       DEMAND  -
beg             DEMAND  -       xcomp
beg+for         DEMAND  -
implore         DEMAND  -       xcomp
exhort          DEMAND  -       xcomp
lobby           DEMAND  -       xcomp
lobby+for       DEMAND  -
# CONSULT (CAMEO 04)
convene         CONSULT meet
# a short visit to someone named ("swung by Downing Street", "dropped by the French embassy")
stop+by         CONSULT visit   named_pobj
drop+by         CONSULT visit   named_pobj
swing+by        CONSULT visit   named_pobj
huddle+with     CONSULT meet
contact         CONSULT phone   asked_by_others
# briefing someone: informing them in a meeting or call ("briefed the senators", "were briefed by X")
brief           CONSULT meet    agent
# SUPPORT (CAMEO 05 diplomatic cooperation, 051 praise or endorse)
side+with       SUPPORT -
stand+with      SUPPORT -
rally+behind    SUPPORT -
get+behind      SUPPORT -
take+side       SUPPORT -
take+sides      SUPPORT -
get+on          SUPPORT -       on_board
bring+on        SUPPORT -       on_board
vouch+for       SUPPORT -
sympathize+with SUPPORT -
sympathise+with SUPPORT -
compliment      SUPPORT -       agent
extol           SUPPORT -
# COOPERATE (CAMEO 06)
ally+with       COOPERATE -
# AID (CAMEO 07)
lend            AID     -       obj:AID_GOODS
bankroll        AID     economic
# CONCEDE / RETREAT (CAMEO 08 yield)
cede            CONCEDE -
relinquish      CONCEDE -
backtrack       CONCEDE -
backpedal       CONCEDE -
climb+down      CONCEDE -
cave            CONCEDE -
retract         CONCEDE -
recant          CONCEDE -
abdicate        RETREAT -
vacate          RETREAT withdraw obj:TERRITORY
# INVESTIGATE (CAMEO 09)
interview       INVESTIGATE -     asked_by_others
inspect         INVESTIGATE -
interrogate     INVESTIGATE -
# DISAPPROVE (CAMEO 11)
lambast         DISAPPROVE -
# CONCEDE: admitting one's own fault ("acknowledged she misspoke", "admitted mistakes")
admit           CONCEDE -       own_fault
acknowledge     CONCEDE -       own_fault
accept          CONCEDE -       own_fault
# REJECT (CAMEO 12)
disobey         REJECT  -
vote+against    REJECT  -
filibuster      REJECT  -
# THREATEN (CAMEO 13)
blackmail       THREATEN -
# SANCTION (CAMEO 16)
penalise        SANCTION -      agent
penalize        SANCTION -      agent
punish          SANCTION -      agent
# COERCE (CAMEO 17)
apprehend       COERCE  arrest
nab             COERCE  arrest  agent
lock+up         COERCE  arrest  agent
persecute       COERCE  -
repress         COERCE  restrict
oppress         COERCE  restrict
harass          COERCE  -
silence         COERCE  censor  agent
muzzle          COERCE  censor
stifle          COERCE  censor  agent
gag             COERCE  censor  agent
squelch         COERCE  restrict agent
subdue          COERCE  restrict agent
suspend         COERCE  -       agent
expropriate     COERCE  confiscate
nationalise     COERCE  confiscate
nationalize     COERCE  confiscate
# ASSAULT (CAMEO 18)
strangle        ASSAULT beat
poison          ASSAULT -       agent
slash           ASSAULT primitive agent
punch           ASSAULT beat    agent
kick            ASSAULT beat    agent
bludgeon        ASSAULT beat
firebomb        ASSAULT explosives
molest          ASSAULT sexual
decapitate      ASSAULT execute
# FIGHT (CAMEO 19)
annex           FIGHT   occupy
liberate        FIGHT   occupy  obj:TERRITORY
conquer         FIGHT   occupy
reclaim         FIGHT   occupy  obj:TERRITORY
encircle        FIGHT   -       armed_subject
surround        FIGHT   -       armed_subject
push+into       FIGHT   -       armed_subject
# DISAPPROVE, the verbs of political sparring (CAMEO 111 criticize or denounce)
tear+into       DISAPPROVE -
lay+into        DISAPPROVE -
light+into      DISAPPROVE -
unload+on       DISAPPROVE -
fire+back       DISAPPROVE -
hit+back        DISAPPROVE -
swipe+at        DISAPPROVE -
snipe+at        DISAPPROVE -
taunt           DISAPPROVE -    agent
shame           DISAPPROVE -    agent
lecture         DISAPPROVE -    agent
savage          DISAPPROVE -    agent
needle          DISAPPROVE -    agent
ding            DISAPPROVE -    agent
trash           DISAPPROVE -    agent
discredit       DISAPPROVE -
besmirch        DISAPPROVE -
gripe           DISAPPROVE -
grumble         DISAPPROVE -
boo             DISAPPROVE -
# REJECT (CAMEO 12)
contradict      REJECT  -
vote+down       REJECT  -
quash           REJECT  -
nix             REJECT  -
# denying a claim's weight or overruling others' view (CAMEO 12 reject; 'deny responsibility')
play+down       REJECT  -
downplay        REJECT  -
overrule        REJECT  -
have+intention  REJECT  -       none_of
plead           REJECT  -       not_guilty
# SUPPORT (CAMEO 051 praise or endorse)
campaign+for    SUPPORT -       named_pobj
stump+for       SUPPORT -       named_pobj
throw+support   SUPPORT -
lend+support    SUPPORT -
credit          SUPPORT -       agent
flatter         SUPPORT -       agent
cheer           SUPPORT -       agent
embrace         SUPPORT -       agent
tout            SUPPORT -
respect         SUPPORT -       agent
admire          SUPPORT -       agent
# DEMAND (CAMEO 02 appeal, 10 demand): telling or pressing someone to act
encourage       DEMAND  -       xcomp
instruct        DEMAND  -       xcomp
command         DEMAND  -       xcomp
dare            DEMAND  -       xcomp
challenge       DEMAND  -       xcomp
nudge           DEMAND  -       xcomp
prod            DEMAND  -       xcomp
beseech         DEMAND  -       xcomp
clamor+for      DEMAND  -
clamour+for     DEMAND  -
agitate+for     DEMAND  -
# AID (CAMEO 07)
ship            AID     -       obj:AID_GOODS
airdrop         AID     humanitarian
fly+in          AID     -       obj:AID_GOODS
care+for        AID     humanitarian
# AID (CAMEO 07): a fund, shelter or centre set up for aid ("set up a relief fund for the
# victims", "food banks were set up"), not any office or committee (``aid_facility``)
set+up          AID     humanitarian aid_facility
establish       AID     humanitarian aid_facility
# COERCE (CAMEO 17): detaining, putting down protest
clamp+down      COERCE  restrict
tear-gas        COERCE  restrict
teargas         COERCE  restrict
take+into       COERCE  arrest  pobj:DETENTION
crush           COERCE  restrict obj:PROTESTS
quell           COERCE  restrict obj:PROTESTS
put+down        COERCE  restrict obj:PROTESTS
break+up        COERCE  restrict obj:PROTESTS
# removing a person by force ("guards dragged her away", "he was escorted out of the hall")
drag+away       COERCE  arrest  agent
drag+off        COERCE  arrest  agent
haul+away       COERCE  arrest  agent
haul+off        COERCE  arrest  agent
lead+away       COERCE  arrest  agent
whisk+away      COERCE  -       agent
escort+out      COERCE  -       agent
throw+out       COERCE  -       agent
# ASSAULT (CAMEO 18): blows to a person
shove           ASSAULT beat    agent
grab            ASSAULT beat    agent
tackle          ASSAULT beat    agent
fire+on         ASSAULT firearms
fire+at         ASSAULT firearms
# FIGHT (CAMEO 19): taking ground, exchanging fire
take+control    FIGHT   occupy  armed_subject
gain+control    FIGHT   occupy  armed_subject
seize+control   FIGHT   occupy
wrest+control   FIGHT   occupy
take            FIGHT   occupy  obj:TERRITORY
exchange+fire   FIGHT   firearms
skirmish        FIGHT   -
# COOPERATE / AID (CAMEO 062 military cooperation, 072 military aid): training and arming forces
train           COOPERATE military obj:FORCES
arm             AID     military agent
equip           AID     military agent
# RETREAT (CAMEO 08 yield: allow access)
grant+access    RETREAT access
allow+access    RETREAT access
unblock         RETREAT access  obj:ROUTES
# PROTEST (CAMEO 14)
chant           PROTEST demo    subj:PROTESTERS
# MOBILIZE (CAMEO 15 exhibit force posture)
position        MOBILIZE troops obj:FORCES
redeploy        MOBILIZE troops
call+up         MOBILIZE troops obj:FORCES
scramble        MOBILIZE troops obj:WEAPONS
# ASSAULT (CAMEO 181 abduct, 18 mutilate)
take+hostage    ASSAULT abduct
take+hostages   ASSAULT abduct
mutilate        ASSAULT -
# DISAPPROVE: a verbal blow taken at someone ("took a shot at", "took a swipe at")
take+shot       DISAPPROVE -
take+shots      DISAPPROVE -
take+swipe      DISAPPROVE -
take+jab        DISAPPROVE -
take+potshot    DISAPPROVE -
take+potshots   DISAPPROVE -
take+issue      DISAPPROVE -
pounce+on       DISAPPROVE -       pobj:UTTERANCES
jump+on         DISAPPROVE -       pobj:UTTERANCES
seize+on        DISAPPROVE -       pobj:UTTERANCES
yell+at         DISAPPROVE -
shout+at        DISAPPROVE -
scream+at       DISAPPROVE -
find+fault      DISAPPROVE -
# RETREAT / CONCEDE (CAMEO 08 ease restrictions): undoing a restriction, as "lift" and "rescind"
cancel          RETREAT ease    obj:EASED
cancel          CONCEDE ease    obj:RESTRICTIONS
abolish         RETREAT ease    obj:EASED
abolish         CONCEDE ease    obj:RESTRICTIONS
overturn        CONCEDE ease    obj:RESTRICTIONS
scrap           RETREAT ease    obj:EASED
scrap           CONCEDE ease    obj:RESTRICTIONS
# INVESTIGATE (CAMEO 09): sending inspectors or monitors to look into something
send            INVESTIGATE -   obj:INVESTIGATORS
dispatch        INVESTIGATE -   obj:INVESTIGATORS
deploy          INVESTIGATE -   obj:INVESTIGATORS
# THREATEN (CAMEO 13): vowing revenge ("retaliate" itself left out: trade and political retaliation)
vow+revenge     THREATEN -
vow+retaliation THREATEN -
vow+retribution THREATEN -
promise+retaliation THREATEN -
promise+revenge THREATEN -
# ASSAULT / COERCE: holding people as hostages (CAMEO 181) or as shields and prisoners (17)
hold+as         ASSAULT abduct  pobj:HOSTAGES
hold+as         COERCE  -       pobj:CAPTIVES
"""

#: Noun rows (same columns; noun condition kinds).
MORE_NOUNS = """
plea            DEMAND  -
petition        DEMAND  -
parley          CONSULT meet
teleconference  CONSULT phone
videoconference CONSULT phone
tribute         SUPPORT -
congratulations SUPPORT -
gratitude       SUPPORT -
solidarity      SUPPORT -
ratification    AGREE   -
memorandum      AGREE   -
rescue          AID     humanitarian
evacuation      AID     humanitarian
airlift         AID     humanitarian
retraction      CONCEDE -
u-turn          CONCEDE -
abdication      RETREAT -
inspection      INVESTIGATE -
interrogation   INVESTIGATE -
backlash        DISAPPROVE -
objection       DISAPPROVE -
scorn           DISAPPROVE -
insult          DISAPPROVE -
slur            DISAPPROVE -
smear           DISAPPROVE -
snub            REJECT  -
rebuff          REJECT  -
defiance        REJECT  -
intimidation    THREATEN -
blackmail       THREATEN -
reinforcement   MOBILIZE troops plural
repression      COERCE  restrict
persecution     COERCE  -
harassment      COERCE  -
clampdown       COERCE  restrict
indictment      COERCE  arrest
genocide        ASSAULT -
bloodshed       ASSAULT -
cleansing       ASSAULT -
annexation      FIGHT   occupy
onslaught       FIGHT   -
barrage         FIGHT   heavy-weapons
gunfire         FIGHT   firearms
tongue-lashing  DISAPPROVE -
dressing-down   DISAPPROVE -
booing          DISAPPROVE -
plaudit         SUPPORT -
accolade        SUPPORT -
rebellion       PROTEST riot
insurrection    PROTEST riot
sit-down        CONSULT meet
climbdown       CONCEDE -
capitulation    CONCEDE -
pullback        RETREAT withdraw
intifada        PROTEST riot
takedown        DISAPPROVE -
outrage         DISAPPROVE -    voiced
anger           DISAPPROVE -    voiced
indignation     DISAPPROVE -    voiced
frustration     DISAPPROVE -    voiced
dismay          DISAPPROVE -    voiced
displeasure     DISAPPROVE -    voiced
skepticism      DISAPPROVE -    voiced
scepticism      DISAPPROVE -    voiced
opposition      DISAPPROVE -    voiced
"""


#: Undoing readings of the rows above (merged into ``_lexicon.REVERSALS``).
MORE_REVERSALS: frozenset[tuple[str, str]] = frozenset(
    (v, t) for v in "cancel abolish overturn".split() for t in ("RETREAT", "CONCEDE"))
#: Object sets for the rows above (merged into ``_lexicon.SETS``).
MORE_SETS: dict[str, frozenset[str]] = {
    "INVESTIGATORS": frozenset("""inspector inspectors investigator investigators monitor monitors
        observer observers""".split()),
    "HOSTAGES": frozenset("hostage hostages".split()),
    "CAPTIVES": frozenset("shield shields prisoner prisoners captive captives".split()),
    # what someone said or announced, as what critics seize on ("pounced on his *remarks*")
    "UTTERANCES": frozenset("""comment comments remark remarks statement statements word words
        announcement announcements gaffe gaffes tweet tweets speech claim claims admission
        slip misstep""".split()),
}
#: Medical and rescue teams sent or flown in are aid too (CAMEO 073 humanitarian aid): added to
#: ``_lexicon.SETS["AID_GOODS"]``.
MORE_AID_GOODS = frozenset("""doctor doctors medic medics nurse nurses paramedic paramedics surgeon
    surgeons rescuer rescuers""".split())
