"""Sentence boundaries within a paragraph, as character offsets."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = [
    "split_sentences",
]

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "vs",
        "no",
        "vol",
        "inc",
        "ltd",
        "co",
        "mt",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "fig",
        "approx",
        "dept",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
    ]
)
_BOUNDARY = re.compile(
    r"(?<=[^\s(\[“‘\"'])[.!?…]+[”’\"')\]]*(?P<gap>\s+)(?=[“‘\"'(\[]?\.?[A-Z0-9])"
    r"|(?<=[a-z]{2})\.(?P<nogap>)(?=[A-Z][a-z])"
)


#: Abbreviations that are one only before a number ("No. 1", but "said no. Then").
_NUMBERED = frozenset(["no", "vol", "fig", "nos", "pp", "p"])


#: Longest word a period can close as an abbreviation ("approx").
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS | _NUMBERED))
_DIGIT_AFTER = re.compile(r"\s*\d")


def _is_false_boundary(text: str, end: int, works: Sequence[str]) -> bool:
    """True if the punctuation ending at ``end`` closes an abbreviation or a title.

    Read backwards from ``end`` (closing marks, then the word before the
    period), never slicing ``text`` up to ``end``, so that the cost does not
    grow with the length of the paragraph.
    """
    b = end  # text[:b] is text[:end] without its closing quotes and brackets
    while b > 0 and text[b - 1] in "”’\"')]":
        b -= 1
    if any(len(w) <= b and text.startswith(w, b - len(w)) for w in works):
        return True
    if b > 0 and text[b - 1] == ".":
        # The word before the period: the non-space characters before it.
        dot = start = b - 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
            if dot - start > _LONGEST_ABBREVIATION and text[start] not in "(“‘\"'":
                return False  # too long for an abbreviation or an initial
        if start < dot:
            word = text[start:dot].lower().lstrip("(“‘\"'")
            if word in _NUMBERED:
                return bool(_DIGIT_AFTER.match(text, end))
            if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
                return True
    return False


def split_sentences(text: str, works: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of one paragraph.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
    brackets) followed by white space and a capital, digit, opening quote or
    ``.Kai``-style name; or at a period wedged between two words with no space
    ("Kang.Kang is"). It does not end after an abbreviation or initial, after a
    title in ``works`` ("Wham! George"), or inside ".Kai" (a period after
    white space is never final). A quotation that holds several sentences is
    split; ``“…,” he said.`` stays whole because a comma does not end one.
    """
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        cut = match.start("gap") if match.group("gap") is not None else match.end()
        if _is_false_boundary(text, cut, works):
            continue
        spans.append((start, cut))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]
