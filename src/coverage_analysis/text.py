"""Small text helpers shared by every table: words and quotation marks."""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["WORD_RE", "WordCounter", "count_words", "words"]

#: A word: letters or digits, joined by inner apostrophes or hyphens
#: ("K-pop", "didn’t", "14-hour"). ".Kai" counts as the word "Kai".
WORD_RE = re.compile(r"\w+(?:[’'\-]\w+)*")


def words(text: str) -> list[str]:
    """Return the words of ``text`` in order."""
    return WORD_RE.findall(text)


def count_words(text: str) -> int:
    """Return the number of words in ``text`` (see :data:`WORD_RE`)."""
    return len(WORD_RE.findall(text))


class WordCounter:
    """Count the words of many spans of one text with one scan of the text.

    ``count(start, end)`` equals ``count_words(text[start:end])``: the words
    found in the whole text are indexed by position, and a span that cuts a
    word in two is counted directly.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        spans = [m.span() for m in WORD_RE.finditer(text)]
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def count(self, start: int, end: int) -> int:
        """The number of words in ``text[start:end]``."""
        first = bisect_left(self._starts, start)
        stop = bisect_left(self._starts, end, lo=first)
        cut_at_start = first > 0 and self._ends[first - 1] > start
        cut_at_end = stop > first and self._ends[stop - 1] > end
        if cut_at_start or cut_at_end:
            return count_words(self._text[start:end])
        return stop - first
