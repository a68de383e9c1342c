"""Paragraphs with roles, and sentences, from the raw text of an article.

Every span is a pair of character offsets into the decoded file, so that
``raw[start:end] == text`` holds for each row.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
import tomllib
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..schema import FURNITURE_ROLES
from ..text import count_words as _count_words

__all__ = [
    "Paragraph",
    "assign_roles",
    "line_roles",
    "split_lines",
    "split_sentences",
]

#: The word counts of the page whose roles are being found (text to count).
_PAGE_WORDS: contextvars.ContextVar[dict[str, int] | None] = contextvars.ContextVar(
    "page_words", default=None)


def _line_words(text: str) -> int:
    """:func:`coverage_analysis.text.count_words`, once per text while a page's roles are found.

    The role rules look at each line's length again and again.
    """
    memo = _PAGE_WORDS.get()
    if memo is None:
        return _count_words(text)
    n = memo.get(text)
    if n is None:
        n = memo[text] = _count_words(text)
    return n


@contextlib.contextmanager
def _page() -> Iterator[None]:
    """Remember word counts until the outermost block ends (one page)."""
    if _PAGE_WORDS.get() is not None:
        yield
        return
    token = _PAGE_WORDS.set({})
    try:
        yield
    finally:
        _PAGE_WORDS.reset(token)


def _one_page(func: Callable) -> Callable:
    """Run ``func`` with the word counts of its page remembered (:func:`_page`)."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with _page():
            return func(*args, **kwargs)
    return wrapper

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


def _furniture_data() -> dict:
    return tomllib.loads(
        resources.files("coverage_analysis").joinpath("data/furniture.toml").read_text("utf-8")
    )


def _furniture_rules() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    """(role, pattern) pairs in order, and the infobox-key pattern, from furniture.toml."""
    data = _furniture_data()
    # capitalised even where the rest of a pattern is not: "Also on Backbeat", not "Also on hand"
    outlet = r"(?-i:[A-Z][\w&.’'+-]*(?: [A-Z][\w&.’'+-]*){0,2})"
    rules = [
        (role, re.compile("(?:" + "|".join(m.replace("{outlet}", outlet) for m in data[role])
                          + ")", re.IGNORECASE))
        for role in data["order"]
    ]
    keys = "|".join(re.escape(k) for k in sorted(data["infobox_keys"], key=len, reverse=True))
    return rules, re.compile(rf"(?:{keys})\s*:\s*\S", re.IGNORECASE)


_FURNITURE, _INFOBOX_KEY = _furniture_rules()
#: Most words a line of site furniture (menus, prompts, ratings) has.
FURNITURE_MAX_WORDS = 40
_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
#: "By JO BELL Harbor News Service": a name in capitals, then the outlet in mixed case.
_CAPS_NAME_OUTLET = r"\s+[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){1,3}(?:\s+[A-Z][a-z][\w.’'&-]*){1,5}"
_BYLINE = re.compile(
    rf"(?:(?:Written\s+|Words\s+|Story\s+|Reporting\s+|Interview\s+"
    rf"|(?:(?:Movie|Film|TV|Album|Book|Theatre|Theater)\s+)?[Rr]eview\s+)?(?:[Bb]y|BY)(?::)?"
    rf"|(?:Author|Writer|Reporter|Text|Words|Posted by|Written by)\s*:)"
    rf"(?:{_CAPS_NAME_OUTLET}|\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
    rf"|\s+(?:@|u/)?[a-z][a-z0-9_.]{{3,29}}(?:\s+[a-z]\.)?)?"
    r"(?:\s*(?:[|•·—–,(]|\bon\b|\b(?:Special|Exclusive) to\b)\s*.{0,60})?"
)
_JOB = (
    r"(?:(?:Senior|Chief|Staff|Film|Music|Arts|Entertainment|Culture|Features|Contributing"
    r"|Associate|Deputy|Managing|Executive|Freelance|Special|Movie|TV|Television)\s+)*"
    r"(?:Critic|Writer|Reporter|Editor|Correspondent|Contributor|Columnist|Staff|Journalist"
    r"|Producer)s?"
)
#: "Tobias Nwankwo, Staff Writer", "Courier Film Critic", "Posted on May 1, 2024 by Jo Bloggs",
#: "Moderated by Jo Bloggs", a newsletter's sign-off "— Jo", a wire story's
#: "(Reporting by Jo Bloggs; Editing by Ann Lee)".
_BYLINE_OTHER = re.compile(
    rf"{_NAME}(?:,|\s[|—–·•])\s*{_JOB}(?:\s*[|,]\s*.{{0,40}})?|(?:[A-Z][\w’'-]*\s+){{0,3}}{_JOB}"
    rf"|(?:Posted|Published|Written)(?:\s+on)?\s+.{{4,40}}?\s+by\s+(?:{_NAME}|@?[a-z][a-z0-9_.]{{2,29}})"
    rf"|(?:[Pp]osted|[Pp]ublished|[Ww]ritten) by\s+(?:{_NAME}|(?:@|u/)?[a-z][a-z0-9_.]{{2,29}})"
    rf"(?:\s*\([^()]{{1,40}}\))?(?:\s*(?:\bon\b|[|·•,])\s*.{{4,40}})?"
    rf"|(?:(?:As )?(?:Heard|Seen|Featured) on [A-Z][^,]{{1,60}},\s+(?:hosted|presented) by"
    rf"|Hosted by|Presented by|Moderated by|Edited by|Compiled by|Curated by|Hosts?:)\s+"
    rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
    r"|[—–]\s?[A-Z][a-zß-öø-ÿ’'-]+(?: [A-Z][a-zß-öø-ÿ’'-]+){0,2}"
    rf"|(?:Special|Exclusive) to\s+{_NAME}"
    rf"|(?:News|Content|Release|Story) provided by\s+{_NAME}"
    rf"|\(?(?:(?:Additional )?[Rr]eporting|Writing|Editing) by\s+{_NAME}(?:\s+in\s+{_NAME})?"
    rf"(?:\s*(?:,|and|&)\s*{_NAME}(?:\s+in\s+{_NAME})?)*"
    rf"(?:\s*[;,]\s*(?:Writing|Editing|[Aa]dditional reporting)"
    rf" by\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)*\)?"
)
#: A reporter who contributed, by job and name: "Courier writer Jo Bell in Leith contributed to
#: this report." (an agency that contributed is an editor's note).
_CONTRIBUTOR = re.compile(
    rf"(?:[A-Z][\w&.’'-]*\s+){{0,3}}(?i:{_JOB})\s+{_NAME}(?:\s+in\s+{_NAME})?"
    rf"(?:\s*(?:,|and|&)\s*(?:(?i:{_JOB})\s+)?{_NAME}(?:\s+in\s+{_NAME})?)*"
    r"\s+contributed (?:reporting )?(?:to|for) this (?:report|story|article)\.?"
)
#: A personal name alone on a line ("Imogen Threlfall"): two or three capitalised words.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-’'][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*"
_PERSON_LINE = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|urday)?\.?,?"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    r"|\d{4}[./]\d{1,2}[./]\d{1,2}\.?|\d{1,2}[./]\d{1,2}[./]\d{4})"
)
_TIME = r"(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
#: A clock time that cannot be a bare number: "11:52 p.m. ET", "9 a.m.", "21:30 KST".
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?|\d{1,2}:\d{2}\s*[A-Z]{2,4}"
_STAMP_WORD = (
    r"(?:Published|Updated|Posted|Last updated|Last modified|First published|Modified|Watched"
    r"|Reviewed|Filed"
    r"|Broadcast|Aired|Recorded)"
    r"(?: on)?:?"
)
_DATELINE = re.compile(
    rf"(?:{_STAMP_WORD}\s+)?"
    rf"(?:{_DAY}\s+)?(?:{_TIME}(?:,|\s*[·•|])?\s+(?:{_DAY}\s+)?)?{_DATE}(?:,?\s*(?:@\s*)?{_TIME})?"
    rf"(?:\s*[|•·,;/—–-]?\s*(?:(?:Updated|Published|Posted)(?: on)?:?\s+)?"
    rf"(?:{_DAY}\s+)?(?:{_DATE}|{_TIME})(?:,?\s*{_TIME})?)*"
    r"|(?:(?:Published|Updated|Posted)\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
    rf"|{_STAMP_WORD}\s+(?:{_DAY}\s+)?(?:{_TIME},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,?\s+{_TIME})?"
    rf"|(?:{_STAMP_WORD}\s+)?(?:{_CLOCK})"
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",  # ISO 8601
    re.IGNORECASE,
)
_BARE_NAME = re.compile(_NAME)
#: The date, then the writer: "March 4, 2024 by Jo Bell" ("Rialto · March 4, 2024" may be
#: an event's listing, so a name before the date is no byline).
_NAME_DATE = re.compile(
    rf"{_DATE}(?:,?\s+{_TIME})?\s+by\s+{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")
_CREDIT = re.compile(
    r"(?:\(?(?:(?:Top |Main |Header |Lead )?(?:Photo|Photograph|Photography|Image|Picture"
    r"|Illustration|Film still|Still|Credit|Composite|Graphic|Chart|Source)s?"
    r"\s*(?::|\bby\b|\bcredit\b|\bcourtesy\b|©|\.\.\.|…)"
    r"|(?:Styling|Styled|Grooming|Hair|Make-?up|Hair and make-?up|Wardrobe"
    r"|Set design|Prop styling|Photo(?:graphy)? assistants?|Assistant (?:stylist|photographer)s?"
    r"|Lighting|Digital tech(?:nician)?|Retouch(?:ing|er)|Art direction|Creative direction"
    r"|Manicure|Nails|Tailoring|Fashion (?:editor|director))\s*(?::|\bby\b)).*"
    # "Courtesy of X"; not "Courtesy of the studio, every guest got …"
    r"|\(?Courtesy\b(?:(?!,\s+[a-z])[^.!?;]){0,80}[.)]?"
    r"|.*\b(?:AP Photo|via AP|Invision/AP|Film still|Photo courtesy|Photograph:|Photo:|Photo by"
    r"|(?:Image|Photo|Photograph)s? via)\b.*"
    r"|.*\(Pictures?:.*"  # "… on the red carpet (Picture: Getty Images)"
    # an agency, a file photo or a courtesy ends the line: "Jeremy Chan / Getty Images",
    # "(AFP via Getty Images)", "Courier file photo, 1987"; "she told Reuters it would" is text
    r"|(?:.*[/(|—–-]\s*)?(?:Getty Images|Shutterstock|REUTERS|Reuters|AFP|Alamy)"
    r"(?:\s*(?:/|via|for)\s*[^.!?()]{1,60})?\)?\.?"
    r"|.*\b(?:file|staff|handout|pool) (?:photo|photograph|image)s?"
    r"(?:\s+by\s+[^.!?()]{1,60}|,\s*\d{4})?\)?\.?"
    r"|.*\bCourtesy of [^.!?,()]{1,60}\)?\.?"
    r"|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}/(?:[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3})"
    # "Jo Bell / The Quay": a photographer's name of two words or more, then the outlet
    r"|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3} / [A-Z][\w.’'&-]*(?: [A-Z&][\w.’'&-]*){0,4}"
    # "Sentinel photo by Jo Bell", "Staff photograph by Jo Bell for The Quay"
    r"|(?:[A-Z][\w.’'&-]*\s+){1,3}(?:photo|photograph|image|illustration)s?\s+by\s+"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:\s+for\s+[^.!?]{1,40})?)"
)
_CAPTION = re.compile(
    r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}(?:,\s+(?:left|right|center|centre),|"
    r"\s+\((?:left|right|center|centre)\)),?\s+(?:and|with)\s+[A-Z].{3,250}"
    r"|(?:Caption|Pictured|Above|Top|Left|Right|From left|L-R|Left to right|Main image|Video)"
    r"\s*[:,]\s*\S.*|.{3,200}\b(?:Photo|Image|Photograph)\s*:"
    r"|.{3,200}[.!?,;]\s+(?:Photo|Image|Photograph|Picture)s?\s*(?::|\bby\b)\s*[A-Z].{0,100}"
    r"|.{10,300}[.!?]\s+\((?:(?:Photo(?:graph)?|Picture)\s*(?::|by)\s*)?[A-Z][^()/]{1,60}/[^()]{2,60}\)"
    r"|.{10,300}[.!?]\s+\([^()]{0,60}\b(?:photo|photograph|image|picture)s?\s+(?:by|courtesy of)\s"
    r"[^()]{2,60}\)"
    # "… in 1991. (Herald archive)", "… on Friday. (File photo)"
    r"|.{10,300}[.!?]\s+\((?:[A-Z][\w.’'&-]*\s+){0,3}(?:archives?|files?|handout|pool)"
    r"(?:\s+(?:photo|photograph|image|picture)s?)?\)"
    r"|.{10,300}[.!?”’\")]\s+(?-i:(?:Courtesy|File|Staff|Handout|Submitted|Contributed)"
    r" (?:photo|image|Photo|Image))\.?",
    re.IGNORECASE,
)
#: "WKRV’s Jo Bell reports from Riverton High School.": a TV story's video caption.
_REPORTER_CAPTION = re.compile(
    r"[A-Z][\w.’'-]*[’']s (?:[A-Z][\w.’'-]*\s){1,3}reports (?:live )?from [A-Z][^.!?]{2,60}\.?"
)
#: "… on Saturday. CHRIS YOUNG/THE NORTHERN GAZETTE", "… at TIFF. Handout/TIFF": a caption
#: ending in a credit (capitalised words either side of a slash).
_CAPTION_UPPER_CREDIT = re.compile(
    r".{10,300}[.!?]\s+[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}\s?/\s?"
    r"[A-Z][\w.’'&-]*(?: [A-Z&][\w.’'&-]*){0,4}"
)
#: A rating with its reasons, then a running time: "PG-13, for some language. 104 minutes."
_RATED_RUNTIME = re.compile(
    r"(?:G|PG|PG-13|R|NC-17)\s*(?:,|\()\s*for\s[^.]{3,120}\.\)?\s+\d{2,3}\s*(?:min|mins|minutes)\b"
)
#: Fashion credits ("jacket by Ostrander; rings, his own"), one piece between commas or semicolons.
_FASHION_PIECE = re.compile(r"(?:[a-z][\w-]*\s){1,3}by\s[A-Z].*|[a-z][\w\s-]{0,30}\s\(own\)")
#: A podcast's or show's production credits ("… is produced by X and edited by Y").
_PRODUCTION_CREDIT = re.compile(
    r".{0,80}\b(?:produced|edited|mixed|engineered|hosted)\s+by\s+[A-Z].{0,200}"
)
_CAPTION_NAMES = r"[A-Z.][\w.’'-]*(?:\s+[A-Z.][\w.’'-]*){0,3}"
#: "Ada Moss and Theo Moss arrive at …": names, then a caption's verb or preposition.
_CAPTION_GRAMMAR = re.compile(
    rf"(?:Photo:\s*)?{_CAPTION_NAMES}(?:,\s*{_CAPTION_NAMES})*(?:,?\s+(?:and|&)\s+"
    rf"(?:{_CAPTION_NAMES}|cast|friends|guests|others))?(?:\s*\([^)]*\))?,?\s+"
    r"(?:at|on|in|during|with|backstage|onstage|photographed|pictured|seen|arrive|arrives"
    r"|attend|attends|pose|poses|perform|performs|speak|speaks|greet|greets|walk|walks"
    r"|celebrate|celebrates|rehearse|rehearses|accept|accepts|share|shares)\b.{0,200}"
)
_WARNING = re.compile(
    r"(?:Content |Trigger |Spoiler )?(?:Warning|Spoiler(?:s| Alert)?)\s*[:!–—-].*"
    r"|(?:This|The following) (?:review|article|post|story|piece) (?:may )?contains? spoilers.*",
    re.I,
)
_LIST_ITEM = re.compile(r"(?:[-•*▪◦–]\s+|\d{1,2}[.)]\s+)\S")
_TERMINAL = re.compile(r"[.,;:…]['’\"”)\]*_]*$")
#: End of a sentence, closing quotes and emphasis allowed ("… the end.”", "*Why?*").
_SENTENCE_END = re.compile(r"(?:[.!?]|\.\.\.|…)['’\"”)\]*_]*$|:$")
_EMPHASIS = re.compile(r"^[*_#\s]+|[*_\s]+$")


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """A line without Markdown emphasis or heading marks around it ("**Moss:**" stays inside).

    Remembered for the last few thousand lines: the role passes ask for each line's often.
    """
    return _EMPHASIS.sub("", text)


