"""The shared word tables check themselves: no padded, empty or duplicate entries, stored in the
case they are compared in, and a country the table lists is found as a place.

The duplicate check reads the modules' source (a duplicate in a ``frozenset`` literal is
silently folded away, so only the source shows it).
"""

from __future__ import annotations

import ast
import importlib
import inspect

import pytest
from spacy.tokens import Doc

from newsdesk.nlp import lexicon
from newsdesk.nlp.mentions import collect_mentions
from parses import entity_doc as _doc

#: Modules whose tables the rules share (word classes, names, lexicons).
TABLE_MODULES = [
    "newsdesk.words",
    "newsdesk.nlp.lexicon",
    "newsdesk.nlp.quotes._lexicon",
    "newsdesk.nlp.events._lexicon",
    "newsdesk.nlp.events._word_classes",
    "newsdesk.nlp.timex._lexicon",
    "newsdesk.names",
    "newsdesk.extract._authors",
    "newsdesk.extract._chrome",
    "newsdesk.stories._text",
    "newsdesk.store._terms",
]

#: Tables compared against lowercased text (``token.lower_``, ``text.lower()``).
LOWERCASE_TABLES = [
    "HONORIFICS", "FEMALE_HONORIFICS", "MALE_HONORIFICS", "FEMALE_WORDS", "MALE_WORDS", "TITLE_HEADS",
    "TITLE_MODIFIERS", "TITLE_WORDS", "DIRECTIONS", "NOT_TITLES", "COUNTRY_KEYS",
]


def _string_tables(module) -> dict[str, list[str]]:
    """Every module-level upper-case collection of strings (dict keys for a mapping)."""
    out: dict[str, list[str]] = {}
    for name, value in vars(module).items():
        if not name.lstrip("_").isupper():
            continue
        if isinstance(value, dict):
            value = list(value)
        if isinstance(value, (set, frozenset, list, tuple)) and value and all(
                isinstance(v, str) for v in value):
            out[name] = list(value)
    return out


def _source_lists(module) -> list[tuple[int, list[str]]]:
    """Word lists as written in the source: ``"a b c".split()`` strings and literal sets/lists/tuples."""
    tree = ast.parse(inspect.getsource(module))
    found: list[tuple[int, list[str]]] = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)):
            sep = node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else None
            words = [w.strip() for w in node.func.value.value.split(sep) if w.strip()]
            found.append((node.lineno, words))
        elif isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(words) == len(node.elts) and len(words) > 1:
                found.append((node.lineno, words))
        elif isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            if len(keys) == len(node.keys) and len(keys) > 1:
                found.append((node.lineno, keys))
    return found


#: Duplicates left in tables that other work owns and is rewriting; each must go (then its entry here).
KNOWN_DUPLICATES: dict[str, str] = {}  # module -> why its duplicates are tolerated (none now)


def _modules():
    for name in TABLE_MODULES:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError:  # a module another change moved away
            continue


def _dup_params():
    for module in _modules():
        reason = KNOWN_DUPLICATES.get(module.__name__)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(module, marks=marks, id=module.__name__)


@pytest.mark.parametrize("module", list(_modules()), ids=lambda m: m.__name__)
def test_no_padded_or_empty_entries(module) -> None:
    for name, words in _string_tables(module).items():
        bad = [w for w in words if not w or w != w.strip() or "  " in w or "\n" in w]
        assert not bad, f"{module.__name__}.{name} has padded or empty entries: {bad[:5]}"


@pytest.mark.parametrize("module", list(_dup_params()))
def test_no_duplicates_in_the_source(module) -> None:
    for line, words in _source_lists(module):
        dups = sorted({w for w in words if words.count(w) > 1})
        assert not dups, f"{module.__name__} line {line}: duplicate entries {dups}"


@pytest.mark.parametrize("name", LOWERCASE_TABLES)
def test_lowercase_tables_are_lowercase(name: str) -> None:
    table = getattr(lexicon, name)
    assert all(w == w.lower() for w in table), [w for w in table if w != w.lower()]


def test_place_alias_keys_are_compared_lowercased() -> None:
    assert all(k == k.lower().strip() for k in lexicon.PLACE_ALIASES)


def test_countries_are_clean_and_compared_in_lower_case() -> None:
    # these names began a line of the table and used to keep the line's indentation
    for name in ["Bahrain", "Bulgaria", "Congo", "Eritrea", "Israel", "Lebanon", "Spain", "Philippines"]:
        assert name in lexicon.COUNTRIES
        assert all(lexicon.is_country(form) for form in (name, name.upper(), name.lower()))
    assert not lexicon.is_country("Paris")
    assert len(lexicon.COUNTRY_KEYS) == len(lexicon.COUNTRIES)


def _labels(doc: Doc) -> dict[str, str]:
    return {m.text: m.label for m in collect_mentions(doc)}


def test_country_the_model_calls_a_person_is_a_place() -> None:
    # "Bahrain said ..." with Bahrain misread as a person: the country list makes it a place
    doc = _doc(["Bahrain", "said", "it", "would", "respond", "."],
               ["PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
               ["B-PERSON", "O", "O", "O", "O", "O"])
    assert _labels(doc) == {"Bahrain": "GPE"}


def test_country_sharing_a_word_with_a_person_stays_a_place() -> None:
    # "Israel Katz said Israel would respond.": the lone "Israel" is the country, not Katz
    doc = _doc(["Israel", "Katz", "said", "Israel", "would", "respond", "."],
               ["PROPN", "PROPN", "VERB", "PROPN", "AUX", "VERB", "PUNCT"],
               ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O"])
    mentions = collect_mentions(doc)
    assert [(m.text, m.label) for m in mentions] == [("Israel Katz", "PERSON"), ("Israel", "GPE")]


@pytest.mark.slow
def test_previously_padded_country_is_found_as_a_place(nlp) -> None:
    from builders import paragraphs
    from newsdesk.nlp import analyze

    result = analyze(paragraphs("Israel Katz said Israel would respond."), nlp)
    found = {(e.canonical, e.type) for e in result.entities}
    assert ("Israel Katz", "PERSON") in found and ("Israel", "GPE") in found
