"""Blocks of page furniture found by the page's shape, not by one line alone.

Reader comments, related-story and newsletter boxes, captions under a picture or
player, embedded posts, sponsor copy, tag lists, contents boxes, signatures and
what trails the last paragraph (bios, promotions). Each function takes the page's
lines and their roles so far and fills in the roles of one kind of block.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from ..schema import FURNITURE_ROLES
from .lines import (
    _CAPTION_GRAMMAR,
    _CLOCK,
    _COMMENT_CONTROLS,
    _COMMENT_META,
    _COMMENTS_HEADER,
    _CREDIT,
    _DATELINE,
    _JOB,
    _LIST_ITEM,
    _NAME,
    _NUMBERED_LINE,
    _SENTENCE_END,
    _TERMINAL,
    TITLE_MAX_WORDS,
    Paragraph,
    _credit_list,
    _heading_like,
    _headline_like,
    _line_words,
    _pattern_role,
    _person_line,
    ends_mid_sentence,
    is_cut_off,
    plain,
)
from .qa import label_of

__all__ = [
    "captions",
    "comments",
    "contents_boxes",
    "email_boxes",
    "embedded_posts",
    "infobox_titles",
    "intro_notes",
    "issuer_boilerplate",
    "labelled_items",
    "numbered_headings",
    "people_lists",
    "promo_boxes",
    "pull_quotes",
    "related_blocks",
    "signatures",
    "sponsor_blocks",
    "tag_blocks",
    "timestamp_runs",
    "track_lists",
    "trailing",
    "transcript_cues",
    "video_transcripts",
]


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


def related_blocks(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


def promo_boxes(paragraphs: Sequence[Paragraph], roles: list) -> None:
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
    _board_runs(paragraphs, roles)


def _board_runs(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Two to four short lines between a box's header after the text and the site's footer.

    "Members' notices" / "Choir practice moves to Thursdays." / "Raffle tickets at
    the door, £2" / "Print   Email": the board's notices, not the article's.
    """
    first = _first_text(paragraphs, roles)
    n = len(paragraphs)
    for h in range(first + 1, n):
        if roles[h] is None or roles[h][0] != "promo" or not _block_header(paragraphs[h].text):
            continue
        end = h + 1
        while end < n and end - h <= 5 and roles[end] is None and _line_words(
                paragraphs[end].text) <= 20:
            end += 1
        if 2 <= end - h - 1 <= 4 and end < n and roles[end][0] in ("copyright", "navigation"):
            for i in range(h + 1, end):
                roles[i] = ("promo", "a short notice in a box after the text")


def _prose(text: str) -> bool:
    """Running text: closing punctuation, too long for a heading, or a lower-case start.

    A line of five words or more that starts in lower case is no headline.
    """
    bare = plain(text)
    return (not _heading_like(text) or not ends_mid_sentence(bare)
            or (_line_words(bare) >= 5 and bool(re.match(r"[“\"‘']?[a-z]", bare))))