def _heading_like(text: str, max_words: int = HEADING_MAX_WORDS) -> bool:
    """Short and without closing punctuation: a title, heading or headline."""
    return _line_words(text) <= max_words and not _TERMINAL.search(text)


def _headline_like(text: str, share: float = 0.6) -> bool:
    """A headline: mostly capitalised words, not closed by a period."""
    tokens = re.findall(r"[A-Za-z][\w’'-]*", text)
    if not tokens or len(tokens) > 30 or re.search(r"\.['’\"”]?$", text):
        return False
    capitalised = sum(t[0].isupper() for t in tokens if len(t) > 3)
    long_tokens = sum(len(t) > 3 for t in tokens)
    return long_tokens > 0 and capitalised / long_tokens >= share


def ends_mid_sentence(text: str) -> bool:
    """True if a line stops without closing punctuation ("… and the film was")."""
    return not _SENTENCE_END.search(text.rstrip())


def is_cut_off(text: str) -> bool:
    """A line of running text cut off mid-sentence.

    It has no closing punctuation, is not a title-case label, and has six
    words or more or ends in a lower-case word or a comma.
    """
    text = plain(text)
    return (
        ends_mid_sentence(text)
        and not _headline_like(text, share=1.0)
        and (_line_words(text) >= 6 or bool(re.search(r"(?:\b[a-z][\w’'-]*|,)$", text)))
    )


_QUESTION_LABEL = re.compile(r"(?:\*\*|__)?(?:Q|Question)\s*[:.]\s*(?:\*\*|__)?\s*\S")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|me|my|mine|myself|we|us|our)\b")
#: "BACKBEAT: How did …", "Moss: It started …": a Q&A speaker label.
_SPEAKER_LABEL = re.compile(r"[.A-Z][\w.’'&\[\] -]{0,30}:\s+\S")
#: A transcript's time before a turn's label: "[00:01:02]", "(01:02)", "00:01:02 –", "12:04".
_TURN_TIME = r"(?:[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s*(?:[-–—|]\s*)?(?=\S))?"
#: A Q&A speaker label at a line start, a transcript's time allowed before it: "Q:", "A.",
#: "**Moss:**", "THEO MOSS:", "Ada Moss:", "[00:01:02] ADA MOSS:". Group ``label`` holds
#: the words.
#: "Speaker 2:" numbers a speaker; a time may follow the label too ("ADA MOSS [00:01:02]:").
#: "JO BELL, HOST:", "Jo Bell (host):": group ``role`` holds the part the speaker plays;
#: "ADA MOSS AS NELL:", an actor's line in a film clip, the character in ``character``.
TURN_LABEL = re.compile(
    _TURN_TIME + r"(?:\*\*|__)?(?:(?P<qa>Q|A|Question|Answer)(?:\s*\d{1,2})?(?:\s*[:.]|\s+[—–])"
    r"|(?P<label>[A-Z.][\w.’'&-]*(?:\s+(?!(?:AS|as)\s)(?:[A-Z.&][\w.’'&-]*|de|van|von|der|da|di"
    r"|le|la)){0,3}(?:\s+\d{1,2})?)(?:,\s*(?P<role>[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2}"
    r"|[a-z][\w’'-]*(?:\s+[\w’'-]+){0,2})|\s*\((?P<paren>[^()\n]{1,30})\)"
    r"|\s+(?:AS|as)\s+(?P<character>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}))?"
    r"(?:\s*\[(?:\d{1,2}:)?\d{1,2}:\d{2}\])?\s*(?:\*\*|__)?\s*:)"
    r"\s*(?:\*\*|__)?\s+(?=\S)"
)
_COMMENTS_HEADER = re.compile(
    r"(?:\d+\s+)?(?:(?:Reader(?:s[’'])?|Top|All|Latest|Newest|Featured)\s+)?Comments?"
    r"(?:\s*\(\d+\))?|Leave a (?:Reply|Comment)"
    r"|(?:Show|View|Read|See|Load) (?:all |more )?(?:\d+ )?(?:comments?|replies)"
    r"|(?:Join the )?(?:conversation|discussion)(?:\s*\(\d+\))?|Have your say|Your say"
    r"|What (?:do )?(?:you|readers) (?:think|say)\??|What readers are saying"
    r"|(?:Sign|Log) in to (?:comment|reply|join the (?:conversation|discussion))"
    r"|.{0,80}\b(?:comments|conversations) are (?:the )?(?:opinions?|views?) of (?:our |the )?"
    r"(?:readers|commenters|users)\b.*"
    r"|Comments are closed\.?|\d+ (?:thoughts|responses?) (?:on|to) .*|\d+ (?:responses?|replies)",
    re.IGNORECASE,
)
#: How long ago a comment was posted: "2 days ago", "1d", "20h", "yesterday".
_AGE = (
    r"(?:\d+\s*(?:s|m|h|d|w|mo|y|mins?|hrs?)(?:\.?\s+ago)?|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?"
    r"|months?|years?)\s+ago|yesterday|just now)"
)
#: A comment's signature line: "Ana says:", "Posted by ana on Oct 3, 2024", "Ana · Fresno · 1d",
#: "Ana V. — May 2, 2024 at 4:51 pm".
_COMMENT_META = re.compile(
    rf".{{1,40}}?\s+(?:says|said|wrote|replied)\s*:|Posted by \S.{{0,40}}"
    rf"|.{{1,40}}?\s+[—–|·•]\s+{_DATE},?\s*(?:at\s+)?{_CLOCK}"
    rf"|(?:.{{1,40}}?(?:\s*[·•|∙]\s*|\s{{2,}})){{1,2}}{_AGE}|{_AGE}",
    re.IGNORECASE,
)
#: A comment's controls: "Reply", "Reply · 4 likes", "Like · Reply · 42", "Report",
#: a forum's vote counter before them ("▲ 96 ▼   Reply").
_COMMENT_CONTROLS = re.compile(
    r"(?:[▲⬆△↑]\s*\d[\d,.]*[KkMm]?\s*[▼⬇▽↓]?\s*)?(?:(?:Reply|Replies|Like|Likes|Report|Flag|Upvote|Downvote|Share|Permalink|\d+)"
    r"\s*(?:[·•|∙]\s*)?)*(?:Reply|Report|Flag|Upvote)(?:\s*(?:[·•|∙]\s*)?"
    r"(?:Reply|Replies|Like|Likes|Report|Flag|Share|Save|Follow|Award|\d+(?: likes?)?))*",
    re.IGNORECASE,
)
_MENU_SEPARATORS = re.compile(r"\s+(?:\||›|»|>|/|•|·|∙|⋅)\s+|\s{2,}|\t")
#: "(Dir. Ilse Marrow, Canada, 112 min)": a film's director, country and running time.
_INFOBOX_PAREN = re.compile(
    r"\(?(?:Dir(?:\.|:|ected by)|D:)\s*[A-Z][^()]{2,120}?\b\d{2,3}\s*(?:min|mins|minutes)\.?\)?",
    re.IGNORECASE,
)
_INFOBOX_LEAD = re.compile(
    r"(?:Directed by|Written and directed by|Starring|With)\s+[A-Z.](?:[^.]|\.(?=\S)){0,120}$"
)
#: "Directed by Ada Moss. Written by Ada Moss and Theo Bell.": a credits box's sentences,
#: each a film credit and names.
#: A comma, then the subject of a main clause: a sentence, not a list of credits.
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:the|a|an|it|he|she|they|this|his|her|its|their)\s")
_CREDIT_SENTENCES = re.compile(
    r"(?:(?:(?:Written and )?Directed|Written|Produced|Edited|Photographed|Scored|Screenplay"
    r"|Music) by|Starring|With)\s+[A-Z.][^.]*(?:\.(?=\S)[^.]*)*\."
    r"(?:\s+(?:(?:(?:Written and )?Directed|Written|Produced|Edited|Photographed|Scored"
    r"|Screenplay|Music) by|Starring|With)\s+[A-Z.][^.]*(?:\.(?=\S)[^.]*)*\.)*"
)


#: A speaker's label alone on its line, the turn on the lines under it (a transcript
#: export): "Ada Moss (00:01:12):", "JO BELL:", "Speaker 2  00:41".
_SPEAKER_LINE = re.compile(
    r"(?:\*\*|__)?(?P<label>[A-Z][\w.’'&-]*(?:\s+[A-Z0-9.&][\w.’'&-]*){0,3})(?:\*\*|__)?"
    r"(?:\s*(?P<time>[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?))?\s*(?P<colon>:)?(?:\*\*|__)?"
)


def speaker_line(text: str) -> str:
    """The speaker's words of a label alone on its line ("Ada Moss (00:01:12):"), or ""."""
    if len(text) > 80:
        return ""
    m = _SPEAKER_LINE.fullmatch(text.strip())
    return m.group("label") if m and (m.group("time") or m.group("colon")) else ""


def label_of(text: str) -> tuple[str, int] | None:
    """(normalised label, end of label) of a Q&A speaker label at the start of ``text``."""
    m = TURN_LABEL.match(text)
    if not m:
        return None
    word = m.group("qa") or m.group("label")
    key = word.casefold()
    if key in ("question", "answer"):
        key = key[0]
    return key, m.end()


#: A quotation inside a line: its own questions are not the line's.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def label_words(text: str) -> str:
    """The speaker's words of a Q&A label at the start of ``text``, without a part after them.

    "JO BELL, HOST:" gives "JO BELL"; "" if the line has no label.
    """
    m = TURN_LABEL.match(text)
    return (m.group("qa") or m.group("label") or "") if m else ""


def _hosts(text: str) -> bool:
    """The line's label is the interviewer's ("JO BELL, HOST:", "MODERATOR:", "Interviewer:")."""
    m = TURN_LABEL.match(text)
    if not m:
        return False
    part = m.group("role") or m.group("paren") or ""
    return bool(_HOST_PART.search(part) or _HOST_PART.fullmatch(m.group("label") or ""))


#: Parts a label gives the one who asks.
_HOST_PART = re.compile(r"\b(?:co-?)?(?:host|interviewer|moderator|presenter|anchor)\b",
                        re.IGNORECASE)


def _question_like(text: str) -> bool:
    """A question line: labelled "Q:", or ending in "?" (long ones must address someone)."""
    if _QUESTION_LABEL.match(text):
        return True
    text = plain(text)
    if not re.search(r"\?['’\"”)]*$", text) or text.startswith(("“", '"', "‘")):
        return False
    words = _line_words(text)
    return words <= 40 or (words <= 120 and bool(_SECOND_PERSON.search(text)))


def _is_interview(questions: Sequence[str], answers: Sequence[str]) -> bool:
    """Enough question lines, most addressing someone ("you"), most answered in the first person."""
    addressed = sum(
        bool(_QUESTION_LABEL.match(q) or _SPEAKER_LABEL.match(q)
             or _SECOND_PERSON.search(plain(q)))  # "_Your …_": no word boundary after "_"
        for q in questions
    )
    first_person = sum(bool(_FIRST_PERSON.search(a)) for a in answers)
    return (
        len(questions) >= QA_MIN_QUESTIONS
        and 2 * addressed >= len(questions)
        and 2 * first_person >= len(questions)
    )


def _menu(bare: str) -> bool:
    """Short items between separators ("Home | Film", "News    Sports", "Lists › Festivals")."""
    parts = _MENU_SEPARATORS.split(bare)
    if len(parts) < 2:
        return False
    # an item of many words may be a footer's legal link ("Do Not Sell My Personal Information")
    short = all(0 < _line_words(p) <= 4 and not _TERMINAL.search(p)
                or _line_words(p) <= 10 and _pattern_role(p, _line_words(p)) == "navigation"
                for p in parts)
    if len(parts) >= 3:
        return short
    return len(parts) == 2 and short and (
        bool(re.search(r"\s[›»>]\s", bare))
        or all(_pattern_role(p, _line_words(p)) for p in parts)
    )


def _pattern_role(bare: str, words: int) -> str | None:
    """The role of the first pattern of ``data/furniture.toml`` that matches the whole line."""
    for role, pattern in _FURNITURE:
        if (role == "note" or words <= FURNITURE_MAX_WORDS) and pattern.fullmatch(bare):
            return role
    return None


