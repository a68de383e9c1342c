"""Framing: the genre a piece is written in, and the themes it frames the film with.

Both measures are driven by data files, so the method can be read, and
changed, without reading the code:

- **Genre** (``data/genres.toml``). Interpretable features are computed from
  the corpus tables (share of words in Q&A turns, share in quoted speech,
  evaluative words, character names, "I"/"you" in the writer's own voice,
  headings, spoiler warnings, speech attribution, news vocabulary...). Each
  feature is bounded to 0..1 by a fixed saturation value, and each genre's
  score is a weighted sum of the bounded features divided by the genre's
  total positive weight. The call is the top-scoring genre. No feature looks
  at the article id or the metadata genre, and nothing is standardised over
  the corpus, so an article is scored the same alone as among others; the
  metadata genre is only what the call is compared against.
- **Thematic frames** (``data/frames.toml``). The share of an article's
  sentences that contain a term of each frame (family and fatherhood, K-pop,
  music career and fame, filmmaking craft, heritage and identity).

Every figure comes with the rows behind it: :func:`genre_hits` and
:func:`frame_hits` list each match with its offsets, so ``raw[start:end]`` is
the matched text.
"""

from __future__ import annotations

import re
import tomllib
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


# ------------------------------------------------------------------ lexicons

def _lexicon_matcher(lexicons: Sequence[Sequence[str]]) -> TermMatcher:
    """Every term of these lexicons found in one pass (compiled once, cached by the terms)."""
    return matcher(lexicons)


def _read_toml(path: Path | str | None, default: str) -> dict[str, Any]:
    if path is None:
        text = resources.files("coverage_analysis").joinpath(f"data/{default}").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return tomllib.loads(text)


# ----------------------------------------------------------------- narration

def _speech_spans(quotes: pd.DataFrame) -> dict[str, list[tuple[int, int]]]:
    """Offsets of quoted speech and Q&A turns, per article."""
    speech = quotes[quotes["kind"].isin(SPEECH_KINDS)]
    spans: dict[str, list[tuple[int, int]]] = {}
    for aid, start, end in zip(speech["article_id"], speech["start"], speech["end"], strict=True):
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


