"""Trigger tables for event finding: verbs and event nouns per PLOVER type, their object sets
and the modifiers that retype or block an event noun.

Built from the PLOVER 0.5 manual's category definitions and modes (and the CAMEO codebook
they summarise) plus general English, never from evaluation sentences. One place, so that
a rule change never hunts through code.

The word classes the rules share (judgement words, light verbs, status cues, sectors, places)
live in ``_word_classes``: they are read by every stage of event finding, not only by these
tables.

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
- ``subj:SET``: a subject whose lemma is in the named set, or a crowd of them ("a crowd *of
  demonstrators* gathered");
- ``agent_for``: a person or group as object and a reason with "for" ("hit Trump *for skipping*
  the debate": criticism, not a blow);
- ``agent_in_need``: a people, a country, a side or those in need as object ("helped the
  survivors", "helped Libya"), not a person or team helped out ("let me help you");
- ``agent_reason``: a person or group as object and a reason with "for", "over" or "about"
  ("challenged him *over* his comments");
- ``under_criticism`` (nouns): "under fire" with a reason and no weapon ("came under fire *over*
  the video"; not "came under heavy fire from rebels");
- ``whether``: a whether- or if-clause ("questioned *whether* the server broke the law");
- ``made`` (nouns): a demand someone makes ("their demands", "a demand *by* X *for* Y", "the
  demand that ..."), not demand in the market ("has dampened demand", "oil demand");
- ``willed_refusal``: a negated will or would ("we *will not allow* any ship to dock": a
  warning of what will be stopped);
- ``held_accountable``: will or would with "accountable", "responsible" or "to account"
  ("they *will be held accountable*": a warning; "should be held to account" demands);
- ``protest_rally`` (nouns): a rally that is a protest, not a candidate's campaign event
  ("Sanders' rallies drew 160,000", "said at a rally in Evansville"; "a rally *against* the
  government" is one whoever holds it);
- ``for_needy`` (nouns): for people in need ("an appeal *for the victims*"), not "for calm";
- ``armed`` (nouns): made by armed forces ("the rebels' *advance*", "troops made an *advance*"),
  not "advances in medicine";
- ``named_pobj``: the preposition's object is a named person, organisation or country, not
  a news outlet ("spoke *to Calderon*"; not "spoke to reporters", "talked to CNN");
- ``money`` (nouns): a sum of money given ("a pledge *of $180 million*");
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
threaten        THREATEN -
allow           THREATEN -      willed_refusal
permit          THREATEN -      willed_refusal
tolerate        THREATEN -      willed_refusal
hold            THREATEN -      held_accountable
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
""")

#: Event nouns. Same columns; ``need`` here: ``with`` (a partner), ``compound:SET`` (a
#: modifier from the set), ``plural`` (only the plural: "talks", "sanctions").
NOUNS = _rows("""
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
appeal          AID     economic for_needy
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
critique        DISAPPROVE -
reprimand       DISAPPROVE -
disapproval     DISAPPROVE -
disappointment  DISAPPROVE -    voiced
concern         DISAPPROVE -    voiced
doubt           DISAPPROVE -    voiced
suit            DISAPPROVE -    against
briefing        CONSULT meet    with
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
""")

from newsdesk.nlp.events._vocabulary import (  # noqa: E402  (word tables only)
    MORE_AID_GOODS,
    MORE_NOUNS,
    MORE_REVERSALS,
    MORE_SETS,
    MORE_VERBS,
)

for _table, _more in ((VERBS, MORE_VERBS), (NOUNS, MORE_NOUNS)):
    for _key, _extra in _rows(_more).items():
        _table.setdefault(_key, []).extend(_extra)

#: Readings that undo an earlier act (``Event.reversal``): ``(key, TYPE)`` of a verb or noun
#: row. Typed as PLOVER codes the undoing: lifting sanctions, a curfew or a state of emergency
#: is RETREAT (ease); easing a ban on parties is CONCEDE; violating a ceasefire is FIGHT;
#: reneging on a deal or defying a ban is REJECT; calling off a protest is CONCEDE.
REVERSALS: frozenset[tuple[str, str]] = frozenset({
    *((v, t) for v in "lift ease relax loosen rescind revoke end scrap repeal"
      .split() for t in ("RETREAT", "CONCEDE")),
    ("call+off", "CONCEDE"), ("suspend", "CONCEDE"), ("halt", "CONCEDE"),
    *((v, "FIGHT") for v in "violate breach break".split()),
    *((v, "REJECT") for v in '''violate breach break flout defy renege renege+on back+out abandon
      scrap tear+up withdraw+from pull+out'''.split()),
    ("violation", "FIGHT"), ("violation", "REJECT"), ("breach", "FIGHT"), ("breach", "REJECT"),
    ("lifting", "RETREAT"), ("easing", "RETREAT"),
    *MORE_REVERSALS,
})

