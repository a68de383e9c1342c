"""The corpus tables as dask dataframes, to build them beyond one machine.

Requires the ``[dask]`` extra (``pip install "coverage_analysis[dask]"``).

:func:`load_corpus_dask` makes one dask task per chunk of articles: each
reads its files and builds their tables exactly as
:func:`~coverage_analysis.corpus.load_corpus` does, and each of the five
tables is a dask dataframe with one partition per chunk, in metadata order.
Nothing runs until the tables are computed, by whatever scheduler is active:
threads by default, or a ``distributed`` cluster once a ``Client`` is made::

    from distributed import Client, LocalCluster
    from coverage_analysis import compute_measures
    from coverage_analysis.distributed import load_corpus_dask

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
    with cluster, Client(cluster):
        corpus = load_corpus_dask("seeds")
        measures = compute_measures(corpus)

:func:`~coverage_analysis.measures.compute_measures` takes such a corpus as
it is: it computes the five tables (in one pass over the task graph, on the
cluster) into pandas and measures them in this process; the measures are the
same as for :func:`~coverage_analysis.corpus.load_corpus`. To measure on the
cluster too, compute the measures of each partition's articles there (every
measure is per article; see :mod:`coverage_analysis.measures.parallel`).

The tables' column types come from the schema: whole numbers as ``int64``,
``is_article_text`` as ``bool``, everything else as text.
"""

from __future__ import annotations

import glob as _glob
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from .corpus import Corpus, CorpusError, _articles_frame, _checked_rows, _pack
from .parse.mentions import MentionFinder
from .people import People
from .reading import MAX_ARTICLE_CHARS, ArticleError, read_article
from .rows import frame
from .schema import DTYPES as SCHEMA_DTYPES
from .schema import TABLES
from .strings import STRING, python_strings, with_python_strings
from .study import load_study

__all__ = ["DTYPES", "load_corpus_dask", "meta"]

#: The type of each column of each table (:data:`~coverage_analysis.schema.DTYPES`),
#: text as Python strings.
DTYPES = {
    name: {c: STRING if t == "str" else t for c, t in types.items()}
    for name, types in SCHEMA_DTYPES.items()
}


def meta(name: str) -> pd.DataFrame:
    """An empty frame with the columns and types of table ``name``."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in DTYPES[name].items()})


class _Texts(Mapping):
    """The decoded text of each article, read from its file when asked for."""

    def __init__(self, folder: Path, files: dict[str, str]) -> None:
        self._folder, self._files = folder, files

    def __getitem__(self, article_id: str) -> str:
        return read_article(self._folder / self._files[article_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


def _build_chunk(rows: list, people: People) -> dict[str, pd.DataFrame]:
    """The five tables of some articles (:class:`~coverage_analysis.validate.ArticleRow`)."""
    from .corpus import _build

    finder = MentionFinder(people)
    chunk = _pack([_build(row, people, finder, None) for row in rows])
    return {"articles": _articles_frame(chunk["articles"]),
            **{name: frame(name, cols) for name, cols in chunk["columns"].items()}}


def _select(path_or_glob: Path | str) -> tuple[Path, set[str] | None]:
    """The corpus folder, and the names of the article files asked for (None: all)."""
    path = Path(path_or_glob)
    if path.is_dir():
        return path, None
    matches = sorted(Path(p) for p in _glob.glob(str(path_or_glob)))
    if not matches:
        raise CorpusError([ArticleError(path, "no article file matches")])
    folders = {p.parent for p in matches}
    if len(folders) > 1:
        raise CorpusError([ArticleError(path, "the files matched are in more than one folder")])
    return folders.pop(), {p.name for p in matches}


def load_corpus_dask(path_or_glob: Path | str = "seeds",
                     people: People | Path | str | None = None, on_error: str = "raise",
                     chunk_size: int = 64) -> Corpus:
    """Build the five tables of a corpus as dask dataframes, one partition per chunk of articles.

    Parameters
    ----------
    path_or_glob : path-like or str
        A corpus folder (as for :func:`~coverage_analysis.corpus.load_corpus`),
        or a glob of article files in one corpus folder (``"corpus/2024-*.txt"``),
        whose rows of ``articles.csv`` (or, without it, whose file names) are used.
    people : People or path-like, optional
        The people registry; defaults to the folder's ``people.toml``.
    on_error : {"raise", "skip"}
        As for :func:`~coverage_analysis.corpus.load_corpus`; files are checked
        here, before any task is made.
    chunk_size : int
        Articles per partition.

    Returns
    -------
    Corpus
        Its five tables are ``dask.dataframe.DataFrame`` objects (nothing is
        computed yet); ``raw`` reads each text from its file when asked for.
    """
    import dask
    import dask.dataframe as dd

    folder, names = _select(path_or_glob)
    _, registry, checked = _checked_rows(folder, people, on_error, MAX_ARTICLE_CHARS)
    rows = [row for row in checked if names is None or row.path.name in names]
    records = [row.record for row in rows]
    build = dask.delayed(_build_chunk, pure=True)
    chunks = [build(rows[i:i + chunk_size], registry)
              for i in range(0, len(rows), max(1, chunk_size))]
    tables = {}
    for name in TABLES:
        parts = [chunk[name] for chunk in chunks] or [dask.delayed(meta)(name)]
        tables[name] = dd.from_delayed(parts, meta=meta(name), verify_meta=False)
    files = {str(r["article_id"]): r["file"] for r in records}
    return Corpus(**tables, raw=_Texts(folder, files), study=load_study(folder, registry))


def compute_tables(corpus: Corpus) -> Corpus:
    """The corpus with its dask tables computed into pandas (in one pass over the graph).

    The pandas tables are those :func:`~coverage_analysis.corpus.load_corpus`
    gives, text stored as Python strings, indexes from 0.
    """
    import dataclasses

    import dask

    lazy = {name: frame for name, frame in corpus.tables().items()
            if not isinstance(frame, pd.DataFrame) and hasattr(frame, "compute")}
    if not lazy:
        return corpus
    computed = dask.compute(*lazy.values())
    with python_strings():
        frames = {name: with_python_strings(frame.reset_index(drop=True))
                  for name, frame in zip(lazy, computed, strict=True)}
    return dataclasses.replace(corpus, **frames)