def _comment_mark(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """A comment section's own line: its header, controls, or a signature with a comment.

    The comment may follow its signature on the same line.

    A signature or time counts only with a comment under it (a headline's
    "Source · 3d" line has none).
    """
    bare = plain(paragraphs[i].text)
    if len(bare) > 200:
        return False  # a header ("23 thoughts on …"), a signature or the controls are short
    if _COMMENTS_HEADER.fullmatch(bare) or _COMMENT_CONTROLS.fullmatch(bare):
        return True
    meta = _COMMENT_META.fullmatch(bare)
    if meta and meta.group("said") and _prose(meta.group("said")):
        return True  # "ana · 2 Nov 2024 · Loved it.": the comment on its signature's line
    if not (meta or (roles[i] is not None and roles[i][0] == "dateline")):
        return False
    return any(roles[j] is None and _prose(paragraphs[j].text)
               for j in range(i + 1, min(i + 3, len(paragraphs))))


def comments(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """The reader-comment section after the article: its header and the comments in it.

    It opens at a comment header after the article text ("Comments (12)",
    "Join the conversation"), or, with no header, at the first of two comment
    signatures or reply controls ("ana says:", "Like · Reply · 4"). It runs
    while the lines are the section's own (signatures, times, controls) or
    text within a few lines of them, so the site's footer after the last
    comment keeps its roles; a promotion ("Popular reviews of …") ends it.
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
        elif role[0] == "promo":
            break  # "Popular reviews of …": the site's lines after the comments
        else:
            gap += 1
    roles[start] = ("comments", "header of the reader comments")
    for j in range(start + 1, end + 1):
        role = roles[j]
        if role is None or role[0] in ("list_item", "dateline", "byline") or (
                role[0] == "navigation" and _comment_mark(paragraphs, roles, j)):
            roles[j] = ("comments", "in the reader comments")


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


def trailing(paragraphs: Sequence[Paragraph], roles: list, author: str = "") -> None:
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


def video_transcripts(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


#: A live blog's entry stamp, a clock time alone: "8:55 p.m. PT", "21:40 KST".
_ENTRY_TIME = re.compile(_CLOCK)


def captions(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """A short line beside a photo credit that reads as a caption ("X and Y at the premiere").

    A live blog's entry opens under its time stamp with a sentence that may
    read like a caption ("Ada Moss and Theo Bell arrive together …"): it is
    the entry's text.
    """
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
            and not (i > 0 and _ENTRY_TIME.fullmatch(plain(paragraphs[i - 1].text)))
        ):
            roles[i] = ("caption", "one-sentence caption (names, then where or when)")
        elif _header_caption(paragraphs, roles, i):
            roles[i] = ("caption", "caption under the byline or date, above the text")
        elif _player_caption(paragraphs, roles, i):
            roles[i] = ("caption", "a video's caption between its player and the text")


#: A line that is only a quotation, possibly signed ("“…” — Ada Moss").
_PULL_QUOTE = re.compile(r"[“\"](.{10,300}?)[.,!?…]?[”\"](?:\s*[—–-]+\s*[A-Z.][\w.’' -]{0,60})?")


def pull_quotes(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


def issuer_boilerplate(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


def tag_blocks(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


def email_boxes(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


def timestamp_runs(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


def contents_boxes(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


def signatures(paragraphs: Sequence[Paragraph], roles: list) -> None:
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
#: A post's counters: "1.4K · 9.8K · 41K", "212K likes", "12.4K Reposts   3,108 Quotes",
#: each perhaps after its icon: "♥ 1.2K   ↻ 340".
_POST_COUNTS = re.compile(
    r"(?:(?:[^\w\s]{1,2}\s*)?\d[\d,.]*[KkMm]?(?:\s+[A-Za-z]+)?\s*(?:[·•|]\s*)?){1,5}")


def embedded_posts(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


def sponsor_blocks(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


def transcript_cues(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Upper-case stage cues of a transcript are text, not anyone's Q&A turn."""
    for i, par in enumerate(paragraphs):
        if roles[i] is None and _TRANSCRIPT_CUE.fullmatch(plain(par.text)):
            roles[i] = ("body", "transcript cue in parentheses (soundbite, laughter)")
#: A listicle's number in words: "No. 4: …", "#4 – …", "Number 4. …".
_LISTICLE_NUMBER = re.compile(r"(?:No\.|Number|#)\s?\d{1,2}\s*[:.)–—-]\s+\S")


#: A section's number alone on its line: "II.", "IV", "3."
_SECTION_NUMBER = re.compile(r"(?:[IVXLC]{1,7}|\d{1,2})\.?")


def numbered_headings(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Numbered short lines each followed by running text: a listicle's subheadings.

    A subheading numbered "No. 4:" may run to a sentence's length once two others
    are numbered so; a number alone ("II.") heads a long interview's or essay's part.
    """
    def numbered(i: int) -> bool:
        p, role = paragraphs[i], roles[i]
        if role is not None and role[0] == "list_item" and _NUMBERED_LINE.match(p.text):
            return _heading_like(p.text)
        return role is None and bool(_LISTICLE_NUMBER.match(plain(p.text))) and (
            _heading_like(p.text, 25))

    def section(i: int) -> bool:
        """A number alone, then a line of the part it heads (a turn may be a short question)."""
        return roles[i] is None and len(paragraphs[i].text) <= 12 \
            and bool(_SECTION_NUMBER.fullmatch(plain(paragraphs[i].text))) \
            and not _SECTION_NUMBER.fullmatch(plain(paragraphs[i + 1].text))

    found = [
        i for i in range(len(paragraphs) - 1)
        if roles[i + 1] is None and (section(i) or numbered(i)
                                     and not _heading_like(paragraphs[i + 1].text))
    ]
    if len(found) >= 2:
        for i in found:
            roles[i] = ("heading", "numbered subheading followed by running text")


#: A heading over an album's or show's listing: "Tracklist", "Track listing", "Set list".
_LISTING_HEAD = re.compile(r"(?:Track ?list(?:ing)?|Tracks|Set ?list|Running order)\s*:?", re.I)
#: A review box's heads over its points: "Pros", "Cons", "The good", "What doesn't work".
_POINTS_HEAD = re.compile(
    r"(?:Pros|Cons|The good|The bad|The ugly|Likes|Dislikes|Highs|Lows|Hits|Misses"
    r"|What works|What doesn[’']t work|What didn[’']t work)\s*:?", re.I)


#: The head of a box that sums the story up before it: "Key takeaways", "At a glance".
_SUMMARY_HEAD = re.compile(
    r"(?:Key (?:takeaways|points|facts)|Takeaways|At a glance|Story highlights|In brief"
    r"|TL;?DR|The short version|Quick read|(?:Article|Story) summary)\s*:?", re.I)


def _before_prose(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """No running text (an unlabelled line that is no heading) before line ``i``."""
    return not any(roles[j] is None and not _heading_like(paragraphs[j].text, TITLE_MAX_WORDS)
                   for j in range(i))


def _list_run(roles: list, start: int) -> range:
    """The list items in a row from ``start``."""
    end = start
    while end < len(roles) and roles[end] is not None and roles[end][0] == "list_item":
        end += 1
    return range(start, end)


def track_lists(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Lists under the head of a box: an album's tracks, a review's pros and cons.

    Like a film's information box, a track listing gives facts about the
    work, not the writer's text: the numbered tracks under a "Tracklist"
    heading are the album's details, and a note in brackets right under the
    last track ("(tracks 11–14: score)") belongs to it. The short unpunctuated
    lines under "Pros" or "Cons" are a verdict box's points, not headings.
    The heads stay text. A box that sums the story up above its text ("Key
    takeaways" and its points) is the site's, head and points alike.
    """
    n = len(paragraphs)
    for i in range(n - 1):
        nxt = roles[i + 1]
        if roles[i] is not None or nxt is not None and nxt[0] != "list_item":
            continue
        if nxt is None:
            if len(paragraphs[i].text) <= 24 and _POINTS_HEAD.fullmatch(plain(paragraphs[i].text)):
                j = i + 1
                while j < n and roles[j] is None and _heading_like(paragraphs[j].text) \
                        and not _POINTS_HEAD.fullmatch(plain(paragraphs[j].text)):
                    roles[j] = ("list_item", "a point under a review box's 'Pros' or 'Cons'")
                    j += 1
            continue
        head = plain(paragraphs[i].text)
        if len(head) <= 32 and _SUMMARY_HEAD.fullmatch(head) and _before_prose(
                paragraphs, roles, i):
            roles[i] = ("infobox", "a summary box's head above the text")
            for j in _list_run(roles, i + 1):
                roles[j] = ("infobox", "a point of the summary box above the text")
            continue
        if not _LISTING_HEAD.fullmatch(head):
            continue
        tracks = _list_run(roles, i + 1)
        for j in tracks:
            roles[j] = ("infobox", "a track under the listing's heading")
        j = tracks.stop
        if j < n and re.fullmatch(r"\([^()]{1,80}\)", paragraphs[j].text):
            roles[j] = ("infobox", "the listing's note in brackets")


def infobox_titles(paragraphs: Sequence[Paragraph], roles: list) -> None:
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
_PERSON_PART = re.compile(r"(?P<name>[^—–,]{3,40}?)(?:\s+[—–]|,)\s+(?P<part>[^.!?]{2,60})")


def people_lists(paragraphs: Sequence[Paragraph], roles: list) -> None:
    """Three lines or more in a row of a name, a dash or comma and a part: a who's-who list's items.

    An oral history or round table lists its speakers so ("Ada Moss —
    director"), a jury announcement its members ("Ada Moss, editor (Norway)");
    alone, each line would pass for a heading.
    """
    def item(i: int) -> bool:
        m = roles[i] is None and _PERSON_PART.fullmatch(plain(paragraphs[i].text))
        return bool(m) and _person_line(m.group("name"))

    for start, end in _runs(len(paragraphs), item, 3):
        for i in range(start, end):
            roles[i] = ("list_item", "a name and a part, in a list of the people")


#: "Best bit: the finale", "Watch it if: you like slow films": a label, a colon, a short value.
_LABELLED_ITEM = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){0,3}:\s+\S.*")


def labelled_items(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


def intro_notes(paragraphs: Sequence[Paragraph], roles: list) -> None:
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
