"""Measures computed from the corpus tables.

Each module takes tables of a :class:`~coverage_analysis.corpus.Corpus` and
returns tidy DataFrames that keep ``article_id`` and, where a row is about
text, ``start`` and ``end`` offsets:

- :mod:`.composition`: words per paragraph role (what each file holds).
- :mod:`.readability`: readability formulas on prose, with this library's sentences.
- :mod:`.sentiment`: VADER sentiment per sentence, summarised per article and group.
- :mod:`.framing`: genre of each piece (scored from interpretable cues, with
  evidence) and thematic frames (share of sentences per theme).
- :mod:`.space`: how much room each piece gives one compared person against
  the other, with ratios and 95% intervals.

:func:`compute_measures` runs them all.
"""

from __future__ import annotations

import pandas as pd

from ..corpus import Corpus
from . import framing, readability, sentiment, space
from .composition import role_words

__all__ = ["compute_measures"]


def compute_measures(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """Compute every measure the figures and summaries draw on.

    The people compared and the theme lexicon come from ``corpus.study``.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables.

    Returns
    -------
    dict of str to DataFrame
        - ``role_words``: :func:`~.composition.role_words`.
        - ``sentence_scores``: :func:`~.sentiment.score_sentences`;
          ``sentiment_articles``, ``sentiment_voice``, ``sentiment_persons``: its
          article, voice and person summaries.
        - ``readability``: :func:`~.readability.readability`;
          ``sentence_readability``: the per-sentence counts and scores.
        - ``genre_hits``, ``genre_features``, ``genre_scores``, ``genre_calls``
          (``article_id``, ``call``, ...), ``genre_evidence``:
          :func:`~.framing.classify_genres`.
        - ``frame_shares``: :func:`~.framing.frame_shares`.
        - ``space``: :func:`~.space.person_space`; ``space_ratios``:
          :func:`~.space.space_ratios`.
    """
    ids = corpus.articles["article_id"].astype(str).tolist()
    persons = list(corpus.study.compare)
    scores = sentiment.score_sentences(corpus.sentences)
    genres = framing.classify_genres(corpus)
    person_space = space.person_space(corpus, persons)
    counts = readability.sentence_counts(corpus.sentences)
    return {
        "role_words": role_words(corpus.paragraphs),
        "sentence_scores": scores,
        "sentiment_articles": sentiment.article_summary(scores),
        "sentiment_voice": sentiment.voice_summary(scores),
        "sentiment_persons": sentiment.person_summary(scores, corpus.mentions, persons),
        "readability": readability.readability(corpus.sentences, counts),
        "sentence_readability": readability.sentence_readability(corpus.sentences, counts),
        "genre_hits": genres.hits,
        "genre_features": genres.features,
        "genre_scores": genres.scores,
        "genre_calls": genres.calls,
        "genre_evidence": genres.evidence,
        "frame_shares": framing.frame_shares(corpus.sentences, articles=ids,
                                             frames=corpus.study.frames),
        "space": person_space,
        "space_ratios": space.space_ratios(person_space, persons if len(persons) == 2 else None),
    }
