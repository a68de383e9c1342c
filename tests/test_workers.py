"""Articles built and measured in several processes give what one process gives."""

from __future__ import annotations

import csv
import dataclasses
import shutil

import pandas as pd
import pytest

from coverage_analysis import compute_measures, load_corpus
from coverage_analysis.cli import main
from coverage_analysis.corpus import iter_articles
from coverage_analysis.measures import parallel

N_COPIES = 8  # 32 articles: more than the progress-bar threshold


def _copies(folder, seeds_dir, n_copies):
    """The seeds, ``n_copies`` times over, each copy with a closing line of its own."""
    for name in ("people.toml", "study.toml"):
        shutil.copy(seeds_dir / name, folder / name)
    with open(seeds_dir / "articles.csv", encoding="utf-8") as handle:
        seeds = list(csv.DictReader(handle))
    rows = []
    for copy in range(n_copies):
        for seed in seeds:
            name = f"{copy}_{seed['file']}"
            text = (seeds_dir / seed["file"]).read_text(encoding="utf-8")
            (folder / name).write_text(f"{text}\nFiled from desk {copy}.\n", encoding="utf-8")
            rows.append({**seed, "article_id": f"{copy}{seed['article_id']}", "file": name})
    with open(folder / "articles.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


@pytest.fixture(scope="module")
def many(tmp_path_factory, seeds_dir):
    return _copies(tmp_path_factory.mktemp("many"), seeds_dir, N_COPIES)


@pytest.fixture(scope="module")
def few(tmp_path_factory, seeds_dir):
    return _copies(tmp_path_factory.mktemp("few"), seeds_dir, 2)


def test_tables_command_writes_the_same_bytes_with_one_or_two_workers(many, tmp_path, capsys):
    for workers in ("1", "2"):
        assert main(["tables", "--corpus", str(many), "--out", str(tmp_path / workers),
                     "--workers", workers, "--quiet"]) == 0
    capsys.readouterr()
    one = sorted(p.name for p in (tmp_path / "1").iterdir())
    assert one == sorted(p.name for p in (tmp_path / "2").iterdir())
    for name in one:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_articles_in_the_same_order_with_the_same_tables(many):
    one = list(iter_articles(many))
    two = list(iter_articles(many, workers=2))
    assert [a["article"] for a in one] == [a["article"] for a in two]
    for a, b in zip(one, two, strict=True):
        assert a["raw"] == b["raw"]
        for name in ("paragraphs", "sentences", "quotes", "mentions"):
            pd.testing.assert_frame_equal(a[name], b[name], check_exact=True)


def test_measures_in_chunks_equal_measures_in_one_process(many, monkeypatch):
    corpus = load_corpus(many, workers=2)
    single = load_corpus(many)
    for name, frame in corpus.tables().items():
        pd.testing.assert_frame_equal(frame, getattr(single, name), check_exact=True)
    whole = compute_measures(single)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ARTICLES", 1)
    for size in (1, 5):
        chunked = parallel.measure_in_chunks(corpus, workers=2, chunk_size=size)
        assert list(chunked) == list(whole)
        for name, frame in whole.items():
            pd.testing.assert_frame_equal(chunked[name], frame, check_exact=True, obj=name)
    assert list(compute_measures(corpus, workers=2)) == list(whole)


def test_progress_bar_only_when_asked_or_on_a_terminal(many, capsys):
    list(iter_articles(many, progress=True))
    assert "article" in capsys.readouterr().err
    list(iter_articles(many, progress=None))  # stderr is not a terminal here
    assert capsys.readouterr().err == ""


def test_workers_must_be_positive(capsys):
    with pytest.raises(SystemExit):
        main(["tables", "--workers", "0"])
    assert "must be 1 or more" in capsys.readouterr().err


def test_figures_command_writes_the_same_bytes_with_one_or_two_workers(few, tmp_path,
                                                                       monkeypatch, capsys):
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ARTICLES", 1)  # measure in chunks too
    for workers in ("1", "2"):
        assert main(["figures", "--corpus", str(few), "--out", str(tmp_path / workers),
                     "--workers", workers, "--quiet"]) == 0
    capsys.readouterr()
    files = sorted(p.relative_to(tmp_path / "1") for p in (tmp_path / "1").rglob("*.*"))
    assert files == sorted(p.relative_to(tmp_path / "2") for p in (tmp_path / "2").rglob("*.*"))
    for name in files:
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_chunks_put_back_in_article_id_order_when_metadata_is_not(many, monkeypatch):
    """Chunks follow the articles table; tables sorted by id are sorted again after joining."""
    corpus = load_corpus(many)
    backwards = dataclasses.replace(
        corpus, articles=corpus.articles.iloc[::-1].reset_index(drop=True))
    whole = compute_measures(backwards)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_ARTICLES", 1)
    chunked = parallel.measure_in_chunks(backwards, workers=2, chunk_size=3)
    for name, frame in whole.items():
        pd.testing.assert_frame_equal(chunked[name], frame, check_exact=True, obj=name)
