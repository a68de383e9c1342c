"""Paragraphs with roles, and sentences, from the raw text of an article.

Every span is a pair of character offsets into the decoded file, so that
``raw[start:end] == text`` holds for each row.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from ..text import count_words

__all__ = [
    "Paragraph",
    "assign_roles",
    "split_lines",
    "split_sentences",
]

#: Most words a heading, title or headline line has.
HEADING_MAX_WORDS = 14
#: Most words a title (the file's first line) has.
TITLE_MAX_WORDS = 25
#: Fewest question lines that make an article a Q&A interview.
QA_MIN_QUESTIONS = 3


@dataclass(frozen=True)
class Paragraph:
    """One non-blank line: its span (white space trimmed) and indentation."""

    line: int
    start: int
    end: int
    indent: int
    text: str


def split_lines(raw: str) -> list[Paragraph]:
    """Return every non-blank line of ``raw`` as a :class:`Paragraph`."""
    out = []
    for number, match in enumerate(re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", raw), start=1):
        line = match.group().rstrip("\r\n")
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start = match.start() + lead
        out.append(Paragraph(number, start, start + len(stripped), lead, stripped))
    return out


# ---------------------------------------------------------------- line roles


def _furniture_re() -> re.Pattern[str]:
    data = tomllib.loads(
        resources.files("coverage_analysis").joinpath("data/furniture.toml").read_text("utf-8")
    )
    outlet = r"[A-Z][\w&.’'+-]*(?: [A-Z][\w&.’'+-]*){0,2}"
    alts = "|".join(m.replace("{outlet}", outlet) for m in data["markers"])
    return re.compile(rf"(?:{alts})", re.IGNORECASE)


_FURNITURE = _furniture_re()
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
_BYLINE = re.compile(
    rf"(?:Written\s+|Words\s+|Story\s+)?[Bb]y(?::)?(?:\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)?"
    r"(?:\s*[|•·—–]\s*.{0,60})?"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATELINE = re.compile(
    rf"(?:(?:Published|Updated|Posted)(?: on)?:?\s+)?(?:\w+day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?",
    re.IGNORECASE,
)
_BARE_NAME = re.compile(_NAME)
_CREDIT = re.compile(
    r"(?:\(?(?:Photo|Photos|Photograph|Image|Picture|Credit|Courtesy)\b.*"
    r"|.*\b(?:Getty Images|Shutterstock|AP Photo|via AP|Courtesy of|Invision/AP|REUTERS)\b.*)"
)
_WARNING = re.compile(
    r"(?:Content |Trigger |Spoiler )?(?:Warning|Spoiler(?:s| Alert)?)\s*[:!–—-].*", re.I
)
_LIST_ITEM = re.compile(r"(?:[-•*▪◦–]\s+|\d{1,2}[.)]\s+)\S")
_TERMINAL = re.compile(r"[.,;:…]['’\"”)\]]*$")


def _heading_like(text: str, max_words: int = HEADING_MAX_WORDS) -> bool:
    """Short and without closing punctuation: a title, heading or headline."""
    return count_words(text) <= max_words and not _TERMINAL.search(text)


def _headline_like(text: str) -> bool:
    """A related-story headline: mostly capitalised words, not closed by a period."""
    tokens = re.findall(r"[A-Za-z][\w’'-]*", text)
    if not tokens or len(tokens) > 30 or re.search(r"\.['’\"”]?$", text):
        return False
    capitalised = sum(t[0].isupper() for t in tokens if len(t) > 3)
    long_tokens = sum(len(t) > 3 for t in tokens)
    return long_tokens > 0 and capitalised / long_tokens >= 0.6


_EDITORS_NOTE = re.compile(
    r"\(?(?:Editor[’']s note\b|(?:This|The) (?:interview|conversation|Q&A) (?:has|was) been)",
    re.IGNORECASE,
)
_QUESTION_LABEL = re.compile(r"(?:Q|Question)\s*[:.]\s+\S")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
#: "VARIETY: How did …", ".Paak: It started …": a Q&A speaker label.
_SPEAKER_LABEL = re.compile(r"[.A-Z][\w.’'&\[\] -]{0,30}:\s+\S")


def _question_like(text: str) -> bool:
    """A short line asking a question, or labelled as one ("Q: Tell us about …")."""
    if _QUESTION_LABEL.match(text):
        return True
    return text.endswith("?") and count_words(text) <= 40 and not text.startswith(("“", '"', "‘"))


def _is_interview(questions: Iterable[str]) -> bool:
    """Enough question lines, most of them labelled or addressing someone ("you")."""
    questions = list(questions)
    addressed = sum(
        bool(_QUESTION_LABEL.match(q) or _SPEAKER_LABEL.match(q) or _SECOND_PERSON.search(q))
        for q in questions
    )
    return len(questions) >= QA_MIN_QUESTIONS and 2 * addressed >= len(questions)


def _line_role(par: Paragraph, author: str) -> tuple[str, str] | None:
    """The role a line has on its own, whatever surrounds it, or None."""
    text = par.text
    if _FURNITURE.fullmatch(text):
        return "debris", f"site furniture: {text!r}"
    if count_words(text) <= 20 and _BYLINE.fullmatch(text):
        return "byline", "byline pattern ('By …' / 'Written by …')"
    if _DATELINE.fullmatch(text):
        return "byline", "date line"
    if _WARNING.fullmatch(text):
        return "warning", "spoiler or content warning"
    if count_words(text) <= 20 and _CREDIT.fullmatch(text):
        return "credit", "photo or image credit"
    if (
        author
        and text.startswith(author)
        and re.match(r"\W*(?:\w+\W+){0,3}is\b", text[len(author) :])
    ):
        return "bio", f"author bio (starts '{author} is')"
    if _LIST_ITEM.match(text):
        return "list_item", "list marker at line start"
    return None


def assign_roles(paragraphs: Sequence[Paragraph], author: str = "") -> list[tuple[str, str]]:
    """Return a ``(role, rule)`` pair for each paragraph; ``rule`` says why.

    Rules are applied in order: patterns that decide a line alone (bylines,
    credits, warnings, site furniture, author bios, list items); then the
    article's shape: a short first line is the title, a name after a bare
    "By" is the byline, headline lines after a related-stories marker are
    debris, short lines with no article text after them are site taglines,
    three or more short question lines make a Q&A (question and answer), and
    the remaining short unpunctuated lines are headings. The rest is body.
    """
    roles: list[tuple[str, str] | None] = [_line_role(p, author) for p in paragraphs]
    n = len(paragraphs)
    # A bare "By" followed by a name line.
    for i in range(n - 1):
        if (
            paragraphs[i].text in ("By", "By:")
            and roles[i + 1] is None
            and _BARE_NAME.fullmatch(paragraphs[i + 1].text)
        ):
            roles[i + 1] = ("byline", "name after a bare 'By'")
    # Related-story blocks: headline lines after a furniture marker.
    in_block = False
    for i, par in enumerate(paragraphs):
        if roles[i] is not None and roles[i][0] == "debris":
            in_block = True
        elif in_block and roles[i] is None and _headline_like(par.text):
            roles[i] = ("debris", "headline in a related-stories block")
        elif roles[i] is None:
            in_block = False
    # Trailing short lines with no article text after them: site taglines.
    for i in range(n - 1, -1, -1):
        if roles[i] is not None:
            if roles[i][0] in ("debris", "credit", "bio", "byline"):
                continue
            break
        if not _heading_like(paragraphs[i].text):
            break
        roles[i] = ("debris", "short line after the end of the article text (site tagline)")
    # Title: the first line, if short and unpunctuated (headlines run longer than headings).
    first = next((i for i in range(n) if roles[i] is None or roles[i][0] != "debris"), None)
    if (
        first is not None
        and roles[first] is None
        and _heading_like(paragraphs[first].text, TITLE_MAX_WORDS)
        and not _SPEAKER_LABEL.match(paragraphs[first].text)
    ):
        roles[first] = ("title", "short first line")
    # An editor's note ("This interview has been edited ...") is the outlet's, not an answer.
    for i, par in enumerate(paragraphs):
        if roles[i] is None and _EDITORS_NOTE.match(par.text):
            roles[i] = ("body", "editor's note")
    # Q&A: enough short question lines, each followed by text.
    questions = [
        i
        for i in range(n)
        if roles[i] is None
        and _question_like(paragraphs[i].text)
        and paragraphs[i].indent <= min(p.indent for p in paragraphs)
    ]
    if _is_interview(paragraphs[i].text for i in questions):
        for i in questions:
            roles[i] = ("question", f"Q&A: one of {len(questions)} question lines")
        current = None
        for i in range(n):
            if i in questions:
                current = i
            elif current is not None and roles[i] is None:
                roles[i] = (
                    "answer",
                    f"Q&A: answer to the question on line {paragraphs[current].line}",
                )
    for i, par in enumerate(paragraphs):
        if roles[i] is None and _heading_like(par.text):
            roles[i] = ("heading", "short line without closing punctuation")
    return [r if r is not None else ("body", "running text") for r in roles]


# ----------------------------------------------------------------- sentences

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "vs",
        "no",
        "vol",
        "inc",
        "ltd",
        "co",
        "mt",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "fig",
        "approx",
        "dept",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
    ]
)
_BOUNDARY = re.compile(
    r"(?<=[^\s(\[“‘\"'])[.!?…]+[”’\"')\]]*(?P<gap>\s+)(?=[“‘\"'(\[]?\.?[A-Z0-9])"
    r"|(?<=[a-z]{2})\.(?P<nogap>)(?=[A-Z][a-z])"
)


#: Abbreviations that are one only before a number ("No. 1", but "said no. Then").
_NUMBERED = frozenset(["no", "vol", "fig", "nos", "pp", "p"])


def _is_false_boundary(text: str, end: int, works: Sequence[str]) -> bool:
    """True if the punctuation ending at ``end`` closes an abbreviation or a title."""
    before = text[:end].rstrip("”’\"')]")
    if any(before.endswith(w) for w in works):
        return True
    if before.endswith("."):
        token = re.search(r"(\S+)\.$", before)
        if token:
            word = token.group(1).lower().lstrip("(“‘\"'")
            if word in _NUMBERED:
                return bool(re.match(r"\s*\d", text[end:]))
            if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
                return True
    return False


def split_sentences(text: str, works: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of one paragraph.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
    brackets) followed by white space and a capital, digit, opening quote or
    ``.Paak``-style name; or at a period wedged between two words with no space
    ("Kang.Kang is"). It does not end after an abbreviation or initial, after a
    title in ``works`` ("K-Pops! Anderson"), or inside ".Paak" (a period after
    white space is never final). A quotation that holds several sentences is
    split; ``“…,” he said.`` stays whole because a comma does not end one.
    """
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        cut = match.start("gap") if match.group("gap") is not None else match.end()
        if _is_false_boundary(text, cut, works):
            continue
        spans.append((start, cut))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]
