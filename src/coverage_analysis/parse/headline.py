"""The headline: the first line of the article text, after the site's own lines.

:func:`mark_headline` finds it past the site's name, menus, section labels and tagline,
and judges the lines right under it (standfirst, byline, date, caption).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lines import (
    _CAPTION_GRAMMAR,
    _COMMENTS_HEADER,
    _DATE,
    _JOB,
    _PERSON_LINE,
    _SENTENCE_END,
    _TERMINAL,
    _TIME,
    HEADING_MAX_WORDS,
    TITLE_MAX_WORDS,
    Paragraph,
    _heading_like,
    _headline_like,
    _line_words,
    _person_line,
    latin_part,
    plain,
)
from .qa import label_of, speaker_line

__all__ = ["mark_headline"]


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


def mark_headline(
    paragraphs: Sequence[Paragraph], roles: list, labels: dict[str, list[int]], outlet: str = ""
) -> None:
    """The headline, and the site's own lines before it.

    Among the short unpunctuated lines that open the page (before the byline
    or the first line of running text), the headline is the first line of
    four words or more after the last site label (a line of three words or
    fewer, or a menu); the lines before it are the site's name, menus and
    section labels (navigation). The outlet's own name is a site label
    whatever its length; so is a tagline in lower case, or a short slogan
    above the site's menu, before any byline or date line. A date line right
    above the menu is the edition's, and a column's label in capitals ("FILM
    CRITIC") over the headline is no byline: the search goes on past both.
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
        if _column_label(paragraphs, roles, i):
            roles[i] = None
        if roles[i] is not None:
            if _edition_date(roles, i):
                furniture_before.append(i)
                continue
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
        last = candidates.pop()
        roles[last] = _name_role(paragraphs, roles, last, paragraphs[last].text,
                                 "a personal name alone after the headline")
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
        and (any(r is not None and r[0] in ("byline", "dateline") for r in roles[nxt + 1 : nxt + 4])
             or _standfirst_unstopped(paragraphs[nxt].text))
    ):
        roles[nxt] = ("heading", "standfirst between the headline and the byline")
    roles[title] = (
        "title",
        "short first line" if title == 0 else "headline: first line of four words or more "
        "after the site's name, menus and section labels",
    )
    _under_headline(paragraphs, roles, title)


#: A column's name in capitals, a job's words without a name: "KID CRITIC", "THE FILM CRITIC".
_JOB_LABEL = re.compile(rf"(?:[A-Z][\w’'-]*\s+){{0,2}}{_JOB}")


def _column_label(paragraphs: Sequence[Paragraph], roles: list, i: int) -> bool:
    """A column's label in capitals read as a byline, right above a mixed-case headline.

    "FILM CRITIC" over "A Drummer Finds His Son" names the column; the writer's
    byline comes under the headline, with a name.
    """
    nxt = i + 1
    text = plain(paragraphs[i].text)
    return (
        roles[i] is not None and roles[i][0] == "byline" and text.isupper()
        and _line_words(text) <= 3 and nxt < len(paragraphs) and roles[nxt] is None
        and _JOB_LABEL.fullmatch(text.title()) is not None
        and _heading_like(paragraphs[nxt].text, TITLE_MAX_WORDS)
        and _line_words(paragraphs[nxt].text) >= 4 and not paragraphs[nxt].text.isupper()
    )


def _edition_date(roles: list, i: int) -> bool:
    """A date line right above the site's menu: the edition's date (masthead), not the story's."""
    nxt = i + 1
    return (
        roles[i][0] == "dateline" and nxt < len(roles) and roles[nxt] is not None
        and roles[nxt][0] == "navigation"
    )


def _standfirst_unstopped(text: str) -> bool:
    """A line longer than a heading that ends without a stop: a standfirst, not a paragraph."""
    return _line_words(text) > HEADING_MAX_WORDS and not _SENTENCE_END.search(text) and not (
        _TERMINAL.search(text))


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
            roles[i] = _name_role(paragraphs, roles, title, text,
                                  "a personal name under the headline")
        elif _PERSON_DATE.fullmatch(text):
            roles[i] = (("credit", "a name for the outlet under a caption (the photographer)")
                        if roles[i - 1] is not None and roles[i - 1][0] == "caption" else
                        ("byline", "a personal name with the date or outlet under the headline"))
        elif _SECTION_PAIR.fullmatch(text):
            roles[i] = ("navigation", "section labels under the headline ('News · Film')")


def _name_role(paragraphs: Sequence[Paragraph], roles: list, before: int, text: str,
               why: str) -> tuple[str, str]:
    """A name near the headline: the byline, unless the site's menus above line ``before`` list it.

    "Transcripts › Evening Desk" over the headline makes "Evening Desk" under it the
    programme's name, not a person's.
    """
    listed = any(roles[j] is not None and roles[j][0] == "navigation"
                 and re.search(rf"(?:^|\s){re.escape(text)}(?:\s|$)", paragraphs[j].text)
                 for j in range(before))
    return ("navigation", "a section's name from the menus above") if listed else ("byline", why)


_SHOW_WITH_HOST = re.compile(
    r"(?P<show>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4}) with [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}"
)


def _show_name(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """A programme's name and host ("Open Air with Marisol Vega"), the show named again later."""
    m = _SHOW_WITH_HOST.fullmatch(plain(paragraphs[i].text))
    return bool(m) and any(
        m.group("show") in p.text for j, p in enumerate(paragraphs) if j != i
    )
