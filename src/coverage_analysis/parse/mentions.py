"""Finding references to people: names, characters, descriptions, pronouns.

Names, characters and descriptions ("nominals") come from the people file
and are matched case-sensitively, so lowercase "rose" (the flower) is never
Rose Avery. Pronouns and first-person words are found here but resolved
later, by :mod:`coverage_analysis.attribution`, once quotes are known.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from ..people import People
from ..validate import NominalPattern, nominal_filter
from .quotes import title_like

__all__ = ["Mention", "MentionFinder", "PRONOUN_GENDER", "organisation_like", "titles_only"]

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
_CALENDAR_WORDS = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December"
)
_CALENDAR = frozenset(_CALENDAR_WORDS.split())
#: A capitalised word after a name: "Rose Red", "Rose Records".
_NEXT_NAME = re.compile(r"\s+([A-Z][a-z][\w’'-]*)")


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


class _Spans:
    """A set of ``(start, end)`` spans, asked whether any overlaps a span.

    Sorted by start, with the furthest end reached so far: the spans starting
    before a span ends are a prefix, and one of them reaches into the span if
    the furthest end among them does. A bisection, not a scan of every span.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True if a span shares a character with ``start:end`` (as ``_overlaps``)."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start


def _word_char(c: str) -> bool:
    r"""A character of ``[\w’'-]``."""
    return c.isalnum() or c in "_’'-"


