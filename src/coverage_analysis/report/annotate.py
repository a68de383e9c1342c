"""An annotated view of one article: its raw text with quotes, mentions and roles marked.

:func:`annotate` returns self-contained HTML (plain HTML and CSS, nothing to
fetch, no script) in the manner of displaCy:

- every quotation is highlighted in its speaker's colour and styled by kind:
  speech (direct, embedded, Q&A turn) with a solid outline, scare quotes with
  a dashed one, titles in grey italics;
- every mention of a person is underlined in that person's colour, and its
  person, type and rule show on hover (the ``title`` attribute);
- lines that are not article text (bylines, credits, site furniture) are
  greyed and labelled with their role;
- a legend and the article's counts (paragraphs, sentences, speech quotes
  per speaker, mentions per person) come first.

Spans are laid out from their offsets by one nesting pass (:func:`render_spans`):
a quote inside a quote or a mention inside a quote nests as an element inside
the other, and a span that crosses another's end is closed and reopened around
it, so the HTML is always well formed and its text is exactly the article's.

>>> from coverage_analysis.report.annotate import annotate
>>> annotate(corpus, "a01")      # doctest: +SKIP   (displays in a notebook)
"""

from __future__ import annotations

import html
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from ..corpus import Corpus
from ..schema import MENTION_TYPES, SPEECH_KINDS
from ..study import Study

__all__ = [
    "OTHER_COLORS",
    "UNCLEAR_COLOR",
    "Annotation",
    "Span",
    "annotate",
    "annotate_page",
    "color_of",
    "render_spans",
]

#: Colours for speakers and people outside the compared pair, in people-file order
#: (then the interviewer); they keep clear of the default pair's orange and blue and
#: of the grey for no one, and repeat only past twelve people.
OTHER_COLORS = ("#009E73", "#CC79A7", "#7B4F9E", "#8C6D31", "#44AA99", "#999933", "#882255",
                "#332288", "#56B4E9", "#DDCC77", "#AA4499", "#661100")
#: Colour of speech whose speaker is unknown and of mentions that resolve to no one.
UNCLEAR_COLOR = "#8A8A8A"
#: Speaker ids that are not people, with the name shown for them.
_PSEUDO_SPEAKERS = {"interviewer": "interviewer", "unknown": "unknown speaker", "": "unclear"}
_KIND_LABELS = {"direct": "direct speech", "embedded": "embedded speech", "turn": "Q&A turn",
                "scare": "scare quote", "title": "title"}

_PLURAL_LABELS = {"turn": "Q&A turns", "scare": "scare quotes", "title": "titles"}


def _kind_count_label(kind: str, n: int) -> str:
    """"direct speech", "scare quote" or "scare quotes": the kind as counted n times."""
    if n != 1 and kind in _PLURAL_LABELS:
        return _PLURAL_LABELS[kind]
    return _KIND_LABELS.get(kind, kind)


_CSS = """
.ca-annotate { font-family: Georgia, 'DejaVu Serif', serif; color: #222; max-width: 52em;
  line-height: 1.5; }
.ca-annotate .ca-article-title { font-size: 1.5em; font-weight: bold; margin: .2em 0; }
.ca-annotate .ca-meta { color: #666; font: .9em/1.4 system-ui, 'DejaVu Sans', sans-serif; }
.ca-annotate .ca-panel { font: .85em/1.4 system-ui, 'DejaVu Sans', sans-serif;
  display: flex; flex-wrap: wrap; gap: .6em 2em; margin: .8em 0 1.2em; padding: .7em .9em;
  background: #fafafa; border: 1px solid #e3e3e3; border-radius: 6px; }
.ca-annotate .ca-panel-title { font-weight: bold; margin: 0 0 .3em; }
.ca-annotate .ca-panel table { border-collapse: collapse; }
.ca-annotate .ca-panel td, .ca-annotate .ca-panel th { padding: .1em .5em .1em 0;
  text-align: left; vertical-align: top; font-weight: normal; }
.ca-annotate .ca-panel th { color: #666; }
.ca-annotate .ca-panel td.n { text-align: right; font-variant-numeric: tabular-nums; }
.ca-annotate .ca-swatch { display: inline-block; width: .8em; height: .8em;
  border-radius: 2px; margin-right: .35em; vertical-align: -.05em; }
.ca-annotate .ca-panel.ca-legend { display: block; }
.ca-annotate .ca-legend-item { margin-right: 1em; white-space: nowrap; line-height: 2.2; }
.ca-annotate .ca-text { font-size: 1.05em; line-height: 2.3; }
.ca-annotate .ca-line { margin: 0 0 .5em; white-space: pre-wrap; }
.ca-annotate .ca-gap { display: none; }
.ca-annotate .ca-role-title { font-size: 1.25em; font-weight: bold; }
.ca-annotate .ca-role-heading { font-weight: bold; }
.ca-annotate .ca-not-text { color: #9a9a9a; font-size: .92em; }
.ca-annotate .ca-not-text::before { content: attr(data-role);
  font: 600 .68em/1.5 system-ui, 'DejaVu Sans', sans-serif; text-transform: uppercase;
  letter-spacing: .05em; color: #777; background: #eee; border: 1px solid #d5d5d5;
  border-radius: 3px; padding: .05em .45em; margin-right: .7em; vertical-align: .15em; }
.ca-annotate .ca-q { border-radius: .35em; padding: .3em .2em; }
.ca-annotate .ca-q .ca-q { padding: .12em .15em; }
.ca-annotate .ca-q .ca-q .ca-q { padding: 0 .1em; }
.ca-annotate .ca-m { padding-bottom: .2em; }
.ca-annotate .ca-m .ca-m { padding-bottom: 0; }
"""


