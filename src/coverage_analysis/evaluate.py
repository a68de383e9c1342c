"""Score the corpus tables against hand-set gold annotations.

A gold file (TOML, documented at the top of ``tests/corpora/outlets/gold.toml``)
says, for each article, the genre a careful reader would call it, whether the
page is cut off, its headline, the role of every line that is not article
text, and every quotation that matters: speech (with its speaker), scare
quotes and titles. :func:`load_gold` reads it into three tables;
:func:`evaluate` and :func:`evaluate_by_article` compare them with a
:class:`~coverage_analysis.corpus.Corpus`.

Gold text is placed by finding it in the article's raw text
(``corpus.raw[article_id]``), so gold and tables meet on character offsets.
Only the documented table columns are read, so any parser that fills them can
be scored.

Matching rules
--------------
- A gold speech quotation is *found* when one predicted quote of a speech kind
  (:data:`PREDICTED_SPEECH_KINDS`) covers at least :data:`COVER` (80%) of its
  characters. Its speaker is judged against the predicted quote that matches
  it best (highest overlap over union, then the shortest), so a quotation
  nested in a longer one is judged against the inner quote when there is one.
- A predicted speech quote is a *false positive* when no gold speech quotation
  overlaps it by at least 80% of the predicted span. A Q&A turn's speaker
  label ("Q:", "**Moss:**", "**Moss**:", "[00:01:02] MOSS:", "Ada Moss — ",
  a question's opening dash)
  is cut from a predicted turn before this test,
  since gold turns exclude it; recall uses the full predicted span.
- A gold scare quote or title is *taken as speech* when a predicted speech
  quote and the gold span cover at least 80% of each other (a title inside a
  quoted sentence, or a scare quote inside a Q&A answer, is not counted just
  because the longer quotation holds it).
- Lines are matched to the predicted paragraph that contains their first
  character. Lines the gold does not list are article text.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .corpus import Corpus
from .schema import ARTICLE_TEXT_ROLES, FURNITURE_ROLES, ROLES, SPEECH_KINDS

__all__ = [
    "ARTICLE_TEXT_ROLES",
    "COVER",
    "GENRES",
    "GOLD_KINDS",
    "GOLD_ROLES",
    "GoldError",
    "METRICS",
    "NON_TEXT_ROLES",
    "PREDICTED_SPEECH_KINDS",
    "compare",
    "evaluate",
    "evaluate_by_article",
    "iou",
    "label_end",
    "load_gold",
    "locate_gold",
    "match_lines",
    "match_quotes",
    "overlap",
    "predicted_speech_hits",
    "text_lines",
]

#: Gold roles: the library's own (article text, then page furniture).
GOLD_ROLES = ROLES
#: Gold roles of lines that are not article text.
NON_TEXT_ROLES = FURNITURE_ROLES
#: Gold kinds of quotation.
GOLD_KINDS = ("speech", "scare", "title")
#: Gold genres.
GENRES = ("review", "news report", "profile", "interview")
#: Predicted quote kinds that are someone's speech.
PREDICTED_SPEECH_KINDS = SPEECH_KINDS
#: Share of characters one span must cover of another to count as a match.
COVER = 0.8

#: Metrics in the order they are reported, with what each counts.
METRICS = {
    "speech_quote_precision": "predicted speech quotes that match a gold speech quotation",
    "speech_quote_recall": "gold speech quotations covered >= 80% by a predicted speech quote",
    "speech_quote_f1": "harmonic mean of speech_quote_precision and speech_quote_recall",
    "speaker_accuracy": "found gold speech quotations whose best match has the gold speaker",
    "nonspeech_as_speech": "gold scare quotes and titles matched by a predicted speech quote",
    "genre_accuracy": "articles whose genre call is the gold genre",
    "furniture_as_text": "gold non-article lines predicted as article text",
    "text_as_furniture": "article-text lines (listed or not) predicted as not article text",
    "role_accuracy": "gold lines whose predicted paragraph role is the gold role",
    "title_accuracy": "articles whose predicted title is the gold headline",
    "truncated_accuracy": "articles whose predicted 'truncated' flag is the gold one",
    "foreign_mentions": "mentions resolved to a registered person in foreign articles (a count)",
}

_ARTICLE_COLUMNS = ("article_id", "genre", "truncated", "title", "foreign")
_LINE_COLUMNS = ("article_id", "line_no", "text", "role", "article_text", "occurrence")
_QUOTE_COLUMNS = (
    "article_id",
    "quote_no",
    "text",
    "kind",
    "speaker",
    "registered",
    "occurrence",
)
_SPEAKER_ID = re.compile(r"[a-z][a-z0-9_]*")
_OPEN_MARKS = "“‘\"'«„‚"
_CLOSE_MARKS = "”’\"'»“‘"
#: A Q&A speaker label at the start of a line: "Q:", "A.", "**Moss:**", "THEO MOSS:"
#: (one to four words before a colon, or "Q." / "A."), a transcript's time allowed
#: before it ("[00:01:02] ADA MOSS:"); or a dash that opens a question ("— Why?").
#: A part may follow the name: "JO BELL, HOST:", "Jo Bell (host):".
#: The gold's convention, kept apart from the rules it measures.
_LABEL = re.compile(
    r"(?:[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?\s*(?:[-–—|]\s*)?)?"
    r"(?:(?:\*\*|__)?(?:[.\w’'&\[\]-]+(?: [.\w’'&\[\]-]+){0,3}"
    r"(?:,(?: [\w’'-]+){1,3}| \([^()]{1,30}\))?(?:\*\*|__)?:|[QA]\.)(?:\*\*|__)?\s+"
    # a label in small capitals ending in a spaced dash: "Ada Moss — "
    r"|(?-i:[A-Z.][\w.’'&-]*(?: [A-Z.][\w.’'&-]*){0,3}) [—–] "
    r"|(?:—|–|--)\s*)"
)


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file, article and entry."""


