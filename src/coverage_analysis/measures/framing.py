"""Framing: the genre a piece is written in, and the themes it frames the film with.

Both measures are driven by data files, so the method can be read, and
changed, without reading the code:

- **Genre** (``data/genres.toml``). Interpretable features are computed from
  the corpus tables (share of words in Q&A turns, share in quoted speech,
  evaluative words and talk about the film's making, character names,
  "I"/"you"/"he, she" in the writer's own voice, a life told as a story,
  scene-setting, spoiler warnings, speech attribution in the past or present
  tense, news vocabulary, sources and figures, short paragraphs...). Each
  feature is bounded to 0..1 by a fixed saturation value (and, for a cue
  that every genre shows a little of, a floor below which it counts as
  absent), and each genre's score is a weighted sum of the bounded features
  divided by the genre's total positive weight. The call is the top-scoring
  genre. No feature looks at the article id or the metadata genre, and
  nothing is standardised over the corpus, so an article is scored the same
  alone as among others; the metadata genre is only what the call is
  compared against.
- **Thematic frames** (``data/frames.toml``). The share of an article's
  sentences that contain a term of each frame (family and fatherhood, K-pop,
  music career and fame, filmmaking craft, heritage and identity).

Every figure comes with the rows behind it: :func:`genre_hits` and
:func:`frame_hits` list each match with its offsets, so ``raw[start:end]`` is
the matched text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..corpus import Corpus
from ..people import parse_toml
from ..schema import QA_ROLES, SPEECH_KINDS
from ..text import count_words
from .lexicon import TermMatcher, compile_terms, matcher

__all__ = [
    "FEATURE_KINDS",
    "Feature",
    "GenreAnalysis",
    "GenreModel",
    "classify_genres",
    "compile_terms",
    "frame_hits",
    "frame_shares",
    "genre_calls",
    "genre_contributions",
    "genre_evidence",
    "genre_features",
    "genre_hits",
    "genre_scores",
    "load_frames",
    "load_genre_model",
    "narration",
]

#: How a feature can be computed (see ``data/genres.toml``).
FEATURE_KINDS = ("lexicon", "qa_share", "quoted_share", "mention_rate", "role_share",
                 "role_presence")

_HIT_COLUMNS = ["article_id", "feature", "sentence_id", "paragraph_id", "start", "end",
                "term", "surface", "n_words"]
_HIT_INTS = ("sentence_id", "paragraph_id", "start", "end", "n_words")


# ------------------------------------------------------------------ lexicons

def _lexicon_matcher(lexicons: Sequence[Sequence[str]]) -> TermMatcher:
    """Every term of these lexicons found in one pass (compiled once, cached by the terms)."""
    return matcher(lexicons)


def _read_toml(path: Path | str | None, default: str) -> dict[str, Any]:
    """The parsed file (read each time, parsed once per distinct content; do not modify)."""
    if path is None:
        text = resources.files("coverage_analysis").joinpath(f"data/{default}").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return parse_toml(text)


# ----------------------------------------------------------------- narration

class _Columns:
    """A table's columns as Python lists, each converted once, on first use."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self._lists: dict[str, list] = {}

    def __getitem__(self, name: str) -> list:
        if name not in self._lists:
            self._lists[name] = self.frame[name].tolist()
        return self._lists[name]

    def rows(self, *names: str) -> Iterator[tuple]:
        """The rows, as tuples of the named columns."""
        return zip(*(self[n] for n in names), strict=True)


def _columns(table: pd.DataFrame | _Columns) -> _Columns:
    return table if isinstance(table, _Columns) else _Columns(table)