def _furniture_role(text: str) -> tuple[str, str] | None:
    bare = plain(text)
    if re.fullmatch(r"[★☆✩✭⭐½]+(?: [★☆✩✭⭐½]+)*", bare):
        return "rating", "a line of stars"
    if not re.search(r"[^\W_]", bare):
        return "debris", "rule or separator (no words)"
    words = _line_words(bare)
    if words <= FURNITURE_MAX_WORDS and re.match(r"(?:©|\(c\)\s)", bare):
        return "copyright", "copyright line ('© 2024 X · Powered by Y')"
    if words <= FURNITURE_MAX_WORDS and _menu(bare):
        if any(_DATELINE.fullmatch(part) for part in _MENU_SEPARATORS.split(bare)):
            return "dateline", "date line with its read time or length"
        return "navigation", "menu or breadcrumbs (short items between separators)"
    if _tag_list(bare):
        return "navigation", "topic tags after a label ('Read more: A, B, C')"
    role = _pattern_role(bare, words)
    return (role, f"{role} pattern: {bare[:40]!r}") if role else None


#: A label over topic links: "Read more:", "More about:", "Related topics:", "Trending:".
_TAG_LABEL = re.compile(r"(?:(?:Read more|More|Related)(?: (?:about|on|topics))?|Trending(?: now)?"
                        r"|Hot topics|In the news|Popular topics|Explore)\s*:\s*", re.I)


def _tag_list(bare: str) -> bool:
    """Three or more short names after a "Read more:" label: topic tags, not a headline."""
    label = _TAG_LABEL.match(bare)
    if not label:
        return False
    items = re.split(r"\s*,\s*", bare[label.end():])
    return len(items) >= 3 and all(0 < _line_words(t) <= 4 and not _TERMINAL.search(t)
                                   for t in items)


def _credit_list(bare: str) -> bool:
    """Styling or production credits, two "by" credits or more.

    "On Ada: jacket by X, shirt by Y; rings, her own"; "The Show is produced by X
    and edited by Y. Our theme music is by Z."
    """
    by_names = len(re.findall(r"\bby\s+[A-Z]", bare))
    if not by_names:
        return False
    # "On Ada: …. On Theo: …": each wearer's credits in turn
    rest = re.sub(r"(?:^|\.\s+)On [^:;]{1,40}:\s*", "; ", bare.rstrip(".")).lstrip("; ")
    rest = re.sub(r",\s+(?:his|her|their|the [\w-]+[’']s) own\b", " (own)", rest)
    pieces = re.split(r"\s*;\s*|,\s+(?=[a-z])", rest)
    if len(pieces) >= 2 and all(_FASHION_PIECE.fullmatch(p) for p in pieces):
        return True
    return bool(
        by_names >= 2
        and _PRODUCTION_CREDIT.fullmatch(bare)
        and re.search(r"\b(?:episode|podcast|theme music|our show|this show)\b", bare, re.I)
    )


#: Letters and punctuation of scripts other than Latin (CJK, Hangul, kana, Cyrillic, Greek,
#: Arabic, Hebrew, Thai, Devanagari), and full-width forms.
#: Digits written against their letters ("2024年10月3日") go with them.
_OTHER_SCRIPT = re.compile(
    r"\d*(?:[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    r"\u1100-\u11ff\u2e80-\u2fff\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff]+\d*)+"
    r"|[\u3000-\u303f\ufe30-\ufe4f\uff00-\uffef]+"
)


def latin_part(text: str) -> str:
    """The Latin-script words of a line that mixes scripts, separators around them dropped.

    "相關新聞 Related News" gives "Related News"; a line with no other script gives "".
    """
    if not _OTHER_SCRIPT.search(text):
        return ""
    rest = re.sub(r"\s+", " ", _OTHER_SCRIPT.sub(" ", text))
    rest = re.sub(r"^[\s|/·•:,;-]+|[\s|/·•,;-]+$", "", rest)
    rest = re.sub(r"(?:\s*[|/·•]\s*){2,}", " | ", rest)
    return rest if re.search(r"[A-Za-z]{2}|\d", rest) else ""


#: Pictographs a site sets before or after a line of its own ("💬 3 comments",
#: "⚠️ SPOILER WARNING ⚠️"): emoji, dingbats, arrows and their joiners.
#: A rating's stars are no icons.
_ICON = (
    "(?:(?![★☆✩✭⭐])[\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf"
    "\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d\\s])+"
)
_ICONS = re.compile(f"^{_ICON}|{_ICON}$")


def unadorned(text: str) -> str:
    """A line without the pictographs at its ends, or "" when it has none or only them."""
    text = text.strip()
    if not text or not (_ICONS.match(text[0]) or _ICONS.match(text[-1])):
        return ""
    rest = _ICONS.sub("", text)
    return rest if re.search(r"[^\W\d_]", rest) else ""


def _line_role(par: Paragraph, author: str) -> tuple[str, str] | None:
    """The role a line has on its own, whatever surrounds it, or None.

    A line that mixes scripts ("相關新聞 Related News") is judged by its Latin-script
    words, and one set between pictographs ("💬 3 comments") by the words between
    them, when the whole line says nothing.
    """
    role = _text_role(par.text, author)
    for other, how in ((latin_part, "its Latin-script words"), (unadorned, "without its icons")):
        rest = "" if role else other(par.text)
        if rest:
            role = _text_role(rest, author)
            if role:
                role = (role[0], f"{role[1]} ({how})")
    return role


def _text_role(text: str, author: str) -> tuple[str, str] | None:
    bare = plain(text)
    words = _line_words(bare)
    if words <= 20 and _BYLINE.fullmatch(bare):
        return "byline", "byline pattern ('By …' / 'Written by …')"
    if words <= 30 and "contributed" in bare and _CONTRIBUTOR.fullmatch(bare):
        return "byline", "a reporter who contributed ('Courier writer Jo Bell contributed …')"
    furniture = _furniture_role(text)
    if furniture:
        return furniture
    if words <= 12 and (_BYLINE_OTHER.fullmatch(bare) or (
            bare.isupper() and _BYLINE_OTHER.fullmatch(bare.title()))):
        return "byline", "byline pattern ('Name, Staff Writer', 'Posted on … by …')"
    if words <= 12 and _NAME_DATE.fullmatch(bare):
        return "byline", "the date, then the writer ('March 4, 2024 by Jo Bell')"
    if _DATELINE.fullmatch(re.sub(r"\s*[·•|]\s*\d+\s*min(?:ute)?s?\.? read$|^\d+\s*min(?:ute)?s?\.?"
                                  r" read\s*[·•|]\s*", "", bare)):
        return "dateline", "date line"
    if _WARNING.fullmatch(bare):
        return "warning", "spoiler or content warning"
    if (_CAPTION.fullmatch(bare) or _CAPTION_UPPER_CREDIT.fullmatch(bare)
            or _REPORTER_CAPTION.fullmatch(bare)) and words <= 80:
        return "caption", "photo caption ('Pictured: …', '… Photo:')"
    if words <= 80 and _CREDIT.fullmatch(bare):
        rest = re.sub(r"^\(?(?:Photo|Image|Picture|Photograph)s?\s*:\s*", "", bare)
        described = re.split(
            r"\s*\((?:Photo|Courtesy|Credit|Image|Picture)"
            r"|[.,]\s+(?:Courtesy|Photo|Credit|Image|Picture)\b", rest
        )[0]
        only_credit = re.match(r"(?:Courtesy|Credit|©)", rest, re.I)  # "Photo: Courtesy of X"
        if words > 5 and not only_credit and not (
                described != rest and _CREDIT.fullmatch(described)) and (
            _CAPTION_GRAMMAR.match(rest)
            or ((rest != bare or described != rest)
                and _line_words(described) >= 5 and "/" not in described)
        ):
            return "caption", "photo caption with a credit"
        return "credit", "photo or image credit"
    if words <= 60 and _credit_list(bare):
        return "credit", "styling or production credits ('jacket by …', 'produced by …')"
    if words <= 60 and (
        (":" in bare and len(_INFOBOX_KEY.findall(bare)) >= 2)  # every key ends in ":"
        or (_INFOBOX_KEY.match(bare) and words <= 25)
        or (_INFOBOX_LEAD.fullmatch(bare) and words <= 25)
        or (_CREDIT_SENTENCES.fullmatch(bare) and re.match(r"Directed|Starring", bare)
            and not _CLAUSE_AFTER_COMMA.search(bare))  # "Directed by X, the film is …"
        or (_INFOBOX_PAREN.fullmatch(bare) and words <= 25)
        or (words <= 40 and re.search(r"\b(?:Directed by|Dir\.)\s+[A-Z]", bare)
            and re.search(r"\b\d{2,3}\s*(?:min|mins|minutes)\b", bare))
        or (re.match(r"Rated (?:G|PG|PG-13|R|NC-17|NR|Not Rated)\b", bare) and words <= 25
            and not _CLAUSE_AFTER_COMMA.search(bare))
        or (words <= 25 and re.search(r"\bRated (?:G|PG|PG-13|R|NC-17)\b", bare)
            and re.search(r"\b\d{2,3}\s*(?:min|mins|minutes)\.?$", bare))
        or (words <= 40 and _RATED_RUNTIME.match(bare))
    ):
        return "infobox", "film information ('Director: …', 'Runtime: …')"
    if (
        author
        and bare.startswith(author)
        and re.match(  # "Jo Bell is a critic …", not a Q&A turn labelled "Jo Bell: …"
            r"(?!\s*:)\W*(?:\w+\W+){0,3}(?:is|was|has|writes|covers|reviews|lives|teaches)\b",
            bare[len(author) :],
        )
    ):
        return "bio", f"author bio (starts '{author} is')"
    if words <= 30 and re.fullmatch(
        r"(?:Contact|Email|Reach|Follow) .{0,60}(?:\S+@\S+\.\w+|@\w+).{0,40}", bare
    ):
        return "bio", "the writer's contact"
    if _LIST_ITEM.match(text):
        return "list_item", "list marker at line start"
    return None


def _recurring_labels(paragraphs: Sequence[Paragraph], roles: list) -> dict[str, list[int]]:
    """Q&A speaker labels used on two lines or more (Q and A count once): label to lines.

    A full name used once ("DEV OKONJO-MARSH:") counts as the recurring label of its first
    word, or of its last ("OKONJO-MARSH:"), as transcripts name a speaker in full once.
    """
    found: dict[str, list[int]] = {}
    for i, par in enumerate(paragraphs):
        if roles[i] is None:
            label = label_of(par.text)
            if label:
                found.setdefault(label[0], []).append(i)
    recurring = {k: v for k, v in found.items() if len(v) >= 2 or k in ("q", "a")}
    for k, lines in found.items():  # "DEV OKONJO-MARSH:" once, then "DEV:" throughout
        words = k.split()
        short = next((w for w in (words[0], words[-1]) if w in found), None)
        if len(words) > 1 and k not in recurring and short:
            recurring[short] = sorted({*recurring.get(short, found[short]), *lines})
    found = recurring
    if sum(map(len, found.values())) < QA_MIN_QUESTIONS:
        return {}
    return found


def _initials(name: str) -> set[str]:
    """A name's initials, as labels abbreviate it: "the harbor weekly" gives "thw" and "hw"."""
    words = re.findall(r"\w+", name)
    return {"".join(w[0] for w in words), "".join(w[0] for w in words if w != "the")}


def _question_labels(
    labels: dict[str, list[int]], paragraphs: Sequence[Paragraph], outlet: str, author: str
) -> set[str]:
    """Labels of the interviewer: Q, the outlet or author, a host's part, or lines that mostly ask.

    A host's part may be the label itself ("MODERATOR:") or follow the name
    ("JO BELL, HOST:").

    A line asks when it ends in "?"; a host's lines also greet, thank and
    announce breaks, so half of them holding a question of their own (a "?"
    outside quotation marks, two lines at least) also makes a label the
    interviewer's, when another label is left to answer.
    """
    out, askers = set(), set()
    names = {n.casefold() for n in (outlet, author) if n}
    surnames = {n.split()[-1] for n in names}.union(*map(_initials, names))
    if author:  # the writer's first name labels the writer's turns too ("ROSA:")
        surnames.add(author.split()[0].casefold())
    for label, lines in labels.items():
        asks = sum(plain(paragraphs[i].text).rstrip("”’\"') ").endswith("?") for i in lines)
        holds = sum("?" in _QUOTED.sub("", paragraphs[i].text) for i in lines)
        hosted = _HOST_PART.fullmatch(label) or any(_hosts(paragraphs[i].text) for i in lines)
        if label == "q" or label in names | surnames or hosted or (
                label != "a" and 2 * asks > len(lines)):
            out.add(label)
        elif label != "a" and holds >= 2 and 2 * holds >= len(lines):
            askers.add(label)
    # Guests ask back too: the looser test holds only if someone is left to answer.
    return out | askers if set(labels) - out - askers else out


def _co_askers(labels: dict[str, list[int]], asking: set[str]) -> set[str]:
    """Labels that take turns as the interviewer does: a second host who rarely asks with "?".

    A label none of whose lines follows an interviewer's line, each of its
    lines (two at least) followed by a guest's, the ones who answer the
    interviewer, asks too ("JM: And you picked?" after "TA: What …?").
    """
    owner = {i: k for k, lines in labels.items() for i in lines}
    order = sorted(owner)
    nxt = dict(zip(order, order[1:], strict=False))
    answering = {owner[b] for a, b in nxt.items() if owner[a] in asking and owner[b] not in asking}
    extra = {
        k for k, lines in labels.items()
        if asking and k not in asking | answering | {"q", "a"} and len(lines) >= 2
        and all(i in nxt and owner[nxt[i]] in answering for i in lines)
    }
    return extra if set(labels) - asking - extra else set()


#: A line wholly in square brackets: the editor's insertion, no one's turn
#: ("[Transcript continues after the break.]").
_INSERTION = re.compile(r"\[[^\[\]]+\]")


def _closes_turns(role: tuple[str, str]) -> bool:
    """An editor's note ("This interview has been edited …") ends the bare answer before it.

    The lines after it are the page's (a release date, a tagline), not the
    answer continued; a new question starts again. (A labelled transcript
    ends as :func:`_transcript_end` says.)
    """
    return role[0] == "note"


def _transcript_end(paragraphs: Sequence[Paragraph], roles: list, labelled: list[int],
                    asked: Sequence[int] = ()) -> int:
    """Where a labelled transcript ends.

    An editor's note, a share bar or a promo after the last labelled answer
    closes the exchange; unlabelled lines after it are not answers. So does
    the last label itself when every turn before it is labelled (or a bare
    question, ``asked``): a transcript that labels each answer would label a
    last one too, and "The film opens on Friday." after it is the writer's.
    """
    stop = next((i for i in range(labelled[-1] + 1, len(roles)) if roles[i] is not None),
                len(roles))
    # a label used once ("RAE LUND (ACTOR):") still opens a turn
    last = max(i for i in range(labelled[-1], stop) if i == labelled[-1]
               or label_of(paragraphs[i].text))
    marked = set(labelled) | set(asked)
    if all(roles[i] is not None or i in marked or label_of(paragraphs[i].text)
           for i in range(labelled[0], last)):
        return last + 1
    return stop


