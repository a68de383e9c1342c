"""Spans in quotation marks, and the speech tags around them.

This module finds where quotations open and close (curly, straight, double,
single, nested) and which words around a quotation tag it as speech
("Moss joked,", "he continued", "I was like,"). Who the tag's subject is,
and so who speaks, is decided in :mod:`coverage_analysis.attribution`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import count_words

__all__ = [
    "QuoteSpan",
    "SPEECH_VERBS",
    "TITLE_CASE_LOWER",
    "find_quote_spans",
    "speech_verb_before",
    "speech_verb_after",
    "tagged_speech",
    "title_like",
]

#: Verbs (and the quotative "be like") that tag a quotation as speech.
SPEECH_VERBS = (
    r"(?:(?:is|was|were|am|are|be|being|been|[’']m|[’']s|[’']re)\s+"
    r"(?:just\s+|all\s+|always\s+|kind\s+of\s+|really\s+|like\s+)?like"
    r"|say|says|said|saying|tell|tells|told|telling|add|adds|added|adding"
    r"|announcing|insisting|explaining|joking|noting|recalling|admitting|replying|answering"
    r"|whispering|muttering|declaring|warning|quipping|exclaiming"
    r"|continue|continues|continued|explain|explains|explained|joke|jokes|joked"
    r"|recall|recalls|recalled|note|notes|noted|ask|asks|asked|asking"
    r"|answer|answers|answered|reply|replies|replied|laugh|laughs|laughed"
    r"|admit|admits|admitted|share|shares|shared|write|writes|wrote|writing"
    r"|exclaim|exclaimed|quip|quips|quipped|insist|insists|insisted|remark|remarked"
    r"|reveal|reveals|revealed|reflect|reflects|reflected|state|states|stated"
    r"|declare|declared|mention|mentions|mentioned|recount|recounts|recounted"
    r"|remember|remembers|remembered|confess|confessed|acknowledge|acknowledged"
    r"|tease|teased|gush|gushes|gushed|rave|raved|begin|began|conclude|concluded"
    r"|offer|offered|shout|shouts|shouted|shouting|yell|yells|yelled|yelling"
    r"|whisper|whispers|whispered|cry|cries|cried|scream|screams|screamed|screaming"
    r"|(?:call|calls|called)\s+(?:it|her|him|them|that|this|me|us"
    r"|the\s+(?!(?:film|movie|show|song|album|band|group|series|book)\b)[a-z][\w-]*)"
    r"|(?:describe|describes|described)\s+(?:[^\s,:;.!?“”\"]+\s+){1,8}?as"
    r"|tweet|tweeted|post|posted|caption|captioned|text|texted|describe|described"
    r"|go|goes|went|put it|puts it|chime in|chimed in|sing|sang"
    r"|shoots back|shot back|fires back|fired back|snaps|snapped|retort|retorts|retorted"
    r"|countered|thanked|thanks(?!\s+to\b)"
    r"|deadpan|deadpans|deadpanned|mutter|mutters|muttered|murmur|murmurs|murmured"
    r"|muse|muses|mused|sigh|sighs|sighed|scoff|scoffs|scoffed|grumble|grumbles|grumbled"
    r"|protest|protests|protested|plead|pleads|pleaded|warn|warns|warned|boast|boasts"
    r"|boasted|concede|concedes|conceded|announce|announces|announced)"
)
#: A speech verb ending a window, its object words, an adverb set off by commas ("asked me,
#: very politely, "), a "that".
_VERB_END = re.compile(
    rf"\b(?P<verb>{SPEECH_VERBS})\b(?P<rest>(?:\s+[^\s,:;.!?]+){{0,6}}?)"
    r"(?:,\s+(?:[a-z]+\s+)?[a-z]+ly(?=,))?\s*(?:that\s*)?[,:]?\s*$",
    re.IGNORECASE,
)
_VERB_START = re.compile(rf"\s*(?P<verb>{SPEECH_VERBS})\b", re.IGNORECASE)

_OPEN_CONTEXT = set(" \t([{—–-/“‘\"'") | {""}
_DOUBLE = {"“": "”", '"': '"'}
_SINGLE = {"‘": "’", "'": "'"}
_MARKS = re.compile("[“”\"‘’']")
#: An apostrophe that starts a word, not a quotation: '90s, '24, 'em, rock 'n' roll, 'til.
_ELISION = re.compile(
    r"[‘'](?:\d0s\b|\d\d\b|em\b|n[’']?(?=\s)|til\b|cause\b|bout\b|round\b|tis\b|twas\b"
    r"|nuff\b|cept\b|fore\b|ol\b)",
    re.IGNORECASE,
)
_NOT_SPACE = re.compile(r"\S")


@dataclass
class QuoteSpan:
    """Quoted words at ``start:end`` (marks excluded), paragraph-relative."""

    start: int
    end: int
    open: str
    close: str
    depth: int = 0


def _closes(text: str, i: int) -> bool:
    """A single mark at ``i`` that closes a quotation, not an apostrophe."""
    after = text[i + 1] if i + 1 < len(text) else ""
    return (not after or not after.isalnum()) and i > 0 and not text[i - 1].isspace()


#: Times the marks of a paragraph are read again after stray apostrophes are found.
_RESCANS = 3


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Return the quotations of one paragraph, outer ones before inner ones.

    Double marks pair as opened; single marks open only after white space or
    another mark and close only before a non-letter, so the apostrophes of
    "didn’t" and "actors’" are left alone, and a mark that starts an elided
    word ('90s, 'em, rock 'n' roll) opens nothing. A quotation still open at
    the end of its paragraph, or when its enclosing quotation closes, ends
    there with an empty ``close`` (the convention for quotes running over
    paragraphs); but a single mark in mid-paragraph before a lower-case letter
    or a digit that nothing closes ("the 'burbs") is an apostrophe, and the
    marks are read again without it.
    """
    ignore: set[int] = set()
    for _ in range(_RESCANS):
        spans = _scan(text, ignore)
        stray = {s.start - 1 for s in spans if _stray(text, s)}
        if not stray:
            break
        ignore |= stray
    else:
        spans = _scan(text, ignore)
    return spans


