"""The study's figures: one function per figure, drawn with :mod:`.plotkit`.

Each function takes the measure frame it draws and the corpus (whose articles
label the axes and whose study names and colours the people) and returns a
:class:`Chart`: the figure and the data it drew, so that every saved figure
has its numbers beside it. Nothing here names a person, film or outlet: all
of that comes from ``corpus.study``.
"""

from __future__ import annotations

import textwrap
from typing import NamedTuple

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..corpus import Corpus
from ..schema import ROLES
from .plotkit import (
    FALLBACK_COLORS,
    VOICE_COLORS,
    article_colors,
    article_labels,
    plot_distribution,
    plot_distribution_panels,
    plot_grouped_bars,
    plot_interval_panels,
    plot_intervals,
    plot_panels,
    plot_shares,
    plot_stacked_bars,
)

__all__ = [
    "Chart",
    "PER_ARTICLE_MAX",
    "READABILITY_LABELS",
    "SPACE_COUNT_MEASURES",
    "SPACE_LABELS",
    "SPACE_RATIO_MEASURES",
    "SPACE_SHARE_MEASURES",
    "article_groups",
    "at_scale",
    "corpus_overview",
    "genre_scores",
    "readability_by_article",
    "readability_long",
    "sentence_lengths",
    "sentiment_by_article",
    "sentiment_by_person",
    "sentiment_by_voice",
    "sentiment_shares",
    "space_counts",
    "space_differences",
    "space_ratios",
    "space_shares",
    "theme_shares",
]


class Chart(NamedTuple):
    """A drawn figure and the tidy frame it was drawn from."""

    figure: Figure
    data: pd.DataFrame


def _labels(corpus: Corpus) -> dict[str, str]:
    return article_labels(corpus.articles)


def _ids(corpus: Corpus) -> list[str]:
    return corpus.articles["article_id"].astype(str).tolist()


#: Most articles drawn one by one; above this, each figure shows the spread of
#: the articles of each group (the genre they are presented as) instead.
PER_ARTICLE_MAX = 40


def at_scale(corpus: Corpus) -> bool:
    """True when the corpus has too many articles to draw one by one."""
    return len(corpus.articles) > PER_ARTICLE_MAX


def article_groups(corpus: Corpus) -> pd.Series:
    """The group each article is drawn in at scale: its presented genre, else its outlet.

    Articles without one are "genre not given" ("outlet not given"); a corpus
    that names neither puts every article in "all articles".
    """
    arts = corpus.articles.set_index(corpus.articles["article_id"].astype(str))
    for column in ("genre", "outlet"):
        values = arts[column].fillna("").astype(str)
        if (values != "").any():
            return values.replace("", f"{column} not given").rename("group")
    return pd.Series("all articles", index=arts.index, name="group")


def _spread(frame: pd.DataFrame, corpus: Corpus, *, value: str, title: str,
            unit: str | dict[str, str],
            caption: str, panel: str | None = None,
            panel_labels: dict[str, str] | None = None, series: str | None = None,
            series_labels: dict[str, str] | None = None,
            series_colors: dict[str, str] | None = None) -> Chart:
    """One point per article, one box per group (and series): a figure for any corpus size.

    ``frame`` has one row per article (and ``panel``/``series`` value) with
    the number in ``value``; ``series`` values are drawn side by side in
    each group, coloured by ``series_colors``. ``unit`` labels the value
    axis, one per panel when it is a mapping.
    """
    groups = article_groups(corpus)
    data = frame.assign(article_group=frame["article_id"].astype(str).map(groups))
    order = list(dict.fromkeys(groups))
    colors = (dict(series_colors or {}) if series is not None else
              dict(zip(order, article_colors(order).values(), strict=True)))
    note = (f" {len(corpus.articles)} articles, too many to draw one by one: each point is "
            "an article, each box the articles of one group (the genre they are presented "
            "as in articles.csv, or else their outlet).")
    common = dict(x="article_group", y=value, order=order, colors=colors,
                  point_label="one article", hue=series, hue_labels=series_labels,
                  hue_order=list(dict.fromkeys(data[series].astype(str))) if series else None,
                  x_labels={g: textwrap.fill(g, 12) for g in order},
                  title=title, caption=caption + note, xlabel="group of articles")
    if panel is None:
        fig = plot_distribution(data, ylabel=str(unit), **common)
    else:
        panels = list(dict.fromkeys(data[panel].astype(str)))
        fig = plot_distribution_panels(
            data, panel=panel, panel_labels=panel_labels or {}, panel_order=panels,
            panel_units=unit if isinstance(unit, dict) else dict.fromkeys(panels, unit),
            **common)
    return Chart(fig, data.reset_index(drop=True))


