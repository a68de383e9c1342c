"""Measures computed from the corpus tables.

Each module takes the tables of a :class:`~coverage_analysis.corpus.Corpus`
and returns tidy DataFrames that keep ``article_id`` and, where a row is about
text, ``start`` and ``end`` offsets:

- :mod:`.readability`: readability formulas on prose, with this library's sentences.
- :mod:`.sentiment`: VADER sentiment per sentence, summarised per article and group.
- :mod:`.framing`: genre of each piece (scored from interpretable cues, with
  evidence) and thematic frames (share of sentences per theme).
- :mod:`.space`: how much room each piece gives Paak against Soul, with ratios
  and 95% intervals.
"""
