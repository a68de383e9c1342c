"""A study is data: a second corpus, about other people, runs with no code change."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient

from coverage_analysis import StudyError, compute_measures, load_corpus, load_study
from coverage_analysis.cli import main

ROOT = Path(__file__).resolve().parents[1]
SECOND = ROOT / "tests" / "corpora" / "second_study"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("0*.ipynb"))
SEED_WORDS = ("paak", "soul", "k-pops")


@pytest.fixture(scope="module")
def second():
    return load_corpus(SECOND)


@pytest.fixture(scope="module")
def expected():
    return tomllib.loads((SECOND / "expected.toml").read_text("utf-8"))


def test_the_study_file_names_the_pair_and_its_colours(second):
    study = second.study
    assert study.title == "Press coverage of Which Way Is Land? (2025)"
    assert study.compare == ("maren_lindqvist", "tobias_achterberg")
    assert study.pair_label == "Maren Lindqvist ÷ Tobias Achterberg"
    assert study.colors == {"maren_lindqvist": "#D55E00", "tobias_achterberg": "#0072B2"}
    assert list(study.frames) == ["sea", "endurance", "partnership", "filmmaking", "gender"]


def test_defaults_work_with_people_alone(tmp_path):
    shutil.copy(SECOND / "people.toml", tmp_path / "people.toml")
    study = load_study(tmp_path)
    assert study.compare == ("maren_lindqvist", "tobias_achterberg")  # the two subjects
    assert study.frames is None and study.title == tmp_path.name
    assert set(study.colors) == set(study.compare)
    assert load_study(tmp_path / "nowhere").compare == ()


@pytest.mark.parametrize(("text", "message"), [
    ('compare = ["maren_lindqvist"]', "two person ids"),
    ('compare = ["maren_lindqvist", "nobody"]', "not in people.toml"),
    ("colour = 1", "unknown keys"),
    ("[frames.sea]\nlabel = 'sea'", "needs 'terms'"),
    ("title = [", "not a valid TOML"),
])
def test_a_bad_study_file_names_the_file_and_key(tmp_path, text, message):
    shutil.copy(SECOND / "people.toml", tmp_path / "people.toml")
    (tmp_path / "study.toml").write_text(text, encoding="utf-8")
    with pytest.raises(StudyError, match=message) as err:
        load_study(tmp_path)
    assert "study.toml" in str(err.value)


def test_name_mentions_match_the_hand_counts(second, expected):
    m = second.mentions.merge(second.paragraphs[["article_id", "paragraph_id", "is_article_text"]],
                              on=["article_id", "paragraph_id"])
    names = m[(m.type == "name") & m.is_article_text]
    for aid, facts in expected["articles"].items():
        mine = names[names.article_id == aid]
        for person in second.study.compare:
            counts = facts[person]
            body = mine[(mine.entity == person) & (mine.role != "title")]
            title = mine[(mine.entity == person) & (mine.role == "title")]
            assert (len(body), len(title)) == (counts["names"], counts["names_in_title"]), \
                (aid, person)


def test_furniture_is_labelled_not_counted(second, expected):
    p = second.paragraphs
    for aid, facts in expected["articles"].items():
        lines = p[(p.article_id == aid) & p.text.isin(facts["furniture"])]
        assert sorted(lines.text) == sorted(facts["furniture"]), aid
        assert not lines.is_article_text.any(), aid


def test_measures_and_summaries_name_the_studys_people(second):
    from coverage_analysis.report.findings import findings
    from coverage_analysis.report.summary import people_summary

    measures = compute_measures(second)
    assert set(measures["space"]["person"]) == set(second.study.compare)
    people = people_summary(second, measures)
    assert set(people["name"]) == {"Maren Lindqvist", "Tobias Achterberg"}
    text = " ".join(findings(second, measures)["finding"]).lower()
    assert "maren lindqvist" in text and not any(w in text for w in SEED_WORDS)


def test_the_cli_draws_the_second_study(tmp_path, capsys):
    assert main(["figures", "--corpus", str(SECOND), "--out", str(tmp_path / "out")]) == 0
    out = tmp_path / "out"
    summary = pd.read_csv(out / "summary.csv", dtype=str, keep_default_na=False)
    assert (summary["ratio_of"] == "Maren Lindqvist ÷ Tobias Achterberg").all()
    everything = " ".join(p.read_text("utf-8").lower() for p in out.rglob("*.csv"))
    assert "maren lindqvist" in everything
    assert not any(w in everything for w in SEED_WORDS)
    assert main(["tables", "--seeds", str(SECOND), "--out", str(tmp_path / "t")]) == 0
    assert (tmp_path / "t" / "mentions.csv").is_file()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_notebook_runs_on_the_second_study(notebook, tmp_path):
    nb = nbformat.read(notebook, as_version=4)
    tagged = [i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and nb.cells[tagged[0]].cell_type == "code"
    assert 'corpus = "../seeds"' in nb.cells[tagged[0]].source
    assert nb.metadata["kernelspec"]["name"] == "python3"
    injected = nbformat.v4.new_code_cell(f"corpus = {str(SECOND)!r}")
    nb.cells.insert(tagged[0] + 1, injected)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    shown = " ".join(o.get("text", "") + o.get("data", {}).get("text/plain", "")
                     for c in nb.cells if c.cell_type == "code" for o in c.outputs).lower()
    assert not any(w in shown for w in SEED_WORDS), notebook.name
    assert "lindqvist" in shown


def test_the_library_names_no_one_of_the_seed_study():
    """People, films and outlets are data in the corpus folder, never code."""
    named = [f"{p.relative_to(ROOT)}:{i}" for p in sorted((ROOT / "src").rglob("*"))
             if p.is_file() and p.suffix in (".py", ".toml")
             for i, line in enumerate(p.read_text("utf-8").splitlines(), 1)
             if any(w in line.lower() for w in SEED_WORDS)]
    assert not named