_COMPOUND = "mean VADER compound score (−1 to +1)"
_BOOTSTRAP = ("Points: mean VADER compound score of the prose sentences (body, list items, "
              "Q&A turns) in each group; −1 is most negative, +1 most positive, 0 neutral. "
              "Bars: 95% percentile bootstrap interval of the mean (2,000 resamples, fixed "
              "seed); n = sentences; hollow points have too few sentences for an interval.")


_SPREAD_SENTIMENT = ("Each point: the mean VADER compound score of one article's prose "
                     "sentences (−1 most negative, +1 most positive).")
_SHARE_LABELS = {"share_positive": "positive", "share_neutral": "neutral",
                 "share_negative": "negative"}
_SHARES_CAPTION = ("Share of each article's prose sentences by VADER label: positive if the "
                   "compound score is ≥ 0.05, negative if ≤ −0.05, neutral in between "
                   "(the VADER authors' cut-offs).")
_VOICE_LABELS = {"narration": "narration (writer's voice)", "speech": "quoted speech"}


def sentiment_by_article(summary: pd.DataFrame, corpus: Corpus) -> Chart:
    """Mean compound score per article with its interval.

    ``summary`` is :func:`coverage_analysis.measures.sentiment.article_summary`.
    """
    if at_scale(corpus):
        return _spread(summary, corpus, value="mean_compound", title="Sentence sentiment "
                       "per article, by group", unit=_COMPOUND, caption=_SPREAD_SENTIMENT)
    data = summary[["article_id", "group", "n_sentences", "mean_compound", "ci_low",
                    "ci_high"]].reset_index(drop=True)
    fig = plot_intervals(
        data, x="article_id", y="mean_compound", low="ci_low", high="ci_high",
        hue="group", count="n_sentences", x_labels=_labels(corpus), order=_ids(corpus),
        hue_labels={"all": "all prose sentences"}, colors={"all": "#333333"},
        title="Sentence sentiment per article", caption=_BOOTSTRAP,
        xlabel="article (id, genre)", ylabel=_COMPOUND, ylim=(-1, 1), reference=0.0,
    )
    return Chart(fig, data)


def sentiment_shares(summary: pd.DataFrame, corpus: Corpus) -> Chart:
    """Shares of positive, neutral and negative sentences per article.

    ``summary`` is :func:`coverage_analysis.measures.sentiment.article_summary`.
    """
    if at_scale(corpus):
        long = summary.melt(id_vars=["article_id"], value_vars=list(_SHARE_LABELS),
                            var_name="label", value_name="share")
        return _spread(long.assign(pct=100 * long["share"]), corpus, value="pct",
                       panel="label", panel_labels=_SHARE_LABELS,
                       title="Positive, neutral and negative sentences per article, by group",
                       unit="share of prose sentences (%)", caption=_SHARES_CAPTION)
    data = summary[["article_id", "n_sentences", "share_positive", "share_neutral",
                    "share_negative"]].reset_index(drop=True)
    fig = plot_shares(
        data, x="article_id", count="n_sentences", x_labels=_labels(corpus),
        order=_ids(corpus),
        columns={"share_positive": "positive", "share_neutral": "neutral",
                 "share_negative": "negative"},
        title="Positive, neutral and negative sentences per article",
        caption=("Share of each article's prose sentences by VADER label: positive if the "
                 "compound score is ≥ 0.05, negative if ≤ −0.05, neutral in between "
                 "(the VADER authors' cut-offs). n = sentences."),
        xlabel="share of prose sentences (%)", ylabel="article (id, genre)",
    )
    return Chart(fig, data)


