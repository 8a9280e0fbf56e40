"""Which type a found event takes, on hand-built parses of invented sentences: the thing an act
is done to, the clause it sits in and who does it decide between readings of one word."""

from __future__ import annotations

from parses import tagged_doc as _doc


def _triggers(doc):
    from newsdesk.nlp.events._participants import Resolver
    from newsdesk.nlp.events._triggers import find_triggers

    return find_triggers(doc, Resolver(doc, doc.text, [], []))


def _release_of(word: str, lemma: str):
    # "The release of the <word> followed"
    return _doc(["The", "release", "of", "the", word, "followed"], [1, 5, 1, 4, 2, 5],
                ["det", "nsubj", "prep", "det", "pobj", "ROOT"],
                ["DET", "NOUN", "ADP", "DET", "NOUN", "VERB"], ["DT", "NN", "IN", "DT", "NNS", "VBD"],
                ["the", "release", "of", "the", lemma, "follow"])


def test_parse_the_release_of_people_is_a_retreat_the_release_of_papers_is_not():
    assert [(t.type, t.token.lower_) for t in _triggers(_release_of("hostages", "hostage"))] == [
        ("RETREAT", "release")]
    assert [t for t in _triggers(_release_of("letters", "letter")) if t.type == "RETREAT"] == []


def _killed_by(word: str):
    # "The <word> killed 200 villagers"
    return _doc(["The", word, "killed", "200", "villagers"], [1, 2, 2, 4, 2],
                ["det", "nsubj", "ROOT", "nummod", "dobj"], ["DET", "NOUN", "VERB", "NUM", "NOUN"],
                ["DT", "NN", "VBD", "CD", "NNS"], ["the", word, "kill", "200", "villager"])


def test_parse_a_disease_that_killed_people_is_no_event_a_militia_is():
    from newsdesk.nlp.events._find import find_events

    def types(doc):
        return [e.type for e in find_events(doc, [], [], [])]

    assert types(_killed_by("militia")) == ["ASSAULT"]
    assert types(_killed_by("virus")) == []
    assert types(_killed_by("epidemic")) == []


