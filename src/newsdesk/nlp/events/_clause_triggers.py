"""Clause-level triggers: events that a clause's shape names rather than a word of the tables:
a reported demand or necessity, a wanted act, an obligation ("must", "should", "has to"), a judgement
("critical of", a quoted "that is unacceptable" or fault), reported criticism, accusation and
denial.

Apart from the finder (``_triggers``), which tries them on each verb, adjective or noun after
the word's own readings.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.nlp.events._faults import faulted
from newsdesk.nlp.events._lexicon import NOUNS
from newsdesk.nlp.events._participants import Resolver
from newsdesk.nlp.events._shapes import is_word
from newsdesk.nlp.events._tree import Tree
from newsdesk.nlp.events._trigger import Trigger
from newsdesk.nlp.events._word_classes import (
    APPROVING_ADJECTIVES,
    DISAPPROVING_ADJECTIVES,
    NATURAL_HAZARDS,
    NEGATIVE_WORDS,
    PRAISE_WORDS,
    PRAISING_ADJECTIVES,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PRONOUNS_SPEAKER,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SECTORS,
    SUBJECT_PRONOUNS,
)


def reported_demand(verb: Token, tree: Tree) -> Trigger | None:
    """"Russia said Sudan *must* return the helicopter": a statement that someone else must act
    is a demand (CAMEO's and PLOVER's DEMAND covers orders and 'must' statements)."""
    for comp in tree.kids(verb):
        if comp.dep_ != "ccomp":
            continue
        must = next((c for c in tree.kids(comp) if c.dep_ == "aux" and c.lower_ in _MODAL_DEMAND), None)
        if must is None and have_to(comp, tree):
            must = comp  # "said the council has to act", "said they have got to leave"
        if must is None and comp.lemma_.lower() == "need" and any(c.dep_ in ("dobj", "xcomp")
                                                                  for c in tree.kids(comp)):
            must = comp  # "says the U.S. needs campaign reform", "said Libya needs to halt ...":
            # what another needs (to do) is asked of them
        subj = next((c for c in tree.kids(comp) if c.dep_ in ("nsubj", "nsubjpass")), None)
        looked_back = reproach(comp, tree) if must is not None and must.i != comp.i else None
        if looked_back is not None and must is not None:
            typ, why = looked_back
            return Trigger(verb, typ, None, False, verb, must.idx, must.idx + len(must.text),
                           rule=f"event.reported-{why}")
        if must is None or subj is None or subj.pos_ == "PRON" and subj.lower_ in ("i", "we", "it"):
            continue
        return Trigger(verb, "DEMAND", None, False, verb, must.idx, must.idx + len(must.text),
                       rule="event.reported-must")
    clause = necessity_clause(verb, tree)
    if clause is not None:
        word = clause[0]
        return Trigger(verb, "DEMAND", None, False, verb, word.idx, word.idx + len(word.text),
                       rule="event.reported-necessity")
    return None


#: Words saying that something must be done ("it is *essential* for drugmakers to work with ...").
_NECESSITY = frozenset("essential necessary vital imperative crucial important urgent critical".split())


def necessity_clause(verb: Token, tree: Tree) -> tuple[Token, Token] | None:
    """``(necessity word, clause verb)`` when a reporting verb's clause says something must be
    done by someone named: "said it was *essential* for drugmakers *to work* with governments",
    "said it is *vital* that the sides *resume* talks" (not "it was important to remember")."""
    for comp in tree.kids(verb):
        if comp.dep_ != "ccomp" or any(c.dep_ == "neg" for c in tree.kids(comp)):
            continue
        words = [comp] + [c for c in tree.kids(comp) if c.dep_ in ("acomp", "ccomp", "oprd")]
        for word in words:
            if word.lemma_.lower() not in _NECESSITY:
                continue
            for clause in tree.kids(word) + tree.kids(comp):
                if clause.dep_ not in ("advcl", "ccomp", "xcomp") or clause.pos_ not in ("VERB", "AUX"):
                    continue
                marks = {c.lower_ for c in tree.kids(clause) if c.dep_ in ("aux", "mark")}
                someone = any(c.dep_ in ("nsubj", "nsubjpass") for c in tree.kids(clause))
                if marks & {"to", "that", "for"} and someone:  # who must act is said
                    return word, clause
    return None


WANT_VERBS = frozenset({"want", "wish"})
_NOT_ACTORS = frozenset({"it", "there", "this", "that", "things", "everything", "nothing"})


def wanted_act(verb: Token, tree: Tree) -> Trigger | None:
    """"The White House wants BP *to pay*", "we want to see the world support it": wanting
    someone else to act is asking them to (PLOVER DEMAND; ``arguments`` makes the one who is
    to act the target). Not wanting to act oneself ("I want to win"), not wanting a thing."""
    comps = [c for c in tree.kids(verb) if c.dep_ == "ccomp"]
    seen = [g for c in tree.kids(verb) if c.dep_ == "xcomp" and c.lemma_.lower() == "see"
            for g in tree.kids(c) if g.dep_ == "ccomp"]
    for comp in comps + seen:
        kids = tree.kids(comp)
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in _NOT_ACTORS:
            continue  # "wants it to be fair": a wish about things, nobody is asked
        # a bare infinitive, which the tagger often reads as a present after "see X"
        bare = comp.tag_ == "VB" or (comp.tag_ == "VBP" and comp in seen)
        if comp.pos_ in ("VERB", "AUX") and (bare or any(c.lower_ == "to" for c in kids)):
            return Trigger(verb, "DEMAND", None, False, verb, verb.idx, verb.idx + len(verb.text),
                           rule="event.want-to")
    return None


_MODAL_DEMAND = frozenset({"must", "should"})


def _someone(tok: Token) -> bool:
    """A person, a party or a country: a personal pronoun, a name, or a word of the sectors."""
    return tok.lower_ in SUBJECT_PRONOUNS or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (
        tok.pos_ == "PROPN") or tok.lemma_.lower() in SECTORS or tok.lower_ in SECTORS


#: Modals of what ought to have been done: with "have" and a past participle, a judgement of the past.
_MODAL_REPROACH = frozenset({"should", "ought"})
_PERFECT_AUX = frozenset({"have", "'ve"})


def reproach(verb: Token, tree: Tree) -> tuple[str, str] | None:
    """``(type, why)`` when ``verb``'s clause says what someone should have done: "Israel *should
    have recognised* the genocide", "he should have moved faster" judge the subject for the past
    (PLOVER DISAPPROVE, CAMEO 111), no demand that can still be met; "I should not have said it"
    of oneself is regret (CONCEDE, CAMEO 055). Not of things ("it should have been obvious")."""
    kids = tree.kids(verb)
    auxes = {c.lower_ for c in kids if c.dep_ == "aux"}
    if verb.tag_ != "VBN" or not auxes & _MODAL_REPROACH or not auxes & _PERFECT_AUX:
        return None
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not _someone(subj):
        return None  # "the alarms should have gone off": a failure of things, no one judged
    if subj.lower_ in ("i", "we"):
        return "CONCEDE", "regret"
    return "DISAPPROVE", "reproach"


def have_to(verb: Token, tree: Tree) -> bool:
    """"The council *has to* act", "they *have got to* leave": "have (got) to" with an
    infinitive, the obligation of "must". Present tense only: "they had to flee" tells what
    happened, nobody is asked."""
    lemma = verb.lemma_.lower()
    kids = tree.kids(verb)
    to_next = any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(
        g.dep_ == "aux" and g.lower_ == "to" and g.i == verb.i + 1 for g in tree.kids(c)) for c in kids)
    if verb.pos_ != "VERB" or lemma not in ("have", "get") or not to_next:
        return False  # "to" right after the verb: not "has the resources to manage"
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in kids):
        return False  # "a decision which has to be made": a description, nobody is asked
    if lemma == "have":
        return verb.tag_ in ("VBP", "VBZ")
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
                                      for c in kids)


_FIRST_PERSON = frozenset({"i", "we", "it", "there", "this", "that", "you"})


def judgement(adj: Token, tree: Tree) -> Trigger | None:
    """"was *critical* of Trump", "are *furious* at the company", "is *not impressed* by the deal":
    the subject criticises whom the preposition names (DISAPPROVE), carried by the copula; "is
    *proud of* her", "are *grateful to* the rescuers": the subject supports them (SUPPORT)."""
    praised = PRAISING_ADJECTIVES.get(adj.lower_)
    if praised:
        head = tree.head(adj)
        if head.i == adj.i or not any(c.dep_ == "prep" and c.lower_ in praised and any(
                g.dep_ == "pobj" for g in tree.kids(c)) for c in tree.kids(adj)):
            return None  # "proud to serve", "grateful for the rain" is still read: a pobj is asked
        return Trigger(adj, "SUPPORT", None, True, head, adj.idx, adj.idx + len(adj.text),
                       rule=f"event.adj.{adj.lower_}")
    preps = DISAPPROVING_ADJECTIVES.get(adj.lemma_.lower()) or DISAPPROVING_ADJECTIVES.get(adj.lower_)
    approving = APPROVING_ADJECTIVES.get(adj.lower_)
    if not preps and approving:
        preps = approving  # "is *not impressed by* the deal": only when denied (below)
    if not preps or not any(c.dep_ == "prep" and c.lower_ in preps for c in tree.kids(adj)):
        return None
    head = tree.head(adj)
    if head.i == adj.i:
        return None
    if approving and not any(c.dep_ == "neg" or c.lower_.replace("’", "'") in ("not", "n't", "never")
                             for c in tree.kids(head) + tree.kids(adj)):
        return None  # the parser may hang a headline's "Isn’t" as punctuation
    denied = "not-" if approving else ""  # the denial is the act: ``_find`` keeps it as happened
    return Trigger(adj, "DISAPPROVE", None, True, head, adj.idx, adj.idx + len(adj.text),
                   rule=f"event.adj.{denied}{adj.lemma_.lower()}")