def sentiment_by_voice(summary: pd.DataFrame, corpus: Corpus) -> Chart:
    """Mean compound score of narration and of quoted speech, per article.

    ``summary`` is :func:`coverage_analysis.measures.sentiment.voice_summary`.
    """
    if at_scale(corpus):
        return _spread(summary, corpus, value="mean_compound", series="group",
                       series_labels=_VOICE_LABELS, series_colors=dict(VOICE_COLORS),
                       title="Sentence sentiment: narration vs quoted speech, by group",
                       unit=_COMPOUND, caption=_SPREAD_SENTIMENT)
    fig = plot_intervals(
        summary, x="article_id", y="mean_compound", low="ci_low", high="ci_high",
        hue="group", hue_order=["narration", "speech"], count="n_sentences",
        x_labels=_labels(corpus), order=_ids(corpus),
        hue_labels={"narration": "narration (writer's voice)", "speech": "quoted speech"},
        title="Sentence sentiment: the writer's narration vs quoted speech",
        caption=_BOOTSTRAP + (" A sentence is speech if at least half its characters are "
                              "quoted speech or a Q&A turn; 'no data': the article has none."),
        xlabel="article (id, genre)", ylabel=_COMPOUND, ylim=(-1, 1), reference=0.0,
        legend_title="voice",
    )
    return Chart(fig, summary.reset_index(drop=True))


def sentiment_by_person(summary: pd.DataFrame, corpus: Corpus) -> Chart:
    """Mean compound score of sentences mentioning each compared person, per article.

    ``summary`` is :func:`coverage_analysis.measures.sentiment.person_summary`.
    """
    study = corpus.study
    if at_scale(corpus):
        return _spread(summary, corpus, value="mean_compound", series="group",
                       series_labels=study.names, series_colors=dict(study.colors),
                       title="Sentiment of sentences that mention each person, by group",
                       unit=_COMPOUND, caption="Each point: the mean VADER compound score of "
                       "the prose sentences of one article that mention the person.")
    fig = plot_intervals(
        summary, x="article_id", y="mean_compound", low="ci_low", high="ci_high",
        hue="group", hue_order=list(study.compare), count="n_sentences",
        x_labels=_labels(corpus), order=_ids(corpus), hue_labels=study.names,
        colors=study.colors,
        title="Sentiment of sentences that mention each person",
        caption=_BOOTSTRAP + (" A sentence counts for a person if it mentions them by name, "
                              "description, pronoun, character they play or 'I' in their "
                              "own speech; a sentence mentioning both counts for both."),
        xlabel="article (id, genre)", ylabel=_COMPOUND, ylim=(-1, 1), reference=0.0,
        legend_title="sentences mentioning",
    )
    return Chart(fig, summary.reset_index(drop=True))


#: Display name and unit of each readability measure.
READABILITY_LABELS = {
    "flesch_reading_ease": ("Flesch reading ease", "score (higher = easier, 0–100)"),
    "flesch_kincaid_grade": ("Flesch-Kincaid grade", "US school grade"),
    "gunning_fog": ("Gunning fog index", "US school grade"),
    "smog_index": ("SMOG index", "US school grade"),
    "coleman_liau_index": ("Coleman-Liau index", "US school grade"),
    "automated_readability_index": ("Automated readability", "US school grade"),
    "dale_chall_readability_score": ("Dale-Chall score", "score (grade band)"),
    "words_per_sentence": ("Words per sentence", "words"),
    "syllables_per_word": ("Syllables per word", "syllables"),
}


def readability_long(readability: pd.DataFrame) -> pd.DataFrame:
    """Reshape :func:`~coverage_analysis.measures.readability.readability` for plotting.

    Returns one row per article, measure and method ("library": this library's
    sentences, "naive textstat": textstat's own functions on the joined
    prose) with the score in ``score``; count rows are left out.
    """
    scores = readability[readability["measure"].isin(list(READABILITY_LABELS))]
    out = scores.melt(id_vars=["article_id", "measure"], value_vars=["value", "naive"],
                      var_name="method", value_name="score")
    out["method"] = out["method"].map({"value": "library", "naive": "naive textstat"})
    return out.sort_values(["measure", "article_id", "method"], kind="stable",
                           ignore_index=True)