#: Named object sets for ``obj:SET`` and ``compound:SET``.
SETS: dict[str, frozenset[str]] = {
    **MORE_SETS,
    "ACCEPTABLE": frozenset("""
        offer proposal invitation plan deal agreement terms demand demands request resolution
        ceasefire truce mediation compromise settlement condition conditions apology
        resignation talks negotiations help support cooperation formula framework roadmap
        initiative arrangement package solution blueprint accord recommendation recommendations""".split()),
    "EASED": frozenset("""
        sanction sanctions embargo embargoes curfew blockade siege emergency law tariff tariffs
        boycott lockdown""".split()),
    "RESTRICTIONS": frozenset("""
        ban bans restriction restrictions control controls measure measures""".split()),
    "SETTLEMENTS": frozenset("""
        proposal plan deal agreement accord formula framework roadmap road-map initiative settlement
        compromise arrangement package ceasefire truce treaty""".split()),
    "DISPUTES": frozenset("dispute disputes conflict row standoff stand-off differences crisis".split()),
    "COMMITMENTS": frozenset("""
        promise promises pledge pledges commitment commitments agreement agreements deal deals accord
        accords treaty treaties pact pacts ceasefire truce arrangement talks negotiations""".split()),
    "TRUCES": frozenset("ceasefire cease-fire truce armistice".split()),
    "DEMANDS": frozenset("demand demands request requests condition conditions".split()),
    "FUNDS": frozenset("money fund funds funding million millions billion thousands cash donations".split()),
    "INSPECTORS": frozenset("""inspector inspectors observer observers monitor monitors peacekeeper
        peacekeepers mission missions""".split()),
    "TIES": frozenset("tie ties relation relations contact contacts".split()),
    "DETENTION": frozenset("station prison jail custody detention cell cells camp barracks".split()),
    "BAIL": frozenset("bail parole".split()),
    "EMBASSIES": frozenset("embassy embassies consulate consulates".split()),
    "ALERT": frozenset("high maximum heightened full red".split()),
    "RULES": frozenset("""
        ban bans embargo curfew law laws order orders resolution resolutions sanction sanctions
        rule rules agreement agreements accord deal treaty pact promise pledge commitment
        ruling injunction constitution airspace border sovereignty""".split()),
    "ROUTES": frozenset("""
        road roads highway highways motorway bridge bridges street streets entrance entrances access
        railway railways rail port ports border crossing crossings traffic route routes""".split()),
    "PROPERTY": frozenset("""
        house houses home homes building buildings office offices shop shops car cars vehicle
        vehicles church churches mosque mosques temple school schools village villages property
        farm farms crop crops field fields store stores""".split()),
    "SHARED": frozenset("intelligence information data expertise technology evidence experience".split()),
    "AID_GOODS": frozenset("""
        aid assistance help relief money fund funds funding loan loans grant grants credit
        food medicine medicines supplies supply weapons arms ammunition asylum refuge shelter
        vaccine vaccines tent tents water equipment peacekeeper peacekeepers tank tanks missile
        missiles jet jets drone drones care therapy treatment logistics sandwiches meals support
        """.split()) | MORE_AID_GOODS,
    "FORCES": frozenset("""
        troop troops soldier soldiers force forces tank tanks warship warships ship ships
        unit units police army reinforcements""".split()),
    "RELATIONS": frozenset("""
        tie ties relation relations aid assistance talk talks negotiation negotiations
        cooperation contact contacts trade funding visit meeting summit ambassador envoy
        diplomat diplomats asset assets export exports import imports flight flights
        deal agreement delivery deliveries shipment shipments programme program operations
        membership investment investments loan loans""".split()),
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
        bullet bullets round rounds salvo salvos gun guns bomb bombs grenade grenades
        airstrike airstrikes strike strikes munition munitions gunship gunships mine mines
        jet jets warplane warplanes bomber bombers sortie sorties""".split()),
    "TERRITORY": frozenset("""
        town towns city cities village villages territory area areas region province
        district base bases airport port capital hill hills stronghold positions settlement
        settlements outpost outposts""".split()),
    "PHONE": frozenset("phone telephone video conference".split()),
    # asked for or sought from someone, they are consulted (CAMEO 04), not made a demand of
    "ADVICE": frozenset("input advice counsel views view opinion opinions guidance feedback".split()),
    "ATROCIOUS": frozenset("war humanity".split()),  # "war crimes", "crimes against humanity"
    "PROTESTERS": frozenset("""protester protesters protestor protestors demonstrator demonstrators
        marcher marchers""".split()),
    "JOINT": frozenset("joint".split()),
    "STREETS": frozenset("street streets".split()),  # "took to the streets": a protest
    "MARTIAL": frozenset("martial".split()),
    "BOMBS": frozenset("car roadside suicide truck pipe".split()),
    "BOMBS_LAID": frozenset("""bomb bombs mine mines landmine landmines explosive explosives device
        devices""".split()),  # planted or laid: "planted a bomb", "the mines were laid"
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
    "rally": frozenset("stock market relief campaign election re-election victory".split()),
    "trip": frozenset("road".split()),
    "drill": frozenset("fire".split()),
    "exercise": frozenset(),
    "killing": frozenset(),
    "probe": frozenset("space".split()),
}
