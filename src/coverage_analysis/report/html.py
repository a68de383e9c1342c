"""The report people read in a browser: the notebooks run on a corpus, as one HTML page.

:func:`build_report` (the ``coverage-analysis report`` command):

1. loads the corpus (a bad corpus stops here, before anything runs);
2. copies the notebooks folder to a temporary folder and runs every
   ``NN_name.ipynb`` in it, in name order, with papermill, setting the
   ``corpus`` variable of the cell tagged ``parameters`` to the corpus folder
   (the committed notebooks are never touched);
3. renders one self-contained page with nbconvert: the study's title, the
   findings of :func:`~coverage_analysis.report.findings.findings`, a table
   of contents, the list of articles, then every notebook's text, tables and
   figures (PNG embedded as base64), code hidden unless asked for; nothing in
   it is fetched from the network;
4. renders an annotated page per article
   (:func:`~coverage_analysis.report.annotate.annotate_page`);
5. only then writes ``index.html`` and ``articles/<id>.html``, into a
   staging folder that replaces the output folder whole
   (:func:`~coverage_analysis.output.staged_folder`).

A notebook that fails stops the run with a :class:`ReportError` naming the
notebook, the cell and the error; a missing notebooks folder with a
:class:`NotebooksError` (an :class:`~coverage_analysis.errors.InputError`).
Either way nothing is written.
"""

from __future__ import annotations

import html
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..corpus import Corpus, load_corpus
from ..errors import InputError
from ..output import staged_folder
from ..schema import SPEECH_KINDS
from .annotate import annotate_page, color_of
from .findings import findings

__all__ = [
    "NotebooksError",
    "ReportError",
    "build_report",
    "default_notebooks",
    "default_out",
    "execute_notebooks",
    "page_name",
    "render_report",
]

#: Folder the report is written into by default, under the working folder.
REPORTS_DIR = Path("reports")
#: Seconds one notebook cell may run before the report gives up on it.
CELL_TIMEOUT = 900

Progress = Callable[[str], None]


class ReportError(RuntimeError):
    """A notebook failed; the message is one line naming the notebook, the cell and the error."""


class NotebooksError(InputError):
    """No notebooks to run: the folder is missing or holds no ``*.ipynb``."""


def _quiet(message: str) -> None:
    """Progress sink that says nothing."""


def default_notebooks() -> Path | None:
    """The ``notebooks/`` folder of the source checkout this package runs from, if any.

    That is the folder beside ``src/`` in a checkout (an editable install);
    an installed wheel has none, and the notebooks must be passed explicitly.
    """
    root = Path(__file__).resolve().parents[3]
    folder = root / "notebooks"
    if (root / "pyproject.toml").is_file() and folder.is_dir():
        return folder
    return None


def default_out(corpus_path: Path | str) -> Path:
    """``reports/<corpus folder name>``, relative to the working folder."""
    return REPORTS_DIR / Path(corpus_path).resolve().name