def readability_by_article(readability: pd.DataFrame, corpus: Corpus) -> Chart:
    """Every readability measure per article, this library's sentences vs textstat's.

    ``readability`` is :func:`coverage_analysis.measures.readability.readability`.
    """
    if at_scale(corpus):
        scores = readability[readability["measure"].isin(list(READABILITY_LABELS))]
        return _spread(scores, corpus, value="value", panel="measure",
                       panel_labels={k: v[0] for k, v in READABILITY_LABELS.items()},
                       title="Readability of each article's prose, by group",
                       unit={k: v[1] for k, v in READABILITY_LABELS.items()},
                       caption="Each formula on the article's prose with this library's "
                               "sentences (grades are US school grades; Flesch reading ease "
                               "runs from about 0, hard, to 100, easy).")
    data = readability_long(readability)
    fig = plot_panels(
        data, panel="measure", x="article_id", y="score",
        hue="method", hue_order=["library", "naive textstat"], order=_ids(corpus),
        panel_order=list(READABILITY_LABELS),
        panel_labels={k: v[0] for k, v in READABILITY_LABELS.items()},
        panel_units={k: v[1] for k, v in READABILITY_LABELS.items()},
        x_labels={a: a for a in _ids(corpus)},
        hatches={"naive textstat": "///"}, fmt={"syllables_per_word": "{:.2f}"},
        title="Readability of each article's prose: library sentences vs naive textstat",
        caption=("Each formula on the article's prose (body, list items, Q&A turns). "
                 "library: sentences and words from this library's tables, counts from "
                 "textstat; naive textstat: textstat's own function on the joined prose, "
                 "which ends a sentence at every '.', '!' and '?', including those inside "
                 "names, titles and abbreviations. Articles: " + _article_key(corpus)),
        xlabel="article id",
    )
    return Chart(fig, data)


def sentence_lengths(per_sentence: pd.DataFrame, corpus: Corpus) -> Chart:
    """Words per prose sentence, per article.

    ``per_sentence`` is
    :func:`coverage_analysis.measures.readability.sentence_readability`.
    """
    if at_scale(corpus):
        means = per_sentence.groupby("article_id", as_index=False)["n_words"].mean()
        return _spread(means, corpus, value="n_words", title="Mean sentence length per "
                       "article, by group", unit="mean words per prose sentence (words)",
                       caption="Mean words per prose sentence of each article, as this "
                               "library segments them.")
    data = per_sentence[["article_id", "sentence_id", "start", "end", "n_words"]]
    fig = plot_distribution(
        data, x="article_id", y="n_words", x_labels=_labels(corpus), order=_ids(corpus),
        colors=article_colors(_ids(corpus)), point_label="one prose sentence",
        title="Sentence length per article",
        caption=("Words in each prose sentence (body, list items, Q&A turns) as this library "
                 "segments them; words counted by coverage_analysis.text.count_words. "
                 "Dots are spread sideways at random (fixed seed) only to keep them apart."),
        xlabel="article (id, genre)", ylabel="words per sentence (words)",
    )
    return Chart(fig, data.reset_index(drop=True))


#: The genres in the order figures show them.
GENRE_ORDER = ("review", "news report", "profile", "interview")