#: Nouns naming someone by their stance towards another ("a staunch *supporter of* the union", "a
#: vocal *critic of* the deal"): said of a subject, they report that subject's stance.
STANCE_NOUNS = {**{w: "SUPPORT" for w in "supporter backer champion defender admirer".split()},
                **{w: "DISAPPROVE" for w in "critic detractor".split()}}
_STANCE_LINKS = frozenset("be remain become".split())


def stance(noun: Token, tree: Tree) -> Trigger | None:
    """"The mayor is a staunch *supporter* of the union", "she has long been a *critic* of the deal": a
    copula's attribute naming the subject's stance towards what its "of" phrase names is that
    stance, PLOVER SUPPORT or DISAPPROVE (CAMEO 051, 111), carried by the copula."""
    typ = STANCE_NOUNS.get(noun.lemma_.lower())
    head = tree.head(noun)
    if typ is None or head.i == noun.i or head.lemma_.lower() not in _STANCE_LINKS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
               for c in tree.kids(noun)):
        return None
    return Trigger(noun, typ, None, True, head, noun.idx, noun.idx + len(noun.text),
                   rule=f"event.stance.{noun.lemma_.lower()}")


#: Nouns naming what an attack is aimed at: "their *next target* would be X" announces it.
_AIMS = frozenset("target targets objective objectives".split())


