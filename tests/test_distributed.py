"""The tables built as dask dataframes on a two-process local cluster measure the same."""

from __future__ import annotations

import pandas as pd
import pytest

from coverage_analysis import compute_measures, load_corpus

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")

from coverage_analysis.distributed import compute_tables, load_corpus_dask  # noqa: E402


def test_dask_tables_and_measures_on_a_local_cluster_equal_in_process(seeds_dir):
    expected = load_corpus(seeds_dir)
    measures = compute_measures(expected)
    # Loopback only, no dashboard: nothing listens beyond this machine.
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  host="127.0.0.1", dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        lazy = load_corpus_dask(seeds_dir, chunk_size=1)
        assert isinstance(lazy.sentences, dd.DataFrame)
        assert lazy.sentences.npartitions == len(expected.articles)
        computed = compute_tables(lazy)
        on_cluster = compute_measures(lazy)
    for name, frame in expected.tables().items():
        # load_corpus leaves a table's columns untyped (object) when an article
        # has no rows in it (pandas 3 concatenation); the dask tables are typed.
        pd.testing.assert_frame_equal(getattr(computed, name), frame, check_exact=True, obj=name,
                                      check_dtype=frame.dtypes.ne(object).all())
    assert list(on_cluster) == list(measures)
    for name, frame in measures.items():
        pd.testing.assert_frame_equal(on_cluster[name], frame, check_exact=True, obj=name)
    assert computed.raw["000"] == expected.raw["000"]
    assert computed.study == expected.study


def test_a_glob_selects_articles(seeds_dir):
    corpus = compute_tables(load_corpus_dask(str(seeds_dir / "00[12]_*.txt")))
    assert corpus.articles["article_id"].tolist() == ["001", "002"]
    whole = load_corpus(seeds_dir)
    expected = whole.sentences[whole.sentences["article_id"].isin(["001", "002"])]
    pd.testing.assert_frame_equal(corpus.sentences, expected.reset_index(drop=True),
                                  check_exact=True)
