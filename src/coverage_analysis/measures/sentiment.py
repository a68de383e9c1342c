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
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from ..schema import PROSE_ROLES

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
def _analyzer() -> SentimentIntensityAnalyzer:
    """Return one shared VADER analyser (loading its lexicon takes a moment)."""
    return SentimentIntensityAnalyzer()


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
    kept = kept.sort_values(["article_id", "sentence_id"]).reset_index(drop=True)
    analyzer = _analyzer()
    polarity = [analyzer.polarity_scores(text) for text in kept["text"]]
    scores = pd.DataFrame(polarity, columns=["neg", "neu", "pos", "compound"],
                          index=kept.index, dtype="float64")
    out = pd.concat([kept[_SCORE_COLUMNS], scores], axis=1)
    out["label"] = out["compound"].map(label).astype(str)
    return out


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
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, data.size, size=(n_resamples, data.size))].mean(axis=1)
    tail = (1 - confidence) / 2
    low, high = np.quantile(means, [tail, 1 - tail])
    return (float(data.mean()), float(low), float(high))


def _summary_row(
    compound: pd.Series, labels: pd.Series, n_resamples: int, confidence: float, seed: int
) -> dict[str, float]:
    """Return the figures of one group of sentences (see :func:`summarise`)."""
    mean, low, high = bootstrap_mean(compound.to_numpy(), n_resamples, confidence, seed)
    n = len(compound)
    shares = {f"share_{name}": (labels == name).sum() / n if n else np.nan for name in LABELS}
    return {"n_sentences": n, "mean_compound": mean, "ci_low": low, "ci_high": high, **shares}


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
    keys = scores[by].astype(str) if by is not None else pd.Series("all", index=scores.index)
    names = list(groups) if groups is not None else sorted(keys.unique())
    bootstrap = {"n_resamples": n_resamples, "confidence": confidence, "seed": seed}
    rows = []
    for article_id in sorted(scores["article_id"].unique()):
        in_article = scores["article_id"] == article_id
        for name in names:
            part = scores[in_article & (keys == name)]
            row = _summary_row(part["compound"], part["label"], **bootstrap)
            rows.append({"article_id": article_id, "group": name, **row})
    out = pd.DataFrame(rows, columns=_SUMMARY_COLUMNS)
    return out.astype({"n_sentences": "int64"})


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
    paired = mentioning_sentences(scores, mentions, persons, types)
    out = summarise(paired, by="person", groups=persons,
                    n_resamples=n_resamples, confidence=confidence, seed=seed)
    every = pd.MultiIndex.from_product(
        [sorted(scores["article_id"].unique()), list(persons)], names=["article_id", "group"]
    )
    # Articles that mention none of the persons still get their (empty) rows.
    out = out.set_index(["article_id", "group"]).reindex(every).reset_index()
    out["n_sentences"] = out["n_sentences"].fillna(0).astype("int64")
    return out[_SUMMARY_COLUMNS]


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
