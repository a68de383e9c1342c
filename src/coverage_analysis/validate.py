"""Checking what a corpus folder says about itself: ``articles.csv`` and ``people.toml``.

This is the one place where those files are read and checked, so that
nothing after it has to guess. Every problem becomes the library's own error
(:mod:`coverage_analysis.errors`), one line per problem, naming the file and
the line, person or key; all the problems of a file are reported together.
What is used but probably not meant (an unknown key in ``people.toml``, an
alias two people share, a ``.txt`` file that ``articles.csv`` does not list)
is warned about with :class:`~coverage_analysis.errors.InputWarning`.

``articles.csv`` (:func:`article_rows`):

- UTF-8 CSV with a header naming at least ``article_id`` and ``file``; every
  row has as many fields as the header; other columns (a ``note``) are kept
  out of the tables;
- ``article_id`` is non-empty and never repeats;
- ``file`` names a file inside the corpus folder: a relative path that, with
  every symbolic link resolved, stays in the folder;
- ``interviewee``, if given, is a person id from ``people.toml``;
- at least one row.

``people.toml`` (:func:`people_entries`): see ``seeds/people.toml``. Every
``[[person]]`` has an ``id`` (letters, digits, ``_``, ``.``, ``-``; not
"interviewer" or "unknown", which the tables use) and a non-empty list of
``aliases``; ``characters``, ``nominals`` and ``not_before`` are lists of
non-empty strings (characters as ``{ name = ..., aliases = [...] }``);
``gender`` is "male", "female" or "". ``nominals`` are regular expressions
in RE2 syntax (:class:`NominalPattern`): matched in time linear in the text,
whatever the pattern, so they have no look-around or back-references, and
one that matches empty text is refused. Every ``[[work]]`` has a ``title``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import re2

from .errors import ArticleError, CorpusError, InputWarning, PeopleError
from .reading import decode_utf8

__all__ = [
    "GENDERS",
    "METADATA_FILE",
    "RESERVED_IDS",
    "ArticleRow",
    "NominalPattern",
    "nominal_filter",
    "article_rows",
    "people_entries",
]

#: The metadata file of a corpus folder.
METADATA_FILE = "articles.csv"
#: Columns ``articles.csv`` must have.
REQUIRED_COLUMNS = ("article_id", "file")
#: Values of a person's ``gender``: the pronouns that can refer to them ("" for none).
GENDERS = ("male", "female", "")
#: Roles a person usually has; another value is used but warned about.
ROLES = ("subject", "cast", "crew", "author", "other")
#: Person ids the tables already use for speakers who are not people.
RESERVED_IDS = ("interviewer", "unknown")
_ID = re.compile(r"[^\W][\w.-]*")
_PERSON_KEYS = ("id", "name", "gender", "role", "aliases", "characters", "nominals", "not_before")
_CHARACTER_KEYS = ("name", "aliases")
_WORK_KEYS = ("title", "kind", "aliases")
_TOP_KEYS = ("person", "work")


def _warn(message: str) -> None:
    warnings.warn(message, InputWarning, stacklevel=3)


# ------------------------------------------------------------------ articles.csv


@dataclass(frozen=True)
class ArticleRow:
    """One article to read: its metadata and its file.

    Attributes
    ----------
    record : dict of str to str
        The row of ``articles.csv`` (every metadata column present, "" where empty).
    path : Path
        The file as named: the corpus folder joined with the ``file`` value.
    where : str
        Where the row is, for messages: "articles.csv line 3" (or the file
        name, for a folder without ``articles.csv``).
    """

    record: dict[str, str]
    path: Path
    where: str


def _inside(folder: Path, name: str) -> str:
    """Why ``folder / name`` is not a file inside ``folder`` ("" if it is)."""
    if not name:
        return "the 'file' cell is empty"
    if Path(name).is_absolute():
        return f"file {name!r} is an absolute path; name a file inside the corpus folder"
    try:
        root = folder.resolve()
        target = (folder / name).resolve()
    except (OSError, RuntimeError, ValueError) as err:
        return f"file {name!r} cannot be resolved ({err})"
    if target == root or not target.is_relative_to(root):
        return f"file {name!r} lies outside the corpus folder"
    return ""


def _read_csv(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Non-blank rows of a CSV file with the line each starts on."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise CorpusError([ArticleError(path, "is a folder, not a CSV file")]) from None
    except OSError as err:
        raise CorpusError([ArticleError(path, f"cannot be read ({err.strerror})")]) from None
    text = decode_utf8(path, data)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            raise CorpusError(
                [ArticleError(path, f"line {line + 1}: not valid CSV ({err})")]
            ) from None
        start, line = line + 1, reader.line_num
        if any(field.strip() for field in row):
            yield start, row


def article_rows(
    folder: Path, columns: Sequence[str], person_ids: Collection[str] | None = None
) -> list[ArticleRow]:
    """The articles of a corpus folder, checked: from ``articles.csv``, or every ``*.txt``.

    Parameters
    ----------
    folder : Path
        The corpus folder.
    columns : sequence of str
        Metadata columns every record gets ("" where the file has none).
    person_ids : collection of str, optional
        Ids of the people file; an ``interviewee`` must be one of them. Not
        checked when None.

    Raises
    ------
    CorpusError
        Listing every problem of ``articles.csv`` (see the module docstring),
        or saying there are no articles.
    """
    path = folder / METADATA_FILE
    if not (path.exists() or path.is_symlink()):
        return _text_files(folder, columns)
    try:
        rows = list(_read_csv(path))
    except ArticleError as err:
        raise CorpusError([err]) from None
    if not rows:
        raise CorpusError([ArticleError(path, "file has no header line (article_id,file,...)")])
    (_, header), body = rows[0], rows[1:]
    problems = []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        problems.append(f"lacks the columns {missing} (its header: {header})")
    repeated = sorted({c for c in header if header.count(c) > 1})
    if repeated:
        problems.append(f"the header names {repeated} more than once")
    if problems:
        raise CorpusError([ArticleError(path, p) for p in problems])
    if not body:
        raise CorpusError([ArticleError(path, "no articles: the file has a header but no rows")])
    out, lines_of, files = [], defaultdict(list), defaultdict(list)
    for line, fields in body:
        if len(fields) != len(header):
            problems.append(f"line {line}: {len(fields)} fields, but the header has {len(header)}")
            continue
        record = dict(zip(header, fields, strict=True))
        record |= {c: "" for c in columns if c not in record}
        aid, name = record["article_id"], record["file"]
        label = f"line {line} (article_id {aid!r})" if aid.strip() else f"line {line}"
        if not aid.strip():
            problems.append(f"{label}: the 'article_id' cell is empty")
        lines_of[aid].append(line)
        why = _inside(folder, name)
        if why:
            problems.append(f"{label}: {why}")
        interviewee = record.get("interviewee", "")
        if interviewee and person_ids is not None and interviewee not in person_ids:
            problems.append(f"{label}: interviewee {interviewee!r} is not a person id "
                            f"in people.toml")
        out.append(ArticleRow(record, folder / name, f"{METADATA_FILE} line {line}"))
        if not why:
            files[(folder / name).resolve()].append(line)
    for aid, lines in lines_of.items():
        if aid.strip() and len(lines) > 1:
            problems.append(f"article_id {aid!r} repeats on lines {_and(lines)}")
    if problems:
        raise CorpusError([ArticleError(path, p) for p in problems])
    _warn_about_files(folder, files)
    return out


def _and(numbers: list[int]) -> str:
    items = [str(n) for n in numbers]
    return ", ".join(items[:-1]) + f" and {items[-1]}"


def _text_files(folder: Path, columns: Sequence[str]) -> list[ArticleRow]:
    rows, problems = [], []
    for file in sorted(folder.glob("*.txt")):
        why = _inside(folder, file.name)
        if why:
            problems.append(ArticleError(file, why))
        record = {"article_id": file.stem, "file": file.name}
        record |= {c: "" for c in columns if c not in record}
        rows.append(ArticleRow(record, file, file.name))
    if problems:
        raise CorpusError(problems)
    if not rows:
        raise CorpusError([ArticleError(folder, f"no articles: no {METADATA_FILE} and no *.txt")])
    return rows


def _warn_about_files(folder: Path, files: dict[Path, list[int]]) -> None:
    """Warn about a file two rows name, and about ``*.txt`` files no row names."""
    for file, lines in files.items():
        if len(lines) > 1:
            _warn(f"{folder / METADATA_FILE}: lines {_and(lines)} name the same file "
                  f"{file.name!r}; it is analysed once for each")
    for file in sorted(folder.glob("*.txt")):
        if file.resolve() not in files:
            _warn(f"{file}: not listed in {METADATA_FILE}, so not analysed")


# ------------------------------------------------------------------ people.toml


def nominal_filter(patterns: Sequence[str]) -> Callable[[str], list[int]]:
    """A test of which of these nominal patterns match somewhere in a text.

    One RE2 pass over the text for all the patterns at once (a set of
    patterns), without the word-boundary context :class:`NominalPattern`
    adds: a pattern it leaves out has no match, and a paragraph is searched
    only with the patterns it keeps (their indices, in order). If the set
    cannot be built, every pattern is kept.
    """
    every = list(range(len(patterns)))
    if not patterns:
        return lambda text: []
    options = re2.Options()
    options.log_errors = False
    try:
        found = re2.Set.SearchSet(options)
        for pattern in patterns:
            found.Add(pattern)
        found.Compile()
    except (re2.error, ValueError, TypeError):
        return lambda text: every
    return lambda text: sorted(found.Match(text) or ())


class NominalPattern:
    r"""A description from the people file ("his son"), matched in linear time.

    The pattern is compiled with RE2, whose running time is linear in the
    text for any pattern, so a pattern such as ``(a+)+$`` cannot stall a run.
    A match must not follow a letter, digit, ``_`` or ``.`` and must not be
    followed by a letter, digit or ``_`` (a description is whole words).
    RE2 syntax is Python's without look-around and back-references; ``\w``,
    ``\d``, ``\b`` and ``\s`` are ASCII-only (``\pL`` is any letter).

    Raises
    ------
    ValueError
        If the pattern is not valid RE2 or matches empty text.
    """

    _WORD = r"\pL\pN_"

    def __init__(self, pattern: str) -> None:
        options = re2.Options()
        options.log_errors = False
        try:
            alone = re2.compile(pattern, options)
        except re2.error as err:
            reason = err.args[0].decode() if err.args and isinstance(err.args[0], bytes) else err
            raise ValueError(
                f"{reason}; nominals are RE2 patterns: no look-around or back-references"
            ) from None
        if alone.fullmatch("") is not None:
            raise ValueError("it matches empty text")
        self.pattern = pattern
        word = self._WORD
        body = f"((?:{pattern}))(?:[^{word}]|\\z)"
        # The first search may start at the beginning of the text; every later
        # one starts at the last character of the previous match, which the
        # leading class takes in place of a look-behind.
        self._first = re2.compile(f"(?:\\A|[^{word}.]){body}", options)
        self._next = re2.compile(f"[^{word}.]{body}", options)

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of each match in ``text``, left to right, never overlapping."""
        data = text.encode("utf-8")
        chars = _CharOffsets(data, len(data) == len(text))
        regex, pos = self._first, 0
        while pos <= len(data):
            match = regex.search(data, pos)
            if match is None:
                return
            start, end = match.span(1)
            regex = self._next
            if end == start:  # a zero-width match of a contextual pattern (\b): none
                pos = start
                continue
            yield chars(start), chars(end)
            pos = end - 1
            while data[pos] & 0xC0 == 0x80:  # back to the first byte of the last character
                pos -= 1


