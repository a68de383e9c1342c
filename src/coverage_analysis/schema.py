"""The vocabulary every module shares: tables and their columns, roles, kinds.

Each name is defined here once; parsers, measures and the report import it.
What each column means is documented in :class:`coverage_analysis.Corpus`.
"""

from __future__ import annotations

__all__ = [
    "ARTICLE_TEXT_ROLES",
    "BOOL_COLUMNS",
    "COLUMNS",
    "DTYPES",
    "FURNITURE_ROLES",
    "INT_COLUMNS",
    "MENTION_TYPES",
    "NON_SPEECH_KINDS",
    "PROSE_ROLES",
    "QA_ROLES",
    "QUOTE_KINDS",
    "ROLES",
    "SPEECH_KINDS",
    "TABLES",
]

#: Roles of lines that are the article itself (sentences are cut from these only).
ARTICLE_TEXT_ROLES = ("title", "heading", "body", "list_item", "question", "answer")
#: Article text written as running prose: what sentiment and readability measure.
PROSE_ROLES = ("body", "list_item", "question", "answer")
#: Q&A turns.
QA_ROLES = ("question", "answer")
#: Roles of lines a page carries that are not the article: labelled, never counted.
FURNITURE_ROLES = (
    "byline",
    "dateline",
    "note",
    "warning",
    "caption",
    "credit",
    "bio",
    "rating",
    "infobox",
    "navigation",
    "promo",
    "copyright",
    "comments",
    "debris",
)
#: Every paragraph role, in the order tables and figures sort them.
ROLES = ARTICLE_TEXT_ROLES + FURNITURE_ROLES

#: Kinds of quotation that are someone's speech.
SPEECH_KINDS = ("direct", "embedded", "turn")
#: Kinds of quotation that are not speech.
NON_SPEECH_KINDS = ("scare", "title")
#: Every kind of quotation.
QUOTE_KINDS = SPEECH_KINDS + NON_SPEECH_KINDS

#: Ways a person is referred to, as in the mentions table.
MENTION_TYPES = ("name", "character", "nominal", "pronoun", "first_person")

#: The five tables, in the order they are built and written.
TABLES = ("articles", "paragraphs", "sentences", "quotes", "mentions")

#: Column order of every table (documented in :class:`~coverage_analysis.corpus.Corpus`).
COLUMNS = {
    "articles": (
        "article_id",
        "file",
        "title",
        "outlet",
        "author",
        "date",
        "genre",
        "interviewee",
        "n_chars",
        "n_paragraphs",
        "n_sentences",
        "n_words",
        "n_words_prose",
        "n_words_raw",
        "truncated",
    ),
    "paragraphs": (
        "article_id",
        "paragraph_id",
        "line",
        "start",
        "end",
        "indent",
        "role",
        "rule",
        "is_article_text",
        "n_words",
        "text",
    ),
    "sentences": (
        "article_id",
        "sentence_id",
        "paragraph_id",
        "role",
        "start",
        "end",
        "n_words",
        "voice",
        "speaker",
        "text",
    ),
    "quotes": (
        "article_id",
        "quote_id",
        "paragraph_id",
        "sentence_id",
        "start",
        "end",
        "open",
        "close",
        "kind",
        "speaker",
        "cue",
        "parent_id",
        "depth",
        "n_words",
        "text",
        "registered",
    ),
    "mentions": (
        "article_id",
        "mention_id",
        "entity",
        "surface",
        "type",
        "character",
        "start",
        "end",
        "sentence_id",
        "paragraph_id",
        "role",
        "voice",
        "speaker",
        "rule",
    ),
}

#: Columns of whole numbers (counts, ids within an article, offsets), in any table.
INT_COLUMNS = frozenset({
    "n_chars", "n_paragraphs", "n_sentences", "n_words", "n_words_prose", "n_words_raw",
    "paragraph_id", "sentence_id", "quote_id", "mention_id", "parent_id",
    "line", "start", "end", "indent", "depth",
})
#: Columns of true/false values.
BOOL_COLUMNS = frozenset({"is_article_text", "registered", "truncated"})
#: The type of every column of every table: "int64", "bool" or "str" (text;
#: ``article_id`` is text too, "007" keeps its zeros). CSV carries no types;
#: Parquet files written by ``coverage-analysis tables --format parquet`` do.
DTYPES = {
    table: {column: "int64" if column in INT_COLUMNS else "bool" if column in BOOL_COLUMNS
            else "str" for column in columns}
    for table, columns in COLUMNS.items()
}