class Annotation(str):
    """HTML of an annotated article: a ``str`` that displays itself in a notebook."""

    def _repr_html_(self) -> str:
        return str(self)

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        printer.text(f"<Annotation: {len(self)} characters of HTML>")

    def __repr__(self) -> str:
        return f"<Annotation: {len(self)} characters of HTML>"


@dataclass(frozen=True)
class Span:
    """One element to lay over ``text[start:end]``.

    ``outer`` spans (paragraphs) always enclose the others; among the rest a
    longer span encloses a shorter one that starts at or after it, and at
    equal extent the lower ``rank`` is outside.
    """

    start: int
    end: int
    tag: str = "span"
    attrs: Mapping[str, str] = field(default_factory=dict)
    outer: bool = False
    rank: int = 0


def _attrs(attrs: Mapping[str, str], continued: bool) -> str:
    parts = []
    for name, value in attrs.items():
        if name == "class" and continued:
            value = f"{value} ca-cont"
        parts.append(f' {name}="{html.escape(str(value), quote=True)}"')
    return "".join(parts)


def render_spans(text: str, spans: Iterable[Span], gap_class: str = "ca-gap") -> str:
    """HTML of ``text`` with every span as an element, properly nested.

    Parameters
    ----------
    text : str
        The text; every character appears once, HTML-escaped, in order.
    spans : iterable of Span
        Half-open ranges ``[start, end)``; empty ranges are left out and
        ranges are clipped to the text.
    gap_class : str
        Class of the ``<span>`` wrapped around white space that lies in no
        outer span (the blank lines between paragraphs); other text outside
        every outer span is emitted as is.

    Returns
    -------
    str
        Well-formed HTML. At each boundary the open elements are compared
        with the spans covering the next stretch of text, ordered outside-in;
        elements past the common prefix are closed and the rest opened. Nested
        spans therefore nest as elements, and a span that crosses the end of
        an enclosing one is closed and reopened after it (the reopened part
        gets the class ``ca-cont``). Stripping the tags and unescaping gives
        back ``text``.
    """
    n = len(text)
    kept = []
    for index, span in enumerate(spans):
        start, end = max(0, span.start), min(n, span.end)
        if start < end:
            kept.append((index, start, end, span))
    starts: dict[int, list] = {}
    for item in kept:
        starts.setdefault(item[1], []).append(item)
    bounds = sorted({0, n} | {i[1] for i in kept} | {i[2] for i in kept})

    def key(item):
        index, start, end, span = item
        return (not span.outer, start, -end, span.rank, index)

    out: list[str] = []
    stack: list = []
    opened: set[int] = set()
    active: list = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = sorted([i for i in active if i[2] > a] + starts.get(a, []), key=key)
        common = 0
        while (common < len(stack) and common < len(active)
               and stack[common][0] == active[common][0]):
            common += 1
        out.extend(f"</{item[3].tag}>" for item in reversed(stack[common:]))
        for item in active[common:]:
            out.append(f"<{item[3].tag}{_attrs(item[3].attrs, item[0] in opened)}>")
            opened.add(item[0])
        stack = active
        chunk = html.escape(text[a:b], quote=True)
        if gap_class and not chunk.strip() and not any(i[3].outer for i in active):
            chunk = f'<span class="{gap_class}">{chunk}</span>'
        out.append(chunk)
    out.extend(f"</{item[3].tag}>" for item in reversed(stack))
    return "".join(out)


