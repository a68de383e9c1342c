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

import contextlib
import gc
from collections.abc import Iterator

import pandas as pd

from ..corpus import Corpus
from ..strings import python_strings
from . import framing, readability, sentiment, space
from .composition import role_words

__all__ = ["compute_measures"]


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while many small objects are made and dropped.

    The measures make no reference cycles worth collecting mid-way, and on
    a large corpus the collector would otherwise walk the tables again and
    again. It runs as usual afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compute_measures(corpus: Corpus, workers: int | None = None) -> dict[str, pd.DataFrame]:
    """Compute every measure the figures and summaries draw on.

    The people compared and the theme lexicon come from ``corpus.study``.
    Every measure is computed article by article, so the result does not
    depend on how the articles are grouped: with ``workers`` above 1 the
    articles are measured in chunks in that many processes and the tables
    put together in the order a single process gives (see
    :mod:`~coverage_analysis.measures.parallel`); the result is the same.

    A corpus whose tables are dask dataframes
    (:func:`coverage_analysis.distributed.load_corpus_dask`) is computed into
    pandas first.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables.
    workers : int, optional
        Processes to use (default 1: this process).

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
          :func:`~.space.space_ratios`; ``space_differences``:
          :func:`~.space.share_differences`.
    """
    corpus = _pandas(corpus)
    if workers is not None and workers > 1:
        from .parallel import measure_in_chunks

        return measure_in_chunks(corpus, workers)
    with _gc_paused(), python_strings():
        return _compute(corpus)


def _pandas(corpus: Corpus) -> Corpus:
    """The corpus with any dask dataframe tables computed into pandas ones."""
    if all(isinstance(frame, pd.DataFrame) for frame in corpus.tables().values()):
        return corpus
    from ..distributed import compute_tables

    return compute_tables(corpus)


def _compute(corpus: Corpus) -> dict[str, pd.DataFrame]:
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
        "space_differences": space.share_differences(corpus, person_space),
    }
