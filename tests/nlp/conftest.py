import pytest

from newsdesk.nlp import load_model


@pytest.fixture(scope="session")
def nlp():
    return load_model()
