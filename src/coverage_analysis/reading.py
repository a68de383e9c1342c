"""Reading article files: decoded exactly once, checked, never altered."""

from __future__ import annotations

import re
import stat
from pathlib import Path

from .errors import ArticleError

__all__ = ["MAX_ARTICLE_CHARS", "ArticleError", "decode_utf8", "read_article"]

#: Longest article accepted, in characters (about 2,500 pages of prose; the
#: seeds are under 20,000). A longer file is an :class:`ArticleError` naming
#: the limit. Pass ``max_chars`` to :func:`read_article`,
#: :func:`~coverage_analysis.corpus.load_corpus` or
#: :func:`~coverage_analysis.corpus.iter_articles` to change it (None: no limit).
MAX_ARTICLE_CHARS = 5_000_000

#: Control characters that never appear in text (everything below U+0020
#: except tab, line feed, carriage return and form feed).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")

#: Byte order marks of the encodings people mistake for text files (UTF-32
#: first: its little-endian mark begins with UTF-16's).
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def decode_utf8(path: Path | str, data: bytes) -> str:
    """Decode the bytes of a text file as UTF-8 (a byte order mark is dropped).

    Raises
    ------
    ArticleError
        Naming ``path``, if ``data`` is empty, UTF-16 or UTF-32 text, binary
        (holds NUL bytes) or not UTF-8.
    """
    if not data:
        raise ArticleError(path, "file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            raise ArticleError(path, f"{encoding} text, convert to UTF-8")
    if b"\x00" in data:
        even, odd = data[0::2], data[1::2]
        if len(data) % 2 == 0 and any(even + odd) and not (any(even) and any(odd)):
            raise ArticleError(path, "UTF-16 text (without a byte order mark), convert to UTF-8")
        raise ArticleError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(
            path, f"not UTF-8 text (undecodable byte at offset {err.start})"
        ) from None


def _too_long(max_chars: int) -> str:
    return f"too long: more than {max_chars:,} characters (the max_chars limit)"


def read_article(path: Path | str, max_chars: int | None = MAX_ARTICLE_CHARS) -> str:
    """Return the text of one article file, decoded as UTF-8.

    Offsets in every table index into this string, so nothing is normalised:
    line endings, tabs and non-breaking spaces stay as they are (a UTF-8 byte
    order mark is the one thing removed, as the decoder does).

    Parameters
    ----------
    path : path-like
        The article file.
    max_chars : int or None, default :data:`MAX_ARTICLE_CHARS`
        Longest text accepted, in characters; None for no limit. A file
        too large to be within it is refused before it is read.

    Raises
    ------
    ArticleError
        If the file is missing, not a regular file, empty or blank, UTF-16,
        not UTF-8, binary, or longer than ``max_chars``.
    """
    if max_chars is not None and (isinstance(max_chars, bool) or not isinstance(max_chars, int)
                                  or max_chars < 1):
        raise ValueError(f"max_chars must be a positive integer or None, not {max_chars!r}")
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ArticleError(path, "file not found") from None
    except (OSError, ValueError) as err:
        reason = getattr(err, "strerror", None) or err
        raise ArticleError(path, f"cannot be read ({reason})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(path, "is a directory, not an article file")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(path, "not a regular file (a device, pipe or socket)")
    # UTF-8 takes at most four bytes a character (three more for a byte order mark).
    if max_chars is not None and info.st_size > 4 * max_chars + 3:
        raise ArticleError(path, _too_long(max_chars))
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(path, f"cannot be read ({err.strerror or err})") from None
    text = decode_utf8(path, data)
    if max_chars is not None and len(text) > max_chars:
        raise ArticleError(path, _too_long(max_chars))
    bad = len(_CONTROL.findall(text))
    if bad:
        raise ArticleError(path, f"not text ({bad} control characters)")
    if not text.strip():
        raise ArticleError(path, "file has no text (only white space)")
    return text
