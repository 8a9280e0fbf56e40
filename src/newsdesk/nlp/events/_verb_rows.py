"""The core verb trigger rows (``_lexicon.VERBS``): ``lemma[+particle] TYPE mode need``, one
reading a line, a word's readings tried in order; the columns and condition kinds are described
in ``_lexicon``, which parses these rows and appends ``_vocabulary``'s after them.

Apart so that the table parsing, the object sets and the compound tables stay readable, and a
change of rows touches data only.
"""

from __future__ import annotations

#: Verb triggers. ``lemma+particle`` for phrasal verbs and verb + preposition ("call+for").
VERB_ROWS = """
agree           AGREE   -       agreement
sign            AGREE   -
ratify          AGREE   -
accept          AGREE   -       obj:ACCEPTABLE
endorse         AGREE   -       obj:SETTLEMENTS
embrace         AGREE   -       obj:SETTLEMENTS
settle          AGREE   -       obj:DISPUTES
resolve         AGREE   -       obj:DISPUTES
consent         AGREE   -
swear           AGREE   -       infinitive
propose         AGREE   -       xcomp_or:ACCEPTABLE
ink             AGREE   -       obj:SETTLEMENTS
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
receive         RETREAT access  obj:INSPECTORS
admit           RETREAT access  obj:INSPECTORS
receive         AID     -       obj:AID_GOODS
receive         CONSULT host    agent
sit+down        CONSULT meet    with
negotiate       CONSULT meet
mediate         CONSULT mediate
consult         CONSULT meet    with
confer          CONSULT meet    with
talk            CONSULT meet    with
speak           CONSULT meet    with
speak+to        CONSULT meet    named_pobj
talk+to         CONSULT meet    named_pobj
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
champion        SUPPORT -       agent_or_obj
salute          SUPPORT -       agent
bar             COERCE  ban     agent
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
apologise       SUPPORT -
apologize       SUPPORT -
yield           CONCEDE -       human
relent          CONCEDE -
accede          CONCEDE -
capitulate      CONCEDE -
compromise      CONCEDE -
pardon          CONCEDE -
lift            RETREAT ease    obj:EASED
lift            CONCEDE ease    obj:RESTRICTIONS
ease            RETREAT ease    obj:EASED
ease            CONCEDE ease    obj:RESTRICTIONS
relax           RETREAT ease    obj:EASED
relax           CONCEDE ease    obj:RESTRICTIONS
loosen          RETREAT ease    obj:EASED
loosen          CONCEDE ease    obj:RESTRICTIONS
rescind         RETREAT ease    obj:EASED
rescind         CONCEDE ease    obj:RESTRICTIONS
revoke          RETREAT ease    obj:EASED
repeal          CONCEDE ease    obj:RESTRICTIONS
end             RETREAT ease    obj:EASED
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
exchange        COOPERATE -     obj:SHARED
coordinate      COOPERATE -     with
establish       SUPPORT -       obj:TIES
restore         SUPPORT -       obj:TIES
upgrade         SUPPORT -       obj:TIES
normalise       SUPPORT -       obj:TIES
normalize       SUPPORT -       obj:TIES
defend          SUPPORT -       agent
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
withdraw+from   REJECT  -       pobj:COMMITMENTS
withdraw        SANCTION withdraw obj:ENVOYS
withdraw        RETREAT withdraw
retreat         RETREAT withdraw
pull+out        AID     humanitarian from_rubble
pull+out        RETREAT withdraw
pull+back       RETREAT withdraw
release         RETREAT release agent
free            RETREAT release agent
repatriate      RETREAT release
hand+over       AID     -       obj:AID_GOODS
hand+over       RETREAT return
contribute      AID     peacekeeping obj:FORCES
contribute      AID     -       obj:AID_GOODS
evacuate        AID     humanitarian agent
evacuate        RETREAT withdraw obj:TERRITORY
rescue          AID     humanitarian agent
treat           AID     humanitarian agent
feed            AID     humanitarian agent
vaccinate       AID     humanitarian agent
reopen          RETREAT access  obj:ROUTES
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
ask+for         CONSULT meet    pobj:ADVICE
ask+for         DEMAND  -
ask             DEMAND  -       xcomp
order           DEMAND  -       xcomp
press           DEMAND  -       xcomp
pressure        DEMAND  -       xcomp
pressurise      DEMAND  -       xcomp
pressurize      DEMAND  -       xcomp
push+for        DEMAND  -
push            DEMAND  -       xcomp
petition        DEMAND  -
set             DEMAND  -       obj:DEMANDS
lay+out         DEMAND  -       obj:DEMANDS
lay+down        DEMAND  -       obj:DEMANDS
resist          REJECT  -       obj_any
ignore          REJECT  -       obj:DEMANDS
balk            REJECT  -
stonewall       REJECT  -
intimidate      THREATEN -
scold           DISAPPROVE -
reproach        DISAPPROVE -
accuse          DISAPPROVE -
implicate       DISAPPROVE -
question        DISAPPROVE -    agent_or_obj
question        DISAPPROVE -    whether
go+after        DISAPPROVE -
take+to         COERCE  arrest  pobj:DETENTION
laugh+at        DISAPPROVE -
scoff+at        DISAPPROVE -
sneer+at        DISAPPROVE -
jeer            DISAPPROVE -
heckle          DISAPPROVE -
critique        DISAPPROVE -
disapprove      DISAPPROVE -
reprimand       DISAPPROVE -
mock            DISAPPROVE -
ridicule        DISAPPROVE -
deride          DISAPPROVE -
berate          DISAPPROVE -
chastise        DISAPPROVE -
admonish        DISAPPROVE -
fault           DISAPPROVE -    agent
bash            DISAPPROVE -    agent
insult          DISAPPROVE -
disparage       DISAPPROVE -
smear           DISAPPROVE -    agent
vilify          DISAPPROVE -
demonize        DISAPPROVE -
demonise        DISAPPROVE -
want            DEMAND  -       xcomp
pull+from       AID     humanitarian agent
pull            AID     humanitarian from_rubble
dig+out         AID     humanitarian from_rubble
dig             AID     humanitarian from_rubble
drag            AID     humanitarian from_rubble
shelter         AID     asylum  agent
house           AID     asylum  agent
use             ASSAULT -       obj:WEAPONS
land            FIGHT   heavy-weapons weapon_subject
tell            DEMAND  -       xcomp
warn            DEMAND  -       xcomp
persuade        DEMAND  -       xcomp
seek            CONSULT meet    obj:ADVICE
seek            DEMAND  -       obj_any
communicate     CONSULT meet    with
join+forces     COOPERATE -
work+with       COOPERATE -
recommend       SUPPORT -       agent
vote+for        SUPPORT -       named_pobj
launch          FIGHT   heavy-weapons obj:WEAPONS
rob             COERCE  confiscate
steal           COERCE  confiscate
forbid          COERCE  restrict
help            AID     -       agent_in_need
assist          AID     -       agent
distribute      AID     -       obj:AID_GOODS
raise           AID     economic obj:FUNDS
hit             FIGHT   heavy-weapons weapon_subject
hit             DISAPPROVE -    agent_for
hit             FIGHT   heavy-weapons armed_subject
target          FIGHT   heavy-weapons armed_subject
knock           DISAPPROVE -    agent_for
challenge       DISAPPROVE -    agent_reason
confront        DISAPPROVE -    agent_reason
grill           DISAPPROVE -    agent_reason
rip             DISAPPROVE -    agent_for
advance         FIGHT   -       armed_subject
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
summon          CONSULT meet    pobj:TALKS
summon          DISAPPROVE -    agent
assail          DISAPPROVE -
excoriate       DISAPPROVE -
pillory         DISAPPROVE -
lampoon         DISAPPROVE -
skewer          DISAPPROVE -    agent
belittle        DISAPPROVE -
denigrate       DISAPPROVE -
malign          DISAPPROVE -
slander         DISAPPROVE -
defame          DISAPPROVE -
impugn          DISAPPROVE -
upbraid         DISAPPROVE -
bemoan          DISAPPROVE -
lament          DISAPPROVE -
rail+against    DISAPPROVE -
rail+at         DISAPPROVE -
hit+out         DISAPPROVE -
call+out        DISAPPROVE -    agent
speak+out       DISAPPROVE -
take+aim        DISAPPROVE -
point+finger    DISAPPROVE -
disapprove+of   DISAPPROVE -
reject          REJECT  -
refuse          REJECT  -
deny            COERCE  arrest  obj:BAIL
deny            REJECT  -
dismiss         REJECT  -       obj_any
rebuff          REJECT  -
veto            REJECT  -
turn+down       REJECT  -
decline         REJECT  -       xcomp_or_obj
spurn           REJECT  -
repudiate       REJECT  -
snub            REJECT  -
disavow         REJECT  -
disown          REJECT  -
rebut           REJECT  -
refute          REJECT  -
dispute         REJECT  -       obj_any
brush+off       REJECT  -
brush+aside     REJECT  -
shrug+off       REJECT  -
wave+off        REJECT  -
rule+out        REJECT  -
bristle+at      REJECT  -
threaten        THREATEN -       human
allow           THREATEN -      willed_refusal
permit          THREATEN -      willed_refusal
tolerate        THREATEN -      willed_refusal
hold            THREATEN -      held_accountable
hold            DEMAND  -       to_account
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
walk+out        PROTEST strike  human
revolt          PROTEST riot    human
strike+down     REJECT  -
strike          PROTEST strike  intransitive
strike          FIGHT   heavy-weapons weapon_subject
strike          FIGHT   heavy-weapons armed_subject
strike          ASSAULT -       obj_any
blockade        PROTEST obstruct
deploy          MOBILIZE troops
mobilise        MOBILIZE troops
mobilize        MOBILIZE troops
mass            MOBILIZE troops obj:FORCES
station         MOBILIZE troops obj:FORCES
reinforce       MOBILIZE troops obj:FORCES
strengthen      MOBILIZE troops obj:FORCES
bolster         MOBILIZE troops obj:FORCES
beef+up         MOBILIZE troops obj:FORCES
build+up        MOBILIZE troops obj:FORCES
boost           MOBILIZE troops obj:FORCES
increase        MOBILIZE troops obj:FORCES
gather          PROTEST demo    subj:PROTESTERS
assemble        PROTEST demo    subj:PROTESTERS
converge        PROTEST demo    subj:PROTESTERS
come+out        PROTEST demo    subj:PROTESTERS
turn+out        PROTEST demo    subj:PROTESTERS
take+to         PROTEST demo    pobj:STREETS
amass           MOBILIZE troops obj:FORCES
muster          MOBILIZE troops obj:FORCES
dispatch        MOBILIZE troops obj:FORCES
move            MOBILIZE troops obj:FORCES
prohibit        COERCE  ban     obj:BANNABLE
prohibit        SANCTION restrict
close           SANCTION withdraw obj:EMBASSIES
disperse        COERCE  restrict agent
sanction        SANCTION -      agent
embargo         SANCTION restrict
ban             COERCE  ban     obj:BANNABLE
ban             SANCTION restrict
expel           SANCTION expel  obj:ENVOYS
expel           COERCE  deport
suspend         CONCEDE -       obj:PROTESTS
suspend         SANCTION discontinue obj:RELATIONS
cut             SANCTION discontinue obj:RELATIONS
pull            SANCTION discontinue obj:RELATIONS
sever           SANCTION withdraw obj:RELATIONS
break+off       SANCTION withdraw obj:RELATIONS
break           FIGHT   -       obj:TRUCES
break           REJECT  -       obj:COMMITMENTS
break           SANCTION withdraw obj:RELATIONS
violate         FIGHT   -       obj:TRUCES
violate         REJECT  -       obj:RULES
breach          FIGHT   -       obj:TRUCES
breach          REJECT  -       obj:RULES
flout           REJECT  -       obj:RULES
defy            REJECT  -       obj:RULES
renege+on       REJECT  -
renege          REJECT  -
back+out        REJECT  -       pobj:COMMITMENTS
pull+out        REJECT  -       pobj:COMMITMENTS
abandon         REJECT  -       obj:COMMITMENTS
scrap           REJECT  -       obj:COMMITMENTS
tear+up         REJECT  -       obj:COMMITMENTS
freeze          SANCTION discontinue obj:RELATIONS
halt            CONCEDE -       obj:PROTESTS
halt            SANCTION discontinue obj:RELATIONS
recall          SANCTION withdraw obj:ENVOYS
cancel          SANCTION withdraw obj:RELATIONS
cut+off         SANCTION discontinue obj:RELATIONS
withhold        SANCTION discontinue obj:RELATIONS
stop            CONCEDE -       obj:PROTESTS
stop            SANCTION discontinue obj:RELATIONS
downgrade       SANCTION withdraw obj:RELATIONS
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
seize           FIGHT   occupy  obj:TERRITORY
seize           COERCE  confiscate
impound         COERCE  confiscate
censor          COERCE  censor
outlaw          COERCE  ban
dissolve        COERCE  ban     obj:BANNABLE
shut+down       COERCE  ban     obj:BANNABLE
close+down      COERCE  ban     obj:BANNABLE
suppress        COERCE  restrict obj:BANNABLE
intern          COERCE  arrest
banish          COERCE  deport
charge          COERCE  arrest  agent
seal+off        COERCE  restrict
cordon+off      COERCE  restrict
block           PROTEST obstruct obj:ROUTES
block           COERCE  restrict agent
set+fire        COERCE  destroy
burn            COERCE  destroy obj:PROPERTY
loot            COERCE  confiscate
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
plant           ASSAULT explosives obj:BOMBS_LAID
lay             ASSAULT explosives obj:BOMBS_LAID
torch           COERCE  destroy obj:PROPERTY
torch           ASSAULT primitive
abuse           ASSAULT beat    agent
beat            ASSAULT beat    agent
injure          ASSAULT -       agent
wound           ASSAULT -       agent
maim            ASSAULT -
terrorise       ASSAULT -
terrorize       ASSAULT -
fight           FIGHT   -       not_obj:ABSTRACT
clash           FIGHT   -
battle          FIGHT   -
shell           FIGHT   heavy-weapons
bombard         FIGHT   heavy-weapons
fire            FIGHT   heavy-weapons obj:WEAPONS
drop            FIGHT   heavy-weapons obj:WEAPONS
rain            FIGHT   heavy-weapons obj:WEAPONS
exchange        FIGHT   firearms obj:WEAPONS
push+back       FIGHT   -       armed_subject
push+back       REJECT  -       human
repel           FIGHT   -
repulse         FIGHT   -
counterattack   FIGHT   -
counter-attack  FIGHT   -
pound           FIGHT   heavy-weapons obj:TERRITORY
strafe          FIGHT   heavy-weapons
overrun         FIGHT   occupy
storm           FIGHT   occupy  obj:TERRITORY
shoot+down      FIGHT   -
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
"""
