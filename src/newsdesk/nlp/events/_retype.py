"""Readings that depend on who acts and how, settled once the arguments are known: protesters
occupying a square protest, troops occupying a town fight; a state protesting complains;
officials going abroad visit; force on civilians is ASSAULT, armed sides' force FIGHT; a
promised or announced act is an agreement or a threat (PLOVER: intentions are AGREE).

Apart from ``_find`` because these rules read the participants and the clause around a trigger,
not the article: the finder only calls ``retype`` (and reads ``people_only`` for figurative
battles and verbal attacks).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.nlp.events._countries import country_code, is_country_name
from newsdesk.nlp.events._lexicon import NOUNS, SETS
from newsdesk.nlp.events._participant_phrases import Arguments
from newsdesk.nlp.events._tree import Tree
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._word_classes import COOPERATIVE_TYPES, THREAT_MODES

#: Sectors whose travel abroad is a visit (CAMEO 042 "make a visit"), not a mere trip.
_VISITING_SECTORS = frozenset({"GOV", "MIL", "LEG", "ELI", "SPY", "JUD"})
#: Actor sectors for which an occupation or blockade is a protest, not a military act.
_CIVIL_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "MED", "REF", "REL", "AGR", "JRN", "SOC"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP"})
_COMBAT_MODES = frozenset({None, "explosives", "firearms", "heavy-weapons"})
#: Acts that are violence against civilians whoever commits them (never armed sides' FIGHT).
_ATROCITIES = frozenset({"atrocity", "crime", "massacre", "genocide"})


def retype(trig: Trigger, args: Arguments, status: str, tree: Tree, reported: bool = False) -> None:
    """Readings that depend on who acts: protesters occupying a square protest, troops
    occupying a town fight; a state protesting complains; officials going abroad visit;
    a promised concession, release or aid is an agreement (PLOVER: intentions are AGREE)."""
    sectors = {p.sector for p in args.actors}
    lemma = trig.token.lemma_.lower()
    if lemma in ("occupy", "blockade") and sectors & _CIVIL_SECTORS:
        trig.retype("PROTEST", "obstruct", "civil-obstruct")
    elif lemma in ("blockade", "block") and sectors & _STATE_SECTORS:
        trig.retype("COERCE", "restrict", "state-blockade")
    elif lemma == "protest" and (not trig.noun or trig.carrier.lemma_.lower() in ("lodge", "file")) and (
            sectors & {"GOV"} or any(
            p.entity_id is not None and p.sector is None and p.country and is_country_name(p.name)
            for p in args.actors)):
        trig.retype("DISAPPROVE", None, "state-protest")
    if lemma == "occupy" and trig.type == "FIGHT" and not (sectors & _ARMED_SECTORS or any(
            p.entity_id is not None and p.country and is_country_name(p.name) for p in args.actors)):
        trig.retype("", None, "office")  # "who will occupy the White House": an office, not a territory
    if not trig.noun and trig.type not in ("PROTEST", "") and any(
            p.dep_ == "prep" and p.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() == "protest"
                                                       for g in p.children) for p in tree.kids(trig.carrier)):
        trig.retype("PROTEST", "demo", "in-protest")  # "resigned in protest", "walked out in protest"
    if trig.type == "COOPERATE" and not trig.noun and _against_someone(trig, args, tree):
        # "Rubio and Cruz teamed up against Trump": joining with others against someone rallies
        # opposition to them (CAMEO 113, PLOVER DISAPPROVE)
        trig.retype("DISAPPROVE", None, "rally-against")
    if not trig.noun and trig.type in ("ASSAULT", "FIGHT") and lemma in VERBAL_ATTACKS and _for_reason(
            trig.carrier, tree):
        trig.retype("DISAPPROVE", None, "attacked-for")  # "BP attacked over oil leak video"
    if trig.type == "RETREAT" and not trig.noun and _under_word(trig, tree, _PRESSING):
        # "the scandal forced Schultz to resign": yielding to pressure (CAMEO 083, PLOVER CONCEDE)
        trig.retype("CONCEDE", None, "forced")
    if lemma in ("recognize", "recognise") and trig.type == "SUPPORT" and not trig.noun and _recognised_state(
            trig, args, tree):
        # "recognised the council as the legitimate government", "recognised Kosovo": diplomatic
        # recognition (CAMEO 054, PLOVER COOPERATE), not praise of someone's work
        trig.retype("COOPERATE", None, "recognition")
    if trig.type == "AID" and trig.mode == "economic" and _for_a_campaign(trig, tree):
        # "raised $58 million in support of the senator", "gave $5,000 to his campaign": money for
        # a candidate backs them (the guidelines' SUPPORT), no aid to the needy
        trig.retype("SUPPORT", None, "campaign-money")
    if lemma == "defend" and sectors & _ARMED_SECTORS:
        trig.retype("FIGHT", None, "armed-defence")  # troops defending a town fight
    if trig.type in ("ASSAULT", "FIGHT") and sectors & {"COP"} and not trig.noun:
        trig.retype("COERCE", None, "repression")  # police using force: repression (PLOVER COERCE)
    if trig.type == "TRAVEL" and args.place is not None and _visit(args):
        trig.retype("CONSULT", "visit", "official-visit")
        if not args.recipients:
            args.recipients = [args.place]
    armed_target = any(p.sector in _ARMED_SECTORS for p in args.recipients)
    civilian = any(p.sector in _CIVILIAN_TARGETS for p in args.recipients) and not armed_target
    state = any(p.entity_id is not None and p.sector is None and p.country and is_country_name(p.name)
                for p in args.actors)
    if lemma == "strike" and trig.noun and trig.type == "PROTEST" and (
            trig.carrier.lemma_.lower() in _MILITARY_CARRIERS or armed_target or sectors & {"MIL"}
            or state or any(p.country == "IGO" for p in args.actors)):
        # states and alliances do not go on strike: "NATO strikes", "French strikes" are air strikes
        trig.retype("FIGHT", "heavy-weapons", "military-strike")  # "conducted strikes against forces"
    if trig.type == "COERCE" and lemma == "destroy" and (armed_target or (
            sectors & {"MIL", "REB"} and not _destroys_homes(trig, tree))):
        # "aircraft destroyed government tanks": armed forces destroying in war fight (PLOVER
        # FIGHT); demolishing homes and buildings stays COERCE's destruction of property
        trig.retype("FIGHT", None, "armed-destruction")
    site = _civilian_place(args) or _struck_civilian_site(trig, tree)
    civilian = civilian or site
    if trig.type == "ASSAULT" and not site and lemma not in _ATROCITIES and _war_arms_subject(trig, tree):
        # "missiles struck the capital", "a NATO airstrike killed civilians": the arms of war
        # themselves doing it are conventional force (PLOVER FIGHT, heavy weapons), unless a
        # civilian site is what they hit
        trig.retype("FIGHT", "heavy-weapons", "war-arms")
    elif trig.type in ("FIGHT", "ASSAULT") and civilian and trig.mode != "occupy":
        # violence against civilians, journalists, protesters: PLOVER's ASSAULT
        if trig.type == "FIGHT":
            trig.retype("ASSAULT", None if trig.mode == "heavy-weapons" else trig.mode, "on-civilians")
    elif trig.type == "ASSAULT" and trig.mode in _COMBAT_MODES and lemma not in _ATROCITIES and (
            sectors & {"MIL"} or (armed_target and (trig.mode != "explosives" or _bombed(trig)))
            or (state and not civilian) or _state_target(args) or _in_combat(trig, tree)
            or _military_means(trig, tree)):
        # armed forces using force, or armed sides against each other: PLOVER 0.5's
        # conventional FIGHT, not unconventional ASSAULT (bombs, killings, abductions)
        trig.retype("FIGHT", "heavy-weapons" if trig.mode == "explosives" else trig.mode, "armed-force")
    if trig.type == "FIGHT" and _protesters_clash(args):
        # "clashes between security forces and protesters": FIGHT is force between armed sides;
        # protesters clashing with them riot (PLOVER PROTEST, mode riot), the forces their target
        crowd = [p for p in args.actors + args.recipients if _is_protesters(p.name)]
        others = [p for p in args.actors + args.recipients if not _is_protesters(p.name)]
        args.actors, args.recipients = crowd, others
        trig.retype("PROTEST", "riot", "protesters-clash")
    if trig.type == "PROTEST" and status == "planned" and ((reported and _future(trig, tree)) or _under_word(
            trig, tree, ("threaten", "warn", "vow"))):
        # "they said they would boycott the talks": an announced protest threatens (CAMEO 133)
        trig.retype("THREATEN", None, "announced-protest")
        return
    if trig.type in ("CONSULT", "SUPPORT") and (_willing(trig, tree) or (
            status == "hypothetical" and _conditional(trig, tree))):
        # "ready to host a meeting", "would meet X if ...": willingness to meet or support is
        # PLOVER's AGREE (CAMEO 032, 036), not the meeting itself
        trig.retype("AGREE", None, "willingness")
        return
    if status != "planned" or _under_word(trig, tree, ("agree", "promise", "pledge", "vow", "offer",
                                                      "threaten", "warn")) or _purpose(trig, tree):
        return
    if trig.type in COOPERATIVE_TYPES:
        trig.retype("AGREE", trig.mode or trig.type.lower(), "intent")
    elif trig.type in THREAT_MODES and _believed(trig, tree):
        # "we have good cause to think he will commit atrocities": a hostile act someone
        # else is believed or feared to be about to commit is no threat of theirs but an
        # accusation by the one who fears it (PLOVER DISAPPROVE)
        trig.retype("DISAPPROVE", None, "feared")
    elif trig.type in THREAT_MODES:
        modes = THREAT_MODES[trig.type]
        trig.retype("THREATEN", modes.get(trig.mode, modes[None]), "announced")


def _purpose(trig: Trigger, tree: Tree) -> bool:
    """"will auction prizes *to raise funds*": an infinitive of purpose is what a planned act is
    for, not an act promised or announced in its own right (it keeps its own type)."""
    verb = trig.carrier
    return trig.verbal and not trig.noun and verb.tag_ == "VB" and tree.dep(verb) == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tree.kids(verb))


#: What a state is recognised as ("recognised the council *as the legitimate government*").
_RECOGNISED_AS = frozenset("government representative representatives state authority leadership".split())


def _recognised_state(trig: Trigger, args: Arguments, tree: Tree) -> bool:
    """The verb recognises a country, or someone "as" a government or a people's representative."""
    if any(p.entity_id is not None and p.country and is_country_name(p.name) for p in args.recipients):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "as" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _RECOGNISED_AS for g in p.children)
        for k in [trig.carrier] + [c for c in tree.kids(trig.carrier) if c.dep_ == "dobj"]
        for p in tree.kids(k))