def test_parse_vowing_to_boycott_threatens():
    # "The union vowed to boycott the talks": a promised protest is a threat (CAMEO 133)
    doc = _doc(["The", "union", "vowed", "to", "boycott", "the", "talks"], [1, 2, 2, 4, 2, 6, 4],
               ["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
               ["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
               ["DT", "NN", "VBD", "TO", "VB", "DT", "NNS"],
               ["the", "union", "vow", "to", "boycott", "the", "talk"])
    vow = [t for t in _triggers(doc) if t.token.lower_ == "vowed"]
    assert [(t.type, t.rule) for t in vow] == [("THREATEN", "event.verb.vow/hostile-intent")]


def _should_have(subj: tuple[str, str, str, str], verb: tuple[str, str], obj: tuple[str, str] | None,
                 neg: bool = False):
    # "<subj> should [not] have <verb> [the <obj>]"
    words, lemmas = [subj[0], "should"], [subj[1], "should"]
    pos, tags, deps = [subj[2], "AUX"], [subj[3], "MD"], ["nsubj", "aux"]
    if neg:
        words, lemmas, pos, tags, deps = words + ["not"], lemmas + ["not"], pos + ["PART"], tags + ["RB"], \
            deps + ["neg"]
    words += ["have", verb[0]]
    lemmas += ["have", verb[1]]
    pos += ["AUX", "VERB"]
    tags += ["VB", "VBN"]
    deps += ["aux", "ROOT"]
    v = len(words) - 1
    heads = [v] * len(words)
    if obj is not None:
        words += ["the", obj[0]]
        lemmas += ["the", obj[1]]
        pos += ["DET", "NOUN"]
        tags += ["DT", "NN"]
        deps += ["det", "dobj"]
        heads += [v + 2, v]
    return _doc(words, heads, deps, pos, tags, lemmas)


def test_parse_what_someone_should_have_done_is_a_reproach():
    doc = _should_have(("Ministers", "minister", "NOUN", "NNS"), ("warned", "warn"), ("public", "public"))
    assert [(t.type, t.rule) for t in _triggers(doc)] == [("DISAPPROVE", "event.reproach")]
    # the act judged loses its own type: "the army should have attacked the base" did not attack
    doc = _should_have(("army", "army", "NOUN", "NN"), ("attacked", "attack"), ("base", "base"))
    assert [(t.type, t.rule.split("/")[-1]) for t in _triggers(doc)] == [("DISAPPROVE", "reproach")]


def test_parse_what_one_should_not_have_done_oneself_is_regret():
    doc = _should_have(("I", "I", "PRON", "PRP"), ("said", "say"), ("word", "word"), neg=True)
    assert [(t.type, t.rule) for t in _triggers(doc)] == [("CONCEDE", "event.regret")]


def test_parse_what_things_should_have_done_is_no_reproach():
    doc = _should_have(("alarms", "alarm", "NOUN", "NNS"), ("sounded", "sound"), None)
    assert _triggers(doc) == []


def _will_raise(purpose: bool):
    # "The band will play concerts to raise money" / "The band will raise money"
    if purpose:
        return _doc(["The", "band", "will", "play", "concerts", "to", "raise", "money"],
                    [1, 3, 3, 3, 3, 6, 3, 6],
                    ["det", "nsubj", "aux", "ROOT", "dobj", "aux", "advcl", "dobj"],
                    ["DET", "NOUN", "AUX", "VERB", "NOUN", "PART", "VERB", "NOUN"],
                    ["DT", "NN", "MD", "VB", "NNS", "TO", "VB", "NN"],
                    ["the", "band", "will", "play", "concert", "to", "raise", "money"])
    return _doc(["The", "band", "will", "raise", "money"], [1, 3, 3, 3, 3],
                ["det", "nsubj", "aux", "ROOT", "dobj"], ["DET", "NOUN", "AUX", "VERB", "NOUN"],
                ["DT", "NN", "MD", "VB", "NN"], ["the", "band", "will", "raise", "money"])


def test_parse_an_act_of_purpose_keeps_its_type_a_promised_one_is_an_intention():
    from newsdesk.nlp.events._find import find_events

    assert [e.type for e in find_events(_will_raise(purpose=True), [], [], [])] == ["AID"]
    assert [e.type for e in find_events(_will_raise(purpose=False), [], [], [])] == ["AGREE"]


def _launched_appeal(tail: list[tuple[str, str, str, str, str]]):
    # "The charity launched an appeal" + tail rows (word, lemma, pos, tag, dep), each hung on the
    # word before it (the first on "appeal")
    words = ["The", "charity", "launched", "an", "appeal"]
    lemmas = ["the", "charity", "launch", "an", "appeal"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN"]
    tags = ["DT", "NN", "VBD", "DT", "NN"]
    deps = ["det", "nsubj", "ROOT", "det", "dobj"]
    heads = [1, 2, 2, 4, 2]
    for w, lem, p, t, d in tail:
        heads.append(len(words) - 1)
        words.append(w)
        lemmas.append(lem)
        pos.append(p)
        tags.append(t)
        deps.append(d)
    return _doc(words, heads, deps, pos, tags, lemmas)


def test_parse_a_launched_appeal_collects_aid_one_against_a_verdict_does_not():
    def appeal_types(doc):
        return [t.type for t in _triggers(doc) if t.token.lower_ == "appeal"]

    assert appeal_types(_launched_appeal([])) == ["AID"]
    assert appeal_types(_launched_appeal([("for", "for", "ADP", "IN", "prep"),
                                          ("funds", "fund", "NOUN", "NNS", "pobj")])) == ["AID"]
    assert "AID" not in appeal_types(_launched_appeal([("against", "against", "ADP", "IN", "prep"),
                                                       ("verdict", "verdict", "NOUN", "NN", "pobj")]))


def test_parse_arms_of_war_that_kill_fight_gunmen_assault():
    from newsdesk.nlp.events._find import find_events

    def killed_by(plural: str, lemma: str):
        # "<Plural> killed ten villagers"
        return _doc([plural, "killed", "ten", "villagers"], [1, 1, 3, 1], ["nsubj", "ROOT", "nummod", "dobj"],
                    ["NOUN", "VERB", "NUM", "NOUN"], ["NNS", "VBD", "CD", "NNS"],
                    [lemma, "kill", "ten", "villager"])

    [missiles] = find_events(killed_by("Missiles", "missile"), [], [], [])
    assert (missiles.type, missiles.mode) == ("FIGHT", "heavy-weapons")
    assert [e.type for e in find_events(killed_by("Gunmen", "gunman"), [], [], [])] == ["ASSAULT"]


def _judged(verb: tuple[str, str], owner: tuple[str, str, str, str]):
    # "Lee <verb> <owner> plan was a mistake"
    return _doc(["Lee", verb[0], owner[0], "plan", "was", "a", "mistake"], [1, 1, 3, 4, 1, 6, 4],
                ["nsubj", "ROOT", owner[3], "nsubj", "ccomp", "det", "attr"],
                ["PROPN", "VERB", owner[1], "NOUN", "AUX", "DET", "NOUN"],
                ["NNP", "VBD", owner[2], "NN", "VBD", "DT", "NN"],
                ["Lee", verb[1], owner[0].lower(), "plan", "be", "a", "mistake"])


def test_parse_faulting_ones_own_act_concedes_faulting_anothers_criticises():
    said, admitted = ("said", "say"), ("admitted", "admit")
    the, his = ("the", "DET", "DT", "det"), ("his", "PRON", "PRP$", "poss")
    assert [(t.type, t.rule) for t in _triggers(_judged(said, the))] == [
        ("DISAPPROVE", "event.reported-criticism")]
    assert [(t.type, t.rule) for t in _triggers(_judged(said, his))] == [
        ("CONCEDE", "event.reported-admission")]
    assert [(t.type, t.rule) for t in _triggers(_judged(admitted, the))] == [
        ("CONCEDE", "event.reported-admission")]


def test_parse_not_stepping_down_is_a_refusal():
    from newsdesk.nlp.events._find import find_events

    def resign(neg: bool):
        # "The minister will [not] resign"
        words = ["The", "minister", "will"] + (["not"] if neg else []) + ["resign"]
        v = len(words) - 1
        return _doc(words, [1, v, v] + ([v] if neg else []) + [v],
                    ["det", "nsubj", "aux"] + (["neg"] if neg else []) + ["ROOT"],
                    ["DET", "NOUN", "AUX"] + (["PART"] if neg else []) + ["VERB"],
                    ["DT", "NN", "MD"] + (["RB"] if neg else []) + ["VB"],
                    ["the", "minister", "will"] + (["not"] if neg else []) + ["resign"])

    [refused] = find_events(resign(True), [], [], [])
    assert (refused.type, refused.rule) == ("REJECT", "event.verb.resign/refusal")
    # "will resign" is an announced retreat: PLOVER's intention (AGREE), no refusal
    assert [e.type for e in find_events(resign(False), [], [], [])] == ["AGREE"]


def test_parse_recognising_someone_as_a_government_cooperates_recognising_helpers_supports():
    from newsdesk.nlp.events._find import find_events

    as_government = _doc(["France", "recognised", "the", "rebels", "as", "the", "government"],
                         [1, 1, 3, 1, 1, 6, 4], ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                         ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
                         ["NNP", "VBD", "DT", "NNS", "IN", "DT", "NN"],
                         ["France", "recognise", "the", "rebel", "as", "the", "government"])
    assert [(e.type, e.rule) for e in find_events(as_government, [], [], [])] == [
        ("COOPERATE", "event.verb.recognise/recognition")]
    praise = _doc(["The", "mayor", "recognised", "the", "volunteers"], [1, 2, 2, 4, 2],
                  ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
                  ["DT", "NN", "VBD", "DT", "NNS"], ["the", "mayor", "recognise", "the", "volunteer"])
    assert [e.type for e in find_events(praise, [], [], [])] == ["SUPPORT"]


def test_parse_a_hostile_act_feared_of_others_accuses_an_announced_one_threatens():
    from newsdesk.nlp.events._find import find_events

    feared = _doc(["Officials", "believe", "the", "militia", "will", "attack", "the", "town"],
                  [1, 1, 3, 5, 5, 1, 7, 5], ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "det", "dobj"],
                  ["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN"],
                  ["NNS", "VBP", "DT", "NN", "MD", "VB", "DT", "NN"],
                  ["official", "believe", "the", "militia", "will", "attack", "the", "town"])
    attack = [e for e in find_events(feared, [], [], []) if e.trigger.text == "attack"]
    assert [(e.type, e.rule.split("/")[-1]) for e in attack] == [("DISAPPROVE", "feared")]
    announced = _doc(["The", "militia", "will", "attack", "the", "town"], [1, 3, 3, 3, 5, 3],
                     ["det", "nsubj", "aux", "ROOT", "det", "dobj"],
                     ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"], ["DT", "NN", "MD", "VB", "DT", "NN"],
                     ["the", "militia", "will", "attack", "the", "town"])
    assert [e.type for e in find_events(announced, [], [], [])] == ["THREATEN"]


def test_parse_pledging_sums_of_money_is_aid():
    # "The clubs pledged large sums of money": the measure "sums of" reaches the money pledged
    doc = _doc(["The", "clubs", "pledged", "large", "sums", "of", "money"], [1, 2, 2, 4, 2, 4, 5],
               ["det", "nsubj", "ROOT", "amod", "dobj", "prep", "pobj"],
               ["DET", "NOUN", "VERB", "ADJ", "NOUN", "ADP", "NOUN"],
               ["DT", "NNS", "VBD", "JJ", "NNS", "IN", "NN"],
               ["the", "club", "pledge", "large", "sum", "of", "money"])
    assert [(t.type, t.mode) for t in _triggers(doc)] == [("AID", "economic")]


def test_parse_money_raised_for_a_campaign_supports_money_for_victims_is_aid():
    from newsdesk.nlp.events._find import find_events

    def raised(tail_words, tail_lemmas, tail_deps, tail_heads, tail_pos, tail_tags):
        # "The group raised money" + a phrase on "raised"
        return _doc(["The", "group", "raised", "money"] + tail_words, [1, 2, 2, 2] + tail_heads,
                    ["det", "nsubj", "ROOT", "dobj"] + tail_deps, ["DET", "NOUN", "VERB", "NOUN"] + tail_pos,
                    ["DT", "NN", "VBD", "NN"] + tail_tags, ["the", "group", "raise", "money"] + tail_lemmas)

    backing = raised(["for", "his", "campaign"], ["for", "his", "campaign"], ["prep", "poss", "pobj"],
                     [2, 6, 4], ["ADP", "PRON", "NOUN"], ["IN", "PRP$", "NN"])
    assert [(e.type, e.rule) for e in find_events(backing, [], [], [])] == [
        ("SUPPORT", "event.verb.raise/campaign-money")]
    relief = raised(["for", "the", "victims"], ["for", "the", "victim"], ["prep", "det", "pobj"],
                    [2, 6, 4], ["ADP", "DET", "NOUN"], ["IN", "DT", "NNS"])
    assert [e.type for e in find_events(relief, [], [], [])] == ["AID"]


def test_parse_not_ruling_out_an_attack_threatens_not_ruling_out_talks_does_not():
    from newsdesk.nlp.events._find import find_events

    def not_ruled_out(noun: str):
        # "The alliance did not rule out an <noun>"
        return _doc(["The", "alliance", "did", "not", "rule", "out", "an", noun], [1, 4, 4, 4, 4, 4, 7, 4],
                    ["det", "nsubj", "aux", "neg", "ROOT", "prt", "det", "dobj"],
                    ["DET", "NOUN", "AUX", "PART", "VERB", "ADP", "DET", "NOUN"],
                    ["DT", "NN", "VBD", "RB", "VB", "RP", "DT", "NN"],
                    ["the", "alliance", "do", "not", "rule", "out", "an", noun])

    assert [(e.type, e.rule) for e in find_events(not_ruled_out("attack"), [], [], [])
            if e.trigger.text.startswith("rule")] == [("THREATEN", "event.verb.rule+out/not-ruled-out")]
    assert [(e.type, e.status) for e in find_events(not_ruled_out("inquiry"), [], [], [])
            if e.trigger.text.startswith("rule")] == [("REJECT", "negated")]


def test_parse_being_implicated_in_an_attack_is_an_accusation():
    # "The militia was implicated in the attack": the passive accuses it (CAMEO 112)
    doc = _doc(["The", "militia", "was", "implicated", "in", "the", "attack"], [1, 3, 3, 3, 3, 6, 4],
               ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj"],
               ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN"],
               ["DT", "NN", "VBD", "VBN", "IN", "DT", "NN"],
               ["the", "militia", "be", "implicate", "in", "the", "attack"])
    assert ("DISAPPROVE", "implicated") in [(t.type, t.token.lower_) for t in _triggers(doc)]


def test_parse_summoned_for_talks_is_a_meeting_summoned_alone_a_rebuke():
    def summoned(tail):
        # "The envoy was summoned" + [for talks]
        words = ["The", "envoy", "was", "summoned"] + (["for", "talks"] if tail else [])
        return _doc(words, [1, 3, 3, 3] + ([3, 4] if tail else []),
                    ["det", "nsubjpass", "auxpass", "ROOT"] + (["prep", "pobj"] if tail else []),
                    ["DET", "NOUN", "AUX", "VERB"] + (["ADP", "NOUN"] if tail else []),
                    ["DT", "NN", "VBD", "VBN"] + (["IN", "NNS"] if tail else []),
                    ["the", "envoy", "be", "summon"] + (["for", "talk"] if tail else []))

    assert [(t.type, t.mode) for t in _triggers(summoned(True)) if t.token.lower_ == "summoned"] == [
        ("CONSULT", "meet")]
    assert [t.type for t in _triggers(summoned(False))] == ["DISAPPROVE"]


def test_parse_an_event_noun_that_dates_the_clause_is_its_backdrop():
    from newsdesk.nlp.events._find import find_events

    # "After the militia's bombing the mayor criticised the police"
    doc = _doc(["After", "the", "militia", "'s", "bombing", "the", "mayor", "criticised", "the", "police"],
               [7, 2, 4, 2, 0, 6, 7, 7, 9, 7],
               ["prep", "det", "poss", "case", "pobj", "det", "nsubj", "ROOT", "det", "dobj"],
               ["ADP", "DET", "NOUN", "PART", "NOUN", "DET", "NOUN", "VERB", "DET", "NOUN"],
               ["IN", "DT", "NN", "POS", "NN", "DT", "NN", "VBD", "DT", "NNS"],
               ["after", "the", "militia", "'s", "bombing", "the", "mayor", "criticise", "the", "police"])
    events = {e.trigger.text: e for e in find_events(doc, [], [], [])}
    assert events["criticised"].type == "DISAPPROVE" and not events["criticised"].embedded
    assert events["bombing"].type == "ASSAULT" and events["bombing"].embedded