class _CharOffsets:
    """Byte offsets of UTF-8 ``data`` to character offsets, for increasing offsets."""

    def __init__(self, data: bytes, ascii_only: bool) -> None:
        self.data, self.ascii_only = data, ascii_only
        self.byte = self.char = 0

    def __call__(self, offset: int) -> int:
        if self.ascii_only:
            return offset
        if offset < self.byte:
            self.byte = self.char = 0
        self.char += len(self.data[self.byte:offset].decode("utf-8"))
        self.byte = offset
        return self.char


def _kind(value: object) -> str:
    names = {str: "a string", list: "a list", dict: "a table", bool: "a boolean",
             int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


class _People:
    """Collects the problems of one people file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def fail(self, where: str, reason: str) -> None:
        self.problems.append(f"{where}: {reason}")

    def unknown(self, where: str, entry: dict[str, Any], known: Sequence[str]) -> None:
        for key in entry:
            if key not in known:
                _warn(f"{self.path}: {where}unknown key {key!r} is ignored "
                      f"(known: {', '.join(known)})")

    def text(self, where: str, key: str, value: object, default: str | None = None) -> str:
        """A non-empty string (or ``default`` when the key is absent)."""
        if value is None and default is not None:
            return default
        if value is None:
            self.fail(where, f"needs {key!r}")
        elif not isinstance(value, str):
            self.fail(where, f"{key!r} must be a string, not {_kind(value)} ({value!r})")
        elif not value.strip():
            self.fail(where, f"{key!r} is empty")
        else:
            return value
        return ""

    def strings(self, where: str, key: str, value: object, required: bool = False) -> list[str]:
        """A list of non-empty strings, without white space at either end."""
        if value is None:
            if required:
                self.fail(where, f"needs {key!r}, a list of strings")
            return []
        if isinstance(value, str):
            self.fail(where, f"{key!r} must be a list of strings, not a string: "
                             f"write {key} = [{json.dumps(value, ensure_ascii=False)}]")
            return []
        if not isinstance(value, list):
            self.fail(where, f"{key!r} must be a list of strings, not {_kind(value)} ({value!r})")
            return []
        if required and not value:
            self.fail(where, f"{key!r} is an empty list")
        good = []
        for i, item in enumerate(value, 1):
            if not isinstance(item, str):
                self.fail(where, f"{key}[{i}] must be a string, not {_kind(item)} ({item!r})")
            elif not item.strip():
                self.fail(where, f"{key}[{i}] is an empty string")
            elif item != item.strip():
                self.fail(where, f"{key}[{i}] {item!r} has white space at an end")
            else:
                good.append(item)
        return good

    def tables(self, where: str, value: object) -> list[dict[str, Any]]:
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return value
        self.fail(f"{where!r}", f"must be an array of tables ([[{where}]]), not "
                                f"{_kind(value)} ({value!r})")
        return []


def people_entries(
    data: dict[str, Any], path: Path
) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """Check a parsed people file; return its persons and the titles of its works.

    Each person is a dict of :class:`~coverage_analysis.people.Person` fields.

    Raises
    ------
    PeopleError
        Listing every problem, one line each: ``<file>: person 'x': <why>``.
    """
    check = _People(path)
    check.unknown("", data, _TOP_KEYS)
    persons = [_person(check, i, entry)
               for i, entry in enumerate(check.tables("person", data.get("person", [])), 1)]
    works = tuple(alias for i, entry in enumerate(check.tables("work", data.get("work", [])), 1)
                  for alias in _work(check, i, entry))
    seen: dict[str, int] = {}
    for i, person in enumerate(persons, 1):
        pid = person["id"]
        if pid and pid in seen:
            check.fail(f"person {i}", f"id {pid!r} repeats (person {seen[pid]} has it)")
        seen.setdefault(pid, i)
    if check.problems:
        raise PeopleError("\n".join(f"{path}: {p}" for p in check.problems))
    _warn_shared_aliases(path, persons)
    return persons, works


def _person(check: _People, i: int, entry: dict[str, Any]) -> dict[str, Any]:
    where = f"person {i}"
    pid = check.text(where, "id", entry.get("id"))
    if pid:
        if not _ID.fullmatch(pid):
            check.fail(where, f"id {pid!r} must be letters, digits, '_', '.' or '-'")
        elif pid in RESERVED_IDS:
            check.fail(where, f"id {pid!r} is reserved (the tables use it for a speaker)")
        else:
            where = f"person {pid}"
    check.unknown(f"{where}: ", entry, _PERSON_KEYS)
    gender = entry.get("gender", "")
    if gender not in GENDERS:
        check.fail(where, f"'gender' must be one of {list(GENDERS)}, not {gender!r}")
        gender = ""
    role = check.text(where, "role", entry.get("role"), default="other")
    if role and role not in ROLES:
        _warn(f"{check.path}: {where}: role {role!r} is not one of {list(ROLES)}")
    aliases = check.strings(where, "aliases", entry.get("aliases"), required=True)
    nominals = check.strings(where, "nominals", entry.get("nominals"))
    for pattern in nominals:
        try:
            NominalPattern(pattern)
        except ValueError as err:
            check.fail(where, f"bad nominal {pattern!r} ({err})")
    return {
        "id": pid,
        "name": check.text(where, "name", entry.get("name"), default=pid),
        "gender": gender,
        "role": role,
        "aliases": tuple(aliases),
        "characters": tuple(_characters(check, where, entry.get("characters"))),
        "nominals": tuple(nominals),
        "not_before": tuple(check.strings(where, "not_before", entry.get("not_before"))),
    }


def _characters(check: _People, where: str, value: object) -> Iterator[tuple[str, tuple]]:
    if value is None:
        return
    if not isinstance(value, list):
        check.fail(where, f"'characters' must be a list of tables, not {_kind(value)}")
        return
    for j, character in enumerate(value, 1):
        if not isinstance(character, dict):
            check.fail(where, f"characters[{j}] must be a table like "
                              f'{{ name = "Bob", aliases = ["Bob"] }}, not {_kind(character)} '
                              f"({character!r})")
            continue
        spot = f"{where}: characters[{j}]"
        check.unknown(f"{spot}: ", character, _CHARACTER_KEYS)
        name = check.text(spot, "name", character.get("name"))
        if "aliases" in character:
            aliases = check.strings(spot, "aliases", character["aliases"], required=True)
        else:
            aliases = [name]
        if name:
            yield name, tuple(aliases)


def _work(check: _People, i: int, entry: dict[str, Any]) -> list[str]:
    where = f"work {i}"
    title = check.text(where, "title", entry.get("title"))
    if title:
        where = f"work {title!r}"
    check.unknown(f"{where}: ", entry, _WORK_KEYS)
    if "kind" in entry:
        check.text(where, "kind", entry["kind"])
    if "aliases" in entry:
        return check.strings(where, "aliases", entry["aliases"])
    return [title] if title else []


def _warn_shared_aliases(path: Path, persons: list[dict[str, Any]]) -> None:
    """Warn about a name two people (or characters) share: the first keeps it."""
    owner: dict[str, str] = {}
    for person in persons:
        names = list(person["aliases"]) + [a for _, aliases in person["characters"]
                                           for a in aliases]
        for alias in names:
            first = owner.setdefault(alias, person["id"])
            if first != person["id"]:
                _warn(f"{path}: person {person['id']}: alias {alias!r} is already a name "
                      f"of {first!r}, who keeps it")
