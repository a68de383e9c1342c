"""What the measures show, in sentences built from the numbers."""

from __future__ import annotations

import pandas as pd

from ..corpus import Corpus
from ..measures import compute_measures
from .summary import people_summary, summary_table

__all__ = ["findings"]


def _name(row: pd.Series) -> str:
    return f"{row['article_id']} ({row['presented']})" if row["presented"] else row["article_id"]


def findings(corpus: Corpus, measures: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """State what the measures show, in sentences built from the numbers.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables.
    measures : dict, optional
        Output of :func:`compute_measures` (computed if not given).

    Returns
    -------
    DataFrame
        One row per finding: ``topic`` (str), ``finding`` (str, every number
        in it computed here), ``source`` (str: the figure or table to check it
        against).
    """
    m = compute_measures(corpus) if measures is None else measures
    s = summary_table(corpus, m)
    names = {r["article_id"]: _name(r) for _, r in s.iterrows()}
    rows = []

    not_text = m["role_words"][~m["role_words"]["is_article_text"]]
    most = s.loc[s["share_not_article"].idxmax()]
    roles = ", ".join(sorted(not_text["role"].unique()))
    rows.append(("corpus", (
        f"{int(not_text['words'].sum())} of {int(s['words_file'].sum())} words in the files "
        f"({not_text['words'].sum() / s['words_file'].sum():.1%}) are labelled as not article "
        f"text ({roles}); the most is in {names[most['article_id']]}: "
        f"{most['share_not_article']:.1%} of its words."), "corpus_overview"))

    hi, lo = s.loc[s["mean_compound"].idxmax()], s.loc[s["mean_compound"].idxmin()]
    rows.append(("sentiment", (
        f"{names[hi['article_id']]} is the most positive piece: mean compound "
        f"{hi['mean_compound']:.2f} (95% interval {hi['compound_low']:.2f} to "
        f"{hi['compound_high']:.2f}), {hi['share_positive']:.0%} of its sentences positive; "
        f"{names[lo['article_id']]} the least: {lo['mean_compound']:.2f} "
        f"({lo['compound_low']:.2f} to {lo['compound_high']:.2f})."), "sentiment_by_article"))
    overlap = s["compound_low"].max() <= s["compound_high"].min()
    rows.append(("sentiment", (
        "The intervals of all articles overlap, so the ranking is not firm." if overlap else
        f"The intervals of {names[hi['article_id']]} and {names[lo['article_id']]} do not "
        f"overlap ({hi['compound_low']:.2f} > {lo['compound_high']:.2f})."
        if hi["compound_low"] > lo["compound_high"] else
        "The most and least positive pieces' intervals overlap."), "sentiment_by_article"))
    voice = m["sentiment_voice"].set_index(["article_id", "group"])
    both = s.dropna(subset=["compound_speech", "compound_narration"])
    for aid in both["article_id"]:
        nar, spe = voice.loc[(aid, "narration")], voice.loc[(aid, "speech")]
        apart = nar["ci_low"] > spe["ci_high"] or spe["ci_low"] > nar["ci_high"]
        warmer = "narration" if nar["mean_compound"] > spe["mean_compound"] else "quoted speech"
        rows.append(("sentiment", (
            f"In {names[aid]} narration scores {nar['mean_compound']:.2f} ({nar['ci_low']:.2f} "
            f"to {nar['ci_high']:.2f}, {int(nar['n_sentences'])} sentences) and quoted speech "
            f"{spe['mean_compound']:.2f} ({spe['ci_low']:.2f} to {spe['ci_high']:.2f}, "
            f"{int(spe['n_sentences'])} sentences): "
            + (f"the {warmer} is warmer, and the intervals do not overlap." if apart else
               "the intervals overlap, so the two voices are not clearly apart.")),
            "sentiment_by_voice"))
    no_speech = s.loc[s["compound_speech"].isna(), "article_id"].map(names).tolist()
    if no_speech:
        rows.append(("sentiment", (
            f"In {' and '.join(no_speech)} no sentence is mostly quoted speech: every prose "
            f"sentence there is narration."), "sentiment_by_voice"))

    easy, hard = (s.loc[s["flesch_reading_ease"].idxmax()],
                  s.loc[s["flesch_reading_ease"].idxmin()])
    rows.append(("readability", (
        f"{names[easy['article_id']]} reads easiest (Flesch reading ease "
        f"{easy['flesch_reading_ease']:.1f}, grade {easy['flesch_kincaid_grade']:.1f}); "
        f"{names[hard['article_id']]} hardest ({hard['flesch_reading_ease']:.1f}, grade "
        f"{hard['flesch_kincaid_grade']:.1f}, {hard['words_per_sentence']:.1f} words per "
        f"sentence)."), "readability_by_article"))
    shift = (s["flesch_kincaid_grade"] - s["flesch_kincaid_grade_naive"])
    big = s.loc[shift.abs().idxmax()]
    rows.append(("readability", (
        f"textstat's own sentence splitting finds {int(s['sentences_naive_minus_library'].min())}"
        f" to {int(s['sentences_naive_minus_library'].max())} more sentences per article "
        f"(it ends a sentence at every '.', '!' and '?', including those inside names, titles "
        f"and abbreviations); that moves the Flesch-Kincaid grade most in "
        f"{names[big['article_id']]}: {big['flesch_kincaid_grade_naive']:.1f} naive vs "
        f"{big['flesch_kincaid_grade']:.1f} with this library's sentences."),
        "readability_by_article"))

    rows += _genre_findings(s, m["genre_calls"], names)
    for _, r in s.iterrows():
        rows.append(("framing", (
            f"{names[r['article_id']]}: the most frequent theme is {r['top_theme']} "
            f"({r['top_theme_share']:.0%} of sentences)."), "theme_shares"))
    rows += _space_findings(corpus, s, people_summary(corpus, m), names)
    return pd.DataFrame(rows, columns=["topic", "finding", "source"])


def _genre_findings(s: pd.DataFrame, calls: pd.DataFrame, names: dict[str, str]) -> list:
    """How the genre calls compare with the genres the outlets present, where given."""
    calls = calls.set_index("article_id")
    given = s[s["presented"].astype(str) != ""]
    close = s.loc[s["call_margin"].idxmin()]
    closest = (f"the closest call is for {names[close['article_id']]}, called {close['call']} "
               f"by a margin of {close['call_margin']:.2f} over the runner-up "
               f"({calls.at[close['article_id'], 'runner_up']}).")
    if given.empty:
        head = ("articles.csv gives no presented genre, so the calls are not checked against "
                "one; ")
    else:
        agree = int((given["call"] == given["presented"]).sum())
        head = (f"The genre cues call {agree} of the {len(given)} articles with a presented "
                f"genre as that genre; ")
    return [("framing", head + closest, "genre_scores")]


def _space_findings(corpus: Corpus, s: pd.DataFrame, people: pd.DataFrame,
                    names: dict[str, str]) -> list:
    """Who gets more room, stated with the study's names."""
    study = corpus.study
    if len(study.compare) < 2:
        return [("space", "The study has fewer than two people to compare, so there is no "
                          "comparison of space.", "space_shares")]
    first, second = study.compare
    a, b = study.name(first), study.name(second)
    share = people.pivot(index="article_id", columns="person", values="sentence_share")
    share = share.reindex(s["article_id"])
    more = int((share[first] > share[second]).sum())
    firm = int((s["mentions_ratio_low"] > 1).sum())
    ratios = s["mentions_ratio"].replace(float("inf"), float("nan")).dropna()
    spread = (f"; {a} has {ratios.min():.1f}–{ratios.max():.1f} times as many mentions as "
              f"{b}" if not ratios.empty else "")
    rows = [("space", (
        f"{a} is mentioned in more sentences than {b} in {more} of {len(s)} articles "
        f"({share[first].min():.0%}–{share[first].max():.0%} of sentences vs "
        f"{share[second].min():.0%}–{share[second].max():.0%}){spread}, with the 95% "
        f"interval of the ratio above 1 in {firm} of {len(s)}."), "space_ratios")]
    quoted = people[people["person"] == first].dropna(subset=["quoted_share"])
    if quoted.empty:
        rows.append(("space", "No article has quoted speech, so nobody's share of quoted "
                              "words can be measured.", "space_shares"))
    else:
        rows.append(("space", (
            f"Where there is quoted speech, {a} speaks "
            + ", ".join(f"{r['quoted_share']:.0%} of the quoted words in "
                        f"{names[r['article_id']]}" for _, r in quoted.iterrows())
            + "."), "space_shares"))
    return rows
