"""Sentiment of article prose, one VADER score per sentence.

VADER (Hutto and Gilbert, 2014) is a lexicon and rule model built for short
texts; a whole article would average away everything it says, so only single
sentences are scored, and only running prose (roles in
:data:`~coverage_analysis.schema.PROSE_ROLES`). Article and group figures are
summaries of those sentence scores: the mean compound score with a percentile
bootstrap interval, and the shares of positive, neutral and negative sentences.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..schema import PROSE_ROLES
from .vader import Vader

__all__ = [
    "CONFIDENCE",
    "LABELS",
    "NEGATIVE_THRESHOLD",
    "N_RESAMPLES",
    "POSITIVE_THRESHOLD",
    "SEED",
    "article_summary",
    "bootstrap_mean",
    "extremes",
    "label",
    "mentioning_sentences",
    "person_summary",
    "score_sentences",
    "summarise",
    "voice_summary",
]

#: Compound score at or above which a sentence is positive (VADER authors' cut-off).
POSITIVE_THRESHOLD = 0.05
#: Compound score at or below which a sentence is negative.
NEGATIVE_THRESHOLD = -0.05
#: Sentence labels, in the order summaries report their shares.
LABELS = ("positive", "neutral", "negative")
#: Bootstrap resamples for the interval of a mean.
N_RESAMPLES = 2000
#: Seed of the bootstrap's random generator; every group starts from it afresh.
SEED = 20240908
#: Coverage of the bootstrap interval.
CONFIDENCE = 0.95

_SCORE_COLUMNS = ["article_id", "sentence_id", "start", "end", "voice", "speaker", "text"]
_SUMMARY_COLUMNS = [
    "article_id", "group", "n_sentences", "mean_compound", "ci_low", "ci_high",
    "share_positive", "share_neutral", "share_negative",
]


@functools.cache
def _analyzer() -> Vader:
    """Return one shared VADER analyser (loading its lexicon takes a moment)."""
    return Vader()


def label(compound: float) -> str:
    """Return "positive", "negative" or "neutral" for a VADER compound score.

    Parameters
    ----------
    compound : float
        A compound score in [-1, 1].

    Returns
    -------
    str
        "positive" if ``compound >= POSITIVE_THRESHOLD``, "negative" if
        ``compound <= NEGATIVE_THRESHOLD``, otherwise "neutral".
    """
    if compound >= POSITIVE_THRESHOLD:
        return "positive"
    if compound <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def score_sentences(
    sentences: pd.DataFrame, roles: Sequence[str] = PROSE_ROLES
) -> pd.DataFrame:
    """Score each prose sentence with VADER.

    Parameters
    ----------
    sentences : DataFrame
        The corpus ``sentences`` table (``article_id``, ``sentence_id``,
        ``role``, ``start``, ``end``, ``voice``, ``speaker``, ``text``).
    roles : sequence of str, optional
        Paragraph roles whose sentences are scored; running prose by default.

    Returns
    -------
    DataFrame
        One row per scored sentence, sorted by ``article_id`` and ``sentence_id``:

        - ``article_id`` (str), ``sentence_id`` (int), ``start``, ``end`` (int),
          ``voice`` (str: narration or speech), ``speaker`` (str), ``text`` (str):
          as in ``sentences``.
        - ``neg``, ``neu``, ``pos`` (float): VADER's proportions of negative,
          neutral and positive weight in the sentence; they sum to about 1.
        - ``compound`` (float): VADER's normalised overall score in [-1, 1].
        - ``label`` (str): :func:`label` of ``compound``.
    """
    kept = sentences[sentences["role"].isin(list(roles))]
    kept = kept.sort_values(["article_id", "sentence_id"])
    data = {c: kept[c].array for c in _SCORE_COLUMNS}
    polarity_scores = _analyzer().polarity_scores
    polarity = [polarity_scores(text) for text in kept["text"].tolist()]
    for column in ("neg", "neu", "pos", "compound"):
        data[column] = np.array([p[column] for p in polarity], dtype="float64")
    data["label"] = pd.array([label(c) for c in data["compound"].tolist()], dtype=str)
    return pd.DataFrame(data)


def bootstrap_mean(
    values: Sequence[float] | np.ndarray,
    n_resamples: int = N_RESAMPLES,
    confidence: float = CONFIDENCE,
    seed: int = SEED,
) -> tuple[float, float, float]:
    """Return the mean of ``values`` and a percentile bootstrap interval for it.

    Parameters
    ----------
    values : sequence of float
        The sample (here: compound scores of a group of sentences).
    n_resamples : int, optional
        Number of resamples drawn with replacement.
    confidence : float, optional
        Coverage of the interval (0.95: the 2.5th and 97.5th percentiles of
        the resampled means).
    seed : int, optional
        Seed of a fresh ``numpy.random.Generator``: the same values and seed
        always give the same interval, whatever was computed before.

    Returns
    -------
    tuple of float
        ``(mean, low, high)``; all NaN for an empty sample, and ``low == high
        == mean`` for a single value.
    """
    data = np.asarray(values, dtype=float)
    if data.size == 0:
        return (np.nan, np.nan, np.nan)
    means = data[_resample_indices(data.size, n_resamples, seed)].mean(axis=1)
    tail = (1 - confidence) / 2
    low, high = np.quantile(means, [tail, 1 - tail])
    return (float(data.mean()), float(low), float(high))


#: Largest resampling plan kept for reuse, in index entries (4 bytes each).
_PLAN_LIMIT = 1_000_000


def _resample_indices(size: int, n_resamples: int, seed: int) -> np.ndarray:
    """Rows of indices drawn with replacement, as a fresh generator seeded with ``seed`` draws.

    The draws depend only on the sample size, the number of resamples and
    the seed, so groups of the same size share them.
    """
    if size * n_resamples > _PLAN_LIMIT:
        return _draw_indices(size, n_resamples, seed)
    return _cached_indices(size, n_resamples, seed)


def _draw_indices(size: int, n_resamples: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.integers(0, size, size=(n_resamples, size))


@functools.lru_cache(maxsize=32)
def _cached_indices(size: int, n_resamples: int, seed: int) -> np.ndarray:
    plan = _draw_indices(size, n_resamples, seed).astype(np.int32)
    plan.flags.writeable = False
    return plan


def summarise(
    scores: pd.DataFrame,
    by: str | None = None,
    groups: Sequence[str] | None = None,
    n_resamples: int = N_RESAMPLES,
    confidence: float = CONFIDENCE,
    seed: int = SEED,
) -> pd.DataFrame:
    """Summarise sentence scores per article, or per article and group.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`score_sentences` (``article_id``, ``compound``,
        ``label``, and the ``by`` column if given).
    by : str, optional
        Column whose values split each article's sentences into groups
        ("voice", say). None (the default) makes one group, "all".
    groups : sequence of str, optional
        Group values to report for every article, in this order, with
        ``n_sentences`` 0 and NaN figures where an article has none. Default:
        the values present, sorted.
    n_resamples, confidence, seed
        Passed to :func:`bootstrap_mean`; each group is resampled from a
        fresh generator seeded with ``seed``.

    Returns
    -------
    DataFrame
        One row per article and group:

        - ``article_id`` (str).
        - ``group`` (str): the value of ``by``, or "all".
        - ``n_sentences`` (int): sentences in the group.
        - ``mean_compound`` (float): mean compound score.
        - ``ci_low``, ``ci_high`` (float): percentile bootstrap interval of the mean.
        - ``share_positive``, ``share_neutral``, ``share_negative`` (float):
          share of the group's sentences with each label (they sum to 1).
    """
    keys = scores[by].astype(str).tolist() if by is not None else ["all"] * len(scores)
    names = list(groups) if groups is not None else sorted(set(keys))
    article_ids = scores["article_id"].tolist()
    members: dict[tuple, list[int]] = {}
    for i, key in enumerate(zip(article_ids, keys, strict=True)):
        members.setdefault(key, []).append(i)
    cells = [(article_id, name) for article_id in sorted(set(article_ids)) for name in names]
    return _summaries(cells, members, scores["compound"].to_numpy(),
                      np.asarray(scores["label"].tolist(), dtype=object),
                      n_resamples=n_resamples, confidence=confidence, seed=seed)


def _summaries(cells: list[tuple], members: dict[tuple, list[int]], compound: np.ndarray,
               labels: np.ndarray, n_resamples: int, confidence: float,
               seed: int) -> pd.DataFrame:
    """One summary row per (article, group) cell, over the rows ``members`` lists for it."""
    results = {}
    resampled: dict[tuple, np.ndarray] = {}
    # Cells of the same size share their resampling plan: compute them together.
    for cell in sorted(set(cells), key=lambda c: len(members.get(c, ()))):
        rows = members.get(cell, [])
        n = len(rows)
        data = compound[rows].astype(float)
        if n:
            resampled[cell] = data[_resample_indices(n, n_resamples, seed)].mean(axis=1)
        shares = {f"share_{name}": int((labels[rows] == name).sum()) / n if n else np.nan
                  for name in LABELS}
        results[cell] = {"n_sentences": n, "mean_compound": float(data.mean()) if n else np.nan,
                         "ci_low": np.nan, "ci_high": np.nan, **shares}
    if resampled:
        # The percentiles of every cell at once (the same numbers as one by one).
        tail = (1 - confidence) / 2
        bounds = np.quantile(np.stack(list(resampled.values())), [tail, 1 - tail], axis=1)
        for j, cell in enumerate(resampled):
            results[cell]["ci_low"] = float(bounds[0, j])
            results[cell]["ci_high"] = float(bounds[1, j])
    if not cells:
        return pd.DataFrame([], columns=_SUMMARY_COLUMNS).astype({"n_sentences": "int64"})
    columns: dict[str, object] = {"article_id": [a for a, _ in cells],
                                  "group": [g for _, g in cells]}
    for name in _SUMMARY_COLUMNS[2:]:
        columns[name] = np.array([results[cell][name] for cell in cells],
                                 dtype="int64" if name == "n_sentences" else "float64")
    return pd.DataFrame(columns)


def article_summary(
    scores: pd.DataFrame,
    n_resamples: int = N_RESAMPLES,
    confidence: float = CONFIDENCE,
    seed: int = SEED,
) -> pd.DataFrame:
    """Summarise each article's sentences as one group.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`score_sentences`.
    n_resamples, confidence, seed
        Passed to :func:`bootstrap_mean`.

    Returns
    -------
    DataFrame
        As :func:`summarise`, one row per article, ``group`` "all".
    """
    return summarise(scores, n_resamples=n_resamples, confidence=confidence, seed=seed)


def voice_summary(
    scores: pd.DataFrame,
    n_resamples: int = N_RESAMPLES,
    confidence: float = CONFIDENCE,
    seed: int = SEED,
) -> pd.DataFrame:
    """Summarise each article's narration and speech apart.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`score_sentences`.
    n_resamples, confidence, seed
        Passed to :func:`bootstrap_mean`.

    Returns
    -------
    DataFrame
        As :func:`summarise`, with ``group`` "narration" and "speech" for
        every article (``n_sentences`` 0 where an article has no speech).
    """
    return summarise(scores, by="voice", groups=("narration", "speech"),
                     n_resamples=n_resamples, confidence=confidence, seed=seed)


def mentioning_sentences(
    scores: pd.DataFrame,
    mentions: pd.DataFrame,
    persons: Sequence[str],
    types: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Pair each scored sentence with each person it mentions.

    A sentence mentions a person if any row of ``mentions`` with that
    ``entity`` has its ``article_id`` and ``sentence_id``. By default every
    mention type counts, so a film character ("BJ") counts for the actor and
    a speaker's "I" for the speaker: in a Q&A nearly every answer mentions
    the interviewee.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`score_sentences`.
    mentions : DataFrame
        The corpus ``mentions`` table (``article_id``, ``sentence_id``, ``entity``).
    persons : sequence of str, optional
        Person ids to look for.
    types : sequence of str, optional
        Mention types that count (``("name", "nominal", "pronoun")`` leaves
        out characters and first-person speech); None, the default, counts all.

    Returns
    -------
    DataFrame
        Every column of ``scores`` and ``person`` (str), one row per sentence
        and person it mentions: a sentence mentioning both people appears
        twice, a sentence mentioning neither not at all.
    """
    keep = mentions["entity"].isin(list(persons))
    if types is not None:
        keep &= mentions["type"].isin(list(types))
    found = mentions.loc[keep, ["article_id", "sentence_id", "entity"]]
    found = found[found["sentence_id"] >= 0].drop_duplicates()
    found = found.rename(columns={"entity": "person"})
    out = scores.merge(found, on=["article_id", "sentence_id"], how="inner")
    return out.sort_values(["article_id", "sentence_id", "person"]).reset_index(drop=True)