#: Verbs of belief and fear: the clause they take is what someone expects, not what they announce.
_BELIEF_VERBS = frozenset("believe imagine think fear expect suspect worry predict".split())


def _believed(trig: Trigger, tree: Tree) -> bool:
    """The act's clause completes a verb of belief or fear ("believe Gadhafi will commit ...",
    "never imagined they would kill ...") whose subject is not the act's own doer."""
    verb = trig.carrier
    if not trig.verbal or tree.dep(verb) != "ccomp":
        return False
    head = tree.head(verb)
    if head.lemma_.lower() not in _BELIEF_VERBS:
        return False
    own = next((c for c in tree.kids(verb) if c.dep_ == "nsubj"), None)
    believer = next((c for c in tree.kids(head) if c.dep_ == "nsubj"), None)
    return own is not None and (believer is None or believer.lower_ != own.lower_)


#: What campaign money goes to ("gave $500 *to his campaign*").
_CAMPAIGNS = frozenset("campaign campaigns candidacy candidate candidates pac pacs".split())


def _for_a_campaign(trig: Trigger, tree: Tree) -> bool:
    """Money "in support of" someone, or "to"/"for" a campaign or a candidate."""
    heads = {trig.carrier.i: trig.carrier, trig.phrase.i: trig.phrase}
    heads.update({c.i: c for h in list(heads.values()) for c in tree.kids(h) if c.dep_ == "dobj"})
    for h in heads.values():
        for p in tree.kids(h):
            if p.dep_ != "prep":
                continue
            objs = [g for g in p.children if g.dep_ == "pobj"]
            if p.lower_ == "in" and any(g.lemma_.lower() == "support" and any(
                    q.dep_ == "prep" and q.lower_ == "of" for q in g.children) for g in objs):
                return True
            if p.lower_ in ("to", "for") and any(g.lemma_.lower() in _CAMPAIGNS for g in objs):
                return True
    return False


