"""The library's own errors and warnings about its input and output.

Every problem with what a user hands the library (article files,
``articles.csv``, ``people.toml``, ``study.toml``, the output folder) raises
a subclass of :class:`InputError`, itself a :class:`ValueError`. Its message
has one line per problem, each naming the file and the row, person or key.
The command line prints those lines and exits with status 2.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ArticleError",
    "CorpusError",
    "InputError",
    "InputWarning",
    "OutputError",
    "PeopleError",
    "SkippedArticle",
    "StudyError",
]


class InputError(ValueError):
    """Input that cannot be used; the message has one line per problem."""


class InputWarning(UserWarning):
    """Input that is used, but probably not as meant (an unknown key, an unlisted file)."""


class ArticleError(InputError):
    """An article file that cannot be analysed; the message names the file and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class CorpusError(InputError):
    """One or more files of a corpus cannot be read; ``errors`` lists each."""

    def __init__(self, errors: list[ArticleError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


class PeopleError(InputError):
    """A people file that cannot be used; the message names the file, person and key."""


class StudyError(InputError):
    """A study file that cannot be used; the message names the file and the key."""


class OutputError(InputError):
    """An output folder that cannot be written; the message names it and why."""


class SkippedArticle(InputWarning):
    """An article left out by ``on_error="skip"``; the message names the file and why."""
