"""One article's text to rows of the five tables (pure: text in, frames out)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..people import People
from ..rows import columns, frame
from ..schema import ARTICLE_TEXT_ROLES, PROSE_ROLES, SPEECH_KINDS
from ..text import WordCounter
from .attribution import Quote, attribute
from .lines import is_cut_off, split_lines
from .mentions import Mention, MentionFinder, OtherPeople
from .quotes import TITLE_CASE_LOWER, find_quote_spans
from .segment import assign_roles, line_roles
from .sentences import split_sentences

__all__ = ["build_article", "parse_article"]


@dataclass(frozen=True)
class _Par:
    start: int
    end: int
    role: str
    line: int
    indent: int
    rule: str
    text: str


_BY_PREFIX = re.compile(r"^(?:(?:Written|Words|Story)\s+)?[Bb]y:?\s*")


def _byline_author(lines: list, roles: list[tuple[str, str]]) -> str:
    """Author names from the byline lines ("By Jane Doe | Sept. 8" gives "Jane Doe")."""
    names = []
    for line, (role, _rule) in zip(lines, roles, strict=True):
        if role == "byline":
            name = re.split(r"\s*[|•·—–]\s*", _BY_PREFIX.sub("", line.text))[0].strip()
            if name and not re.search(r"\bStaff$", name):  # "Longitude Weekly Staff"
                names.append(name)
    return ", ".join(names)


#: A line's text before a word that opens a sentence: nothing, or a sentence's end, then
#: opening marks ("… intended). “").
_SENTENCE_START = re.compile(r"(?:^|[.!?…][”’\"')\]]*\s+)[“‘\"'(\[]*$")
_OPENING = "“‘\"'(["
_CLOSING = "”’\"')]"
_STOPS = ".!?…"


def _opens_sentence(raw: str, lo: int, pos: int) -> bool:
    """``raw[lo:pos]`` is empty or ends a sentence, opening marks aside.

    The same as ``_SENTENCE_START.search(raw[lo:pos])``, read backwards from
    ``pos`` so that the cost does not grow with ``pos - lo``.
    """
    i = pos
    while i > lo and raw[i - 1] in _OPENING:
        i -= 1
    if i == lo:
        return True
    j = i
    while j > lo and raw[j - 1].isspace():
        j -= 1
    if j == i:
        return False
    while j > lo and raw[j - 1] in _CLOSING:
        j -= 1
    return j > lo and raw[j - 1] in _STOPS


def _named_people_only(mentions: list[Mention], pars: list[_Par], raw: str,
                       works: Sequence[str] = ()) -> list[Mention]:
    """Mentions of the people the article names; others' descriptions are not theirs.

    A person is named when a name of theirs appears in article text other
    than the headline: a name of two words or more, a name in mid-sentence,
    or a one-word name at a sentence start that the article uses for nothing
    else ("Rose is the word …" does not name Rose Avery in an article that
    also says "rose" or "Rose Red"). An article about the study names one of
    its works (``works``) or someone in full; in any other article a one-word
    name is a namesake (a dog called Bruno is not Bruno Mars). A character's
    name names the actor only in an article that names one of the study's
    works: other films have characters of the same name. Names, characters
    and descriptions of anyone else are dropped, so an article about another
    film mentions no one of this study.
    """
    starts = [p.start for p in pars]
    text = "\n".join(p.text for p in pars if p.role in ARTICLE_TEXT_ROLES)
    surfaces = Counter(m.surface for m in mentions if m.type in ("name", "character"))
    seen: dict[str, bool] = {}

    def ordinary(word: str) -> bool:
        """The word is also used otherwise here: in lower case or inside another name."""
        if word not in seen:  # one search of the text per word, not per mention
            found = re.findall(rf"(?<![\w.]){re.escape(word)}(?!\w)", text, re.IGNORECASE)
            seen[word] = len(found) > surfaces[word]
        return seen[word]

    in_full = {m.entity for m in mentions if m.type == "name" and " " in m.surface.strip()}
    works_named = any(work in text for work in works)
    about_study = works_named or bool(in_full)
    named = set()
    for m in mentions:
        if m.type not in ("name", "character"):
            continue
        if (m.type == "character" and not works_named) or (
                m.type == "name" and not about_study and " " not in m.surface.strip()):
            continue
        p = pars[bisect_right(starts, m.start) - 1]
        if p.role not in ARTICLE_TEXT_ROLES or p.role == "title":
            continue
        initial = _opens_sentence(raw, p.start, m.start)
        if " " in m.surface or not initial or not ordinary(m.surface):
            named.add(m.entity)
    return [
        m for m in mentions
        if not m.entity or m.entity in named or (m.type == "name" and " " in m.surface)
    ]


def _truncated(pars: list[_Par]) -> bool:
    """The page is cut off: its last line is running text that stops mid-sentence.

    Running text is prose or a reader comment; furniture at the end means the page is whole.
    """
    if not pars:
        return False
    last = pars[-1]
    return last.role in (*PROSE_ROLES, "comments") and is_cut_off(last.text)


def sentence_case(headline: str) -> bool:
    """A headline in sentence case ("Recap: Ada Quist talks boats after the screening").

    Title case capitalises every word of five letters or more but a few small
    ones, so a capitalised run there is no sign of a name; in sentence case it
    is, as in running text.
    """
    words = re.findall(r"[^\W\d_][\w’'-]{4,}", headline)
    return any(w[0].islower() and w not in TITLE_CASE_LOWER for w in words[1:])


def _interviewee(mentions: list[Mention], paragraphs: list[_Par]) -> str:
    """Most-named person in the article text of a Q&A (the one answering)."""
    starts = [p.start for p in paragraphs]

    def in_text(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1  # lines do not overlap: only this one can hold pos
        return i >= 0 and pos < paragraphs[i].end and paragraphs[i].role in ARTICLE_TEXT_ROLES

    counts = Counter(m.entity for m in mentions if m.type == "name" and in_text(m.start))
    return counts.most_common(1)[0][0] if counts else ""


def _unregistered_interviewee(others: list[Mention], paragraphs: list[_Par]) -> str:
    """In a Q&A naming no one of the people file: the person most named before the first question.

    The introduction names who answers; people named inside the answers are
    the ones the answers talk about. The one person a headline names ("Ilse
    Varga on shooting by candlelight") is taken first; otherwise ties go to
    the one named first.
    """
    first = next((p.start for p in paragraphs if p.role == "question"), None)
    if first is None:
        return ""
    before = [m for m in others if m.entity and m.start < first]
    # Headlines are not searched for names (every word is capitalised): the names
    # found in the text are looked for in them.
    titles = [p.text for p in paragraphs if p.role == "title" and p.start < first]
    in_title = {m.entity for m in before if any(m.surface in t for t in titles)}
    if len(in_title) == 1:
        return in_title.pop()
    counts = Counter(m.entity for m in before)
    return counts.most_common(1)[0][0] if counts else ""


def _solid(raw: str, lo: int, hi: int) -> int:
    """Characters of ``raw[lo:hi]`` that are not white space."""
    part = raw[lo:hi]
    return len(part) - sum(map(str.isspace, part))


def _sweep(spans: list[tuple[int, int]], quotes: list[Quote]) -> list[list[Quote]]:
    """For each span, the speech quotations that may overlap it, in their order.

    One sweep over spans and quotations by start: a quotation joins once a
    span ends after it starts and leaves once a span starts at or after its
    end, so each span sees the quotations overlapping it (and perhaps a few
    that do not, which the caller's own test leaves out) rather than all.
    ``quotes`` are sorted by start, as ``attribute`` returns them.
    """
    speech = [q for q in quotes if q.kind in SPEECH_KINDS]
    out: list[list[Quote]] = [[] for _ in spans]
    active: list[Quote] = []
    joined = 0
    for k in sorted(range(len(spans)), key=lambda k: spans[k][0]):
        start, end = spans[k]
        active = [q for q in active if q.end > start]  # a new list: out[] keeps the old
        while joined < len(speech) and speech[joined].start < end:
            active.append(speech[joined])
            joined += 1
        out[k] = active
    return out


def _speech_covers(spans: list[tuple[int, int]], quotes: list[Quote], raw: str) -> list:
    """Voice and speaker of each span: the deepest speech quotation covering half of it."""
    out = []
    for (start, end), near in zip(spans, _sweep(spans, quotes), strict=True):
        size = _solid(raw, start, end) or 1
        best = None
        for q in near:
            lo, hi = max(start, q.start), min(end, q.end)
            covers = hi > lo and _solid(raw, lo, hi) * 2 >= size
            if covers and (best is None or q.depth > best.depth):
                best = q
        out.append(("speech", best.speaker) if best else ("narration", ""))
    return out


def _innermost(positions: list[int], quotes: list[Quote]) -> list[Quote | None]:
    """For each position, the deepest speech quotation holding it (the first, if several)."""
    out = []
    for pos, near in zip(positions, _sweep([(p, p + 1) for p in positions], quotes), strict=True):
        inner = None
        for q in near:
            if q.start <= pos < q.end and (inner is None or q.depth > inner.depth):
                inner = q
        out.append(inner)
    return out


class _Offsets:
    """Which sentence and which paragraph hold a character offset."""

    def __init__(self, pars: list[_Par], sentences: list[tuple[int, int, int]]) -> None:
        self._sentences = sentences
        self._sentence_starts = [s for s, _, _ in sentences]
        self._par_starts = [p.start for p in pars]

    def sentence(self, pos: int) -> int:
        """Sentence id holding ``pos``, -1 outside article-text sentences."""
        i = bisect_right(self._sentence_starts, pos) - 1
        return i if i >= 0 and pos < self._sentences[i][1] else -1

    def paragraph(self, pos: int) -> int:
        """Paragraph id holding ``pos``."""
        return bisect_right(self._par_starts, pos) - 1


def _paragraphs(raw: str, meta: dict[str, str]) -> tuple[list[_Par], str]:
    """Paragraphs with roles, and the author (metadata first, else the byline)."""
    lines = split_lines(raw)
    outlet = meta.get("outlet", "")
    alone = line_roles(lines, meta.get("author", ""))
    roles = assign_roles(lines, author=meta.get("author", ""), outlet=outlet, alone=alone)
    author = meta.get("author") or _byline_author(lines, roles)
    if author and not meta.get("author"):
        # now author bios can be recognised
        alone = line_roles(lines, author, known=alone)
        roles = assign_roles(lines, author=author, outlet=outlet, alone=alone)
    pars = [
        _Par(p.start, p.end, role, p.line, p.indent, rule, p.text)
        for p, (role, rule) in zip(lines, roles, strict=True)
    ]
    return pars, author


def _paragraph_rows(aid: str, pars: list[_Par], words: list[int]) -> list[tuple]:
    return [
        (aid, i, p.line, p.start, p.end, p.indent, p.role, p.rule,
         p.role in ARTICLE_TEXT_ROLES, n, p.text)
        for i, (p, n) in enumerate(zip(pars, words, strict=True))
    ]  # fmt: skip


def _sentence_rows(aid: str, raw: str, pars: list[_Par], sentences: list, quotes: list,
                   counter: WordCounter) -> list:
    rows = []
    covers = _speech_covers([(s, e) for s, e, _ in sentences], quotes, raw)
    for sid, ((s, e, pi), (voice, speaker)) in enumerate(zip(sentences, covers, strict=True)):
        text = raw[s:e]
        rows.append((aid, sid, pi, pars[pi].role, s, e, counter.count(s, e), voice, speaker, text))
    return rows


def _quote_rows(
    aid: str, raw: str, quotes: list[Quote], where: _Offsets, registered: set[str],
    counter: WordCounter,
) -> list[tuple]:
    return [
        (aid, qi, q.paragraph, where.sentence(q.start), q.start, q.end, q.open, q.close, q.kind,
         q.speaker, q.cue, q.parent, q.depth, counter.count(q.start, q.end),
         raw[q.start : q.end], q.speaker in registered)
        for qi, q in enumerate(quotes)
    ]  # fmt: skip


def _mention_rows(
    aid: str, pars: list[_Par], mentions: list[Mention], quotes: list[Quote], where: _Offsets
) -> list[tuple]:
    rows = []
    inners = _innermost([m.start for m in mentions], quotes)
    for mi, (m, inner) in enumerate(zip(mentions, inners, strict=True)):
        pi = where.paragraph(m.start)
        rows.append(
            (aid, mi, m.entity, m.surface, m.type, m.character, m.start, m.end,
             where.sentence(m.start), pi, pars[pi].role, "speech" if inner else "narration",
             inner.speaker if inner else "", m.rule)
        )  # fmt: skip
    return rows


def build_article(
    raw: str, meta: dict[str, str], people: People, finder: MentionFinder | None = None
) -> dict[str, object]:
    """Return the tables of one article: an ``article`` dict and four DataFrames.

    ``meta`` is the article's metadata row (``article_id`` and ``file`` at
    least). Columns are as documented in :class:`~coverage_analysis.corpus.Corpus`.
    """
    out = parse_article(raw, meta, people, finder)
    return {name: rows if name == "article" else frame(name, columns(name, rows))
            for name, rows in out.items()}


def parse_article(
    raw: str, meta: dict[str, str], people: People, finder: MentionFinder | None = None
) -> dict[str, object]:
    """Return the rows of one article: an ``article`` dict and four lists of row tuples.

    Each tuple holds one row of its table in the column order of
    :data:`~coverage_analysis.schema.COLUMNS`; see :mod:`coverage_analysis.rows`.
    """
    finder = finder or MentionFinder(people)
    aid = meta["article_id"]
    pars, author = _paragraphs(raw, meta)
    sentences: list[tuple[int, int, int]] = []
    spans = {i: find_quote_spans(p.text) for i, p in enumerate(pars)
             if p.role in ARTICLE_TEXT_ROLES}
    mentions: list[Mention] = []
    others = OtherPeople(people, exclude=(meta.get("outlet", ""), author))
    quoted = (pars[i].text[q.start : q.end] for i, found in spans.items() for q in found)
    others.learn_titles([*people.works, *quoted])
    found_others: list[Mention] = []
    for i, p in enumerate(pars):
        is_text = p.role in ARTICLE_TEXT_ROLES
        found = finder.find(
            p.text, p.start, pronouns=is_text, second_person=p.role == "question",
            headline=p.role in ("title", "heading"),
        )
        mentions += found
        if is_text:
            cut = split_sentences(p.text, people.works)
            sentences += [(p.start + s, p.start + e, i) for s, e in cut]
            skip = [(q.start, q.end) for q in spans[i] if q.open in ("“", '"')]
            if p.role not in ("title", "heading") or (
                    p.role == "title" and sentence_case(p.text)):
                found_others += others.find(p.text, p.start, found, skip)
            else:
                others.learn(found)
                if p.role == "heading" and not any(o.role in PROSE_ROLES for o in pars[:i]):
                    # a standfirst's "Ada Moss’s film" makes a later "Moss" her
                    others.find(p.text, p.start, found, [])
    mentions = _named_people_only(mentions, pars, raw, people.works)
    is_qa = any(p.role == "question" for p in pars)
    interviewee = meta.get("interviewee") or (
        _interviewee(mentions, pars) or _unregistered_interviewee(found_others, pars)
        if is_qa else ""
    )
    everyone = sorted(mentions + found_others, key=lambda m: (m.start, m.end))
    writers = [n for n in re.split(r"\s*(?:,|&|\band\b)\s*", author) if n]
    quotes = attribute(
        raw, pars, [(s, e) for s, e, _ in sentences], spans, everyone, people, interviewee,
        interviewers=[*writers, meta.get("outlet", "")],
    )
    registered = set(people.ids)
    for m in mentions:
        if m.entity and m.entity not in registered:
            m.rule += f"; means {m.entity}, who is not in the people file"
            m.entity = ""
    mentions = [m for m in mentions if not (m.type == "first_person" and not m.entity)]
    where = _Offsets(pars, sentences)
    counter = WordCounter(raw)
    words = [counter.count(p.start, p.end) for p in pars]
    article = {
        "article_id": aid,
        "file": meta["file"],
        "title": meta.get("title") or next((p.text for p in pars if p.role == "title"), ""),
        "outlet": meta.get("outlet", ""),
        "author": author,
        "date": meta.get("date", ""),
        "genre": meta.get("genre", ""),
        "interviewee": interviewee,
        "n_chars": len(raw),
        "n_paragraphs": len(pars),
        "n_sentences": len(sentences),
        "n_words": sum(n for p, n in zip(pars, words, strict=True)
                       if p.role in ARTICLE_TEXT_ROLES),
        "n_words_prose": sum(n for p, n in zip(pars, words, strict=True) if p.role in PROSE_ROLES),
        "n_words_raw": counter.count(0, len(raw)),
        "truncated": _truncated(pars),
    }
    rows = {
        "paragraphs": _paragraph_rows(aid, pars, words),
        "sentences": _sentence_rows(aid, raw, pars, sentences, quotes, counter),
        "quotes": _quote_rows(aid, raw, quotes, where, set(people.ids), counter),
        "mentions": _mention_rows(aid, pars, mentions, quotes, where),
    }
    return {"article": article, **rows}
