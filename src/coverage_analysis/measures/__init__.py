"""Measures computed from the corpus tables.

Each module takes the tables of a :class:`~coverage_analysis.corpus.Corpus`
and returns tidy DataFrames that keep ``article_id`` and, where a row is about
text, ``start`` and ``end`` offsets:

- :mod:`.readability`: readability formulas on prose, with this library's sentences.
- :mod:`.sentiment`: VADER sentiment per sentence, summarised per article and group.
"""
