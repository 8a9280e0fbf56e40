"""Fixtures for the extract tests: small pages written for these tests, and ../shared when present."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = ROOT.parent / "shared"

# The quality gate scores with the benchmark's own metric module (benchmarks/metrics.py),
# so the gate and BENCHMARKS.md can never disagree; make it importable under plain `pytest`.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def fixture_text() -> Callable[[str], str]:
    """Read a fixture file written for these tests (tests/extract/fixtures)."""

    def read(name: str) -> str:
        return (FIXTURES / name).read_text("utf-8")

    return read


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder next to the repository; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared evaluation data is not available here")
    return SHARED
