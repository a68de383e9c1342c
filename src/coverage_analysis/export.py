"""Writing the five corpus tables as CSV, one article at a time."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pandas as pd

from .corpus import iter_articles
from .output import csv_text, staged_folder
from .people import People
from .reading import MAX_ARTICLE_CHARS
from .schema import COLUMNS, TABLES

__all__ = ["export_tables"]


def export_tables(
    path: Path | str,
    out: Path | str,
    people: People | Path | str | None = None,
    on_error: str = "raise",
    max_chars: int | None = MAX_ARTICLE_CHARS,
) -> list[Path]:
    """Write ``out/<table>.csv`` for the five tables of the corpus at ``path``.

    Articles are processed one at a time and appended to files in a staging
    folder beside ``out``, so memory stays flat however large the corpus; the
    finished folder then replaces ``out`` whole
    (:func:`~coverage_analysis.output.staged_folder`). If any input is bad,
    nothing is written and ``out`` is left as it was (see
    :func:`~coverage_analysis.corpus.check_corpus`). The columns are those of
    :class:`~coverage_analysis.corpus.Corpus`; text cells a spreadsheet would
    run as formulas are escaped (:func:`~coverage_analysis.output.csv_text`).
    """
    out = Path(out)
    articles = iter_articles(path, people, on_error, max_chars)
    with staged_folder(out) as staging, ExitStack() as stack:
        handles = {
            name: stack.enter_context(open(staging / f"{name}.csv", "w", encoding="utf-8"))
            for name in TABLES
        }
        for name, handle in handles.items():
            handle.write(",".join(COLUMNS[name]) + "\n")
        for item in articles:
            item["articles"] = pd.DataFrame([item["article"]], columns=list(COLUMNS["articles"]))
            for name, handle in handles.items():
                handle.write(csv_text(item[name], header=False))
    return [out / f"{name}.csv" for name in TABLES]