def page_name(article_id: str) -> str:
    """File name of an article's annotated page: its id, made safe for a file name."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", str(article_id)).lstrip(".")
    return f"{safe or 'article'}.html"


# ---------------------------------------------------------------- execute

def _notebook_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("."))


def _one_line(text: object, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _failed_cell(err, nb_path: Path) -> str:
    """Where a papermill error happened, counted in the notebook as committed (1-based)."""
    import nbformat

    index = err.cell_index  # counted before papermill adds its error banner cells
    if nb_path.exists():
        cells = [c for c in nbformat.read(nb_path, as_version=4).cells
                 if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]
        index -= sum(1 for c in cells[:index]
                     if "injected-parameters" in c.metadata.get("tags", []))
    first = next((line for line in str(err.source).splitlines()
                  if line.strip() and not line.lstrip().startswith("#")), "")
    return f"cell {index + 1}" + (f" ({_one_line(first, 60)})" if first else "")


def execute_notebooks(notebooks: Path | str, corpus_path: Path | str,
                      progress: Progress = _quiet) -> list[tuple[str, object]]:
    """Run every notebook of a folder on a corpus, in a temporary copy of the folder.

    Parameters
    ----------
    notebooks : path-like
        Folder holding ``*.ipynb`` files whose cell tagged ``parameters``
        sets ``corpus`` (the papermill convention).
    corpus_path : path-like
        The corpus folder, handed to every notebook as an absolute path.
    progress : callable, optional
        Called with one line of text per step.

    Returns
    -------
    list of (str, NotebookNode)
        Each notebook's file name and the notebook with its outputs.

    Raises
    ------
    NotebooksError
        If the folder holds no notebook, or a notebook has no cell tagged
        ``parameters`` (papermill would put the corpus at the top, where the
        notebook's own ``corpus = ...`` would then override it).
    ReportError
        Naming the notebook, the cell and the error, if one fails.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    source = Path(notebooks)
    files = _notebook_files(source)
    if not files:
        raise NotebooksError(f"no notebooks (*.ipynb) in {source}")
    untagged = [p.name for p in files if not _has_parameters(p)]
    if untagged:
        raise NotebooksError(
            f"{', '.join(untagged)} in {source}: no cell tagged 'parameters', so the corpus "
            "cannot be set (tag the cell that sets corpus = \"...\")")
    corpus_arg = str(Path(corpus_path).resolve())
    executed = []
    with tempfile.TemporaryDirectory(prefix="coverage-report-") as tmp:
        work = Path(tmp) / "notebooks"
        shutil.copytree(source, work, ignore=shutil.ignore_patterns(
            ".ipynb_checkpoints", "__pycache__", "*.tmp"))
        for number, path in enumerate(_notebook_files(work), 1):
            output = work / f".{path.stem}.executed.ipynb"
            progress(f"running {path.name} ({number}/{len(files)})")
            began = time.perf_counter()
            kernel = _kernel_name(path)
            try:
                nb = papermill.execute_notebook(
                    str(path), str(output), parameters={"corpus": corpus_arg},
                    kernel_name=kernel, cwd=str(work), progress_bar=False, log_output=False,
                    execution_timeout=CELL_TIMEOUT,
                    # ipykernel logs to stderr about its local TCP transport at every start,
                    # and at ERROR level when a slow shutdown is sped up with an interrupt;
                    # a cell's own error reaches us through the executed notebook instead
                    extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
                )
            except PapermillExecutionError as err:
                raise ReportError(
                    f"notebook {path.name} failed in {_failed_cell(err, output)}: "
                    f"{err.ename}: {_one_line(err.evalue)}") from None
            except Exception as err:  # the kernel died, timed out or would not start
                raise ReportError(f"notebook {path.name} could not be run: "
                                  f"{type(err).__name__}: {_one_line(err)}") from None
            progress(f"ran {path.name} in {time.perf_counter() - began:.1f} s")
            executed.append((path.name, nb))
    return executed


def _has_parameters(path: Path) -> bool:
    import nbformat

    return any("parameters" in cell.metadata.get("tags", [])
               for cell in nbformat.read(path, as_version=4).cells)


def _kernel_name(path: Path) -> str:
    import nbformat

    meta = nbformat.read(path, as_version=4).metadata
    return meta.get("kernelspec", {}).get("name") or "python3"


# ----------------------------------------------------------------- render

_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}<style type="text/css">{{ resources.report_css }}</style>
{%- endblock extra_css -%}
{%- block body_header -%}{{ super() }}{{ resources.report_header }}{%- endblock body_header -%}
{%- block body_footer -%}{{ resources.report_footer }}{{ super() }}{%- endblock body_footer -%}
"""

_CSS = """
main { max-width: 1100px; margin: 0 auto; padding: 1em 2em 4em; }
.ca-head, .ca-section { font-family: var(--jp-content-font-family, system-ui, sans-serif);
  color: var(--jp-content-font-color1, #222); }
.ca-head h1, .ca-section h2 { font-weight: 500; }
.ca-head h1 { font-size: 2em; margin: .3em 0 .1em; }
.ca-head .ca-sub { color: #555; margin: 0 0 1.2em; }
.ca-section { font-size: var(--jp-content-font-size1, 14px); line-height: 1.5;
  margin: 0 0 2em; }
.ca-section h2, .jp-MarkdownOutput h2 { border-top: 2px solid #ddd; padding-top: .6em;
  margin-top: 1.6em; }
.ca-findings ul { padding-left: 1.2em; }
.ca-findings li { margin: .35em 0; }
.ca-topic { font-weight: 600; margin: .9em 0 .2em; text-transform: capitalize; }
.ca-source { color: #888; font-size: .85em; white-space: nowrap; }
.ca-toc > ol { columns: 2 22em; column-gap: 2em; }
.ca-toc > ol > li { break-inside: avoid; }
.ca-toc ol { padding-left: 1.4em; margin: .2em 0; }
.ca-toc li { margin: .1em 0; }
.ca-toc a, .ca-articles a { color: #0b62a4; text-decoration: none; }
.ca-toc a:hover, .ca-articles a:hover { text-decoration: underline; }
.ca-articles table { border-collapse: collapse; }
.ca-articles td, .ca-articles th { padding: .25em .8em .25em 0; text-align: left;
  border-bottom: 1px solid #eee; vertical-align: top; }
.ca-articles td.n { text-align: right; font-variant-numeric: tabular-nums; }
.ca-swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px;
  margin-right: .3em; vertical-align: -.05em; }
.jp-RenderedImage img { max-width: 100%; height: auto; }
@media (min-width: 1500px) {
  .ca-toc > ol { columns: auto; }
  .ca-toc { position: fixed; top: 1em; left: 1em; width: 15em; max-height: calc(100vh - 2em);
    overflow-y: auto; font-size: 13px; padding: .5em; border-right: 1px solid #eee; }
  .ca-toc h2 { border-top: none; padding-top: 0; margin-top: 0; }
}
"""


def _demote_headings(source: str) -> str:
    """Markdown with every ATX heading one level deeper, outside code fences."""
    out, fenced = [], False
    for line in source.splitlines(keepends=True):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and re.match(r"#{1,5}\s", line):
            line = "#" + line
        out.append(line)
    return "".join(out)


def _merge(executed: list[tuple[str, object]], title: str):
    """One notebook of every notebook's cells, headings one level down, parameters left out."""
    import nbformat

    merged = nbformat.v4.new_notebook()
    if executed:
        merged.metadata = dict(executed[0][1].metadata)
    merged.metadata.pop("papermill", None)
    merged.metadata["title"] = title
    for _, nb in executed:
        for cell in nb.cells:
            tags = cell.metadata.get("tags", [])
            if {"parameters", "injected-parameters", "papermill-error-cell-tag"} & set(tags):
                continue
            cell = nbformat.from_dict(cell)
            if cell.cell_type == "markdown":
                cell.source = _demote_headings(cell.source)
            merged.cells.append(cell)
    return merged


def _findings_html(corpus: Corpus) -> str:
    table = findings(corpus)
    parts = ['<section class="ca-section ca-findings"><h2>Findings</h2>',
             "<p>What the measures show, stated from the numbers computed on this corpus "
             "(nothing here is typed in by hand); the name after each is the figure or table "
             "to check it against.</p>"]
    for topic, rows in table.groupby("topic", sort=False):
        parts.append(f'<p class="ca-topic">{html.escape(str(topic))}</p><ul>')
        parts += [f"<li>{html.escape(str(r.finding))} "
                  f'<span class="ca-source">({html.escape(str(r.source))})</span></li>'
                  for r in rows.itertuples(index=False)]
        parts.append("</ul>")
    parts.append("</section>")
    return "".join(parts)


def _articles_html(corpus: Corpus, pages: dict[str, str]) -> str:
    study = corpus.study
    quotes = corpus.quotes[corpus.quotes["kind"].isin(SPEECH_KINDS)]
    people = list(study.compare)
    head = ("<tr><th>article</th><th>title</th><th>outlet</th><th>genre</th>"
            '<th class="n">words</th><th class="n">speech quotes</th>'
            + "".join(f'<th class="n"><span class="ca-swatch" style="background: '
                      f'{html.escape(color_of(study, p))};"></span>mentions of '
                      f"{html.escape(study.name(p))}</th>" for p in people)
            + "</tr>")
    rows = []
    for a in corpus.articles.itertuples(index=False):
        aid = a.article_id
        mentions = corpus.mentions[corpus.mentions["article_id"] == aid]["entity"]
        cells = [
            f'<td><a href="articles/{html.escape(pages[aid])}">{html.escape(aid)}</a></td>',
            f"<td>{html.escape(a.title or '')}</td>", f"<td>{html.escape(a.outlet or '')}</td>",
            f"<td>{html.escape(a.genre or '')}</td>", f'<td class="n">{int(a.n_words)}</td>',
            f'<td class="n">{int((quotes["article_id"] == aid).sum())}</td>',
        ] + [f'<td class="n">{int((mentions == p).sum())}</td>' for p in people]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<section class="ca-section ca-articles"><h2>Articles</h2>'
            "<p>Each article's own text, with every quotation, mention of a person and "
            "non-article line marked: follow the link.</p>"
            f"<table>{head}{''.join(rows)}</table></section>")


def _add_toc(page: str) -> str:
    """Fill the table of contents from the page's h2 and h3 headings.

    Each heading gets a plain, unique id made from its text (nbconvert's ids
    repeat across notebooks and hold percent-escapes), and its anchor link follows.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "html.parser")
    nav = soup.find("nav", id="ca-toc")
    if nav is None:
        return page
    seen: set[str] = set()
    top: list[tuple[object, list]] = []
    for heading in soup.find_all(["h2", "h3"]):
        if heading.find_parent("nav") is not None or heading.find_parent(
                class_="jp-OutputArea") is not None:  # only the text's own sections
            continue
        text = heading.get_text().rstrip("¶").strip()
        base = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "section"
        ident, n = base, 1
        while ident in seen:
            n += 1
            ident = f"{base}-{n}"
        seen.add(ident)
        heading["id"] = ident
        for link in heading.find_all("a", class_="anchor-link"):
            link["href"] = f"#{ident}"
        if heading.name == "h2" or not top:
            top.append(((ident, text), []))
        else:
            top[-1][1].append((ident, text))
    items = []
    for (ident, text), children in top:
        sub = ("<ol>" + "".join(f'<li><a href="#{html.escape(i)}">{html.escape(t)}</a></li>'
                                for i, t in children) + "</ol>") if children else ""
        items.append(f'<li><a href="#{html.escape(ident)}">{html.escape(text)}</a>{sub}</li>')
    nav.append(BeautifulSoup("<h2>Contents</h2><ol>" + "".join(items) + "</ol>", "html.parser"))
    return str(soup)


def render_report(corpus: Corpus, executed: list[tuple[str, object]],
                  pages: dict[str, str] | None = None, show_code: bool = False) -> str:
    """The report page: title, findings, contents, articles, then the notebooks.

    Parameters
    ----------
    corpus : Corpus
        The corpus the notebooks ran on (title, findings and article list).
    executed : list of (str, NotebookNode)
        Output of :func:`execute_notebooks`.
    pages : dict, optional
        File name of each article's annotated page, under ``articles/``
        (default: :func:`page_name` of each id).
    show_code : bool
        Show the notebooks' code cells (hidden by default).

    Returns
    -------
    str
        A whole HTML document that needs nothing but itself.
    """
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    pages = pages or {aid: page_name(aid) for aid in corpus.articles["article_id"]}
    title = corpus.study.title
    n = len(corpus.articles)
    header = (
        '<header class="ca-head">'
        f"<h1>{html.escape(title)}</h1>"
        f'<p class="ca-sub">{n} article{"s" if n != 1 else ""} · '
        f"{len(executed)} notebooks run on this corpus by <code>coverage-analysis report</code>"
        f"{'' if show_code else ' (code hidden)'}</p></header>"
        + _findings_html(corpus)
        + '<nav class="ca-section ca-toc" id="ca-toc"></nav>'
        + _articles_html(corpus, pages)
    )
    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[DictLoader({"coverage_report.html.j2": _TEMPLATE})],
        template_file="coverage_report.html.j2",
        exclude_input=not show_code, exclude_input_prompt=True, exclude_output_prompt=True,
        embed_images=True, anchor_link_text="¶",
    )
    body, _ = exporter.from_notebook_node(_merge(executed, title), resources={
        "report_css": _CSS, "report_header": header, "report_footer": "",
        "metadata": {"name": title},
    })
    return _add_toc(body)


# ------------------------------------------------------------------ build

def build_report(corpus_path: Path | str, out: Path | str | None = None,
                 notebooks: Path | str | None = None, show_code: bool = False,
                 progress: Progress = _quiet) -> list[Path]:
    """Run the notebooks on a corpus and write the HTML report and the annotated articles.

    Parameters
    ----------
    corpus_path : path-like
        The corpus folder.
    out : path-like, optional
        Folder to write into (default :func:`default_out`); nothing is written
        unless every notebook ran.
    notebooks : path-like, optional
        The notebooks folder (default :func:`default_notebooks`).
    show_code : bool
        Show the notebooks' code in the report.
    progress : callable, optional
        Called with one line of text per step.

    Returns
    -------
    list of Path
        ``articles/<id>.html`` for every article, then ``index.html``.

    Raises
    ------
    NotebooksError
        If the notebooks folder is missing or holds no notebook.
    ReportError
        If a notebook fails.
    InputError
        If the corpus or the output folder cannot be used.
    """
    folder = Path(notebooks) if notebooks is not None else default_notebooks()
    if folder is None:
        raise NotebooksError("cannot find the notebooks: this installation has no notebooks/ "
                             "folder beside its project; pass --notebooks DIR")
    if not folder.is_dir():
        raise NotebooksError(f"notebooks folder not found: {folder}")
    out = Path(out) if out is not None else default_out(corpus_path)
    progress(f"loading the corpus in {corpus_path}")
    corpus = load_corpus(corpus_path)
    executed = execute_notebooks(folder, corpus_path, progress)
    progress("rendering the report")
    ids = list(corpus.articles["article_id"])
    pages = _unique_pages(ids)
    rendered = {}
    for i, aid in enumerate(ids):
        links = {"← report": "../index.html"}
        if i:
            links[f"previous: {ids[i - 1]}"] = pages[ids[i - 1]]
        if i + 1 < len(ids):
            links[f"next: {ids[i + 1]}"] = pages[ids[i + 1]]
        rendered[Path("articles") / pages[aid]] = annotate_page(corpus, aid, links)
    rendered[Path("index.html")] = render_report(corpus, executed, pages, show_code)
    with staged_folder(out) as staging:
        for name, text in rendered.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_text(text, encoding="utf-8")
    progress(f"wrote {out / 'index.html'} and {len(ids)} annotated articles")
    return [out / name for name in rendered]


def _unique_pages(ids: list[str]) -> dict[str, str]:
    pages: dict[str, str] = {}
    used: set[str] = set()
    for aid in ids:
        name = page_name(aid)
        stem, n = name[:-5], 1
        while name in used:
            n += 1
            name = f"{stem}-{n}.html"
        used.add(name)
        pages[aid] = name
    return pages