def next_target(noun: Token, tree: Tree) -> Trigger | None:
    """"The militia said its *next target* would be Port Harcourt": naming whom or where one will
    strike next threatens them (PLOVER THREATEN, CAMEO 138 threaten with military force),
    carried by the copula that names the target."""
    if noun.lemma_.lower() not in _AIMS or tree.dep(noun) != "nsubj":
        return None
    if not any(c.lower_ == "next" and c.dep_ in ("amod", "advmod") for c in tree.kids(noun)):
        return None
    head = tree.head(noun)
    if head.lemma_.lower() != "be" or not any(c.dep_ == "attr" and c.ent_type_ in _NAMED_AIMS
                                              for c in tree.kids(head)):
        return None  # "our next target is the deficit": a goal, not someone threatened
    return Trigger(noun, "THREATEN", "violence", True, head, noun.idx, noun.idx + len(noun.text),
                   occur=True, rule="event.next-target")


_NAMED_AIMS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})


#: Adjectives of readiness: being "ready / willing / prepared to" act states an intention.
_READY = frozenset("ready willing prepared".split())


def readiness(adj: Token, tree: Tree) -> Trigger | None:
    """"The insurer is *prepared to* cover the repairs", "Iran is *willing to* resume talks": saying one is
    ready to act expresses the intent to (PLOVER AGREE, CAMEO 03), carried by the copula; the
    act itself is its content (``_triggers`` makes a hostile one a threat). Not negated ("is
    not willing to": a refusal, left to the act's own reading)."""
    if adj.lower_ not in _READY:
        return None
    head = tree.head(adj)
    if head.i == adj.i or head.lemma_.lower() not in _COPULAS:
        return None
    if not any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tree.kids(adj)):
        return None
    kids = tree.kids(head)
    if any(c.dep_ == "neg" for c in kids + tree.kids(adj)) or not any(c.dep_ == "nsubj" for c in kids):
        return None
    return Trigger(adj, "AGREE", None, True, head, adj.idx, adj.idx + len(adj.text), rule="event.ready")


