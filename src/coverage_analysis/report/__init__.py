"""Measures to what people read: figures, findings and summaries.

- :mod:`.plotkit`: the shared style and generic chart kinds (no study in it).
- :mod:`.charts`: the study's figures, each returning the figure and its data.
- :mod:`.summary`: one row per article (and per compared person) of headline numbers.
- :mod:`.findings`: sentences stating what the numbers show.
- :mod:`.build`: everything drawn and written as one set (``coverage-analysis figures``).
- :mod:`.annotate`: one article's raw text with its quotes, mentions and line
  roles marked, as HTML (``annotate(corpus, "a01")`` displays in a notebook).
- :mod:`.html`: the notebooks run on a corpus and rendered as one HTML page,
  with an annotated page per article (``coverage-analysis report``).
"""
