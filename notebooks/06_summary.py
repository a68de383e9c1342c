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
# # 06 · Summary: the pieces side by side
#
# One row per article with the headline number of every measure, one row per
# article and compared person with their space, and the findings as sentences
# built from those numbers (nothing here is typed in by hand: rerun the
# notebook after changing the corpus or a measure and the text follows).
# `coverage-analysis figures` writes the same tables as `summary.csv`,
# `people_summary.csv` and `findings.csv`.

# %% tags=["parameters"]
# The corpus folder this notebook reads (papermill and `coverage-analysis report`
# replace it); every path below follows from it.
corpus = "../seeds"

# %%
# %matplotlib inline
import pandas as pd

from coverage_analysis import compute_measures, load_corpus
from coverage_analysis.report import charts
from coverage_analysis.report.findings import findings
from coverage_analysis.report.summary import people_summary, summary_table

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 200)
pd.set_option("display.max_rows", 60)

coverage = load_corpus(corpus)
measures = compute_measures(coverage)
summary = summary_table(coverage, measures)

# %% [markdown]
# ## Comparison table
#
# Transposed: one column per article.

# %%
summary.round(3).set_index("article_id").transpose()

# %% [markdown]
# ## Each compared person, per article

# %%
people_summary(coverage, measures).round(3)

# %% [markdown]
# ## Findings

# %%
findings(coverage, measures)

# %% [markdown]
# ## The headline figures again
#
# Sentiment per article and the room given to each person, from the same
# measures.

# %%
charts.sentiment_by_article(measures["sentiment_articles"], coverage).figure

# %%
charts.space_shares(measures["space"], coverage).figure
