"""What the measures show, in sentences built from the numbers.

Every number in a finding is computed here from the summary tables; nothing is
typed in. Each topic has its own small function, and each says plainly when
the corpus gives it nothing to measure (no prose, no quoted speech, one
article, no pair of people) instead of failing.
"""

from __future__ import annotations

import pandas as pd

from ..corpus import Corpus
from ..measures import compute_measures
from .summary import people_summary, summary_table

__all__ = ["findings"]

Row = tuple[str, str, str]


def _name(row: pd.Series) -> str:
    return f"{row['article_id']} ({row['presented']})" if row["presented"] else row["article_id"]


def findings(corpus: Corpus, measures: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """State what the measures show, in sentences built from the numbers.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables.
    measures : dict, optional
        Output of :func:`~coverage_analysis.measures.compute_measures` (computed if not given).

    Returns
    -------
    DataFrame
        One row per finding: ``topic`` (str: corpus, sentiment, readability,
        framing or space), ``finding`` (str, every number in it computed
        here), ``source`` (str: the figure or table to check it against).
    """
    m = compute_measures(corpus) if measures is None else measures
    s = summary_table(corpus, m)
    names = {r["article_id"]: _name(r) for _, r in s.iterrows()}
    rows = [
        *_corpus_findings(s, m["role_words"], names),
        *_sentiment_findings(s, m["sentiment_voice"], names),
        *_readability_findings(s, names),
        *_genre_findings(s, m["genre_calls"], names),
        *_theme_findings(s, names),
        *_space_findings(corpus, s, people_summary(corpus, m), names),
    ]
    return pd.DataFrame(rows, columns=["topic", "finding", "source"])


def _corpus_findings(s: pd.DataFrame, role_words: pd.DataFrame,
                     names: dict[str, str]) -> list[Row]:
    not_text = role_words[~role_words["is_article_text"]]
    total = int(s["words_file"].fillna(0).sum())
    if not_text.empty:
        return [("corpus", f"All {total} words in the files are article text: no line was "
                           f"labelled as page furniture.", "corpus_overview")]
    most = s.loc[s["share_not_article"].idxmax()]
    roles = ", ".join(sorted(not_text["role"].unique()))
    words = int(not_text["words"].sum())
    return [("corpus", (
        f"{words} of {total} words in the files ({words / total:.1%}) are labelled as not "
        f"article text ({roles}); the most is in {names[most['article_id']]}: "
        f"{most['share_not_article']:.1%} of its words."), "corpus_overview")]


def _sentiment_findings(s: pd.DataFrame, voice: pd.DataFrame,
                        names: dict[str, str]) -> list[Row]:
    scored = s.dropna(subset=["mean_compound"])
    if scored.empty:
        return [("sentiment", "No article has prose sentences, so sentiment is not measured.",
                 "sentiment_by_article")]
    hi = scored.loc[scored["mean_compound"].idxmax()]
    lo = scored.loc[scored["mean_compound"].idxmin()]

    def score(r: pd.Series) -> str:
        return (f"mean compound {r['mean_compound']:.2f} (95% interval {r['compound_low']:.2f} "
                f"to {r['compound_high']:.2f}), {r['share_positive']:.0%} of its sentences "
                f"positive")

    if len(scored) == 1:
        rows = [("sentiment", f"{names[hi['article_id']]}: {score(hi)}.", "sentiment_by_article")]
    else:
        rows = [("sentiment", (
            f"{names[hi['article_id']]} is the most positive piece: {score(hi)}; "
            f"{names[lo['article_id']]} the least: {lo['mean_compound']:.2f} "
            f"({lo['compound_low']:.2f} to {lo['compound_high']:.2f})."),
            "sentiment_by_article")]
        apart = hi["compound_low"] > lo["compound_high"]
        rows.append(("sentiment", (
            f"The intervals of {names[hi['article_id']]} and {names[lo['article_id']]} do not "
            f"overlap ({hi['compound_low']:.2f} > {lo['compound_high']:.2f})." if apart else
            "The most and least positive pieces' intervals overlap, so the ranking is not "
            "firm."), "sentiment_by_article"))
    rows += _voice_findings(s, voice, names)
    return rows


def _voice_findings(s: pd.DataFrame, voice: pd.DataFrame, names: dict[str, str]) -> list[Row]:
    rows = []
    by = voice.set_index(["article_id", "group"])
    for aid in s.dropna(subset=["compound_speech", "compound_narration"])["article_id"]:
        nar, spe = by.loc[(aid, "narration")], by.loc[(aid, "speech")]
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
    no_speech = s.loc[s["compound_speech"].isna() & s["compound_narration"].notna(),
                      "article_id"].map(names).tolist()
    if no_speech:
        rows.append(("sentiment", (
            f"In {' and '.join(no_speech)} no sentence is mostly quoted speech: every prose "
            f"sentence there is narration."), "sentiment_by_voice"))
    return rows


def _readability_findings(s: pd.DataFrame, names: dict[str, str]) -> list[Row]:
    read = s.dropna(subset=["flesch_reading_ease", "flesch_kincaid_grade"])
    if read.empty:
        return [("readability", "No article has prose sentences, so readability is not "
                                "measured.", "readability_by_article")]
    easy = read.loc[read["flesch_reading_ease"].idxmax()]
    hard = read.loc[read["flesch_reading_ease"].idxmin()]

    def grade(r: pd.Series) -> str:
        return (f"Flesch reading ease {r['flesch_reading_ease']:.1f}, grade "
                f"{r['flesch_kincaid_grade']:.1f}, {r['words_per_sentence']:.1f} words per "
                f"sentence")

    rows = [("readability", (
        f"{names[easy['article_id']]} reads at {grade(easy)}." if len(read) == 1 else
        f"{names[easy['article_id']]} reads easiest ({grade(easy)}); "
        f"{names[hard['article_id']]} hardest ({grade(hard)})."), "readability_by_article")]
    extra = read["sentences_naive_minus_library"].astype(int)
    shift = (read["flesch_kincaid_grade"] - read["flesch_kincaid_grade_naive"]).abs()
    big = read.loc[shift.idxmax()]
    span = (f"{extra.min()}" if extra.min() == extra.max() else
            f"{extra.min()} to {extra.max()}")
    rows.append(("readability", (
        f"textstat's own sentence splitting differs from this library's by {span} sentences "
        f"per article (more where it ends a sentence at a '.', '!' or '?' inside a name, title "
        f"or abbreviation); that moves the Flesch-Kincaid grade most in "
        f"{names[big['article_id']]}: {big['flesch_kincaid_grade_naive']:.1f} naive vs "
        f"{big['flesch_kincaid_grade']:.1f} with this library's sentences."),
        "readability_by_article"))
    return rows


def _genre_findings(s: pd.DataFrame, calls: pd.DataFrame, names: dict[str, str]) -> list[Row]:
    """How the genre calls compare with the genres the outlets present, where given."""
    calls = calls.set_index("article_id")
    given = s[s["presented"].astype(str) != ""]
    if given.empty:
        head = "articles.csv gives no presented genre, so the calls are not checked against one"
    else:
        agree = int((given["call"] == given["presented"]).sum())
        head = (f"The genre cues call {agree} of the {len(given)} articles with a presented "
                f"genre as that genre")
    margins = s.dropna(subset=["call_margin"])
    if margins.empty:
        return [("framing", head + ".", "genre_scores")]
    close = margins.loc[margins["call_margin"].idxmin()]
    return [("framing", (
        f"{head}; the closest call is for {names[close['article_id']]}, called "
        f"{close['call']} by a margin of {close['call_margin']:.2f} over the runner-up "
        f"({calls.at[close['article_id'], 'runner_up']})."), "genre_scores")]


def _theme_findings(s: pd.DataFrame, names: dict[str, str]) -> list[Row]:
    rows = []
    for _, r in s.iterrows():
        if pd.isna(r["top_theme_share"]) or r["top_theme_share"] == 0:
            text = f"{names[r['article_id']]}: no sentence raises a theme of the lexicon."
        else:
            text = (f"{names[r['article_id']]}: the most frequent theme is {r['top_theme']} "
                    f"({r['top_theme_share']:.0%} of sentences).")
        rows.append(("framing", text, "theme_shares"))
    return rows


def _space_findings(corpus: Corpus, s: pd.DataFrame, people: pd.DataFrame,
                    names: dict[str, str]) -> list[Row]:
    """Who gets more room, stated with the study's names."""
    study = corpus.study
    if len(study.compare) < 2:
        return [("space", "The study has fewer than two people to compare, so there is no "
                          "comparison of space.", "space_shares")]
    first, second = study.compare
    a, b = study.name(first), study.name(second)
    share = people.pivot(index="article_id", columns="person", values="sentence_share")
    share = share.reindex(index=s["article_id"], columns=[first, second]).dropna()
    if share.empty:
        return [("space", f"No article has sentences, so the room given to {a} and {b} is not "
                          f"measured.", "space_shares")]
    more = int((share[first] > share[second]).sum())
    firm = int((s["mentions_ratio_low"] > 1).sum())
    ratios = s["mentions_ratio"].replace(float("inf"), float("nan")).dropna()
    spread = (f"; {a} has {ratios.min():.1f}–{ratios.max():.1f} times as many mentions as "
              f"{b}" if not ratios.empty else "")
    rows = [("space", (
        f"{a} is mentioned in more sentences than {b} in {more} of {len(share)} articles "
        f"({share[first].min():.0%}–{share[first].max():.0%} of sentences vs "
        f"{share[second].min():.0%}–{share[second].max():.0%}){spread}, with the 95% "
        f"interval of the ratio above 1 in {firm} of {len(share)}."), "space_ratios")]
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