def _is_protesters(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and words[-1] in SETS["PROTESTERS"]


def _protesters_clash(args: Arguments) -> bool:
    """Protesters on one side of a fight and someone else on the other."""
    people = args.actors + args.recipients
    return any(_is_protesters(p.name) for p in people) and any(not _is_protesters(p.name) for p in people)


_WILLING = frozenset({"ready", "willing", "prepared", "eager", "keen", "offer"})


def _willing(trig: Trigger, tree: Tree) -> bool:
    """The act is the infinitive of "ready", "willing", "prepared", "offered"."""
    tok = trig.carrier if trig.verbal else trig.phrase
    for _ in range(3):
        dep, head = tree.dep(tok), tree.head(tok)
        if head.i == tok.i or dep not in ("xcomp", "dobj", "acomp"):
            return False
        if head.lemma_.lower() in _WILLING or head.lower_ in _WILLING:
            return True
        tok = head
    return False


def _conditional(trig: Trigger, tree: Tree) -> bool:
    """The act's clause has an "if"/"unless" condition of its own ("would meet him if he ...")."""
    clauses = [c for c in tree.kids(trig.carrier) if c.dep_ == "advcl"] if trig.verbal else []
    return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for c in clauses for m in c.children)


#: Sectors whose members are not combatants: force against them is ASSAULT.
_CIVILIAN_TARGETS = frozenset({"CVL", "JRN", "MED", "REF", "EDU", "REL", "OPP", "LAB"})
#: Verbs that carry a military strike, not a labour one ("*launched*/*conducted* strikes").
_MILITARY_CARRIERS = frozenset({"launch", "conduct", "carry", "mount", "order", "fly", "intensify"})
#: Places where force falls on civilians ("mortars landed at a *clinic*").
_CIVILIAN_PLACES = frozenset("""
    market marketplace hospital clinic school mosque church synagogue temple bus restaurant cafe
    wedding funeral shop mall hotel house home
    """.split())


