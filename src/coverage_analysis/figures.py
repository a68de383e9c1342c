"""Every figure of the analysis, each with the data behind it.

:func:`build_figures` (the ``coverage-analysis figures`` command) computes the
measures (:func:`compute_measures`), draws every figure in memory
(:func:`draw_figures`) and only then writes, into one folder and nowhere else:

- ``<name>.png`` and ``<name>.csv`` for every name in :data:`FIGURES`: the
  figure and the frame it was drawn from;
- ``summary.csv`` (one row per article, :func:`summary_table`),
  ``findings.csv`` (:func:`findings`), ``genre_calls.csv`` and
  ``genre_evidence.csv`` (the genre call and the sentences behind it);
- ``tables/<name>.csv``: the five corpus tables.

Every file goes through :mod:`coverage_analysis.output` (atomic, no
timestamps), so running it twice gives byte-identical files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from . import plotting
from .corpus import Corpus
from .measures import framing, readability, sentiment
from .measures import space as space_measures
from .output import write_csv, write_figure, write_tables
from .segment import ARTICLE_TEXT_ROLES, ROLES

__all__ = [
    "FIGURES",
    "SUMMARY_TABLES",
    "build_figures",
    "compute_measures",
    "draw_figures",
    "findings",
    "role_words",
    "summary_table",
]

#: Name of every figure, in reading order; each is written as ``<name>.png`` and ``.csv``.
FIGURES = (
    "corpus_overview",
    "sentiment_by_article",
    "sentiment_shares",
    "sentiment_by_voice",
    "sentiment_by_person",
    "readability_by_article",
    "sentence_lengths",
    "genre_scores",
    "theme_shares",
    "space_shares",
    "space_counts",
    "space_ratios",
)
#: Tables written beside the figures, without a figure of their own.
SUMMARY_TABLES = ("summary", "findings", "genre_calls", "genre_evidence")


def role_words(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Count paragraphs and words per article and paragraph role.

    Parameters
    ----------
    paragraphs : DataFrame
        The corpus ``paragraphs`` table.

    Returns
    -------
    DataFrame
        One row per article and role present, roles in the order of
        :data:`~coverage_analysis.segment.ROLES`:

        - ``article_id`` (str), ``role`` (str).
        - ``is_article_text`` (bool): the role is article text (what the measures read).
        - ``n_paragraphs`` (int), ``words`` (int).
        - ``share_of_file`` (float): the role's share of all words in the file.
        - ``rules`` (str): the distinct rules that gave the role, "; "-separated.
    """
    p = paragraphs.assign(article_id=paragraphs["article_id"].astype(str))
    grouped = p.groupby(["article_id", "role"], sort=False)
    out = grouped.agg(n_paragraphs=("paragraph_id", "size"), words=("n_words", "sum"),
                      rules=("rule", lambda r: "; ".join(dict.fromkeys(r)))).reset_index()
    rank = {role: i for i, role in enumerate(ROLES)}
    out = out.assign(_rank=out["role"].map(rank).fillna(len(rank)))
    out = out.sort_values(["article_id", "_rank"], kind="stable").drop(columns="_rank")
    out.insert(2, "is_article_text", out["role"].isin(ARTICLE_TEXT_ROLES))
    totals = out.groupby("article_id")["words"].transform("sum")
    out.insert(5, "share_of_file", (out["words"] / totals.where(totals > 0)).astype(float))
    return out.astype({"n_paragraphs": "int64", "words": "int64"}).reset_index(drop=True)


