"""One style for every figure, and one small function per figure.

Every drawing function takes a tidy measure frame (the output of a function in
:mod:`coverage_analysis.measures`, or a long frame built from one), draws one
:class:`matplotlib.figure.Figure` in the shared :data:`STYLE` and returns it;
nothing is shown or saved here (see :mod:`coverage_analysis.figures`).
Figures are made without :mod:`matplotlib.pyplot`, so no global figure state
is kept and nothing needs closing.

Each figure has labelled axes with units, a legend on every axes (even with
one series), a title saying what is plotted and a caption saying what the
number means. The same person, article, voice or method has the same colour
in every figure (:data:`PERSON_COLORS`, :data:`ARTICLE_COLORS`, ...).

Drawing is deterministic: the only scatter (:func:`plot_distribution`) is
jittered by a generator seeded with :data:`SEED`, and :data:`STYLE` fixes the
SVG hash salt, the fonts, the sizes and the resolution.
"""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

__all__ = [
    "ARTICLE_COLORS",
    "CAPTION_WIDTH",
    "DPI",
    "FIGSIZE",
    "GRID_FIGSIZE",
    "LABEL_COLORS",
    "METHOD_COLORS",
    "PERSON_COLORS",
    "ROLE_COLORS",
    "READABILITY_LABELS",
    "SEED",
    "SPACE_COUNT_MEASURES",
    "SPACE_LABELS",
    "SPACE_RATIO_MEASURES",
    "SPACE_SHARE_MEASURES",
    "STYLE",
    "VOICE_COLORS",
    "article_labels",
    "color_for",
    "corpus_overview",
    "genre_scores",
    "plot_distribution",
    "plot_grouped_bars",
    "plot_interval_panels",
    "plot_intervals",
    "plot_panels",
    "plot_shares",
    "plot_stacked_bars",
    "readability_long",
    "readability_by_article",
    "sentence_length_distribution",
    "sentiment_by_article",
    "sentiment_by_person",
    "sentiment_by_voice",
    "sentiment_shares",
    "space_counts",
    "space_ratios",
    "space_shares",
    "style",
    "theme_shares",
]

#: Size of a one-panel figure, in inches.
FIGSIZE = (7.2, 4.4)
#: Size of a figure with a grid of panels, in inches.
GRID_FIGSIZE = (7.2, 8.0)
#: Resolution of saved figures, in dots per inch.
DPI = 150
#: Seed of the jitter in :func:`plot_distribution`.
SEED = 20240908
#: Characters per line of a caption (wrapped here, not by Matplotlib).
CAPTION_WIDTH = 120

#: The rc parameters every figure is drawn (and saved) with.
STYLE: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 8.5,
    "axes.titlesize": 9,
    "axes.titleweight": "bold",
    "axes.labelsize": 8.5,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 7.5,
    "legend.title_fontsize": 7.5,
    "legend.frameon": True,
    "legend.framealpha": 0.9,
    "figure.titlesize": 11,
    "figure.titleweight": "bold",
    "figure.figsize": FIGSIZE,
    "figure.dpi": 100,
    "figure.facecolor": "white",
    "savefig.dpi": DPI,
    "savefig.facecolor": "white",
    "savefig.bbox": None,
    "axes.facecolor": "white",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "axes.axisbelow": True,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "lines.linewidth": 1.2,
    "errorbar.capsize": 3,
    "hatch.linewidth": 0.8,
    "svg.hashsalt": "coverage_analysis",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "path.simplify": False,
}

#: One colour per person id (Okabe-Ito palette, safe for colour-blind readers).
PERSON_COLORS = {"paak": "#D55E00", "soul": "#0072B2"}
#: One colour per article id.
ARTICLE_COLORS = {"000": "#E69F00", "001": "#009E73", "002": "#CC79A7", "003": "#56B4E9"}
#: Narration (the writer's voice) and quoted speech.
VOICE_COLORS = {"narration": "#7A7A7A", "speech": "#882255"}
#: Sentence sentiment labels.
LABEL_COLORS = {"positive": "#1B9E77", "neutral": "#C8C8C8", "negative": "#D95F02"}
#: This library's counts against textstat's own functions.
METHOD_COLORS = {"library": "#332288", "naive textstat": "#BBBBBB"}
#: Paragraph roles: article text in blues and greys, everything else in warm colours.
ROLE_COLORS = {
    "title": "#08306B",
    "heading": "#2171B5",
    "body": "#6BAED6",
    "list_item": "#9ECAE1",
    "question": "#41AB5D",
    "answer": "#A1D99B",
    "byline": "#FDD0A2",
    "warning": "#FD8D3C",
    "credit": "#F16913",
    "bio": "#D94801",
    "debris": "#7F2704",
}
#: Colours for keys no table above names, handed out in order of appearance.
FALLBACK_COLORS = ("#44AA99", "#999933", "#AA4499", "#117733", "#DDCC77", "#661100")

_PALETTES = (PERSON_COLORS, ARTICLE_COLORS, VOICE_COLORS, LABEL_COLORS, METHOD_COLORS,
             ROLE_COLORS)
_PERSON_NAMES = {"paak": "Anderson .Paak", "soul": "Soul Rasheed"}


@contextmanager
def style() -> Iterator[None]:
    """Apply :data:`STYLE` for the duration of a ``with`` block (restored after)."""
    with mpl.rc_context(STYLE):
        yield


