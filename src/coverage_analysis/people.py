"""The people file: who the corpus talks about, as data rather than code."""

from __future__ import annotations

import copy
import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ArticleError, InputError, PeopleError
from .reading import decode_utf8
from .validate import people_entries

__all__ = ["People", "PeopleError", "Person", "load_people"]

PRONOUNS = {
    "male": ("he", "him", "his", "himself"),
    "female": ("she", "her", "hers", "herself"),
}


@dataclass(frozen=True)
class Person:
    """One person: identifier, names, the characters they play, descriptions."""

    id: str
    name: str
    gender: str = ""
    role: str = "other"
    aliases: tuple[str, ...] = ()
    characters: tuple[tuple[str, tuple[str, ...]], ...] = ()
    nominals: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()


@dataclass(frozen=True)
class People:
    """Everyone in the people file, plus titles of works that hold punctuation."""

    persons: tuple[Person, ...]
    works: tuple[str, ...] = field(default=())

    def __getitem__(self, person_id: str) -> Person:
        try:
            return self._by_id[person_id]
        except (KeyError, TypeError):
            raise KeyError(person_id) from None

    @functools.cached_property
    def _by_id(self) -> dict[str, Person]:
        """Each id's person (the first, should an id repeat)."""
        found: dict[str, Person] = {}
        for person in self.persons:
            found.setdefault(person.id, person)
        return found

    @functools.cached_property
    def lookups(self) -> dict[tuple, Any]:
        """A memo of answers worked out from this file alone, kept while it lives.

        The file never changes, so what the parsers derive from it (whom it
        describes as someone's mother, say) holds for every article; keys
        start with the name of what is memoised.
        """
        return {}

    @property
    def ids(self) -> list[str]:
        """Person ids in file order."""
        return [p.id for p in self.persons]

    def gender(self, person_id: str) -> str:
        """Gender of ``person_id``, or "" if unknown or not a person."""
        try:
            return self[person_id].gender
        except KeyError:
            return ""


def read_toml(path: Path, what: str, error: type[InputError]) -> dict[str, Any]:
    """Parse a UTF-8 TOML file; every problem is an ``error`` naming the file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise error(f"{path}: {what} file not found") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not a {what} file") from None
    except OSError as err:
        raise error(f"{path}: cannot read the {what} file ({err.strerror})") from None
    try:
        # A copy of the parse of this text: studies read the same files again and again.
        return copy.deepcopy(parse_toml(decode_utf8(path, data))) if data else {}
    except ArticleError as err:
        raise error(str(err)) from None
    except tomllib.TOMLDecodeError as err:
        raise error(f"{path}: not a valid TOML {what} file ({err})") from None


@functools.lru_cache(maxsize=32)
def parse_toml(text: str) -> dict:
    """``tomllib.loads(text)``, once per distinct text (the result must not be modified)."""
    return tomllib.loads(text)


def load_people(path: Path | str) -> People:
    """Read a people file (TOML, see ``seeds/people.toml`` for the format).

    The file is checked whole by :func:`~coverage_analysis.validate.people_entries`
    (keys, types, empty strings, repeated ids, nominal patterns); unknown keys
    are warned about.

    Raises
    ------
    PeopleError
        Naming the file and each problem, one line each, with the person and
        key: not valid TOML, a person without an id or aliases, a string where
        a list belongs, an empty string, repeated ids, a nominal that is not
        valid RE2 or matches empty text, a work without a title.
    """
    path = Path(path)
    persons, works = people_entries(read_toml(path, "people", PeopleError), path)
    return People(tuple(Person(**p) for p in persons), works)
