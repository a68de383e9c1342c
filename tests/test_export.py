"""``coverage-analysis tables --format csv|parquet``: the same columns, with their types."""

from __future__ import annotations

import pandas as pd
import pytest

from coverage_analysis.cli import main
from coverage_analysis.export import export_tables, typed
from coverage_analysis.output import spreadsheet_safe
from coverage_analysis.schema import COLUMNS, DTYPES, TABLES


def test_every_column_has_a_type_and_the_tables_have_them(corpus):
    assert set(DTYPES) == set(COLUMNS)
    for name in TABLES:
        assert tuple(DTYPES[name]) == COLUMNS[name]
        assert set(DTYPES[name].values()) <= {"int64", "bool", "str"}
        frame = typed(getattr(corpus, name), name)
        assert [str(t) for t in frame.dtypes] == list(DTYPES[name].values())
    assert DTYPES["articles"]["article_id"] == "str"
    assert DTYPES["paragraphs"]["is_article_text"] == "bool"
    assert DTYPES["quotes"]["parent_id"] == "int64"


def test_parquet_gives_back_the_corpus_tables_with_their_dtypes(corpus, seeds_dir, tmp_path):
    assert main(["tables", "--corpus", str(seeds_dir), "--out", str(tmp_path / "pq"),
                 "--format", "parquet"]) == 0
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == sorted(
        f"{n}.parquet" for n in TABLES)
    for name in TABLES:
        back = pd.read_parquet(tmp_path / "pq" / f"{name}.parquet")
        # Text may be stored differently (pyarrow or Python strings); values and types agree.
        pd.testing.assert_frame_equal(back, typed(getattr(corpus, name), name)
                                      .reset_index(drop=True), check_column_type=False,
                                      check_dtype=False)
        assert [str(t) for t in back.dtypes] == [str(t) for t in getattr(corpus, name).dtypes]


def test_csv_read_with_the_dtypes_is_the_same_frame(corpus, seeds_dir, tmp_path):
    """The same frame, but for the text cells CSV escapes for spreadsheets ("'- Identity")."""
    assert main(["tables", "--corpus", str(seeds_dir), "--out", str(tmp_path / "csv")]) == 0
    for name in TABLES:
        back = pd.read_csv(tmp_path / "csv" / f"{name}.csv", dtype=DTYPES[name],
                           keep_default_na=False)
        expected = typed(getattr(corpus, name), name).reset_index(drop=True)
        pd.testing.assert_frame_equal(back, spreadsheet_safe(expected), check_column_type=False,
                                      check_dtype=False)


def test_an_article_without_quotes_still_writes_typed_empty_parts(tmp_path):
    (tmp_path / "a.txt").write_text("Plain words and nothing quoted.\n", encoding="utf-8")
    export_tables(tmp_path, tmp_path / "out", format="parquet")
    quotes = pd.read_parquet(tmp_path / "out" / "quotes.parquet")
    assert len(quotes) == 0 and list(quotes.columns) == list(COLUMNS["quotes"])
    assert str(quotes["quote_id"].dtype) == "int64"


def test_an_unknown_format_is_refused(seeds_dir, tmp_path):
    with pytest.raises(ValueError, match="format must be one of"):
        export_tables(seeds_dir, tmp_path / "out", format="xlsx")
    with pytest.raises(SystemExit):
        main(["tables", "--format", "xlsx"])
    assert not (tmp_path / "out").exists()
