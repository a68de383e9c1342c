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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..corpus import Corpus
from ..schema import QA_ROLES, SPEECH_KINDS
from ..text import count_words

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

#: A compiled lexicon: one pattern, and the term behind each named group.
Lexicon = tuple[re.Pattern[str], tuple[str, ...]]

_BEFORE = r"(?<!\w)(?<!\w[-'’])"
_AFTER = r"(?:['’]s)?(?!\w)(?![-'’]\w)"


def _term_regex(term: str) -> str:
    """Regular expression for one lexicon term (see :func:`compile_terms`)."""
    if term.startswith("re:"):
        return rf"(?<!\w)(?:{term[3:]})(?!\w)"
    stem = term.endswith("*")
    body = term[:-1] if stem else term
    core = []
    for part in re.split(r"(\s+|['’])", body):
        if not part:
            continue
        if part.isspace():
            core.append(r"\s+")
        elif part in ("'", "’"):
            core.append("['’]")
        else:
            core.append(re.escape(part))
    tail = r"\w*(?:[-'’]\w+)*" if stem else _AFTER
    return _BEFORE + "".join(core) + tail


def compile_terms(terms: Sequence[str]) -> Lexicon:
    """Compile lexicon terms into one case-insensitive pattern.

    Terms are matched on word boundaries, a hyphenated compound being one
    word. A term ending in ``*`` is a stem ("father*" matches "fathers",
    "fatherhood", "father-son"); any other term matches whole words only,
    with an optional possessive ("son" matches "son’s", never "song");
    spaces match any white space; straight and curly apostrophes are the
    same; a term starting with ``re:`` is a regular expression matched where
    it is not inside a word. Longer terms win where two could match.

    Returns
    -------
    pattern : re.Pattern
        One alternation with a named group ``t0``, ``t1``... per term.
    terms : tuple of str
        The terms in group order: ``terms[int(m.lastgroup[1:])]`` is the
        term a match ``m`` came from.
    """
    ordered = tuple(sorted(dict.fromkeys(terms), key=lambda t: (-len(t), t)))
    if not ordered:
        return re.compile(r"(?!)"), ()
    alternation = "|".join(f"(?P<t{i}>{_term_regex(t)})" for i, t in enumerate(ordered))
    return re.compile(alternation, re.IGNORECASE), ordered


def _find(text: str, compiled: Lexicon) -> list[tuple[int, int, str]]:
    """``(start, end, term)`` of each match of a compiled lexicon in ``text``."""
    pattern, terms = compiled
    return [(m.start(), m.end(), terms[int(m.lastgroup[1:])]) for m in pattern.finditer(text)]


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


