import struct
import zlib
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
import pytest

from coverage_analysis import compute_measures
from coverage_analysis.report import charts
from coverage_analysis.report import plotkit as plotting
from coverage_analysis.report.build import FIGURES, SUMMARY_TABLES, build_figures, draw_figures
from coverage_analysis.report.findings import findings
from coverage_analysis.report.summary import people_summary, summary_table
from coverage_analysis.schema import TABLES

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "figures"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def measures(corpus):
    return compute_measures(corpus)


@pytest.fixture(scope="module")
def drawn(corpus, measures):
    return draw_figures(corpus, measures)


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory):
    """Build once, from inside an empty working folder, into a relative ``out``."""
    base = tmp_path_factory.mktemp("build")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(base)
        written = build_figures(corpus, Path("out"))
    return base, base / "out", written


# ------------------------------------------------------------ build_figures

def test_expected_files_are_written(built):
    _, out, written = built
    expected = ({f"{n}.png" for n in FIGURES} | {f"{n}.csv" for n in FIGURES}
                | {f"{n}.csv" for n in SUMMARY_TABLES} | {f"tables/{n}.csv" for n in TABLES})
    assert set(snapshot(out)) == expected
    assert sorted((out / p).resolve() for p in expected) == sorted(
        (built[0] / p).resolve() for p in written)


def test_every_png_has_a_csv_beside_it(built):
    _, out, _ = built
    pngs = sorted(out.rglob("*.png"))
    assert len(pngs) == len(FIGURES)
    for png in pngs:
        assert png.with_suffix(".csv").is_file(), png.name
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert len(pd.read_csv(png.with_suffix(".csv"))) > 0


def test_nothing_is_written_outside_the_folder(built):
    base, out, written = built
    assert [p.name for p in base.iterdir()] == ["out"]
    for path in written:
        assert (base / path).resolve().is_relative_to(out.resolve())
    # no temporary files left behind by the atomic writes
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]


def test_a_second_run_gives_identical_bytes(built, corpus):
    base, out, _ = built
    first = snapshot(out)
    build_figures(corpus, out)  # again, over the first run's files
    assert snapshot(out) == first
    assert [p.name for p in base.iterdir()] == ["out"]


def test_committed_figures_are_what_the_command_produces(built):
    _, out, _ = built
    committed, produced = snapshot(COMMITTED), snapshot(out)
    assert sorted(committed) == sorted(produced), "run `coverage-analysis figures` and commit"
    changed = [name for name in produced if committed[name] != produced[name]]
    assert not changed, f"stale in figures/: {changed}; run `coverage-analysis figures`"


def png_text_chunks(data: bytes) -> dict[str, bytes]:
    chunks, pos = {}, 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8].decode("ascii")
        body = data[pos + 8:pos + 8 + length]
        if kind in ("tEXt", "zTXt", "iTXt"):
            key, _, value = body.partition(b"\0")
            chunks[key.decode("latin-1")] = (zlib.decompress(value[1:]) if kind == "zTXt"
                                             else value)
        chunks.setdefault(kind, b"")
        pos += 12 + length
    return chunks


def test_pngs_carry_no_time_or_version(built):
    _, out, _ = built
    for png in out.glob("*.png"):
        chunks = png_text_chunks(png.read_bytes())
        assert "tIME" not in chunks and "Software" not in chunks
        assert "Creation Time" not in chunks


# ------------------------------------------------------------ plotting

def test_every_figure_labels_every_axes(drawn):
    assert list(drawn) == list(FIGURES)
    for name, (fig, data) in drawn.items():
        assert isinstance(data, pd.DataFrame) and len(data), name
        assert fig.get_suptitle(), f"{name}: no title"
        assert fig.get_supxlabel(), f"{name}: no caption"
        assert fig.axes, name
        for ax in fig.axes:
            where = f"{name} / {ax.get_title()!r}"
            assert ax.get_xlabel().strip(), f"{where}: no x label"
            assert ax.get_ylabel().strip(), f"{where}: no y label"
        assert_one_legend(fig, name)


