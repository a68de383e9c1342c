import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from coverage_analysis import load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SECOND = ROOT / "tests" / "corpora" / "second_study"
NOTEBOOKS = ROOT / "notebooks"


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def corpus():
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seeds_dir():
    return SEEDS


@pytest.fixture(scope="session")
def second_report(tmp_path_factory):
    """``coverage-analysis report`` run once on the second study, as a user would.

    Returns the finished process (exit status, stderr) and the output folder;
    fails if the committed notebooks or the corpus changed during the run.
    """
    out = tmp_path_factory.mktemp("report") / "second_study"
    before = _digest(NOTEBOOKS), _digest(SECOND)
    done = subprocess.run(
        [sys.executable, "-m", "coverage_analysis.cli", "report", "--corpus", str(SECOND),
         "--out", str(out)],
        cwd=tmp_path_factory.getbasetemp(), capture_output=True, text=True, timeout=600,
    )
    assert (_digest(NOTEBOOKS), _digest(SECOND)) == before
    return done, out