# ------------------------------------------------------------------ loading


def _where(path: Path, article: str | None = None, entry: str | None = None) -> str:
    parts = [str(path)]
    if article is not None:
        parts.append(f"article {article!r}")
    if entry is not None:
        parts.append(entry)
    return ": ".join(parts)


def _require(
    table: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str
) -> Any:
    if key not in table:
        raise GoldError(f"{where}: missing key {key!r}")
    value = table[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise GoldError(f"{where}: {key!r} must be {names}, not {value!r}")
    return value


def _occurrence(table: Mapping[str, Any], where: str) -> int:
    value = table.get("occurrence", 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise GoldError(f"{where}: 'occurrence' must be a positive integer, not {value!r}")
    return value


def _people_ids(folder: Path) -> set[str] | None:
    path = folder / "people.toml"
    if not path.exists():
        return None
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return {str(p.get("id", "")) for p in data.get("person", [])}


def _read_line(entry: Mapping[str, Any], where: str) -> dict[str, Any]:
    text = _require(entry, "text", str, where).strip()
    role = _require(entry, "role", str, where)
    if not text:
        raise GoldError(f"{where}: empty 'text'")
    if role not in GOLD_ROLES:
        raise GoldError(f"{where}: role {role!r} is not one of {', '.join(GOLD_ROLES)}")
    article_text = _require(entry, "article_text", bool, where)
    if article_text != (role in ARTICLE_TEXT_ROLES):
        raise GoldError(
            f"{where}: article_text = {str(article_text).lower()} contradicts role {role!r}"
        )
    return {"text": text, "role": role, "article_text": article_text,
            "occurrence": _occurrence(entry, where)}


def _read_quote(entry: Mapping[str, Any], where: str, people: set[str] | None) -> dict[str, Any]:
    text = _require(entry, "text", str, where).strip()
    kind = _require(entry, "kind", str, where)
    speaker = _require(entry, "speaker", str, where)
    registered = _require(entry, "registered", bool, where)
    if not text:
        raise GoldError(f"{where}: empty 'text'")
    if kind not in GOLD_KINDS:
        raise GoldError(f"{where}: kind {kind!r} is not one of {', '.join(GOLD_KINDS)}")
    if kind == "speech" and not _SPEAKER_ID.fullmatch(speaker):
        raise GoldError(f"{where}: speech needs a snake_case speaker id, not {speaker!r}")
    if kind != "speech" and (speaker or registered):
        raise GoldError(f"{where}: a {kind} quote has speaker \"\" and registered = false")
    if people is not None and kind == "speech" and registered != (speaker in people):
        state = "is" if speaker in people else "is not"
        raise GoldError(f"{where}: speaker {speaker!r} {state} in people.toml, "
                        f"but registered = {str(registered).lower()}")
    return {"text": text, "kind": kind, "speaker": speaker, "registered": registered,
            "occurrence": _occurrence(entry, where)}


def load_gold(path: Path | str) -> dict[str, pd.DataFrame]:
    """Read a gold file into three tables.

    Parameters
    ----------
    path : path-like
        The gold TOML file. If a ``people.toml`` sits beside it, each speech
        quotation's ``registered`` flag is checked against it.

    Returns
    -------
    dict of str to DataFrame
        - ``articles``: ``article_id`` (str), ``genre`` (str), ``truncated``
          (bool), ``title`` (str), ``foreign`` (bool).
        - ``lines``: ``article_id``, ``line_no`` (int, 0-based order in the
          article's gold), ``text`` (str), ``role`` (str), ``article_text``
          (bool), ``occurrence`` (int, 0 when not given).
        - ``quotes``: ``article_id``, ``quote_no`` (int, 0-based), ``text``,
          ``kind`` (speech, scare, title), ``speaker`` (str), ``registered``
          (bool), ``occurrence`` (int, 0 when not given).

        Each frame's ``attrs["source"]`` is the file's path.

    Raises
    ------
    GoldError
        If the file is missing or not TOML, or an entry lacks a key, has a
        value of the wrong type or outside the vocabulary, or contradicts
        itself; the message names the file, the article and the entry.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise GoldError(f"{path}: gold file not found") from None
    except tomllib.TOMLDecodeError as err:
        raise GoldError(f"{path}: not valid TOML ({err})") from None
    people = _people_ids(path.parent)
    entries = data.get("article")
    if not isinstance(entries, list) or not entries:
        raise GoldError(f"{path}: no [[article]] tables")
    articles, lines, quotes = [], [], []
    for number, entry in enumerate(entries, start=1):
        aid = _require(entry, "article_id", str, _where(path, entry=f"[[article]] #{number}"))
        where = _where(path, aid)
        if any(a["article_id"] == aid for a in articles):
            raise GoldError(f"{where}: listed twice")
        genre = _require(entry, "genre", str, where)
        if genre not in GENRES:
            raise GoldError(f"{where}: genre {genre!r} is not one of {', '.join(GENRES)}")
        articles.append({
            "article_id": aid,
            "genre": genre,
            "truncated": _require(entry, "truncated", bool, where),
            "title": _require(entry, "title", str, where).strip(),
            "foreign": entry.get("foreign", False),
        })
        if not isinstance(articles[-1]["foreign"], bool):
            raise GoldError(f"{where}: 'foreign' must be bool")
        for i, line in enumerate(entry.get("line", [])):
            row = _read_line(line, _where(path, aid, f"line #{i + 1}"))
            lines.append({"article_id": aid, "line_no": i, **row})
        for i, quote in enumerate(entry.get("quote", [])):
            row = _read_quote(quote, _where(path, aid, f"quote #{i + 1}"), people)
            quotes.append({"article_id": aid, "quote_no": i, **row})
    frames = {
        "articles": pd.DataFrame(articles, columns=list(_ARTICLE_COLUMNS)),
        "lines": pd.DataFrame(lines, columns=list(_LINE_COLUMNS)),
        "quotes": pd.DataFrame(quotes, columns=list(_QUOTE_COLUMNS)),
    }
    for frame in frames.values():
        frame.attrs["source"] = str(path)
    return frames


# ------------------------------------------------------------ span helpers


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters two half-open spans ``[start, end)`` share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def iou(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """Overlap of two spans over their union (0 for two empty spans)."""
    shared = overlap(a_start, a_end, b_start, b_end)
    union = (a_end - a_start) + (b_end - b_start) - shared
    return shared / union if union > 0 else 0.0


def text_lines(raw: str) -> list[tuple[int, int, str]]:
    """Every non-blank line of ``raw`` as ``(start, end, text)``, white space trimmed."""
    out = []
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", raw):
        line = match.group().rstrip("\r\n")
        stripped = line.strip()
        if stripped:
            start = match.start() + len(line) - len(line.lstrip())
            out.append((start, start + len(stripped), stripped))
    return out


def label_end(text: str) -> int:
    """Characters a Q&A speaker label takes at the start of ``text`` (0 if none).

    >>> label_end("**Moss:** Wow.")
    10
    >>> label_end("JO BELL, HOST: Wow.")
    15
    >>> label_end("**Moss**: Wow.")
    10
    >>> label_end("Ada Moss — Wow.")
    11
    >>> label_end("Wow.")
    0
    """
    match = _LABEL.match(text)
    return match.end() if match and match.end() < len(text) else 0


def _delimited(raw: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """The span sits between quotation marks, or fills its line after a Q&A label."""
    before = raw[line_start:start].rstrip()
    after = raw[end:line_end].lstrip()
    opened = (bool(before) and before[-1] in _OPEN_MARKS) or not before or (
        label_end(raw[line_start:line_end]) == start - line_start
    )
    closed = not after or after[0] in _CLOSE_MARKS
    return opened and closed


def _line_of(lines: list[tuple[int, int, str]], position: int) -> tuple[int, int, str]:
    for line in lines:
        if line[0] <= position < line[1] or position == line[1]:
            return line
    return (position, position, "")


def _assign(candidates: list[int], found: list[int], rows: list[dict[str, Any]],
            where: str, what: str) -> list[int]:
    """Give each of ``rows`` (same text) a start: its ``occurrence`` or the next candidate."""
    explicit = [r for r in rows if r["occurrence"]]
    for row in explicit:
        if row["occurrence"] > len(found):
            raise GoldError(f"{where}: {what} {row['text']!r}: occurrence {row['occurrence']} "
                            f"but the text occurs {len(found)} times")
    implicit = [r for r in rows if not r["occurrence"]]
    taken = {found[r["occurrence"] - 1] for r in explicit}
    free = [c for c in candidates if c not in taken]
    if len(implicit) > len(free):
        raise GoldError(f"{where}: {what} {rows[0]['text']!r} is listed {len(rows)} times "
                        f"but occurs {len(free) + len(explicit)} times")
    if implicit and len(implicit) < len(free):
        raise GoldError(f"{where}: {what} {rows[0]['text']!r} occurs {len(free)} times; "
                        "list each occurrence or give 'occurrence'")
    starts = {}
    for row in explicit:
        starts[id(row)] = found[row["occurrence"] - 1]
    for row, start in zip(implicit, free, strict=False):
        starts[id(row)] = start
    return [starts[id(r)] for r in rows]


def _find_all(raw: str, text: str) -> list[int]:
    out, i = [], raw.find(text)
    while i >= 0:
        out.append(i)
        i = raw.find(text, i + 1)
    return out


def locate_gold(
    gold: Mapping[str, pd.DataFrame], raw: Mapping[str, str]
) -> dict[str, pd.DataFrame]:
    """Place every gold line and quotation in the raw text of its article.

    Parameters
    ----------
    gold : dict of str to DataFrame
        Output of :func:`load_gold`.
    raw : mapping of article id to str
        The decoded text of each article (``Corpus.raw``).

    Returns
    -------
    dict of str to DataFrame
        ``lines`` and ``quotes`` of the gold with ``start`` and ``end``
        offsets added (``raw[start:end] == text``).

    Raises
    ------
    GoldError
        If a gold article is not in ``raw``, or a text is not found in its
        article, or occurs more often than the gold accounts for.
    """
    source = Path(gold["articles"].attrs.get("source", "gold"))
    out = {}
    for name, what in (("lines", "line"), ("quotes", "quotation")):
        frame = gold[name].copy()
        starts = np.zeros(len(frame), dtype="int64")
        for aid, group in frame.groupby("article_id", sort=False):
            where = _where(source, str(aid))
            if aid not in raw:
                raise GoldError(f"{where}: not in the corpus")
            text_of = raw[aid]
            lines = text_lines(text_of)
            non_text = set(gold["lines"].loc[
                (gold["lines"]["article_id"] == aid) & ~gold["lines"]["article_text"], "text"])
            records = group.to_dict("records")
            for i, row in enumerate(records):
                row["_pos"] = group.index[i]
            for text, rows in _group_by_text(records):
                if name == "lines":
                    found = [s for s, _, t in lines if t == text]
                    candidates = found
                else:
                    found = _find_all(text_of, text)
                    in_text = [s for s in found if _line_of(lines, s)[2] not in non_text]
                    candidates = in_text or found
                    marked = [s for s in candidates if _delimited(
                        text_of, s, s + len(text), *_line_of(lines, s)[:2])]
                    candidates = marked or candidates
                if not found:
                    hint = " (it is part of a line: give the whole line)" if (
                        name == "lines" and text in text_of) else ""
                    raise GoldError(f"{where}: {what} {text!r} not found in the article{hint}")
                for row, start in zip(rows, _assign(candidates, found, rows, where, what),
                                      strict=True):
                    starts[frame.index.get_loc(row["_pos"])] = start
        frame["start"] = starts
        frame["end"] = frame["start"] + frame["text"].str.len()
        out[name] = frame
    return out


def _group_by_text(records: list[dict[str, Any]]) -> Iterable[tuple[str, list[dict[str, Any]]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in records:
        groups.setdefault(row["text"], []).append(row)
    return groups.items()


# ----------------------------------------------------------------- matching


def _effective(start: int, end: int, kind: str, text: str) -> tuple[int, int]:
    """A predicted quote's span, with a turn's speaker label and bold or italic marks cut off."""
    if kind == "turn":
        start += label_end(text)
        bare = text[label_end(text):]
        lead = len(bare) - len(bare.lstrip("*_"))
        trail = len(bare) - len(bare.rstrip("*_ "))
        return start + lead, end - trail
    return start, end


def match_quotes(gold_quotes: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """Match each located gold quotation with the predicted quotes of its article.

    Parameters
    ----------
    gold_quotes : DataFrame
        Gold quotations with ``start`` and ``end`` (from :func:`locate_gold`).
    predicted : DataFrame
        Predicted quotes (``Corpus.quotes``): ``article_id``, ``start``,
        ``end``, ``kind``, ``speaker``, ``text``.

    Returns
    -------
    DataFrame
        ``gold_quotes`` with, added:

        - ``found`` (bool): for speech, a predicted speech quote covers >= 80%
          of it; for scare quotes and titles, a predicted speech quote and it
          cover >= 80% of each other (it is *taken as speech*).
        - ``pred_kind``, ``pred_speaker``, ``pred_text`` (str): the best
          matching predicted quote of any kind covering >= 80% of it (for
          speech, the best speech quote), "" if none.
        - ``speaker_ok`` (bool): found speech whose best match has the gold speaker.
    """
    rows = []
    by_article = {aid: g for aid, g in predicted.groupby("article_id", sort=False)}
    empty = predicted.iloc[0:0]
    for g in gold_quotes.itertuples(index=False):
        pred = by_article.get(g.article_id, empty)
        length = max(1, g.end - g.start)
        best, best_key, found = None, None, False
        for p in pred.itertuples(index=False):
            is_speech = p.kind in PREDICTED_SPEECH_KINDS
            if g.kind == "speech" and not is_speech:
                continue
            shared = overlap(g.start, g.end, p.start, p.end)
            if shared < COVER * length:
                continue
            key = (iou(g.start, g.end, p.start, p.end), -(p.end - p.start))
            if best_key is None or key > best_key:
                best, best_key = p, key
            if g.kind == "speech":
                found = True
            elif is_speech:
                s, e = _effective(p.start, p.end, p.kind, p.text)
                if overlap(g.start, g.end, s, e) >= COVER * max(1, e - s):
                    found = True
        rows.append({
            "found": found,
            "pred_kind": best.kind if best is not None else "",
            "pred_speaker": best.speaker if best is not None else "",
            "pred_text": best.text if best is not None else "",
            "speaker_ok": bool(found and g.kind == "speech" and best is not None
                               and best.speaker == g.speaker),
        })
    extra = pd.DataFrame(rows, columns=["found", "pred_kind", "pred_speaker", "pred_text",
                                        "speaker_ok"], index=gold_quotes.index)
    return pd.concat([gold_quotes, extra.astype({"found": bool, "speaker_ok": bool})], axis=1)


def predicted_speech_hits(predicted: pd.DataFrame, gold_quotes: pd.DataFrame) -> pd.DataFrame:
    """Mark each predicted speech quote as matching a gold speech quotation or not.

    Parameters
    ----------
    predicted : DataFrame
        Predicted quotes (``Corpus.quotes``) of the articles that have gold.
    gold_quotes : DataFrame
        Located gold quotations.

    Returns
    -------
    DataFrame
        The predicted quotes of a speech kind, with ``true_positive`` (bool):
        some gold speech quotation overlaps at least 80% of the predicted span
        (a turn's speaker label cut off first).
    """
    speech = predicted[predicted["kind"].isin(PREDICTED_SPEECH_KINDS)].copy()
    gold = gold_quotes[gold_quotes["kind"] == "speech"]
    spans = {aid: list(zip(g["start"], g["end"], strict=True))
             for aid, g in gold.groupby("article_id", sort=False)}
    hits = []
    for p in speech.itertuples(index=False):
        s, e = _effective(p.start, p.end, p.kind, p.text)
        need = COVER * max(1, e - s)
        hits.append(any(overlap(s, e, gs, ge) >= need for gs, ge in spans.get(p.article_id, [])))
    speech["true_positive"] = pd.Series(hits, index=speech.index, dtype=bool)
    return speech


def match_lines(raw: Mapping[str, str], gold_lines: pd.DataFrame,
                paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Every non-blank line of each gold article, with its gold and predicted role.

    Parameters
    ----------
    raw : mapping of article id to str
        Text of each article.
    gold_lines : DataFrame
        Located gold lines (from :func:`locate_gold`); the articles scored are
        the keys of ``raw``.
    paragraphs : DataFrame
        Predicted paragraphs (``Corpus.paragraphs``): ``article_id``,
        ``start``, ``end``, ``role``, ``is_article_text``.

    Returns
    -------
    DataFrame
        ``article_id``, ``start``, ``end``, ``text``; ``listed`` (bool: the
        gold lists the line), ``role`` (gold role, "" if not listed),
        ``article_text`` (gold: listed role, or True if not listed);
        ``pred_role`` ("" if no predicted paragraph holds the line start)
        and ``pred_article_text`` (bool).
    """
    rows = []
    for aid, text in raw.items():
        listed = {int(r.start): r for r in gold_lines[gold_lines["article_id"] == aid]
                  .itertuples(index=False)}
        pars = paragraphs[paragraphs["article_id"] == aid].sort_values("start")
        starts, ends = pars["start"].to_numpy(), pars["end"].to_numpy()
        for start, end, line in text_lines(text):
            i = int(np.searchsorted(starts, start, side="right")) - 1
            hit = i >= 0 and starts[i] <= start < max(ends[i], starts[i] + 1)
            gold = listed.get(start)
            rows.append({
                "article_id": aid, "start": start, "end": end, "text": line,
                "listed": gold is not None,
                "role": gold.role if gold is not None else "",
                "article_text": bool(gold.article_text) if gold is not None else True,
                "pred_role": str(pars["role"].iloc[i]) if hit else "",
                "pred_article_text": bool(pars["is_article_text"].iloc[i]) if hit else False,
            })
    return pd.DataFrame(rows, columns=["article_id", "start", "end", "text", "listed", "role",
                                       "article_text", "pred_role", "pred_article_text"])


# ----------------------------------------------------------------- scoring


def _genre_calls(corpus: Corpus) -> pd.DataFrame:
    import coverage_analysis

    compute = getattr(coverage_analysis, "compute_measures", None)
    if compute is None:
        from .figures import compute_measures as compute
    return compute(corpus)["genre_calls"]


def compare(corpus: Corpus, gold: Mapping[str, pd.DataFrame],
            genre_calls: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Line up gold and predictions item by item; the metrics are counts of these rows.

    Parameters
    ----------
    corpus : Corpus
        The tables to score.
    gold : dict of str to DataFrame
        Output of :func:`load_gold`.
    genre_calls : DataFrame, optional
        ``article_id`` and ``call`` for each article; by default the
        ``genre_calls`` table of the library's measures.

    Returns
    -------
    dict of str to DataFrame
        - ``quotes``: :func:`match_quotes` of the gold quotations.
        - ``predicted``: :func:`predicted_speech_hits` of the predicted speech quotes.
        - ``lines``: :func:`match_lines`.
        - ``articles``: the gold articles with ``pred_genre``, ``pred_title``,
          ``pred_truncated`` (bool, False if the table has no such column),
          ``has_truncated`` (bool) and ``foreign_mentions`` (int).
    """
    ids = gold["articles"]["article_id"].tolist()
    source = gold["articles"].attrs.get("source", "gold")
    missing = [a for a in ids if a not in corpus.raw]
    if missing:
        raise GoldError(f"{source}: articles {missing} are not in the corpus")
    raw = {a: corpus.raw[a] for a in ids}
    located = locate_gold(gold, raw)
    quotes = corpus.quotes[corpus.quotes["article_id"].isin(ids)]
    calls = _genre_calls(corpus) if genre_calls is None else genre_calls
    call_of = dict(zip(calls["article_id"].astype(str), calls["call"], strict=True))
    meta = corpus.articles.set_index(corpus.articles["article_id"].astype(str))
    has_truncated = "truncated" in meta.columns
    articles = gold["articles"].copy()
    articles["pred_genre"] = articles["article_id"].map(call_of).fillna("")
    articles["pred_title"] = [str(meta["title"].get(a, "")) for a in ids]
    articles["pred_truncated"] = [bool(meta["truncated"].get(a, False)) if has_truncated
                                  else False for a in ids]
    articles["has_truncated"] = has_truncated
    mentions = corpus.mentions
    named = mentions[(mentions["entity"].fillna("") != "")]
    counts = named.groupby("article_id").size()
    articles["foreign_mentions"] = [int(counts.get(a, 0)) if f else 0
                                    for a, f in zip(ids, articles["foreign"], strict=True)]
    return {
        "quotes": match_quotes(located["quotes"], quotes),
        "predicted": predicted_speech_hits(quotes, located["quotes"]),
        "lines": match_lines(raw, located["lines"], corpus.paragraphs),
        "articles": articles,
    }


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else math.nan


def _scores(parts: Mapping[str, pd.DataFrame]) -> list[dict[str, Any]]:
    """The metric rows for one set of compared items (one article or all)."""
    q, pred, lines, arts = parts["quotes"], parts["predicted"], parts["lines"], parts["articles"]
    speech = q[q["kind"] == "speech"]
    nonspeech = q[q["kind"] != "speech"]
    found = speech[speech["found"]]
    tp, n_pred = int(pred["true_positive"].sum()), len(pred)
    precision = _ratio(tp, n_pred)
    recall = _ratio(len(found), len(speech))
    f1 = (2 * precision * recall / (precision + recall)
          if precision + recall > 0 else (0.0 if precision == 0 == recall else math.nan))
    furniture = lines[lines["listed"] & ~lines["article_text"]]
    text = lines[lines["article_text"]]
    listed = lines[lines["listed"]]
    unpredicted = int((listed["pred_role"] == "").sum())
    foreign = arts[arts["foreign"]]
    no_flag = "" if arts["has_truncated"].all() else (
        "the articles table has no 'truncated' column: every article counted wrong")
    rows = [
        ("speech_quote_precision", tp, n_pred, precision, ""),
        ("speech_quote_recall", len(found), len(speech), recall, ""),
        ("speech_quote_f1", None, None, f1, "harmonic mean of precision and recall"),
        ("speaker_accuracy", int(found["speaker_ok"].sum()), len(found),
         _ratio(found["speaker_ok"].sum(), len(found)), ""),
        ("nonspeech_as_speech", int(nonspeech["found"].sum()), len(nonspeech),
         _ratio(nonspeech["found"].sum(), len(nonspeech)), ""),
        ("genre_accuracy", int((arts["pred_genre"] == arts["genre"]).sum()), len(arts),
         _ratio((arts["pred_genre"] == arts["genre"]).sum(), len(arts)), ""),
        ("furniture_as_text", int(furniture["pred_article_text"].sum()), len(furniture),
         _ratio(furniture["pred_article_text"].sum(), len(furniture)), ""),
        ("text_as_furniture", int((~text["pred_article_text"]).sum()), len(text),
         _ratio((~text["pred_article_text"]).sum(), len(text)), ""),
        ("role_accuracy", int((listed["pred_role"] == listed["role"]).sum()), len(listed),
         _ratio((listed["pred_role"] == listed["role"]).sum(), len(listed)),
         f"{unpredicted} gold lines have no predicted paragraph" if unpredicted else ""),
        ("title_accuracy", int(_same_title(arts).sum()), len(arts),
         _ratio(_same_title(arts).sum(), len(arts)), ""),
        ("truncated_accuracy",
         int((arts["has_truncated"] & (arts["pred_truncated"] == arts["truncated"])).sum()),
         len(arts),
         _ratio((arts["has_truncated"] & (arts["pred_truncated"] == arts["truncated"])).sum(),
                len(arts)), no_flag),
        ("foreign_mentions", int(foreign["foreign_mentions"].sum()), len(foreign),
         float(foreign["foreign_mentions"].sum()) if len(foreign) else math.nan,
         "a count (value = numerator); denominator = foreign articles"),
    ]
    return [{"metric": m, "value": float(v), "numerator": n, "denominator": d,
             "note": note or METRICS[m]} for m, n, d, v, note in rows]


def _same_title(arts: pd.DataFrame) -> pd.Series:
    def norm(s: pd.Series) -> pd.Series:
        return s.fillna("").astype(str).str.split().str.join(" ")

    return norm(arts["pred_title"]) == norm(arts["title"])


def _frame(rows: list[dict[str, Any]], by_article: bool) -> pd.DataFrame:
    columns = ["metric", "value", "numerator", "denominator", "note"]
    if by_article:
        columns = ["article_id", *columns]
    out = pd.DataFrame(rows, columns=columns)
    return out.astype({"value": float, "numerator": "Int64", "denominator": "Int64"})


def evaluate(corpus: Corpus, gold: Mapping[str, pd.DataFrame],
             genre_calls: pd.DataFrame | None = None) -> pd.DataFrame:
    """Score a corpus against gold annotations, over all gold articles.

    Parameters
    ----------
    corpus : Corpus
        The tables to score (every gold article must be in it).
    gold : dict of str to DataFrame
        Output of :func:`load_gold`.
    genre_calls : DataFrame, optional
        ``article_id`` and ``call``; by default computed with the library's
        measures (``compute_measures(corpus)["genre_calls"]``).

    Returns
    -------
    DataFrame
        One row per metric of :data:`METRICS`, in that order: ``metric``,
        ``value`` (float, NaN when the denominator is 0), ``numerator`` and
        ``denominator`` (nullable int; NA for the F1), ``note`` (what is
        counted, or why a value cannot be trusted).
    """
    return _frame(_scores(compare(corpus, gold, genre_calls)), by_article=False)


def evaluate_by_article(corpus: Corpus, gold: Mapping[str, pd.DataFrame],
                        genre_calls: pd.DataFrame | None = None) -> pd.DataFrame:
    """Score a corpus against gold annotations, one block of metrics per article.

    Parameters
    ----------
    corpus, gold, genre_calls
        As for :func:`evaluate`.

    Returns
    -------
    DataFrame
        ``article_id`` followed by the columns of :func:`evaluate`, one row
        per gold article and metric.
    """
    parts = compare(corpus, gold, genre_calls)
    rows = []
    for aid in gold["articles"]["article_id"]:
        one = {name: frame[frame["article_id"] == aid] for name, frame in parts.items()}
        rows.extend({"article_id": aid, **row} for row in _scores(one))
    return _frame(rows, by_article=True)