def assert_one_legend(fig, name):
    """A legend with text on every axes, or one legend for the whole figure."""
    legends = fig.legends or [ax.get_legend() for ax in fig.axes]
    assert all(legend is not None for legend in legends), f"{name}: an axes has no legend"
    for legend in legends:
        assert [t.get_text() for t in legend.get_texts() if t.get_text()], name


def test_figures_have_the_fixed_sizes(drawn):
    sizes = {tuple(np.round(fig.get_size_inches(), 2)) for fig, _ in drawn.values()}
    allowed = {plotting.FIGSIZE, *(plotting._grid_size(n) for n in (1, 2, 3))}
    assert sizes <= {tuple(np.round(s, 2)) for s in allowed}


def test_people_take_the_study_colours_and_names(drawn, corpus):
    fig, _ = drawn["sentiment_by_person"]
    legend = fig.axes[0].get_legend()
    colours = {t.get_text(): mpl.colors.to_hex(h.get_color() if hasattr(h, "get_color")
                                                else h.lines[0].get_color())
               for t, h in zip(legend.get_texts(), legend.legend_handles, strict=True)}
    study = corpus.study
    assert colours == {study.name(p): study.colors[p].lower() for p in study.compare}
    assert plotting.color_for(["narration", "unheard-of"]) == {
        "narration": plotting.VOICE_COLORS["narration"], "unheard-of": plotting.FALLBACK_COLORS[0]}
    assert plotting.article_colors(["b", "a"]) == {"b": plotting.ARTICLE_PALETTE[0],
                                                   "a": plotting.ARTICLE_PALETTE[1]}


def test_style_is_fixed_and_restored():
    before = mpl.rcParams["font.size"]
    with plotting.style():
        assert mpl.rcParams["svg.hashsalt"] == plotting.STYLE["svg.hashsalt"]
        assert mpl.rcParams["font.sans-serif"][0] == "DejaVu Sans"
        assert mpl.rcParams["savefig.dpi"] == plotting.DPI
    assert mpl.rcParams["font.size"] == before


def tiny():
    return pd.DataFrame({
        "article_id": ["000", "001"], "group": ["all", "all"], "n": [3, 4],
        "mean": [0.5, -0.2], "low": [0.1, -0.6], "high": [0.8, 0.1],
        "a": [0.5, 0.25], "b": [0.5, 0.75],
    })


@pytest.mark.parametrize("draw", [
    lambda f: plotting.plot_intervals(
        f, x="article_id", y="mean", low="low", high="high", hue="group", count="n",
        title="t", caption="c", xlabel="x (unit)", ylabel="y (unit)"),
    lambda f: plotting.plot_grouped_bars(
        f, x="article_id", y="mean", hue="group", title="t", caption="c",
        xlabel="x (unit)", ylabel="y (unit)"),
    lambda f: plotting.plot_shares(
        f, x="article_id", columns={"a": "A", "b": "B"}, title="t", caption="c",
        xlabel="x (unit)", ylabel="y (unit)"),
    lambda f: plotting.plot_distribution(
        f, x="article_id", y="mean", title="t", caption="c", xlabel="x (unit)",
        ylabel="y (unit)"),
    lambda f: plotting.plot_stacked_bars(
        f, x="article_id", stack="group", y="n", title="t", caption="c",
        xlabel="x (unit)", ylabel="y (unit)"),
    lambda f: plotting.plot_panels(
        f, panel="group", x="article_id", y="mean", hue="group", title="t", caption="c",
        xlabel="x (unit)", panel_labels={}, panel_units={"all": "y (unit)"}),
    lambda f: plotting.plot_interval_panels(
        f, panel="group", x="article_id", y="mean", low="low", high="high", hue="group",
        title="t", caption="c", xlabel="x (unit)", panel_labels={},
        panel_units={"all": "y (unit)"}),
], ids=["intervals", "grouped_bars", "shares", "distribution", "stacked", "panels",
        "interval_panels"])
