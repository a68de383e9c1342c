"""Headline numbers: one row per article, and one per article and compared person."""

from __future__ import annotations

import pandas as pd

from ..corpus import Corpus
from ..measures import compute_measures

__all__ = ["people_summary", "summary_table"]


def _value(frame: pd.DataFrame, column: str, **where: str) -> pd.Series:
    """``column`` indexed by article id, for the rows matching ``where``."""
    rows = frame
    for key, val in where.items():
        rows = rows[rows[key] == val]
    return rows.set_index(rows["article_id"].astype(str))[column]


def summary_table(corpus: Corpus, measures: dict[str, pd.DataFrame] | None = None
                  ) -> pd.DataFrame:
    """Compare the articles on one row each: the headline number of every measure.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables.
    measures : dict, optional
        Output of :func:`compute_measures` (computed if not given).

    Returns
    -------
    DataFrame
        One row per article:

        - ``article_id``, ``presented`` (the metadata genre), ``call`` (the
          genre the framing measure calls), ``call_score``, ``call_margin``.
        - ``words_text``, ``words_file``: words of article text and of the
          whole file; ``share_not_article``: share of the file's words in
          lines labelled as not the article.
        - ``prose_sentences``; ``mean_compound``, ``compound_low``,
          ``compound_high`` (mean VADER compound, 95% bootstrap interval);
          ``share_positive``, ``share_negative``; ``compound_narration``,
          ``compound_speech``.
        - ``flesch_reading_ease``, ``flesch_reading_ease_naive``,
          ``flesch_kincaid_grade``, ``flesch_kincaid_grade_naive``,
          ``words_per_sentence``, ``sentences_naive_minus_library``.
        - ``top_theme``, ``top_theme_share``.
        - ``ratio_of`` (str): the compared pair, "A ÷ B" from the study ("" without
          a pair); ``mentions_ratio``, ``mentions_ratio_low``,
          ``mentions_ratio_high``: the first person's mentions over the
          second's, with a 95% interval (inf when only the second has none).
        - ``reason`` (str): why a number is missing, "" when none is.

        Per-person numbers are in :func:`people_summary`.
    """
    m = compute_measures(corpus) if measures is None else measures
    arts = corpus.articles.assign(article_id=corpus.articles["article_id"].astype(str))
    ids = arts["article_id"].tolist()
    calls = m["genre_calls"].set_index("article_id")
    whole = m["sentiment_articles"].set_index("article_id")
    voice, read = m["sentiment_voice"], m["readability"]
    themes = m["frame_shares"].sort_values(["article_id", "share"], ascending=[True, False],
                                           kind="stable").groupby("article_id").head(1)
    themes = themes.set_index("article_id")
    ratios = m["space_ratios"]
    words = m["role_words"]
    not_text = words[~words["is_article_text"]].groupby("article_id")["words"].sum()
    all_words = words.groupby("article_id")["words"].sum()
    out = pd.DataFrame({
        "article_id": ids,
        "presented": arts["genre"].fillna("").to_numpy(),
        "call": calls["call"].reindex(ids).to_numpy(),
        "call_score": calls["score"].reindex(ids).to_numpy(),
        "call_margin": calls["margin"].reindex(ids).to_numpy(),
        "words_text": arts["n_words"].to_numpy(),
        "words_file": all_words.reindex(ids).to_numpy(),
        "share_not_article": (not_text.reindex(ids).fillna(0) / all_words.reindex(ids))
        .to_numpy(),
        "prose_sentences": whole["n_sentences"].reindex(ids).to_numpy(),
        "mean_compound": whole["mean_compound"].reindex(ids).to_numpy(),
        "compound_low": whole["ci_low"].reindex(ids).to_numpy(),
        "compound_high": whole["ci_high"].reindex(ids).to_numpy(),
        "share_positive": whole["share_positive"].reindex(ids).to_numpy(),
        "share_negative": whole["share_negative"].reindex(ids).to_numpy(),
        "compound_narration": _value(voice, "mean_compound", group="narration").reindex(ids)
        .to_numpy(),
        "compound_speech": _value(voice, "mean_compound", group="speech").reindex(ids)
        .to_numpy(),
    })
    for measure in ("flesch_reading_ease", "flesch_kincaid_grade"):
        out[measure] = _value(read, "value", measure=measure).reindex(ids).to_numpy()
        out[f"{measure}_naive"] = _value(read, "naive", measure=measure).reindex(ids).to_numpy()
    out["words_per_sentence"] = _value(read, "value", measure="words_per_sentence") \
        .reindex(ids).to_numpy()
    out["sentences_naive_minus_library"] = -_value(read, "difference", measure="n_sentences") \
        .reindex(ids).to_numpy()
    out["top_theme"] = themes["label"].reindex(ids).to_numpy()
    out["top_theme_share"] = themes["share"].reindex(ids).to_numpy()
    mentions = ratios[ratios["measure"] == "mentions_all"].set_index("article_id")
    out["ratio_of"] = corpus.study.pair_label
    for col in ("ratio", "ratio_low", "ratio_high"):
        out[f"mentions_{col}"] = (mentions[col].reindex(ids).to_numpy(dtype=float)
                                  if not mentions.empty else float("nan"))
    out["reason"] = [_reason(corpus, r) for _, r in out.iterrows()]
    return out


