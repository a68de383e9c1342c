"""Every figure of the analysis, each with the data behind it, written as one set.

:func:`build_figures` (the ``coverage-analysis figures`` command) computes the
measures (:func:`~coverage_analysis.measures.compute_measures`), draws every
figure in memory (:func:`draw_figures`) and only then writes, into one folder
and nowhere else:

- ``<name>.png`` and ``<name>.csv`` for every name in :data:`FIGURES`: the
  figure and the frame it was drawn from;
- ``summary.csv`` and ``people_summary.csv``
  (:func:`~coverage_analysis.report.summary.summary_table`,
  :func:`~coverage_analysis.report.summary.people_summary`), ``findings.csv``
  (:func:`~coverage_analysis.report.findings.findings`), ``genre_calls.csv``
  and ``genre_evidence.csv`` (the genre call and the sentences behind it);
- ``tables/<name>.csv``: the five corpus tables.

Every file goes through :mod:`coverage_analysis.output` (atomic, no
timestamps), so running it twice gives byte-identical files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ..corpus import Corpus
from ..measures import compute_measures
from ..output import write_csv, write_figure, write_tables
from . import charts
from .findings import findings
from .plotkit import DPI, style
from .summary import people_summary, summary_table

__all__ = ["FIGURES", "SUMMARY_TABLES", "build_figures", "draw_figures"]

Measures = dict[str, pd.DataFrame]

#: How each figure is drawn from the measures, in reading order; each is
#: written as ``<name>.png`` with its data as ``<name>.csv``.
_RECIPES: dict[str, Callable[[Measures, Corpus], charts.Chart]] = {
    "corpus_overview": lambda m, c: charts.corpus_overview(m["role_words"], c),
    "sentiment_by_article": lambda m, c: charts.sentiment_by_article(m["sentiment_articles"], c),
    "sentiment_shares": lambda m, c: charts.sentiment_shares(m["sentiment_articles"], c),
    "sentiment_by_voice": lambda m, c: charts.sentiment_by_voice(m["sentiment_voice"], c),
    "sentiment_by_person": lambda m, c: charts.sentiment_by_person(m["sentiment_persons"], c),
    "readability_by_article": lambda m, c: charts.readability_by_article(m["readability"], c),
    "sentence_lengths": lambda m, c: charts.sentence_lengths(m["sentence_readability"], c),
    "genre_scores": lambda m, c: charts.genre_scores(m["genre_scores"], m["genre_calls"], c),
    "theme_shares": lambda m, c: charts.theme_shares(m["frame_shares"], c),
    "space_shares": lambda m, c: charts.space_shares(m["space"], c),
    "space_counts": lambda m, c: charts.space_counts(m["space"], c),
    "space_differences": lambda m, c: charts.space_differences(m["space_differences"], c),
    "space_ratios": lambda m, c: charts.space_ratios(m["space_ratios"], c),
}
#: Name of every figure, in reading order.
FIGURES = tuple(_RECIPES)
#: Tables written beside the figures, without a figure of their own.
SUMMARY_TABLES = ("summary", "people_summary", "findings", "genre_calls", "genre_evidence")


def _for_csv(frame: pd.DataFrame) -> pd.DataFrame:
    """Turn list cells (example sentence ids) into space-separated strings."""
    out = frame.copy()
    for col in out.columns:
        if out[col].map(lambda v: isinstance(v, list | tuple)).any():
            out[col] = out[col].map(lambda v: " ".join(map(str, v)))
    return out


def draw_figures(corpus: Corpus, measures: Measures | None = None) -> dict[str, charts.Chart]:
    """Draw every figure of :data:`FIGURES` in memory.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables (its articles label the figures, its study names the people).
    measures : dict, optional
        Output of :func:`~coverage_analysis.measures.compute_measures` (computed if not given).

    Returns
    -------
    dict of str to Chart
        For each figure name, the figure and the frame it was drawn from.
    """
    m = compute_measures(corpus) if measures is None else measures
    out = {}
    for name, recipe in _RECIPES.items():
        fig, data = recipe(m, corpus)
        out[name] = charts.Chart(fig, _for_csv(data).reset_index(drop=True))
    return out


def build_figures(corpus: Corpus, out: Path | str, workers: int | None = None) -> list[Path]:
    """Compute the measures, draw every figure and write it with its data into ``out``.

    Parameters
    ----------
    corpus : Corpus
        The corpus tables.
    out : path-like
        Folder to write into, replaced whole: everything is written into a
        staging folder beside it that is swapped in at the end
        (:func:`~coverage_analysis.output.staged_folder`); nothing else is written.
    workers : int, optional
        Processes computing the measures (see
        :func:`~coverage_analysis.measures.compute_measures`); the files are
        the same whatever the number.

    Returns
    -------
    list of Path
        Every file written, sorted: ``<name>.png`` and ``<name>.csv`` for each
        of :data:`FIGURES`, the :data:`SUMMARY_TABLES` as CSV, and
        ``tables/<name>.csv`` for the five corpus tables.
    """
    out = Path(out)
    measures = compute_measures(corpus, workers=workers)
    drawn = draw_figures(corpus, measures)
    tables = {
        "summary": summary_table(corpus, measures),
        "people_summary": people_summary(corpus, measures),
        "findings": findings(corpus, measures),
        "genre_calls": measures["genre_calls"],
        "genre_evidence": measures["genre_evidence"],
    }
    from ..output import staged_folder

    written = []
    with staged_folder(out) as staging:
        with style():
            for name, (fig, data) in drawn.items():
                written.append(write_figure(fig, staging / f"{name}.png", dpi=DPI))
                written.append(write_csv(data, staging / f"{name}.csv"))
        written += write_tables(tables, staging)
        written += write_tables(corpus.tables(), staging / "tables")
    return sorted(out / path.relative_to(staging) for path in written)