#: A whole line in one styling: "**…**", "__…__", "*…*", "_…_" (closing quotes allowed).
_STYLED = re.compile(r"(\*\*|__|\*|_)(?=\S)(?:(?!\1).)+(?<=\S)\1[”’\"')]*")


def _set_apart(text: str) -> bool:
    """A line set wholly in bold or italics ("**You shot it in one night.**")."""
    return bool(_STYLED.fullmatch(text.strip()))


def _bare_questions(paragraphs: Sequence[Paragraph], roles: list, first: int) -> list[int]:
    """Unlabelled questions among labelled answers, from the one before the first label on.

    A line ending in "?" is one; so is a line set wholly in bold or italics
    right before a labelled answer ("**You fired yourself, too.**" then
    "**Moss:** Yes"), as interviews set the interviewer's words apart.
    """
    free = [i for i in range(len(paragraphs)) if roles[i] is None]
    at = bisect_left(free, first)
    start = free[at - 1] if at > 0 else first
    questions = []
    for k in range(max(0, at - 1), len(free)):
        i = free[k]
        text = paragraphs[i].text
        if i < start or label_of(text):
            continue
        nxt = free[k + 1] if k + 1 < len(free) else None
        answered = nxt is not None and label_of(paragraphs[nxt].text) is not None
        if (_question_like(text) and (i >= first or answered)) or (_set_apart(text) and answered):
            questions.append(i)
    return questions


#: A writer's closing notice of a release: "Low Tide is in cinemas now.", "… opens Friday".
_RELEASE = re.compile(
    r"\b(?:opens?|premieres?|arrives?|(?:is|are) (?:out|streaming|available|now (?:playing|"
    r"showing|streaming)|in (?:cinemas|theaters|theatres))|hits (?:cinemas|theaters|theatres))\b"
)