def _reason(corpus: Corpus, row: pd.Series) -> str:
    """Say why a headline number is missing (empty when none is)."""
    reasons = []
    if not row["prose_sentences"] or pd.isna(row["prose_sentences"]):
        reasons.append("no prose sentences")
    if not corpus.study.pair_label:
        reasons.append("no pair of people to compare")
    elif pd.isna(row["mentions_ratio"]):
        reasons.append("neither compared person is mentioned")
    return "; ".join(reasons)


def people_summary(corpus: Corpus, measures: dict[str, pd.DataFrame] | None = None
                   ) -> pd.DataFrame:
    """Each compared person's space in each article, one row per article and person.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables (``corpus.study.compare`` names the people).
    measures : dict, optional
        Output of :func:`~coverage_analysis.measures.compute_measures`.

    Returns
    -------
    DataFrame
        - ``article_id`` (str), ``person`` (str: person id), ``name`` (str).
        - ``mentions`` (float): all mentions in article text.
        - ``sentence_share`` (float): share of the article's sentences that
          mention the person; ``sentence_share_low``, ``sentence_share_high``:
          95% Wilson interval.
        - ``quoted_share`` (float): share of the quoted words the person
          speaks; NaN without quoted speech.
        - ``prominence`` (float): mentions weighted by place (title 3, first
          paragraph 2, elsewhere 1).
    """
    m = compute_measures(corpus) if measures is None else measures
    space = m["space"]
    wide = space.pivot_table(index=["article_id", "person"], columns="measure",
                             values=["count", "share", "share_low", "share_high"],
                             dropna=False, sort=False)
    rows = []
    ids = corpus.articles["article_id"].astype(str).tolist()
    for aid in ids:
        for person in corpus.study.compare:
            key = (aid, person)

            def get(value: str, measure: str, key=key) -> float:
                try:
                    return float(wide.loc[key, (value, measure)])
                except KeyError:
                    return float("nan")

            rows.append({
                "article_id": aid, "person": person, "name": corpus.study.name(person),
                "mentions": get("count", "mentions_all"),
                "sentence_share": get("share", "sentences"),
                "sentence_share_low": get("share_low", "sentences"),
                "sentence_share_high": get("share_high", "sentences"),
                "quoted_share": get("share", "quoted_words"),
                "prominence": get("count", "prominence"),
            })
    columns = ["article_id", "person", "name", "mentions", "sentence_share",
               "sentence_share_low", "sentence_share_high", "quoted_share", "prominence"]
    return pd.DataFrame(rows, columns=columns)
