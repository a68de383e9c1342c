"""Lines of a page, and the role a line has on its own.

A page is split into :class:`Paragraph` lines, each a span of character offsets
into the decoded file (``raw[start:end] == text``). :func:`_line_role` judges one
line by its words alone: site furniture from ``data/furniture.toml``, bylines,
date lines, credits, captions, information boxes, list items. The patterns the
page-shape rules share (names, dates, times, credits) live here too.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..text import count_words as _count_words

__all__ = [
    "HEADING_MAX_WORDS",
    "Paragraph",
    "TITLE_MAX_WORDS",
    "is_cut_off",
    "split_lines",
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
    rf"(?:(?:Written\s+|Words\s+|Story\s+|Reporting\s+|Interview(?:ed|s)?\s+|Translated\s+"
    rf"|(?:(?:Movie|Film|TV|Album|Book|Theatre|Theater)\s+)?[Rr]eview\s+)?(?:[Bb]y|BY)(?::)?"
    rf"|Por|POR|Reporter(?=\s+[A-Z])"
    rf"|(?:Authors?|Writers?|Reporters?|Reviewers?|Critics?|Text|Words|Posted by|Written by"
    rf"|(?:English\s+|Spanish\s+|French\s+)?(?:[Ss]ummary|[Tt]ranslation))\s*:)"
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
    r"|(?:Staff|Senior|Contributing|Freelance|Special) (?:writer|reporter|critic|correspondent)"
    rf"|(?:Posted|Published|Written)(?:\s+on)?\s+.{{4,40}}?\s+by\s+(?:{_NAME}|@?[a-z][a-z0-9_.]{{2,29}})"
    rf"|(?:[Pp]osted|[Pp]ublished|[Ww]ritten) by\s+(?:{_NAME}|(?:@|u/)?[a-z][a-z0-9_.]{{2,29}})"
    rf"(?:\s*\([^()]{{1,40}}\))?(?:\s*(?:\bon\b|[|·•,])\s*.{{4,40}})?"
    rf"|(?:(?:As )?(?:Heard|Seen|Featured) on [A-Z][^,]{{1,60}},\s+(?:hosted|presented) by"
    rf"|Hosted by|Presented by|Moderated by|Edited by|Compiled by|Curated by|Hosts?:)\s+"
    rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
    r"|[—–]\s?[A-Z][a-zß-öø-ÿ’'-]+(?: [A-Z][a-zß-öø-ÿ’'-]+){0,2}"
    r"|[—–]\s?[A-Z]\.(?:-?[A-Z]\.){1,3}"  # a capsule's initials: "— A.B.", "— J.T.-K."
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
    r"|\d{4}[./]\d{1,2}[./]\d{1,2}\.?|\d{1,2}[./]\d{1,2}[./]\d{4}"
    # a Spanish-language outlet's: "30 de marzo de 2025"
    r"|\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre"
    r"|noviembre|diciembre)\s+(?:de|del)\s+\d{4})"
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
#: "3 hours ago", as a page stamps its story.
_AGO = r"\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
_DATELINE = re.compile(
    rf"(?:{_STAMP_WORD}\s+)?"
    rf"(?:{_DAY}\s+)?(?:{_TIME}(?:,|\s*[·•|])?\s+(?:{_DAY}\s+)?)?{_DATE}(?:,?\s*(?:@\s*)?{_TIME})?"
    rf"(?:\s*[|•·,;/—–-]?\s*(?:(?:Updated|Published|Posted)(?: on)?:?\s+)?"
    rf"(?:{_DAY}\s+)?(?:{_DATE}|{_TIME}|{_AGO})(?:,?\s*{_TIME})?)*"
    rf"|(?:(?:Published|Updated|Posted)\s+)?{_AGO}"
    r"|\[\d{1,2}:\d{2}(?::\d{2})?\]"  # a transcript's time stamp: "[21:04:37]"
    rf"|{_STAMP_WORD}\s+(?:{_DAY}\s+)?(?:{_TIME},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,?\s+{_TIME})?"
    rf"|(?:{_STAMP_WORD}\s+)?(?:{_CLOCK})"
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"  # ISO 8601
    r"|\[\d{1,2}:\d{2}:\d{2}\]",  # a broadcast transcript's time stamp alone: "[21:04:10]"
    re.IGNORECASE,
)
_BARE_NAME = re.compile(_NAME)
#: The date, then the writer: "March 4, 2024 by Jo Bell" ("Rialto · March 4, 2024" may be
#: an event's listing, so a name before the date is no byline).
_NAME_DATE = re.compile(
    rf"{_DATE}(?:,?\s+{_TIME})?\s+by\s+{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")
_CREDIT = re.compile(
    r"(?:\(?(?:(?:Top |Main |Header |Lead )?(?:Photo|Photograph|Photography|Image|Picture"
    r"|Illustration|Film still|Still|Credit|Composite|Graphic|Chart|Source|Foto|Fotografía)s?"
    r"\s*(?::|=|\bby\b|\bcredit\b|\bcourtesy\b|©|\.\.\.|…)|Photographed by\b"
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
    r"[A-Z][\w.’'-]*(?: [A-Z.][\w.’'-]*){0,3}(?:,\s+(?:left|right|center|centre),|"
    r"\s+\((?:left|right|center|centre)\)),?\s+(?:and|with)\s+[A-Z].{3,250}"
    r"|(?:Caption|Pictured|Above|Top|Left|Right|From left|L-R|Left to right|Main image|Video)"
    r"\s*[:,]\s*\S.*|Watch\s*:\s*(?-i:[^a-z\s]).*|.{3,200}\b(?:Photo|Image|Photograph)\s*:"
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
#: "WKRV’s Jo Bell reports from Riverton High School.": a TV story's video caption;
#: "Ada Moss as Nell Grey in ‘Low Tide.’": a still's caption, the actor in a part.
_REPORTER_CAPTION = re.compile(
    r"[A-Z][\w.’'-]*[’']s (?:[A-Z][\w.’'-]*\s){1,3}reports (?:live )?from [A-Z][^.!?]{2,60}\.?"
    r"|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3} as (?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.’'-]*,? in "
    r"(?:[‘“\"][^‘“\"’”]{1,80}[’”\"]|\*[^*]{1,80}\*)\.?"
)
#: "… on Saturday. CHRIS YOUNG/THE NORTHERN GAZETTE", "… at TIFF. Handout/TIFF": a caption
#: ending in a credit (capitalised words either side of a slash).
_CAPTION_UPPER_CREDIT = re.compile(
    r".{10,300}[.!?]\s+[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}\s?/\s?"
    r"[A-Z][\w.’'&-]*(?: [A-Z&][\w.’'&-]*){0,4}"
)
#: A photographer and whom the photograph was made for: "Jo Bell for The Quay Magazine".
_CREDITED_NAME = re.compile(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+for\s+(?:the\s+)?[A-Z][^.!?,;]{1,60}")
#: An event's date by its label, in a key-dates box: "Opening night: 12 June 2025",
#: "Public screenings: 13–21 June 2025".
_KEYED_DATE = re.compile(
    rf"[A-Z][\w’' -]{{2,40}}:\s+(?:\d{{1,2}}\s*[–-]\s*)?{_DATE}")
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
#: "Ana V. — May 2, 2024 at 4:51 pm"; or a signature with the comment after it on its line.
_COMMENT_META = re.compile(
    # the handle, the date and the comment itself on one line, the comment in ``said``:
    # "rainyday · 2 Nov 2024 · What a lovely film."
    rf"[^\s·•|]{{2,40}}\s+[·•|]\s+{_DATE}\s+[·•|]\s+(?P<said>\S.{{8,}})"
    rf"|.{{1,40}}?\s+(?:says|said|wrote|replied)\s*:|Posted by \S.{{0,40}}"
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
#: A print page's label: "A6", "Page B1".
_PAGE_LABEL = re.compile(r"(?:Page\s+)?[A-H]\d{1,2}")
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
        parts = _MENU_SEPARATORS.split(bare)
        if _PAGE_LABEL.fullmatch(parts[-1]):  # "THE QUAY | SUNDAY, MARCH 9, 2025 | A6"
            return "navigation", "a print page's running header"
        if any(_DATELINE.fullmatch(part) for part in parts):
            return "dateline", "date line with its read time or length"
        if "©" in bare:  # "The Quay © 2025 · Privacy · Contact"
            return "copyright", "the site's copyright among its footer links"
        if _INFOBOX_LEAD.fullmatch(parts[0]):  # "Directed by Ada Moss · Drama · 1h 52m"
            return "infobox", "film information between separators"
        if all(_pattern_role(p, _line_words(p)) == "promo" for p in parts):
            return "promo", "a sign-up box's field and button ('Your email   Sign up')"
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
    if (words <= 12 or words <= 40 and bare.startswith("(")) and (
            _BYLINE_OTHER.fullmatch(bare) or (
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
        rest = re.sub(r"^\(?(?:Photo|Image|Picture|Photograph|Foto)s?\s*[:=]\s*", "", bare)
        described = re.split(
            r"\s*\((?:Photo|Courtesy|Credit|Image|Picture)"
            r"|[.,]\s+(?:Courtesy|Photo|Credit|Image|Picture)\b", rest
        )[0]
        only_credit = re.match(r"(?:Courtesy|Credit|©)", rest, re.I)  # "Photo: Courtesy of X"
        if words > 5 and not only_credit and not _CREDITED_NAME.fullmatch(rest) and not (
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
            and (re.search(r"\b\d{2,3}\s*(?:min|mins|minutes)\.?$", bare)
                 or _INFOBOX_KEY.search(bare)))  # "… Runtime: 1h 52m. Rated R for …"
        or (words <= 40 and _RATED_RUNTIME.match(bare))
        or (words <= 10 and ":" in bare and _KEYED_DATE.fullmatch(bare))
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


_NUMBERED_LINE = re.compile(r"\d{1,2}[.)]\s+\S")
