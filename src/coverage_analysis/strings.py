"""How the tables hold text: pandas strings stored as Python objects.

pandas 3 stores the text of its default ``str`` columns in pyarrow arrays
when pyarrow is installed (as it is with the ``[dask]`` extra) and as Python
strings otherwise. The tables and measures of this library are built from
Python strings row by row, where pyarrow storage costs about half as much
time again, and the results should not change type with what else happens
to be installed. So the library builds its tables inside
:func:`python_strings`, and they are the same whether pyarrow is there or not.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["STRING", "python_strings", "with_python_strings"]

#: The dtype of every text column of the tables.
STRING = pd.StringDtype("python", na_value=np.nan)


def python_strings() -> pd.option_context:
    """A context in which pandas' default ``str`` columns hold Python strings.

    It sets a pandas option for the whole process while it lasts, so text
    columns made meanwhile by other threads are stored the same way.
    """
    return pd.option_context("mode.string_storage", "python")


def with_python_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its text columns (``str`` dtype, any storage) stored as Python strings."""
    text = [c for c, dtype in frame.dtypes.items()
            if isinstance(dtype, pd.StringDtype) and dtype != STRING]
    return frame.astype(dict.fromkeys(text, STRING)) if text else frame
