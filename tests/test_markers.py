"""A test that loads the spaCy model is marked slow without saying so (see conftest.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def test_a_model_test_is_marked_slow_automatically(request: pytest.FixtureRequest, nlp: Language) -> None:
    assert request.node.get_closest_marker("slow") is not None


def test_a_quick_test_is_not(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("slow") is None