def _speech_spans(quotes: pd.DataFrame | _Columns) -> dict[str, list[tuple[int, int]]]:
    """Offsets of quoted speech and Q&A turns, per article."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for aid, kind, start, end in _columns(quotes).rows("article_id", "kind", "start", "end"):
        if kind in SPEECH_KINDS:
            spans.setdefault(str(aid), []).append((int(start), int(end)))
    return spans


class _Spans:
    """One article's speech spans, to ask which overlap a range or hold a position."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # reach[i]: the furthest end among spans[:i + 1] (spans can nest).
        self.reach = list(accumulate((e for _, e in self.spans), max))

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Spans that share a character with ``start:end``, in no particular order."""
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.reach[i] > start:
            if self.spans[i][1] > start:
                yield self.spans[i]
            i -= 1

    def holds(self, position: int) -> bool:
        """Whether a span holds ``position``."""
        return any(True for _ in self.overlapping(position, position + 1))


def _span_index(quotes: pd.DataFrame | _Columns) -> dict[str, _Spans]:
    return {aid: _Spans(spans) for aid, spans in _speech_spans(quotes).items()}


_NON_SPACE = re.compile(r"\S")


def narration(sentences: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """Return each sentence with the words of quoted speech blanked out.

    The writer's own voice: characters inside quotes of a kind in
    :data:`SPEECH_KINDS` (direct and embedded speech, Q&A turns) are replaced
    by spaces, so offsets are kept and a match at ``i`` in ``narration`` is
    at ``start + i`` in the raw text. Scare quotes and titles stay.

    Returns
    -------
    DataFrame
        One row per sentence:

        - ``article_id``, ``sentence_id``, ``paragraph_id``, ``role``, ``start``,
          ``end``, ``text``: as in ``sentences``.
        - ``narration`` (str): ``text`` with speech blanked.
        - ``n_words`` (int): words left in ``narration``.
    """
    data = _narration(sentences, quotes)
    return pd.DataFrame({c: np.asarray(v, dtype="int64") if c in _NARRATION_INTS else v
                         for c, v in data.items()})


_NARRATION_INTS = ("sentence_id", "paragraph_id", "start", "end", "n_words")


def _narration(sentences: pd.DataFrame | _Columns, quotes: pd.DataFrame | _Columns
               ) -> dict[str, list]:
    """The columns of :func:`narration`, as lists."""
    index = _span_index(quotes)
    sentences = _columns(sentences)
    columns = ["article_id", "sentence_id", "paragraph_id", "role", "start", "end", "text"]
    data = {c: list(sentences[c]) for c in columns}
    masked_texts, counts = [], []
    for aid, start, end, text in zip(data["article_id"], data["start"], data["end"],
                                     data["text"], strict=True):
        masked = text
        spans = index.get(str(aid))
        if spans is not None:
            for qs, qe in spans.overlapping(start, end):
                lo, hi = max(max(qs, start) - start, 0), min(min(qe, end) - start, len(text))
                if lo < hi:
                    masked = masked[:lo] + _NON_SPACE.sub(" ", masked[lo:hi]) + masked[hi:]
        masked_texts.append(masked)
        counts.append(count_words(masked))
    data["narration"] = masked_texts
    data["n_words"] = counts
    return data


# -------------------------------------------------------------- genre model

@dataclass(frozen=True)
class Feature:
    """One genre feature, as described in ``data/genres.toml``.

    Attributes
    ----------
    name, description, kind : str
        Identifier, meaning in words, and how it is computed
        (one of :data:`FEATURE_KINDS`).
    saturation : float
        Value at which the cue counts as fully present; the feature enters
        the scores as ``min(value / saturation, 1)``.
    floor : float
        Value up to which the cue counts as absent (default 0); with a floor
        the feature enters the scores as
        ``min(max(value - floor, 0) / (saturation - floor), 1)``.
    scope, measure : str
        For lexicon features: "narration" or "paragraphs"; "rate" or "presence".
    terms : tuple of str
        Lexicon terms (lexicon features).
    terms_near_speech : tuple of str
        Lexicon terms that count only in a paragraph holding quoted speech
        (direct or embedded): speech tags such as "added" or "tells" that are
        ordinary verbs elsewhere.
    roles : tuple of str
        Paragraph roles (paragraph-scope lexicons, role_share, role_presence);
        for narration-scope lexicons, if given, only sentences of paragraphs
        with these roles are searched (the rate keeps every narration word as
        its base).
    types : tuple of str
        Mention types (mention_rate).
    min_words, max_words : int, optional
        For role_share and role_presence: only paragraphs of at least
        ``min_words`` and at most ``max_words`` words count (default: any length).
    """

    name: str
    description: str
    kind: str
    saturation: float
    floor: float = 0.0
    scope: str = "narration"
    measure: str = "rate"
    terms: tuple[str, ...] = ()
    terms_near_speech: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    min_words: int = 0
    max_words: int | None = None


@dataclass(frozen=True)
class GenreModel:
    """Features and per-genre weights.

    Attributes
    ----------
    features : dict of str to Feature
        Features in file order.
    weights : dict of str to dict of str to float
        ``weights[genre][feature]``; features not listed weigh 0.
    """

    features: dict[str, Feature]
    weights: dict[str, dict[str, float]]

    @property
    def genres(self) -> list[str]:
        """Genre names in file order."""
        return list(self.weights)


def load_genre_model(path: Path | str | None = None) -> GenreModel:
    """Read the genre features and weights (default: the packaged ``data/genres.toml``).

    Raises
    ------
    ValueError
        If a feature has an unknown kind, scope or measure, a non-positive
        saturation, or a genre weights a feature that is not defined.
    """
    data = _read_toml(path, "genres.toml")
    features = {}
    for name, spec in data.get("features", {}).items():
        feature = Feature(
            name=name,
            description=spec.get("description", ""),
            kind=spec["kind"],
            saturation=float(spec.get("saturation", 1.0)),
            floor=float(spec.get("floor", 0.0)),
            scope=spec.get("scope", "narration"),
            measure=spec.get("measure", "rate"),
            terms=tuple(spec.get("terms", ())),
            terms_near_speech=tuple(spec.get("terms_near_speech", ())),
            roles=tuple(spec.get("roles", ())),
            types=tuple(spec.get("types", ())),
            min_words=int(spec.get("min_words", 0)),
            max_words=None if spec.get("max_words") is None else int(spec["max_words"]),
        )
        if feature.kind not in FEATURE_KINDS:
            raise ValueError(f"feature {name!r}: unknown kind {feature.kind!r}")
        if feature.scope not in ("narration", "paragraphs"):
            raise ValueError(f"feature {name!r}: unknown scope {feature.scope!r}")
        if feature.measure not in ("rate", "presence"):
            raise ValueError(f"feature {name!r}: unknown measure {feature.measure!r}")
        if not feature.saturation > 0:
            raise ValueError(f"feature {name!r}: saturation must be positive")
        if not 0 <= feature.floor < feature.saturation:
            raise ValueError(f"feature {name!r}: floor must be at least 0 and below "
                             "the saturation")
        features[name] = feature
    weights = {}
    for genre, spec in data.get("genres", {}).items():
        w = {f: float(v) for f, v in spec.get("weights", {}).items()}
        unknown = sorted(set(w) - set(features))
        if unknown:
            raise ValueError(f"genre {genre!r} weights undefined features: {unknown}")
        if not any(v > 0 for v in w.values()):
            raise ValueError(f"genre {genre!r} has no positive weight")
        weights[genre] = w
    return GenreModel(features, weights)


# ------------------------------------------------------------ genre features

class _SentenceLookup:
    """Which sentence of an article holds a character offset."""

    def __init__(self, sentences: pd.DataFrame | _Columns) -> None:
        by_article: dict[str, list[tuple[int, int, int]]] = {}
        for aid, sid, start, end in _columns(sentences).rows("article_id", "sentence_id",
                                                             "start", "end"):
            by_article.setdefault(str(aid), []).append((int(start), int(end), int(sid)))
        self._rows = by_article
        self._starts = {}
        for aid, rows in by_article.items():
            ordered = all(rows[i][1] <= rows[i + 1][0] for i in range(len(rows) - 1))
            self._starts[aid] = [s for s, _, _ in rows] if ordered else None

    def at(self, aid: str, pos: int) -> int:
        """Id of the first sentence (in table order) holding ``pos``, -1 if none."""
        rows = self._rows.get(aid, ())
        starts = self._starts.get(aid)
        if starts is None:  # sentences out of order or overlapping: look at each
            return next((sid for s, e, sid in rows if s <= pos < e), -1)
        i = bisect_right(starts, pos) - 1
        return rows[i][2] if i >= 0 and pos < rows[i][1] else -1


def _lexicon_hits(features: list[Feature], narr: dict[str, list], paragraphs: _Columns,
                  lookup: _SentenceLookup,
                  speech_paragraphs: set[tuple[str, int]]) -> dict[str, list[tuple]]:
    """Rows of :func:`genre_hits` for every lexicon feature, by feature name.

    Narration-scope lexicons are matched together, in one pass over every sentence.
    """
    rows: dict[str, list[tuple]] = {f.name: [] for f in features}
    in_narration = [f for f in features if f.scope == "narration"]
    if in_narration:
        found_in = _lexicon_matcher([lex for f in in_narration
                                     for lex in (f.terms, f.terms_near_speech)]).find_sparse
        columns = [narr[c] for c in ("article_id", "sentence_id", "paragraph_id", "start",
                                     "text", "role")]
        for (aid, sid, pid, start, text, role), found_all in zip(
                zip(*columns, strict=True), found_in(narr["narration"]), strict=True):
            if not found_all:
                continue
            near_speech = (str(aid), int(pid)) in speech_paragraphs
            # Lexicon 2j is feature j's terms, 2j + 1 its terms near speech.
            for j in sorted({k // 2 for k in found_all}):
                f = in_narration[j]
                if f.roles and role not in f.roles:
                    continue
                found = found_all.get(2 * j, [])
                if near_speech and found_all.get(2 * j + 1):
                    found = sorted(found + found_all[2 * j + 1])
                if not found:
                    continue
                out = rows[f.name]
                for s, e, term in found:
                    out.append((aid, f.name, sid, pid, start + s, start + e, term, text[s:e],
                                count_words(text[s:e])))
    for f in features:
        if f.scope == "narration":
            continue
        roles = set(f.roles)
        chosen = [r for r in paragraphs.rows("article_id", "paragraph_id", "start", "text", "role")
                  if r[4] in roles]
        found_in = _lexicon_matcher([f.terms]).find_many([r[3] for r in chosen])
        for (aid, pid, start, text, _), found in zip(chosen, found_in, strict=True):
            for s, e, term in found[0]:
                rows[f.name].append((aid, f.name, lookup.at(str(aid), start + s), pid,
                                     start + s, start + e, term, text[s:e],
                                     count_words(text[s:e])))
    return rows


def _quote_hits(feature: Feature, quotes: _Columns, text_paragraphs: set) -> list[tuple]:
    """Outermost direct or embedded speech quotes in article text, outside Q&A turns."""
    by_key = {(str(r[0]), int(r[1])): r for r in quotes.rows(
        "article_id", "quote_id", "kind", "paragraph_id", "parent_id", "sentence_id", "start",
        "end", "text", "n_words")}
    rows = []
    for aid, _, kind, pid, parent, sid, start, end, text, n_words in by_key.values():
        if kind not in ("direct", "embedded") or (str(aid), pid) not in text_paragraphs:
            continue
        parent, nested = int(parent), False
        while parent >= 0:
            up = by_key.get((str(aid), parent))
            if up is None:
                break
            if up[2] in SPEECH_KINDS:
                nested = True
                break
            parent = int(up[4])
        if not nested:
            rows.append((aid, feature.name, int(sid), int(pid), int(start), int(end), kind, text,
                         int(n_words)))
    return rows


def genre_hits(corpus: Corpus, model: GenreModel | None = None) -> pd.DataFrame:
    """Return every occurrence of every genre feature, with its offsets.

    Parameters
    ----------
    corpus : Corpus
        The tables (``paragraphs``, ``sentences``, ``quotes``, ``mentions``).
    model : GenreModel, optional
        Features to find; default :func:`load_genre_model`.

    Returns
    -------
    DataFrame
        One row per occurrence:

        - ``article_id`` (str), ``feature`` (str).
        - ``sentence_id`` (int): sentence holding the start, -1 if the hit is
          outside article-text sentences (a warning or byline line).
        - ``paragraph_id`` (int).
        - ``start``, ``end`` (int): offsets of the matched words (lexicon and
          mention features), of the quoted words (``quoted_share``) or of the
          paragraph (``qa_share``, ``role_share``, ``role_presence``).
        - ``term`` (str): the lexicon term that matched; the character
          (mentions); the quote kind (quotes); the paragraph role.
        - ``surface`` (str): the text at ``start:end``.
        - ``n_words`` (int): words of ``surface`` (what share features add up).
    """
    model = model or load_genre_model()
    tables = _Tables(corpus)
    return _genre_hits(tables, model, _narration(tables.sentences, tables.quotes))


class _Tables:
    """The corpus tables as :class:`_Columns`, shared by the steps of one computation."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        for name in ("articles", "paragraphs", "sentences", "quotes", "mentions"):
            setattr(self, name, _Columns(getattr(corpus, name)))