# ------------------------------------------------------------------ colours

def color_of(study: Study, speaker: str) -> str:
    """Colour of a person id or speaker, the same on every page of a corpus.

    The compared people keep their study colour (``study.colors``); everyone
    else in the people file, then the interviewer, take :data:`OTHER_COLORS`
    in turn; "unknown" and "" (no one) are grey; any other id gets a colour
    chosen from its name.
    """
    if speaker in study.colors:
        return study.colors[speaker]
    if speaker in ("", "unknown"):
        return UNCLEAR_COLOR
    taken = {c.upper() for c in study.colors.values()}
    palette = [c for c in OTHER_COLORS if c.upper() not in taken] or list(OTHER_COLORS)
    others = [pid for pid in study.people.ids if pid not in study.colors] + ["interviewer"]
    if speaker in others:
        return palette[others.index(speaker) % len(palette)]
    return palette[zlib.crc32(speaker.encode("utf-8")) % len(palette)]


def _rgba(color: str, alpha: float) -> str:
    value = color.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    try:
        r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return "transparent"
    return f"rgba({r}, {g}, {b}, {alpha})"


def _name(study: Study, speaker: str) -> str:
    return _PSEUDO_SPEAKERS.get(speaker) or study.name(speaker)


# ------------------------------------------------------------------- spans

def _paragraph_spans(paragraphs: pd.DataFrame) -> list[Span]:
    spans = []
    for row in paragraphs.itertuples(index=False):
        classes = f"ca-line ca-role-{row.role}"
        if not row.is_article_text:
            classes += " ca-not-text"
        spans.append(Span(int(row.start), int(row.end), "p", {
            "class": classes, "data-role": row.role, "title": f"{row.role}: {row.rule}",
        }, outer=True))
    return spans


def _quote_style(kind: str, color: str) -> str:
    if kind in SPEECH_KINDS:
        return f"background: {_rgba(color, 0.16)}; border: 1.5px solid {color};"
    if kind == "scare":
        return f"border: 1.5px dashed {color};"
    return "font-style: italic; color: #777; background: rgba(0, 0, 0, 0.04);"


def _quote_spans(quotes: pd.DataFrame, study: Study) -> list[Span]:
    spans = []
    for row in quotes.itertuples(index=False):
        speech = row.kind in SPEECH_KINDS
        color = color_of(study, row.speaker) if speech else UNCLEAR_COLOR
        label = _KIND_LABELS.get(row.kind, row.kind)
        hover = f"{label}: {_name(study, row.speaker)}" if speech else label
        if row.cue:
            hover += f" ({row.cue})"
        spans.append(Span(int(row.start), int(row.end), "span", {
            "class": f"ca-q ca-{row.kind}" + (" ca-speech" if speech else ""),
            "data-kind": row.kind, "data-speaker": row.speaker,
            "style": _quote_style(row.kind, color), "title": hover,
        }, rank=0))
    return spans


def _mention_spans(mentions: pd.DataFrame, study: Study) -> list[Span]:
    spans = []
    for row in mentions.itertuples(index=False):
        color = color_of(study, row.entity)
        who = _name(study, row.entity)
        hover = f"{who} · {row.type}" + (f" as {row.character}" if row.character else "")
        hover += f" · {row.rule}"
        line = "dotted" if not row.entity else "solid"
        spans.append(Span(int(row.start), int(row.end), "span", {
            "class": "ca-m" + ("" if row.entity else " ca-unclear"),
            "data-entity": row.entity, "data-type": row.type,
            "style": f"border-bottom: 2px {line} {color};", "title": hover,
        }, rank=1))
    return spans


# ----------------------------------------------------------------- panels

def _heading(text: str) -> str:
    """A panel title: a heading to assistive technology (ARIA).

    Not an ``<h2>``, which would enter a notebook's or a report's table of contents.
    """
    return f'<div class="ca-panel-title" role="heading" aria-level="2">{_esc(text)}</div>'