def _civilian_place(args: Arguments) -> bool:
    places = ([args.place] if args.place is not None else []) + args.weak_places
    heads = [p.name.lower().split()[-1] for p in places if p.entity_id is None and p.name.strip()]
    return any(h in _CIVILIAN_PLACES for h in heads)


def _struck_civilian_site(trig: Trigger, tree: Tree) -> bool:
    """"two mortars landed *at a medical clinic*" in a named town: the site struck is civilian,
    whatever place the event is filed under."""
    if not trig.verbal:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("at", "on", "into") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _CIVILIAN_PLACES for g in p.children)
        for p in tree.kids(trig.carrier))


#: Arms of regular forces: an attack made with them is conventional war (PLOVER FIGHT).
_MILITARY_MEANS = frozenset("""
    tank tanks artillery plane planes jet jets warplane warplanes helicopter helicopters gunship
    gunships weaponry aircraft warship warships
    """.split())


def _military_means(trig: Trigger, tree: Tree) -> bool:
    """"attacking us *using heavy weaponry, tanks and planes*", "attacked the town *with tanks*"."""
    if not trig.verbal:
        return False
    means: list[Token] = []
    for c in tree.kids(trig.carrier):
        if c.dep_ == "advcl" and c.lemma_.lower() == "use":
            means += [g for g in tree.kids(c) if g.dep_ == "dobj"]
        elif c.dep_ == "prep" and c.lower_ == "with":
            means += [g for g in c.children if g.dep_ == "pobj"]
    means += [g for m in list(means) for g in m.children if g.dep_ == "conj"]
    return any(m.lemma_.lower() in _MILITARY_MEANS or m.lower_ in _MILITARY_MEANS for m in means)


#: Arms of war that strike from afar: as a subject, the force is conventional (PLOVER FIGHT).
_WAR_ARMS = frozenset("""
    rocket rockets missile missiles shell shells artillery airstrike airstrikes warplane warplanes
    jet jets bomber bombers gunship gunships salvo salvos
    """.split())