def _genre_hits(tables: _Tables, model: GenreModel, narr: dict[str, list]) -> pd.DataFrame:
    paragraphs, quotes = tables.paragraphs, tables.quotes
    lookup = _SentenceLookup(tables.sentences)
    spans = _span_index(quotes)
    speech_pars = {(str(a), int(p)) for a, kind, p in quotes.rows("article_id", "kind",
                                                                  "paragraph_id")
                   if kind in ("direct", "embedded")}
    text_keys = {(str(a), int(p)) for a, p, is_text in paragraphs.rows(
        "article_id", "paragraph_id", "is_article_text") if bool(is_text)}
    lexicon_rows = _lexicon_hits([f for f in model.features.values() if f.kind == "lexicon"],
                                 narr, paragraphs, lookup, speech_pars)
    no_spans = _Spans(())
    rows: list[tuple] = []
    for feature in model.features.values():
        if feature.kind == "lexicon":
            rows += lexicon_rows[feature.name]
        elif feature.kind == "quoted_share":
            rows += _quote_hits(feature, quotes, text_keys)
        elif feature.kind == "mention_rate":
            types = set(feature.types)
            for aid, kind, sid, pid, start, end, character, surface in tables.mentions.rows(
                    "article_id", "type", "sentence_id", "paragraph_id", "start", "end",
                    "character", "surface"):
                if kind in types and sid >= 0 and not spans.get(str(aid), no_spans).holds(
                        int(start)):
                    rows.append((aid, feature.name, int(sid), int(pid), int(start), int(end),
                                 character or surface, surface, count_words(surface)))
        else:
            roles = set(QA_ROLES if feature.kind == "qa_share" else feature.roles)
            low, high = feature.min_words, feature.max_words
            for aid, pid, start, end, role, text, n_words in paragraphs.rows(
                    "article_id", "paragraph_id", "start", "end", "role", "text", "n_words"):
                if role in roles and low <= n_words and (high is None or n_words <= high):
                    rows.append((aid, feature.name, lookup.at(str(aid), int(start)), int(pid),
                                 int(start), int(end), role, text, int(n_words)))
    if not rows:
        out = pd.DataFrame(rows, columns=_HIT_COLUMNS)
        out = out.astype({c: "int64" for c in _HIT_INTS})
        return out.assign(article_id=out["article_id"].astype(str))
    rows = [(str(r[0]), *r[1:]) for r in rows]
    rows.sort(key=lambda r: (r[0], r[1], r[4]))  # stable: ties keep feature order
    columns = zip(*rows, strict=True)
    return pd.DataFrame({name: np.asarray(col, dtype="int64") if name in _HIT_INTS else list(col)
                         for name, col in zip(_HIT_COLUMNS, columns, strict=True)})