#: Nouns of asking that, in "at the *request* of X", make the act done one of compliance.
_ASKINGS = frozenset("request requests behest urging insistence bidding demand demands".split())


def at_request(noun: Token, tree: Tree) -> Trigger | None:
    """"cleared the square *at the request of* the mayor", "stepped aside at the urging of X": doing
    what another asked is yielding to them (PLOVER CONCEDE, CAMEO 08 yield), carried by the
    verb whose act it was; the "of" phrase names whom they yielded to."""
    if noun.lemma_.lower() not in _ASKINGS and noun.lower_ not in _ASKINGS or tree.dep(noun) != "pobj":
        return None
    prep = tree.head(noun)
    verb = tree.head(prep)
    if prep.lower_ not in ("at", "upon") or tree.dep(prep) != "prep" or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in tree.kids(noun)):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tree.kids(verb)):
        return None  # "talks were held at the request of Egypt": who yielded is not said
    return Trigger(noun, "CONCEDE", None, True, verb, noun.idx, noun.idx + len(noun.text),
                   rule="event.at-request")


#: Verbs that link a subject to a judgement of it ("is *unacceptable*", "seems *ridiculous*").
_COPULAS = frozenset("be seem sound look remain appear".split())
_SELF = frozenset({"i", "we", "me", "us"})
#: Nouns a bad word describes without judging anyone ("horrible times", "a terrible day").
_LAMENTED = frozenset("time day week month year moment period night situation news weather".split())


def quoted_judgement(word: Token, res: Resolver) -> Trigger | None:
    """"That is *unacceptable*," Patzek said; "that was unfair and a *shameful* thing": inside
    a quotation, a copula judging its subject with a word of ``NEGATIVE_WORDS`` is the speaker
    criticising it (PLOVER DISAPPROVE; ``arguments`` makes the speaker the source and the
    subject the target). Not outside quotations (the narrator's "the damage is terrible"), not
    negated ("is not wrong"), not a speaker judging themselves ("I was wrong" concedes).
    "They are *honest* people," she said: a word of ``PRAISE_WORDS`` judging a person or group
    is the speaker's praise (SUPPORT), also under the reporting verb (no verb rule reads praise)."""
    tree = res.tree
    if word.lemma_.lower() in _LAMENTED:
        return None  # "these are horrible times": a lament, nobody is criticised
    judged = [word] + ([m for m in tree.kids(word) if m.dep_ == "amod"] if word.pos_ == "NOUN" else [])
    praise = not any(is_word(w, NEGATIVE_WORDS) for w in judged)
    if praise and not any(is_word(w, PRAISE_WORDS) for w in judged):
        return None
    head = tree.head(word)
    if head.i == word.i or head.lemma_.lower() not in _COPULAS:
        return None
    kids = tree.kids(head)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "expl")), None)
    if subj is None or subj.lower_ in _SELF or any(c.dep_ == "neg" for c in kids + tree.kids(word)):
        return None
    if not any(q.content.start <= word.idx < q.content.end for q in res.quotes):
        return None
    if praise and not res.is_agent(subj):
        return None  # "the plan is brilliant": praise of a person or group only
    if praise:
        return Trigger(word, "SUPPORT", None, True, head, word.idx, word.idx + len(word.text),
                       rule="event.quoted-praise")
    if tree.dep(head) == "ccomp" and tree.head(head).lemma_.lower() in REPORTING_VERBS:
        return None  # "said BP were incompetent": the reporting verb carries it (``criticism``)
    if _denial(judged):
        return Trigger(word, "REJECT", None, True, head, word.idx, word.idx + len(word.text),
                       rule="event.quoted-denial")
    return Trigger(word, "DISAPPROVE", None, True, head, word.idx, word.idx + len(word.text),
                   rule="event.quoted-judgement")


