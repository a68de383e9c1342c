"""Freed memory goes back to the system (glibc), so forked workers do not share idle pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from coverage_analysis.memory import _malloc_trim, release_free_memory

STATM = Path("/proc/self/statm")


def _resident_mib() -> float:
    return int(STATM.read_text().split()[1]) * 4096 / 2**20


@pytest.mark.skipif(_malloc_trim() is None or not STATM.exists(),
                    reason="needs glibc's malloc_trim and /proc")
def test_freed_strings_leave_the_process():
    # Strings of 1 KB come from malloc, not Python's small-object arenas;
    # keeping one in fifty leaves the freed heap in holes that malloc keeps.
    strings = [("x" * 1000) + str(i) for i in range(100_000)]
    kept = strings[::50]
    del strings
    before = _resident_mib()
    assert release_free_memory()
    assert before - _resident_mib() > 50  # of the ~100 MiB freed
    assert len(kept) == 2000


def test_without_malloc_trim_nothing_is_done(monkeypatch):
    monkeypatch.setattr("coverage_analysis.memory._malloc_trim", lambda: None)
    assert release_free_memory() is False