def genre_scores(scores: pd.DataFrame, calls: pd.DataFrame, corpus: Corpus) -> Chart:
    """Each article's score for each genre; the call is starred.

    ``scores`` and ``calls`` are :func:`coverage_analysis.measures.framing.genre_scores`
    and :func:`~coverage_analysis.measures.framing.genre_calls`.
    """
    if at_scale(corpus):
        return _spread(scores, corpus, value="score", panel="genre",
                       title="Genre scores per article, by presented genre",
                       unit="genre score (unitless, max 1)",
                       caption="Score = weighted sum of the genre's cues (data/genres.toml): "
                               "1 = every cue fully present, 0 = none. Articles should score "
                               "highest in the panel of the genre they are presented as.")
    called = dict(zip(calls["article_id"].astype(str), calls["call"].astype(str), strict=True))
    data = scores.assign(is_call=[called.get(str(a)) == g for a, g in
                                  zip(scores["article_id"], scores["genre"], strict=True)])
    markers = {(a, c): "★" for a, c in called.items()}
    genres = list(dict.fromkeys([*GENRE_ORDER, *scores["genre"].astype(str)]))
    fig = plot_grouped_bars(
        data, x="article_id", y="score", hue="genre", hue_order=genres, order=_ids(corpus),
        x_labels=_labels(corpus), markers=markers,
        colors=dict(zip(genres, ("#E69F00", "#009E73", "#CC79A7", "#56B4E9",
                                 *FALLBACK_COLORS), strict=False)),
        title="Genre scores per article (★ = the call)",
        caption=("Score = weighted sum of genre cues, each bounded to 0–1 by a fixed "
                 "saturation, divided by the genre's total positive weight (data/genres.toml):"
                 " 1 = every cue of the genre fully present, 0 = none, below 0 = cues the "
                 "genre avoids outweigh its own. Tick labels give the genre the outlet "
                 "presents the piece as, where articles.csv says."),
        xlabel="article (id, presented genre)", ylabel="genre score (unitless, max 1)",
        legend_title="genre", legend_outside=True,
    )
    return Chart(fig, data.reset_index(drop=True))


def theme_shares(shares: pd.DataFrame, corpus: Corpus) -> Chart:
    """Share of each article's sentences carrying each thematic frame.

    ``shares`` is :func:`coverage_analysis.measures.framing.frame_shares`.
    """
    if at_scale(corpus):
        return _spread(shares.assign(pct=100 * shares["share"]), corpus, value="pct",
                       panel="frame", panel_labels=dict(zip(shares["frame"].astype(str),
                                                            shares["label"].astype(str),
                                                            strict=False)),
                       title="Themes: share of each article's sentences that raise each frame",
                       unit="sentences with a frame term (%)",
                       caption="Share of the article-text sentences containing at least one "
                               "term of the frame's lexicon.")
    frame = shares.assign(pct=100 * shares["share"])
    labels = dict(zip(frame["frame"].astype(str), frame["label"].astype(str), strict=False))
    ids = _ids(corpus)
    source = ("the study's lexicon (study.toml)" if corpus.study.frames is not None
              else "the library's default lexicon (data/frames.toml)")
    fig = plot_grouped_bars(
        frame, x="frame", y="pct", hue="article_id", hue_order=ids,
        order=list(dict.fromkeys(frame["frame"].astype(str))),
        x_labels={k: textwrap.fill(v, 16) for k, v in labels.items()},
        hue_labels={k: v.replace("\n", " ") for k, v in _labels(corpus).items()},
        colors=article_colors(ids), fmt="{:.0f}",
        title="Themes: share of each article's sentences that raise each frame",
        caption=("Share of the article-text sentences (quoted speech included) containing at "
                 f"least one term of the frame's lexicon, from {source}. A sentence can "
                 "raise several frames, so an article's shares do not add up to 100%."),
        xlabel="thematic frame", ylabel="sentences with a frame term (% of sentences)",
        legend_title="article", legend_outside=True,
    )
    return Chart(fig, frame.drop(columns="pct").reset_index(drop=True))


#: Display name and unit of each space measure (see
#: :func:`coverage_analysis.measures.space.person_space`).
SPACE_LABELS = {
    "mentions_all": ("All mentions", "mentions (count)"),
    "mentions_actor": ("Mentions as themselves", "mentions (count)"),
    "mentions_name": ("Mentions by name", "mentions (count)"),
    "mentions_character": ("Character-name mentions", "mentions (count)"),
    "mentions_as_character": ("Mentions as a character they play", "mentions (count)"),
    "mentions_nominal": ("Descriptions ('the director')", "mentions (count)"),
    "mentions_pronoun": ("Pronouns", "mentions (count)"),
    "mentions_first_person": ("'I' in their own speech", "mentions (count)"),
    "sentences": ("Sentences mentioning them", "% of the article's sentences"),
    "words": ("Words of those sentences", "% of the article's sentence words"),
    "quoted_words": ("Quoted words they speak", "% of all quoted words"),
    "prominence": ("Prominence", "weighted mentions (count)"),
}
#: Space measures that are shares (drawn with Wilson intervals by :func:`space_shares`).
SPACE_SHARE_MEASURES = ("sentences", "words", "quoted_words")
#: Space measures drawn as counts by :func:`space_counts`.
SPACE_COUNT_MEASURES = ("mentions_name", "mentions_nominal", "mentions_pronoun",
                        "mentions_first_person", "mentions_character", "prominence")
