"""The ``Trigger`` record: a word that names an event, with the clause that carries it.

Apart from the finder (``_triggers``) so that the modules that build triggers
(``_clause_triggers``) and those that read them (``_arguments``, ``_status``, ``_find``) need
not import the finder.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

#: Event nouns whose possessor undergoes them ("his *arrest*", "her *release*").
_PATIENT_NOUNS = frozenset("""
    arrest detention imprisonment release killing murder assassination abduction kidnapping
    execution deportation expulsion torture rape beating lynching repatriation
    """.split())


@dataclass
class Trigger:
    """A word that names an event, with the clause that carries it."""

    token: Token
    type: str
    mode: str | None
    noun: bool
    carrier: Token
    start: int
    end: int
    particle: Token | None = None
    undergo: bool = False  # the carrier's subject undergoes the event ("Iran *faced* sanctions")
    occur: bool = False  # the noun is the carrier's subject ("clashes *broke out*")
    frame: Token | None = None  # "a new *round* of talks": the phrase that carries the noun
    owner: Token | None = None  # a verb whose subject takes part ("*renewed* talks", "came *for* talks")
    rule: str = ""  # "event.verb.meet", "event.noun.talk", then "/<retype>" for each rule that retyped it
    reversal: bool = False  # undoes an earlier act ("lifted sanctions", "violated the ceasefire")
    toll: Trigger | None = None  # the casualty verb counted as this fight's toll ("killed *in clashes*")

    def retype(self, typ: str, mode: str | None, why: str) -> None:
        self.type, self.mode = typ, mode
        self.rule += f"/{why}"

    @property
    def phrase(self) -> Token:
        return self.frame if self.frame is not None else self.token

    @property
    def verbal(self) -> bool:
        """Carried by a verb (the trigger itself, or a light verb for a noun)."""
        return not self.noun or self.carrier.i != self.phrase.i

    @property
    def patient_noun(self) -> bool:
        """An event noun whose possessor undergoes it ("his arrest", "her release")."""
        return self.noun and self.token.lemma_.lower() in _PATIENT_NOUNS
