"""Shared fixtures: the spaCy pipeline, the actor KB and the coder are loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = PROJECT_ROOT.parent / "shared"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``; tests that need it skip with a reason in a user's clone, where it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared/ is absent (a user's clone); CI always has it")
    return SHARED_DIR


@pytest.fixture(scope="session")
def test_data() -> Path:
    return TEST_DATA


@pytest.fixture(scope="session")
def nlp():
    from multivector.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def kb():
    from multivector.actors import ActorKB

    return ActorKB.load()


@pytest.fixture(scope="session")
def coder():
    from multivector.coding import Coder

    return Coder.load()