def test_a_single_series_still_gets_a_legend(draw):
    fig = draw(tiny())
    assert_one_legend(fig, "tiny")
    for ax in fig.axes:
        assert ax.get_xlabel() and ax.get_ylabel()
    assert fig.get_suptitle().strip() == "t" and fig.get_supxlabel() == "c"


def test_drawing_is_deterministic(drawn, corpus, measures):
    import io

    again = draw_figures(corpus, measures)
    for name in ("sentence_lengths", "space_ratios"):
        pngs = []
        for fig in (drawn[name][0], again[name][0]):
            buffer = io.BytesIO()
            with plotting.style():
                fig.savefig(buffer, format="png", metadata={"Software": None})
            pngs.append(buffer.getvalue())
        assert pngs[0] == pngs[1], name


# ------------------------------------------------------------ summaries

def test_summary_has_one_row_per_article(corpus, measures):
    summary = summary_table(corpus, measures)
    assert summary["article_id"].tolist() == corpus.articles["article_id"].tolist()
    assert summary["call"].notna().all()
    assert summary["share_not_article"].between(0, 1).all()
    assert (summary["compound_low"] <= summary["mean_compound"]).all()
    assert (summary["mean_compound"] <= summary["compound_high"]).all()


def test_findings_are_sentences_with_sources(corpus, measures):
    table = findings(corpus, measures)
    assert list(table.columns) == ["topic", "finding", "source"]
    assert set(table["topic"]) == {"corpus", "sentiment", "readability", "framing", "space"}
    assert table["source"].isin([*FIGURES, *SUMMARY_TABLES]).all()
    assert table["finding"].str.endswith(".").all()
    assert not table["finding"].str.contains(r"\bnan\b|\binf\b").any()


def test_people_summary_is_long_with_the_study_names(corpus, measures):
    people = people_summary(corpus, measures)
    assert people["person"].drop_duplicates().tolist() == list(corpus.study.compare)
    assert len(people) == 2 * len(corpus.articles)
    assert set(people["name"]) == {corpus.study.name(p) for p in corpus.study.compare}
    summary = summary_table(corpus, measures)
    assert not [c for c in summary.columns if any(p in c for p in corpus.study.compare)]
    assert (summary["ratio_of"] == corpus.study.pair_label).all()


def test_no_two_output_files_have_the_same_content(built):
    _, out, _ = built
    contents = {}
    for name, data in snapshot(out).items():
        assert data not in contents, f"{name} repeats {contents.get(data)}"
        contents[data] = name


# ------------------------------------------------------------ many articles

@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """The seeds eleven times over (44 articles): above PER_ARTICLE_MAX."""
    from coverage_analysis import load_corpus

    folder = tmp_path_factory.mktemp("many")
    meta = pd.read_csv(ROOT / "seeds" / "articles.csv", dtype=str, keep_default_na=False)
    rows = []
    for copy in range(11):
        for row in meta.to_dict("records"):
            name = f"{copy:02d}_{row['file']}"
            (folder / name).write_bytes((ROOT / "seeds" / row["file"]).read_bytes())
            rows.append({**row, "article_id": f"{copy:02d}_{row['article_id']}", "file": name})
    pd.DataFrame(rows).to_csv(folder / "articles.csv", index=False)
    for name in ("people.toml", "study.toml"):
        (folder / name).write_bytes((ROOT / "seeds" / name).read_bytes())
    return load_corpus(folder)


def test_many_articles_are_drawn_by_group(many):
    assert len(many.articles) > charts.PER_ARTICLE_MAX
    groups = set(charts.article_groups(many))
    assert groups == {"review", "news report", "profile", "interview"}
    for name, (fig, data) in draw_figures(many).items():
        for ax in fig.axes:
            ticks = {t.get_text() for t in ax.get_xticklabels() if t.get_text()}
            assert len(ticks) <= len(groups), (name, sorted(ticks))
        assert len(data), name
        assert_one_legend(fig, name)