def _styled(func: Callable[..., Figure]) -> Callable[..., Figure]:
    """Draw the figure inside :func:`style`."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Figure:
        with style():
            return func(*args, **kwargs)

    return wrapper


def color_for(keys: Sequence[str]) -> dict[str, str]:
    """Return a colour for each key: its fixed colour, else the next fallback colour."""
    out, spare = {}, iter(FALLBACK_COLORS * (1 + len(keys) // len(FALLBACK_COLORS)))
    for key in keys:
        fixed = next((p[key] for p in _PALETTES if key in p), None)
        out[key] = fixed if fixed is not None else next(spare)
    return out


def article_labels(articles: pd.DataFrame | None) -> dict[str, str]:
    """Tick label of each article: its id over its genre (the id alone without a genre)."""
    if articles is None:
        return {}
    return {
        str(a): f"{a}\n{g}" if g else str(a)
        for a, g in zip(articles["article_id"].astype(str), articles["genre"].fillna(""),
                        strict=True)
    }


def _new_figure(size: tuple[float, float] = FIGSIZE, nrows: int = 1,
                ncols: int = 1) -> tuple[Figure, np.ndarray]:
    fig = Figure(figsize=size, dpi=STYLE["figure.dpi"], layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False)
    return fig, axes


def _finish(fig: Figure, title: str, caption: str) -> Figure:
    """Add the title above and the caption (what the number means) below."""
    fig.suptitle(title)
    if caption:
        fig.supxlabel(textwrap.fill(caption, CAPTION_WIDTH), fontsize=7, color="#444444",
                      ha="left", x=0.01, multialignment="left")
    return fig


def _order(values: pd.Series, order: Sequence[str] | None) -> list[str]:
    present = list(dict.fromkeys(values.astype(str)))
    if order is None:
        return sorted(present)
    return [v for v in order if v in present] + sorted(set(present) - set(order))


def _grid_size(nrows: int) -> tuple[float, float]:
    """Size of a figure with ``nrows`` rows of panels (three rows: :data:`GRID_FIGSIZE`)."""
    return (GRID_FIGSIZE[0], GRID_FIGSIZE[1] - (3 - nrows) * 2.3)


def _legend_band(ax, share: float = 0.3) -> None:
    """Extend the value axis by ``share`` of its span (ticks stop at the old top).

    The extension is a band above the data where the legend goes, so that
    the legend never covers a bar, point or label.
    """
    bottom, top = ax.get_ylim()
    log = ax.get_yscale() == "log"
    ticks = [t for t in ax.get_yticks() if bottom <= t <= top * (1 + 1e-9)]
    if log:
        lo, hi = np.log10(bottom), np.log10(top)
        ax.set_ylim(bottom, 10 ** (hi + share * (hi - lo)))
    else:
        ax.set_ylim(bottom, top + share * (top - bottom))
    ax.set_yticks(ticks)


def _panel_axes(ax, xs: list[str], x_labels: Mapping[str, str] | None, title: str,
                xlabel: str, ylabel: str, n_series: int) -> None:
    """Label one panel of a grid and put its legend in a band above the data."""
    ax.set_xticks(range(len(xs)), [(x_labels or {}).get(v, v) for v in xs], fontsize=6.5)
    ax.set_title(title)
    ax.set_xlabel(xlabel, fontsize=7)
    ax.set_ylabel(ylabel, fontsize=7)
    _legend_band(ax)
    ax.legend(loc="upper center", ncols=n_series, fontsize=6, handlelength=1.4,
              borderpad=0.3, columnspacing=1.0, handletextpad=0.4)


def _panel_grid(values: pd.Series, order: Sequence[str] | None, ncols: int):
    """Panel names in order, and a grid figure with one axes per panel."""
    panels = _order(values, order)
    nrows = -(-len(panels) // ncols)
    fig, axes = _new_figure(_grid_size(nrows), nrows, ncols)
    return panels, fig, axes


def _offsets(n: int, width: float) -> np.ndarray:
    """Centre offsets of ``n`` dodged series in a slot of total ``width``."""
    return (np.arange(n) - (n - 1) / 2) * (width / max(n, 1))


def _draw_intervals(
    ax, frame: pd.DataFrame, x: str, y: str, low: str, high: str, hue: str, xs: list[str],
    hues: list[str], colors: Mapping[str, str], hue_labels: Mapping[str, str],
    count: str | None, reference: float | None, clip: tuple[float, float] | None = None,
    count_fontsize: float = 6.5,
) -> None:
    """Dodged points with interval bars on ``ax`` (see :func:`plot_intervals`).

    With ``clip``, bounds beyond it (infinite ratios, zeros on a log axis) are
    drawn to the edge and marked with an open triangle.
    """
    if reference is not None:
        ax.axhline(reference, color="#555555", linewidth=0.8, linestyle="--", zorder=1)
    for off, h in zip(_offsets(len(hues), 0.6), hues, strict=True):
        sel = frame[frame[hue].astype(str) == h]
        part = sel.set_index(sel[x].astype(str))
        pos = np.arange(len(xs)) + off
        vals = np.array([part[y].get(v, np.nan) for v in xs], dtype=float)
        lows = np.array([part[low].get(v, np.nan) for v in xs], dtype=float)
        highs = np.array([part[high].get(v, np.nan) for v in xs], dtype=float)
        lows = np.where(np.isnan(lows), vals, lows)
        highs = np.where(np.isnan(highs), vals, highs)
        if clip is not None:
            for bounds, edge, marker in ((highs, clip[1], "^"), (lows, clip[0], "v")):
                beyond = (bounds > clip[1]) if marker == "^" else (bounds < clip[0])
                beyond &= ~np.isnan(vals)
                if beyond.any():
                    ax.scatter(pos[beyond], np.full(beyond.sum(), edge), marker=marker, s=14,
                               facecolor="white", edgecolor=colors[h], zorder=4)
            vals, lows, highs = (np.clip(a, *clip) for a in (vals, lows, highs))
        ok = ~np.isnan(vals)
        yerr = np.vstack([vals - lows, highs - vals])[:, ok]
        ax.errorbar(pos[ok], vals[ok], yerr=yerr, fmt="o", color=colors[h], markersize=5,
                    elinewidth=1.3, label=hue_labels.get(h, h), zorder=3)
        for p, v, hi, key in zip(pos, vals, highs, xs, strict=True):
            if np.isnan(v):
                ax.annotate("no data", (p, 0.5), xycoords=("data", "axes fraction"),
                            ha="center", va="center", fontsize=6.5, color=colors[h],
                            rotation=90)
            elif count is not None and key in part.index:
                ax.annotate(f"n={int(part[count][key])}", (p, hi), ha="center", va="bottom",
                            fontsize=count_fontsize, color="#333333", xytext=(0, 2),
                            textcoords="offset points")
    ax.set_xlim(-0.6, len(xs) - 0.4)


@_styled
def plot_intervals(
    frame: pd.DataFrame, *, x: str, y: str, low: str, high: str, hue: str,
    title: str, caption: str, xlabel: str, ylabel: str,
    order: Sequence[str] | None = None, hue_order: Sequence[str] | None = None,
    x_labels: Mapping[str, str] | None = None, hue_labels: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None, count: str | None = None,
    ylim: tuple[float, float] | None = None, reference: float | None = None,
    legend_title: str | None = None, legend_loc: str = "best",
) -> Figure:
    """Draw a point with an interval for each ``x`` and ``hue``, series side by side.

    Parameters
    ----------
    frame : DataFrame
        One row per ``x`` and ``hue`` value, with columns ``y``, ``low``, ``high``
        (rows with a NaN ``y`` are marked "no data" instead of a point) and
        optionally ``count``.
    x, y, low, high, hue : str
        Column names.
    title, caption, xlabel, ylabel : str
        What the figure shows, what the number means, axis labels with units.
    order, hue_order : sequence of str, optional
        Category orders (default: sorted).
    x_labels, hue_labels : mapping, optional
        Display names for categories and series.
    colors : mapping, optional
        Colour of each ``hue`` value (default :func:`color_for`).
    count : str, optional
        Column annotated as "n=..." above each interval.
    ylim : pair of float, optional
        Limits of the value axis.
    reference : float, optional
        Value drawn as a dashed line (0 for a signed score).
    legend_title : str, optional
        Title of the legend.
    legend_loc : str
        Where the legend goes (Matplotlib location).

    Returns
    -------
    Figure
    """
    fig, axes = _new_figure()
    ax = axes[0, 0]
    xs = _order(frame[x], order)
    hues = _order(frame[hue], hue_order)
    colors = {**color_for(hues), **(colors or {})}
    _draw_intervals(ax, frame, x, y, low, high, hue, xs, hues, colors, hue_labels or {}, count,
                    reference)
    ax.set_xticks(range(len(xs)), [(x_labels or {}).get(v, v) for v in xs])
    if ylim is not None:
        ax.set_ylim(*ylim)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(title=legend_title, loc=legend_loc)
    return _finish(fig, title, caption)


@_styled
def plot_interval_panels(
    frame: pd.DataFrame, *, panel: str, x: str, y: str, low: str, high: str, hue: str,
    title: str, caption: str, xlabel: str, panel_labels: Mapping[str, str],
    panel_units: Mapping[str, str], panel_order: Sequence[str] | None = None,
    order: Sequence[str] | None = None, hue_order: Sequence[str] | None = None,
    x_labels: Mapping[str, str] | None = None, hue_labels: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None, count: str | None = None, ncols: int = 3,
    ylim: tuple[float, float] | None = None, reference: float | None = None,
    log: bool = False,
) -> Figure:
    """Draw a grid of :func:`plot_intervals` panels, one per value of ``panel``.

    Parameters
    ----------
    frame : DataFrame
        Long frame: one row per ``panel``, ``x`` and ``hue`` value.
    panel : str
        Column whose values make the panels.
    x, y, low, high, hue, count, order, hue_order, x_labels, hue_labels, colors
        As in :func:`plot_intervals`.
    title, caption, xlabel : str
        As in :func:`plot_intervals`; ``xlabel`` labels every panel's x axis.
    panel_labels, panel_units : mapping
        Panel title and y-axis label (with its unit) for each panel value.
    panel_order : sequence of str, optional
        Order of the panels.
    ncols : int
        Panels per row.
    ylim : pair of float, optional
        Limits shared by every panel; with ``log`` they are required, and
        bounds beyond them are drawn to the edge and marked with a triangle.
    reference : float, optional
        Value drawn as a dashed line in every panel.
    log : bool
        Logarithmic value axis (for ratios).

    Returns
    -------
    Figure
    """
    panels, fig, axes = _panel_grid(frame[panel], panel_order, ncols)
    xs = _order(frame[x], order)
    hues = _order(frame[hue], hue_order)
    colors = {**color_for(hues), **(colors or {})}
    for ax, name in zip(axes.flat, panels, strict=False):
        part = frame[frame[panel].astype(str) == name]
        _draw_intervals(ax, part, x, y, low, high, hue, xs, hues, colors, hue_labels or {},
                        count, reference, clip=ylim if log else None, count_fontsize=5.5)
        if log:
            ax.set_yscale("log")
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
        if ylim is not None:
            ax.set_ylim(*ylim)
        _panel_axes(ax, xs, x_labels, panel_labels.get(name, name), xlabel,
                    panel_units.get(name, ""), len(hues))
    for ax in list(axes.flat)[len(panels):]:
        fig.delaxes(ax)
    return _finish(fig, title, caption)


@_styled
def plot_shares(
    frame: pd.DataFrame, *, x: str, columns: Mapping[str, str],
    title: str, caption: str, xlabel: str, ylabel: str,
    order: Sequence[str] | None = None, x_labels: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None, count: str | None = None,
) -> Figure:
    """Draw one horizontal bar per ``x`` split into shares that add up to 100%.

    Parameters
    ----------
    frame : DataFrame
        One row per ``x`` value; the share columns hold fractions (0-1).
    x : str
        Column of the categories (one bar each, first at the top).
    columns : mapping
        Share column -> legend label, in stacking order.
    title, caption, xlabel, ylabel : str
        As in :func:`plot_intervals`.
    order : sequence of str, optional
        Bar order.
    x_labels : mapping, optional
        Display names of the categories.
    colors : mapping, optional
        Colour of each legend label (default :func:`color_for` of the labels).
    count : str, optional
        Column shown as "n=..." at the end of each bar.

    Returns
    -------
    Figure
    """
    fig, axes = _new_figure()
    ax = axes[0, 0]
    xs = _order(frame[x], order)
    data = frame.assign(_x=frame[x].astype(str)).set_index("_x").loc[xs]
    labels = list(columns.values())
    colors = {**color_for(labels), **(colors or {})}
    left = np.zeros(len(xs))
    pos = np.arange(len(xs))[::-1]
    for column, lab in columns.items():
        pct = 100 * data[column].to_numpy(dtype=float)
        bars = ax.barh(pos, pct, left=left, color=colors[lab], edgecolor="white",
                       linewidth=0.8, height=0.6, label=lab)
        ax.bar_label(bars, labels=[f"{v:.0f}%" if v >= 6 else "" for v in pct],
                     label_type="center", fontsize=7)
        left += np.nan_to_num(pct)
    if count is not None:
        for p, n in zip(pos, data[count], strict=True):
            ax.annotate(f"n={int(n)}", (100, p), xytext=(4, 0), textcoords="offset points",
                        va="center", fontsize=7)
    ax.set_yticks(pos, [(x_labels or {}).get(v, v) for v in xs])
    ax.set_xlim(0, 100)
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncols=len(labels))
    return _finish(fig, title, caption)


def _bars(ax, frame: pd.DataFrame, x: str, y: str, hue: str, xs: list[str], hues: list[str],
          colors: Mapping[str, str], hue_labels: Mapping[str, str], low: str | None,
          high: str | None, hatches: Mapping[str, str] | None = None, fmt: str = "{:.2f}",
          value_labels: bool = True, label_size: float = 6.0) -> None:
    width = 0.8 / max(len(hues), 1)
    for off, h in zip(_offsets(len(hues), 0.8), hues, strict=True):
        part = frame[frame[hue].astype(str) == h]
        part = part.set_index(part[x].astype(str))
        vals = np.array([part[y].get(v, np.nan) for v in xs], dtype=float)
        kw: dict[str, Any] = {}
        if low is not None and high is not None:
            lows = np.array([part[low].get(v, np.nan) for v in xs], dtype=float)
            highs = np.array([part[high].get(v, np.nan) for v in xs], dtype=float)
            kw["yerr"] = np.nan_to_num(np.vstack([vals - lows, highs - vals]))
            kw["error_kw"] = {"elinewidth": 1.0, "ecolor": "#222222"}
        bars = ax.bar(np.arange(len(xs)) + off, np.nan_to_num(vals), width=width * 0.95,
                      color=colors[h], edgecolor="#333333", linewidth=0.4,
                      hatch=(hatches or {}).get(h), label=hue_labels.get(h, h), **kw)
        if value_labels:
            ax.bar_label(bars, labels=[fmt.format(v) if not np.isnan(v) else "n/a"
                                       for v in vals], fontsize=label_size, padding=1)
    ax.axhline(0, color="#555555", linewidth=0.6)
    ax.set_xticks(range(len(xs)))


@_styled
def plot_grouped_bars(
    frame: pd.DataFrame, *, x: str, y: str, hue: str,
    title: str, caption: str, xlabel: str, ylabel: str,
    order: Sequence[str] | None = None, hue_order: Sequence[str] | None = None,
    x_labels: Mapping[str, str] | None = None, hue_labels: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None, low: str | None = None, high: str | None = None,
    ylim: tuple[float, float] | None = None, fmt: str = "{:.2f}",
    legend_title: str | None = None, legend_outside: bool = False,
    markers: Mapping[tuple[str, str], str] | None = None,
) -> Figure:
    """Draw bars of ``y`` for each ``x``, one bar per ``hue`` side by side.

    Parameters
    ----------
    frame : DataFrame
        One row per ``x`` and ``hue`` value.
    x, y, hue : str
        Column names.
    title, caption, xlabel, ylabel : str
        As in :func:`plot_intervals`.
    order, hue_order, x_labels, hue_labels, colors
        As in :func:`plot_intervals`.
    low, high : str, optional
        Columns of an interval drawn as error bars.
    ylim : pair of float, optional
        Limits of the value axis.
    fmt : str
        Format of the value printed on each bar.
    legend_title : str, optional
        Title of the legend.
    legend_outside : bool
        Put the legend to the right of the axes instead of inside it.
    markers : mapping, optional
        ``(x, hue) -> text`` printed above that bar (a star for a call, say).

    Returns
    -------
    Figure
    """
    fig, axes = _new_figure()
    ax = axes[0, 0]
    xs = _order(frame[x], order)
    hues = _order(frame[hue], hue_order)
    colors = {**color_for(hues), **(colors or {})}
    _bars(ax, frame, x, y, hue, xs, hues, colors, hue_labels or {}, low, high, fmt=fmt)
    if markers:
        offsets = dict(zip(hues, _offsets(len(hues), 0.8), strict=True))
        for (xv, hv), text in markers.items():
            if xv in xs and hv in offsets:
                ax.annotate(text, (xs.index(xv) + offsets[hv], 0), xytext=(0, -3),
                            textcoords="offset points", ha="center", va="top", fontsize=7,
                            fontweight="bold")
    ax.set_xticks(range(len(xs)), [(x_labels or {}).get(v, v) for v in xs])
    if ylim is not None:
        ax.set_ylim(*ylim)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if legend_outside:
        ax.legend(title=legend_title, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    else:
        ax.legend(title=legend_title, loc="best")
    return _finish(fig, title, caption)


@_styled
def plot_panels(
    frame: pd.DataFrame, *, panel: str, x: str, y: str, hue: str,
    title: str, caption: str, xlabel: str, panel_labels: Mapping[str, str],
    panel_units: Mapping[str, str], panel_order: Sequence[str] | None = None,
    order: Sequence[str] | None = None, hue_order: Sequence[str] | None = None,
    x_labels: Mapping[str, str] | None = None, hue_labels: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None, hatches: Mapping[str, str] | None = None,
    ncols: int = 3, fmt: str | Mapping[str, str] = "{:.1f}",
) -> Figure:
    """Draw a grid of grouped-bar panels, one per value of ``panel``.

    Parameters
    ----------
    frame : DataFrame
        Long frame: one row per ``panel``, ``x`` and ``hue`` value.
    panel, x, y, hue : str
        Column names.
    title, caption, xlabel : str
        As in :func:`plot_intervals`; ``xlabel`` labels every panel's x axis.
    panel_labels, panel_units : mapping
        Panel title and y-axis label (its unit) for each panel value.
    panel_order, order, hue_order : sequence of str, optional
        Orders of panels, categories and series.
    x_labels, hue_labels, colors : mapping, optional
        As in :func:`plot_intervals`.
    hatches : mapping, optional
        Hatch pattern of each ``hue`` value.
    ncols : int
        Panels per row.
    fmt : str or mapping
        Format of the value printed on each bar, or one per panel value
        (default "{:.1f}" for panels it does not name).

    Returns
    -------
    Figure
    """
    panels, fig, axes = _panel_grid(frame[panel], panel_order, ncols)
    xs = _order(frame[x], order)
    hues = _order(frame[hue], hue_order)
    colors = {**color_for(hues), **(colors or {})}
    for ax, name in zip(axes.flat, panels, strict=False):
        part = frame[frame[panel].astype(str) == name]
        _bars(ax, part, x, y, hue, xs, hues, colors, hue_labels or {}, None, None,
              hatches=hatches, label_size=5.0,
              fmt=fmt if isinstance(fmt, str) else fmt.get(name, "{:.1f}"))
        ax.margins(y=0.06)
        _panel_axes(ax, xs, x_labels, panel_labels.get(name, name), xlabel,
                    panel_units.get(name, ""), len(hues))
    for ax in list(axes.flat)[len(panels):]:
        fig.delaxes(ax)
    return _finish(fig, title, caption)


@_styled
def plot_distribution(
    frame: pd.DataFrame, *, x: str, y: str,
    title: str, caption: str, xlabel: str, ylabel: str,
    order: Sequence[str] | None = None, x_labels: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None, point_label: str = "one observation",
) -> Figure:
    """Draw a box plot of ``y`` for each ``x`` with every observation as a dot.

    The dots are spread sideways by a generator seeded with :data:`SEED`, so
    the picture is the same on every run.

    Parameters
    ----------
    frame : DataFrame
        One row per observation.
    x, y : str
        Column of the groups and of the values.
    title, caption, xlabel, ylabel : str
        As in :func:`plot_intervals`.
    order, x_labels, colors
        As in :func:`plot_intervals` (colours are per ``x`` value).
    point_label : str
        What one dot is, for the legend.

    Returns
    -------
    Figure
    """
    fig, axes = _new_figure()
    ax = axes[0, 0]
    xs = _order(frame[x], order)
    colors = {**color_for(xs), **(colors or {})}
    groups = [frame.loc[frame[x].astype(str) == v, y].to_numpy(dtype=float) for v in xs]
    ax.boxplot(groups, positions=range(len(xs)), widths=0.5, showfliers=False,
               medianprops={"color": "black", "linewidth": 1.4},
               boxprops={"color": "#333333"}, whiskerprops={"color": "#333333"},
               capprops={"color": "#333333"})
    rng = np.random.default_rng(SEED)
    for i, (v, values) in enumerate(zip(xs, groups, strict=True)):
        jitter = rng.uniform(-0.18, 0.18, size=values.size)
        ax.scatter(i + jitter, values, s=10, color=colors[v], alpha=0.75, edgecolor="none",
                   zorder=3)
        if values.size:
            ax.annotate(f"n={values.size}", (i, np.nanmax(values)), xytext=(0, 4),
                        textcoords="offset points", ha="center", fontsize=6.5)
    ax.set_xticks(range(len(xs)), [(x_labels or {}).get(v, v) for v in xs])
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.margins(y=0.08)
    handles = [
        ax.scatter([], [], s=10, color="#777777", label=point_label),
        Patch(facecolor="white", edgecolor="#333333",
              label="box: quartiles, line: median,\nwhiskers: 1.5 × IQR"),
    ]
    ax.legend(handles=handles, loc="upper right")
    return _finish(fig, title, caption)


@_styled
def plot_stacked_bars(
    frame: pd.DataFrame, *, x: str, stack: str, y: str,
    title: str, caption: str, xlabel: str, ylabel: str,
    order: Sequence[str] | None = None, stack_order: Sequence[str] | None = None,
    x_labels: Mapping[str, str] | None = None, colors: Mapping[str, str] | None = None,
    hatched: Sequence[str] = (), hatch_note: str = "", legend_title: str | None = None,
) -> Figure:
    """Draw one vertical bar per ``x``, stacked by ``stack``, with totals on top.

    Parameters
    ----------
    frame : DataFrame
        One row per ``x`` and ``stack`` value, the amount in ``y``.
    x, stack, y : str
        Column names.
    title, caption, xlabel, ylabel : str
        As in :func:`plot_intervals`.
    order, stack_order : sequence of str, optional
        Bar and stacking orders (first stack value at the bottom).
    x_labels, colors : mapping, optional
        As in :func:`plot_intervals` (colours are per ``stack`` value).
    hatched : sequence of str
        Stack values drawn hatched (to set them apart, e.g. non-article text).
    hatch_note : str
        Appended to the legend label of hatched values.
    legend_title : str, optional
        Title of the legend.

    Returns
    -------
    Figure
    """
    fig, axes = _new_figure()
    ax = axes[0, 0]
    xs = _order(frame[x], order)
    stacks = _order(frame[stack], stack_order)
    colors = {**color_for(stacks), **(colors or {})}
    bottom = np.zeros(len(xs))
    for s in stacks:
        part = frame[frame[stack].astype(str) == s]
        part = part.set_index(part[x].astype(str))
        vals = np.array([part[y].get(v, 0) for v in xs], dtype=float)
        if not vals.any():
            continue
        label = f"{s} {hatch_note}".strip() if s in hatched else s
        ax.bar(range(len(xs)), vals, bottom=bottom, width=0.6, color=colors[s],
               edgecolor="#333333", linewidth=0.4, hatch="////" if s in hatched else None,
               label=label)
        bottom += vals
    for i, total in enumerate(bottom):
        ax.annotate(f"{total:.0f}", (i, total), xytext=(0, 3), textcoords="offset points",
                    ha="center", fontsize=7)
    ax.set_xticks(range(len(xs)), [(x_labels or {}).get(v, v) for v in xs])
    ax.set_xlim(-0.6, len(xs) - 0.4)
    ax.margins(y=0.08)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(title=legend_title, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return _finish(fig, title, caption)


# ------------------------------------------------------------ named figures

_COMPOUND = "mean VADER compound score (−1 to +1)"
_BOOTSTRAP = ("Points: mean VADER compound score of the prose sentences (body, list items, "
              "Q&A turns) in each group; −1 is most negative, +1 most positive, 0 neutral. "
              "Bars: 95% percentile bootstrap interval of the mean (2,000 resamples, fixed "
              "seed); n = sentences.")


def sentiment_by_article(summary: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """Mean compound score per article with its interval.

    ``summary`` is :func:`coverage_analysis.measures.sentiment.article_summary`.
    """
    return plot_intervals(
        summary, x="article_id", y="mean_compound", low="ci_low", high="ci_high",
        hue="group", count="n_sentences", x_labels=article_labels(articles),
        hue_labels={"all": "all prose sentences"}, colors={"all": "#333333"},
        title="Sentence sentiment per article", caption=_BOOTSTRAP,
        xlabel="article (id, genre)", ylabel=_COMPOUND, ylim=(-1, 1), reference=0.0,
    )


def sentiment_shares(summary: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """Shares of positive, neutral and negative sentences per article.

    ``summary`` is :func:`coverage_analysis.measures.sentiment.article_summary`.
    """
    return plot_shares(
        summary, x="article_id", count="n_sentences", x_labels=article_labels(articles),
        columns={"share_positive": "positive", "share_neutral": "neutral",
                 "share_negative": "negative"},
        title="Positive, neutral and negative sentences per article",
        caption=("Share of each article's prose sentences by VADER label: positive if the "
                 "compound score is ≥ 0.05, negative if ≤ −0.05, neutral in between "
                 "(the VADER authors' cut-offs). n = sentences."),
        xlabel="share of prose sentences (%)", ylabel="article (id, genre)",
    )


def sentiment_by_voice(summary: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """Mean compound score of narration and of quoted speech, per article.

    ``summary`` is :func:`coverage_analysis.measures.sentiment.voice_summary`.
    """
    return plot_intervals(
        summary, x="article_id", y="mean_compound", low="ci_low", high="ci_high",
        hue="group", hue_order=["narration", "speech"], count="n_sentences",
        x_labels=article_labels(articles),
        hue_labels={"narration": "narration (writer's voice)", "speech": "quoted speech"},
        title="Sentence sentiment: the writer's narration vs quoted speech",
        caption=_BOOTSTRAP + (" A sentence is speech if at least half its characters are "
                              "quoted speech or a Q&A turn; 'no data': the article has none."),
        xlabel="article (id, genre)", ylabel=_COMPOUND, ylim=(-1, 1), reference=0.0,
        legend_title="voice",
    )


def sentiment_by_person(summary: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """Mean compound score of sentences mentioning each person, per article.

    ``summary`` is :func:`coverage_analysis.measures.sentiment.person_summary`.
    """
    return plot_intervals(
        summary, x="article_id", y="mean_compound", low="ci_low", high="ci_high",
        hue="group", hue_order=["paak", "soul"], count="n_sentences",
        x_labels=article_labels(articles), hue_labels=_PERSON_NAMES,
        title="Sentiment of sentences that mention each person",
        caption=_BOOTSTRAP + (" A sentence counts for a person if it mentions them by name, "
                              "description, pronoun, film character or 'I' in their own "
                              "speech; a sentence mentioning both counts for both."),
        xlabel="article (id, genre)", ylabel=_COMPOUND, ylim=(-1, 1), reference=0.0,
        legend_title="sentences mentioning",
    )


#: Display name and unit of each readability measure.
READABILITY_LABELS = {
    "flesch_reading_ease": ("Flesch reading ease", "score (higher = easier, 0–100)"),
    "flesch_kincaid_grade": ("Flesch-Kincaid grade", "US school grade"),
    "gunning_fog": ("Gunning fog index", "US school grade"),
    "smog_index": ("SMOG index", "US school grade"),
    "coleman_liau_index": ("Coleman-Liau index", "US school grade"),
    "automated_readability_index": ("Automated readability", "US school grade"),
    "dale_chall_readability_score": ("Dale-Chall score", "score (grade band)"),
    "words_per_sentence": ("Words per sentence", "words"),
    "syllables_per_word": ("Syllables per word", "syllables"),
}


def readability_long(readability: pd.DataFrame) -> pd.DataFrame:
    """Reshape :func:`~coverage_analysis.measures.readability.readability` for plotting.

    Returns one row per article, measure and method ("library": this library's
    sentences, "naive textstat": textstat's own functions on the joined
    prose) with the score in ``score``; count rows are left out.
    """
    scores = readability[readability["measure"].isin(list(READABILITY_LABELS))]
    out = scores.melt(id_vars=["article_id", "measure"], value_vars=["value", "naive"],
                      var_name="method", value_name="score")
    out["method"] = out["method"].map({"value": "library", "naive": "naive textstat"})
    return out.sort_values(["measure", "article_id", "method"], kind="stable",
                           ignore_index=True)


def readability_by_article(readability: pd.DataFrame,
                           articles: pd.DataFrame | None = None) -> Figure:
    """Every readability measure per article, this library's sentences vs textstat's.

    ``readability`` is :func:`coverage_analysis.measures.readability.readability`.
    """
    return plot_panels(
        readability_long(readability), panel="measure", x="article_id", y="score",
        hue="method", hue_order=["library", "naive textstat"],
        panel_order=list(READABILITY_LABELS),
        panel_labels={k: v[0] for k, v in READABILITY_LABELS.items()},
        panel_units={k: v[1] for k, v in READABILITY_LABELS.items()},
        x_labels={a: a for a in readability["article_id"].astype(str)},
        hatches={"naive textstat": "///"}, fmt={"syllables_per_word": "{:.2f}"},
        title="Readability of each article's prose: library sentences vs naive textstat",
        caption=("Each formula on the article's prose (body, list items, Q&A turns). "
                 "library: sentences and words from this library's tables, counts from "
                 "textstat; naive textstat: textstat's own function on the joined prose, "
                 "which ends a sentence at every '.', '!' and '?' (so '.Paak' and 'K-Pops!' "
                 "split sentences). Articles: " + _article_key(articles)),
        xlabel="article id",
    )


def sentence_length_distribution(per_sentence: pd.DataFrame,
                                 articles: pd.DataFrame | None = None) -> Figure:
    """Words per prose sentence, per article.

    ``per_sentence`` is
    :func:`coverage_analysis.measures.readability.sentence_readability`.
    """
    return plot_distribution(
        per_sentence, x="article_id", y="n_words", x_labels=article_labels(articles),
        colors=ARTICLE_COLORS, point_label="one prose sentence",
        title="Sentence length per article",
        caption=("Words in each prose sentence (body, list items, Q&A turns) as this library "
                 "segments them; words counted by coverage_analysis.text.count_words. "
                 "Dots are spread sideways at random (fixed seed) only to keep them apart."),
        xlabel="article (id, genre)", ylabel="words per sentence (words)",
    )


def genre_scores(scores: pd.DataFrame, calls: pd.DataFrame | None = None,
                 articles: pd.DataFrame | None = None) -> Figure:
    """Each article's score for each genre; the call is starred.

    ``scores`` and ``calls`` are :func:`coverage_analysis.measures.framing.genre_scores`
    and :func:`~coverage_analysis.measures.framing.genre_calls`.
    """
    markers = {}
    if calls is not None:
        markers = {(str(r.article_id), str(r.call)): "★" for r in calls.itertuples()}
    genres = list(dict.fromkeys(["review", "news report", "profile", "interview",
                                 *scores["genre"].astype(str)]))
    return plot_grouped_bars(
        scores, x="article_id", y="score", hue="genre", hue_order=genres,
        x_labels=article_labels(articles), markers=markers,
        colors=dict(zip(genres, ("#E69F00", "#009E73", "#CC79A7", "#56B4E9",
                                 *FALLBACK_COLORS), strict=False)),
        title="Genre scores per article (★ = the call)",
        caption=("Score = weighted sum of genre cues, each bounded to 0–1 by a fixed "
                 "saturation, divided by the genre's total positive weight (data/genres.toml):"
                 " 1 = every cue of the genre fully present, 0 = none, below 0 = cues the "
                 "genre avoids outweigh its own. Tick labels give the genre the outlet "
                 "presents the piece as."),
        xlabel="article (id, presented genre)", ylabel="genre score (unitless, max 1)",
        legend_title="genre", legend_outside=True,
    )


def theme_shares(shares: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """Share of each article's sentences carrying each thematic frame.

    ``shares`` is :func:`coverage_analysis.measures.framing.frame_shares`.
    """
    frame = shares.assign(pct=100 * shares["share"])
    labels = dict(zip(frame["frame"].astype(str), frame["label"].astype(str), strict=False))
    ids = list(dict.fromkeys(frame["article_id"].astype(str)))
    return plot_grouped_bars(
        frame, x="frame", y="pct", hue="article_id", hue_order=ids,
        order=list(dict.fromkeys(frame["frame"].astype(str))),
        x_labels={k: textwrap.fill(v, 16) for k, v in labels.items()},
        hue_labels={k: v.replace("\n", " ") for k, v in article_labels(articles).items()},
        colors=ARTICLE_COLORS, fmt="{:.0f}",
        title="Themes: share of each article's sentences that raise each frame",
        caption=("Share of the article-text sentences (quoted speech included) containing at "
                 "least one term of the frame's lexicon (data/frames.toml). A sentence can "
                 "raise several frames, so an article's shares do not add up to 100%."),
        xlabel="thematic frame", ylabel="sentences with a frame term (% of sentences)",
        legend_title="article", legend_outside=True,
    )


#: Display name and unit of each space measure (see
#: :func:`coverage_analysis.measures.space.person_space`).
SPACE_LABELS = {
    "mentions_all": ("All mentions", "mentions (count)"),
    "mentions_actor": ("Mentions as themselves", "mentions (count)"),
    "mentions_name": ("Mentions by name", "mentions (count)"),
    "mentions_character": ("Character-name mentions", "mentions (count)"),
    "mentions_as_character": ("Mentions as their film character", "mentions (count)"),
    "mentions_nominal": ("Descriptions ('his son')", "mentions (count)"),
    "mentions_pronoun": ("Pronouns", "mentions (count)"),
    "mentions_first_person": ("'I' in their own speech", "mentions (count)"),
    "sentences": ("Sentences mentioning them", "% of the article's sentences"),
    "words": ("Words of those sentences", "% of the article's sentence words"),
    "quoted_words": ("Quoted words they speak", "% of all quoted words"),
    "prominence": ("Prominence", "weighted mentions (count)"),
}
#: Space measures that are shares (drawn with Wilson intervals by :func:`space_shares`).
SPACE_SHARE_MEASURES = ("sentences", "words", "quoted_words")
#: Space measures drawn as counts by :func:`space_counts`.
SPACE_COUNT_MEASURES = ("mentions_name", "mentions_nominal", "mentions_pronoun",
                        "mentions_first_person", "mentions_character", "prominence")
#: Space measures drawn as Paak / Soul ratios by :func:`space_ratios`.
SPACE_RATIO_MEASURES = ("mentions_all", "mentions_actor", "mentions_as_character", "sentences",
                        "words", "quoted_words")
_SPACE_NOTE = ("Only article text counts (a name in a byline, credit or related-stories block "
               "is not coverage).")


def space_shares(space: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """Paak vs Soul: share of sentences, sentence words and quoted words, with intervals.

    ``space`` is :func:`coverage_analysis.measures.space.person_space`.
    """
    frame = space[space["measure"].isin(SPACE_SHARE_MEASURES)].copy()
    for col in ("share", "share_low", "share_high"):
        frame[col] = 100 * frame[col]
    frame["units"] = frame["units"].fillna(0)
    return plot_interval_panels(
        frame, panel="measure", x="article_id", y="share", low="share_low", high="share_high",
        hue="person", hue_order=["paak", "soul"], count="units",
        panel_order=list(SPACE_SHARE_MEASURES), ncols=3, ylim=(0, 100),
        panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
        panel_units={k: v[1] for k, v in SPACE_LABELS.items()},
        x_labels={a: a for a in frame["article_id"].astype(str)}, hue_labels=_PERSON_NAMES,
        title="Room given to Anderson .Paak and to Soul Rasheed: shares with 95% intervals",
        caption=("Points: share of the article's sentences that mention the person (any "
                 "mention type), share of the words of all sentences that are in those "
                 "sentences, and share of all quoted words the person speaks. Bars: 95% "
                 "Wilson interval with sentences (or quotes) as the independent units; "
                 "n = the person's sentences (or quotes). Shares overlap: a sentence "
                 "mentioning both counts for both. 'no data': no quoted speech. "
                 + _SPACE_NOTE + " Articles: " + _article_key(articles)),
        xlabel="article id",
    )


def space_counts(space: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """Paak vs Soul: mentions of each type and prominence, per article.

    ``space`` is :func:`coverage_analysis.measures.space.person_space`.
    """
    frame = space[space["measure"].isin(SPACE_COUNT_MEASURES)]
    return plot_panels(
        frame, panel="measure", x="article_id", y="count", hue="person",
        hue_order=["paak", "soul"], panel_order=list(SPACE_COUNT_MEASURES), ncols=3,
        panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
        panel_units={k: v[1] for k, v in SPACE_LABELS.items()},
        x_labels={a: a for a in frame["article_id"].astype(str)}, hue_labels=_PERSON_NAMES,
        colors=PERSON_COLORS, fmt="{:.0f}",
        title="How Anderson .Paak and Soul Rasheed are referred to: mentions per article",
        caption=("Mentions of each person in article text by type (table 'mentions'); a "
                 "film character (BJ, Tae Young) counts for the actor who plays them. "
                 "Prominence weighs each mention by where it is: 3 in the title, 2 in the "
                 "first paragraph, 1 elsewhere. Counts, no interval: see space_ratios for "
                 "intervals of Paak ÷ Soul. " + _SPACE_NOTE + " Articles: "
                 + _article_key(articles)),
        xlabel="article id",
    )


def space_ratios(ratios: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """Paak ÷ Soul for each count, per article, with 95% intervals (log scale).

    ``ratios`` is :func:`coverage_analysis.measures.space.space_ratios`.
    """
    frame = ratios[ratios["measure"].isin(SPACE_RATIO_MEASURES)].assign(series="ratio")
    frame["n"] = frame["paak"] + frame["soul"]
    return plot_interval_panels(
        frame, panel="measure", x="article_id", y="ratio", low="ratio_low", high="ratio_high",
        hue="series", hue_labels={"ratio": "Paak ÷ Soul"},
        colors={"ratio": "#333333"}, panel_order=list(SPACE_RATIO_MEASURES), ncols=3,
        panel_labels={k: v[0] for k, v in SPACE_LABELS.items()},
        panel_units={k: "Paak ÷ Soul (ratio, log scale)" for k in SPACE_LABELS},
        x_labels={a: a for a in frame["article_id"].astype(str)},
        ylim=(0.1, 1000), log=True, reference=1.0,
        title="How many times more room Anderson .Paak gets than Soul Rasheed",
        caption=("Points: Paak's count divided by Soul's (1 = equal room, dashed). Bars: "
                 "95% interval from the Wilson interval of Paak's part p = Paak / (Paak + "
                 "Soul), mapped back by p / (1 − p), with mentions, sentences or quotes as "
                 "the independent units. Triangles: a bound beyond the axis (infinite when "
                 "Soul's count is 0). 'no data': neither person has any. " + _SPACE_NOTE
                 + " Articles: " + _article_key(articles)),
        xlabel="article id",
    )


def _article_key(articles: pd.DataFrame | None) -> str:
    """List each article as "id genre", for captions of panels labelled by id only."""
    return ", ".join(v.replace("\n", " ") for v in article_labels(articles).values()) + "."


def corpus_overview(role_words: pd.DataFrame,
                    articles: pd.DataFrame | None = None) -> Figure:
    """Words per paragraph role per article; lines that are not the article are hatched.

    ``role_words`` is :func:`coverage_analysis.figures.role_words` (columns
    ``article_id``, ``role``, ``is_article_text``, ``words``).
    """
    from .segment import ROLES

    text_roles = set(role_words.loc[role_words["is_article_text"], "role"])
    other = [r for r in dict.fromkeys([*ROLES, *role_words["role"]]) if r not in text_roles]
    stack_order = [r for r in ROLES if r in text_roles] + other
    return plot_stacked_bars(
        role_words, x="article_id", stack="role", y="words", stack_order=stack_order,
        x_labels=article_labels(articles), hatched=other, hatch_note="(not article text)",
        title="What each file holds: words per paragraph role",
        caption=("Words in each article file by the role its lines were given (table "
                 "'paragraphs'). Solid: article text (title, headings, body, list items, Q&A "
                 "turns), which every measure reads. Hatched: lines labelled as not the "
                 "article (bylines, warnings, photo credits, author bios, site furniture and "
                 "related-story headlines), kept in the tables but left out of the measures. "
                 "Number on top: all words in the file."),
        xlabel="article (id, genre)", ylabel="words (count)", legend_title="paragraph role",
    )
