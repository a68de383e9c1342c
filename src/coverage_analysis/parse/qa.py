"""Q&A turns: speaker labels, who asks and who answers.

A page is a Q&A when enough lines are turns, labelled ("Q:", "Name:", "Name — ", a
label alone on its line, a numbered question), bare questions answered in the first
person, or lines that open with a question in bold and answer it after it.
:func:`qa_roles` gives those lines the roles ``question`` and ``answer``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from .lines import (
    _COMMENT_CONTROLS,
    _COMMENT_META,
    _NUMBERED_LINE,
    _SENTENCE_END,
    QA_MIN_QUESTIONS,
    Paragraph,
    _heading_like,
    _line_words,
    plain,
)

__all__ = [
    "TURN_LABEL",
    "label_of",
    "label_words",
    "lead_question",
    "qa_roles",
    "recurring_labels",
    "release_after_answers",
    "speaker_line",
]

_QUESTION_LABEL = re.compile(r"(?:\*\*|__)?(?:Q|Question)\s*[:.]\s*(?:\*\*|__)?\s*\S")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|me|my|mine|myself|we|us|our)\b")
#: "BACKBEAT: How did …", "Moss: It started …": a Q&A speaker label.
_SPEAKER_LABEL = re.compile(r"[.A-Z][\w.’'&\[\] -]{0,30}:\s+\S")
#: A transcript's time before a turn's label: "[00:01:02]", "(01:02)", "00:01:02 –", "12:04".
_TURN_TIME = (r"(?:>>\s*)?"  # a broadcast transcript's mark of a new speaker
              r"(?:[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s*(?:[-–—|]\s*)?(?=\S))?")
#: A Q&A speaker label at a line start, a transcript's time allowed before it: "Q:", "A.",
#: "**Moss:**", "THEO MOSS:", "Ada Moss:", "[00:01:02] ADA MOSS:". Group ``label`` holds
#: the words.
#: "Speaker 2:" numbers a speaker; a time may follow the label too ("ADA MOSS [00:01:02]:").
#: "JO BELL, HOST:", "Jo Bell (host):": group ``role`` holds the part the speaker plays (a
#: show may follow it: "JO BELL, HOST, "LATE DESK":"); a cable transcript's ">>" may open it;
#: "ADA MOSS AS NELL:", an actor's line in a film clip, the character in ``character``.
#: A label in small capitals may end in a spaced dash instead of a colon ("Ada Moss — "), in
#: group ``dash``; :func:`label_of` takes it only before a sentence, as a cast list's
#: "Ada Moss — director" is no turn.
TURN_LABEL = re.compile(
    _TURN_TIME + r"(?:\*\*|__)?(?:(?P<qa>Q|A|Question|Answer)(?:\s*\d{1,2})?(?:\s*[:.]|\s+[—–])"
    r"|(?P<label>[A-Z.][\w.’'&-]*(?:\s+(?!(?:AS|as)\s)(?:[A-Z.&][\w.’'&-]*|de|van|von|der|da|di"
    r"|le|la)){0,3}(?:\s+\d{1,2})?)(?:,\s*(?P<role>[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2}"
    r"|[a-z][\w’'-]*(?:\s+[\w’'-]+){0,2})(?:,\s*(?:\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”"
    r"|[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2}))?|\s*\((?P<paren>[^()\n]{1,50})\)"
    r"|\s+(?:AS|as)\s+(?P<character>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}))?"
    r"(?:\s*\[(?:\d{1,2}:)?\d{1,2}:\d{2}\])?(?:\s*(?:\*\*|__)?\s*:|\s+(?P<dash>[—–])(?=\s)))"
    r"\s*(?:\*\*|__)?\s+(?=\S)"
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


#: Footnote marks a line may end in after its last sentence ("… Don't print that.¹").
_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*†"


def label_of(text: str) -> tuple[str, int] | None:
    """(normalised label, end of label) of a Q&A speaker label at the start of ``text``."""
    m = TURN_LABEL.match(text)
    if not m or m.group("dash") and not _SENTENCE_END.search(text.rstrip(_FOOTNOTE_MARKS)):
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
    """Enough question lines, most addressing someone ("you"), most answered in the first person.

    A question set wholly in bold or italics is the interviewer's whoever it
    names ("*Was the village happy to be filmed?*"): an essay's rhetorical
    questions are not set apart so.
    """
    addressed = sum(
        bool(_QUESTION_LABEL.match(q) or _SPEAKER_LABEL.match(q) or _set_apart(q)
             or _SECOND_PERSON.search(plain(q)))  # "_Your …_": no word boundary after "_"
        for q in questions
    )
    first_person = sum(bool(_FIRST_PERSON.search(a)) for a in answers)
    return (
        len(questions) >= QA_MIN_QUESTIONS
        and 2 * addressed >= len(questions)
        and 2 * first_person >= len(questions)
    )


def recurring_labels(paragraphs: Sequence[Paragraph], roles: list) -> dict[str, list[int]]:
    """Q&A speaker labels used on two lines or more (Q and A count once): label to lines.

    A full name used once ("DEV OKONJO-MARSH:") counts as the recurring label of its first
    word, or of its last ("OKONJO-MARSH:"), as transcripts name a speaker in full once.
    Every label counts on a page whose turns are marked by ">>" (see :func:`_chevron_turn`):
    sentences after it, not links (">> More from Film").
    """
    found: dict[str, list[int]] = {}
    chevrons = 0
    for i, par in enumerate(paragraphs):
        if roles[i] is None:
            label = label_of(par.text)
            if label:
                found.setdefault(label[0], []).append(i)
            chevrons += par.text.startswith(">>") and bool(_SENTENCE_END.search(par.text))
    once = chevrons >= QA_MIN_QUESTIONS  # ">>" turns: each speaker is named once
    recurring = {k: v for k, v in found.items() if len(v) >= 2 or once or k in ("q", "a")}
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
#: ("[Transcript continues after the break.]"); or a transcript's cue in
#: parentheses ("(LAUGHTER)", "(BEGIN VIDEO CLIP)").
_INSERTION = re.compile(r"\[[^\[\]]+\]|\([^()]+\)")


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
           or _INSERTION.fullmatch(paragraphs[i].text) for i in range(labelled[0], last)):
        return last + 1
    return stop


#: A whole line in one styling: "**…**", "__…__", "*…*", "_…_" (closing quotes allowed).
_STYLED = re.compile(r"(\*\*|__|\*|_)(?=\S)(?:(?!\1).)+(?<=\S)\1[”’\"')]*")


#: A question in bold or italics opening a line, its answer after it on the same line:
#: "**Where are you now?** In a hotel." Group ``answer`` is where the answer starts.
_LEAD_QUESTION = re.compile(
    r"(\*\*|__|\*|_)(?=\S)(?P<question>(?:(?!\1).){2,300}?\?[”’\"')]*)\1\s+(?P<answer>\S)")


def lead_question(text: str) -> tuple[int, int, int] | None:
    """A styled question opening a line, and where its answer starts ("**Why?** Because …").

    ``(start, end, answer)``: the question's words without their styling
    marks, and the offset of the answer after them; None if the line does
    not open so. The line's turn is an answer; the question in it is the
    interviewer's.
    """
    m = _LEAD_QUESTION.match(text)
    return (m.start("question"), m.end("question"), m.start("answer")) if m else None


def _inline_turns(paragraphs: Sequence[Paragraph], roles: list) -> bool:
    """Lines that each hold a styled question and its answer, in place: answers.

    Short Q&As set each question in bold at the start of its answer's line,
    with no label. Enough such lines, most answers in the first person, make
    the page a Q&A; each line is an answer (the question inside it the
    interviewer's), and unlabelled lines between two of them continue an answer.
    """
    lines = [i for i, p in enumerate(paragraphs) if roles[i] is None and p.text[0] in "*_"
             and (asked := lead_question(p.text))
             and _FIRST_PERSON.search(p.text, asked[2]) is not None]
    if len(lines) < QA_MIN_QUESTIONS:
        return False
    for i in range(lines[0], lines[-1] + 1):
        if roles[i] is None and not _INSERTION.fullmatch(paragraphs[i].text):
            roles[i] = ("answer", "Q&A: a styled question and its answer on one line")
    return True


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


def release_after_answers(paragraphs: Sequence[Paragraph], roles: list) -> None:
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


#: A broadcast transcript's mark of a change of speaker at a line start (">> Thanks.").
_CHEVRON = re.compile(r">>\s*\S")


#: A transcript's cue that a clip starts: "(BEGIN VIDEO CLIP)", "(START VIDEOTAPE)".
_ROLL_CUE = re.compile(r"\((?:BEGIN|START)\b[^()]*\)", re.IGNORECASE)


def _chevron_turn(text: str, previous: str, after: str = "") -> tuple[str, str]:
    """Role of an unlabelled turn that a ">>" marks as a new speaker's.

    Cable transcripts name speakers on their first turns only, then mark each
    change of speaker with ">>". After the interviewer a guest speaks; after
    a guest, a turn that asks ("?") or speaks to someone ("you", outside
    quotation marks), or that introduces a clip (the line ``after`` it is
    the cue that starts one), is the interviewer's; any other is another
    guest's (a guest's thanks may come before a break).
    """
    if previous == "question":
        return "answer", "Q&A: a new speaker after a question (\">>\")"
    own = _QUOTED.sub("", text)
    if _question_like(text) or _SECOND_PERSON.search(own) or _ROLL_CUE.fullmatch(after):
        return "question", "Q&A: a new speaker who asks, addresses someone or rolls a clip"
    return "answer", "Q&A: a new speaker after a guest (\">>\")"


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


def qa_roles(
    paragraphs: Sequence[Paragraph], roles: list, outlet: str, author: str
) -> None:
    """Questions and answers, in place: labelled turns, bare question lines, or a thread's."""
    if _answered_thread(paragraphs, roles) or _speaker_line_turns(paragraphs, roles, outlet,
                                                                  author) \
            or _inline_turns(paragraphs, roles):
        return
    n = len(paragraphs)
    labels = recurring_labels(paragraphs, roles)
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

        marked = [i for i in range(first, n) if roles[i] is None
                  and paragraphs[i].text.startswith(">>")]
        for i in range(first, _transcript_end(paragraphs, roles, sorted(labelled + marked))):
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
            elif previous is not None and _CHEVRON.match(paragraphs[i].text):
                role, why = _chevron_turn(paragraphs[i].text, previous,
                                          paragraphs[i + 1].text if i + 1 < n else "")
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
        nxt = next((j for j in range(i + 1, n) if free(j)), None)
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
