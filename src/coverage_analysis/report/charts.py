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
    article_colors,
    article_labels,
    plot_distribution,
    plot_grouped_bars,
    plot_interval_panels,
    plot_intervals,
    plot_panels,
    plot_shares,
    plot_stacked_bars,
)

__all__ = [
    "Chart",
    "READABILITY_LABELS",
    "SPACE_COUNT_MEASURES",
    "SPACE_LABELS",
    "SPACE_RATIO_MEASURES",
    "SPACE_SHARE_MEASURES",
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


_COMPOUND = "mean VADER compound score (−1 to +1)"
_BOOTSTRAP = ("Points: mean VADER compound score of the prose sentences (body, list items, "
              "Q&A turns) in each group; −1 is most negative, +1 most positive, 0 neutral. "
              "Bars: 95% percentile bootstrap interval of the mean (2,000 resamples, fixed "
              "seed); n = sentences; hollow points have too few sentences for an interval.")


def sentiment_by_article(summary: pd.DataFrame, corpus: Corpus) -> Chart:
    """Mean compound score per article with its interval.

    ``summary`` is :func:`coverage_analysis.measures.sentiment.article_summary`.
    """
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
    text_roles = set(role_words.loc[role_words["is_article_text"], "role"])
    other = [r for r in dict.fromkeys([*ROLES, *role_words["role"]]) if r not in text_roles]
    stack_order = [r for r in ROLES if r in text_roles] + other
    fig = plot_stacked_bars(
        role_words, x="article_id", stack="role", y="words", stack_order=stack_order,
        x_labels=_labels(corpus), order=_ids(corpus), hatched=other,
        hatch_note="(not article text)",
        title="What each file holds: words per paragraph role",
        caption=("Words in each article file by the role its lines were given (table "
                 "'paragraphs'). Solid: article text (title, headings, body, list items, Q&A "
                 "turns), which every measure reads. Hatched: lines labelled as not the "
                 "article (bylines, notes, captions and credits, ratings, info boxes, menus, "
                 "promotions, comments and other site furniture), kept in the tables but "
                 "left out of the measures. Number on top: all words in the file."),
        xlabel="article (id, genre)", ylabel="words (count)", legend_title="paragraph role",
    )
    return Chart(fig, role_words.reset_index(drop=True))
