"""Giving memory the process has freed back to the system.

Building the tables of a large corpus allocates many short-lived rows. Once
they are freed, glibc's allocator keeps most of their pages: the process
stays as large as at its peak, and workers forked from it share (and, as
they write, copy) those idle pages. ``malloc_trim`` returns them; Dask does
the same for its workers' unmanaged memory.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable

__all__ = ["release_free_memory"]


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """The C library's ``malloc_trim`` (glibc), or None where it has none (macOS, Windows, musl)."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None


def release_free_memory() -> bool:
    """Return freed heap pages to the system: True when some were returned.

    It changes no object, only how much memory the process holds: it takes a
    few milliseconds per gigabyte of heap.
    """
    trim = _malloc_trim()
    return bool(trim is not None and trim(0))
