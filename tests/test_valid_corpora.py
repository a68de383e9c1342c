"""A valid corpus never crashes a measure or a figure: an empty result says why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from coverage_analysis import compute_measures, load_corpus
from coverage_analysis.report.build import FIGURES, build_figures

SECOND = Path(__file__).resolve().parent / "corpora" / "second_study"

CASES = {
    "no people, no speech": ("A quiet night\n\nThe film opened to a small crowd. Nobody "
                             "spoke.\n", False),
    "one line": ("One line only.\n", False),
    "subject named, nobody quoted": ("Title here\n\nThe crowd cheered as Maren Lindqvist "
                                     "rowed in. Nobody quoted anyone.\n", True),
    "people but no one named": ("A Review\n\nThe documentary is long and wet. It works.\n",
                                True),
}


def write_corpus(folder: Path, text: str, people: bool) -> Path:
    folder.mkdir()
    (folder / "only.txt").write_text(text, encoding="utf-8")
    if people:
        shutil.copy(SECOND / "people.toml", folder / "people.toml")
    return folder


@pytest.mark.parametrize("case", list(CASES))
def test_figures_are_written_for_any_valid_corpus(tmp_path, case):
    text, people = CASES[case]
    corpus = load_corpus(write_corpus(tmp_path / "corpus", text, people))
    written = build_figures(corpus, tmp_path / "out")
    assert {p.name for p in written} >= {f"{n}.png" for n in FIGURES}
    findings = pd.read_csv(tmp_path / "out" / "findings.csv")
    assert findings["finding"].str.endswith(".").all()
    assert not findings["finding"].str.contains(r"\bnan\b|\binf\b").any()


def test_no_quoted_speech_is_said_not_raised(tmp_path):
    text, people = CASES["subject named, nobody quoted"]
    corpus = load_corpus(write_corpus(tmp_path / "c", text, people))
    measures = compute_measures(corpus)
    quoted = measures["space"].query("measure == 'quoted_words'")
    assert quoted["share"].isna().all() and (quoted["total"] == 0).all()
    findings = build_figures(corpus, tmp_path / "out") and pd.read_csv(
        tmp_path / "out" / "findings.csv")
    assert findings["finding"].str.contains("No article has quoted speech").any()


def test_a_corpus_without_people_says_there_is_no_pair(tmp_path):
    text, people = CASES["no people, no speech"]
    corpus = load_corpus(write_corpus(tmp_path / "c", text, people))
    build_figures(corpus, tmp_path / "out")
    summary = pd.read_csv(tmp_path / "out" / "summary.csv", keep_default_na=False)
    assert summary.loc[0, "reason"] == "no pair of people to compare"
    findings = pd.read_csv(tmp_path / "out" / "findings.csv")
    assert findings["finding"].str.contains("fewer than two people").any()
