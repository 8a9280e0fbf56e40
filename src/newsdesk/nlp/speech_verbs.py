"""One table of speech, reporting and stance verbs, read by attribution and by events.

Each row is a lemma (lower case, as spaCy lemmatises it) followed by its attributes:

- ``cue``: attribution finds a cue frame on it ("said", "warned", "believes").
- ``weak``: a cue only with a reported clause, a to-infinitive or an object that counts
  ("know", "feel", "welcome" alone are not attributions).
- ``core``: plain verbs of saying; a proper noun before one is its speaker even when the
  parser failed to attach it ("Sen. Warren (D-MA) said").
- ``relay``: the object is the speaker and the subject passes the words on
  ("Tass *cited* Mr Lavrov as saying").
- ``reporting``: events treat what it governs as the claim's own status, not the verb's
  ("said the talks *collapsed*").
- ``to``: its to-infinitive is what was said or meant ("urged Seoul *to talk*", "plans *to run*").
- ``object``: a noun-phrase object is the attributed content ("criticised *the plan*",
  "supports *a ban*"): stance and communication verbs, not physical acts.
- ``clause``: only a clause, an infinitive or a content preposition carries what was said;
  a noun-phrase object is something else ("maintained *a lead*", "added *a million jobs*",
  "threatened *the work*"): PolNeAR train gives these objects 5 attributions in 55.
- ``prep=a,b``: the object of these prepositions is the content ("called *for* an inquiry").
- ``evidence``: a finding verb, a cue only with a document or person as subject ("a poll
  *showed* ...", not "the dispute showed ...").
- ``belief``: a mental state or stance attributed to the subject (beliefs, wishes, plans,
  positions): the rule id says so ("quote.indirect.belief").

The table is parsed at import; a duplicate row, an unknown attribute or a lemma that is not
lower case fails there.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_TABLE = """
accuse        cue weak object
acknowledge   cue reporting object
add           cue core reporting clause
admit         cue reporting
advise        cue to clause
advocate      cue weak object belief prep=for
affirm        cue
agree         cue weak prep=with
allege        cue reporting
allude        cue weak prep=to
announce      cue reporting object
answer        cue weak object
apologise     cue weak prep=for
apologize     cue weak prep=for
applaud       cue weak object
argue         cue reporting prep=for,against
articulate    cue weak object
ask           cue to prep=for
assail        cue weak object
assert        cue reporting
assume        cue weak belief
assure        cue
attack        cue weak object
back          cue weak object belief
balk          cue weak prep=at
believe       cue weak reporting belief
bemoan        cue weak object
blame         cue weak object
blast         cue weak object
boast         cue prep=about,of clause
brag          cue prep=about
brand         cue weak object
bristle       cue
call          cue weak to prep=for
cast          cue weak
caution       cue
challenge     cue weak object
champion      cue weak object belief
chant         cue
characterise  cue
characterize  cue
charge        cue weak
chide         cue weak object
cite          cue relay reporting
claim         cue reporting to object
comment       cue prep=on
compare       cue weak object
complain      cue prep=about,of
concede       cue
conclude      cue
condemn       cue weak object
confirm       cue reporting object
congratulate  cue weak
consider      cue weak belief
contemplate   cue weak object belief
contend       cue reporting
continue      cue weak
convince      cue
counter       cue
credit        cue weak object
criticise     cue weak object
criticize     cue weak object
declare       cue reporting
decline       cue weak to belief
decry         cue weak object
deem          cue weak object belief
defend        cue weak object
demand        cue to object
denounce      cue weak object
deny          cue object
deride        cue weak object
describe      cue weak reporting object
detail        cue weak object
disagree      cue weak prep=with
disclose      cue reporting
discuss       cue weak object
dismiss       cue weak object
dispute       cue weak object
distance      cue weak prep=from
doubt         cue weak belief
dub           cue weak object
dwell         cue weak prep=on
echo          cue weak object
elaborate     cue
emphasise     cue reporting object
emphasize     cue reporting object
encourage     cue to clause
endorse       cue weak object belief
envision      cue weak object belief
estimate      cue reporting
exclaim       cue
expect        cue weak belief
explain       cue core reporting
express       cue weak object
extol         cue weak object
favor         cue weak object belief
favour        cue weak object belief
fear          cue weak belief
feel          cue weak belief
find          cue weak reporting evidence
focus         cue weak prep=on
forecast      cue
foresee       cue weak object belief
frame         cue weak
fume          cue
guess         cue weak belief
gush          cue
hail          cue weak object
hear          reporting
highlight     cue weak object
hint          cue prep=at
hope          cue weak to belief prep=for
imply         cue weak evidence
indicate      cue weak reporting
inform        cue
insinuate     cue
insist        cue core reporting
instruct      cue to
intend        cue weak to belief
interject     cue
interpret     cue weak object
joke          cue prep=about
know          cue weak reporting belief
label         cue weak object
lambast       cue weak object
lambaste      cue weak object
lament        cue
lash          cue weak prep=at
learn         reporting
liken         cue weak object
list          cue weak object
maintain      cue clause
marvel        cue
mention       cue weak reporting object
mock          cue weak object
muse          cue
name          cue weak object
note          cue core reporting
notify        cue
observe       cue
offer         cue weak to object
opine         cue
oppose        cue weak object belief
order         cue weak to
outline       cue weak object
persuade      cue
plan          cue weak to belief
pledge        cue to object
point         cue weak prep=to
portray       cue weak
post          cue weak
praise        cue weak object
predict       cue reporting object
prefer        cue weak object to belief
proclaim      cue
promise       cue to object
propose       cue object
question      cue weak object
quip          cue
quote         cue relay reporting
rail          cue weak prep=against,at,about
reaffirm      cue object
reassure      cue
rebuff        cue weak object
rebuke        cue weak object
rebut         cue weak object
recall        cue reporting
recite        cue weak object
reckon        cue weak belief
recognise     cue weak object
recognize     cue weak object
recommend     cue object
recount       cue
refer         cue weak prep=to
reference     cue weak object
refuse        cue weak to belief
regard        cue weak belief
reiterate     cue reporting object
reject        cue weak object
remark        cue
remember      reporting
remind        cue weak prep=about
repeat        cue object
reply         cue weak reporting
report        cue reporting
repudiate     cue weak object
respond       cue weak reporting
retort        cue
retweet       cue weak object
reveal        cue weak reporting evidence
say           cue core reporting
scoff         cue
scream        cue
see           cue weak belief
seek          cue weak to object belief
share         cue weak object
shout         cue
show          cue weak reporting evidence object
side          cue weak prep=with,against
sigh          cue
signal        cue weak
slam          cue weak object
speak         cue weak prep=about,of
speculate     cue
state         cue reporting
stress        cue reporting object
suggest       cue reporting
support       cue weak object belief
surmise       cue
suspect       cue weak belief
talk          cue weak prep=about,of
tell          cue core reporting to
term          cue weak object
testify       cue reporting prep=about,on
thank         cue weak object
think         cue weak reporting belief
threaten      cue to clause
tout          cue object
tweet         cue reporting prep=about
understand    reporting
unveil        cue weak object
urge          cue to
view          cue weak belief
voice         cue weak object
vote          cue weak prep=for,against
vouch         cue weak prep=for
vow           cue to object
want          cue weak to object belief
warn          cue core reporting to prep=of,about,against
welcome       cue weak object
wish          cue weak to belief
wonder        cue weak
worry         cue weak belief prep=about
write         cue core reporting prep=about
yell          cue
"""

_FLAGS = frozenset({"cue", "weak", "core", "relay", "reporting", "to", "object", "clause", "evidence",
                    "belief"})


def _parse(table: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    rows: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for n, line in enumerate(table.splitlines(), 1):
        if not line.strip():
            continue
        lemma, *attrs = line.split()
        if lemma != lemma.lower() or not lemma.isalpha():
            raise ValueError(f"speech verb table line {n}: {lemma!r} is not a lower-case lemma")
        if lemma in rows:
            raise ValueError(f"speech verb table line {n}: {lemma!r} appears twice")
        flags, preps = set(), set()
        for a in attrs:
            if a.startswith("prep="):
                preps.update(a.removeprefix("prep=").split(","))
            elif a in _FLAGS:
                flags.add(a)
            else:
                raise ValueError(f"speech verb table line {n}: unknown attribute {a!r}")
        if {"object", "clause"} <= flags:
            raise ValueError(f"speech verb table line {n}: {lemma!r} cannot be both object and clause")
        if "weak" in flags and "cue" not in flags:
            raise ValueError(f"speech verb table line {n}: {lemma!r} is weak but no cue")
        rows[lemma] = (frozenset(flags), frozenset(preps))
    return rows


_ROWS = _parse(_TABLE)

#: lemma -> its attributes (see the module docstring).
VERBS: Mapping[str, frozenset[str]] = MappingProxyType({v: f for v, (f, _p) in _ROWS.items()})
#: lemma -> prepositions whose object is the content ("call" -> {"for"}).
CONTENT_PREPS: Mapping[str, frozenset[str]] = MappingProxyType({v: p for v, (_f, p) in _ROWS.items() if p})


#: Verbs that are cues only with their particle, their object the content ("*laid out* a plan",
#: "*singled out* the levy", "*played down* the row", "*ticked off* a list of grievances"): kept
#: out of the table, whose verbs are cues whatever follows them.
PARTICLE_CUES: Mapping[str, frozenset[str]] = MappingProxyType({
    "lay": frozenset({"out"}), "spell": frozenset({"out"}), "single": frozenset({"out"}),
    "play": frozenset({"down"}), "tick": frozenset({"off"}), "rattle": frozenset({"off"}),
})


#: Forms spaCy's lemmatizer gets wrong for a cue verb ("hopes" -> "hop", "retweeted" ->
#: "retweete"), by lower-cased form.
LEMMA_FIXES: Mapping[str, str] = MappingProxyType({
    "hopes": "hope", "hoped": "hope", "hoping": "hope",
    "retweeted": "retweet", "retweeting": "retweet", "extolled": "extol", "extolling": "extol",
})


def lemma_of(form: str, lemma: str) -> str:
    """The table's lemma for a token's lower-cased form and spaCy lemma."""
    return LEMMA_FIXES.get(form, lemma.lower())


def having(flag: str) -> frozenset[str]:
    """The lemmas with one attribute."""
    if flag not in _FLAGS:
        raise KeyError(flag)
    return frozenset(v for v, f in VERBS.items() if flag in f)


#: Verbs that attribute speech, writing, thought or stance.
SPEECH_VERBS = having("cue")
#: Cue verbs that need a clause, infinitive, object or quotation to count.
WEAK_VERBS = having("weak")
#: Verbs of plain saying.
CORE_SPEECH = having("core")
#: Cue verbs whose object is the speaker and whose subject the intermediary.
RELAY_VERBS = having("relay")
#: Verbs reporting a claim, for events (the status of what they govern is the claim's).
REPORTING_VERBS = having("reporting")
#: Verbs whose to-infinitive is the content.
TO_VERBS = having("to")
#: Verbs whose noun-phrase object is the content.
OBJECT_VERBS = having("object")
#: Verbs whose noun-phrase object is never the content.
CLAUSE_VERBS = having("clause")
#: Verbs of finding, cues only with a document or person as subject.
EVIDENCE_VERBS = having("evidence")
#: Finding verbs that, with a person as subject, tell what that person disclosed or hinted ("he
#: revealed the deal had collapsed", "she implied the vote was rigged"); "found" and "showed"
#: with a person as subject are as often what the person saw or did ("I found the door open").
DISCLOSING_VERBS = frozenset({"reveal", "imply"}) & EVIDENCE_VERBS
#: Verbs attributing a belief, wish, plan or position.
BELIEF_VERBS = having("belief")
