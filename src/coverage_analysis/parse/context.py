"""An article as attribution reads it: its quotations and turns, sentences and mentions.

:class:`Quote` is one quotation or Q&A turn. ``_build_quotes`` lists an
article's Q&A turns, each with the speaker its label or place in the exchange
gives, and its quotation spans, nested; ``_Article`` holds the page's
paragraphs, sentences and mentions with the lookups that the speech-tag
rules (:mod:`.speech_tags`) and the resolver (:mod:`.attribution`) share;
``_Antecedents`` holds the people a pronoun may mean.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..people import People
from ..schema import ARTICLE_TEXT_ROLES, SPEECH_KINDS
from .mentions import Mention, snake_id
from .qa import label_of, label_words, lead_question, speaker_line
from .quotes import (
    QuoteSpan,
)

__all__ = ["Quote"]


_SENTENCE_START = re.compile(r"(?:(?:And|But|So|Then|Now|Still|Yet)\s+)?$")
#: Where a clause with a subject of its own may start inside a sentence (a quotation may
#: close before the comma: 'asked whether it was “about today,” and Moss paused').
_CLAUSE_BREAK = re.compile(r"(?:[;:]|,[”’\"]?\s+(?:and|but|so|while|yet|whereas)|\s[—–])\s+")
#: A phrase fronted before a sentence's subject: "Before acting, ", "In real life ".
_FRONTED = re.compile(
    r"(?:[^,;:“”\"]{1,60},\s+|(?:In|On|At|After|Before|During|For|With|Since|By|Later"
    r"|Afterwards?|Today|Now|Then|Once|Still)\s+(?:[\w’'-]+\s+){0,3})$"
)
#: A description of the subject, then its job, before the name set off by commas: "the
#: moderator, festival programmer " (Lotte Weiss, cut in).
_APPOSED_SUBJECT = re.compile(
    r"(?:^|(?<=,\s))(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?"
    r"[a-z][\w-]*,\s+(?:[a-z][\w-]*\s+){0,3}$"
)
#: A subordinate clause opening a sentence, up to the main clause: "When Eli asks why, ".
_FRONTED_SUBORDINATE = re.compile(
    r"[“‘\"']?(?:When|As|While|After|Before|Until|Once|If)\s[^.;:!?“”\"]{1,160},\s+")


@dataclass
class Quote:
    """A quotation or Q&A turn; offsets are absolute."""

    start: int
    end: int
    open: str
    close: str
    paragraph: int
    kind: str = ""
    speaker: str = ""
    cue: str = ""
    parent: int = -1
    depth: int = 0


@dataclass
class _Entry:
    entity: str
    sentence: int
    paragraph: int
    character: str = ""
    kind: str = ""
    #: The mention opens its clause: the subject of its sentence.
    subject: bool = False
    #: Where the mention starts.
    pos: int = -1


#: Kinds of entry a pronoun that tags speech looks for, in order (None: any kind).
_TAG_KINDS: tuple[tuple[str, ...] | None, ...] = (("name", "speaker"), ("pronoun",), None)


class _Sentence:
    """The entries of one sentence in an :class:`_Antecedents` list, summarised.

    ``first`` maps each entity, in the order they first appear, to the
    character of that first entry; ``last`` maps each of ``_TAG_KINDS`` to
    its last entry and the last before it that names someone else;
    ``entries`` are the sentence's entries in order (a sentence holds few).
    """

    __slots__ = ("entries", "first", "last")

    def __init__(self) -> None:
        self.first: dict[str, str] = {}
        self.last: dict[tuple[str, ...] | None, tuple[_Entry, _Entry | None]] = {}
        self.entries: list[_Entry] = []

    def subject(self, but: str, exclude: frozenset[str] = frozenset()) -> _Entry | None:
        """The subject of the sentence's last clause that has one.

        None if there is none, or if it is ``but`` or one of ``exclude``.
        """
        for e in reversed(self.entries):
            if e.subject:
                return e if e.entity != but and e.entity not in exclude else None
        return None

    def add(self, e: _Entry) -> None:
        self.entries.append(e)
        self.first.setdefault(e.entity, e.character)
        for kinds in _TAG_KINDS:
            if kinds is None or e.kind in kinds:
                last = self.last.get(kinds)
                if last is None:
                    self.last[kinds] = (e, None)
                else:
                    self.last[kinds] = (e, last[0] if last[0].entity != e.entity else last[1])

    def last_of(
        self, kinds: tuple[str, ...] | None, but: str, exclude: frozenset[str] = frozenset()
    ) -> _Entry | None:
        """The last entry of ``kinds`` whose entity is not ``but`` nor one of ``exclude``."""
        if exclude:
            return next((e for e in reversed(self.entries)
                         if (kinds is None or e.kind in kinds) and e.entity != but
                         and e.entity not in exclude), None)
        last = self.last.get(kinds)
        if last is None:
            return None
        return last[0] if last[0].entity != but else last[1]


class _Antecedents:
    """The entries of one scope a pronoun of one gender may mean, in reading order.

    Kept as they come, so that a pronoun finds its antecedent without
    filtering the whole history: ``other[i]`` is the index of the last entry
    before ``i`` naming someone other than entry ``i`` (-1 if none), so the
    last entry not naming the speaker is one step away; ``sentences`` holds
    each sentence's entries summarised (:class:`_Sentence`).
    """

    __slots__ = ("entries", "other", "sentences")

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.other: list[int] = []
        self.sentences: dict[int, _Sentence] = {}

    def add(self, e: _Entry) -> None:
        if not self.entries:
            self.other.append(-1)
        elif self.entries[-1].entity != e.entity:
            self.other.append(len(self.entries) - 1)
        else:
            self.other.append(self.other[-1])
        self.entries.append(e)
        self.sentences.setdefault(e.sentence, _Sentence()).add(e)

    def last(
        self, but: str, sentence: int | None = None, local: str = "",
        exclude: frozenset[str] = frozenset(),
    ) -> _Entry | None:
        """The last entry not naming ``but``, ``local`` in ``sentence``, or one of ``exclude``."""
        i = len(self.entries) - 1
        while i >= 0:
            e = self.entries[i]
            if e.entity == but:
                i = self.other[i]
            elif (e.sentence == sentence and e.entity == local) or e.entity in exclude:
                i -= 1
            else:
                return e
        return None


@dataclass
class _State:
    #: (scope, gender) to the entries a pronoun of that gender may mean there.
    history: dict[tuple[str, str], _Antecedents] = field(default_factory=dict)
    last_speaker: str = ""


def _scope(quotes: list[Quote], stack: list[int]) -> tuple[str, str]:
    """(scope key, speaker) of the innermost speech quotation on ``stack``."""
    for qi in reversed(stack):
        q = quotes[qi]
        if q.kind in SPEECH_KINDS:
            return ("qa" if q.kind == "turn" else q.speaker), q.speaker
    return "narration", ""


class _Article:
    """The per-article context the pass needs, with offset look-ups."""

    def __init__(
        self,
        raw: str,
        paragraphs: Sequence,
        sentences: Sequence[tuple[int, int]],
        people: People,
        interviewee: str,
        mentions: Sequence[Mention] = (),
        interviewers: Sequence[str] = (),
    ) -> None:
        self.raw = raw
        self.interviewers = tuple(n for n in interviewers if n.strip())
        self._labels: dict[str, set[str]] | None = None
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in sentences]
        self.text_starts = [p.start for p in paragraphs if p.role in ARTICLE_TEXT_ROLES]
        self.people = people
        self.interviewee = interviewee
        self.mentions = list(mentions)
        self._mention_starts = [m.start for m in self.mentions]
        self._mentions_sorted = all(
            a <= b for a, b in zip(self._mention_starts, self._mention_starts[1:], strict=False)
        )

    def mentions_from(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in ``lo:hi``, in their order (a bisection, not a scan)."""
        if not self._mentions_sorted:
            return [m for m in self.mentions if lo <= m.start < hi]
        starts = self._mention_starts
        return self.mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def mentions_within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions inside ``lo:hi`` (start and end), in their order."""
        return [m for m in self.mentions_from(lo, hi + 1) if m.end <= hi]

    def label_target(self, label: str) -> str:
        """The one person a Q&A label stands for by initials or surname, or "".

        "AM" or "MOSS" is Ada Moss when the article names her (in full, or
        by a name the people file gives); "RO" or "FP" is the interviewer when
        those are the initials of the writer or the outlet.
        """
        if self._labels is None:
            self._labels = {}
            names: list[tuple[str, str]] = [(n, "interviewer") for n in self.interviewers]
            ids = set(self.people.ids)
            named = dict.fromkeys(m.entity for m in self.mentions if m.entity)
            for pid in named:
                if pid in ids:
                    person = self.people[pid]
                    names += [(n, pid) for n in (person.name, *person.aliases)]
            names += [(m.surface, m.entity) for m in self.mentions
                      if m.type == "other" and m.entity and " " in m.surface]
            for name, target in names:
                for key in _label_keys(name):
                    self._labels.setdefault(key, set()).add(target)
        targets = self._labels.get(re.sub(r"[\s.]+", "", label).casefold(), set())
        return next(iter(targets)) if len(targets) == 1 else ""

    def opens_clause(self, pos: int) -> bool:
        """The mention at ``pos`` is the subject of its clause.

        Nothing but a conjunction ("And he …"), a fronted phrase naming no
        one ("Before acting, he …", "In real life he …") or a description set
        before the name ("the moderator, festival programmer Lotte Weiss, …")
        comes between it and the start of its sentence or of a clause joined
        to it (", and his son …", "; she …").
        """
        start = self.sentence_start(pos)
        joined = list(_CLAUSE_BREAK.finditer(self.raw, start, pos))
        if joined:
            start = joined[-1].end()
        lead = self.raw[start:pos].lstrip("“‘\"'(")
        if _SENTENCE_START.match(lead):
            return True
        if _FRONTED_SUBORDINATE.fullmatch(lead):  # "When Pip asks Kip, he …"
            return True
        apposed = _APPOSED_SUBJECT.search(lead)
        if apposed and (not apposed.start() or _FRONTED_SUBORDINATE.fullmatch(
                lead, 0, apposed.start())) and all(
                    m.type == "pronoun" for m in self.mentions_from(start, pos)):
            return True  # "the moderator, festival programmer Lotte Weiss, cut in"
        return bool(_FRONTED.match(lead)) and not self.mentions_from(start, pos)

    def sentence_of(self, pos: int) -> int:
        i = bisect_right(self.sentence_starts, pos) - 1
        return i if i >= 0 and pos < self.sentences[i][1] else -1

    def sentence_start(self, pos: int) -> int:
        i = self.sentence_of(pos)
        return self.sentences[i][0] if i >= 0 else pos


def _turn_speaker(
    art: _Article, p, previous: tuple[str, str] | None, head=None, turns: Sequence = ()
) -> tuple[str, str]:
    """Speaker and cue of a Q&A line, honouring a "Name:" label at its start.

    ``previous`` is the (role, speaker) of the Q&A line before it: an
    unlabelled answer after an answer continues that answer's speaker.
    ``head`` is the paragraph above it when that is a byline: a speaker's
    label alone on its line ("Ada Moss (00:01:12):") names who answers.
    ``turns`` are the (role, speaker, paragraph) of the Q&A lines before it.
    """
    if p.role == "question":
        label = label_of(p.text)
        cue = "Q&A question" + (f", labelled {label[0]!r}" if label else "")
        return "interviewer", cue
    default = art.interviewee or "unknown"
    label = label_of(p.text)
    if label is None:
        if turns and (guest := _chevron_guest(art, p, turns)):
            return guest, "Q&A answer, a new speaker (\">>\")"
        if head is not None and (words := speaker_line(head.text)):
            entity = _label_entity(art, words, head.start, head.end)
            return entity or default, f"Q&A answer, under the speaker line {words!r}"
        if previous is not None and previous[0] == "answer" and previous[1] != default:
            return previous[1], "Q&A answer continues"
        return default, "Q&A answer"
    key, end = label
    if key == "a":
        return default, "Q&A answer, labelled 'A'"
    words = label_words(p.text)
    if _UNNAMED_LABEL.match(words):
        return "unknown", f"Q&A answer, labelled {words!r}"
    entity = _label_entity(art, words, p.start, p.start + end)
    return entity or default, f"Q&A answer, labelled {words!r}"


#: A transcript's label for a voice it cannot name: "UNIDENTIFIED MALE", "Unknown Speaker".
_UNNAMED_LABEL = re.compile(r"(?:UNIDENTIFIED|UNKNOWN)\b", re.IGNORECASE)


def _chevron_guest(art: _Article, p, turns: Sequence) -> str:
    """Who speaks on an unlabelled ">>" answer: one of the guests labelled before it, or "".

    ">>" marks a change of speaker. After a question, the guest it names
    answers, else the guest who spoke last; after a guest, the other guest
    who spoke most recently. Unnamed voices ("UNIDENTIFIED MALE:") take no part.
    """
    if not p.text.startswith(">>"):
        return ""
    said = next((t for t in reversed(turns) if t[1] != "unknown"), None)
    guests = (who for role, who, _ in reversed(turns) if role == "answer" and who != "unknown")
    if said is None:
        return ""
    role, last, q = said
    if role == "question":
        for m in art.mentions_within(q.start, q.end):
            if m.entity and any(who == m.entity and r == "answer" for r, who, _ in turns):
                return m.entity
        return next(guests, "")
    return next((g for g in guests if g != last), "")


def _label_entity(art: _Article, words: str, start: int, end: int) -> str:
    """The person a speaker label (``words``, spanning ``start``–``end``) names, or ""."""
    named = [m for m in art.mentions_from(start, end) if m.entity]
    entity = named[0].entity if named else _label_person(words, art.people)
    entity = entity or art.label_target(words)
    if not entity and re.fullmatch(r"[A-Z.][\w.’'-]*(?:\s+[A-Z.][\w.’'-]*){1,3}", words):
        entity = snake_id(words)
    return entity


@functools.lru_cache(maxsize=4096)
def _plain_words(text: str) -> str:
    """Words of ``text`` in lower case, without punctuation, one space apart."""
    return " ".join(re.sub(r"[^\w\s’']", " ", text).casefold().split())


def _label_keys(name: str) -> set[str]:
    """What a Q&A label made from ``name`` may read: its initials, its surname.

    "Jo “Flint” Lund" gives "jl" and "lund"; "Ada .Moss" "am" and "moss";
    "The Draft Page" "dp" and "tdp"; a one-word name nothing.
    """
    bare = re.sub(r"[“\"‘][^”\"’]*[”\"’]", " ", name)
    words = re.findall(r"[A-Z][\w’'-]*", bare)
    if len(words) < 2:
        return set()
    keys = {"".join(w[0] for w in words).casefold(), words[-1].casefold()}
    if words[0] == "The":
        keys.add("".join(w[0] for w in words[1:]).casefold())
    return keys


def _label_person(label: str, people: People) -> str:
    """Person whose alias a speaker label spells in any case ("ADA MOSS")."""
    key = label.strip(" *_").casefold()
    for person in people.persons:
        if any(alias.casefold() == key for alias in person.aliases):
            return person.id
    return ""


def _build_quotes(art: _Article, spans: dict[int, list[QuoteSpan]]) -> list[Quote]:
    """Turns and quotation spans, sorted outer first, with parents and depths."""
    quotes = []
    previous = None
    turns: list[tuple] = []
    for i, p in enumerate(art.paragraphs):
        if p.role in ("question", "answer"):
            above = art.paragraphs[i - 1] if i else None
            head = above if above is not None and above.role == "byline" else None
            speaker, cue = _turn_speaker(art, p, previous, head, turns)
            start = p.start
            asked = lead_question(p.text) if p.role == "answer" else None
            if asked is not None:  # "**Why?** Because …": the question, then the answer
                quotes.append(Quote(p.start + asked[0], p.start + asked[1], "", "", i,
                                    kind="turn", speaker="interviewer",
                                    cue="Q&A question, styled, opening its answer's line"))
                start = p.start + asked[2]
            quotes.append(Quote(start, p.end, "", "", i, kind="turn", speaker=speaker, cue=cue))
            previous = (p.role, speaker)
            turns.append((p.role, speaker, p))
        elif p.role in ARTICLE_TEXT_ROLES:
            previous = None
    for i, found in spans.items():
        base = art.paragraphs[i].start
        quotes += [Quote(base + s.start, base + s.end, s.open, s.close, i) for s in found]
    quotes.sort(key=lambda q: (q.start, -q.end))
    stack: list[int] = []
    for qi, q in enumerate(quotes):
        while stack and not (quotes[stack[-1]].start <= q.start and q.end <= quotes[stack[-1]].end):
            stack.pop()
        q.parent = stack[-1] if stack else -1
        q.depth = len(stack)
        stack.append(qi)
    return quotes


def _sibling_bounds(quotes: list[Quote]) -> list[tuple[int | None, int | None]]:
    """For each quotation, where its siblings before it end and those after it begin.

    Siblings share the paragraph and the parent. The first number is the
    largest ``end + len(close)`` of the siblings ending before the quotation
    starts, the second the smallest ``start - len(open)`` of those starting after
    it ends (None where there are none). Quotations nest, so siblings do not
    overlap: those ending before a quotation are the ones before it in
    ``quotes``, and one pass each way over each family gives every bound.
    """
    families: dict[tuple[int, int], list[int]] = {}
    for qi, q in enumerate(quotes):
        families.setdefault((q.paragraph, q.parent), []).append(qi)
    bounds: list[tuple[int | None, int | None]] = [(None, None)] * len(quotes)
    for family in families.values():
        ends: list[int | None] = []
        best: int | None = None
        for qi in family:
            ends.append(best)
            q = quotes[qi]
            best = q.end + len(q.close) if best is None else max(best, q.end + len(q.close))
        best = None
        for k in range(len(family) - 1, -1, -1):
            q = quotes[family[k]]
            bounds[family[k]] = (ends[k], best)
            best = q.start - len(q.open) if best is None else min(best, q.start - len(q.open))
    return bounds