#: Space measures compared between the pair by :func:`space_ratios`.
SPACE_RATIO_MEASURES = ("mentions_all", "mentions_actor", "mentions_as_character", "sentences",
                        "words", "quoted_words")
_SPACE_NOTE = ("Only article text counts (a name in a byline, credit or related-stories block "
               "is not coverage).")


def _no_people(corpus: Corpus, what: str) -> str:
    if corpus.study.compare:
        return ""
    return f"no people to compare: the corpus has no people.toml, so there is no {what}"


def space_shares(space: pd.DataFrame, corpus: Corpus) -> Chart:
    """Each compared person's share of sentences, sentence words and quoted words.

    ``space`` is :func:`coverage_analysis.measures.space.person_space`.
    """
    if at_scale(corpus) and corpus.study.compare:
        data = space[space["measure"].isin(SPACE_SHARE_MEASURES)]
        return _spread(data.assign(pct=100 * data["share"]), corpus, value="pct",
                       panel="measure", panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
                       series="person", series_labels=corpus.study.names,
                       series_colors=dict(corpus.study.colors),
                       title="Room given to each person: shares per article, by group",
                       unit="share (%)", caption="Share of the article's sentences that "
                       "mention the person, of the words of all sentences in those "
                       "sentences, and of all quoted words the person speaks. " + _SPACE_NOTE)
    study = corpus.study
    data = space[space["measure"].isin(SPACE_SHARE_MEASURES)].reset_index(drop=True)
    frame = data.copy()
    for col in ("share", "share_low", "share_high"):
        frame[col] = 100 * frame[col]
    frame["total_units"] = frame["total_units"].fillna(0)
    names = " and ".join(study.names.values()) or "each person"
    fig = plot_interval_panels(
        frame, panel="measure", x="article_id", y="share", low="share_low", high="share_high",
        hue="person", hue_order=list(study.compare), count="total_units", order=_ids(corpus),
        panel_order=list(SPACE_SHARE_MEASURES), ncols=3, ylim=(0, 100),
        panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
        panel_units={k: v[1] for k, v in SPACE_LABELS.items()},
        x_labels={a: a for a in _ids(corpus)}, hue_labels=study.names,
        colors=study.colors, empty=_no_people(corpus, "share to draw"),
        title=textwrap.fill(f"Room given to {names}: shares with 95% intervals", 80),
        caption=("Points: share of the article's sentences that mention the person (any "
                 "mention type), share of the words of all sentences that are in those "
                 "sentences, and share of all quoted words the person speaks. Bars: 95% "
                 "Wilson interval with sentences (or quotes) as the independent units; "
                 "n = the article's sentences (or quotes) behind the share; hollow points: "
                 "too few for an interval. Shares overlap: a sentence mentioning both "
                 "counts for both. "
                 "'no data': no quoted speech. " + _SPACE_NOTE + " Articles: "
                 + _article_key(corpus)),
        xlabel="article id",
    )
    return Chart(fig, data)


def space_counts(space: pd.DataFrame, corpus: Corpus) -> Chart:
    """Mentions of each type and prominence, per article and compared person.

    ``space`` is :func:`coverage_analysis.measures.space.person_space`.
    """
    if at_scale(corpus) and corpus.study.compare:
        data = space[space["measure"].isin(SPACE_COUNT_MEASURES)]
        return _spread(data, corpus, value="count", panel="measure",
                       panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
                       series="person", series_labels=corpus.study.names,
                       series_colors=dict(corpus.study.colors),
                       title="How each person is referred to: mentions per article, by group",
                       unit="mentions (count)", caption="Mentions in article text by type; "
                       "prominence weighs each by place (title 3, first paragraph 2, else 1). "
                       + _SPACE_NOTE)
    study = corpus.study
    data = space[space["measure"].isin(SPACE_COUNT_MEASURES)].reset_index(drop=True)
    names = " and ".join(study.names.values()) or "each person"
    fig = plot_panels(
        data, panel="measure", x="article_id", y="count", hue="person",
        hue_order=list(study.compare), order=_ids(corpus),
        panel_order=list(SPACE_COUNT_MEASURES), ncols=3,
        panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
        panel_units={k: v[1] for k, v in SPACE_LABELS.items()},
        x_labels={a: a for a in _ids(corpus)}, hue_labels=study.names,
        colors=study.colors, fmt="{:.0f}", empty=_no_people(corpus, "mention to count"),
        title=textwrap.fill(f"How {names} are referred to: mentions per article", 80),
        caption=("Mentions of each person in article text by type (table 'mentions'); a "
                 "character a person plays counts for that person. Prominence weighs each "
                 "mention by where it is: 3 in the title, 2 in the first paragraph, 1 "
                 "elsewhere. Counts, no interval: see space_ratios for the comparison with "
                 "intervals. " + _SPACE_NOTE + " Articles: " + _article_key(corpus)),
        xlabel="article id",
    )
    return Chart(fig, data)