def _joined_name(text: str, start: int) -> str | None:
    r"""The capitalised word that ``text[:start]`` ends with before "and", "&" or "’n’".

    What ``([A-Z][\w’'-]*)\s+(?:and|&|n[’']|[’']n[’'])\s+$`` finds in
    ``text[:start]`` (its group 1), read backwards from ``start`` so that the
    cost does not grow with ``start``; None if nothing.
    """
    e = start
    while e > 0 and text[e - 1].isspace():
        e -= 1
    if e == start:
        return None
    found = None
    joins = []  # where each way of reading a connector ending at e starts
    if e >= 3 and text.startswith("and", e - 3):
        joins.append(e - 3)
    if e >= 1 and text[e - 1] == "&":
        joins.append(e - 1)
    if e >= 2 and text[e - 2] == "n" and text[e - 1] in "’'":
        joins.append(e - 2)
        if e >= 3 and text[e - 3] in "’'":
            joins.append(e - 3)
    for join in joins:
        w = join
        while w > 0 and text[w - 1].isspace():
            w -= 1
        if w == join:
            continue
        r = w
        while r > 0 and _word_char(text[r - 1]):
            r -= 1
        # The leftmost capital of the word run starts the match.
        first = next((i for i in range(r, w) if "A" <= text[i] <= "Z"), None)
        if first is not None and (found is None or first < found[0]):
            found = (first, text[first:w])
    return found[1] if found else None


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
        self._which_nominals = nominal_filter([pattern.pattern for _, pattern in self._nominals])

    def _inside_other_name(self, text: str, start: int, end: int, headline: bool) -> bool:
        """A one-word alias inside another proper name: "Rose Red", "Rose Records"."""
        if " " in text[start:end]:
            return False
        joined = _joined_name(text, start)
        if joined is not None and joined not in self._surfaces:
            return True
        if headline:
            return False
        after = _NEXT_NAME.match(text, end)
        return bool(after) and not any(
            s.startswith(after.group(1)) for s in self._surfaces
        ) and after.group(1) not in _CALENDAR

    def names(self, text: str, offset: int = 0, headline: bool = False) -> list[Mention]:
        """Name and character mentions in ``text``; offsets shifted by ``offset``.

        A one-word alias that is part of another proper name ("Rose Red",
        "Rose Records") is not the person; in a headline
        (``headline``), where every word is capitalised, only the first form
        is recognised.
        """
        if self._names is None:
            return []
        found = []
        for match in self._names.finditer(text):
            entity, kind, character = self._surfaces[match.group()]
            guard = self._not_before.get(entity)
            if guard and guard.match(text, match.end()):
                continue
            if self._inside_other_name(text, match.start(), match.end(), headline):
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
        which = self._which_nominals(text)
        if not which:
            return []
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
            for pid, pattern in (self._nominals[k] for k in which)
            for start, end in pattern.spans(text)
        ]
        return _longest_first(found)

    def find(
        self,
        text: str,
        offset: int = 0,
        *,
        pronouns: bool = True,
        second_person: bool = False,
        headline: bool = False,
    ) -> list[Mention]:
        """All mentions in one paragraph, sorted by position.

        Names and characters never overlap each other (longest wins). A
        description may contain the name of someone else ("Moss’s own son"
        is Theo; "Moss" in it is Ada), but not of the same person. Pronoun
        and first-person words inside a name or description are not counted
        again. With ``second_person``, "you" and "your" are kept as
        unresolved pronouns too (an interviewer's question addresses the
        interviewee).
        """
        names = _longest_first(self.names(text, offset, headline))
        by_entity: dict[str, list[tuple[int, int]]] = {}
        for m in names:
            by_entity.setdefault(m.entity, []).append((m.start, m.end))
        named = {entity: _Spans(spans) for entity, spans in by_entity.items()}
        nominals = [
            n
            for n in self.nominals(text, offset)
            if not (n.entity in named and named[n.entity].overlaps(n.start, n.end))
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
            taken = _Spans((m.start, m.end) for m in names + nominals)
            found += [w for w in words if not taken.overlaps(w.start, w.end)]
        return sorted(found, key=lambda m: (m.start, m.end))


# ------------------------------------------------- people not in the people file

#: Letters of Latin names, accented ones included ("Sørbø", "Hólm", "Łukasz").
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LOW = "a-zß-öø-ÿ\u0100-\u017f"
_TOKEN = rf"(?:(?:Mc|Mac|O[’']|D[’']|De|La|Le)?[{_UP}][{_LOW}]+(?:[-’'][{_UP}]?[{_LOW}]+)*)"
_PARTICLE = r"(?:de|van|von|da|del|der|di|le|la|bin|al|dos|du)"
#: A run of capitalised words; a possessive ends it ("Rafaela Duarte’s The Quiet Ward" is a
#: name, then a title).
_RUN = re.compile(
    rf"(?<![\w.’'-])(?:{_TOKEN}(?<![’']s)\s+(?:{_PARTICLE}\s+)?)*{_TOKEN}(?![\w’'-])")
#: Words that open a capitalised run without being part of a name: function
#: words at a sentence start, titles and job descriptions before a name.
_NOT_NAME_START_WORDS = """
    the a an this that these those in on at for but and or so when while after before as
    asked according if it its his her their our my your we they he she last next then now
    still yet much many some most even only also with without from by to of meanwhile however
    like unlike since during there here what who why how where which both each every another
    director cinematographer producer writer actor actress singer rapper drummer composer
    editor founder president chairman chairwoman chair executive star critic coach dancer
    musician filmmaker screenwriter choreographer manager agent publicist spokesperson
    spokeswoman spokesman mr mrs ms dr fan fans student students teacher principal professor
    co-star costar reporter host moderator organizer organiser curator owner officer chief
    head senior junior former late sir dame lady lord judge mayor senator governor
    deputy assistant associate acting interim vice captain sergeant lieutenant detective
    inspector commissioner superintendent sheriff constable councillor councilor councilman
    councilwoman councilmember alderman alderwoman assemblyman assemblywoman assemblymember
    congressman congresswoman selectman selectwoman trustee supervisor
    minister secretary pastor reverend rabbi fire police miss mister
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
_NOT_NAME_START = frozenset(_NOT_NAME_START_WORDS.split())
#: Months that are also given names: a name's first word when a surname follows.
_GIVEN_MONTHS = frozenset(["april", "may", "june"])
#: A preposition of time right before a run: its month is a date, not a name ("since June").
_TIME_BEFORE = re.compile(r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id"
                          r"|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat|[Ee]very|[Tt]ill|[Ff]rom|[Tt]o"
                          r"|[Oo]f)\s+$")


def titles_only(text: str) -> bool:
    """``text`` is one to three capitalised titles that may stand before a name ("Deputy Chief ").

    A job in lower case ("“Rose Red” director Ada Moss") follows a title, not speech.
    """
    words = text.split()
    return 0 < len(words) <= 3 and text[-1:].isspace() and all(
        w[:1].isupper() and w.rstrip(".").casefold() in _NOT_NAME_START for w in words)


#: A hyphenated word that describes rather than names: "Sixteen-year-old", "Oscar-winning"
#: (a given name such as "Min-jun" has one hyphen and no such ending); so does one with a
#: job in it ("Writer-director").
_NOT_NAME_HYPHEN = re.compile(
    r"-[a-z][\w’'-]*-|-(?:based|born|bred|raised|winning|nominated|time|star|old|year|era|like"
    r"|style|owned|run|led|made|famous|native|born|area|level|class|grade)$"
)
#: Words that make a capitalised run an organisation, a place or a work, not a person.
_NOT_PERSON_WORDS = """
    edition editions section supplement digest gazette herald tribune chronicle dispatch
    quarterly monthly bulletin newsletter podcast
    pictures records record festival theatre theater productions production ventures street
    avenue road boulevard university college school society hall center centre daily news
    press media studios studio entertainment films film company group music club band
    academy awards award association institute museum times post magazine weekly journal high
    courier ledger review label fame kitchen channel network show international national
    bay river lake city county state island islands canada korea america american korean
    angeles york airport hotel restaurant records sessions league foundation fund council
    committee department ministry office agency bank capital partners labs games tv radio
    project initiative series season episode album tour orchestra choir ensemble quartet
    trio gallery library church cathedral park square bridge tower house palace garden
    gardens station market mall arena stadium cinema cinemas theatres theaters
    world west east north south story stories feed page account"""
_NOT_PERSON = frozenset(_NOT_PERSON_WORDS.split())
def organisation_like(name: str) -> bool:
    """A word of the name makes it an organisation, a place or a work ("Tidewell Pictures")."""
    return any(re.sub(r"[’']s$", "", w).casefold() in _NOT_PERSON for w in name.split())


#: A possessive and a relation word right before a lone given name: "my friend Jonah".
_RELATION_BEFORE = re.compile(
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)\s+(?:(?:best|old|oldest|little|big"
    r"|younger|older|late)\s+)?(?:friend|buddy|pal|mate|roommate|flatmate|neighbou?r|colleague"
    r"|co-?worker|partner|cousin|brother|sister|mother|mom|mum|father|dad|son|daughter|wife"
    r"|husband|boyfriend|girlfriend|uncle|aunt|niece|nephew|grandmother|grandfather|grandma"
    r"|grandpa),?\s+$"
)
#: A possessive description and a comma right before a lone given name set off by commas:
#: "my first assistant director, Rasmus,".
_APPOSED_TO = re.compile(
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+$")
#: A romanised given name of two syllables joined by a hyphen ("Min-ji", "Ji-ho").
_GIVEN_HYPHENATED = re.compile(r"[A-Z][a-z]+-[a-z]+")


_CHAR = rf"(?P<char>{_TOKEN}(?:\s+{_TOKEN}){{0,2}})"
#: "Theo Garza (Eli Warrick)": the character, then the actor in brackets (a remark may
#: follow the actor: "(Eli Warrick, all nerves)").
_CHAR_BEFORE = re.compile(rf"{_CHAR}\s*\(\s*$")
_CLOSE_PAREN = re.compile(r"\s*(?:,[^()]{1,60})?\)")
#: "Eli Warrick as Theo", "Warrick, who plays Theo", "Rao plays the father, Ray".
_CHAR_AFTER = re.compile(
    r",?\s+(?:as|(?:who\s+)?(?:plays|played|voices|voiced|portrays|portrayed))\s+"
    rf"(?:(?:the|a|an|his|her)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:[a-z][\w-]*,?\s+))?{_CHAR}"
    r"(?![\w’'-])"
)
#: "Yeji, played with dry precision by Jee Young Han": the character before "played by"
#: (a description may come between: "played by the stage actor Jee Young Han").
_CHAR_PLAYED_BY = re.compile(
    rf"{_CHAR},?\s+(?:(?:is|was)\s+)?(?:played|voiced|portrayed)\s+(?:[\w-]+\s+){{0,8}}?by\s+"
    r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3})?$"
)


#: Letters that carry no accent mark to strip: spelled in plain letters in ids.
_PLAIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d",
                        "þ": "th", "ð": "d", "ı": "i"})


def _given_names(people: People, known: set[str]) -> dict[str, str]:
    """First names of the people file's people, alone ("Ada" for Ada Moss), to their ids.

    Coverage of a study calls its people by first name without always giving
    the full name first; a first name two people share, or that is already a
    name or part of the file, is left out.
    """
    firsts: dict[str, set[str]] = {}
    for p in people.persons:
        words = re.findall(_TOKEN, p.name)
        if len(words) >= 2 and p.name.startswith(words[0]):
            firsts.setdefault(words[0], set()).add(p.id)
    return {w: ids.pop() for w, ids in firsts.items() if len(ids) == 1 and w not in known}


def snake_id(name: str) -> str:
    """A person id made from a name: lower snake case, accents dropped.

    "Lena Brandt" is ``lena_brandt``, "Åse Sørbø" is ``ase_sorbo``.
    """
    folded = unicodedata.normalize("NFKD", name.casefold().translate(_PLAIN))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "_", plain.replace("’", "").replace("'", "")).strip("_")


def _title_key(title: str) -> str:
    """A title compared without case, edge punctuation or a leading article."""
    words = re.sub(r"^\W+|\W+$", "", title).casefold().split()
    return " ".join(words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words)


#: A preposition of place right before a capitalised run: "closed the deal in Santa Monica".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|around|throughout)\s+$")


def _a_place(text: str, start: int, end: int) -> bool:
    """The capitalised run at ``start:end`` follows a preposition of place: a place, not a person.

    "in Santa Monica", "at Marlow Street"; not "at Ada Moss’s house", whose
    owner is named.
    """
    return bool(_PLACE_BEFORE.search(text, max(0, start - 12), start)) and not re.search(
        r"[’']s$", text[start:end])


_NICKNAME = re.compile(_TOKEN)


def _nicknames_blanked(text: str, skip: list[tuple[int, int]]
                       ) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with a quoted nickname inside a name blanked, and the quotations left.

    "Margaret “Mags” Tolliver" is then one run of capitalised words, the name
    "Margaret Tolliver"; only quotations of one capitalised word between
    capitalised words are touched.
    """
    nicknames = [(s, e) for s, e in skip if s > 0 and e < len(text)
                 and _NICKNAME.fullmatch(text, s, e)
                 and text[s - 2 : s - 1] == " " and text[e + 1 : e + 2] == " "
                 and text[e + 2 : e + 3].isupper()
                 and text[max(0, s - 40) : s - 2].rsplit(" ", 1)[-1][:1].isupper()]
    for s, e in nicknames:
        text = text[: s - 1] + " " * (e - s + 2) + text[e + 1 :]
    return text, [span for span in skip if span not in nicknames]


class OtherPeople:
    """People an article names who are not in the people file, and surnames of those who are.

    Used to tell who speaks and whom a pronoun means; these are never rows of
    the mentions table (which holds the people file's people only).
    """

    def __init__(self, people: People, exclude: tuple[str, ...] = ()) -> None:
        self.people = people
        self.exclude = {snake_id(e) for e in exclude if e}
        self.short: dict[str, str] = {}  # a surname or first name -> person id
        #: A film character's name -> the id of the actor the text says plays them.
        self.played: dict[str, str] = {}
        self._names = {a for p in people.persons for a in p.aliases}
        #: Titles the page gives in quotation marks (:func:`_title_key`), never a person.
        self.titles: set[str] = set()
        #: The first words of a title (compared as _title_key does) to the titles they begin.
        self._title_starts: dict[str, list[str]] = {}
        self._known = self._names | {
            a for p in people.persons for _, aliases in p.characters for a in aliases}
        self.given = _given_names(people, self._known)

    @staticmethod
    def _lead(words: list[str]) -> int:
        """How many words open a capitalised run without being part of a name."""
        i = 0
        while i < len(words) and (words[i].casefold() in _NOT_NAME_START
                                  or _NOT_NAME_HYPHEN.search(words[i])
                                  or ("-" in words[i] and any(
                                      part in _NOT_NAME_START
                                      for part in words[i].casefold().split("-")))):
            i += 1
        return i

    def _person_run(self, words: list[str], dated: bool = False) -> list[str]:
        """The words of a run that name a person: two or three, after any opening words.

        A month that is also a given name ("June Pettibone") opens a name unless
        ``dated`` (a preposition of time stands before it: "in June Lantern
        Films ...").
        """
        lead = self._lead(words)
        if lead == 1 and not dated and words[0].casefold() in _GIVEN_MONTHS:
            lead = 0
        words = words[lead:]
        if not 2 <= len(words) <= 3:
            return []
        # "Park Min-ji": a surname that is also a place word, before a hyphenated given name.
        head = 1 if _GIVEN_HYPHENATED.fullmatch(re.sub(r"[’']s$", "", words[-1])) else 0
        if organisation_like(" ".join(words[head:])):
            return []
        return words

    @staticmethod
    def _apposed(text: str, run: re.Match[str]) -> bool:
        """The run is set off by commas after a possessive description ("my producer, X,").

        Such a run names a person even inside a quotation.
        """
        return text[run.end() : run.end() + 1] == "," and bool(
            _APPOSED_TO.search(text, max(0, run.start() - 50), run.start()))

    def learn(self, registered: list[Mention]) -> None:
        """Take the surname and first name of each registered name given in full as short forms.

        A headline's or standfirst's "Ada Moss" makes a later "Moss" her too.
        """
        for m in registered:
            if m.type == "name" and " " in m.surface:
                pid = m.entity
                words = re.findall(_TOKEN, m.surface)
                given = [" ".join(words[:-1])] if len(words) > 2 else []
                for word in words[-1:] + words[:1] + given:
                    if word not in self.people[pid].aliases:
                        self.short.setdefault(word, pid)

    def learn_titles(self, quoted: Iterable[str]) -> None:
        """Remember the page's titles in quotation marks ("‘The Quiet Hours’").

        The same words without the marks elsewhere on the page ("Lund’s The
        Quiet Hours") name the work, not a person called "Quiet Hours".
        """
        for title in {_title_key(q) for q in quoted if title_like(q)} - self.titles:
            self.titles.add(title)
            words = title.split()
            for n in range(1, len(words)):  # each proper start, to the titles it begins
                self._title_starts.setdefault(" ".join(words[:n]), []).append(title)

    def _in_title(self, run: str, text: str, start: int) -> bool:
        """The capitalised ``run`` at ``start`` is one of the page's quoted titles, or its start.

        "Low Tide at Marrowby" unquoted holds the run "Low Tide", which is no
        person; a title that is only the start of the run ("Cathy" in "Cathy
        Shim") does not count.
        """
        key = _title_key(run)
        if key in self.titles:
            return True
        longer = self._title_starts.get(key, ())
        return bool(longer) and any(
            _title_key(text[start : start + len(t) + 8]).startswith(t) for t in longer)

    def find(
        self, text: str, offset: int, registered: list[Mention], skip: list[tuple[int, int]]
    ) -> list[Mention]:
        """Names of people not in the people file, and short forms of names given earlier.

        Inside the spans of ``skip`` (quotations) only short forms are looked for:
        a quoted "Ada pulled me aside" is the Ada named earlier, but a new
        capitalised run in quotes is more often a title than a person.
        """
        # A part of the file's that this text gives to another actor is not taken.
        taken = _Spans([(m.start - offset, m.end - offset) for m in registered
                        if m.type != "character" or self.played.get(m.surface, m.entity)
                        == m.entity])
        text, skip = _nicknames_blanked(text, skip)
        quoted = _Spans(skip)
        found = []
        self.learn(registered)
        for run in _RUN.finditer(text):
            if taken.overlaps(run.start(), run.end()):
                continue
            words = run.group().split()
            lead = self._lead(words)
            known = re.sub(r"[’']s$", "", " ".join(words[lead:]))
            if known in self.played:  # a character: the actor who plays them
                start = run.start() + run.group().index(words[lead]) if lead else run.start()
                pid = self.played[known]
                found.append(Mention(offset + start, offset + start + len(known), known,
                                     "other", pid, known,
                                     rule=f"character {known}, played by {pid}"))
                continue
            if known in self.short or known in self.given:  # "Moss", "Then Ada", "Mary Ann"
                start = run.start() + run.group().index(words[lead]) if lead else run.start()
                if _a_place(text, start, run.end()):
                    continue  # "set in Fairhaven": the place a name was taken from
                pid = self.short.get(known) or self.given[known]
                found.append(Mention(offset + start, offset + start + len(known), known,
                                     "other", pid,
                                     rule=f"short form of a name given earlier ({pid})"
                                     if known in self.short else
                                     f"short form: the first name of {pid} in the people file"))
                continue
            if (len(words) == 1 and not quoted.overlaps(run.start(), run.end())
                    and (_RELATION_BEFORE.search(text, max(0, run.start() - 40), run.start())
                         or self._apposed(text, run))):
                pid = snake_id(run.group())
                if pid in self.exclude:
                    continue
                self.short.setdefault(run.group(), pid)  # a later "Jo said" is Jo too
                found.append(Mention(offset + run.start(), offset + run.end(), run.group(),
                                     "other", pid,
                                     rule="given name after a relation word (my friend Jo)"
                                     " or set beside a description (my editor, Jo,)"))
                continue
            titled = self.titles and (
                self._in_title(run.group(), text, run.start())
                or (lead and _title_key(" ".join(words[lead:])) in self.titles))
            person = ([] if titled or (quoted.overlaps(run.start(), run.end())
                                       and not self._apposed(text, run))
                      or _a_place(text, run.start(), run.end()) else self._person_run(
                          words, bool(_TIME_BEFORE.search(text, max(0, run.start() - 8),
                                                          run.start()))))
            if person:
                start = run.start() + run.group().index(person[0])
                person[-1] = re.sub(r"[’']s$", "", person[-1])  # "Reyes-Lind’s": the name
                name = " ".join(person)
                end = start + len(name) if text.startswith(name, start) else run.end()
                pid = snake_id(text[start:end])
                if pid in self.exclude:
                    continue
                # A relative of the same surname ("Denise Bell") leaves "Bell" to the first.
                self.short.setdefault(person[-1], pid)
                self.short.setdefault(person[0], pid)
                found.append(Mention(offset + start, offset + end, text[start:end], "other", pid,
                                     rule="named in the text, not in the people file"))
        people_named = [m for m in [*registered, *found]
                        if m.type in ("name", "other") and not m.character]
        for m in people_named:
            self._link_character(text, offset, m, found)
        for m in found:  # "Theo" after "Theo Garza (Eli Warrick)" in the same paragraph
            if m.rule.startswith("short form") and m.surface in self.played:
                m.entity, m.character = self.played[m.surface], m.surface
                m.rule = f"character {m.surface}, played by {m.entity}"
        return found

    def _link_character(self, text: str, offset: int, actor: Mention,
                        found: list[Mention]) -> None:
        """Learn that ``actor`` plays a character.

        From "Theo (Eli Warrick)", "Eli Warrick as Theo", "Warrick plays Theo"
        or "Theo, played by Eli Warrick". The character's name, its first and
        its last word then mean the actor (film dialogue is spoken by the
        actor); a mention of the character just found in this paragraph is
        turned into the actor's.
        """
        start, end = actor.start - offset, actor.end - offset
        char = None
        before = _CHAR_BEFORE.search(text, max(0, start - 80), start)
        if before and _CLOSE_PAREN.match(text, end):
            char = before
        else:
            char = _CHAR_AFTER.match(text, end) or _CHAR_PLAYED_BY.search(
                text, max(0, start - 160), start)
        if char is None:
            return
        words = char.group("char").split()
        words = words[self._lead(words):]
        name = " ".join(words)
        if not words or name in self._known or snake_id(name) == actor.entity:
            return
        # A part of the people file's ("Cash") in another film goes to this film's actor.
        for key in dict.fromkeys([name, words[0], words[-1]]):
            if key not in self._names:
                self.played[key] = actor.entity
        at = char.start("char") + char.group("char").index(words[0])
        for m in found:
            if m.start - offset == at and m.surface == name:
                m.entity, m.character = actor.entity, name
                m.rule = f"character {name}, played by {actor.entity}"

