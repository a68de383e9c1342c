"""What a corpus is a study of: its people, the pair compared, colours and themes.

A study is data in the corpus folder, never code:

- ``people.toml`` (see :func:`~coverage_analysis.people.load_people`): who
  the articles talk about. The people with ``role = "subject"`` are the
  study's subjects, in file order.
- ``study.toml`` (optional) names the study and overrides the defaults::

      title = "Press coverage of K-Pops! (2024)"
      compare = ["paak", "soul"]        # two person ids
      [colors]                          # person id -> colour
      paak = "#D55E00"
      [frames.family]                   # theme lexicon (replaces the default one)
      label = "family"
      terms = ["father*", "son"]

Every key has a default that works with ``people.toml`` alone: the title is
the corpus folder's name, the pair is the first two subjects (topped up with
the next people in file order), colours come from a colour-blind-safe
palette, and themes from the library's generic lexicon.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .people import People, load_people, parse_toml

__all__ = ["PALETTE", "STUDY_FILE", "Study", "StudyError", "load_study"]

#: The optional file naming a study, beside ``people.toml``.
STUDY_FILE = "study.toml"
#: People file of a corpus folder.
PEOPLE_FILE = "people.toml"
#: Colours handed to people in compare order (Okabe-Ito, colour-blind safe).
PALETTE = ("#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442")
_KEYS = {"title", "compare", "colors", "frames"}


class StudyError(ValueError):
    """A study file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Study:
    """The people of a corpus and how the report should compare and show them.

    Attributes
    ----------
    title : str
        What the corpus is a study of; heads the report.
    people : People
        Everyone in the people file.
    compare : tuple of str
        Person ids compared in the space measures and figures: two when the
        people file has two people or more, fewer otherwise.
    colors : dict
        Colour of each compared person id.
    frames : dict or None
        Theme lexicon (``{name: {"label", "description", "terms"}}``), or
        None for the library's default lexicon.
    """

    title: str = "coverage study"
    people: People = field(default_factory=lambda: People(()))
    compare: tuple[str, ...] = ()
    colors: Mapping[str, str] = field(default_factory=dict)
    frames: Mapping[str, Mapping[str, Any]] | None = None

    @property
    def subjects(self) -> list[str]:
        """Ids of the people whose ``role`` is "subject", in file order."""
        return [p.id for p in self.people.persons if p.role == "subject"]

    def name(self, person_id: str) -> str:
        """Display name of a person id (the id itself when not in the people file)."""
        try:
            return self.people[person_id].name
        except KeyError:
            return person_id

    @property
    def names(self) -> dict[str, str]:
        """Display name of each compared person."""
        return {pid: self.name(pid) for pid in self.compare}

    @property
    def pair_label(self) -> str:
        """The compared pair as a ratio, "Ada Moss ÷ Theo Moss" ("" without a pair)."""
        return " ÷ ".join(self.names.values()) if len(self.compare) == 2 else ""


def default_compare(people: People) -> tuple[str, ...]:
    """The first two subjects, topped up with the next people in file order."""
    subjects = [p.id for p in people.persons if p.role == "subject"]
    others = [p.id for p in people.persons if p.role != "subject"]
    return tuple((subjects + others)[:2])


def _fail(path: Path, reason: str) -> StudyError:
    return StudyError(f"{path}: {reason}")


def _read(path: Path) -> dict[str, Any]:
    try:
        return parse_toml(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise _fail(path, f"not a valid TOML study file ({err})") from None
    except OSError as err:
        raise _fail(path, f"cannot read the study file ({err.strerror})") from None


def _compare(data: dict[str, Any], people: People, path: Path) -> tuple[str, ...]:
    if "compare" not in data:
        return default_compare(people)
    pair = data["compare"]
    if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
        raise _fail(path, f"'compare' must list two person ids, not {pair!r}")
    unknown = [p for p in pair if p not in people.ids]
    if unknown:
        raise _fail(path, f"'compare' names {unknown} who are not in {PEOPLE_FILE}")
    if pair[0] == pair[1]:
        raise _fail(path, f"'compare' names {pair[0]!r} twice")
    return tuple(pair)


def _colors(data: dict[str, Any], compare: tuple[str, ...], path: Path) -> dict[str, str]:
    given = data.get("colors", {})
    if not isinstance(given, dict) or not all(isinstance(v, str) for v in given.values()):
        raise _fail(path, "'colors' must map person ids to colour strings")
    return {pid: given.get(pid, PALETTE[i % len(PALETTE)]) for i, pid in enumerate(compare)}


def _frames(data: dict[str, Any], path: Path) -> dict[str, dict[str, Any]] | None:
    if "frames" not in data:
        return None
    frames = {}
    for name, spec in data["frames"].items():
        terms = spec.get("terms") if isinstance(spec, dict) else None
        if not (isinstance(terms, list) and terms and all(isinstance(t, str) and t.strip()
                                                          for t in terms)):
            raise _fail(path, f"frame {name!r} needs 'terms', a list of non-empty strings")
        frames[name] = {"label": str(spec.get("label", name)),
                        "description": str(spec.get("description", "")),
                        "terms": tuple(terms)}
    return frames


def load_study(folder: Path | str, people: People | None = None) -> Study:
    """Read the study of a corpus folder: its ``people.toml`` and optional ``study.toml``.

    Parameters
    ----------
    folder : path-like
        The corpus folder.
    people : People, optional
        Use these people instead of the folder's ``people.toml``.

    Raises
    ------
    StudyError
        Naming the file and key, if ``study.toml`` is not valid TOML, has an
        unknown key, or names people or colours wrongly.
    """
    folder = Path(folder)
    if people is None:
        path = folder / PEOPLE_FILE
        people = load_people(path) if path.is_file() else People(())
    path = folder / STUDY_FILE
    data = _read(path) if path.is_file() else {}
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise _fail(path, f"unknown keys {unknown} (known: {sorted(_KEYS)})")
    title = data.get("title", folder.resolve().name)
    if not isinstance(title, str):
        raise _fail(path, "'title' must be a string")
    compare = _compare(data, people, path)
    return Study(title=title, people=people, compare=compare,
                 colors=_colors(data, compare, path), frames=_frames(data, path))
