# %% [markdown]
# # 06 · Summary: the four pieces side by side
#
# One row per article with the headline number of every measure, and the
# findings as sentences built from those numbers (nothing here is typed in
# by hand: rerun the notebook after changing the corpus or a measure and the
# text follows). The figures are written by `coverage-analysis figures`,
# which writes this table as `figures/summary.csv` and the findings as
# `figures/findings.csv`.

# %%
# %matplotlib inline
import pandas as pd
from coverage_analysis.figures import compute_measures, findings, summary_table

from coverage_analysis import load_corpus, plotting

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 200)
pd.set_option("display.max_rows", 60)

corpus = load_corpus("../seeds")
measures = compute_measures(corpus)
summary = summary_table(corpus, measures)

# %% [markdown]
# ## Comparison table
#
# Transposed: one column per article.

# %%
summary.round(3).set_index("article_id").transpose()

# %% [markdown]
# ## Findings

# %%
findings(corpus, measures)

# %% [markdown]
# ## The headline figures again
#
# Sentiment per article and the room given to each person, from the same
# measures.

# %%
plotting.sentiment_by_article(measures["sentiment_articles"], corpus.articles)

# %%
plotting.space_shares(measures["space"], corpus.articles)