def _release_after_answers(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """The last answer's last line is the writer's when it announces a release.

    An interview has no label to end its last answer, so the page's closing
    line ("Low Tide is in cinemas now.") would continue it; unlabelled, in
    the third person and naming a release, it is the writer's.
    """
    last = max((i for i, r in enumerate(roles) if r is not None and r[0] in ("question", "answer")),
               default=-1)
    if last > 0 and roles[last][0] == "answer" and (roles[last - 1] or ("",))[0] == "answer" \
            and _RELEASE.search(paragraphs[last].text) and not label_of(paragraphs[last].text) \
            and not _FIRST_PERSON.search(paragraphs[last].text):
        roles[last] = ("body", "the writer's release notice after the last answer")


#: The badge a thread gives its original poster's replies: "u/adamoss OP · 2 hr. ago".
_POSTER_MARK = re.compile(r"(?:^|\s|[(\[])(?:OP|Original Poster)(?:$|[\s)\]·•|∙])")


def _answered_thread(paragraphs: Sequence[Paragraph], roles: list) -> bool:
    """A discussion thread its poster answers (an "ask me anything"), in place.

    Among the reader comments, each reply by the thread's poster (signed
    with the poster's badge, "… OP · 9 hr. ago", or the handle of the
    thread's own "Posted by …" line) is an answer and the post it replies to
    (the one signed just before it) a question; their signature lines are
    bylines, the vote and reply bar under an answer navigation. Other
    readers' posts stay comments. Three answered posts at least make the
    thread a Q&A.
    """
    signed = [i for i, r in enumerate(roles) if r is not None and r[0] == "comments"
              and _COMMENT_META.fullmatch(plain(paragraphs[i].text))]
    if len(signed) < 2 * QA_MIN_QUESTIONS:
        return False
    own, handle = _thread_poster(paragraphs, roles, signed)

    def by_poster(i: int) -> bool:
        text = paragraphs[i].text
        return bool(_POSTER_MARK.search(text)) or bool(handle) and text.split()[0] == handle

    replies = [(k, j) for k, j in zip(signed, signed[1:], strict=False)
               if by_poster(j) and not by_poster(k)]
    if len(replies) < QA_MIN_QUESTIONS:
        return False
    if own >= 0:
        roles[own] = ("byline", "the thread poster's signature")
    for k, j in replies:
        roles[k] = roles[j] = ("byline", "signature of a post in an answered thread")
        for i in range(k + 1, j):
            if _thread_text(paragraphs, roles, i):
                roles[i] = ("question", "Q&A: a post the thread's poster answers")
        i = j + 1
        while i < len(paragraphs) and _thread_text(paragraphs, roles, i):
            roles[i] = ("answer", "Q&A: the thread's poster answers")
            i += 1
        if i < len(paragraphs) and _COMMENT_CONTROLS.fullmatch(plain(paragraphs[i].text)):
            roles[i] = ("navigation", "vote and reply bar under an answer")
    return True


#: A thread's own signature: "Posted by u/adamoss · 9 hr. ago", "Started by adamoss".
_POSTED_BY = re.compile(r"(?:Posted|Submitted|Started|Asked) by\s+(?P<handle>[^\s·•|∙]+)")


def _thread_poster(
    paragraphs: Sequence[Paragraph], roles: list, signed: list[int]
) -> tuple[int, str]:
    """The thread's own signature line above the comments (-1 if none) and its poster's handle.

    The signature reads "Posted by …", or holds the handle that the first
    badged reply ("adamoss OP · 2h") is signed with.
    """
    badged = next((paragraphs[j].text for j in signed if _POSTER_MARK.search(paragraphs[j].text)),
                  "")
    words = _POSTER_MARK.split(badged, maxsplit=1)[0].split()
    badge = words[-1] if words else ""
    for i in range(signed[0]):
        text = paragraphs[i].text
        if not (roles[i] is None or roles[i][0] in ("navigation", "dateline", "byline")) \
                or _line_words(text) > 12:
            continue
        m = _POSTED_BY.search(text)
        if m or badge and badge in text.split():
            return i, m.group("handle") if m else badge
    return -1, badge


def _thread_text(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """A post's own text in the comments: neither a signature nor the controls."""
    bare = plain(paragraphs[i].text)
    return roles[i] is not None and roles[i][0] == "comments" \
        and not _COMMENT_META.fullmatch(bare) and not _COMMENT_CONTROLS.fullmatch(bare)


def _speaker_line_turns(
    paragraphs: Sequence[Paragraph], roles: list, outlet: str, author: str
) -> bool:
    """Turns under speaker lines, in place: a transcript that puts each label on its own line.

    Four speaker lines at least, two speakers or more on two each, each above text:
    the label line is the turn's byline, the lines under it up to the next
    label the turn, a question when the label asks (as for labels in line);
    someone must ask, and someone answer.
    """
    n = len(paragraphs)
    heads = {i: words.casefold() for i in range(n - 1)
             if roles[i] is None and roles[i + 1] is None
             and (words := speaker_line(paragraphs[i].text))
             and not speaker_line(paragraphs[i + 1].text)}
    if len(heads) < 2 * (QA_MIN_QUESTIONS - 1):
        return False
    labels: dict[str, list[int]] = {}
    for i, key in heads.items():
        labels.setdefault(key, []).append(i + 1)
    if sum(len(lines) >= 2 for lines in labels.values()) < 2:
        return False  # "The Good:", "The Bad:", "Verdict:" head a review's parts once each
    asking = _question_labels(labels, paragraphs, outlet, author)
    asking |= _co_askers(labels, asking)
    if not asking or not set(labels) - asking:
        return False  # a live blog's "Jo Bell 10:32" lines head entries no one asks in
    starts = sorted(heads)
    for h, nxt in zip(starts, [*starts[1:], n], strict=True):
        roles[h] = ("byline", "speaker's label on its own line above the turn")
        role = "question" if heads[h] in asking else "answer"
        for i in range(h + 1, nxt):
            if roles[i] is not None or (i > h + 1 and _heading_like(paragraphs[i].text)):
                break
            roles[i] = (role, f"Q&A: turn under the speaker line {heads[h]!r}")
    return True


def _panel_turns(
    paragraphs: Sequence[Paragraph], roles: list, labels: dict[str, list[int]],
    labelled: list[int],
) -> bool:
    """Labelled turns and no questions, in place: an oral history or round table.

    Edited interviews often leave the questions out and give each paragraph
    to its speaker ("**Ada Moss:** I had the title first."). With three
    speakers or more labelling two lines each, and labelled lines, most of
    them sentences, most of the running lines from the first label to the
    last, every turn is an answer; an unlabelled paragraph continues the
    turn before it, a short unpunctuated line (a section head) ends it.
    """
    speakers = [k for k, lines in labels.items() if k not in ("q", "a") and len(lines) >= 2]
    if len(speakers) < 3 or len(labelled) < 2 * QA_MIN_QUESTIONS:
        return False  # two who take turns are more likely an interviewer and a guest
    running = sum(roles[i] is None for i in range(labelled[0], labelled[-1] + 1))
    said = sum(_line_words(paragraphs[i].text) >= 6
               and bool(_SENTENCE_END.search(paragraphs[i].text)) for i in labelled)
    if 3 * len(labelled) < 2 * running or 3 * said < 2 * len(labelled):
        return False  # "Story: 4/5", "Acting: 3/5" rate films; turns are sentences
    turn = False
    for i in range(labelled[0], _transcript_end(paragraphs, roles, labelled)):
        text = paragraphs[i].text
        if roles[i] is not None or _INSERTION.fullmatch(text):
            continue
        if label_of(text):
            roles[i], turn = ("answer", "Q&A: a speaker's labelled turn (no questions)"), True
        elif _heading_like(text):
            turn = False
        elif turn:
            roles[i] = ("answer", "Q&A: a labelled turn continues")
    return True


def _subhead(paragraphs: Sequence[Paragraph], i: int, asks: Callable[[int], bool]) -> bool:
    """A section head between turns: short, unpunctuated, right above a question.

    Long interviews group their questions under heads ("On the boat"); such
    a line ends the answer before it rather than continuing it.
    """
    text = paragraphs[i].text
    return (i + 1 < len(paragraphs) and _heading_like(text) and not label_of(text)
            and not plain(text).endswith("?") and asks(i + 1))


def _answered_bare(paragraphs: Sequence[Paragraph], roles: list, asked: list[int]) -> bool:
    """Labelled questions answered by unlabelled lines, mostly in the first person.

    Some interviews label only the interviewer ("VF: Tell us about the boat.")
    and set the answers under the questions bare.
    """
    answers = [paragraphs[i + 1].text for i in asked if i + 1 < len(paragraphs)
               and roles[i + 1] is None and not label_of(paragraphs[i + 1].text)]
    first_person = sum(bool(_FIRST_PERSON.search(a)) for a in answers)
    return 2 * len(answers) >= len(asked) and 2 * first_person >= len(asked)


def _qa_roles(
    paragraphs: Sequence[Paragraph], roles: list, outlet: str, author: str
) -> None:
    """Questions and answers, in place: labelled turns, bare question lines, or a thread's."""
    if _answered_thread(paragraphs, roles) or _speaker_line_turns(paragraphs, roles, outlet,
                                                                  author):
        return
    n = len(paragraphs)
    labels = _recurring_labels(paragraphs, roles)
    labelled = sorted(i for lines in labels.values() for i in lines)
    asking = _question_labels(labels, paragraphs, outlet, author)
    asking |= _co_askers(labels, asking)
    min_indent = min(p.indent for p in paragraphs)
    if len(labelled) >= QA_MIN_QUESTIONS and asking and (
            set(labels) - asking or _answered_bare(paragraphs, roles, labelled)):
        first = labelled[0]
        previous = None
        count = sum(len(labels[k]) for k in asking)

        def asks(i: int) -> bool:
            label = label_of(paragraphs[i].text)
            words = label[0].split() if label else []
            return bool(label) and (not asking.isdisjoint((label[0], words[0], words[-1]))
                                    or _hosts(paragraphs[i].text))

        for i in range(first, _transcript_end(paragraphs, roles, labelled)):
            if roles[i] is not None:
                continue
            label = label_of(paragraphs[i].text)
            if label and asks(i):
                role, why = "question", f"Q&A: interviewer's label {label[0]!r}"
            elif label:
                role, why = "answer", f"Q&A: speaker label {label[0]!r}"
            elif _INSERTION.fullmatch(paragraphs[i].text) or _subhead(paragraphs, i, asks):
                previous = None
                continue
            elif previous == "question":
                role, why = "answer", "Q&A: unlabelled line after a question"
            else:
                role, why = "answer", "Q&A: answer continues"
            roles[i] = (role, f"{why} (one of {count} labelled questions)")
            previous = role
        return
    if len(labelled) >= QA_MIN_QUESTIONS and labels and not asking:
        # Labelled answers ("Moss: …"), bare questions between them.
        questions = _bare_questions(paragraphs, roles, labelled[0])
        if len(questions) >= 2:
            current = None
            asked = set(questions)
            for i in range(min(questions[0], labelled[0]),
                           _transcript_end(paragraphs, roles, labelled, questions)):
                if roles[i] is not None:
                    continue
                if i in asked:
                    roles[i] = ("question", f"Q&A: one of {len(questions)} question lines")
                    current = i
                elif _subhead(paragraphs, i, asked.__contains__):
                    current = None
                elif (current is not None and not _INSERTION.fullmatch(paragraphs[i].text)
                      or label_of(paragraphs[i].text)):
                    roles[i] = ("answer", "Q&A: labelled answer or its continuation")
            return
        if _panel_turns(paragraphs, roles, labels, labelled):
            return

    def free(i: int) -> bool:
        """Unassigned, or a list item or numbered heading that may be a marked question."""
        return roles[i] is None or _numbered_or_dashed(paragraphs[i].text, roles[i][0])

    questions = [
        i
        for i in range(n)
        if free(i)
        and _question_like(paragraphs[i].text)
        and paragraphs[i].indent <= min_indent
    ]
    questions = _marked_questions(paragraphs, roles, questions, free)
    answers = []
    asked = set(questions)
    for i in questions:
        nxt = next((j for j in range(i + 1, n) if roles[j] is None), None)
        if nxt is not None and nxt not in asked:
            answers.append(paragraphs[nxt].text)
    if not _is_interview([paragraphs[i].text for i in questions], answers):
        return
    for i in questions:
        roles[i] = ("question", f"Q&A: one of {len(questions)} question lines")
    current = None
    for i in range(n):
        if i in asked:
            current = i
        elif roles[i] is not None and _closes_turns(roles[i]) or (
                roles[i] is None and _subhead(paragraphs, i, asked.__contains__)):
            current = None
        elif current is not None and roles[i] is None \
                and not _INSERTION.fullmatch(paragraphs[i].text):
            roles[i] = ("answer", f"Q&A: answer to the question on line {paragraphs[current].line}")


def _numbered_or_dashed(text: str, role: str) -> bool:
    """A list item opened by a dash ("— How …"), or a numbered list item or heading ("7. Why …?").

    Translated interviews mark questions with a dash, "Ten Questions" features
    number them; either may have been taken for a list item or a heading.
    """
    return (role == "list_item" and _mark(text) == "—") or (
        role in ("list_item", "heading") and _NUMBERED_LINE.match(text) is not None)


#: A dash opening a line: a question's mark in many translated interviews ("— How …").
_DASH_MARK = re.compile(r"(?:—|–|--)\s*(?=\S)")


def _mark(text: str) -> str:
    """What sets a line apart as a question without a label: "—" (any dash), or its styling."""
    if _DASH_MARK.match(text):
        return "—"
    m = _STYLED.fullmatch(text)
    return m.group(1) if m else ""


def _marked_questions(
    paragraphs: Sequence[Paragraph], roles: list, questions: list[int],
    free: Callable[[int], bool],
) -> list[int]:
    """``questions`` and the lines marked as they are, when a mark sets questions apart.

    When most question lines open with a dash or are wholly in one styling
    (italics, bold) and the lines answering them are not, that mark alone
    makes a line a question ("*The greens are very specific.*") if an
    unmarked line follows it, from the first marked question on, or from an
    earlier marked line that alternates with unmarked ones up to it.
    """
    marks = [_mark(paragraphs[i].text) for i in questions]
    mark = max(set(marks), key=marks.count, default="")
    if not mark or 2 * marks.count(mark) <= len(questions):
        return questions
    n = len(paragraphs)

    def answer_after(i: int) -> int | None:
        return next((j for j in range(i + 1, n) if free(j)), None)

    def before(i: int) -> int | None:
        return next((j for j in range(i - 1, -1, -1) if free(j)), None)

    answered = [j for i in questions if (j := answer_after(i)) is not None]
    marked_answers = sum(_mark(paragraphs[j].text) == mark for j in answered)
    if not answered or 2 * marked_answers >= len(answered):
        return questions
    first = min(i for i, m in zip(questions, marks, strict=True) if m == mark)
    while (j := before(first)) is not None and (k := before(j)) is not None \
            and not _mark(paragraphs[j].text) and _mark(paragraphs[k].text) == mark:
        first = k  # an earlier marked line, answered as the later ones are
    extra = [
        i for i in range(first, n)
        if free(i) and i not in questions and _mark(paragraphs[i].text) == mark
        and (j := answer_after(i)) is not None and not _mark(paragraphs[j].text)
    ]
    return sorted([*questions, *extra])


def _first_text(paragraphs: Sequence[Paragraph], roles: list) -> int:
    """Index of the first line of running text (unassigned, not heading-like), or len."""
    return next(
        (
            i
            for i, p in enumerate(paragraphs)
            if roles[i] is None and not _heading_like(p.text, TITLE_MAX_WORDS)
        ),
        len(paragraphs),
    )


def _block_header(text: str) -> bool:
    """A promotion line that heads a list of headlines ("Related Stories", "RELATED:")."""
    bare = plain(text).rstrip(" :")
    return _line_words(bare) <= 6 and ":" not in bare and not _TERMINAL.search(bare)


def _related_blocks(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Headline lines after a related-stories header are promotions too."""
    in_block = False
    first = _first_text(paragraphs, roles)
    for i, par in enumerate(paragraphs):
        role = roles[i][0] if roles[i] is not None else None
        if role == "promo":
            in_block = i > first and _block_header(par.text) or (
                in_block and roles[i][1] == "headline in a related-stories block"
            )
        elif in_block and (role == "dateline" or (
            role in (None, "list_item")
            and not _person_line(par.text)
            and (_headline_like(plain(par.text)) or (
                _heading_like(_LIST_ITEM.sub("", plain(par.text)), 20)
                and not _text_follows(paragraphs, roles, i)
            ))
        )):
            roles[i] = ("promo", "headline in a related-stories block")
        else:
            in_block = False


def _text_follows(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """The line after ``i`` is running text (unassigned and not heading-like)."""
    return (
        i + 1 < len(paragraphs)
        and roles[i + 1] is None
        and not _heading_like(paragraphs[i + 1].text, 20)
    )


def _promo_boxes(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A short line between a promotion line and more of the site's belongs to the box.

    "Discover more from The Quay" / "Film writing for people who stay for the
    credits." / "© 2024 The Quay": the site's pitch under its header (a sentence,
    where the site's menu or copyright follows it).
    """
    for i in range(1, len(paragraphs) - 1):
        before, after = roles[i - 1], roles[i + 1]
        if (
            roles[i] is None and before is not None and after is not None
            and before[0] == "promo" and _line_words(paragraphs[i].text) <= 12
            and (after[0] == "promo" or (after[0] in ("copyright", "navigation")
                                         and _SENTENCE_END.search(paragraphs[i].text)))
        ):
            roles[i] = ("promo", "short line inside a promotion box")


def _prose(text: str) -> bool:
    """Running text: closing punctuation, too long for a heading, or a lower-case start.

    A line of five words or more that starts in lower case is no headline.
    """
    bare = plain(text)
    return (not _heading_like(text) or not ends_mid_sentence(bare)
            or (_line_words(bare) >= 5 and bool(re.match(r"[“\"‘']?[a-z]", bare))))


def _comment_mark(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """A comment section's own line: its header, controls, or a signature with a comment.

    A signature or time counts only with a comment under it (a headline's
    "Source · 3d" line has none).
    """
    bare = plain(paragraphs[i].text)
    if len(bare) > 200:
        return False  # a header ("23 thoughts on …"), a signature or the controls are short
    if _COMMENTS_HEADER.fullmatch(bare) or _COMMENT_CONTROLS.fullmatch(bare):
        return True
    if not (_COMMENT_META.fullmatch(bare) or (roles[i] is not None and roles[i][0] == "dateline")):
        return False
    return any(roles[j] is None and _prose(paragraphs[j].text)
               for j in range(i + 1, min(i + 3, len(paragraphs))))


def _comments(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """The reader-comment section after the article: its header and the comments in it.

    It opens at a comment header after the article text ("Comments (12)",
    "Join the conversation"), or, with no header, at the first of two comment
    signatures or reply controls ("ana says:", "Like · Reply · 4"). It runs
    while the lines are the section's own (signatures, times, controls) or
    text within a few lines of them, so the site's footer after the last
    comment keeps its roles.
    """
    n = len(paragraphs)
    first = _first_text(paragraphs, roles)

    def confirmed(i: int) -> bool:
        """A bare "Discussion" or "Conversation" needs the section's own lines under it."""
        if not re.fullmatch(r"(?:conversation|discussion)", plain(paragraphs[i].text), re.I):
            return True
        return any(_comment_mark(paragraphs, roles, j) for j in range(i + 1, min(i + 5, n)))

    start = next(
        (i for i in range(first + 1, n)
         if (roles[i] is None or roles[i][0] == "navigation")
         and _COMMENTS_HEADER.fullmatch(plain(paragraphs[i].text)) and confirmed(i)),
        None,
    )
    if start is None:
        marks = [i for i in range(first + 1, n) if (roles[i] is None or roles[i][0] in (
            "navigation", "dateline")) and _comment_mark(paragraphs, roles, i)
            and not _DATELINE.fullmatch(plain(paragraphs[i].text))]
        if len(marks) < 2:
            return
        start = marks[0]
        if start - 1 > first and roles[start - 1] is None and _line_words(
                paragraphs[start - 1].text) <= 4 and _heading_like(paragraphs[start - 1].text):
            start -= 1  # the commenter's name above the signature
    end, gap, open_ = start, 0, True
    for j in range(start + 1, n):
        role = roles[j]
        if _comment_mark(paragraphs, roles, j) and (
                role is None or role[0] in ("navigation", "dateline", "byline", "list_item")):
            # A signature or time opens a comment; the controls ("Reply") close one.
            end, gap = j, 0
            open_ = not _COMMENT_CONTROLS.fullmatch(plain(paragraphs[j].text))
        elif role is None or role[0] in ("list_item", "byline"):
            gap += 1
            if open_ and _prose(paragraphs[j].text) and gap <= 3:
                end, gap = j, 0
        else:
            gap += 1
    roles[start] = ("comments", "header of the reader comments")
    for j in range(start + 1, end + 1):
        role = roles[j]
        if role is None or role[0] in ("list_item", "dateline", "byline") or (
                role[0] == "navigation" and _comment_mark(paragraphs, roles, j)):
            roles[j] = ("comments", "in the reader comments")


def _name_key(text: str) -> str:
    """A site's name compared loosely: "The Seoul Train Fan Club" ~ "Seoul Train Fan Club"."""
    text = latin_part(text) or text
    return re.sub(r"[\W_]+", "", re.sub(r"^the\s+", "", text.strip().casefold()))


#: A work's name with its year, heading its own page on a film site: "Low Tide (2024)".
_WORK_TITLE = re.compile(r"[^()\n]{1,60}\s\((?:19|20)\d{2}\)")


def _site_name(text: str, site: str) -> bool:
    """The outlet's name (``site``, a :func:`_name_key`), alone or with an edition's word or two.

    "The Harbor Courier e-Edition", "HARBOR COURIER Digital" name the site, not the story.
    """
    key = _name_key(text)
    return key.startswith(site) and _EDITION.fullmatch(key[len(site):]) is not None


#: The word or two after a site's name that name its edition (keys: lower case, no spaces).
_EDITION = re.compile(r"(?:(?:e|digital|print|online|replica)?(?:edition|paper)|digital|online)?")


def _title(
    paragraphs: Sequence[Paragraph], roles: list, labels: dict[str, list[int]], outlet: str = ""
) -> None:
    """The headline, and the site's own lines before it.

    Among the short unpunctuated lines that open the page (before the byline
    or the first line of running text), the headline is the first line of
    four words or more after the last site label (a line of three words or
    fewer, or a menu); the lines before it are the site's name, menus and
    section labels (navigation). The outlet's own name is a site label
    whatever its length; so is a tagline in lower case, or a short slogan
    above the site's menu, before any byline or date line.
    """
    candidates, furniture_before = [], []
    site, stamped = _name_key(outlet) if outlet else "", False
    has_headline = False  # a candidate of four words or more
    first_menu = None  # the first navigation or promotion line

    def headline(i: int) -> bool:
        return _line_words(paragraphs[i].text) >= 4

    def site_line(i: int, why: str) -> None:
        roles[i] = ("navigation", why)
        furniture_before.append(i)

    for i, par in enumerate(paragraphs):
        if roles[i] is not None:
            if roles[i][0] in ("byline", "dateline"):
                if has_headline:
                    break
                stamped = True
            elif roles[i][0] in ("navigation", "promo") and first_menu is None:
                first_menu = i
            furniture_before.append(i)
            continue
        if _COMMENTS_HEADER.fullmatch(plain(par.text)):
            site_line(i, "link to the reader comments")
            continue
        if site and _site_name(par.text, site):
            site_line(i, "the outlet's name")
            continue
        lower = bool(re.match(r"[“\"‘']?[a-z]", par.text))
        opening = not stamped and not has_headline
        if lower and opening and _heading_like(par.text, TITLE_MAX_WORDS):
            site_line(i, "the site's tagline (lower case, above the headline)")
            continue
        if not _heading_like(par.text, TITLE_MAX_WORDS) or lower:
            if opening and _line_words(par.text) <= 10 and i + 1 < len(paragraphs) and (
                    roles[i + 1] is not None and roles[i + 1][0] == "navigation"):
                site_line(i, "the site's slogan above its menu")
                continue
            if opening and _tagline_above_headline(paragraphs, roles, i):
                site_line(i, "the site's tagline (a sentence above the headline and byline)")
                continue
            if (
                not has_headline
                and not (candidates and first_menu is not None and candidates[-1] > first_menu)
                and _headline_with_period(paragraphs, roles, i)
            ):
                # The short lines above came before the site's menus: its name, not a headline.
                candidates.append(i)
                has_headline = True
                continue
            break
        label = label_of(par.text)
        if label and label[0] in labels or speaker_line(par.text):
            break  # the turns begin
        candidates.append(i)
        has_headline = has_headline or headline(i)
    if not candidates:
        return
    if (
        len(candidates) >= 2
        and _person_line(paragraphs[candidates[-1]].text)
        and any(_line_words(paragraphs[i].text) >= 4 for i in candidates[:-1])
    ):
        # "Imogen Threlfall" alone after the headline and standfirst: the byline.
        roles[candidates.pop()] = ("byline", "a personal name alone after the headline")
    mixed = [i for i in candidates if headline(i) and not paragraphs[i].text.isupper()]
    # A short line under the writer's name ("Staff writer") is the byline's, no site label.
    signed = next((i for i in candidates if _person_line(paragraphs[i].text)
                   and any(j < i for j in mixed)), len(paragraphs))
    last_label = max(
        [i for i in candidates if _line_words(paragraphs[i].text) <= 3 and i < signed
         and not _person_line(paragraphs[i].text) and not paragraphs[i].text.isdigit()]
        + [i for i in candidates if paragraphs[i].text.isupper()
           and _line_words(paragraphs[i].text) <= 5 and any(j > i for j in mixed)]
        + [i for i in furniture_before if roles[i][0] in ("navigation", "promo") and
           i < min(max(candidates), signed)],
        default=-1,
    )
    after = [i for i in candidates if i > last_label] or candidates
    title = next((i for i in after if _line_words(paragraphs[i].text) >= 4), after[-1])
    work = next((i for i in candidates if _WORK_TITLE.fullmatch(plain(paragraphs[i].text))), None)
    if work is not None and not any(headline(i) for i in candidates if i < work):
        title = work  # a film's page: "Low Tide (2024)" heads it, short as it is
    nxt = title + 1
    if (
        nxt in candidates and _show_name(paragraphs, title)
        and _line_words(paragraphs[nxt].text) > _line_words(paragraphs[title].text)
    ):
        title = nxt
    for i in candidates:
        if i < title and paragraphs[i].text.strip() == paragraphs[title].text.strip():
            roles[i] = ("debris", "the headline repeated above itself (a sticky bar's copy)")
        elif i < title:
            roles[i] = ("navigation", "short line before the headline (site name or section)")
    nxt = title + 1
    if (
        nxt < len(paragraphs) and roles[nxt] is None
        and _line_words(paragraphs[nxt].text) <= 40
        and any(r is not None and r[0] in ("byline", "dateline") for r in roles[nxt + 1 : nxt + 4])
    ):
        roles[nxt] = ("heading", "standfirst between the headline and the byline")
    roles[title] = (
        "title",
        "short first line" if title == 0 else "headline: first line of four words or more "
        "after the site's name, menus and section labels",
    )
    _under_headline(paragraphs, roles, title)


def _tagline_above_headline(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """A short sentence over an unpunctuated headline that has the byline under it.

    "The best of film, every Friday." / "A Drummer Finds His Son" / "By Jo Bell":
    the sentence is the site's. A headline with a period is told by its length or its
    second sentence, and has a standfirst, longer than a headline, under it.
    """
    nxt = i + 1
    return (
        _line_words(paragraphs[i].text) <= 8 and paragraphs[i].text.rstrip().endswith(".")
        and not re.search(r"[.!?]\s", paragraphs[i].text)  # "I went. I cried." is a headline
        and nxt < len(paragraphs) and roles[nxt] is None
        and _heading_like(paragraphs[nxt].text)
        and _line_words(paragraphs[nxt].text) >= 4
        and not re.match(r"[“\"‘']?[a-z]", paragraphs[nxt].text)
        and any(r is not None and r[0] in ("byline", "dateline") for r in roles[nxt + 1 : nxt + 3])
    )


def _headline_with_period(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """A headline that ends with a period ("I went. I cried."), the byline close below.

    It is short, and the byline or date line is within the three lines after it.
    """
    return _line_words(paragraphs[i].text) <= HEADING_MAX_WORDS and any(
        r is not None and r[0] in ("byline", "dateline") for r in roles[i + 1 : i + 4]
    )


#: Two or three one-word section labels between dots or bars: "Interviews · Film".
_SECTION_PAIR = re.compile(r"[A-Z][\w&-]+(?:\s+[·•|/]\s+[A-Z][\w&-]+){1,2}")


#: "Jo Bell · Mar 4, 2024": the writer and the date; "Jo Bell for The Quay": the writer and
#: the outlet written for.
_PERSON_DATE = re.compile(rf"{_PERSON_LINE.pattern}(?:\s*[·•|]\s*{_DATE}(?:,?\s+{_TIME})?"
                          r"|\s+for\s+(?:the\s+|The\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})")


def _under_headline(paragraphs: Sequence[Paragraph], roles: list, title: int) -> None:
    """Between the headline and the first paragraph: names, counters, a caption and credit.

    A line of names not followed directly by the first paragraph is the byline
    ("Hannah Ferreira, Luc Desrosiers and Amira Haddad"), and so is a name with
    the date or the outlet ("Jo Bell · Mar 4, 2024", "Jo Bell for The Quay"); a line
    that is only a
    number is a like or comment counter; one-word section labels between dots
    are navigation; a caption's "names in the film" line
    with a short title-case line under it ("Tallgrass Pictures") is a photo's
    caption and credit.
    """
    first = next((i for i in range(title + 1, len(paragraphs)) if roles[i] is None
                  and not _heading_like(paragraphs[i].text, TITLE_MAX_WORDS)), len(paragraphs))
    for i in range(title + 1, first):
        if roles[i] is not None:
            continue
        text = plain(paragraphs[i].text)
        if (
            _CAPTION_GRAMMAR.fullmatch(text) and _line_words(text) <= 25
            and i + 2 <= first and roles[i + 1] is None
            and _headline_like(paragraphs[i + 1].text, 1.0)
            and _line_words(paragraphs[i + 1].text) <= 5
            and (i + 2 == first or roles[i + 2] is not None)
        ):
            roles[i] = ("caption", "caption under the headline, its credit below it")
            roles[i + 1] = ("credit", "a name under a caption (the photo's credit)")
            continue
        if re.fullmatch(r"\d[\d,.]*[KkMm]?", text) and (
                i + 1 >= first or roles[i + 1] is not None
                or re.fullmatch(r"\d[\d,.]*[KkMm]?", plain(paragraphs[i + 1].text))):
            # Not a listicle's "1" above its first item's heading.
            roles[i] = ("navigation", "a bare count under the headline (likes, comments)")
        elif _person_line(text) and i + 1 < first:
            roles[i] = ("byline", "a personal name under the headline")
        elif _PERSON_DATE.fullmatch(text):
            roles[i] = ("byline", "a personal name with the date or outlet under the headline")
        elif _SECTION_PAIR.fullmatch(text):
            roles[i] = ("navigation", "section labels under the headline ('News · Film')")


_SHOW_WITH_HOST = re.compile(
    r"(?P<show>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4}) with [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}"
)


def _show_name(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """A programme's name and host ("Open Air with Marisol Vega"), the show named again later."""
    m = _SHOW_WITH_HOST.fullmatch(plain(paragraphs[i].text))
    return bool(m) and any(
        m.group("show") in p.text for j, p in enumerate(paragraphs) if j != i
    )


_CONTRIBUTOR_BIO = re.compile(
    r"[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,2} (?:is|was|has been) (?:an? |the )?(?:[\w’'-]+ ){0,5}"
    r"(?:writer|critic|journalist|reporter|editor|contributor|correspondent|columnist"
    r"|freelancer|student|screenwriter|producer|author|podcaster|based in)\b.{0,300}"
)


def _writer_names(paragraphs: Sequence[Paragraph], roles: list, author: str) -> list[str]:
    """The writer's names: the author given, and the names on the page's byline lines."""
    names = [author] if author else []
    for i, par in enumerate(paragraphs):
        if roles[i] is not None and roles[i][0] == "byline":
            name = re.sub(r"^(?:.{0,20}\b(?:by|BY|By)\b:?|(?:Author|Writer|Reporter)\s*:)\s*", "",
                          plain(par.text))
            name = re.split(r"\s*(?:[|•·—–,(]|\band\b|\bon\b)\s*", name)[0].strip()
            if 0 < _line_words(name) <= 4:
                names.append(name.title() if name.isupper() else name)
    return names


def _author_box(roles: list, i: int, first: int) -> bool:
    """Line ``i`` sits under a byline after the article's first line ``first``.

    The byline ("Written by Ana Ruiz") is the line above, or the one above
    that with one line of furniture (a follower count) between; the site's
    copyright line between ends the article, and any box under it.
    """
    for j in (i - 1, i - 2):
        if j <= first or roles[j] is None:
            return False
        if roles[j][0] == "byline":
            return True
        if roles[j][0] not in FURNITURE_ROLES or roles[j][0] == "copyright":
            return False
    return False


_BIO_VERB = r"(?:is|was|has|writes|covers|reviews|lives|teaches|edits|reports)\b"


def _writer_bio(text: str, names: Sequence[str]) -> bool:
    """A line about the writer: their name (or first name), then "is", "writes", "covers"."""
    bare = plain(text)
    for name in names:
        first = name.split()[0]
        if (bare.startswith(name) and re.match(rf"\W*(?:\w+\W+){{0,3}}{_BIO_VERB}",
                                               bare[len(name):])) or (
                len(first) >= 3 and re.match(rf"{re.escape(first)}\s+{_BIO_VERB}", bare)):
            return True
    return False


#: A sentence that ends inside the line ("We love this cast. Happy birthday!"): prose, not
#: a headline ("Next? Our Bets" may be one); two lower-case letters before the period
#: pass over "Dr." and "U.S.".
_INNER_STOP = re.compile(r"[a-z]{2}\.\s+[A-Z]")


def _trailing(paragraphs: Sequence[Paragraph], roles: list, author: str = "") -> None:
    """After the last paragraph of the article: bios, and short lines that are the site's.

    The page's last line, if it stops mid-sentence and is not in title case,
    is running text cut off by the scrape (unless the site's copyright line
    stands just above it: then it is the footer's). Reading back from the end,
    past page furniture, a line about the writer is a bio, and short unpunctuated
    lines of one sentence are the site's: a heading needs article text after it. A run of them
    under a furniture header takes the header's role ("Sponsored Stories"); a
    title-case line of four words or more alone is the site's tagline (debris);
    otherwise headlines (four words or more, on average) are promotions and
    shorter lines (tags, footer links) navigation. Short lines right after a
    paragraph that ends with a colon are that paragraph's list, and a single
    sentence-case line of five words or more right after the last paragraph
    is its closing line, and a line over the film's information box is its
    heading: all stay article text.
    """
    n = len(paragraphs)
    footer = any(r is not None and r[0] == "copyright" for r in roles[max(n - 6, 0) : n - 1])
    if n and roles[-1] is None and is_cut_off(paragraphs[-1].text) and not footer:
        roles[-1] = ("body", "last line of the page stops mid-sentence (cut off)")
    names = _writer_names(paragraphs, roles, author)
    first = _first_text(paragraphs, roles)
    tail = []
    stop = -1
    for i in range(n - 1, -1, -1):
        if roles[i] is not None:
            if roles[i][0] in FURNITURE_ROLES:
                continue
            stop = i
            break
        text = paragraphs[i].text
        if _line_words(text) <= 60 and (
                _CONTRIBUTOR_BIO.fullmatch(plain(text)) or _writer_bio(text, names)):
            roles[i] = ("bio", "contributor bio after the article ('… is a writer …')")
            continue
        if _line_words(text) <= 60 and _author_box(roles, i, first):
            roles[i] = ("bio", "under the writer's name after the article (author box)")
            continue
        if not _heading_like(text, 20) or _INNER_STOP.search(text):
            stop = i
            break
        tail.append(i)
    runs: list[list[int]] = []
    for i in sorted(tail):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        before = run[0] - 1
        if before == stop and stop >= 0 and roles[stop] is None and (
                paragraphs[stop].text.rstrip().endswith(":")
                or (len(run) == 1 and _line_words(paragraphs[run[0]].text) >= 5
                    and not _headline_like(paragraphs[run[0]].text, share=1.0))):
            continue
        after = run[-1] + 1
        if after < n and roles[after] is not None and roles[after][0] == "infobox":
            continue  # the heading over the film's information box ("Credits")
        header = roles[before] if before >= 0 else None
        if header is not None and header[0] in ("promo", "debris") and (
                _block_header(paragraphs[before].text)):
            role, why = header[0], "under a header of page furniture after the article"
        elif run[0] == tail[0] and len(run) == 1 and _line_words(
                paragraphs[run[0]].text) >= 4 and _headline_like(paragraphs[run[0]].text, 1.0):
            role, why = "debris", "short line after the end of the article text (site tagline)"
        else:
            body = run[1:] if len(run) > 1 and _line_words(paragraphs[run[0]].text) <= 6 else run
            mean = sum(_line_words(paragraphs[i].text) for i in body) / len(body)
            role = "promo" if mean >= 4 else "navigation"
            why = ("headlines" if role == "promo" else "short links") + " after the article"
        for i in run:
            roles[i] = (role, why)
            if plain(paragraphs[i].text) in names:
                roles[i] = ("byline", "the writer's name alone after the article (author box)")
        nxt = run[-1] + 1
        if role == "promo" and nxt < n and roles[nxt] is not None and roles[nxt][0] == "dateline":
            roles[nxt] = ("promo", "the date under a headline after the article")


#: A video's or a recording's running time alone on a line: "02:47", "(1:04:12)".
_DURATION = re.compile(r"\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?")


#: "(Harbor Light Films)": a photo's credit in brackets.
_PAREN_CREDIT = re.compile(r"\([A-Z][\w.’'&-]*(?: (?:[A-Z&][\w.’'&-]*|of|for|and)){0,5}\)")
#: "‘Salt Year’": a line that is a title in quotation marks and nothing else.
_QUOTED_TITLE = re.compile(r"[‘“][^‘’“”]{1,80}[’”]")


_ONE_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?![”’\"]?\s+\S))+")
#: "Columnist Ada Moss": a job title, then a name (the caption of a writer's headshot).
_JOB_NAME = re.compile(rf"{_JOB}\s+(?P<name>{_NAME})")


def _header_caption(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """A one-sentence caption right under the byline or date, above the first paragraph.

    Any sentence above a photo credit; "Ada Moss at her studio in Leith." under
    the date; "Theo Bell, photographed in May. Jacket by X." with its styling
    credits; "Columnist Ada Moss" under Ada Moss's byline (her headshot).
    """
    if i == 0 or roles[i - 1] is None or roles[i - 1][0] not in (
            "byline", "dateline", "credit", "note", "navigation"):
        return False
    bare = plain(paragraphs[i].text)
    if i + 1 < len(paragraphs) and roles[i + 1] is not None and roles[i + 1][0] == "credit":
        return (_line_words(bare) <= 30 and _ONE_SENTENCE.fullmatch(bare) is not None
                and i + 2 < len(paragraphs) and roles[i + 2] is None)  # the text goes on
    job = _JOB_NAME.fullmatch(bare)
    if job:
        return any(plain(paragraphs[j].text) == job["name"] or (
            r is not None and r[0] == "byline" and job["name"] in paragraphs[j].text)
            for j, r in enumerate(roles[:i]))
    first, _, rest = bare.partition(". ")
    if rest and not (_credit_list(rest[:1].lower() + rest[1:]) or _CREDIT.fullmatch(rest)):
        return False
    return (bare.endswith(".") and _line_words(first) <= 15
            and _CAPTION_GRAMMAR.fullmatch(first.rstrip(".")) is not None
            and i + 1 < len(paragraphs) and roles[i + 1] is None)


#: A video player's line: "▶ Play Video  2:14", "Watch: the marquee lights up (1:02)".
_PLAYER = re.compile(r"\b(?:video|play|watch)\b", re.IGNORECASE)
#: A news story's opening place: "HALSTEAD, Ohio —", "LOS ANGELES (AP) –".
_PLACE_OPENING = re.compile(
    r"[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,3}(?:,\s+[A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?:\s+\([^()]{1,30}\))?\s*[—–]\s*\S"
)


def _player_caption(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """One sentence between a video's player and a story opening on its place is the video's."""
    above = roles[i - 1] if i > 0 else None
    return (
        above is not None and above[0] in ("navigation", "debris")
        and _PLAYER.search(paragraphs[i - 1].text) is not None
        and _line_words(paragraphs[i].text) <= 40
        and _ONE_SENTENCE.fullmatch(plain(paragraphs[i].text)) is not None
        and i + 1 < len(paragraphs) and roles[i + 1] is None
        and _PLACE_OPENING.match(paragraphs[i + 1].text) is not None
    )


_VIDEO_TRANSCRIPT = re.compile(
    r"(?:(?:Video|Clip|Broadcast|Segment)\s+transcript|Transcript of (?:the|this) "
    r"(?:video|clip|broadcast|segment|report))\s*:?", re.IGNORECASE)


def _video_transcripts(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A story's video transcript under its header is the video's, like a caption.

    It runs up to the next line of page furniture; the story is told in the text above it.
    """
    for i, par in enumerate(paragraphs):
        if roles[i] is not None or not _VIDEO_TRANSCRIPT.fullmatch(plain(par.text)):
            continue
        roles[i] = ("caption", "header of a video's transcript")
        for j in range(i + 1, len(paragraphs)):
            if roles[j] is not None:
                break
            roles[j] = ("caption", "in a video's transcript")


#: Capitalised words that open a sentence, not a caption's names: a participle ("Born in
#: 1980 in Leith, …", "Published in 1990, …") or an adverb of time or place.
_OPENER = re.compile(r"(?:Born|Raised|Based|Shot|Set|Made|Seen|Written|Taken|Built|Grown|Known"
                     r"|Back|Once|Later|Earlier|Today|Tonight|Yesterday|Now|Then|After|Before"
                     r"|Since|While|When|Here|There|Last|Next|This|That|These|Those|Every|Each)\b"
                     r"|[A-Z][a-z]{2,}ed (?:in|on|at|by|from|with|for|during|after|before)\b")


def _captions(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A short line beside a photo credit that reads as a caption ("X and Y at the premiere")."""
    for i, par in enumerate(paragraphs):
        if roles[i] is not None:
            continue
        def credit(j: int) -> bool:
            return 0 <= j < len(paragraphs) and roles[j] is not None and roles[j][0] == "credit"

        if i > 0 and roles[i - 1] is not None and roles[i - 1][0] == "caption" and (
                _PAREN_CREDIT.fullmatch(plain(par.text))):
            roles[i] = ("credit", "a name in brackets under a caption (the photo's credit)")
        elif (credit(i - 1) or credit(i + 1)) and _QUOTED_TITLE.fullmatch(plain(par.text)):
            roles[i] = ("caption", "a title in quotation marks beside a photo credit")
        elif (
            _heading_like(par.text) and i + 1 < len(paragraphs)
            and _DURATION.fullmatch(plain(paragraphs[i + 1].text))
        ):
            roles[i] = ("caption", "a video's title above its running time")
        elif _line_words(par.text) <= 35 and (
            (credit(i + 1) and _heading_like(par.text, 35))
            or ((credit(i - 1) or credit(i + 1)) and _CAPTION_GRAMMAR.fullmatch(plain(par.text)))
        ):
            roles[i] = ("caption", "caption beside a photo credit")
        elif (
            _line_words(par.text) <= 25
            and _CAPTION_GRAMMAR.fullmatch(plain(par.text))
            and not _OPENER.match(par.text)
            and not re.search(r"[.!?][”’\"]?\s+\S", par.text)
            and re.search(r"\b(?:19|20)\d\d\b|\bphotographed\b|\bpictured\b|\bon set\b"
                          r"|\barrive\b|\bpose\b", par.text)
        ):
            roles[i] = ("caption", "one-sentence caption (names, then where or when)")
        elif _header_caption(paragraphs, roles, i):
            roles[i] = ("caption", "caption under the byline or date, above the text")
        elif _player_caption(paragraphs, roles, i):
            roles[i] = ("caption", "a video's caption between its player and the text")


#: A line that is only a quotation, possibly signed ("“…” — Ada Moss").
_PULL_QUOTE = re.compile(r"[“\"](.{10,300}?)[.,!?…]?[”\"](?:\s*[—–-]+\s*[A-Z.][\w.’' -]{0,60})?")


def _pull_quotes(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A line that is only a quotation repeated from elsewhere in the text: a pull quote.

    The quotation may be signed ("“…” — Ada Moss"), and each of its
    sentences must appear again in the text (the body may break it with a tag).
    """
    text = "\n".join(p.text for i, p in enumerate(paragraphs) if roles[i] is None)
    quoted = {}
    for i, par in enumerate(paragraphs):
        m = _PULL_QUOTE.fullmatch(par.text)
        if roles[i] is None and m:
            quoted[i] = [piece.rstrip(".,!?…")
                         for piece in re.split(r"(?<=[.!?])\s+", m.group(1))]
    repeated = _repeated(text, {piece for pieces in quoted.values() for piece in pieces})
    for i, pieces in quoted.items():
        if all(piece in repeated for piece in pieces):
            roles[i] = ("debris", "pull quote (repeats a quotation from the article)")


_HASH_BASE = 0x100000001B3  # an odd 64-bit multiplier (FNV's prime)
_HASH_MASK = 2**64 - 1


def _repeated(text: str, needles: set[str]) -> set[str]:
    """The needles that ``text`` holds twice or more (``text.count(needle) >= 2``).

    One pass over ``text`` for all the needles, not one each: a rolling hash
    (64-bit, wrapping) of every window of ``width`` characters, ``width`` the
    shortest needle's length, marks where a needle's first ``width``
    characters may be; each such place is checked with ``startswith``, and
    occurrences are counted as ``str.count`` counts them (left to right, not
    overlapping).
    """
    if not needles:
        return set()
    width = min(map(len, needles))
    if width == 0 or len(text) < width:
        return {n for n in needles if text.count(n) >= 2}
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    codes = codes.astype(np.uint64)
    windows = len(codes) - width + 1
    hashes = np.zeros(windows, dtype=np.uint64)
    base = np.uint64(_HASH_BASE)
    for j in range(width):
        hashes *= base
        hashes += codes[j : j + windows]
    by_key: dict[str, list[str]] = {}
    for needle in needles:
        by_key.setdefault(needle[:width], []).append(needle)
    keys = []
    for key in by_key:
        h = 0
        for c in key:
            h = (h * _HASH_BASE + ord(c)) & _HASH_MASK
        keys.append(h)
    counts = dict.fromkeys(needles, 0)
    free = dict.fromkeys(needles, 0)  # where the next occurrence may start
    for pos in np.flatnonzero(np.isin(hashes, np.array(keys, dtype=np.uint64))).tolist():
        for needle in by_key.get(text[pos : pos + width], ()):
            if pos >= free[needle] and counts[needle] < 2 and text.startswith(needle, pos):
                counts[needle] += 1
                free[needle] = pos + len(needle)
    return {n for n, count in counts.items() if count >= 2}


_ABOUT_HEADER = re.compile(r"About (?:the )?[A-Z][\w&.’'-]*(?: [A-Z&][\w&.’'-]*){0,5}")
_CONTACT_HEADER = re.compile(
    r"(?:Media|Press) (?:Contacts?|Inquiries|Enquiries)\s*:?|Contacts?\s*:", re.I)


def _issuer_boilerplate(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A press release's closing boilerplate: "About X" and its paragraph, the media contact.

    After the first line of running text, an "About Brightwater Pictures" line with
    a paragraph under it, and the lines under it up to the next page furniture, are
    the issuer's bio (an "About …" line over short lines is a footer's link); so are
    the short lines (a name, a company, a phone number) under a "Media contact:" line.
    """
    first = _first_text(paragraphs, roles)
    for i in range(first + 1, len(paragraphs)):
        about = (
            roles[i] is None and _ABOUT_HEADER.fullmatch(plain(paragraphs[i].text))
            and i + 1 < len(paragraphs) and (roles[i + 1] is None or roles[i + 1][0] == "bio")
            and not _heading_like(paragraphs[i + 1].text)
        )
        contact = roles[i] is not None and roles[i][0] == "bio" and _CONTACT_HEADER.fullmatch(
            plain(paragraphs[i].text)
        )
        if not (about or contact):
            continue
        if about:
            roles[i] = ("bio", "'About …' header of the issuer's boilerplate")
        for j in range(i + 1, len(paragraphs)):
            if roles[j] is not None or (contact and _line_words(paragraphs[j].text) > 10):
                break
            roles[j] = ("bio", "under an 'About …' or 'Media contact' header")


_TAG_HEADER = re.compile(
    r"(?:(?:Explore|Read|See|Find) )?More (?:on|about)(?: (?:these|this) (?:topics?|subjects?))?"
    r"|(?:Related )?Topics(?: in this (?:story|article))?|Tags|Tagged(?: with| in)?|Filed under"
    r"|(?:Posted|Published) in|Categories|In this (?:story|article)",
    re.IGNORECASE,
)


def _tag_blocks(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Short lines under a topics header ("Read more about:", "Filed under"): topic tags.

    The header is navigation too; it needs a tag under it, and a header that is
    not already page furniture must come after the article text and have two
    tags under it, or only furniture below its one tag.
    """
    first = _first_text(paragraphs, roles)
    for i, par in enumerate(paragraphs):
        if not _TAG_HEADER.fullmatch(plain(par.text).rstrip(" :")) or (
                roles[i] is None and i <= first):
            continue
        tags = []
        for j in range(i + 1, len(paragraphs)):
            text = paragraphs[j].text
            if roles[j] is not None or _line_words(text) > 4 or _TERMINAL.search(text):
                break
            if j + 1 < len(paragraphs) and roles[j + 1] is None and _line_words(
                    paragraphs[j + 1].text) > 4 and _heading_like(paragraphs[j + 1].text):
                break  # the header of the next list ("What to read next")
            tags.append(j)
        if tags and (roles[i] is not None or len(tags) >= 2
                     or _furniture_after(paragraphs, roles, tags[-1] + 1)):
            if roles[i] is None or roles[i][0] == "promo":
                roles[i] = ("navigation", "header of a list of topic tags")
            for j in tags:
                roles[j] = ("navigation", "topic tag under a topics header")


def _furniture_after(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """No running text from line ``i`` to the end of the page: only furniture or short lines."""
    return all(
        (roles[j] is not None and roles[j][0] in FURNITURE_ROLES)
        or (roles[j] is None and _heading_like(paragraphs[j].text))
        for j in range(i, len(paragraphs))
    )


_EMAIL_FIELD = re.compile(
    r"(?:(?:Enter|Type|Add|Your) (?:your )?)?e-?mail(?: address)?\s*(?:\.\.\.|…)?", re.IGNORECASE
)


def _email_boxes(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A newsletter box: the name and blurb above its e-mail field are promotion too.

    Up to three short lines above the field ("The Weekender", "Our critics'
    picks, every Friday.") join it when page furniture, not article text,
    stands above them, or when they are all short unpunctuated lines.
    """
    for i, par in enumerate(paragraphs):
        if roles[i] is None or not _EMAIL_FIELD.fullmatch(plain(par.text)):
            continue
        if roles[i][0] != "promo":
            if not (i + 1 < len(paragraphs) and roles[i + 1] is not None
                    and roles[i + 1][0] == "promo"):
                continue
            roles[i] = ("promo", "e-mail field above a sign-up button")
        box = []
        for j in range(i - 1, max(i - 4, -1), -1):
            if roles[j] is not None or _line_words(paragraphs[j].text) > 25:
                break
            box.append(j)
        above = box[-1] - 1 if box else -1
        bounded = above >= 0 and roles[above] is not None and roles[above][0] in FURNITURE_ROLES
        if box and (bounded or all(_heading_like(paragraphs[j].text) for j in box)):
            for j in box:
                roles[j] = ("promo", "newsletter box above its e-mail field")


#: A chapter or key event: a time, then a short title ("00:00 Intro", "(12:05) - Outro",
#: "9:58 p.m. Arrivals"). A live blog's entry ("7:42 p.m. — He is here") has a dash.
_TIMESTAMP_LINK = re.compile(
    r"(?:\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?(?:\s*[-|:])?"
    r"|\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?(?:\s*[A-Z]{2,4})?)\s+(?P<rest>[^\s—–-].*)"
)


def _runs(n: int, test: Callable[[int], bool], least: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each longest run of ``least`` or more indices below ``n`` that pass."""
    out, i = [], 0
    while i < n:
        j = i
        while j < n and test(j):
            j += 1
        if j - i >= least:
            out.append((i, j))
        i = max(j, i + 1)
    return out


def _timestamp_runs(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Three or more lines in a row that are a time and a short title: a list of chapters.

    A podcast's chapters ("00:00 Intro") or a live blog's key events ("9:58
    p.m. Arrivals") list the piece's own contents: article text, list items,
    never page furniture. A title that opens with a speaker's label ("01:12
    Maya: Welcome back") is a transcript's turn and is left to the Q&A rules.
    """
    def timed(j: int) -> bool:
        m = roles[j] is None and _TIMESTAMP_LINK.fullmatch(plain(paragraphs[j].text))
        return bool(m) and _heading_like(m.group("rest"), 12) and not label_of(m.group("rest"))

    for i, j in _runs(len(paragraphs), timed, 3):
        for k in range(i, j):
            roles[k] = ("list_item", "one of a run of times with short titles (chapters)")


def _contents_boxes(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Short lines that repeat the article's later headings: a table of contents (jump links).

    Two such lines or more in a row make the box; the short line above them is its header,
    and the lines they repeat are headings.
    """
    def key(text: str) -> str:  # "2.1 Career" in the box, "Career[edit]" over its section
        text = re.sub(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+|\s*\[edit\]$", "", plain(text))
        return text.casefold().rstrip(" :")

    last_at: dict[str, int] = {}
    for i, par in enumerate(paragraphs):
        if _heading_like(par.text):
            last_at[key(par.text)] = i
    def repeats(j: int) -> bool:
        return (roles[j] is None and _heading_like(paragraphs[j].text)
                and last_at.get(key(paragraphs[j].text), j) > j)

    for i, j in _runs(len(paragraphs), repeats, 2):
        for k in range(i, j):
            roles[k] = ("navigation", "table of contents (repeats a later heading)")
            target = last_at[key(paragraphs[k].text)]
            # even the last, over a section of notes or references; a count is no heading
            if roles[target] is None and re.search(r"[^\W\d_]", paragraphs[target].text):
                roles[target] = ("heading", "heading the table of contents lists")
        if i > 0 and roles[i - 1] is None and _heading_like(paragraphs[i - 1].text, 4):
            roles[i - 1] = ("navigation", "header of a table of contents")


#: Two to four personal names on a line: "Hannah Ferreira, Luc Desrosiers and Amira Haddad".
_NAME_LIST = re.compile(
    rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}"
    rf"(?:(?:,| and| &|, and) {_NAME_WORD}(?: {_NAME_WORD}){{1,2}}){{1,3}}"
)


def _person_line(text: str) -> bool:
    """A personal name alone on a line, or a few names ("ROWAN PIKE" too)."""
    bare = plain(text)
    if bare.isupper():
        bare = bare.title()
    return bool(_PERSON_LINE.fullmatch(bare) or _NAME_LIST.fullmatch(bare))


def _signatures(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A name alone after a paragraph, the site's own lines after it: who wrote the entry.

    After the name comes a share link, the next update's time, or the page's
    end: the writer of a live blog's update or of a letter, not a heading.
    """
    n = len(paragraphs)
    for i in range(1, n):
        if (
            roles[i] is None and _person_line(paragraphs[i].text)
            and roles[i - 1] is None and not _heading_like(paragraphs[i - 1].text)
            and (i + 1 == n or (roles[i + 1] is not None and roles[i + 1][0] in (
                "navigation", "dateline", "promo", "debris", "copyright", "comments")))
        ):
            roles[i] = ("byline", "a name alone after a paragraph (who wrote it)")


#: The head of a social-media post shown on the page: "Ada Moss ✓ @adamoss · Oct 12".
_POST_HEADER = re.compile(r"(?P<name>[^@\s][^@]{0,60}?\s*[✓✔☑]?\s*)?@[\w.]{2,30}"
                          r"(?P<date>\s*[·•|]\s*.{1,30})?")
#: A post's counters: "1.4K · 9.8K · 41K", "212K likes", "12.4K Reposts   3,108 Quotes".
_POST_COUNTS = re.compile(r"(?:\d[\d,.]*[KkMm]?(?:\s+[A-Za-z]+)?\s*(?:[·•|]\s*)?){1,5}")


def _embedded_posts(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A social-media post shown on the page: its head, its text and its counters.

    The head names the account ("Ada Moss ✓ @adamoss · Oct 12", or the handle
    alone); the lines under it, up to its counters ("1.4K · 9.8K") or its time
    stamp ("1:15 AM · Oct 30, 2024"), are the post's, not the article's. A head
    with a name and a date is a post's even without counters under it; a handle
    alone needs them or the stamp.
    """
    n = len(paragraphs)
    for i in range(n):
        head = roles[i] is None and _line_words(paragraphs[i].text) <= 12 and (
            _POST_HEADER.fullmatch(plain(paragraphs[i].text)))
        if not head:
            continue
        end = next((j for j in range(i + 1, min(i + 5, n))
                    if _POST_COUNTS.fullmatch(plain(paragraphs[j].text))
                    or roles[j] is not None), None)
        counted = end is not None and (
            bool(_POST_COUNTS.fullmatch(plain(paragraphs[end].text)))
            or (end > i + 1 and roles[end] is not None and roles[end][0] == "dateline"))
        if counted or (head.group("name") and head.group("date")):
            roles[i] = ("debris", "head of an embedded social-media post (@handle)")
        if counted:
            if end + 1 < n and roles[end] is not None and roles[end][0] == "dateline" and (
                    _POST_COUNTS.fullmatch(
                    plain(paragraphs[end + 1].text))):
                end += 1  # the counters under the stamp
            for k in range(i + 1, end + 1):
                roles[k] = ("debris", "in an embedded social-media post")


#: A sponsor's label: "Sponsored by X", "This issue is supported by X".
_SPONSOR = re.compile(r"\b(?:sponsored|supported|presented|underwritten|brought to you)\s+by\b"
                      r"|\bsponsor(?:ed)?\b", re.IGNORECASE)


def _sponsor_blocks(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """The sponsor's copy between its label and its button ("Claim your box →") is debris."""
    n = len(paragraphs)
    for i in range(n):
        if roles[i] is None or roles[i][0] != "debris" or not _SPONSOR.search(paragraphs[i].text):
            continue
        for j in range(i + 1, min(i + 4, n)):
            if roles[j] is not None:
                if roles[j][0] == "promo" and j > i + 1:
                    for k in range(i + 1, j + 1):
                        roles[k] = ("debris", "the sponsor's copy under its label")
                break


#: A transcript's stage cue on a line of its own: "(SOUNDBITE OF FILM, "X")", "(LAUGHTER)".
_TRANSCRIPT_CUE = re.compile(r"\((?:[A-Z][A-Z’'-]*|[,:&]|[\s]|[“\"‘][^”\"’]*[”\"’])+\)")


def _transcript_cues(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Upper-case stage cues of a transcript are text, not anyone's Q&A turn."""
    for i, par in enumerate(paragraphs):
        if roles[i] is None and _TRANSCRIPT_CUE.fullmatch(plain(par.text)):
            roles[i] = ("body", "transcript cue in parentheses (soundbite, laughter)")


_NUMBERED_LINE = re.compile(r"\d{1,2}[.)]\s+\S")
#: A listicle's number in words: "No. 4: …", "#4 – …", "Number 4. …".
_LISTICLE_NUMBER = re.compile(r"(?:No\.|Number|#)\s?\d{1,2}\s*[:.)–—-]\s+\S")


def _numbered_headings(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Numbered short lines each followed by running text: a listicle's subheadings.

    A subheading numbered "No. 4:" may run to a sentence's length once two others
    are numbered so.
    """
    def numbered(i: int) -> bool:
        p, role = paragraphs[i], roles[i]
        if role is not None and role[0] == "list_item" and _NUMBERED_LINE.match(p.text):
            return _heading_like(p.text)
        return role is None and bool(_LISTICLE_NUMBER.match(plain(p.text))) and (
            _heading_like(p.text, 25))

    found = [
        i for i in range(len(paragraphs) - 1)
        if numbered(i) and roles[i + 1] is None and not _heading_like(paragraphs[i + 1].text)
    ]
    if len(found) >= 2:
        for i in found:
            roles[i] = ("heading", "numbered subheading followed by running text")


def _infobox_titles(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A short upper-case line just before an information box is the box's film title."""
    for i in range(len(paragraphs) - 1):
        nxt = roles[i + 1]
        if (
            roles[i] is None and nxt is not None and nxt[0] == "infobox"
            and _line_words(paragraphs[i].text) <= 8
            and (paragraphs[i].text.isupper() or (
                _heading_like(paragraphs[i].text, 6) and i + 2 < len(paragraphs)
                and roles[i + 2] is not None and roles[i + 2][0] == "infobox"
            ))
        ):
            roles[i] = ("infobox", "title of the information box")


#: "Ada Moss — director, co-writer": a person's name, a dash, what the person does.
_PERSON_PART = re.compile(r"(?P<name>[^—–]{3,40}?)\s+[—–]\s+(?P<part>[^.!?]{2,60})")


def _people_lists(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Three lines or more in a row of a name, a dash and a part: a who's-who list's items.

    An oral history or round table lists its speakers so ("Ada Moss —
    director"); alone, each line would pass for a heading.
    """
    def item(i: int) -> bool:
        m = roles[i] is None and _PERSON_PART.fullmatch(plain(paragraphs[i].text))
        return bool(m) and _person_line(m.group("name"))

    for start, end in _runs(len(paragraphs), item, 3):
        for i in range(start, end):
            roles[i] = ("list_item", "a name and a part, in a list of the people")


#: "Best bit: the finale", "Watch it if: you like slow films": a label, a colon, a short value.
_LABELLED_ITEM = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){0,3}:\s+\S.*")


def _labelled_items(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Two or more short "Label: value" lines in a row, unpunctuated: a box's list items.

    A review's verdict box ("Best bit: …", "Skip it if: …") lists its points so;
    alone, such a line would pass for a heading.
    """
    def item(i: int) -> bool:
        text = plain(paragraphs[i].text)
        return (roles[i] is None and _heading_like(text) and not _SENTENCE_END.search(text)
                and _LABELLED_ITEM.fullmatch(text) is not None)

    for start, end in _runs(len(paragraphs), item, 2):
        for i in range(start, end):
            roles[i] = ("list_item", "short 'Label: value' lines in a row (a box's points)")


#: The end of a line's first sentence.
_FIRST_STOP = re.compile(r"(?<=[.!?])[”’\"]?\s+(?=[A-Z“\"‘])")


def _intro_notes(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A paragraph that introduces the text below it and ends with an editor's note is text.

    "Ada Moss and Theo Bell joined us in Leith to talk about the film. This
    transcript has been edited for length." holds the piece's introduction; a
    short release line before the note ("Low Tide opens Friday.") under the
    last answer does not make the note text.
    """
    for i, par in enumerate(paragraphs):
        if roles[i] is None or roles[i][0] != "note":
            continue
        parts = _FIRST_STOP.split(plain(par.text), maxsplit=1)
        if len(parts) < 2 or _line_words(parts[0]) < 10 or _pattern_role(
                parts[0], _line_words(parts[0])) == "note":
            continue
        nxt = next((r for r in roles[i + 1:] if r[0] not in FURNITURE_ROLES), None)
        if nxt is not None:
            roles[i] = ("body", "introduction that ends with an editor's note")


@_one_page
def line_roles(
    paragraphs: Sequence[Paragraph], author: str = "",
    known: Sequence[tuple[str, str] | None] | None = None,
) -> list[tuple[str, str] | None]:
    """The role each line has on its own (None: decided by the page's shape).

    ``known``: the roles of the same lines found with no author; the author
    only changes a line that holds the author's name, so only those are judged again.
    """
    if known is None or not author:
        return [_line_role(p, author) for p in paragraphs]
    return [_line_role(p, author) if author in p.text else role
            for p, role in zip(paragraphs, known, strict=True)]


@_one_page
def assign_roles(
    paragraphs: Sequence[Paragraph], author: str = "", outlet: str = "",
    alone: Sequence[tuple[str, str] | None] | None = None,
) -> list[tuple[str, str]]:
    """Return a ``(role, rule)`` pair for each paragraph; ``rule`` says why.

    Rules are applied in order: patterns that decide a line alone (site
    furniture from ``data/furniture.toml``: navigation, promotions, ratings,
    editor's notes, copyright, sponsor reads; bylines, date lines, credits and
    captions, styling and production credits, warnings, information boxes,
    author bios, list items; a line that mixes scripts by its Latin-script
    words); then the page's shape: a name after a bare "By" is the byline; a
    run of times with short titles is a list of chapters (article text); short
    lines that repeat later headings are a table of contents; the reader
    comments run from their header (or first signatures) to the last comment;
    headline lines after a related-stories marker, and the lines of a
    newsletter box around its e-mail field, are promotions; a video's one-sentence
    caption under its player and its transcript under a "Video transcript"
    header are captions; a social-media
    post shown on the page (its @handle head, text and counters) and a
    sponsor's copy between its label and button are debris; tags under a
    topics header are navigation; a name alone between a paragraph and the
    site's lines signs an entry; the headline is the first line of four words
    or more before the text, after the site's name, menus, section labels in
    capitals and tagline; after the last paragraph, bios and short lines are
    the site's (promotions, navigation, taglines), except a list the last
    paragraph introduces; Q&A turns (labelled "Q:"/"Name:", a transcript's
    time allowed before the label, or bare question lines answered in the
    first person, with the lines that share the questions' opening dash or
    styling) are question and answer, and the
    remaining short unpunctuated lines are headings. The rest is body; a last
    line cut off mid-sentence stays body.

    ``alone``: the lines' own roles (:func:`line_roles` with this author), if
    already found.
    """
    roles = list(alone) if alone is not None else line_roles(paragraphs, author)
    n = len(paragraphs)
    for i in range(n - 1):
        if (
            paragraphs[i].text in ("By", "By:")
            and roles[i + 1] is None
            and _BARE_NAME.fullmatch(paragraphs[i + 1].text)
        ):
            roles[i + 1] = ("byline", "name after a bare 'By'")
    _infobox_titles(paragraphs, roles)
    _timestamp_runs(paragraphs, roles)
    _contents_boxes(paragraphs, roles)
    _comments(paragraphs, roles)
    _related_blocks(paragraphs, roles)
    _promo_boxes(paragraphs, roles)
    _email_boxes(paragraphs, roles)
    _captions(paragraphs, roles)
    _video_transcripts(paragraphs, roles)
    _embedded_posts(paragraphs, roles)
    _sponsor_blocks(paragraphs, roles)
    _pull_quotes(paragraphs, roles)
    _numbered_headings(paragraphs, roles)
    _issuer_boilerplate(paragraphs, roles)
    _tag_blocks(paragraphs, roles)
    _transcript_cues(paragraphs, roles)
    _signatures(paragraphs, roles)
    labels = _recurring_labels(paragraphs, roles)
    _title(paragraphs, roles, labels, outlet)
    _trailing(paragraphs, roles, author)
    _qa_roles(paragraphs, roles, outlet, author)
    _release_after_answers(paragraphs, roles)
    _people_lists(paragraphs, roles)
    _labelled_items(paragraphs, roles)
    for i, par in enumerate(paragraphs):
        if (
            roles[i] is None
            and _heading_like(par.text)
            and not (par.text.endswith("!") and not _headline_like(par.text, share=1.0))
        ):
            roles[i] = ("heading", "short line without closing punctuation")
    roles = [r if r is not None else ("body", "running text") for r in roles]
    _intro_notes(paragraphs, roles)
    return roles


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


#: Longest word a period can close as an abbreviation ("approx").
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS | _NUMBERED))
_DIGIT_AFTER = re.compile(r"\s*\d")


def _is_false_boundary(text: str, end: int, works: Sequence[str]) -> bool:
    """True if the punctuation ending at ``end`` closes an abbreviation or a title.

    Read backwards from ``end`` (closing marks, then the word before the
    period), never slicing ``text`` up to ``end``, so that the cost does not
    grow with the length of the paragraph.
    """
    b = end  # text[:b] is text[:end] without its closing quotes and brackets
    while b > 0 and text[b - 1] in "”’\"')]":
        b -= 1
    if any(len(w) <= b and text.startswith(w, b - len(w)) for w in works):
        return True
    if b > 0 and text[b - 1] == ".":
        # The word before the period: the non-space characters before it.
        dot = start = b - 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
            if dot - start > _LONGEST_ABBREVIATION and text[start] not in "(“‘\"'":
                return False  # too long for an abbreviation or an initial
        if start < dot:
            word = text[start:dot].lower().lstrip("(“‘\"'")
            if word in _NUMBERED:
                return bool(_DIGIT_AFTER.match(text, end))
            if word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word):
                return True
    return False


def split_sentences(text: str, works: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of one paragraph.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
    brackets) followed by white space and a capital, digit, opening quote or
    ``.Kai``-style name; or at a period wedged between two words with no space
    ("Kang.Kang is"). It does not end after an abbreviation or initial, after a
    title in ``works`` ("Wham! George"), or inside ".Kai" (a period after
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