def quoted_fault(verb: Token, res: Resolver) -> Trigger | None:
    """"He has no consistency about him," she said: inside a quotation, saying a third party
    lacks a virtue or shows a vice criticises them (``_faults``); the speaker is the source
    and the subject the target, as for ``quoted_judgement``. A clause reported by a verb of
    saying is left to that verb (``criticism``)."""
    tree = res.tree
    if not faulted(verb, tree) or not any(q.content.start <= verb.idx < q.content.end for q in res.quotes):
        return None
    if tree.dep(verb) == "ccomp" and tree.head(verb).lemma_.lower() in REPORTING_VERBS:
        return None
    return Trigger(verb, "DISAPPROVE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                   rule="event.quoted-fault")


def obligation(verb: Token, tree: Tree) -> Trigger | None:
    """"They must make sure the panel is fair", "those responsible should be held to account":
    a statement that someone must or should act is a demand (PLOVER DEMAND), by whoever says
    it. Not "I/we must" (an intention), not "should have" (a judgement of the past), not a
    clause already reported as a demand."""
    kids = tree.kids(verb)
    modal = next((c for c in kids if c.dep_ == "aux" and c.lower_ in _MODAL_DEMAND), None)
    if modal is None and verb.lemma_.lower() == "need" and any(c.dep_ == "xcomp" for c in kids):
        modal = verb  # "Libya needs to halt the use of these weapons"
    got = modal is None and have_to(verb, tree)
    if got:
        modal = verb  # "the council has to act", "they have got to leave"
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    looked_back = reproach(verb, tree)
    if looked_back is not None and not (tree.dep(verb) == "ccomp" and tree.head(verb).lemma_.lower() in
                                        REPORTING_VERBS):
        typ, why = looked_back  # "He should have beaten Obama easily": a judgement of the past
        return Trigger(verb, typ, None, False, verb, verb.idx, verb.idx + len(verb.text), rule=f"event.{why}")
    if modal is None or subj is None or subj.lower_ in _FIRST_PERSON:
        return None
    if not got and any(c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in kids):
        return None
    if verb.lemma_.lower() == "be" and not any(c.dep_ == "auxpass" for c in kids):
        return None
    head = tree.head(verb)
    if tree.dep(verb) == "ccomp" and head.lemma_.lower() in REPORTING_VERBS:
        return None  # the reporting verb carries it (``reported_demand``)
    return Trigger(verb, "DEMAND", None, False, verb, modal.idx, modal.idx + len(modal.text),
                   rule="event.must")


def criticism(verb: Token, tree: Tree) -> Trigger | None:
    """"Bush called Trump *unhinged*", "Markey said BP were *incompetent*": a speaker judging
    someone badly criticises them (DISAPPROVE). The judgement is a complement of the verb
    whose head or attribute is a word of ``NEGATIVE_WORDS``; the complement holds no event
    of its own (that event would be what is reported). "Described the plan *as reckless*",
    "branded him *as a bigot*": the as-phrase is the judgement."""
    if any(is_word(w, NEGATIVE_WORDS) for w in described_as(verb, tree)):
        return Trigger(verb, "DISAPPROVE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                       rule="event.reported-criticism")
    named = any(c.dep_ == "oprd" for c in tree.kids(verb))
    for comp in tree.kids(verb):
        if comp.dep_ not in ("ccomp", "oprd", "xcomp", "dobj"):
            continue
        if comp.dep_ == "dobj" and named:
            continue  # "called the disaster 'the darkest day'": the object is what is named, not the name
        if comp.dep_ == "ccomp" and faulted(comp, tree):  # "said the company had lost all credibility"
            return Trigger(verb, "DISAPPROVE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                           rule="event.reported-criticism")
        if comp.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in NOUNS
                                        for c in tree.kids(comp)):
            continue  # "said the judge opened *fraud investigations*": the act reported, not a judgement
        words = [comp] + [c for c in tree.kids(comp) if c.dep_ in ("acomp", "attr", "oprd", "dobj", "amod")]
        words += [g for w in list(words) for g in tree.kids(w) if g.dep_ in ("amod", "compound", "acomp")]
        # coordinated judgements: "is costly and *reckless*", "is in bad taste and *insensitive*"
        words += [g for w in list(words) for g in tree.kids(w)
                  if g.dep_ == "conj" and g.pos_ in ("ADJ", "NOUN")]
        if any(is_word(w, NEGATIVE_WORDS) for w in words):
            if any(c.dep_ == "neg" for c in tree.kids(comp)):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in NATURAL_HAZARDS
                   for c in tree.kids(comp)):
                continue  # "said the earthquake was the worst he had seen": nobody is blamed
            if _denial(words):
                return Trigger(verb, "REJECT", None, False, verb, verb.idx, verb.idx + len(verb.text),
                               rule="event.reported-denial")
            if _own_fault(verb, comp, tree):
                return Trigger(verb, "CONCEDE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                               rule="event.reported-admission")
            return Trigger(verb, "DISAPPROVE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                           rule="event.reported-criticism")
    return None


#: Verbs that own up to what they report ("*acknowledged* that it was a mistake").
_ADMITTING = frozenset("admit acknowledge concede confess".split())


def _own_fault(verb: Token, comp: Token, tree: Tree) -> bool:
    """The speaker faults their own act: "acknowledged that using two accounts *was a mistake*",
    "Lee believes *his* decision was a mistake", "said *my* remarks were wrong": admitting a
    fault (PLOVER CONCEDE, CAMEO 055), not criticising another."""
    if verb.lemma_.lower() in _ADMITTING:
        return True
    subj = next((c for c in tree.kids(comp) if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if subj is None:
        return False
    owner = next((c for c in tree.kids(subj) if c.dep_ == "poss"), None)
    if owner is None:
        return subj.lower_ in ("i", "we")
    if owner.lower_ in PRONOUNS_SPEAKER:  # "my", "our" (a possessor is only ever a possessive)
        return True
    speaker = next((c for c in tree.kids(verb) if c.dep_ == "nsubj"), None)
    return owner.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP and speaker is not None and (
        speaker.pos_ == "PROPN" or speaker.lower_ in ("he", "she", "they"))


#: Acts against a rule: saying someone did one accuses them ("said the airstrikes *violated* the
#: resolution", "said NATO had *exceeded* its mandate").
_BREACHES = frozenset("violate breach flout contravene defy".split())
_LIMITS = frozenset("authority mandate powers remit limits limit bounds".split())


def accusation(verb: Token, tree: Tree) -> Trigger | None:
    """A reporting verb whose clause says someone broke a rule or overstepped a mandate, or that
    names an act "a violation of" a rule: the speaker accuses them (PLOVER DISAPPROVE); the
    breach itself is only what is alleged."""
    if _breach_named(verb, tree):
        return Trigger(verb, "DISAPPROVE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                       rule="event.reported-accusation")
    for comp in tree.kids(verb):
        if comp.dep_ != "ccomp" or any(c.dep_ == "neg" for c in tree.kids(comp)):
            continue
        lemma = comp.lemma_.lower()
        objs = [c for c in tree.kids(comp) if c.dep_ == "dobj"]
        subj = next((c for c in tree.kids(comp) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("i", "we"):
            continue  # "we violated ..." admits, it does not accuse
        if lemma in _BREACHES or (lemma == "exceed" and any(o.lemma_.lower() in _LIMITS for o in objs)):
            return Trigger(verb, "DISAPPROVE", None, False, verb, verb.idx, verb.idx + len(verb.text),
                           rule="event.reported-accusation")
    return None


#: Verbs that cast someone or something as what their as-phrase says ("*described* the ruling as
#: a breach of the treaty", "*branded* him as a bigot").
CASTING_VERBS = frozenset("describe characterize characterise brand label portray depict dub".split())


def described_as(verb: Token, tree: Tree) -> list[Token]:
    """The words of the verb's as-phrase (on the verb or on its object), with their modifiers:
    "described the ruling *as a flagrant breach*" -> breach, flagrant."""
    if verb.lemma_.lower() not in CASTING_VERBS:
        return []
    heads = [verb] + [c for c in tree.kids(verb) if c.dep_ == "dobj"]
    words = [g for h in heads for p in tree.kids(h) if p.dep_ == "prep" and p.lower_ == "as"
             for g in tree.kids(p) if g.dep_ in ("pobj", "amod", "acomp")]
    return words + [m for w in words for m in tree.kids(w) if m.dep_ in ("amod", "compound")]


#: Nouns that call an act a breach of a rule ("said the raid was *a violation of* the truce").
_BREACH_NOUNS = frozenset("violation violations breach breaches infringement contravention".split())


def _breach_named(verb: Token, tree: Tree) -> bool:
    """The verb's object, or its clause's attribute, is a breach *of* something: "called the
    raid *a violation of* the truce", "said the arrests were *a
    breach of* the accord". Not negated ("said it was not a violation")."""
    nouns = [c for c in tree.kids(verb) if c.dep_ in ("dobj", "oprd")] + described_as(verb, tree)
    for comp in tree.kids(verb):
        if comp.dep_ == "ccomp" and not any(c.dep_ == "neg" for c in tree.kids(comp)):
            nouns += [c for c in tree.kids(comp) if c.dep_ == "attr"]
    return any(n.lemma_.lower() in _BREACH_NOUNS and any(
        p.dep_ == "prep" and p.lower_ == "of" for p in tree.kids(n)) for n in nouns)


#: Words that call a claim untrue: saying so denies it (PLOVER REJECT: deny an accusation).
_FALSITY = frozenset("lie lies false untrue baseless unfounded fabricated fabrication nonsense".split())


#: Words that grant a claim: saying it is *not* true denies it.
_TRUTH = frozenset("true accurate correct".split())
_BELIEF = frozenset("believe think".split())


def untrue(verb: Token, tree: Tree) -> Trigger | None:
    """"We don't believe this is true," X said; X said the report was not accurate: saying a
    claim is untrue denies it (PLOVER REJECT), as calling it a lie does."""
    for comp in tree.kids(verb):
        if comp.dep_ != "ccomp":
            continue
        negated = any(c.dep_ == "neg" for c in tree.kids(comp))
        clauses = [comp]
        if comp.lemma_.lower() in _BELIEF:  # "don't believe (that) this is true"
            clauses = [c for c in tree.kids(comp) if c.dep_ == "ccomp"]
        for clause in clauses:
            neg = negated or any(c.dep_ == "neg" for c in tree.kids(clause))
            if neg and any(c.dep_ == "acomp" and c.lemma_.lower() in _TRUTH for c in tree.kids(clause)):
                return Trigger(verb, "REJECT", None, False, verb, verb.idx, verb.idx + len(verb.text),
                               rule="event.reported-denial")
    return None


def _denial(words: list[Token]) -> bool:
    """"Everything they said about me is a *lie*": the judgement calls a claim false. Only a
    word predicated of the subject ("is a lie", "is false"), not a person lying ("were
    lying": criticism) or lies believed ("believes the lies")."""
    return any(is_word(w, _FALSITY) and w.pos_ in ("NOUN", "ADJ")
               and w.dep_ in ("attr", "acomp", "oprd") for w in words)