def _bases(tables: _Tables, narr: dict[str, list] | None = None
           ) -> dict[str, tuple[float, float, float]]:
    """Denominators per article id (in table order).

    Article-text words, narration words, and article-text paragraphs other
    than the title.
    """
    narr = _narration(tables.sentences, tables.quotes) if narr is None else narr
    text_words: dict[str, int] = {}
    text_paragraphs: dict[str, int] = {}
    for aid, is_text, role, n in tables.paragraphs.rows("article_id", "is_article_text", "role",
                                                        "n_words"):
        if bool(is_text):
            aid = str(aid)
            text_words[aid] = text_words.get(aid, 0) + n
            if role != "title":
                text_paragraphs[aid] = text_paragraphs.get(aid, 0) + 1
    narration_words: dict[str, int] = {}
    for aid, n in zip(narr["article_id"], narr["n_words"], strict=True):
        aid = str(aid)
        narration_words[aid] = narration_words.get(aid, 0) + n
    return {aid: (float(text_words.get(aid, 0)), float(narration_words.get(aid, 0)),
                  float(text_paragraphs.get(aid, 0)))
            for aid in map(str, tables.articles["article_id"])}


def genre_features(corpus: Corpus, model: GenreModel | None = None,
                   hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the value of every genre feature for every article.

    Parameters
    ----------
    corpus : Corpus
        The tables.
    model : GenreModel, optional
        Default :func:`load_genre_model`.
    hits : DataFrame, optional
        Output of :func:`genre_hits` (computed if not given).

    Returns
    -------
    DataFrame
        One row per article and feature:

        - ``article_id`` (str), ``feature`` (str), ``kind`` (str).
        - ``n_hits`` (int): occurrences (rows of :func:`genre_hits`).
        - ``base`` (float): the denominator: narration words for rates,
          article-text words for shares, article-text paragraphs other than
          the title for role shares, 1 for presences.
        - ``value`` (float): the feature: hits per 100 narration words
          (rates), share of words or paragraphs (shares), 0 or 1 (presences);
          0 where the base is 0.
        - ``saturation`` (float), ``scaled`` (float):
          ``min(value / saturation, 1)``, what the scores weigh; for a
          feature with a floor (:attr:`Feature.floor`),
          ``min(max(value - floor, 0) / (saturation - floor), 1)``.
    """
    model = model or load_genre_model()
    tables = _Tables(corpus)
    narr = None
    if hits is None:
        narr = _narration(tables.sentences, tables.quotes)
        hits = _genre_hits(tables, model, narr)
    return _genre_features(tables, model, hits, narr)


def _genre_features(tables: _Tables, model: GenreModel, hits: pd.DataFrame,
                    narr: dict[str, list] | None) -> pd.DataFrame:
    bases = _bases(tables, narr)
    counts: dict[tuple, list[int]] = {}
    for key in zip(hits["article_id"].tolist(), hits["feature"].tolist(),
                   hits["n_words"].tolist(), strict=True):
        count = counts.setdefault(key[:2], [0, 0])
        count[0] += 1
        count[1] += key[2]
    rows = []
    # An article id listed twice gets its rows once per listing, as it did per row.
    for aid in map(str, tables.articles["article_id"]):
        text_words, narration_words, text_paragraphs = bases[aid]
        for f in model.features.values():
            n_hits, n_words = counts.get((aid, f.name), (0, 0))
            if f.kind in ("role_presence",) or (f.kind == "lexicon" and f.measure == "presence"):
                base, value = 1.0, float(n_hits > 0)
            elif f.kind in ("qa_share", "quoted_share"):
                base = text_words
                value = n_words / base if base else 0.0
            elif f.kind == "role_share":
                base = text_paragraphs
                value = n_hits / base if base else 0.0
            else:
                base = narration_words
                value = 100.0 * n_hits / base if base else 0.0
            scaled = (min(value / f.saturation, 1.0) if not f.floor else
                      min(max(value - f.floor, 0.0) / (f.saturation - f.floor), 1.0))
            rows.append((aid, f.name, f.kind, int(n_hits), base, value, f.saturation, scaled))
    return pd.DataFrame(rows, columns=["article_id", "feature", "kind", "n_hits", "base",
                                       "value", "saturation", "scaled"])


def genre_contributions(features: pd.DataFrame, model: GenreModel | None = None) -> pd.DataFrame:
    """Return what each feature adds to each genre's score.

    Parameters
    ----------
    features : DataFrame
        Output of :func:`genre_features`.
    model : GenreModel, optional
        Default :func:`load_genre_model`.

    Returns
    -------
    DataFrame
        One row per article, feature and genre:

        - ``article_id``, ``feature``, ``genre`` (str).
        - ``value``, ``scaled`` (float): from ``features``.
        - ``weight`` (float): the genre's weight for the feature (0 if unlisted).
        - ``contribution`` (float): ``weight * scaled / norm``, where ``norm``
          is the sum of the genre's positive weights; a genre's score is the
          sum of its contributions.
    """
    model = model or load_genre_model()
    if features.empty:
        parts = []
        for genre, weights in model.weights.items():
            norm = sum(w for w in weights.values() if w > 0)
            part = features[["article_id", "feature", "value", "scaled"]].copy()
            part.insert(2, "genre", genre)
            part["weight"] = part["feature"].map(weights).fillna(0.0).astype(float)
            part["contribution"] = part["weight"] * part["scaled"] / norm
            parts.append(part)
        return pd.concat(parts, ignore_index=True)
    names = features["feature"].tolist()
    value, scaled = features["value"].to_numpy(), features["scaled"].to_numpy()
    columns: dict[str, list] = {c: [] for c in ("article_id", "feature", "genre", "value",
                                                "scaled", "weight", "contribution")}
    for genre, weights in model.weights.items():
        norm = sum(w for w in weights.values() if w > 0)
        weight = np.array([float(weights.get(name, 0.0)) for name in names], dtype="float64")
        columns["article_id"] += features["article_id"].tolist()
        columns["feature"] += names
        columns["genre"] += [genre] * len(names)
        for name, values in (("value", value), ("scaled", scaled), ("weight", weight),
                             ("contribution", weight * scaled / norm)):
            columns[name].append(values)
    return pd.DataFrame({c: np.concatenate(v) if c in ("value", "scaled", "weight",
                                                      "contribution") else v
                         for c, v in columns.items()})


def genre_scores(contributions: pd.DataFrame) -> pd.DataFrame:
    """Return each article's score for each genre.

    Parameters
    ----------
    contributions : DataFrame
        Output of :func:`genre_contributions`.

    Returns
    -------
    DataFrame
        One row per article and genre, best first within an article:

        - ``article_id``, ``genre`` (str).
        - ``score`` (float): sum of the genre's contributions; 1 means every
          cue of the genre is fully present, 0 none, below 0 cues the genre
          avoids outweigh its own. Features that no genre weighs (kept in the
          tables for reference) add nothing and are left out of the sum, so
          recording one more, or one less, leaves every score as it was.
        - ``rank`` (int): 1 for the top genre (ties share the better rank).
    """
    weighed = contributions.loc[contributions["weight"] != 0, "feature"].unique()
    used = contributions[contributions["feature"].isin(weighed)]
    sums = used.groupby(["article_id", "genre"], sort=False)["contribution"].sum()
    keys, values = sums.index.tolist(), sums.tolist()
    by_article: dict = {}
    for (aid, _), value in zip(keys, values, strict=True):
        by_article.setdefault(aid, []).append(value)
    # Rank 1 is the best; tied scores share the better rank.
    rank = [1 + sum(other > value for other in by_article[aid])
            for (aid, _), value in zip(keys, values, strict=True)]
    order = sorted(range(len(keys)), key=lambda j: (keys[j][0], rank[j]))
    return pd.DataFrame({
        "article_id": [keys[j][0] for j in order],
        "genre": [keys[j][1] for j in order],
        "score": np.array([values[j] for j in order], dtype="float64"),
        "rank": np.array([rank[j] for j in order], dtype="int64"),
    })


def genre_calls(scores: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the call (top genre) for each article and how clear it is.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`genre_scores`.
    articles : DataFrame, optional
        The articles table; if given, the genre the outlet presents the piece
        as is added for comparison (it plays no part in the call).

    Returns
    -------
    DataFrame
        One row per article:

        - ``article_id`` (str).
        - ``call`` (str): top-scoring genre; ``score`` (float): its score.
        - ``runner_up`` (str), ``runner_up_score`` (float): second genre.
        - ``margin`` (float): ``score - runner_up_score`` (0 for a tie, in
          which case the genre first in the model file is called).
        - ``presented`` (str): metadata genre ("" if unknown); only with ``articles``.
        - ``agrees`` (bool): ``call == presented``; only with ``articles``.
    """
    # Within each article, by score, best first; ties keep their order.
    by_article: dict = {}
    for aid, genre, score in zip(scores["article_id"].tolist(), scores["genre"].tolist(),
                                 scores["score"].tolist(), strict=True):
        by_article.setdefault(aid, []).append((genre, float(score)))
    rows = []
    for aid in sorted(by_article):
        ordered = sorted(by_article[aid], key=lambda g: (np.isnan(g[1]), -g[1]))
        top, second = ordered[0], ordered[1] if len(ordered) > 1 else ("", np.nan)
        rows.append((aid, top[0], top[1], second[0], second[1], top[1] - second[1]))
    calls = pd.DataFrame(rows, columns=["article_id", "call", "score", "runner_up",
                                        "runner_up_score", "margin"])
    if articles is not None:
        presented = dict(zip(articles["article_id"].astype(str).tolist(),
                             articles["genre"].fillna("").astype(str).tolist(), strict=True))
        calls["presented"] = [presented.get(aid, "") for aid in calls["article_id"].tolist()]
        calls["agrees"] = calls["call"] == calls["presented"]
    return calls


def genre_evidence(corpus: Corpus, calls: pd.DataFrame, contributions: pd.DataFrame,
                   hits: pd.DataFrame, model: GenreModel | None = None, n_features: int = 3,
                   n_examples: int = 2) -> pd.DataFrame:
    """Return, for each call, the features that drove it and sentences that show them.

    Parameters
    ----------
    corpus : Corpus
        The tables (for sentence and paragraph text).
    calls, contributions, hits : DataFrame
        Outputs of :func:`genre_calls`, :func:`genre_contributions`, :func:`genre_hits`.
    model : GenreModel, optional
        For feature descriptions; default :func:`load_genre_model`.
    n_features : int
        Features per call: those with the largest positive contribution.
    n_examples : int
        Example sentences per feature: the first distinct sentences (or
        lines, for hits outside sentences) holding a hit.

    Returns
    -------
    DataFrame
        One row per call, feature and example:

        - ``article_id``, ``genre`` (str): the article and its call.
        - ``rank`` (int): 1 for the feature that added most to the score.
        - ``feature``, ``description`` (str); ``value`` (float);
          ``contribution`` (float): as in :func:`genre_contributions`.
        - ``example`` (int): 1-based example number within the feature.
        - ``sentence_id`` (int, -1 for a line outside sentences), ``paragraph_id`` (int).
        - ``start``, ``end`` (int), ``text`` (str): the example sentence (or line).
        - ``term`` (str), ``surface`` (str), ``term_start``, ``term_end`` (int):
          the first hit in it: the lexicon term (or quote kind, paragraph
          role, character), the words matched and their offsets.
    """
    return _genre_evidence(_Tables(corpus), calls, contributions, hits,
                           model or load_genre_model(), n_features, n_examples)


def _genre_evidence(tables: _Tables, calls: pd.DataFrame, contributions: pd.DataFrame,
                    hits: pd.DataFrame, model: GenreModel, n_features: int,
                    n_examples: int) -> pd.DataFrame:
    columns = ["article_id", "genre", "rank", "feature", "description", "value", "contribution",
               "example", "sentence_id", "paragraph_id", "start", "end", "text", "term",
               "surface", "term_start", "term_end"]
    # Positive contributions, per article and genre, in table order.
    positive: dict[tuple, list[tuple]] = {}
    for aid, feature, genre, value, contribution in zip(
            *(contributions[c].tolist() for c in ("article_id", "feature", "genre", "value",
                                                   "contribution")), strict=True):
        if contribution > 0:
            positive.setdefault((aid, genre), []).append((feature, value, contribution))
    # Each call's top features, largest contribution first (ties in table order).
    chosen = []
    for aid, call in zip(calls["article_id"].tolist(), calls["call"].tolist(), strict=True):
        top = sorted(positive.get((aid, call), []), key=lambda f: -f[2])[:n_features]
        chosen += [(aid, call, rank, *f) for rank, f in enumerate(top, start=1)]
    wanted = {(c[0], c[3]) for c in chosen}
    found: dict[tuple, list[tuple]] = {}
    for aid, feature, *hit in zip(
            *(hits[c].tolist() for c in ("article_id", "feature", "sentence_id", "paragraph_id",
                                         "term", "surface", "start", "end")), strict=True):
        if (aid, feature) in wanted:
            found.setdefault((aid, feature), []).append(hit)
    examples = []
    for aid, call, rank, feature, value, contribution in chosen:
        seen: set[tuple[int, int]] = set()
        for sid, pid, term, surface, start, end in found.get((aid, feature), ()):
            key = (int(sid), int(pid) if sid < 0 else -1)
            if key in seen:
                continue
            seen.add(key)
            examples.append((aid, call, rank, feature, model.features[feature].description,
                             value, contribution, len(seen), int(sid), int(pid), term, surface,
                             int(start), int(end)))
            if len(seen) >= n_examples:
                break
    if not examples:
        return pd.DataFrame([], columns=columns)
    # The sentence (or, outside sentences, the line) each example is in.
    text = [_rows_at(tables.sentences, "sentence_id", [(e[0], e[8]) for e in examples]),
            _rows_at(tables.paragraphs, "paragraph_id", [(e[0], e[9]) for e in examples])]
    rows = []
    for i, e in enumerate(examples):
        found_at = text[0 if e[8] >= 0 else 1][i]
        if found_at is None:
            raise KeyError((e[0], e[8] if e[8] >= 0 else e[9]))
        start, end, source = found_at
        rows.append((*e[:10], int(start), int(end), source, *e[10:]))
    return pd.DataFrame(rows, columns=columns)


def _rows_at(table: _Columns, id_column: str, keys: list[tuple]) -> list[tuple | None]:
    """``(start, end, text)`` of the row of ``table`` at each (article id, id); None if absent."""
    wanted = {(str(a), i) for a, i in keys}
    found = {}
    for aid, i, start, end, text in table.rows("article_id", id_column, "start", "end", "text"):
        key = (str(aid), i)
        if key in wanted:
            found[key] = (start, end, text)
    return [found.get((str(a), i)) for a, i in keys]


@dataclass(frozen=True)
class GenreAnalysis:
    """Everything :func:`classify_genres` computes, each table traceable to the next.

    Attributes
    ----------
    hits : DataFrame
        :func:`genre_hits`.
    features : DataFrame
        :func:`genre_features`.
    contributions : DataFrame
        :func:`genre_contributions`.
    scores : DataFrame
        :func:`genre_scores`.
    calls : DataFrame
        :func:`genre_calls` (with the metadata genre for comparison).
    evidence : DataFrame
        :func:`genre_evidence`.
    """

    hits: pd.DataFrame
    features: pd.DataFrame
    contributions: pd.DataFrame
    scores: pd.DataFrame
    calls: pd.DataFrame
    evidence: pd.DataFrame


def classify_genres(corpus: Corpus, model: GenreModel | None = None, n_features: int = 3,
                    n_examples: int = 2) -> GenreAnalysis:
    """Score every article for every genre and call the best one, with evidence.

    Parameters
    ----------
    corpus : Corpus
        The tables.
    model : GenreModel, optional
        Default :func:`load_genre_model` (``data/genres.toml``).
    n_features, n_examples : int
        Passed to :func:`genre_evidence`.

    Returns
    -------
    GenreAnalysis
    """
    model = model or load_genre_model()
    tables = _Tables(corpus)
    narr = _narration(tables.sentences, tables.quotes)
    hits = _genre_hits(tables, model, narr)
    features = _genre_features(tables, model, hits, narr)
    contributions = genre_contributions(features, model)
    scores = genre_scores(contributions)
    calls = genre_calls(scores, corpus.articles)
    evidence = _genre_evidence(tables, calls, contributions, hits, model, n_features,
                               n_examples)
    return GenreAnalysis(hits, features, contributions, scores, calls, evidence)


# ----------------------------------------------------------- thematic frames

def load_frames(path: Path | str | None = None) -> dict[str, dict[str, Any]]:
    """Read the frame lexicon (default: the packaged ``data/frames.toml``).

    Returns
    -------
    dict
        ``{frame: {"label": str, "description": str, "terms": [str, ...]}}``
        in file order.
    """
    data = _read_toml(path, "frames.toml")
    frames = {}
    for name, spec in data.get("frames", {}).items():
        if not spec.get("terms"):
            raise ValueError(f"frame {name!r} has no terms")
        frames[name] = {"label": spec.get("label", name),
                        "description": spec.get("description", ""),
                        "terms": list(spec["terms"])}
    return frames


def frame_hits(sentences: pd.DataFrame,
               frames: Mapping[str, Mapping[str, Any]] | None = None) -> pd.DataFrame:
    """Return every match of a frame term in article-text sentences.

    Every sentence counts, quoted speech included: a theme raised by the
    people quoted is part of the piece's framing.

    Parameters
    ----------
    sentences : DataFrame
        The sentences table.
    frames : mapping, optional
        As returned by :func:`load_frames` (the default).

    Returns
    -------
    DataFrame
        One row per match:

        - ``article_id`` (str), ``frame`` (str), ``sentence_id`` (int).
        - ``start``, ``end`` (int): offsets of the matched words in the raw text.
        - ``term`` (str): the lexicon term; ``surface`` (str): the words as written.
    """
    frames = load_frames() if frames is None else frames
    out = pd.DataFrame(_frame_hit_rows(_Columns(sentences), frames),
                       columns=["article_id", "frame", "sentence_id", "start", "end", "term",
                                "surface"])
    return out.astype({c: "int64" for c in ("sentence_id", "start", "end")})


def _frame_hit_rows(sentences: _Columns, frames: Mapping[str, Mapping[str, Any]]) -> list[tuple]:
    """Rows of :func:`frame_hits`, frame by frame, every frame found in one pass."""
    names = list(frames)
    found_in = _lexicon_matcher([spec["terms"] for spec in frames.values()]).find_sparse
    per_frame: list[list[tuple]] = [[] for _ in names]
    for (aid, sid, start, text), found_all in zip(
            sentences.rows("article_id", "sentence_id", "start", "text"),
            found_in(sentences["text"]), strict=True):
        for k, found in found_all.items():
            name, rows = names[k], per_frame[k]
            for s, e, term in found:
                rows.append((str(aid), name, int(sid), int(start) + s, int(start) + e, term,
                             text[s:e]))
    return [row for rows in per_frame for row in rows]


def frame_shares(sentences: pd.DataFrame,
                 frames: Mapping[str, Mapping[str, Any]] | None = None,
                 n_examples: int = 3, articles: Sequence[str] | None = None) -> pd.DataFrame:
    """Return the share of each article's sentences that carry each frame.

    Parameters
    ----------
    sentences : DataFrame
        The sentences table (article text only, as in the corpus).
    frames : mapping, optional
        As returned by :func:`load_frames` (the default).
    n_examples : int
        Sentence ids kept as examples per article and frame.
    articles : sequence of str, optional
        Article ids to report (default: those with sentences); an article
        without sentences gets ``n_total`` 0 and ``share`` NaN.

    Returns
    -------
    DataFrame
        One row per article and frame (frames in lexicon order):

        - ``article_id`` (str), ``frame`` (str), ``label`` (str).
        - ``n_sentences`` (int): sentences with at least one term of the frame.
        - ``n_total`` (int): sentences of the article.
        - ``share`` (float): ``n_sentences / n_total``.
        - ``n_matches`` (int): term matches (a sentence can hold several).
        - ``example_ids`` (list of int): the first ``n_examples`` matching
          sentence ids.
        - ``top_terms`` (str): the most frequent terms, "term (count)", comma separated.
    """
    frames = load_frames() if frames is None else frames
    table = _Columns(sentences)
    all_ids = [str(a) for a in table["article_id"]]
    ids = list(dict.fromkeys(all_ids)) if articles is None else [str(a) for a in articles]
    totals: dict[str, int] = {}
    for aid in all_ids:
        totals[aid] = totals.get(aid, 0) + 1
    # Per article and frame: matching sentence ids (first seen first) and
    # term counts (first seen first, which is how value_counts breaks ties).
    sids: dict[tuple[str, str], dict[int, None]] = {}
    terms: dict[tuple[str, str], dict[str, int]] = {}
    for aid, name, sid, _, _, term, _ in _frame_hit_rows(table, frames):
        sids.setdefault((aid, name), {})[sid] = None
        counts = terms.setdefault((aid, name), {})
        counts[term] = counts.get(term, 0) + 1
    rows = []
    for aid in ids:
        n_total = int(totals.get(aid, 0))
        for name, spec in frames.items():
            found = list(sids.get((aid, name), ()))
            counts = terms.get((aid, name), {})
            ranked = sorted(counts.items(), key=lambda item: -item[1])[:5]
            top = ", ".join(f"{t} ({n})" for t, n in ranked)
            rows.append((aid, name, spec.get("label", name), len(found), n_total,
                         len(found) / n_total if n_total else np.nan, sum(counts.values()),
                         sorted(found)[:n_examples], top))
    return pd.DataFrame(rows, columns=["article_id", "frame", "label", "n_sentences", "n_total",
                                       "share", "n_matches", "example_ids", "top_terms"])