def _span_index(quotes: pd.DataFrame) -> dict[str, _Spans]:
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
    index = _span_index(quotes)
    columns = ["article_id", "sentence_id", "paragraph_id", "role", "start", "end", "text"]
    data = {c: sentences[c].tolist() for c in columns}
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
    rows = list(zip(*data.values(), masked_texts, counts, strict=True))
    out = pd.DataFrame(rows, columns=[*columns, "narration", "n_words"])
    return out.astype({c: "int64" for c in ("sentence_id", "paragraph_id", "start", "end",
                                            "n_words")})


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
    scope, measure : str
        For lexicon features: "narration" or "paragraphs"; "rate" or "presence".
    terms : tuple of str
        Lexicon terms (lexicon features).
    terms_near_speech : tuple of str
        Lexicon terms that count only in a paragraph holding quoted speech
        (direct or embedded): speech tags such as "added" or "tells" that are
        ordinary verbs elsewhere.
    roles : tuple of str
        Paragraph roles (paragraph-scope lexicons, role_share, role_presence).
    types : tuple of str
        Mention types (mention_rate).
    """

    name: str
    description: str
    kind: str
    saturation: float
    scope: str = "narration"
    measure: str = "rate"
    terms: tuple[str, ...] = ()
    terms_near_speech: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    types: tuple[str, ...] = ()


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
            scope=spec.get("scope", "narration"),
            measure=spec.get("measure", "rate"),
            terms=tuple(spec.get("terms", ())),
            terms_near_speech=tuple(spec.get("terms_near_speech", ())),
            roles=tuple(spec.get("roles", ())),
            types=tuple(spec.get("types", ())),
        )
        if feature.kind not in FEATURE_KINDS:
            raise ValueError(f"feature {name!r}: unknown kind {feature.kind!r}")
        if feature.scope not in ("narration", "paragraphs"):
            raise ValueError(f"feature {name!r}: unknown scope {feature.scope!r}")
        if feature.measure not in ("rate", "presence"):
            raise ValueError(f"feature {name!r}: unknown measure {feature.measure!r}")
        if not feature.saturation > 0:
            raise ValueError(f"feature {name!r}: saturation must be positive")
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

    def __init__(self, sentences: pd.DataFrame) -> None:
        by_article: dict[str, list[tuple[int, int, int]]] = {}
        for aid, sid, start, end in zip(sentences["article_id"], sentences["sentence_id"],
                                        sentences["start"], sentences["end"], strict=True):
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


def _lexicon_hits(features: list[Feature], narr: pd.DataFrame, paragraphs: pd.DataFrame,
                  lookup: _SentenceLookup,
                  speech_paragraphs: set[tuple[str, int]]) -> dict[str, list[tuple]]:
    """Rows of :func:`genre_hits` for every lexicon feature, by feature name.

    Narration-scope lexicons are matched together, in one pass per sentence.
    """
    rows: dict[str, list[tuple]] = {f.name: [] for f in features}
    in_narration = [f for f in features if f.scope == "narration"]
    if in_narration:
        found_in = _lexicon_matcher([lex for f in in_narration
                                     for lex in (f.terms, f.terms_near_speech)]).find
        columns = [narr[c].tolist() for c in ("article_id", "sentence_id", "paragraph_id",
                                              "start", "text", "narration")]
        for aid, sid, pid, start, text, masked in zip(*columns, strict=True):
            found_all = found_in(masked)
            near_speech = (str(aid), int(pid)) in speech_paragraphs
            for j, f in enumerate(in_narration):
                found = found_all[2 * j]
                if near_speech:
                    found = sorted(found + found_all[2 * j + 1])
                out = rows[f.name]
                for s, e, term in found:
                    out.append((aid, f.name, sid, pid, start + s, start + e, term, text[s:e],
                                count_words(text[s:e])))
    for f in features:
        if f.scope == "narration":
            continue
        found_in = _lexicon_matcher([f.terms]).find
        chosen = paragraphs[paragraphs["role"].isin(f.roles)]
        columns = [chosen[c].tolist() for c in ("article_id", "paragraph_id", "start", "text")]
        for aid, pid, start, text in zip(*columns, strict=True):
            for s, e, term in found_in(text)[0]:
                rows[f.name].append((aid, f.name, lookup.at(str(aid), start + s), pid,
                                     start + s, start + e, term, text[s:e],
                                     count_words(text[s:e])))
    return rows


def _quote_hits(feature: Feature, quotes: pd.DataFrame, text_paragraphs: set) -> list[tuple]:
    """Outermost direct or embedded speech quotes in article text, outside Q&A turns."""
    columns = ("article_id", "quote_id", "kind", "paragraph_id", "parent_id", "sentence_id",
               "start", "end", "text", "n_words")
    by_key = {(str(r[0]), int(r[1])): r
              for r in zip(*(quotes[c].tolist() for c in columns), strict=True)}
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
    return _genre_hits(corpus, model, narration(corpus.sentences, corpus.quotes))


def _genre_hits(corpus: Corpus, model: GenreModel, narr: pd.DataFrame) -> pd.DataFrame:
    paragraphs, sentences = corpus.paragraphs, corpus.sentences
    lookup = _SentenceLookup(sentences)
    spans = _span_index(corpus.quotes)
    quoted = corpus.quotes[corpus.quotes["kind"].isin(("direct", "embedded"))]
    speech_pars = {(str(a), int(p)) for a, p in zip(quoted["article_id"], quoted["paragraph_id"],
                                                     strict=True)}
    text_pars = paragraphs[paragraphs["is_article_text"].astype(bool)]
    text_keys = {(str(a), int(p)) for a, p in zip(text_pars["article_id"],
                                                   text_pars["paragraph_id"], strict=True)}
    lexicon_rows = _lexicon_hits([f for f in model.features.values() if f.kind == "lexicon"],
                                 narr, paragraphs, lookup, speech_pars)
    no_spans = _Spans(())
    rows: list[tuple] = []
    for feature in model.features.values():
        if feature.kind == "lexicon":
            rows += lexicon_rows[feature.name]
        elif feature.kind == "quoted_share":
            rows += _quote_hits(feature, corpus.quotes, text_keys)
        elif feature.kind == "mention_rate":
            m = corpus.mentions
            m = m[m["type"].isin(feature.types) & (m["sentence_id"] >= 0)]
            columns = ("article_id", "sentence_id", "paragraph_id", "start", "end", "character",
                       "surface")
            for aid, sid, pid, start, end, character, surface in zip(
                    *(m[c].tolist() for c in columns), strict=True):
                if not spans.get(str(aid), no_spans).holds(int(start)):
                    rows.append((aid, feature.name, int(sid), int(pid), int(start), int(end),
                                 character or surface, surface, count_words(surface)))
        else:
            roles = QA_ROLES if feature.kind == "qa_share" else feature.roles
            chosen = paragraphs[paragraphs["role"].isin(roles)]
            columns = ("article_id", "paragraph_id", "start", "end", "role", "text", "n_words")
            for aid, pid, start, end, role, text, n_words in zip(
                    *(chosen[c].tolist() for c in columns), strict=True):
                rows.append((aid, feature.name, lookup.at(str(aid), int(start)), int(pid),
                             int(start), int(end), role, text, int(n_words)))
    out = pd.DataFrame(rows, columns=_HIT_COLUMNS)
    out = out.astype({c: "int64" for c in ("sentence_id", "paragraph_id", "start", "end",
                                            "n_words")})
    out["article_id"] = out["article_id"].astype(str)
    return out.sort_values(["article_id", "feature", "start"], kind="stable",
                           ignore_index=True)


def _bases(corpus: Corpus, narr: pd.DataFrame | None = None) -> pd.DataFrame:
    """Denominators per article: article-text words, narration words, paragraphs."""
    ids = corpus.articles["article_id"].astype(str)
    pars = corpus.paragraphs.assign(article_id=corpus.paragraphs["article_id"].astype(str))
    text = pars[pars["is_article_text"].astype(bool)]
    narr = narration(corpus.sentences, corpus.quotes) if narr is None else narr
    narr = narr.assign(article_id=narr["article_id"].astype(str))
    return pd.DataFrame({
        "article_id": ids.to_numpy(),
        "text_words": text.groupby("article_id")["n_words"].sum().reindex(ids).fillna(0)
        .to_numpy(),
        "narration_words": narr.groupby("article_id")["n_words"].sum().reindex(ids).fillna(0)
        .to_numpy(),
        "text_paragraphs": text[text["role"] != "title"].groupby("article_id").size()
        .reindex(ids).fillna(0).to_numpy(),
    })


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
          ``min(value / saturation, 1)``, what the scores weigh.
    """
    model = model or load_genre_model()
    narr = None
    if hits is None:
        narr = narration(corpus.sentences, corpus.quotes)
        hits = _genre_hits(corpus, model, narr)
    return _genre_features(corpus, model, hits, narr)


