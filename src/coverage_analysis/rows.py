"""Table rows to typed columns and DataFrames, built once per table.

Parsers produce each article's rows as tuples in the column order of
:data:`~coverage_analysis.schema.COLUMNS`. Making a DataFrame per article
and concatenating them costs more than parsing the article, so rows are
turned into typed columns (:func:`columns`: numpy arrays for numbers and
true/false values, lists for text), which are cheap to send between
processes and to join (:func:`join`), and into a DataFrame once
(:func:`frame`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np
import pandas as pd

from .schema import COLUMNS, DTYPES
from .strings import STRING

__all__ = ["Columns", "columns", "frame", "join", "slice_columns"]

#: A table's columns in schema order: numpy arrays (int64, bool) or lists of str.
Columns = list[np.ndarray | list]


def columns(name: str, rows: Sequence[tuple]) -> Columns:
    """The columns of table ``name`` from its rows (tuples in schema order).

    Equal values of a text column other than ``text`` (roles, rules, ids,
    speakers: a few values repeated on many rows) become one object, which
    then travels between processes and stays in memory once.
    """
    values = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS[name])
    return [
        (list(column) if column_name == "text" else _shared(column)) if dtype == "str"
        else np.array(column, dtype=dtype)
        for column, (column_name, dtype) in zip(values, DTYPES[name].items(), strict=True)
    ]


def _shared(values: Sequence[str]) -> list[str]:
    """``values`` with equal strings made one object."""
    seen: dict[str, str] = {}
    return [seen.setdefault(v, v) for v in values]


def join(name: str, parts: Sequence[Columns]) -> Columns:
    """The columns of table ``name`` made of ``parts``, one after another."""
    if not parts:
        return columns(name, [])
    return [
        list(chain.from_iterable(p[i] for p in parts)) if dtype == "str"
        else np.concatenate([p[i] for p in parts])
        for i, dtype in enumerate(DTYPES[name].values())
    ]


def frame(name: str, cols: Columns) -> pd.DataFrame:
    """Table ``name`` as a DataFrame with the documented column types (text as Python strings)."""
    return pd.DataFrame({
        column: pd.array(values, dtype=STRING) if dtype == "str" else values
        for (column, dtype), values in zip(DTYPES[name].items(), cols, strict=True)
    })


def slice_columns(cols: Columns, start: int, stop: int) -> Columns:
    """Rows ``start`` to ``stop`` of some columns."""
    return [values[start:stop] for values in cols]
