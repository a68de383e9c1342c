# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 04 · Framing: what genre is each piece, and what does it talk about?
#
# **Genre.** Interpretable cues are computed from the tables (share of words
# in Q&A turns, share in quoted speech, evaluative words, character names,
# "I" and "you" in the writer's own voice, headings, warnings, ratings,
# past- and present-tense attribution, news vocabulary). Each is bounded to
# 0–1 by a fixed saturation and each genre's score is a weighted sum divided
# by the genre's total positive weight; the call is the top genre. The cues
# and weights live in `data/genres.toml`; the metadata genre plays no part
# in the call and is only what it is compared with.
#
# **Themes.** The share of each article's sentences that contain a term of
# each frame of the study's lexicon (`study.toml`, or the library's default).

# %% tags=["parameters"]
# The corpus folder this notebook reads (papermill and `coverage-analysis report`
# replace it); every path below follows from it.
corpus = "../seeds"

# %%
# %matplotlib inline
import pandas as pd

from coverage_analysis import load_corpus
from coverage_analysis.measures import framing
from coverage_analysis.report import charts

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 110)
pd.set_option("display.max_rows", 100)

coverage = load_corpus(corpus)
genres = framing.classify_genres(coverage)

# %% [markdown]
# ## Genre scores
#
# 1 means every cue of the genre is fully present, 0 none; below 0, cues the
# genre avoids outweigh its own.

# %%
genres.scores.pivot(index="article_id", columns="genre", values="score").round(3)

# %%
charts.genre_scores(genres.scores, genres.calls, coverage).figure

# %% [markdown]
# ## The call, against the genre the outlet presents
#
# `margin` is how far the call is ahead of the runner-up; `presented` is
# blank where articles.csv gives no genre.

# %%
genres.calls.round(3)

# %% [markdown]
# ## The evidence for each call
#
# For each call, the cues that added most to its score, with the first
# sentences (or lines) where each cue occurs; `term` is the word that matched.

# %%
genres.evidence[["article_id", "genre", "rank", "feature", "value", "contribution",
                 "example", "term", "text"]].round(3)

# %% [markdown]
# Every cue's value per article (after bounding by its saturation), for
# comparison across articles:

# %%
genres.features.pivot(index="feature", columns="article_id", values="scaled").round(2)

# %% [markdown]
# ## Themes
#
# A sentence can raise several frames, so shares do not add up to 1.

# %%
themes = framing.frame_shares(coverage.sentences, frames=coverage.study.frames)
themes[["article_id", "label", "n_sentences", "n_total", "share", "top_terms"]].round(3)

# %%
charts.theme_shares(themes, coverage).figure