def compute_measures(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """Compute every measure the figures and summaries draw on.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables.

    Returns
    -------
    dict of str to DataFrame
        - ``role_words``: :func:`role_words`.
        - ``sentence_scores``: :func:`~coverage_analysis.measures.sentiment.score_sentences`;
          ``sentiment_articles``, ``sentiment_voice``, ``sentiment_persons``: its
          article, voice and person summaries.
        - ``readability``: :func:`~coverage_analysis.measures.readability.readability`;
          ``sentence_readability``: the per-sentence counts and scores.
        - ``genre_hits``, ``genre_features``, ``genre_scores``, ``genre_calls``,
          ``genre_evidence``: :func:`~coverage_analysis.measures.framing.classify_genres`.
        - ``frame_shares``: :func:`~coverage_analysis.measures.framing.frame_shares`.
        - ``space``: :func:`~coverage_analysis.measures.space.person_space`;
          ``space_ratios``: :func:`~coverage_analysis.measures.space.space_ratios`.
    """
    ids = corpus.articles["article_id"].astype(str).tolist()
    scores = sentiment.score_sentences(corpus.sentences)
    genres = framing.classify_genres(corpus)
    person_space = space_measures.person_space(corpus)
    return {
        "role_words": role_words(corpus.paragraphs),
        "sentence_scores": scores,
        "sentiment_articles": sentiment.article_summary(scores),
        "sentiment_voice": sentiment.voice_summary(scores),
        "sentiment_persons": sentiment.person_summary(scores, corpus.mentions),
        "readability": readability.readability(corpus.sentences),
        "sentence_readability": readability.sentence_readability(corpus.sentences),
        "genre_hits": genres.hits,
        "genre_features": genres.features,
        "genre_scores": genres.scores,
        "genre_calls": genres.calls,
        "genre_evidence": genres.evidence,
        "frame_shares": framing.frame_shares(corpus.sentences, articles=ids),
        "space": person_space,
        "space_ratios": space_measures.space_ratios(person_space),
    }


def _for_csv(frame: pd.DataFrame) -> pd.DataFrame:
    """Turn list cells (example sentence ids) into space-separated strings."""
    out = frame.copy()
    for col in out.columns:
        if out[col].map(lambda v: isinstance(v, list | tuple)).any():
            out[col] = out[col].map(lambda v: " ".join(map(str, v)))
    return out


def draw_figures(corpus: Corpus,
                 measures: dict[str, pd.DataFrame] | None = None) -> dict[str, tuple]:
    """Draw every figure of :data:`FIGURES` in memory.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables (the articles table labels the figures).
    measures : dict, optional
        Output of :func:`compute_measures` (computed if not given).

    Returns
    -------
    dict of str to (Figure, DataFrame)
        For each figure name, the figure and the frame it was drawn from.
    """
    m = compute_measures(corpus) if measures is None else measures
    arts = corpus.articles
    space = m["space"]
    calls = m["genre_calls"].set_index("article_id")["call"]
    genre_data = m["genre_scores"].assign(
        is_call=[calls.get(a) == g for a, g in zip(m["genre_scores"]["article_id"],
                                                    m["genre_scores"]["genre"], strict=True)])
    recipes: dict[str, tuple[Callable[[], Figure], pd.DataFrame]] = {
        "corpus_overview": (lambda: plotting.corpus_overview(m["role_words"], arts),
                            m["role_words"]),
        "sentiment_by_article": (lambda: plotting.sentiment_by_article(
            m["sentiment_articles"], arts), m["sentiment_articles"]),
        "sentiment_shares": (lambda: plotting.sentiment_shares(m["sentiment_articles"], arts),
                             m["sentiment_articles"]),
        "sentiment_by_voice": (lambda: plotting.sentiment_by_voice(m["sentiment_voice"], arts),
                               m["sentiment_voice"]),
        "sentiment_by_person": (lambda: plotting.sentiment_by_person(
            m["sentiment_persons"], arts), m["sentiment_persons"]),
        "readability_by_article": (lambda: plotting.readability_by_article(
            m["readability"], arts), m["readability"]),
        "sentence_lengths": (lambda: plotting.sentence_length_distribution(
            m["sentence_readability"], arts), m["sentence_readability"]),
        "genre_scores": (lambda: plotting.genre_scores(m["genre_scores"], m["genre_calls"],
                                                       arts), genre_data),
        "theme_shares": (lambda: plotting.theme_shares(m["frame_shares"], arts),
                         m["frame_shares"]),
        "space_shares": (lambda: plotting.space_shares(space, arts),
                         space[space["measure"].isin(plotting.SPACE_SHARE_MEASURES)]),
        "space_counts": (lambda: plotting.space_counts(space, arts),
                         space[space["measure"].isin(plotting.SPACE_COUNT_MEASURES)]),
        "space_ratios": (lambda: plotting.space_ratios(m["space_ratios"], arts),
                         m["space_ratios"]),
    }
    return {name: (recipes[name][0](), _for_csv(recipes[name][1]).reset_index(drop=True))
            for name in FIGURES}


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
        - ``paak_sentence_share``, ``soul_sentence_share``; ``paak_soul_mentions``,
          ``paak_soul_mentions_low``, ``paak_soul_mentions_high`` (ratio of all
          mentions, 95% interval); ``paak_quoted_share`` (share of quoted words
          Paak speaks, NaN without quoted speech).
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
    space, ratios = m["space"], m["space_ratios"]
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
    for person in ("paak", "soul"):
        out[f"{person}_sentence_share"] = _value(space, "share", measure="sentences",
                                                 person=person).reindex(ids).to_numpy()
    mentions = ratios[ratios["measure"] == "mentions_all"].set_index("article_id")
    out["paak_soul_mentions"] = mentions["ratio"].reindex(ids).to_numpy()
    out["paak_soul_mentions_low"] = mentions["ratio_low"].reindex(ids).to_numpy()
    out["paak_soul_mentions_high"] = mentions["ratio_high"].reindex(ids).to_numpy()
    out["paak_quoted_share"] = _value(space, "share", measure="quoted_words", person="paak") \
        .reindex(ids).to_numpy()
    return out


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
        f"(it breaks at '.Paak' and 'K-Pops!'); that lowers the Flesch-Kincaid grade most in "
        f"{names[big['article_id']]}: {big['flesch_kincaid_grade_naive']:.1f} naive vs "
        f"{big['flesch_kincaid_grade']:.1f} with this library's sentences."),
        "readability_by_article"))

    calls = m["genre_calls"].set_index("article_id")
    agree = (s["call"] == s["presented"]).sum()
    close = s.loc[s["call_margin"].idxmin()]
    rows.append(("framing", (
        f"The genre cues call {agree} of {len(s)} articles as the genre they are presented "
        f"as; the closest call is for {names[close['article_id']]}, called {close['call']} "
        f"by a margin of {close['call_margin']:.2f} over the runner-up "
        f"({calls.at[close['article_id'], 'runner_up']})."), "genre_scores"))
    for _, r in s.iterrows():
        rows.append(("framing", (
            f"{names[r['article_id']]}: the most frequent theme is {r['top_theme']} "
            f"({r['top_theme_share']:.0%} of sentences)."), "theme_shares"))

    more = (s["paak_sentence_share"] > s["soul_sentence_share"]).sum()
    firm = (s["paak_soul_mentions_low"] > 1).sum()
    rows.append(("space", (
        f"Anderson .Paak is mentioned in more sentences than Soul Rasheed in {more} of "
        f"{len(s)} articles ({s['paak_sentence_share'].min():.0%}–"
        f"{s['paak_sentence_share'].max():.0%} of sentences vs "
        f"{s['soul_sentence_share'].min():.0%}–{s['soul_sentence_share'].max():.0%}); he has "
        f"{s['paak_soul_mentions'].min():.1f}–{s['paak_soul_mentions'].max():.1f} times as "
        f"many mentions, with the 95% interval above 1 in {firm} of {len(s)}."),
        "space_ratios"))
    quoted = s.dropna(subset=["paak_quoted_share"])
    if not quoted.empty:
        rows.append(("space", (
            "Where there is quoted speech, .Paak speaks "
            + ", ".join(f"{r['paak_quoted_share']:.0%} of the quoted words in "
                        f"{names[r['article_id']]}" for _, r in quoted.iterrows())
            + "."), "space_shares"))
    return pd.DataFrame(rows, columns=["topic", "finding", "source"])


def build_figures(corpus: Corpus, out: Path | str) -> list[Path]:
    """Compute the measures, draw every figure and write it with its data into ``out``.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables.
    out : path-like
        Folder to write into (created if missing); nothing is written elsewhere.

    Returns
    -------
    list of Path
        Every file written, sorted: ``<name>.png`` and ``<name>.csv`` for each
        of :data:`FIGURES`, the :data:`SUMMARY_TABLES` as CSV, and
        ``tables/<name>.csv`` for the five corpus tables.
    """
    out = Path(out)
    measures = compute_measures(corpus)
    drawn = draw_figures(corpus, measures)
    tables = {
        "summary": summary_table(corpus, measures),
        "findings": findings(corpus, measures),
        "genre_calls": measures["genre_calls"],
        "genre_evidence": measures["genre_evidence"],
    }
    written = []
    with plotting.style():
        for name, (fig, data) in drawn.items():
            written.append(write_figure(fig, out / f"{name}.png", dpi=plotting.DPI))
            written.append(write_csv(data, out / f"{name}.csv"))
    written += write_tables(tables, out)
    written += write_tables(corpus.tables(), out / "tables")
    return sorted(written)
