"""Small text helpers shared by every table: words and quotation marks."""

from __future__ import annotations

import re

__all__ = ["WORD_RE", "count_words", "words"]

#: A word: letters or digits, joined by inner apostrophes or hyphens
#: ("K-pop", "didn’t", "14-hour"). ".Kai" counts as the word "Kai".
WORD_RE = re.compile(r"\w+(?:[’'\-]\w+)*")


def words(text: str) -> list[str]:
    """Return the words of ``text`` in order."""
    return WORD_RE.findall(text)


def count_words(text: str) -> int:
    """Return the number of words in ``text`` (see :data:`WORD_RE`)."""
    return len(WORD_RE.findall(text))