def space_differences(differences: pd.DataFrame, corpus: Corpus) -> Chart:
    """The first compared person's share minus the second's, with a paired interval.

    ``differences`` is :func:`coverage_analysis.measures.space.share_differences`.
    """
    if at_scale(corpus) and corpus.study.pair_label:
        return _spread(differences.assign(pp=100 * differences["difference"].astype(float)),
                       corpus, value="pp", panel="measure",
                       panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
                       title=f"{corpus.study.pair_label.replace(' ÷ ', ' − ')}: the "
                             "difference in share per article, by group",
                       unit="difference (percentage points)",
                       caption="The first person's share minus the second's. " + _SPACE_NOTE)
    study = corpus.study
    first, second = (list(study.names.values()) + ["", ""])[:2]
    frame = differences.assign(series="difference")
    for col in ("difference", "low", "high"):
        frame[col] = 100 * frame[col].astype(float)
    fig = plot_interval_panels(
        frame, panel="measure", x="article_id", y="difference", low="low", high="high",
        hue="series", hue_labels={"difference": f"{first} − {second}"}, count="units",
        colors={"difference": "#333333"}, order=_ids(corpus),
        panel_order=list(SPACE_SHARE_MEASURES), ncols=3, ylim=(-100, 100), reference=0.0,
        panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
        panel_units={k: "difference (percentage points)" for k in SPACE_LABELS},
        x_labels={a: a for a in _ids(corpus)},
        empty="" if study.pair_label else
        "no pair to compare: the study needs two people (see study.toml 'compare')",
        title=textwrap.fill(f"{first} − {second}: the difference in share, with 95% "
                            "intervals", 80),
        caption=(f"Points: {first}'s share minus {second}'s (percentage points; 0 = the same "
                 "room, dashed), for the shares of space_shares. Bars: 95% interval for a "
                 "difference of two shares of the same units (Newcombe's method for paired "
                 "proportions): sentences for sentences and words (a sentence naming both "
                 "counts for both), quotes for quoted words; n = those units; hollow points: "
                 "too few for an interval. An interval clear of 0 means the gap is larger "
                 "than the sampling noise. " + _SPACE_NOTE + " Articles: "
                 + _article_key(corpus)),
        xlabel="article id",
    )
    return Chart(fig, differences.reset_index(drop=True))


def ratio_parts(ratios: pd.DataFrame) -> pd.DataFrame:
    """Turn :func:`~coverage_analysis.measures.space.space_ratios` into the first person's part.

    ``part = first / (first + second)`` in percent, with the interval mapped
    from the ratio's by ``r / (1 + r)`` (an infinite ratio is a part of
    100%). A part is bounded, so an article where only one person appears
    sits at 0 or 100 instead of at infinity.
    """
    out = ratios[ratios["measure"].isin(SPACE_RATIO_MEASURES)].copy()
    for col, src in (("part", "ratio"), ("part_low", "ratio_low"), ("part_high", "ratio_high")):
        r = out[src].astype(float)
        out[col] = np.where(np.isinf(r), 100.0, 100 * r / (1 + r))
    out["series"] = "part"
    return out.reset_index(drop=True)