def _war_arms_subject(trig: Trigger, tree: Tree) -> bool:
    """The verb's subject is an arm of war ("60 *missiles* struck the capital", "the *airstrike*
    killed ten"), or its compound ("air strike")."""
    if trig.noun or not trig.verbal:
        return False
    subj = next((c for c in tree.kids(trig.carrier) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lemma_.lower() in _WAR_ARMS or subj.lower_ in _WAR_ARMS:
        return True
    return subj.lemma_.lower() in ("strike", "raid") and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "air" for c in subj.children)


def _bombed(trig: Trigger) -> bool:
    """The verb "bomb" ("bases were *bombed*"): a raid on an armed target is war, unlike a
    planted bomb ("a car *bomb*"), PLOVER's unconventional ASSAULT."""
    return not trig.noun and trig.token.lemma_.lower() == "bomb"


def _destroys_homes(trig: Trigger, tree: Tree) -> bool:
    """The verb's object is civilian property ("destroyed *homes*", "*buildings*")."""
    return not trig.noun and any(c.dep_ == "dobj" and c.lemma_.lower() in SETS["PROPERTY"]
                                 for c in tree.kids(trig.carrier))


def _state_target(args: Arguments) -> bool:
    """The force falls on a country ("Libya has been bombed"): war between states, FIGHT."""
    return any(p.entity_id is not None and p.country and is_country_name(p.name) for p in args.recipients)


def _in_combat(trig: Trigger, tree: Tree) -> bool:
    """"killed *in fighting*", "wounded *during clashes*": harm done in a battle is FIGHT."""
    if not trig.verbal:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("in", "during", "amid") and any(
        g.dep_ == "pobj" and any(t == "FIGHT" for t, _m, _n in NOUNS.get(g.lemma_.lower(), ()))
        for g in p.children) for p in tree.kids(trig.carrier))


#: Combat nouns used of politics when only individuals take part ("a hotly fought *battle* with Sanders").
FIGURATIVE = frozenset({"battle", "fight", "war", "clash", "fighting", "skirmish", "offensive"})
#: Attacks that are words when one person attacks another ("Trump *attacked* Clinton").
VERBAL_ATTACKS = frozenset({"attack", "hit", "target", "blast", "assault", "fight", "battle", "clash"})


def _against_someone(trig: Trigger, args: Arguments, tree: Tree) -> bool:
    """The act's own "against" phrase names one of its recipients (a party, not "terrorism")."""
    against = {g.i for p in tree.kids(trig.carrier) if p.dep_ == "prep" and p.lower_ == "against"
               for g in p.children if g.dep_ == "pobj"}
    return any(r.start <= tree.doc[i].idx < r.end for r in args.recipients for i in against)


def _for_reason(verb: Token, tree: Tree) -> bool:
    """"attacked *over* the video", "attacked him *for* his remarks": a reason, not a time or a
    place ("for hours", "over Tripoli")."""
    for p in tree.kids(verb):
        if p.dep_ != "prep" or p.lower_ not in ("over", "for"):
            continue
        for g in p.children:
            if g.dep_ == "pcomp":
                return True
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ not in ("DATE", "TIME", "GPE", "LOC") \
                    and g.lemma_.lower() not in _TIME_WORDS:
                return True
    return False


_TIME_WORDS = frozenset("hour minute day week month year night weekend time period decade".split())


def people_only(args: Arguments, persons: set[int]) -> bool:
    """Every participant is a named person with no armed role (politicians, not forces)."""
    people = args.actors + args.recipients
    return bool(people) and all(p.entity_id in persons and p.sector not in _ARMED_SECTORS for p in people)


def _future(trig: Trigger, tree: Tree) -> bool:
    """The trigger's clause is in the future ("would boycott", "will strike")."""
    return trig.verbal and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "'d", "wo")
                               for c in tree.kids(trig.carrier))


def _visit(args: Arguments) -> bool:
    place = args.place
    if place is None:
        return False
    dest = country_code(place.name) if place.entity_id is None else place.country
    if dest is None or dest == "IGO" or not args.actors:
        return False
    if place.entity_id is not None and not (is_country_name(place.name) or place.country):
        return False
    for actor in args.actors:
        state = actor.entity_id is not None and actor.country is not None and is_country_name(actor.name)
        official = actor.sector in _VISITING_SECTORS or state
        if official and actor.country != dest:
            return True
    return False


_PRESSING = ("force", "compel", "oblige", "pressure", "push")


def _under_word(trig: Trigger, tree: Tree, words: tuple[str, ...]) -> bool:
    """The event is the infinitive of an agreement or threat already found ("agreed to release")."""
    head = tree.head(trig.carrier).lemma_.lower()
    return tree.dep(trig.carrier) == "xcomp" and head in words
