"""Reading article files: decoded exactly once, checked, never altered."""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["ArticleError", "read_article"]

#: Control characters that never appear in text (everything below U+0020
#: except tab, line feed, carriage return and form feed).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


class ArticleError(ValueError):
    """An article file that cannot be analysed; the message names the file and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def read_article(path: Path | str) -> str:
    """Return the text of one article file, decoded as UTF-8.

    Offsets in every table index into this string, so nothing is normalised:
    line endings, tabs and non-breaking spaces stay as they are (a UTF-8 byte
    order mark is the one thing removed, as the decoder does).

    Raises
    ------
    ArticleError
        If the file is missing, empty or blank, not UTF-8, or binary.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(path, "file not found") from None
    except IsADirectoryError:
        raise ArticleError(path, "is a directory, not an article file") from None
    if not data:
        raise ArticleError(path, "file is empty")
    if b"\x00" in data:
        raise ArticleError(path, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(
            path, f"not UTF-8 text (undecodable byte at offset {err.start})"
        ) from None
    bad = len(_CONTROL.findall(text))
    if bad:
        raise ArticleError(path, f"not text ({bad} control characters)")
    if not text.strip():
        raise ArticleError(path, "file has no text (only white space)")
    return text
