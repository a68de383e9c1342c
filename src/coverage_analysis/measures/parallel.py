"""Measuring a corpus in chunks of articles, in several processes.

Every measure is computed article by article: nothing is fitted to or
standardised over the corpus. So the measures of a corpus are the measures
of its chunks, put together: each table is concatenated in chunk order
(chunks follow the articles table) and, for the tables a single process
sorts by article id, sorted again by article id with a stable sort, which
keeps each article's rows in the order its chunk gave them. The result is
the same, value for value and type for type, as :func:`compute_measures`
in one process; a test checks it.

Where processes can be forked, the workers read the corpus they inherit and
only chunk bounds travel to them; elsewhere each chunk's tables are sent.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor

import numpy as np
import pandas as pd

from ..corpus import Corpus
from ..memory import release_free_memory
from ..schema import TABLES

__all__ = ["measure_in_chunks", "merge_measures"]

#: Measures a single process returns sorted by article id (then by their own keys).
SORTED_BY_ARTICLE = frozenset({
    "role_words", "sentence_scores", "sentiment_articles", "sentiment_voice",
    "sentiment_persons", "readability", "sentence_readability", "genre_hits", "genre_scores",
    "genre_calls", "genre_evidence", "space", "space_ratios", "space_differences",
})
#: Measures a single process returns in the order of the articles table.
IN_ARTICLE_ORDER = frozenset({"genre_features", "frame_shares"})

#: Fewer articles than this are measured in this process: starting workers would cost more.
PARALLEL_MIN_ARTICLES = 50

#: The corpus and row order a forked worker inherits (set only around a fork).
_SHARED: tuple[Corpus, dict[str, np.ndarray], dict[str, np.ndarray]] | None = None


def _row_order(corpus: Corpus) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Per table, row positions grouped by article (in articles-table order), and bounds."""
    position = {aid: i for i, aid in enumerate(corpus.articles["article_id"].astype(str))}
    n = len(position)
    orders, bounds = {}, {}
    for name in TABLES[1:]:
        frame = getattr(corpus, name)
        at = np.array([position.get(str(a), n) for a in frame["article_id"].tolist()],
                      dtype="int64")
        order = np.argsort(at, kind="stable")
        orders[name] = order
        bounds[name] = np.searchsorted(at[order], np.arange(n + 1), side="left")
    return orders, bounds


def _chunk(corpus: Corpus, orders: dict[str, np.ndarray], bounds: dict[str, np.ndarray],
           lo: int, hi: int) -> Corpus:
    """The corpus of articles ``lo:hi`` (positions in the articles table)."""
    tables = {"articles": corpus.articles.iloc[lo:hi].reset_index(drop=True)}
    for name in TABLES[1:]:
        rows = orders[name][bounds[name][lo]:bounds[name][hi]]
        tables[name] = getattr(corpus, name).take(rows).reset_index(drop=True)
    ids = set(tables["articles"]["article_id"].astype(str))
    raw = {aid: text for aid, text in corpus.raw.items() if str(aid) in ids}
    return Corpus(**tables, raw=raw, study=corpus.study)


def _measure_shared(bounds: tuple[int, int]) -> dict[str, pd.DataFrame]:
    from . import compute_measures

    assert _SHARED is not None
    corpus, orders, row_bounds = _SHARED
    return compute_measures(_chunk(corpus, orders, row_bounds, *bounds))


def _measure_sent(chunk: Corpus) -> dict[str, pd.DataFrame]:
    from . import compute_measures

    return compute_measures(chunk)


def _text_pool(corpus: Corpus) -> dict[str, str]:
    """Every sentence and paragraph text of the corpus, each to itself."""
    pool: dict[str, str] = {}
    for table in (corpus.sentences, corpus.paragraphs):
        for text in table["text"].tolist():
            pool.setdefault(text, text)
    return pool


def _share_text(part: dict[str, pd.DataFrame], pool: dict[str, str]) -> dict[str, pd.DataFrame]:
    """``part`` with its ``text`` columns holding the corpus's own strings where equal.

    A measure sent back by a worker brings copies of the sentences it quotes;
    pointing at the corpus's strings instead keeps one copy of the text in memory.
    """
    for frame in part.values():
        if "text" in frame.columns and len(frame):
            text = frame["text"]
            frame["text"] = pd.array([pool.get(t, t) for t in text.tolist()], dtype=text.dtype)
    return part


def merge_measures(parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Put the measures of consecutive chunks of articles together (see the module notes).

    Each part's frames are taken out of it as they are joined, so that the
    parts and the whole are not held in memory at once: ``parts`` end empty.
    """
    out = {}
    for name in list(parts[0]):
        frames = [p.pop(name) for p in parts]
        filled = [f for f in frames if len(f)] or frames[:1]
        merged = pd.concat(filled, ignore_index=True) if len(filled) > 1 else \
            filled[0].reset_index(drop=True)
        if (name in SORTED_BY_ARTICLE and len(filled) > 1
                and not merged["article_id"].is_monotonic_increasing):
            merged = merged.sort_values("article_id", kind="stable", ignore_index=True)
        elif name not in SORTED_BY_ARTICLE | IN_ARTICLE_ORDER:
            raise ValueError(f"no rule to put chunks of {name!r} together")
        out[name] = merged
    return out


def _fork_context() -> multiprocessing.context.BaseContext | None:
    try:
        return multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform
        return None


def measure_in_chunks(corpus: Corpus, workers: int,
                      chunk_size: int | None = None) -> dict[str, pd.DataFrame]:
    """:func:`compute_measures` of ``corpus`` in chunks of articles, in ``workers`` processes."""
    global _SHARED
    from . import compute_measures

    n = len(corpus.articles)
    workers = max(1, min(workers, os.cpu_count() or 1, n))
    if workers == 1 or n < PARALLEL_MIN_ARTICLES:
        return compute_measures(corpus)
    size = chunk_size or max(1, min(200, -(-n // (workers * 4))))
    spans = [(lo, min(lo + size, n)) for lo in range(0, n, size)]
    orders, bounds = _row_order(corpus)
    if any(bounds[name][n] != len(getattr(corpus, name)) for name in TABLES[1:]):
        return compute_measures(corpus)  # rows of articles not in the articles table
    context = _fork_context()
    if context is not None:
        release_free_memory()  # workers would share the idle pages, and copy them
        _SHARED = (corpus, orders, bounds)
        try:
            with ProcessPoolExecutor(workers, mp_context=context) as pool:
                parts = _shared_parts(pool.map(_measure_shared, spans), corpus)
        finally:
            _SHARED = None
    else:
        chunks = (_chunk(corpus, orders, bounds, lo, hi) for lo, hi in spans)
        with ProcessPoolExecutor(workers) as pool:
            parts = _shared_parts(pool.map(_measure_sent, chunks), corpus)
    merged = merge_measures(parts)
    release_free_memory()  # the chunks' frames, joined and let go
    return merged


def _shared_parts(parts: Iterable[dict[str, pd.DataFrame]],
                  corpus: Corpus) -> list[dict[str, pd.DataFrame]]:
    """The measures of each chunk as they arrive, their text shared with the corpus."""
    pool = _text_pool(corpus)
    return [_share_text(part, pool) for part in parts]
