"""Writing the five corpus tables as CSV or Parquet, one article at a time."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import ExitStack
from pathlib import Path

import pandas as pd

from .corpus import iter_articles
from .people import People
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
    """One table as CSV: the header, then rows appended per article."""

    def __init__(self, path: Path, table: str) -> None:
        self.handle = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self.handle.write(",".join(COLUMNS[table]) + "\n")

    def append(self, frame: pd.DataFrame) -> None:
        frame.to_csv(self.handle, header=False, index=False, lineterminator="\n")

    def close(self) -> None:
        self.handle.close()


class _ParquetSink:
    """One table as Parquet with the column types of :data:`DTYPES`, a row group per article."""

    def __init__(self, path: Path, table: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.table = table
        types = {"int64": pa.int64(), "bool": pa.bool_(), "str": pa.string()}
        empty = typed(pd.DataFrame(columns=list(COLUMNS[table])), table)
        self.schema = pa.Schema.from_pandas(empty, preserve_index=False)
        self.schema = pa.schema([pa.field(c, types[DTYPES[table][c]]) for c in COLUMNS[table]],
                                metadata=self.schema.metadata)
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
    format: str = "csv",
) -> list[Path]:
    """Write ``out/<table>.csv`` (or ``.parquet``) for the five tables of the corpus at ``path``.

    Articles are processed one at a time and appended to temporary files
    beside ``out``, so memory stays flat however large the corpus; the
    finished files then replace the old ones. If any input is bad, nothing
    is written and ``out`` is left as it was (see :func:`~coverage_analysis.corpus.check_corpus`).
    The columns are those of :class:`~coverage_analysis.corpus.Corpus`; a
    Parquet file also carries each column's type (:data:`~coverage_analysis.schema.DTYPES`),
    so ``pd.read_parquet`` gives back the dtypes of :func:`~coverage_analysis.load_corpus`.
    """
    sink = _sink(format)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        with ExitStack() as stack:
            sinks = {}
            for name in TABLES:
                sinks[name] = sink(staging / f"{name}.{format}", name)
                stack.callback(sinks[name].close)
            for item in iter_articles(path, people, on_error):
                item["articles"] = pd.DataFrame(
                    [item["article"]], columns=list(COLUMNS["articles"])
                )
                for name, table_sink in sinks.items():
                    table_sink.append(item[name])
        out.mkdir(exist_ok=True)
        written = []
        for name in TABLES:
            target = out / f"{name}.{format}"
            os.chmod(staging / f"{name}.{format}", 0o644)
            os.replace(staging / f"{name}.{format}", target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