def _swatch(color: str) -> str:
    return f'<span class="ca-swatch" style="background: {html.escape(color)};"></span>'


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _table(header: list[str] | None, rows: list[list[str]]) -> str:
    head = "<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>" if header else ""
    body = "".join("<tr>" + "".join(row) + "</tr>" for row in rows)
    return f"<table>{head}{body}</table>"


def _counts(study: Study, paragraphs: pd.DataFrame, sentences: pd.DataFrame,
            quotes: pd.DataFrame, mentions: pd.DataFrame) -> str:
    text = paragraphs[paragraphs["is_article_text"].astype(bool)]
    other = paragraphs[~paragraphs["is_article_text"].astype(bool)]
    by_role = other["role"].value_counts(sort=False).sort_index()
    roles = ", ".join(f"{n} {_esc(role)}" for role, n in by_role.items())
    speech_n = int((sentences["voice"] == "speech").sum())
    overview = _table(None, [
        ["<td>paragraphs</td>", f'<td class="n">{len(paragraphs)}</td>',
         f"<td>{len(text)} article text" + (f"; not article text: {roles}" if roles else "")
         + "</td>"],
        ["<td>sentences</td>", f'<td class="n">{len(sentences)}</td>',
         f"<td>{speech_n} mostly quoted speech, {len(sentences) - speech_n} narration</td>"],
        ["<td>quotes</td>", f'<td class="n">{len(quotes)}</td>',
         "<td>" + ", ".join(f"{n} {_esc(_kind_count_label(k, n))}"
                            for k, n in quotes["kind"].value_counts().sort_index().items())
         + "</td>"],
        ["<td>mentions</td>", f'<td class="n">{len(mentions)}</td>',
         f"<td>{mentions.loc[mentions['entity'] != '', 'entity'].nunique()} people; "
         f"{int((mentions['entity'] == '').sum())} not resolved to anyone</td>"],
    ])

    speech = quotes[quotes["kind"].isin(SPEECH_KINDS)]
    speakers = speech.groupby("speaker", sort=False).agg(
        quotes=("quote_id", "size"), words=("n_words", "sum")).reset_index()
    speakers = speakers.sort_values(["quotes", "speaker"], ascending=[False, True])
    speaker_rows = [[f"<td>{_swatch(color_of(study, s))}{_esc(_name(study, s))}</td>",
                     f'<td class="n">{int(q)}</td>', f'<td class="n">{int(w)}</td>']
                    for s, q, w in speakers[["speaker", "quotes", "words"]].itertuples(index=False)]
    speaker_table = (_table(["speaker", "quotes", "words"], speaker_rows) if speaker_rows
                     else "<p>no quoted speech</p>")

    types = [t for t in MENTION_TYPES if t in set(mentions["type"])]
    people = mentions.groupby("entity", sort=False)
    totals = people.size().sort_values(ascending=False, kind="stable")
    order = [e for e in totals.index if e] + ([""] if "" in totals.index else [])
    mention_rows = []
    for entity in order:
        group = people.get_group(entity)
        by_type = group["type"].value_counts()
        mention_rows.append(
            [f"<td>{_swatch(color_of(study, entity))}{_esc(_name(study, entity))}</td>",
             f'<td class="n">{len(group)}</td>']
            + [f'<td class="n">{int(by_type.get(t, 0)) or ""}</td>' for t in types])
    mention_table = (_table(["person", "mentions", *[t.replace("_", " ") for t in types]],
                            mention_rows) if mention_rows else "<p>no mentions</p>")
    return (
        '<div class="ca-panel ca-counts">'
        f"<div>{_heading('Counts')}{overview}</div>"
        f"<div>{_heading('Speech quotes per speaker')}{speaker_table}</div>"
        f"<div>{_heading('Mentions per person')}{mention_table}</div>"
        "</div>"
    )


