"""Writing the five corpus tables as CSV, one article at a time."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import ExitStack
from pathlib import Path

import pandas as pd

from .corpus import iter_articles
from .people import People
from .schema import COLUMNS, TABLES

__all__ = ["export_tables"]


def export_tables(
    path: Path | str,
    out: Path | str,
    people: People | Path | str | None = None,
    on_error: str = "raise",
    workers: int = 1,
    progress: bool | None = False,
) -> list[Path]:
    """Write ``out/<table>.csv`` for the five tables of the corpus at ``path``.

    Articles are processed one at a time and appended to temporary files
    beside ``out``, so memory stays flat however large the corpus; the
    finished files then replace the old ones. If any input is bad, nothing
    is written and ``out`` is left as it was (see :func:`~coverage_analysis.corpus.check_corpus`).
    The columns are those of :class:`~coverage_analysis.corpus.Corpus`.
    ``workers`` and ``progress`` are as in
    :func:`~coverage_analysis.corpus.iter_articles`; the files are the same,
    byte for byte, whatever the number of workers.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        with ExitStack() as stack:
            handles = {
                name: stack.enter_context(open(staging / f"{name}.csv", "w", encoding="utf-8"))
                for name in TABLES
            }
            for name, handle in handles.items():
                handle.write(",".join(COLUMNS[name]) + "\n")
            for item in iter_articles(path, people, on_error, workers=workers,
                                      progress=progress):
                item["articles"] = pd.DataFrame(
                    [item["article"]], columns=list(COLUMNS["articles"])
                )
                for name, handle in handles.items():
                    item[name].to_csv(handle, header=False, index=False, lineterminator="\n")
        out.mkdir(exist_ok=True)
        written = []
        for name in TABLES:
            target = out / f"{name}.csv"
            os.chmod(staging / f"{name}.csv", 0o644)
            os.replace(staging / f"{name}.csv", target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)