def _inside(position: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


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
    spans = _speech_spans(quotes)
    rows = []
    for row in sentences.itertuples(index=False):
        chars = list(row.text)
        for qs, qe in spans.get(str(row.article_id), ()):
            lo, hi = max(qs, row.start) - row.start, min(qe, row.end) - row.start
            for i in range(max(lo, 0), min(hi, len(chars))):
                if not chars[i].isspace():
                    chars[i] = " "
        masked = "".join(chars)
        rows.append((row.article_id, row.sentence_id, row.paragraph_id, row.role, row.start,
                     row.end, row.text, masked, count_words(masked)))
    columns = ["article_id", "sentence_id", "paragraph_id", "role", "start", "end", "text",
               "narration", "n_words"]
    out = pd.DataFrame(rows, columns=columns)
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

def _sentence_lookup(sentences: pd.DataFrame) -> dict[str, list[tuple[int, int, int]]]:
    out: dict[str, list[tuple[int, int, int]]] = {}
    for aid, sid, start, end in zip(sentences["article_id"], sentences["sentence_id"],
                                    sentences["start"], sentences["end"], strict=True):
        out.setdefault(str(aid), []).append((int(start), int(end), int(sid)))
    return out


def _sentence_at(lookup: dict[str, list[tuple[int, int, int]]], aid: str, pos: int) -> int:
    return next((sid for s, e, sid in lookup.get(aid, ()) if s <= pos < e), -1)


def _lexicon_hits(feature: Feature, narr: pd.DataFrame, paragraphs: pd.DataFrame,
                  lookup: dict[str, list[tuple[int, int, int]]],
                  speech_paragraphs: set[tuple[str, int]]) -> list[tuple]:
    compiled = compile_terms(feature.terms)
    near = compile_terms(feature.terms_near_speech)
    rows = []
    if feature.scope == "narration":
        for r in narr.itertuples(index=False):
            found = _find(r.narration, compiled)
            if (str(r.article_id), int(r.paragraph_id)) in speech_paragraphs:
                found = sorted(found + _find(r.narration, near))
            for s, e, term in found:
                rows.append((r.article_id, feature.name, r.sentence_id, r.paragraph_id,
                             r.start + s, r.start + e, term, r.text[s:e], count_words(r.text[s:e])))
    else:
        chosen = paragraphs[paragraphs["role"].isin(feature.roles)]
        for r in chosen.itertuples(index=False):
            for s, e, term in _find(r.text, compiled):
                sid = _sentence_at(lookup, str(r.article_id), r.start + s)
                rows.append((r.article_id, feature.name, sid, r.paragraph_id, r.start + s,
                             r.start + e, term, r.text[s:e], count_words(r.text[s:e])))
    return rows


def _quote_hits(feature: Feature, quotes: pd.DataFrame, text_paragraphs: set) -> list[tuple]:
    """Outermost direct or embedded speech quotes in article text, outside Q&A turns."""
    by_key = {(str(r.article_id), int(r.quote_id)): r for r in quotes.itertuples(index=False)}
    rows = []
    for r in by_key.values():
        if r.kind not in ("direct", "embedded") or (str(r.article_id), r.paragraph_id) \
                not in text_paragraphs:
            continue
        parent, nested = int(r.parent_id), False
        while parent >= 0:
            up = by_key.get((str(r.article_id), parent))
            if up is None:
                break
            if up.kind in SPEECH_KINDS:
                nested = True
                break
            parent = int(up.parent_id)
        if not nested:
            rows.append((r.article_id, feature.name, int(r.sentence_id), int(r.paragraph_id),
                         int(r.start), int(r.end), r.kind, r.text, int(r.n_words)))
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
    paragraphs, sentences = corpus.paragraphs, corpus.sentences
    narr = narration(sentences, corpus.quotes)
    lookup = _sentence_lookup(sentences)
    spans = _speech_spans(corpus.quotes)
    quoted = corpus.quotes[corpus.quotes["kind"].isin(("direct", "embedded"))]
    speech_pars = {(str(a), int(p)) for a, p in zip(quoted["article_id"], quoted["paragraph_id"],
                                                     strict=True)}
    text_pars = paragraphs[paragraphs["is_article_text"].astype(bool)]
    text_keys = {(str(a), int(p)) for a, p in zip(text_pars["article_id"],
                                                   text_pars["paragraph_id"], strict=True)}
    rows: list[tuple] = []
    for feature in model.features.values():
        if feature.kind == "lexicon":
            rows += _lexicon_hits(feature, narr, paragraphs, lookup, speech_pars)
        elif feature.kind == "quoted_share":
            rows += _quote_hits(feature, corpus.quotes, text_keys)
        elif feature.kind == "mention_rate":
            m = corpus.mentions
            m = m[m["type"].isin(feature.types) & (m["sentence_id"] >= 0)]
            for r in m.itertuples(index=False):
                if not _inside(int(r.start), spans.get(str(r.article_id), ())):
                    rows.append((r.article_id, feature.name, int(r.sentence_id),
                                 int(r.paragraph_id), int(r.start), int(r.end),
                                 r.character or r.surface, r.surface, count_words(r.surface)))
        else:
            roles = QA_ROLES if feature.kind == "qa_share" else feature.roles
            chosen = paragraphs[paragraphs["role"].isin(roles)]
            for r in chosen.itertuples(index=False):
                rows.append((r.article_id, feature.name,
                             _sentence_at(lookup, str(r.article_id), int(r.start)),
                             int(r.paragraph_id), int(r.start), int(r.end), r.role, r.text,
                             int(r.n_words)))
    out = pd.DataFrame(rows, columns=_HIT_COLUMNS)
    out = out.astype({c: "int64" for c in ("sentence_id", "paragraph_id", "start", "end",
                                            "n_words")})
    out["article_id"] = out["article_id"].astype(str)
    return out.sort_values(["article_id", "feature", "start"], kind="stable",
                           ignore_index=True)


def _bases(corpus: Corpus) -> pd.DataFrame:
    """Denominators per article: article-text words, narration words, paragraphs."""
    ids = corpus.articles["article_id"].astype(str)
    pars = corpus.paragraphs.assign(article_id=corpus.paragraphs["article_id"].astype(str))
    text = pars[pars["is_article_text"].astype(bool)]
    narr = narration(corpus.sentences, corpus.quotes)
    narr["article_id"] = narr["article_id"].astype(str)
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
    hits = genre_hits(corpus, model) if hits is None else hits
    bases = _bases(corpus).set_index("article_id")
    counts = hits.groupby(["article_id", "feature"]).agg(
        n_hits=("start", "size"), n_words=("n_words", "sum"))
    rows = []
    for aid in bases.index:
        for f in model.features.values():
            n_hits, n_words = (counts.loc[(aid, f.name)] if (aid, f.name) in counts.index
                               else (0, 0))
            if f.kind in ("role_presence",) or (f.kind == "lexicon" and f.measure == "presence"):
                base, value = 1.0, float(n_hits > 0)
            elif f.kind in ("qa_share", "quoted_share"):
                base = float(bases.at[aid, "text_words"])
                value = n_words / base if base else 0.0
            elif f.kind == "role_share":
                base = float(bases.at[aid, "text_paragraphs"])
                value = n_hits / base if base else 0.0
            else:
                base = float(bases.at[aid, "narration_words"])
                value = 100.0 * n_hits / base if base else 0.0
            rows.append((aid, f.name, f.kind, int(n_hits), base, value, f.saturation,
                         min(value / f.saturation, 1.0)))
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
    rows = []
    for aid, group in scores.groupby("article_id", sort=True):
        ordered = group.sort_values("score", ascending=False, kind="stable")
        top = ordered.iloc[0]
        second = ordered.iloc[1] if len(ordered) > 1 else None
        rows.append((aid, top["genre"], float(top["score"]),
                     second["genre"] if second is not None else "",
                     float(second["score"]) if second is not None else np.nan))
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
    sents = corpus.sentences.assign(article_id=corpus.sentences["article_id"].astype(str))
    sents = sents.set_index(["article_id", "sentence_id"])
    pars = corpus.paragraphs.assign(article_id=corpus.paragraphs["article_id"].astype(str))
    pars = pars.set_index(["article_id", "paragraph_id"])
    rows = []
    for call in calls.itertuples(index=False):
        top = contributions[(contributions["article_id"] == call.article_id)
                            & (contributions["genre"] == call.call)
                            & (contributions["contribution"] > 0)]
        top = top.sort_values("contribution", ascending=False, kind="stable").head(n_features)
        for rank, feat in enumerate(top.itertuples(index=False), start=1):
            fh = hits[(hits["article_id"] == call.article_id) & (hits["feature"] == feat.feature)]
            seen: set[tuple[int, int]] = set()
            for h in fh.itertuples(index=False):
                key = (int(h.sentence_id), int(h.paragraph_id) if h.sentence_id < 0 else -1)
                if key in seen:
                    continue
                seen.add(key)
                if h.sentence_id >= 0:
                    src = sents.loc[(call.article_id, int(h.sentence_id))]
                else:
                    src = pars.loc[(call.article_id, int(h.paragraph_id))]
                rows.append((call.article_id, call.call, rank, feat.feature,
                             model.features[feat.feature].description, feat.value,
                             feat.contribution, len(seen), int(h.sentence_id),
                             int(h.paragraph_id), int(src["start"]), int(src["end"]),
                             src["text"], h.term, h.surface, int(h.start), int(h.end)))
                if len(seen) >= n_examples:
                    break
    return pd.DataFrame(rows, columns=[
        "article_id", "genre", "rank", "feature", "description", "value", "contribution",
        "example", "sentence_id", "paragraph_id", "start", "end", "text", "term", "surface",
        "term_start", "term_end"])


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
    hits = genre_hits(corpus, model)
    features = genre_features(corpus, model, hits)
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
    rows = []
    for name, spec in frames.items():
        compiled = compile_terms(spec["terms"])
        for r in sentences.itertuples(index=False):
            for s, e, term in _find(r.text, compiled):
                rows.append((str(r.article_id), name, int(r.sentence_id), int(r.start) + s,
                             int(r.start) + e, term, r.text[s:e]))
    out = pd.DataFrame(rows, columns=["article_id", "frame", "sentence_id", "start", "end",
                                      "term", "surface"])
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
    rows = []
    for aid in ids:
        n_total = int(totals.get(aid, 0))
        for name, spec in frames.items():
            h = hits[(hits["article_id"] == aid) & (hits["frame"] == name)]
            sids = list(dict.fromkeys(h["sentence_id"].tolist()))
            counts = h["term"].value_counts()
            top = ", ".join(f"{t} ({n})" for t, n in counts.head(5).items())
            rows.append((aid, name, spec.get("label", name), len(sids), n_total,
                         len(sids) / n_total if n_total else np.nan, len(h),
                         sorted(sids)[:n_examples], top))
    return pd.DataFrame(rows, columns=["article_id", "frame", "label", "n_sentences", "n_total",
                                       "share", "n_matches", "example_ids", "top_terms"])
