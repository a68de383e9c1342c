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
# # 01 · The corpus: what the files hold
#
# `load_corpus` turns the corpus folder into five tidy tables (articles,
# paragraphs, sentences, quotes, mentions). Every row that points at text has
# `start` and `end` offsets into the file, so any number below can be traced to
# the words behind it. This notebook shows the tables and, above all, **what
# was set aside as not being the article** (bylines, notes, captions and
# credits, ratings, menus, promotions, other site furniture) and which rule
# decided it.

# %% tags=["parameters"]
# The corpus folder this notebook reads (papermill and `coverage-analysis report`
# replace it); every path below follows from it.
corpus = "../seeds"

# %%
# %matplotlib inline
import pandas as pd

from coverage_analysis import load_corpus
from coverage_analysis.measures.composition import role_words
from coverage_analysis.report import charts

pd.set_option("display.width", 140)
pd.set_option("display.max_colwidth", 80)
pd.set_option("display.max_rows", 100)

coverage = load_corpus(corpus)
study = coverage.study
print(f"{study.title}: {len(coverage.articles)} articles; comparing "
      f"{' and '.join(study.names.values()) or 'nobody (no people.toml)'}")

# %% [markdown]
# ## Articles
#
# One row per file. `n_words` counts article text only (title, headings,
# body, list items, Q&A turns); `n_words_raw` counts every line of the file.

# %%
coverage.articles[["article_id", "genre", "title", "outlet", "author", "interviewee",
                   "n_paragraphs", "n_sentences", "n_words", "n_words_prose", "n_words_raw"]]

# %% [markdown]
# ## Paragraph roles
#
# Every non-blank line gets a role. Roles in `ARTICLE_TEXT_ROLES` are the
# article; the rest are kept in the tables (nothing is dropped) but no measure
# reads them.

# %%
words = role_words(coverage.paragraphs)
words.round(3)

# %%
charts.corpus_overview(words, coverage).figure

# %% [markdown]
# ## What was labelled as non-article text, and why
#
# The lines below are in the files but are not the article. The `rule`
# column says which rule gave each line its role.

# %%
not_article = coverage.paragraphs[~coverage.paragraphs["is_article_text"]]
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
text = coverage.paragraphs[coverage.paragraphs["is_article_text"]]
(text.groupby(["article_id", "role", "rule"], sort=True)
 .agg(lines=("paragraph_id", "size"), words=("n_words", "sum"))
 .reset_index())

# %% [markdown]
# ## Sentences, quotes and mentions
#
# Sentences are cut from article text only. A sentence is "speech" when at
# least half of it is quoted speech or a Q&A turn.

# %%
pd.crosstab(coverage.sentences["article_id"], coverage.sentences["voice"], margins=True)

# %% [markdown]
# Quotes by kind (direct speech, embedded speech, Q&A turns, scare quotes,
# titles) and who speaks them:

# %%
pd.crosstab([coverage.quotes["article_id"], coverage.quotes["kind"]],
            coverage.quotes["speaker"])

# %% [markdown]
# Mentions of the people this analysis compares (`study.toml`'s `compare`), by type:

# %%
people = coverage.mentions[coverage.mentions["entity"].isin(study.compare)]
pd.crosstab([people["article_id"], people["entity"]], people["type"], margins=True)

# %% [markdown]
# Mentions whose person the text does not make clear (`entity` is empty):

# %%
coverage.mentions.loc[coverage.mentions["entity"] == "",
                      ["article_id", "mention_id", "surface", "type", "role", "rule"]]

# %% [markdown]
# ## One article, annotated
#
# The first article's own text with what the tables found marked on it:
# quotations in their speaker's colour (speech outlined solid, scare quotes
# dashed, titles in grey italics), mentions of people underlined (hover over
# one for who it is, the type of mention and the rule that found it), and the
# lines that are not article text greyed and labelled with their role.
# `coverage-analysis report` writes such a page for every article.

# %%
from coverage_analysis.report.annotate import annotate

annotate(coverage, coverage.articles["article_id"].iloc[0])