def person_summary(
    scores: pd.DataFrame,
    mentions: pd.DataFrame,
    persons: Sequence[str],
    types: Sequence[str] | None = None,
    n_resamples: int = N_RESAMPLES,
    confidence: float = CONFIDENCE,
    seed: int = SEED,
) -> pd.DataFrame:
    """Summarise, per article, the sentences that mention each person.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`score_sentences`.
    mentions : DataFrame
        The corpus ``mentions`` table.
    persons : sequence of str, optional
        Person ids, one group each, in this order.
    types : sequence of str, optional
        Mention types that count; see :func:`mentioning_sentences`.
    n_resamples, confidence, seed
        Passed to :func:`bootstrap_mean`.

    Returns
    -------
    DataFrame
        As :func:`summarise`, with ``group`` the person id, for every article
        of ``scores`` and every person. The groups overlap: a sentence that
        mentions both people counts in both.
    """
    keep = mentions["entity"].isin(list(persons))
    if types is not None:
        keep &= mentions["type"].isin(list(types))
    found = mentions.loc[keep, ["article_id", "sentence_id", "entity"]]
    found = found[found["sentence_id"] >= 0]
    who: dict[tuple, list] = {}
    for article_id, sentence_id, person in zip(
            *(found[c].tolist() for c in ("article_id", "sentence_id", "entity")), strict=True):
        mentioned = who.setdefault((article_id, sentence_id), [])
        if person not in mentioned:
            mentioned.append(person)
    # Each person's sentences in sentence order, as mentioning_sentences pairs them.
    article_ids, sentence_ids = scores["article_id"].tolist(), scores["sentence_id"].tolist()
    order = sorted(range(len(scores)), key=lambda i: (article_ids[i], sentence_ids[i]))
    members: dict[tuple, list[int]] = {}
    for i in order:
        for person in who.get((article_ids[i], sentence_ids[i]), ()):
            members.setdefault((article_ids[i], str(person)), []).append(i)
    cells = [(a, p) for a in sorted(set(article_ids)) for p in persons]
    return _summaries(cells, members, scores["compound"].to_numpy(),
                      np.asarray(scores["label"].tolist(), dtype=object),
                      n_resamples=n_resamples, confidence=confidence, seed=seed)


