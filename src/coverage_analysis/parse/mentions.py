"""Finding references to people: names, characters, descriptions, pronouns.

Names, characters and descriptions ("nominals") come from the people file
and are matched case-sensitively, so lowercase "soul" (the genre) is never
Soul Rasheed. Pronouns and first-person words are found here but resolved
later, by :mod:`coverage_analysis.attribution`, once quotes are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..people import People
from ..validate import NominalPattern

__all__ = ["Mention", "MentionFinder", "PRONOUN_GENDER"]

#: Third-person singular pronouns and the gender they select.
PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_FIRST_PERSON_RE = re.compile(r"\bI\b|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
_SECOND_PERSON_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")


@dataclass
class Mention:
    """A reference to a person; ``entity`` is "" until resolved."""

    start: int
    end: int
    surface: str
    type: str
    entity: str = ""
    character: str = ""
    rule: str = ""


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _longest_first(found: list[Mention]) -> list[Mention]:
    """Keep the earliest, then longest, of overlapping matches."""
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or not _overlaps(kept[-1], m):
            kept.append(m)
    return kept


class MentionFinder:
    """Regular expressions compiled once from a :class:`People` registry."""

    def __init__(self, people: People) -> None:
        self.people = people
        surfaces: dict[str, tuple[str, str, str]] = {}
        for person in people.persons:
            for alias in person.aliases:
                surfaces.setdefault(alias, (person.id, "name", ""))
            for character, aliases in person.characters:
                for alias in aliases:
                    surfaces.setdefault(alias, (person.id, "character", character))
        self._surfaces = surfaces
        alternation = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
        self._names = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)") if surfaces else None
        self._not_before = {
            p.id: re.compile(r"\s+(?:" + "|".join(map(re.escape, p.not_before)) + r")\b")
            for p in people.persons
            if p.not_before
        }
        # User-supplied patterns: RE2, linear in the text whatever the pattern.
        self._nominals = [
            (p.id, NominalPattern(pattern)) for p in people.persons for pattern in p.nominals
        ]

    def names(self, text: str, offset: int = 0) -> list[Mention]:
        """Name and character mentions in ``text``; offsets shifted by ``offset``."""
        if self._names is None:
            return []
        found = []
        for match in self._names.finditer(text):
            entity, kind, character = self._surfaces[match.group()]
            guard = self._not_before.get(entity)
            if guard and guard.match(text, match.end()):
                continue
            rule = f"{kind} alias of {entity}" + (f" ({character})" if character else "")
            found.append(
                Mention(
                    offset + match.start(),
                    offset + match.end(),
                    match.group(),
                    kind,
                    entity,
                    character,
                    rule,
                )
            )
        return found

    def nominals(self, text: str, offset: int = 0) -> list[Mention]:
        """Descriptions from the people file ("his son"), longest first."""
        found = [
            Mention(
                offset + start,
                offset + end,
                text[start:end],
                "nominal",
                pid,
                "",
                f"nominal of {pid} in the people file",
            )
            for pid, pattern in self._nominals
            for start, end in pattern.spans(text)
        ]
        return _longest_first(found)

    def find(
        self, text: str, offset: int = 0, *, pronouns: bool = True, second_person: bool = False
    ) -> list[Mention]:
        """All mentions in one paragraph, sorted by position.

        Names and characters never overlap each other (longest wins). A
        description may contain the name of someone else (".Paak’s own son"
        is Soul; ".Paak" in it is Paak), but not of the same person. Pronoun
        and first-person words inside a name or description are not counted
        again. With ``second_person``, "you" and "your" are kept as
        unresolved pronouns too (an interviewer's question addresses the
        interviewee).
        """
        names = _longest_first(self.names(text, offset))
        nominals = [
            n
            for n in self.nominals(text, offset)
            if not any(_overlaps(n, m) and m.entity == n.entity for m in names)
        ]
        found = names + nominals
        if pronouns:
            words = [
                Mention(offset + m.start(), offset + m.end(), m.group(), "pronoun")
                for m in _PRONOUN_RE.finditer(text)
            ] + [
                Mention(offset + m.start(), offset + m.end(), m.group(), "first_person")
                for m in _FIRST_PERSON_RE.finditer(text)
            ]
            if second_person:
                words += [
                    Mention(
                        offset + m.start(),
                        offset + m.end(),
                        m.group(),
                        "pronoun",
                        rule="second person",
                    )
                    for m in _SECOND_PERSON_RE.finditer(text)
                ]
            found += [w for w in words if not any(_overlaps(w, m) for m in names + nominals)]
        return sorted(found, key=lambda m: (m.start, m.end))
