"""A small plotting kit: one style, and chart kinds that take tidy frames.

Every drawing function takes a tidy measure frame (the output of a function in
:mod:`coverage_analysis.measures`, or a long frame built from one), draws one
:class:`matplotlib.figure.Figure` in the shared :data:`STYLE` and returns it;
nothing is shown or saved here (see :mod:`coverage_analysis.report.build`).
Figures are made without :mod:`matplotlib.pyplot`, so no global figure state
is kept and nothing needs closing.

Each figure has labelled axes with units, a legend on every axes (even with
one series), a title saying what is plotted and a caption saying what the
number means. The same person, article, voice or method has the same colour
in every figure (the study's person colours, :func:`article_colors`, ...).

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
from matplotlib.ticker import FuncFormatter

__all__ = [
    "ARTICLE_PALETTE",
    "CAPTION_WIDTH",
    "DPI",
    "FIGSIZE",
    "GRID_FIGSIZE",
    "LABEL_COLORS",
    "METHOD_COLORS",
    "MIN_UNITS",
    "ROLE_COLORS",
    "SEED",
    "STYLE",
    "VOICE_COLORS",
    "article_colors",
    "article_labels",
    "color_for",
    "empty_figure",
    "plot_distribution",
    "plot_distribution_panels",
    "plot_grouped_bars",
    "plot_interval_panels",
    "plot_intervals",
    "plot_panels",
    "plot_shares",
    "plot_stacked_bars",
    "style",
]

#: Size of a one-panel figure, in inches.
FIGSIZE = (7.2, 4.4)
#: Size of a figure with a grid of panels, in inches.
GRID_FIGSIZE = (7.2, 8.0)
#: Resolution of saved figures, in dots per inch.
DPI = 150
#: Seed of the jitter in :func:`plot_distribution`.
SEED = 20240908
#: Fewest independent units (sentences, quotes, mentions) behind a point for its
#: interval to be drawn; below this the point is hollow and has no interval.
MIN_UNITS = 5
#: Distance from the top of a figure to its figure-wide legend, in inches.
LEGEND_TOP = 0.3
#: Characters per line of a panel title (longer titles wrap).
PANEL_TITLE_WIDTH = 30
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

#: Colours handed to articles in corpus order (Okabe-Ito, safe for colour-blind readers).
ARTICLE_PALETTE = ("#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442", "#0072B2",
                   "#D55E00", "#999999")
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

_PALETTES = (VOICE_COLORS, LABEL_COLORS, METHOD_COLORS, ROLE_COLORS)


@contextmanager
def style() -> Iterator[None]:
    """Apply :data:`STYLE` for the duration of a ``with`` block (restored after)."""
    with mpl.rc_context(STYLE):
        yield


def _styled(func: Callable[..., Figure]) -> Callable[..., Figure]:
    """Draw the figure inside :func:`style`; say why instead when there is nothing to draw.

    Every chart kind takes ``empty=""``: a reason to draw no chart and show
    that reason instead (``"no quoted speech in the corpus"``). A frame with no
    rows gets a generic reason, so a valid but empty corpus never raises.
    """

    @functools.wraps(func)
    def wrapper(frame: pd.DataFrame, *args: Any, empty: str = "", **kwargs: Any) -> Figure:
        if empty or frame.empty:
            return empty_figure(kwargs.get("title", ""),
                                empty or "nothing to draw: no article has data for this figure")
        with style():
            return func(frame, *args, **kwargs)

    return wrapper


def color_for(keys: Sequence[str]) -> dict[str, str]:
    """Return a colour for each key: its fixed colour, else the next fallback colour."""
    out, spare = {}, iter(FALLBACK_COLORS * (1 + len(keys) // len(FALLBACK_COLORS)))
    for key in keys:
        fixed = next((p[key] for p in _PALETTES if key in p), None)
        out[key] = fixed if fixed is not None else next(spare)
    return out


def article_colors(ids: Sequence[str]) -> dict[str, str]:
    """A colour for each article id, in the order given (the palette repeats past 8)."""
    return {str(a): ARTICLE_PALETTE[i % len(ARTICLE_PALETTE)] for i, a in enumerate(ids)}


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
    # A figure-wide legend sits in a blank line kept under the title.
    fig.suptitle(title + ("\n\n" if fig.legends else ""))
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


def _headroom(ax, share: float = 0.14) -> None:
    """Extend the value axis by ``share`` of its span, ticks stopping at the old top.

    Counts printed above the highest points then stay inside the panel,
    clear of its title.
    """
    bottom, top = ax.get_ylim()
    ticks = [t for t in ax.get_yticks() if bottom <= t <= top * (1 + 1e-9)]
    if ax.get_yscale() == "log":
        lo, hi = np.log10(bottom), np.log10(top)
        ax.set_ylim(bottom, 10 ** (hi + share * (hi - lo)))
    else:
        ax.set_ylim(bottom, top + share * (top - bottom))
    ax.set_yticks(ticks)


def _panel_axes(ax, xs: list[str], x_labels: Mapping[str, str] | None, title: str,
                xlabel: str, ylabel: str) -> None:
    """Label one panel of a grid (its legend is the figure's, see :func:`_figure_legend`)."""
    ax.set_xticks(range(len(xs)), [(x_labels or {}).get(v, v) for v in xs], fontsize=6.5)
    ax.set_title(textwrap.fill(title, PANEL_TITLE_WIDTH), fontsize=8)
    ax.set_xlabel(xlabel, fontsize=7)
    ax.set_ylabel(ylabel, fontsize=7)


def _figure_legend(fig: Figure, axes: np.ndarray) -> None:
    """One legend for the whole figure, above the panels, with each series once."""
    handles: dict[str, Any] = {}
    for ax in axes.flat:
        for handle, label in zip(*ax.get_legend_handles_labels(), strict=True):
            handles.setdefault(label, handle)
    if handles:
        fig.legend(handles.values(), handles.keys(), loc="upper center",
                   bbox_to_anchor=(0.5, 1.0 - LEGEND_TOP / fig.get_figheight()),
                   ncols=min(len(handles), 3), fontsize=7)


def empty_figure(title: str, reason: str) -> Figure:
    """A figure that says why there is nothing to draw (instead of raising)."""
    with style():
        fig, axes = _new_figure()
        ax = axes[0, 0]
        ax.set_axis_off()
        ax.text(0.5, 0.5, textwrap.fill(reason, 70), ha="center", va="center",
                fontsize=10, color="#444444", transform=ax.transAxes)
        return _finish(fig, title, "")


#: Parts (percent) where the ratio axis of :func:`plot_interval_panels` puts ticks.
_RATIO_TICKS = {10.0: "1:9", 25.0: "1:3", 50.0: "1:1", 75.0: "3:1", 90.0: "9:1"}


def _ratio_axis(ax) -> None:
    """A right-hand axis reading a part p (percent) as the ratio p : (100 - p)."""
    twin = ax.secondary_yaxis("right")
    twin.set_yticks(list(_RATIO_TICKS), list(_RATIO_TICKS.values()), fontsize=6)
    twin.set_ylabel("as a ratio", fontsize=6.5)


def _panel_grid(values: pd.Series, order: Sequence[str] | None, ncols: int):
    """Panel names in order, and a grid figure with one axes per panel."""
    panels = _order(values, order)
    nrows = -(-len(panels) // ncols)
    fig, axes = _new_figure(_grid_size(nrows), nrows, ncols)
    return panels, fig, axes


def _panel_figure(frame: pd.DataFrame, draw: Callable[..., None], *, panel: str, x: str,
                  hue: str, panel_order: Sequence[str] | None, order: Sequence[str] | None,
                  hue_order: Sequence[str] | None, colors: Mapping[str, str] | None, ncols: int,
                  x_labels: Mapping[str, str] | None, panel_labels: Mapping[str, str],
                  panel_units: Mapping[str, str], xlabel: str, title: str,
                  caption: str) -> Figure:
    """A grid with one panel per value of ``panel``, each drawn by ``draw``, one legend.

    ``draw(ax, part, xs, hues, colors)`` draws the rows ``part`` of one panel;
    every panel shares the categories ``xs`` and series ``hues``.
    """
    panels, fig, axes = _panel_grid(frame[panel], panel_order, ncols)
    xs, hues, colors = _categories(frame, x, order, hue, hue_order, colors)
    for ax, name in zip(axes.flat, panels, strict=False):
        draw(ax, frame[frame[panel].astype(str) == name], xs, hues, colors)
        _panel_axes(ax, xs, x_labels, panel_labels.get(name, name), xlabel,
                    panel_units.get(name, ""))
    for ax in list(axes.flat)[len(panels):]:
        fig.delaxes(ax)
    _figure_legend(fig, axes)
    return _finish(fig, title, caption)


def _categories(frame: pd.DataFrame, x: str, order: Sequence[str] | None, hue: str,
                hue_order: Sequence[str] | None, colors: Mapping[str, str] | None
                ) -> tuple[list[str], list[str], dict[str, str]]:
    """Categories and series in order, and a colour for every series."""
    xs = _order(frame[x], order)
    hues = _order(frame[hue], hue_order)
    return xs, hues, {**color_for(hues), **(colors or {})}


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
        counts = (np.array([part[count].get(v, np.nan) for v in xs], dtype=float)
                  if count is not None else np.full(len(xs), np.inf))
        ok = ~np.isnan(vals)
        few = ok & (counts < MIN_UNITS)
        firm = ok & ~few
        yerr = np.vstack([vals - lows, highs - vals])[:, firm]
        ax.errorbar(pos[firm], vals[firm], yerr=yerr, fmt="o", color=colors[h], markersize=5,
                    elinewidth=1.3, label=hue_labels.get(h, h), zorder=3)
        if few.any():
            ax.scatter(pos[few], vals[few], s=22, facecolor="white", edgecolor=colors[h],
                       linewidth=1.2, zorder=3, label=f"{hue_labels.get(h, h)}: too few "
                       f"units for an interval (n < {MIN_UNITS})")
        for p, v, hi, n in zip(pos, vals, highs, counts, strict=True):
            if np.isnan(v):
                ax.annotate("no data", (p, 0.5), xycoords=("data", "axes fraction"),
                            ha="center", va="center", fontsize=6.5, color=colors[h],
                            rotation=90)
            elif count is not None and not np.isnan(n):
                ax.annotate(f"n={int(n)}", (p, v if n < MIN_UNITS else hi), ha="center",
                            va="bottom", fontsize=count_fontsize, color="#333333",
                            xytext=(0, 4), textcoords="offset points")
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
    xs, hues, colors = _categories(frame, x, order, hue, hue_order, colors)
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
    log: bool = False, ratio_axis: bool = False,
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
    ratio_axis : bool
        For values that are a part in percent: a right-hand axis reading
        them as ratios (75% is 3:1).

    Returns
    -------
    Figure
    """
    def draw(ax, part: pd.DataFrame, xs: list[str], hues: list[str],
             colors: Mapping[str, str]) -> None:
        _draw_intervals(ax, part, x, y, low, high, hue, xs, hues, colors, hue_labels or {},
                        count, reference, clip=ylim if log else None, count_fontsize=5.5)
        if log:
            ax.set_yscale("log")
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
        if ylim is not None:
            ax.set_ylim(*ylim)
        if count is not None:
            _headroom(ax)
        if ratio_axis:
            _ratio_axis(ax)

    return _panel_figure(frame, draw, panel=panel, x=x, hue=hue, panel_order=panel_order,
                         order=order, hue_order=hue_order, colors=colors, ncols=ncols,
                         x_labels=x_labels, panel_labels=panel_labels, panel_units=panel_units,
                         xlabel=xlabel, title=title, caption=caption)


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
    xs, hues, colors = _categories(frame, x, order, hue, hue_order, colors)
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
    def draw(ax, part: pd.DataFrame, xs: list[str], hues: list[str],
             colors: Mapping[str, str]) -> None:
        name = str(part[panel].iloc[0])
        _bars(ax, part, x, y, hue, xs, hues, colors, hue_labels or {}, None, None,
              hatches=hatches, label_size=5.0,
              fmt=fmt if isinstance(fmt, str) else fmt.get(name, "{:.1f}"))
        ax.margins(y=0.12)

    return _panel_figure(frame, draw, panel=panel, x=x, hue=hue, panel_order=panel_order,
                         order=order, hue_order=hue_order, colors=colors, ncols=ncols,
                         x_labels=x_labels, panel_labels=panel_labels, panel_units=panel_units,
                         xlabel=xlabel, title=title, caption=caption)


@_styled
def plot_distribution(
    frame: pd.DataFrame, *, x: str, y: str,
    title: str, caption: str, xlabel: str, ylabel: str,
    order: Sequence[str] | None = None, x_labels: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None, point_label: str = "one observation",
    hue: str | None = None, hue_order: Sequence[str] | None = None,
    hue_labels: Mapping[str, str] | None = None,
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
        As in :func:`plot_intervals` (colours are per ``x`` value, or per
        ``hue`` value with ``hue``).
    point_label : str
        What one dot is, for the legend.
    hue, hue_order, hue_labels : optional
        A column whose values get a box each, side by side in every ``x``.

    Returns
    -------
    Figure
    """
    fig, axes = _new_figure()
    ax = axes[0, 0]
    xs = _order(frame[x], order)
    hues = _order(frame[hue], hue_order) if hue is not None else []
    colors = {**color_for(hues or xs), **(colors or {})}
    _draw_distribution(ax, frame, x, y, xs, colors, point_label, hue=hue, hues=hues,
                       hue_labels=hue_labels)
    ax.set_xticks(range(len(xs)), [(x_labels or {}).get(v, v) for v in xs])
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(loc="best")
    return _finish(fig, title, caption)


def _draw_distribution(ax, frame: pd.DataFrame, x: str, y: str, xs: list[str],
                       colors: Mapping[str, str], point_label: str, hue: str | None = None,
                       hues: Sequence[str] = (), hue_labels: Mapping[str, str] | None = None
                       ) -> None:
    """A box (quartiles, median, 1.5 × IQR whiskers) and jittered points per category.

    With ``hue``, each category holds one box per series, side by side, the
    points coloured by series (``colors`` keyed by series); otherwise the
    points take the category's colour.
    """
    series = list(hues) if hue is not None else [None]
    width = 0.7 / len(series)
    rng = np.random.default_rng(SEED)
    total = int(frame[y].notna().sum())
    size = 10 if total < 2000 else 3
    for off, h in zip(_offsets(len(series), 0.7), series, strict=True):
        rows = frame if h is None else frame[frame[hue].astype(str) == h]
        groups = [rows.loc[rows[x].astype(str) == v, y].dropna().to_numpy(dtype=float)
                  for v in xs]
        positions = np.arange(len(xs)) + off
        ax.boxplot(groups, positions=positions, widths=width * 0.8, showfliers=False,
                   manage_ticks=False, medianprops={"color": "black", "linewidth": 1.4},
                   boxprops={"color": "#333333"}, whiskerprops={"color": "#333333"},
                   capprops={"color": "#333333"})
        for pos, v, values in zip(positions, xs, groups, strict=True):
            color = colors[h] if h is not None else colors[v]
            jitter = rng.uniform(-width * 0.3, width * 0.3, size=values.size)
            ax.scatter(pos + jitter, values, s=size, color=color, alpha=0.6, edgecolor="none",
                       zorder=3, rasterized=values.size > 500)
            if values.size:
                ax.annotate(f"n={values.size}", (pos, values.max()), xytext=(0, 4),
                            textcoords="offset points", ha="center", fontsize=5.5)
        if h is not None:
            ax.scatter([], [], s=10, color=colors[h], label=(hue_labels or {}).get(h, h))
    ax.set_xlim(-0.6, len(xs) - 0.4)
    ax.margins(y=0.1)
    ax.scatter([], [], s=10, color="#777777", label=point_label)
    ax.fill_between([], [], facecolor="white", edgecolor="#333333",
                    label="box: quartiles, line: median, whiskers: 1.5 × IQR")


@_styled
def plot_distribution_panels(
    frame: pd.DataFrame, *, panel: str, x: str, y: str,
    title: str, caption: str, xlabel: str, panel_labels: Mapping[str, str],
    panel_units: Mapping[str, str], point_label: str,
    panel_order: Sequence[str] | None = None, order: Sequence[str] | None = None,
    x_labels: Mapping[str, str] | None = None, colors: Mapping[str, str] | None = None,
    hue: str | None = None, hue_order: Sequence[str] | None = None,
    hue_labels: Mapping[str, str] | None = None, ncols: int = 3,
) -> Figure:
    """Draw a grid of :func:`plot_distribution` panels, one per value of ``panel``.

    For many articles: each point is one article, each box a group of them,
    with one box per ``hue`` value side by side in each group.
    Parameters are as in :func:`plot_distribution` and :func:`plot_panels`.

    Returns
    -------
    Figure
    """
    def draw(ax, part: pd.DataFrame, xs: list[str], hues: list[str],
             colors: Mapping[str, str]) -> None:
        _draw_distribution(ax, part, x, y, xs, colors, point_label,
                           hue=hue, hues=hues, hue_labels=hue_labels)

    return _panel_figure(frame, draw, panel=panel, x=x, hue=hue or x, panel_order=panel_order,
                         order=order, hue_order=hue_order if hue else order, colors=colors,
                         ncols=ncols,
                         x_labels=x_labels, panel_labels=panel_labels, panel_units=panel_units,
                         xlabel=xlabel, title=title, caption=caption)


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