def _stray(text: str, span: QuoteSpan) -> bool:
    """A single mark that opened ``span`` but is an apostrophe: see :func:`find_quote_spans`."""
    at = span.start - 1
    return (
        span.open in "‘'" and not span.close and at + 1 < len(text)
        and (text[at + 1].islower() or text[at + 1].isdigit())
        and bool(text[:at].strip(" \t“‘\"'([{—–-"))
    )


def _scan(text: str, ignore: set[int]) -> list[QuoteSpan]:
    """The quotations of ``text``, the single marks at ``ignore`` opening nothing."""
    stack: list[tuple[str, int]] = []
    spans: list[QuoteSpan] = []
    # Where each opening mark sits on the stack, lowest first: the innermost
    # quotation a closing mark can close is the last entry of its list.
    held: dict[str, list[int]] = {mark: [] for mark in "“\"‘'"}

    def push(mark: str, pos: int) -> None:
        held[mark].append(len(stack))
        stack.append((mark, pos))

    def innermost(mark: str) -> int | None:
        return held[mark][-1] if held[mark] else None

    def close_to(index: int, mark_pos: int, close: str) -> None:
        while len(stack) > index:
            mark, pos = stack.pop()
            held[mark].pop()
            spans.append(
                QuoteSpan(pos + 1, mark_pos, mark, close if len(stack) == index else "", len(stack))
            )

    elided: set[int] = set()  # the closing mark of "'n'"
    for found in _MARKS.finditer(text):  # other characters change nothing
        i, ch = found.start(), found.group()
        if i in elided:
            continue
        before = text[i - 1] if i else ""
        if ch in "‘'" and before in _OPEN_CONTEXT and (elision := _ELISION.match(text, i)):
            if elision.group()[-1] in "’'":
                elided.add(elision.end() - 1)
            continue
        if i in ignore:
            continue
        if ch == "“":
            push(ch, i)
        elif ch == "”":
            idx = innermost("“")
            if idx is not None:
                close_to(idx, i, ch)
        elif ch == '"':
            idx = innermost('"')
            if idx is not None and not (
                before in _OPEN_CONTEXT and i + 1 < len(text) and text[i + 1].isalnum()
            ):
                close_to(idx, i, ch)
            else:
                push(ch, i)
        elif (
            ch in "‘'"
            and before in _OPEN_CONTEXT
            and i + 1 < len(text)
            and not text[i + 1].isspace()
        ):
            push(ch, i)
        elif ch in "’'":
            idx = innermost("‘" if ch == "’" else "'")
            if idx is not None and _closes(text, i):
                close_to(idx, i, ch)
    close_to(0, len(text), "")
    spans = [s for s in spans if _NOT_SPACE.search(text, s.start, s.end)]  # words inside
    return sorted(spans, key=lambda s: (s.start, -s.end))