def space_ratios(ratios: pd.DataFrame, corpus: Corpus) -> Chart:
    """The first compared person's part of the room both get, per measure and article.

    ``ratios`` is :func:`coverage_analysis.measures.space.space_ratios`.
    """
    if at_scale(corpus) and corpus.study.pair_label:
        return _spread(ratio_parts(ratios), corpus, value="part", panel="measure",
                       panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
                       title=f"{corpus.study.pair_label}: the first person's part of both, "
                             "per article, by group",
                       unit="first person's part of both (%)",
                       caption="50% = equal room, 100% = the second person has none. "
                               + _SPACE_NOTE)
    study = corpus.study
    data = ratio_parts(ratios)
    first, second = (list(study.names.values()) + ["", ""])[:2]
    fig = plot_interval_panels(
        data, panel="measure", x="article_id", y="part", low="part_low", high="part_high",
        hue="series", hue_labels={"part": f"{first}'s part (%)"}, count="units",
        colors={"part": study.colors.get(study.compare[0], "#333333") if study.compare
                else "#333333"},
        order=_ids(corpus), panel_order=list(SPACE_RATIO_MEASURES), ncols=3, ylim=(0, 100),
        panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
        panel_units={k: f"{first}'s part of both (%)" for k in SPACE_LABELS},
        x_labels={a: a for a in _ids(corpus)}, reference=50.0,
        ratio_axis=True, empty="" if study.pair_label else
        "no pair to compare: the study needs two people (see study.toml 'compare')",
        title=textwrap.fill(f"{study.pair_label or 'The compared pair'}: how the room the two "
                            "share is split", 80),
        caption=(f"Points: {first}'s count as a share of {first}'s and {second}'s together "
                 f"(50% = equal room, dashed; right axis: the same as a ratio {first} ÷ "
                 f"{second}, so 75% is 3:1). 100% means {second} has none, where the ratio "
                 "would be infinite. Bars: 95% Wilson interval of that share with mentions, "
                 "sentences or quotes as the independent units (n); "
                 "hollow points: too few units for an interval. 'no data': neither person "
                 "has any. " + _SPACE_NOTE + " Articles: " + _article_key(corpus)),
        xlabel="article id",
    )
    return Chart(fig, data)


def _article_key(corpus: Corpus) -> str:
    """List each article as "id genre", for captions of panels labelled by id only."""
    return ", ".join(v.replace("\n", " ") for v in _labels(corpus).values()) + "."


def corpus_overview(role_words: pd.DataFrame, corpus: Corpus) -> Chart:
    """Words per paragraph role per article; lines that are not the article are hatched.

    ``role_words`` is :func:`coverage_analysis.measures.composition.role_words`.
    """
    if at_scale(corpus):
        groups = article_groups(corpus)
        role_words = (role_words.assign(article_id=role_words["article_id"].astype(str)
                                        .map(groups))
                      .groupby(["article_id", "role"], as_index=False, sort=False)
                      .agg(is_article_text=("is_article_text", "first"),
                           words=("words", "sum")))
    text_roles = set(role_words.loc[role_words["is_article_text"], "role"])
    other = [r for r in dict.fromkeys([*ROLES, *role_words["role"]]) if r not in text_roles]
    stack_order = [r for r in ROLES if r in text_roles] + other
    fig = plot_stacked_bars(
        role_words, x="article_id", stack="role", y="words", stack_order=stack_order,
        x_labels=_labels(corpus) if not at_scale(corpus) else None,
        order=_ids(corpus) if not at_scale(corpus) else None, hatched=other,
        hatch_note="(not article text)",
        title="What each file holds: words per paragraph role",
        caption=("Words in each article file by the role its lines were given (table "
                 "'paragraphs'). Solid: article text (title, headings, body, list items, Q&A "
                 "turns), which every measure reads. Hatched: lines labelled as not the "
                 "article (bylines, notes, captions and credits, ratings, info boxes, menus, "
                 "promotions, comments and other site furniture), kept in the tables but "
                 "left out of the measures. Number on top: all words in the file."),
        xlabel="group of articles" if at_scale(corpus) else "article (id, genre)",
        ylabel="words (count)", legend_title="paragraph role",
    )
    return Chart(fig, role_words.reset_index(drop=True))
