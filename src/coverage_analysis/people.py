"""The people file: who the corpus talks about, as data rather than code."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

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


class PeopleError(ValueError):
    """A people file that cannot be used; the message names the file, person and key."""


def _fail(path: Path, reason: str) -> PeopleError:
    return PeopleError(f"{path}: {reason}")


@functools.lru_cache(maxsize=32)
def parse_toml(text: str) -> dict:
    """``tomllib.loads(text)``, once per distinct text (the result must not be modified)."""
    return tomllib.loads(text)


def load_people(path: Path | str) -> People:
    """Read a people file (TOML, see ``seeds/people.toml`` for the format).

    Raises
    ------
    PeopleError
        Naming the file, if it is not valid TOML, a person lacks an id or
        aliases, ids repeat, or a nominal is not a valid regular expression.
    """
    path = Path(path)
    try:
        data = parse_toml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _fail(path, "people file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise _fail(path, f"not a valid TOML people file ({err})") from None
    persons = []
    for entry in data.get("person", []):
        pid = entry.get("id")
        if not pid or not entry.get("aliases"):
            raise _fail(path, f"each [[person]] needs an id and aliases: {entry!r}")
        for pattern in entry.get("nominals", []):
            try:
                re.compile(pattern)
            except re.error as err:
                raise _fail(path, f"person {pid}: bad nominal {pattern!r} ({err})") from None
        persons.append(
            Person(
                id=pid,
                name=entry.get("name", pid),
                gender=entry.get("gender", ""),
                role=entry.get("role", "other"),
                aliases=tuple(entry["aliases"]),
                characters=tuple(
                    (c["name"], tuple(c.get("aliases", [c["name"]])))
                    for c in entry.get("characters", [])
                ),
                nominals=tuple(entry.get("nominals", [])),
                not_before=tuple(entry.get("not_before", [])),
            )
        )
    ids = [p.id for p in persons]
    if len(set(ids)) != len(ids):
        raise _fail(path, "person ids repeat")
    works = tuple(a for w in data.get("work", []) for a in w.get("aliases", [w["title"]]))
    return People(tuple(persons), works)
