"""Writing the five corpus tables as CSV or Parquet, one article at a time."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pandas as pd

from .corpus import iter_articles
from .output import csv_text, staged_folder
from .people import People
from .reading import MAX_ARTICLE_CHARS
from .schema import COLUMNS, DTYPES, TABLES

__all__ = ["FORMATS", "MissingExtra", "export_tables", "typed"]

#: File formats the tables can be written in.
FORMATS = ("csv", "parquet")


class MissingExtra(ImportError):
    """An optional dependency is not installed; the message says which extra brings it."""


def typed(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """``frame`` with the columns of ``table`` in order, each of its type in :data:`DTYPES`."""
    return frame[list(COLUMNS[table])].astype(DTYPES[table])


class _CsvSink:
    """One table as CSV: the header, then rows appended per article (spreadsheet-safe cells)."""

    def __init__(self, path: Path, table: str) -> None:
        self.handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self.handle.write(",".join(COLUMNS[table]) + "\n")

    def append(self, frame: pd.DataFrame) -> None:
        self.handle.write(csv_text(frame, header=False))

    def close(self) -> None:
        self.handle.close()


class _ParquetSink:
    """One table as Parquet with the column types of :data:`DTYPES`, a row group per article.

    Values are stored as they are in the tables: Parquet is read by programs,
    not spreadsheets, so no cell is escaped.
    """

    def __init__(self, path: Path, table: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.table = table
        types = {"int64": pa.int64(), "bool": pa.bool_(), "str": pa.string()}
        empty = typed(pd.DataFrame(columns=list(COLUMNS[table])), table)
        pandas_metadata = pa.Schema.from_pandas(empty, preserve_index=False).metadata
        self.schema = pa.schema([pa.field(c, types[DTYPES[table][c]]) for c in COLUMNS[table]],
                                metadata=pandas_metadata)
        self.writer = pq.ParquetWriter(path, self.schema)

    def append(self, frame: pd.DataFrame) -> None:
        import pyarrow as pa

        if len(frame):
            self.writer.write_table(pa.Table.from_pandas(
                typed(frame, self.table), schema=self.schema, preserve_index=False))

    def close(self) -> None:
        self.writer.close()


def _sink(fmt: str):
    if fmt == "csv":
        return _CsvSink
    if fmt == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            raise MissingExtra("writing Parquet needs pyarrow: "
                               "pip install 'coverage_analysis[parquet]'") from None
        return _ParquetSink
    raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")


def export_tables(
    path: Path | str,
    out: Path | str,
    people: People | Path | str | None = None,
    on_error: str = "raise",
    max_chars: int | None = MAX_ARTICLE_CHARS,
    format: str = "csv",
    workers: int = 1,
    progress: bool | None = False,
) -> list[Path]:
    """Write ``out/<table>.csv`` (or ``.parquet``) for the five tables of the corpus at ``path``.

    Articles are processed one at a time and appended to files in a staging
    folder beside ``out``, so memory stays flat however large the corpus; the
    finished folder then replaces ``out`` whole
    (:func:`~coverage_analysis.output.staged_folder`). If any input is bad,
    nothing is written and ``out`` is left as it was (see
    :func:`~coverage_analysis.corpus.check_corpus`). The columns are those of
    :class:`~coverage_analysis.corpus.Corpus`. In CSV, text cells a
    spreadsheet would run as formulas are escaped
    (:func:`~coverage_analysis.output.csv_text`); a Parquet file (``format=
    "parquet"``, needs pyarrow) instead carries each column's type
    (:data:`~coverage_analysis.schema.DTYPES`) and the values as they are, so
    ``pd.read_parquet`` gives back the frames of :func:`~coverage_analysis.load_corpus`.
    ``workers`` and ``progress`` are as in
    :func:`~coverage_analysis.corpus.iter_articles`; the files are the same,
    byte for byte, whatever the number of workers.
    """
    sink = _sink(format)
    out = Path(out)
    articles = iter_articles(path, people, on_error, max_chars, workers=workers,
                             progress=progress)
    with staged_folder(out) as staging, ExitStack() as stack:
        sinks = {}
        for name in TABLES:
            sinks[name] = sink(staging / f"{name}.{format}", name)
            stack.callback(sinks[name].close)
        for item in articles:
            item["articles"] = pd.DataFrame([item["article"]], columns=list(COLUMNS["articles"]))
            for name, table_sink in sinks.items():
                table_sink.append(item[name])
    return [out / f"{name}.{format}" for name in TABLES]