def extremes(scores: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """Return each article's most positive and most negative sentences.

    Parameters
    ----------
    scores : DataFrame
        Output of :func:`score_sentences`.
    n : int, optional
        Sentences to keep at each end, per article. Ties in ``compound`` go to
        the earlier sentence.

    Returns
    -------
    DataFrame
        Up to ``2 * n`` rows per article, sorted by ``article_id``, then
        ``end_of_scale``, then ``rank``:

        - ``article_id`` (str).
        - ``end_of_scale`` (str): "positive" (highest compound first) or
          "negative" (lowest first). A sentence is listed whatever its label:
          an article with few negative sentences shows its least positive ones.
        - ``rank`` (int): 1 for the most extreme.
        - ``sentence_id``, ``start``, ``end`` (int), ``voice``, ``speaker``,
          ``text`` (str), ``compound`` (float), ``label`` (str): as in ``scores``.
    """
    cols = ["sentence_id", "start", "end", "voice", "speaker", "text", "compound", "label"]
    parts = []
    for end_of_scale, ascending in (("positive", False), ("negative", True)):
        ordered = scores.sort_values(
            ["article_id", "compound", "sentence_id"], ascending=[True, ascending, True]
        )
        top = ordered.groupby("article_id", sort=True).head(n).copy()
        top.insert(1, "end_of_scale", end_of_scale)
        top.insert(2, "rank", top.groupby("article_id").cumcount() + 1)
        parts.append(top[["article_id", "end_of_scale", "rank", *cols]])
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(["article_id", "end_of_scale", "rank"],
                           ascending=[True, False, True]).reset_index(drop=True)
