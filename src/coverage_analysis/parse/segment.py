"""Paragraph roles: each line alone first, then the page's shape.

:func:`assign_roles` is the one entry point: it runs the line rules
(:mod:`.lines`), the block rules (:mod:`.blocks`), the headline (:mod:`.headline`)
and the Q&A rules (:mod:`.qa`) in order, and calls what is left body text or a
heading.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import blocks, headline, qa
from .lines import _BARE_NAME, Paragraph, _heading_like, _headline_like, _line_role, _one_page

__all__ = [
    "assign_roles",
    "line_roles",
]


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
    words); then the page's shape: a name after a bare "By" is the byline; the
    tracks under a "Tracklist" heading are the album's information box; a
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
    paragraph introduces; Q&A turns (labelled "Q:"/"Name:"/"Name — ", a
    transcript's time allowed before the label, or bare question lines
    answered in the first person, with the lines that share the questions'
    opening dash or styling; a bold question opening its answer's line makes
    the line an answer) are question and answer, and the
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
    blocks.infobox_titles(paragraphs, roles)
    blocks.track_lists(paragraphs, roles)
    blocks.timestamp_runs(paragraphs, roles)
    blocks.contents_boxes(paragraphs, roles)
    blocks.comments(paragraphs, roles)
    blocks.related_blocks(paragraphs, roles)
    blocks.promo_boxes(paragraphs, roles)
    blocks.email_boxes(paragraphs, roles)
    blocks.captions(paragraphs, roles)
    blocks.video_transcripts(paragraphs, roles)
    blocks.embedded_posts(paragraphs, roles)
    blocks.sponsor_blocks(paragraphs, roles)
    blocks.pull_quotes(paragraphs, roles)
    blocks.numbered_headings(paragraphs, roles)
    blocks.issuer_boilerplate(paragraphs, roles)
    blocks.tag_blocks(paragraphs, roles)
    blocks.transcript_cues(paragraphs, roles)
    blocks.signatures(paragraphs, roles)
    labels = qa.recurring_labels(paragraphs, roles)
    headline.mark_headline(paragraphs, roles, labels, outlet)
    blocks.trailing(paragraphs, roles, author)
    qa.qa_roles(paragraphs, roles, outlet, author)
    qa.release_after_answers(paragraphs, roles)
    blocks.people_lists(paragraphs, roles)
    blocks.labelled_items(paragraphs, roles)
    for i, par in enumerate(paragraphs):
        if (
            roles[i] is None
            and _heading_like(par.text)
            and not (par.text.endswith("!") and not _headline_like(par.text, share=1.0))
        ):
            roles[i] = ("heading", "short line without closing punctuation")
    roles = [r if r is not None else ("body", "running text") for r in roles]
    blocks.intro_notes(paragraphs, roles)
    return roles
