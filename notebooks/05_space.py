# %% [markdown]
# # 05 · Space: how much room does each piece give Anderson .Paak and Soul Rasheed?
#
# For each article and person: mentions by type, sentences that mention them
# and the words of those sentences, quoted words they speak, whether they are
# in the title, first paragraph and first sentence, and a prominence score
# (mentions weighted 3 in the title, 2 in the first paragraph, 1 elsewhere).
# Only article text counts. Shares get a 95% Wilson interval, and Paak ÷ Soul
# ratios an interval through Paak's part of the two counts, with mentions,
# sentences or quotes as the independent units (words are not independent).

# %%
# %matplotlib inline
import pandas as pd

from coverage_analysis import load_corpus, plotting
from coverage_analysis.measures import space

pd.set_option("display.width", 140)
pd.set_option("display.max_rows", 120)

corpus = load_corpus("../seeds")
person_space = space.person_space(corpus)

# %% [markdown]
# ## Counts per article and person

# %%
person_space.pivot_table(index="measure", columns=["article_id", "person"], values="count",
                         sort=False).round(1)

# %%
plotting.space_counts(person_space, corpus.articles)

# %% [markdown]
# ## Shares with 95% intervals
#
# Share of the article's sentences that mention the person, share of all
# sentence words in those sentences, and share of all quoted words the person
# speaks (NaN where the article quotes no one).

# %%
shares = person_space[person_space["measure"].isin(plotting.SPACE_SHARE_MEASURES)]
shares[["article_id", "measure", "person", "count", "total", "units", "share", "share_low",
        "share_high"]].round(3)

# %%
plotting.space_shares(person_space, corpus.articles)

# %% [markdown]
# ## Paak ÷ Soul
#
# How many times more room .Paak gets. An interval that stays above 1 means
# the gap is larger than the counts' sampling noise.

# %%
ratios = space.space_ratios(person_space)
ratios.round(3)

# %%
plotting.space_ratios(ratios, corpus.articles)

# %% [markdown]
# ## Placement
#
# 1 if the person is mentioned in the title, first paragraph or first
# sentence (none of the articles has a title that names either of them).

# %%
placement = person_space[person_space["measure"].str.startswith("in_")]
placement.pivot_table(index=["article_id", "person"], columns="measure", values="count",
                      sort=False).astype(int)

# %% [markdown]
# What each article's first paragraph and first sentence are:

# %%
firsts = space.first_paragraphs(corpus.paragraphs, corpus.sentences)
firsts.merge(corpus.sentences[["article_id", "sentence_id", "text"]],
             left_on=["article_id", "first_sentence_id"],
             right_on=["article_id", "sentence_id"], how="left") \
    .drop(columns="sentence_id")