def _genre_features(corpus: Corpus, model: GenreModel, hits: pd.DataFrame,
                    narr: pd.DataFrame | None) -> pd.DataFrame:
    bases = _bases(corpus, narr)
    counts = hits.groupby(["article_id", "feature"]).agg(
        n_hits=("start", "size"), n_words=("n_words", "sum"))
    feats = list(model.features.values())
    n_articles, n_feats = len(bases), len(feats)
    aids = bases["article_id"].tolist()
    names = [f.name for f in feats]
    keys = pd.MultiIndex.from_arrays([np.repeat(np.asarray(aids, dtype=object), n_feats),
                                      names * n_articles])
    found = counts.reindex(keys)
    n_hits = found["n_hits"].fillna(0).to_numpy().astype("int64")
    n_words = found["n_words"].fillna(0).to_numpy().astype("int64")

    def per_feature(values: Sequence[Any]) -> np.ndarray:
        return np.tile(np.asarray(values), n_articles)

    def per_article(column: str) -> np.ndarray:
        return np.repeat(bases[column].to_numpy(dtype="float64"), n_feats)

    kind = per_feature([f.kind for f in feats])
    presence = per_feature([f.kind == "role_presence" or (f.kind == "lexicon"
                                                          and f.measure == "presence")
                            for f in feats]).astype(bool)
    share = np.isin(kind, ["qa_share", "quoted_share"]) & ~presence
    role_share = (kind == "role_share") & ~presence
    base = np.where(presence, 1.0,
                    np.where(share, per_article("text_words"),
                             np.where(role_share, per_article("text_paragraphs"),
                                      per_article("narration_words"))))
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(share, n_words / base,
                         np.where(role_share, n_hits / base, 100.0 * n_hits / base))
    value = np.where(base != 0, value, 0.0)
    value = np.where(presence, (n_hits > 0).astype("float64"), value)
    saturation = per_feature([f.saturation for f in feats]).astype("float64")
    rows = list(zip(np.repeat(np.asarray(aids, dtype=object), n_feats).tolist(),
                    names * n_articles, kind.tolist(), n_hits.tolist(), base.tolist(),
                    value.tolist(), saturation.tolist(),
                    np.minimum(value / saturation, 1.0).tolist(), strict=True))
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
    parts = []
    for genre, weights in model.weights.items():
        norm = sum(w for w in weights.values() if w > 0)
        part = features[["article_id", "feature", "value", "scaled"]].copy()
        part.insert(2, "genre", genre)
        part["weight"] = part["feature"].map(weights).fillna(0.0).astype(float)
        part["contribution"] = part["weight"] * part["scaled"] / norm
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


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
          avoids outweigh its own.
        - ``rank`` (int): 1 for the top genre (ties share the better rank).
    """
    scores = (contributions.groupby(["article_id", "genre"], sort=False)["contribution"].sum()
              .rename("score").reset_index())
    scores["rank"] = (scores.groupby("article_id")["score"].rank(ascending=False, method="min")
                      .astype("int64"))
    return scores.sort_values(["article_id", "rank"], kind="stable", ignore_index=True)


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
    # Within each article, by score, best first; ties keep the model's order.
    ordered = scores.sort_values(["article_id", "score"], ascending=[True, False],
                                 kind="stable")
    rank = ordered.groupby("article_id", sort=False).cumcount().to_numpy()
    top, second = ordered[rank == 0], ordered[rank == 1]
    second = second.set_index("article_id").reindex(top["article_id"])
    rows = list(zip(top["article_id"].tolist(), top["genre"].tolist(),
                    top["score"].astype(float).tolist(),
                    second["genre"].fillna("").tolist(),
                    second["score"].astype(float).tolist(), strict=True))
    calls = pd.DataFrame(rows, columns=["article_id", "call", "score", "runner_up",
                                        "runner_up_score"])
    calls["margin"] = calls["score"] - calls["runner_up_score"]
    if articles is not None:
        presented = dict(zip(articles["article_id"].astype(str),
                             articles["genre"].fillna("").astype(str), strict=True))
        calls["presented"] = calls["article_id"].map(presented).fillna("")
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
    model = model or load_genre_model()
    columns = ["article_id", "genre", "rank", "feature", "description", "value", "contribution",
               "example", "sentence_id", "paragraph_id", "start", "end", "text", "term",
               "surface", "term_start", "term_end"]
    # The features behind each call: positive contributions to the called
    # genre, largest first (ties in table order), n_features per call.
    order = {aid: i for i, aid in enumerate(calls["article_id"].tolist())}
    call_of = dict(zip(calls["article_id"].tolist(), calls["call"].tolist(), strict=True))
    called = contributions["genre"].to_numpy(dtype=object) \
        == contributions["article_id"].map(call_of).to_numpy(dtype=object)
    top = contributions[called & (contributions["contribution"] > 0).to_numpy()]
    top = top.assign(_call=top["article_id"].map(order))
    top = top.sort_values(["_call", "contribution"], ascending=[True, False], kind="stable")
    top = top.groupby("_call", sort=False).head(n_features)
    top = top.assign(_rank=top.groupby("_call", sort=False).cumcount() + 1)
    # Example hits: the first hits of each of those features in distinct
    # sentences (or lines, outside sentences), n_examples of them (at least one).
    wanted = pd.MultiIndex.from_arrays([top["article_id"], top["feature"]])
    h = hits[pd.MultiIndex.from_arrays([hits["article_id"], hits["feature"]]).isin(wanted)]
    h = h.assign(_line=np.where(h["sentence_id"] < 0, h["paragraph_id"], -1))
    h = h.drop_duplicates(["article_id", "feature", "sentence_id", "_line"])
    h = h.assign(_example=h.groupby(["article_id", "feature"], sort=False).cumcount() + 1)
    h = h[h["_example"] <= max(n_examples, 1)]
    h = h.rename(columns={"start": "term_start", "end": "term_end"})
    picked = top.reset_index(drop=True).merge(
        h[["article_id", "feature", "sentence_id", "paragraph_id", "term", "surface",
           "term_start", "term_end", "_example"]], on=["article_id", "feature"], how="inner")
    picked = picked.sort_values(["_call", "_rank", "_example"], kind="stable", ignore_index=True)
    if picked.empty:
        return pd.DataFrame([], columns=columns)
    # The sentence (or line) each example is in.
    sid = picked["sentence_id"].to_numpy()
    aids = picked["article_id"].astype(str)
    sents, pars = corpus.sentences, corpus.paragraphs
    at_sentence = pd.MultiIndex.from_arrays([sents["article_id"].astype(str),
                                             sents["sentence_id"]]).get_indexer(
        pd.MultiIndex.from_arrays([aids, picked["sentence_id"]]))
    at_line = pd.MultiIndex.from_arrays([pars["article_id"].astype(str),
                                         pars["paragraph_id"]]).get_indexer(
        pd.MultiIndex.from_arrays([aids, picked["paragraph_id"]]))
    if ((sid >= 0) & (at_sentence < 0)).any() or ((sid < 0) & (at_line < 0)).any():
        raise KeyError("a genre hit points at a sentence or line that is not in the corpus")

    def source(column: str) -> list:
        from_sentence = sents[column].to_numpy(dtype=object)[np.maximum(at_sentence, 0)] \
            if len(sents) else np.full(len(sid), None, dtype=object)
        from_line = pars[column].to_numpy(dtype=object)[np.maximum(at_line, 0)] \
            if len(pars) else np.full(len(sid), None, dtype=object)
        return np.where(sid >= 0, from_sentence, from_line).tolist()

    descriptions = {name: f.description for name, f in model.features.items()}
    rows = zip(
        picked["article_id"].tolist(), picked["article_id"].map(call_of).tolist(),
        picked["_rank"].tolist(), picked["feature"].tolist(),
        picked["feature"].map(descriptions).tolist(), picked["value"].tolist(),
        picked["contribution"].tolist(), picked["_example"].tolist(),
        [int(x) for x in sid], [int(x) for x in picked["paragraph_id"]],
        [int(x) for x in source("start")], [int(x) for x in source("end")], source("text"),
        picked["term"].tolist(), picked["surface"].tolist(),
        [int(x) for x in picked["term_start"]], [int(x) for x in picked["term_end"]],
        strict=True)
    return pd.DataFrame(list(rows), columns=columns)


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
    narr = narration(corpus.sentences, corpus.quotes)
    hits = _genre_hits(corpus, model, narr)
    features = _genre_features(corpus, model, hits, narr)
    contributions = genre_contributions(features, model)
    scores = genre_scores(contributions)
    calls = genre_calls(scores, corpus.articles)
    evidence = genre_evidence(corpus, calls, contributions, hits, model, n_features, n_examples)
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
    names = list(frames)
    found_in = _lexicon_matcher([spec["terms"] for spec in frames.values()]).find
    per_frame: list[list[tuple]] = [[] for _ in names]
    columns = [sentences[c].tolist() for c in ("article_id", "sentence_id", "start", "text")]
    for aid, sid, start, text in zip(*columns, strict=True):
        for name, rows, found in zip(names, per_frame, found_in(text), strict=True):
            for s, e, term in found:
                rows.append((str(aid), name, int(sid), int(start) + s, int(start) + e, term,
                             text[s:e]))
    out = pd.DataFrame([row for rows in per_frame for row in rows],
                       columns=["article_id", "frame", "sentence_id", "start", "end", "term",
                                "surface"])
    return out.astype({c: "int64" for c in ("sentence_id", "start", "end")})


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
    hits = frame_hits(sentences, frames)
    ids = (list(dict.fromkeys(sentences["article_id"].astype(str))) if articles is None
           else [str(a) for a in articles])
    totals = sentences.assign(article_id=sentences["article_id"].astype(str)) \
        .groupby("article_id").size()
    totals = dict(zip(totals.index.tolist(), totals.tolist(), strict=True))
    # Per article and frame: matching sentence ids (first seen first) and
    # term counts (first seen first, which is how value_counts breaks ties).
    sids: dict[tuple[str, str], dict[int, None]] = {}
    terms: dict[tuple[str, str], dict[str, int]] = {}
    for aid, name, sid, term in zip(hits["article_id"].tolist(), hits["frame"].tolist(),
                                    hits["sentence_id"].tolist(), hits["term"].tolist(),
                                    strict=True):
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
