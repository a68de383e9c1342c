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
# # 02 · Sentiment: how warm is each piece?
#
# VADER scores single sentences, so each prose sentence (body, list items, Q&A
# turns; titles and headings are left out) gets a compound score from −1 (most
# negative) to +1 (most positive). An article's figure is the mean of its
# sentences with a 95% percentile bootstrap interval (2,000 resamples, fixed
# seed), and the shares of positive (≥ 0.05), neutral and negative (≤ −0.05)
# sentences.
#
# VADER is a general-purpose lexicon: it reads "killer" as negative and knows
# nothing of film criticism, so differences between articles say more than
# any single score.

# %% tags=["parameters"]
# The corpus folder this notebook reads (papermill and `coverage-analysis report`
# replace it); every path below follows from it.
corpus = "../seeds"

# %%
# %matplotlib inline
import pandas as pd

from coverage_analysis import load_corpus
from coverage_analysis.measures import sentiment
from coverage_analysis.report import charts

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 110)

coverage = load_corpus(corpus)
pair = list(coverage.study.compare)
scores = sentiment.score_sentences(coverage.sentences)

# %% [markdown]
# ## Per article

# %%
by_article = sentiment.article_summary(scores)
by_article.round(3)

# %%
charts.sentiment_by_article(by_article, coverage).figure

# %%
charts.sentiment_shares(by_article, coverage).figure

# %% [markdown]
# ## Narration vs quoted speech
#
# A sentence is speech when at least half of its characters are quoted speech
# or a Q&A turn. An article that quotes no one at sentence level has
# narration only.

# %%
by_voice = sentiment.voice_summary(scores)
by_voice.round(3)

# %%
charts.sentiment_by_voice(by_voice, coverage).figure

# %% [markdown]
# ## Sentences that mention each compared person
#
# A sentence counts for a person when it mentions them in any way (name,
# description, pronoun, a character they play, or "I" in their own speech).
# A sentence mentioning both counts for both, so the two groups overlap.

# %%
by_person = sentiment.person_summary(scores, coverage.mentions, pair)
by_person.round(3)

# %%
charts.sentiment_by_person(by_person, coverage).figure

# %% [markdown]
# Counting only mentions by name, description or pronoun (no characters, no
# "I" in speech) changes the groups, especially in a Q&A, where nearly every
# answer says "I":

# %%
strict = sentiment.person_summary(scores, coverage.mentions, pair,
                                  types=("name", "nominal", "pronoun"))
strict.round(3)

# %% [markdown]
# ## What drives the scores
#
# Each article's two most positive and two most negative sentences:

# %%
sentiment.extremes(scores, n=2)[["article_id", "end_of_scale", "rank", "voice", "speaker",
                                 "compound", "text"]].round(3)
