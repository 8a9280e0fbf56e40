"""Trigger tables for event finding: verbs and event nouns per PLOVER type, their object sets
and the modifiers that retype or block an event noun.

Built from the PLOVER 0.5 manual's category definitions and modes (and the CAMEO codebook
they summarise) plus general English, never from evaluation sentences. One place, so that
a rule change never hunts through code.

The word classes the rules share (judgement words, light verbs, status cues, sectors, places)
live in ``_word_classes``: they are read by every stage of event finding, not only by these
tables.

Trigger tables are ``lemma[+particle] TYPE mode need`` rows (``-`` for none), kept as text in
``_verb_rows`` / ``_noun_rows`` (then ``_vocabulary``'s) and parsed here. ``need`` names what
the parse must show before the word counts as an event:

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
  demand that ...", "*made* a final demand"), not demand in the market ("has dampened demand",
  "oil demand");
- ``plea`` (nouns): an appeal someone makes, not a candidate's pull ("appeal *among* voters",
  "*broad* appeal");
- ``to_act`` (nouns): an infinitive saying what someone is to do ("his *calls to end* the war"),
  not a phone call ("a call to his mother");
- ``willed_refusal``: a negated will or would ("we *will not allow* any ship to dock": a
  warning of what will be stopped);
- ``own_fault``: one's own fault admitted, as object ("admitted *mistakes*") or as a clause
  about oneself ("acknowledged *she* misspoke"), not a fact about others, not denied;
- ``none_of``: the object noun denied ("have *no* intention of", "does not have any intention");
- ``on_board``: a person or group as object and a bare "on board" ("got the union *on board*"),
  not boarding a ship;
- ``not_guilty``: a denied "guilty" ("pleaded *not guilty* to fraud": denying the charge;
  "pleaded guilty" admits it);
- ``held_accountable``: will or would with "accountable", "responsible" or "to account"
  ("they *will be held accountable*": a warning; "should be held to account" demands);
- ``to_account``: "accountable" or "to account" with no will or would, not negated ("we need
  to *hold the agency accountable*": asking that someone answer for their acts);
- ``protest_rally`` (nouns): a rally that is a protest, not a candidate's campaign event
  ("Sanders' rallies drew 160,000", "said at a rally in Evansville"; "a rally *against* the
  government" is one whoever holds it);
- ``for_needy`` (nouns): for people in need ("an appeal *for the victims*"), not "for calm";
- ``fundraising`` (nouns): a collection of help: for people in need, for a sum of money, or
  launched or run by someone with no "against", "to" or "for" phrase ("launched an appeal");
- ``armed`` (nouns): made by armed forces ("the rebels' *advance*", "troops made an *advance*"),
  not "advances in medicine";
- ``asked_by_others``: a person or group as object, asked or contacted by others than the press
  or the writer ("investigators interviewed the pilot"; not "CNN interviewed voters", "I
  contacted her");
- ``named_pobj``: the preposition's object is a named person, organisation or country, not
  a news outlet ("spoke *to Calderon*"; not "spoke to reporters", "talked to CNN");
- ``of_agent`` (nouns): whatever an "of" phrase names is someone ("the release *of the
  hostages*", not "of the e-mails");
- ``money`` (nouns): a sum of money given ("a pledge *of $180 million*");
- ``agreement``: not agreeing with an opinion ("agrees with that", "agreed that it was
  wrong"), only to or on something, with someone, or that something will be done.
"""

from __future__ import annotations

from newsdesk.nlp.events._noun_rows import NOUN_ROWS
from newsdesk.nlp.events._verb_rows import VERB_ROWS
from newsdesk.nlp.events._vocabulary import (
    MORE_AID_GOODS,
    MORE_NOUNS,
    MORE_REVERSALS,
    MORE_SETS,
    MORE_VERBS,
)

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


#: Verb triggers (rows in ``_verb_rows``).
VERBS = _rows(VERB_ROWS)

#: Event nouns (rows in ``_noun_rows``).
NOUNS = _rows(NOUN_ROWS)

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
        settlements outpost outposts bridge bridges checkpoint checkpoints airfield airfields airbase
        garrison garrisons barracks refinery refineries oilfield oilfields""".split()),
    "PHONE": frozenset("phone telephone video conference".split()),
    # what someone is summoned for when it is a meeting ("summoned *for talks*")
    "TALKS": frozenset("""talk talks meeting meetings consultation consultations discussion
        discussions negotiation negotiations""".split()),
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
    "briefing": frozenset("press news media".split()),
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