def speech_verb_before(window: str, last: bool = False) -> re.Match[str] | None:
    """Match a speech verb ending ``window`` ("Moss joked, " / "I was like ").

    With ``last``, the speech verb nearest the end: in "Lund told us you shouted
    “…”" the words are what "you" shouted, not what Lund told.
    """
    match = _VERB_END.search(window)
    while last and match and (later := _VERB_END.search(window, match.end("verb"))):
        match = later
    return match


def speech_verb_after(window: str) -> re.Match[str] | None:
    """Match a speech verb opening ``window`` ("said Moss", after a closing mark)."""
    return _VERB_START.match(window)


_SUBJECT = (
    r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+[\w’'-]+"
    r"(?:\s+[\w’'-]+)?"
    r"|[A-Z.][\w.’'-]*(?:\s+[A-Z.][\w.’'-]*){0,2})"
)
_TAG_AFTER = re.compile(
    rf"\s*,?\s*(?:{_SUBJECT}\s+(?:\w+ly\s+)?{SPEECH_VERBS}|{SPEECH_VERBS}\s+{_SUBJECT})\b"
)


def tagged_speech(before: str, quoted: str, after: str) -> bool:
    """A quotation closed by speech punctuation and tagged by a speech verb next to it.

    “Hi, Oxnard,” he said; “See?” he says; his son shouts “Bruno! Bruno!”: speech,
    even though the quoted words look like a name.
    """
    if not re.search(r"[,!?…]$", quoted.strip()):
        return False
    verb = speech_verb_before(before)
    if verb and not verb.group("rest").strip() and not re.search(r"that\s*$", before):
        return True
    return bool(_TAG_AFTER.match(after))


#: Words of four letters or more that title case may leave in lower case
#: ("Interior with Young Woman Seen from the Back").
TITLE_CASE_LOWER = frozenset({
    "with", "from", "into", "onto", "over", "upon", "than", "that", "when", "till", "until",
    "unto", "about", "above", "after", "along", "among", "below", "under", "while", "since",
    "their", "there", "which",
})


def title_like(quoted: str) -> bool:
    """True for a name in quotes ("Silk Sonic", "Wham!"): every long word capitalised.

    A single plain word ("Dad", "idol") is not a title: it is held at arm's
    length (a scare quote) or is a nickname.
    """
    tokens = re.findall(r"[^\W\d_][\w’'-]*", quoted)
    if not tokens:
        return False
    significant = [t for t in tokens if len(t) > 3 and t not in TITLE_CASE_LOWER]
    if len(significant) < 2:  # "Stay with me" is no title: the long lower-case words count
        significant = [t for t in tokens if len(t) > 3] or tokens
    capitalised = all(t[0].isupper() for t in significant) and tokens[0][0].isupper()
    return capitalised and (count_words(quoted) >= 2 or bool(re.search(r"[-!?&]", quoted)))
