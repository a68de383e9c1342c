# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 05 · Space: how much room does each piece give each of the two people compared?
#
# The pair comes from the corpus's `study.toml` (`compare`), or is the first two
# people with `role = "subject"` in `people.toml`. For each article and person:
# mentions by type, sentences that mention them and the words of those
# sentences, quoted words they speak, whether they are in the title, first
# paragraph and first sentence, and a prominence score (mentions weighted 3 in
# the title, 2 in the first paragraph, 1 elsewhere). Only article text counts.
# Shares get a 95% Wilson interval, and the comparison of the two an interval
# through the first person's part of both counts, with mentions, sentences or
# quotes as the independent units (words are not independent).

# %% tags=["parameters"]
# The corpus folder this notebook reads (papermill and `coverage-analysis report`
# replace it); every path below follows from it.
corpus = "../seeds"

# %%
# %matplotlib inline
import pandas as pd

from coverage_analysis import load_corpus
from coverage_analysis.measures import space
from coverage_analysis.report import charts

pd.set_option("display.width", 140)
pd.set_option("display.max_rows", 120)

coverage = load_corpus(corpus)
study = coverage.study
person_space = space.person_space(coverage)
print("compared:", study.pair_label or ", ".join(study.names.values()))

# %% [markdown]
# ## Counts per article and person

# %%
person_space.pivot_table(index="measure", columns=["article_id", "person"], values="count",
                         sort=False).round(1)

# %%
charts.space_counts(person_space, coverage).figure

# %% [markdown]
# ## Shares with 95% intervals
#
# Share of the article's sentences that mention the person, share of all
# sentence words in those sentences, and share of all quoted words the person
# speaks (NaN where the article quotes no one).

# %%
shares = person_space[person_space["measure"].isin(charts.SPACE_SHARE_MEASURES)]
shares[["article_id", "measure", "person", "count", "total", "units", "share", "share_low",
        "share_high"]].round(3)

# %%
charts.space_shares(person_space, coverage).figure

# %% [markdown]
# ## The difference between the two, with its own interval
#
# The first person's share minus the second's, in percentage points. The two
# shares are of the same sentences (or quotes), so the interval is Newcombe's
# for paired proportions: a sentence naming both counts for both.

# %%
differences = space.share_differences(coverage, person_space)
differences.round(3)

# %%
charts.space_differences(differences, coverage).figure

# %% [markdown]
# ## The first person against the second
#
# `ratio` is how many times more room the first person gets; the figure shows
# the same as the first person's part of both (bounded, so a person with none
# is drawn at 0% or 100% rather than at infinity). An interval that stays
# clear of 50% means the gap is larger than the counts' sampling noise.

# %%
ratios = space.space_ratios(person_space)
ratios.round(3)

# %%
charts.space_ratios(ratios, coverage).figure

# %% [markdown]
# ## Placement
#
# 1 if the person is mentioned in the title, first paragraph or first
# sentence.

# %%
placement = person_space[person_space["measure"].str.startswith("in_")]
placement.pivot_table(index=["article_id", "person"], columns="measure", values="count",
                      sort=False).astype(int)

# %% [markdown]
# What each article's first paragraph and first sentence are:

# %%
firsts = space.first_paragraphs(coverage.paragraphs, coverage.sentences)
firsts.merge(coverage.sentences[["article_id", "sentence_id", "text"]],
             left_on=["article_id", "first_sentence_id"],
             right_on=["article_id", "sentence_id"], how="left") \
    .drop(columns="sentence_id")
