"""``coverage-analysis report``: the notebooks run on a corpus, as one offline HTML page."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import nbformat
from bs4 import BeautifulSoup

from coverage_analysis import load_corpus
from coverage_analysis.cli import main
from coverage_analysis.report.findings import findings
from coverage_analysis.report.html import default_notebooks, default_out, page_name

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SECOND = ROOT / "tests" / "corpora" / "second_study"
SEED_WORDS = ("paak", "soul rasheed", "k-pops")


def words(text: str) -> str:
    return " ".join(text.split())


def test_the_report_on_a_second_study_is_about_that_study(second_report):
    done, out = second_report
    assert done.returncode == 0, done.stderr
    # progress on stderr, one line per step, every notebook named
    for nb in sorted(NOTEBOOKS.glob("*.ipynb")):
        assert f"running {nb.name}" in done.stderr
    assert all(line.startswith("coverage-analysis report: ")
               for line in done.stderr.splitlines()), done.stderr
    second = load_corpus(SECOND)
    ids = list(second.articles["article_id"])
    assert {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} == (
        {"index.html"} | {f"articles/{page_name(a)}" for a in ids})

    page = (out / "index.html").read_text("utf-8")
    soup = BeautifulSoup(page, "html.parser")
    main_ = soup.find("main")
    # the study's title heads it, the computed findings come first
    assert soup.find("h1").get_text(strip=True) == second.study.title
    assert soup.title.get_text() == second.study.title
    sections = [s["class"][-1] for s in main_.find_all(["section", "nav"], recursive=False)]
    assert sections[:3] == ["ca-findings", "ca-toc", "ca-articles"]
    assert soup.select_one(".ca-findings h2")["id"] == "findings"
    shown = words(soup.select_one(".ca-findings").get_text())
    for sentence in findings(second)["finding"]:
        assert words(sentence) in shown
    # a table of contents whose every link lands on a heading of the page
    ids_on_page = {e["id"] for e in soup.find_all(id=True)}
    toc = [a["href"] for a in soup.find(id="ca-toc").find_all("a")]
    assert "#findings" in toc and len(toc) >= 12
    assert all(h[1:] in ids_on_page for h in toc)
    titles = [a.get_text() for a in soup.find(id="ca-toc").find_all("a")]
    assert "Legend" not in titles  # headings inside outputs stay out of the contents
    assert len(ids_on_page) == len(soup.find_all(id=True))  # ids are unique
    # figures from every notebook embedded, no code shown, nothing fetched
    images = [img["src"] for img in soup.find_all("img")]
    assert len(images) >= 8
    assert all(src.startswith("data:image/png;base64,") for src in images)
    assert base64.b64decode(images[0].split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
    assert not soup.select(".jp-CodeCell .jp-InputArea") and "papermill" not in main_.get_text()
    links = [e.get(attr) for e in soup.find_all(True) for attr in ("src", "href") if e.get(attr)]
    assert not [u for u in links if re.match(r"(?i)(https?:)?//", u)]
    assert not soup.find_all("script", src=True)
    # about this corpus, not the seeds: names, figures' data and findings
    text = main_.get_text().lower()
    assert "maren lindqvist" in text and "tobias achterberg" in text
    assert not [w for w in SEED_WORDS if w in text]
    # one annotated page per article, linked from the report
    hrefs = [a["href"] for a in soup.select(".ca-articles a")]
    assert hrefs == [f"articles/{page_name(a)}" for a in ids]
    for aid, href in zip(ids, hrefs, strict=True):
        article = BeautifulSoup((out / href).read_text("utf-8"), "html.parser")
        assert article.select_one("div.ca-annotate")["data-article"] == aid
        assert article.find("a", href="../index.html") is not None
        assert article.select("div.ca-text span.ca-m")


def test_a_failing_notebook_is_named_with_its_cell_and_nothing_is_written(tmp_path, capsys):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {
        "name": "python3", "display_name": "Python 3", "language": "python"}})
    nb.cells = [nbformat.v4.new_markdown_cell("# Fails"),
                nbformat.v4.new_code_cell('corpus = "../seeds"', metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("from pathlib import Path\nassert Path(corpus).is_dir()"),
                nbformat.v4.new_code_cell("# the third code cell\nraise ValueError('no\\nluck')")]
    nbformat.write(nb, folder / "01_fails.ipynb")
    before = (folder / "01_fails.ipynb").read_bytes()
    out = tmp_path / "out"
    status = main(["report", "--corpus", str(SECOND), "--out", str(out),
                   "--notebooks", str(folder)])
    err = capsys.readouterr().err
    assert status == 1
    problems = [line for line in err.splitlines()
                if not line.startswith("coverage-analysis report: ")]
    assert problems == ["coverage-analysis: notebook 01_fails.ipynb failed in cell 4 "
                        "(raise ValueError('no\\nluck')): ValueError: no luck"]
    assert "Traceback" not in err
    assert not out.exists()
    assert (folder / "01_fails.ipynb").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["01_fails.ipynb"]


def test_where_the_notebooks_and_the_report_go(tmp_path, capsys):
    assert default_notebooks() == NOTEBOOKS
    assert default_out(SECOND) == Path("reports") / "second_study"
    assert page_name("a/b c") == "a_b_c.html" and page_name("000") == "000.html"
    status = main(["report", "--corpus", str(SECOND), "--out", str(tmp_path / "out"),
                   "--notebooks", str(tmp_path / "nowhere")])
    assert status == 2
    assert capsys.readouterr().err.strip() == (
        f"coverage-analysis: notebooks folder not found: {tmp_path / 'nowhere'}")
    assert not (tmp_path / "out").exists()


def test_a_notebook_without_a_parameters_cell_is_refused(tmp_path, capsys):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell('corpus = "../seeds"')]
    nbformat.write(nb, folder / "01_untagged.ipynb")
    status = main(["report", "--corpus", str(SECOND), "--out", str(tmp_path / "out"),
                   "--notebooks", str(folder)])
    assert status == 2
    err = capsys.readouterr().err
    assert "01_untagged.ipynb" in err and "no cell tagged 'parameters'" in err
    assert "running" not in err and not (tmp_path / "out").exists()


def test_a_bad_corpus_stops_the_report_before_any_notebook_runs(tmp_path, capsys):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    status = main(["report", "--corpus", str(tmp_path), "--out", str(tmp_path / "out")])
    assert status == 2
    err = capsys.readouterr().err
    assert "bad.txt" in err and "running" not in err