def _legend(study: Study, quotes: pd.DataFrame, mentions: pd.DataFrame) -> str:
    speech = quotes[quotes["kind"].isin(SPEECH_KINDS)]
    ids = list(dict.fromkeys(list(study.compare) + list(speech["speaker"])
                             + [e for e in mentions["entity"] if e]))
    people = " ".join(f'<span class="ca-legend-item">{_swatch(color_of(study, i))}'
                     f"{_esc(_name(study, i))}</span>" for i in ids)
    grey = UNCLEAR_COLOR
    color = color_of(study, study.compare[0] if study.compare else "unknown")
    samples = [
        (f'<span class="ca-q ca-speech" style="{_quote_style("direct", color)}">speech</span>',
         "quoted speech or a Q&amp;A turn, in its speaker’s colour"),
        (f'<span class="ca-q ca-scare" style="{_quote_style("scare", grey)}">scare</span>',
         "scare quote"),
        (f'<span class="ca-q ca-title" style="{_quote_style("title", grey)}">title</span>',
         "title of a work"),
        (f'<span class="ca-m" style="border-bottom: 2px solid {color};">name</span>',
         "mention (hover for who, how and which rule)"),
        (f'<span class="ca-m ca-unclear" style="border-bottom: 2px dotted {grey};">he</span>',
         "mention of no clear person"),
        ('<span class="ca-not-text" data-role="role"></span>',
         "line that is not article text, labelled with its role"),
    ]
    kinds = " ".join(f'<span class="ca-legend-item">{sample} {text}</span>'
                     for sample, text in samples)
    return (f'<div class="ca-panel ca-legend"><div>{_heading("Legend")}{kinds}'
            f'<div>{people}</div></div></div>')


def _rows(frame: pd.DataFrame, article_id: str) -> pd.DataFrame:
    return frame[frame["article_id"] == article_id]


def annotate(corpus: Corpus, article_id: str) -> Annotation:
    """The annotated text of one article as an HTML fragment.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables (its study gives names and colours).
    article_id : str
        Which article ("a01").

    Returns
    -------
    Annotation
        A ``str`` of HTML (with its own ``<style>``, every class prefixed
        ``ca-``) that displays itself in a notebook. The text of the element
        ``div.ca-text`` is exactly ``corpus.raw[article_id]``.

    Raises
    ------
    KeyError
        If the corpus has no such article.
    """
    article_id = str(article_id)
    if article_id not in corpus.raw:
        raise KeyError(f"no article {article_id!r} in the corpus "
                       f"(articles: {', '.join(map(str, corpus.raw)) or 'none'})")
    study = corpus.study
    raw = corpus.raw[article_id]
    paragraphs = _rows(corpus.paragraphs, article_id)
    quotes, mentions = _rows(corpus.quotes, article_id), _rows(corpus.mentions, article_id)
    sentences = _rows(corpus.sentences, article_id)
    meta = corpus.articles[corpus.articles["article_id"] == article_id].iloc[0]
    title = meta["title"] or f"article {article_id}"
    details = [_esc(meta[k]) for k in ("outlet", "author", "date", "genre") if meta[k]]
    details.append(f"article {_esc(article_id)}, file {_esc(meta['file'])}")
    spans = (_paragraph_spans(paragraphs) + _quote_spans(quotes, study)
             + _mention_spans(mentions, study))
    return Annotation(
        f'<div class="ca-annotate" data-article="{_esc(article_id)}"><style>{_CSS}</style>'
        f'<div class="ca-article-title" role="heading" aria-level="1">{_esc(title)}</div>'
        f'<p class="ca-meta">{" · ".join(details)}</p>'
        + _counts(study, paragraphs, sentences, quotes, mentions)
        + _legend(study, quotes, mentions)
        + f'<div class="ca-text">{render_spans(raw, spans)}</div></div>'
    )


def annotate_page(corpus: Corpus, article_id: str, links: Mapping[str, str] | None = None) -> str:
    """A whole HTML document holding :func:`annotate` for one article.

    ``links`` maps link text to a relative address ("report" → "../index.html"),
    shown as a navigation line above the article.
    """
    nav = " · ".join(f'<a href="{_esc(href)}">{_esc(text)}</a>'
                     for text, href in (links or {}).items())
    meta = corpus.articles[corpus.articles["article_id"] == str(article_id)]
    title = meta["title"].iloc[0] if len(meta) and meta["title"].iloc[0] else str(article_id)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(article_id)} · {_esc(title)} · {_esc(corpus.study.title)}</title>\n"
        "<style>body { margin: 1.5em auto; padding: 0 1.5em; max-width: 56em; background: #fff; }"
        " nav { font: .9em system-ui, 'DejaVu Sans', sans-serif; margin-bottom: 1em; }"
        " nav a { color: #0b62a4; }</style>\n</head>\n<body>\n"
        + (f"<nav>{nav}</nav>\n" if nav else "")
        + annotate(corpus, article_id) + "\n</body>\n</html>\n"
    )
