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
# # 03 · Readability: how hard is each piece to read?
#
# The classic formulas (Flesch, Flesch-Kincaid, Gunning fog, SMOG,
# Coleman-Liau, ARI, Dale-Chall) all divide by the number of sentences.
# textstat finds sentences with a regular expression that ends one at every
# `.`, `!` and `?`, including those inside names, titles and abbreviations.
# The library computes every formula from counts instead: sentences and words
# from its own tables, syllables and letters from textstat, with textstat's
# constants, and sets each score beside textstat's own function on the same
# prose ("naive"). The difference is down to sentence segmentation.

# %% tags=["parameters"]
# The corpus folder this notebook reads (papermill and `coverage-analysis report`
# replace it); every path below follows from it.
corpus = "../seeds"

# %%
# %matplotlib inline
import pandas as pd
from textstat.backend import counts as ts_counts

from coverage_analysis import load_corpus
from coverage_analysis.measures import readability
from coverage_analysis.report import charts

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 110)

coverage = load_corpus(corpus)
scores = readability.readability(coverage.sentences)

# %% [markdown]
# ## Scores per article, library vs naive textstat
#
# Grades are US school grades; Flesch reading ease runs from about 0 (hard) to
# 100 (easy).

# %%
scores.pivot(index="measure", columns="article_id", values="value") \
    .loc[[*readability.MEASURES, "n_sentences", "n_words"]].round(2)

# %%
charts.readability_by_article(scores, coverage).figure

# %% [markdown]
# ## How much the naive sentence count changes each score
#
# `difference` is library minus naive. Where textstat finds more sentences
# than there are, its sentences are shorter and the text looks easier: grades
# come out lower and reading ease higher.

# %%
scores.pivot(index="measure", columns="article_id", values="difference") \
    .loc[[*readability.MEASURES, "n_sentences", "n_words"]].round(2)

# %% [markdown]
# The same as a share of the library's value:

# %%
relative = scores.assign(change=scores["difference"] / scores["value"])
relative.pivot(index="measure", columns="article_id", values="change") \
    .loc[list(readability.MEASURES)].round(3)

# %% [markdown]
# Sentences of the library that textstat cuts into more than one (each cut is
# an extra sentence in the naive count):

# %%
prose = readability.prose_sentences(coverage.sentences)
prose = prose.assign(textstat_sentences=prose["text"].map(ts_counts.count_sentences))
split = prose[prose["textstat_sentences"] > 1]
split[["article_id", "sentence_id", "textstat_sentences", "text"]]

# %% [markdown]
# ## Sentence by sentence
#
# The article scores hide how uneven sentences are. Words per prose sentence:

# %%
per_sentence = readability.sentence_readability(coverage.sentences)
per_sentence.groupby("article_id")[["n_words", "syllables_per_word",
                                    "flesch_kincaid_grade"]].describe().round(2).transpose()

# %%
charts.sentence_lengths(per_sentence, coverage).figure

# %% [markdown]
# The longest sentences, which weigh most on their article's grade:

# %%
longest = per_sentence.nlargest(5, "n_words")[["article_id", "sentence_id", "n_words",
                                               "flesch_kincaid_grade"]]
longest.merge(coverage.sentences[["article_id", "sentence_id", "text"]],
              on=["article_id", "sentence_id"]).round(2)
