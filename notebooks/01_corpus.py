# %% [markdown]
# # 01 · The corpus: four articles about *K-Pops!*
#
# Four pieces of press coverage of *K-Pops!*, Anderson .Paak's first film as a
# director, in which he acts opposite his real son, Soul Rasheed: a festival
# **review** (000), a premiere **news report** (001), an essay-style
# **profile** (002) and a Q&A **interview** (003).
#
# `load_corpus` turns the folder into five tidy tables (articles, paragraphs,
# sentences, quotes, mentions). Every row that points at text has `start` and
# `end` offsets into the file, so any number below can be traced to the words
# behind it. This notebook shows the tables and, above all, **what was set
# aside as not being the article** (bylines, warnings, photo credits, author
# bios, site furniture) and which rule decided it.

# %%
# %matplotlib inline
import pandas as pd
from coverage_analysis.figures import role_words

from coverage_analysis import load_corpus, plotting

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 80)
pd.set_option("display.max_rows", 100)

corpus = load_corpus("../seeds")

# %% [markdown]
# ## Articles
#
# One row per file. `n_words` counts article text only (title, headings,
# body, list items, Q&A turns); `n_words_raw` counts every line of the file.

# %%
corpus.articles[["article_id", "genre", "title", "outlet", "author", "interviewee",
                 "n_paragraphs", "n_sentences", "n_words", "n_words_prose", "n_words_raw"]]

# %% [markdown]
# ## Paragraph roles
#
# Every non-blank line gets a role. Roles in `ARTICLE_TEXT_ROLES` are the
# article; the rest are kept in the tables (nothing is dropped) but no measure
# reads them.

# %%
words = role_words(corpus.paragraphs)
words.round(3)

# %%
plotting.corpus_overview(words, corpus.articles)

# %% [markdown]
# ## What was labelled as non-article text, and why
#
# The lines below are in the files but are not the article. The `rule`
# column says which rule gave each line its role: a byline pattern, a spoiler
# warning, a photo credit, the author's bio at the end of the review, and,
# in the Variety interview, the page's related-stories block and tagline.

# %%
not_article = corpus.paragraphs[~corpus.paragraphs["is_article_text"]]
not_article[["article_id", "paragraph_id", "line", "role", "rule", "n_words", "text"]]

# %% [markdown]
# How many lines and words each rule set aside, per article:

# %%
(not_article.groupby(["article_id", "role", "rule"], sort=True)
 .agg(lines=("paragraph_id", "size"), words=("n_words", "sum"))
 .reset_index())

# %% [markdown]
# And the rules behind the article text itself (how titles, headings, Q&A
# questions and answers were recognised):

# %%
text = corpus.paragraphs[corpus.paragraphs["is_article_text"]]
(text.groupby(["article_id", "role", "rule"], sort=True)
 .agg(lines=("paragraph_id", "size"), words=("n_words", "sum"))
 .reset_index())

# %% [markdown]
# ## Sentences, quotes and mentions
#
# Sentences are cut from article text only. A sentence is "speech" when at
# least half of it is quoted speech or a Q&A turn.

# %%
pd.crosstab(corpus.sentences["article_id"], corpus.sentences["voice"], margins=True)

# %% [markdown]
# Quotes by kind (direct speech, embedded speech, Q&A turns, scare quotes,
# titles) and who speaks them:

# %%
pd.crosstab([corpus.quotes["article_id"], corpus.quotes["kind"]], corpus.quotes["speaker"])

# %% [markdown]
# Mentions of the two people this analysis compares, by type:

# %%
people = corpus.mentions[corpus.mentions["entity"].isin(["paak", "soul"])]
pd.crosstab([people["article_id"], people["entity"]], people["type"], margins=True)

# %% [markdown]
# Mentions whose person the text does not make clear (`entity` is empty):

# %%
corpus.mentions.loc[corpus.mentions["entity"] == "",
                    ["article_id", "mention_id", "surface", "type", "role", "rule"]]
