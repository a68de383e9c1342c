from pathlib import Path

import pytest

from coverage_analysis import load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def corpus():
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seeds_dir():
    return SEEDS
