"""Command line: ``coverage-analysis tables``, ``figures`` and ``report``.

Each reads a corpus folder (``--corpus``, default ``seeds``) and writes into
``--out``. ``report`` runs the notebooks on the corpus and writes an HTML
report with an annotated page per article (see
:mod:`coverage_analysis.report.html`), by default into
``reports/<corpus folder name>``. Exit codes:

- 0: everything was written;
- 1: a notebook failed (one line names the notebook, the cell and the
  error) or an optional dependency is missing; nothing is written;
- 2: the input cannot be used (a bad article file, metadata, people or study
  file, no notebooks folder, or an output folder that cannot be written);
  one line per problem is printed on stderr and nothing is written;
- 130 (Ctrl-C) or 143 (SIGTERM): interrupted; the output folder is as it was.

Warnings about the input (an unknown key, an unlisted file, a skipped
article) are printed on stderr too, one line each.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from .corpus import PROGRESS_MIN_ARTICLES, default_workers, load_corpus
from .errors import InputError, InputWarning, SkippedArticle
from .export import FORMATS, MissingExtra, export_tables
from .output import check_output_folder
from .reading import MAX_ARTICLE_CHARS
from .report.html import ReportError

__all__ = ["main"]

#: Exit status for input that cannot be used.
EXIT_INPUT = 2
#: Exit status for a run that failed (a notebook, a missing optional dependency).
EXIT_FAILED = 1
#: Exit status after Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130
_PROG = "coverage-analysis"


def _tables(args: argparse.Namespace) -> list[Path]:
    return export_tables(args.corpus, args.out, on_error=args.on_error,
                         max_chars=args.max_chars, format=args.format,
                         workers=args.workers, progress=args.progress)


def _figures(args: argparse.Namespace) -> list[Path]:
    from .report.build import build_figures

    corpus = load_corpus(args.corpus, on_error=args.on_error, max_chars=args.max_chars,
                         workers=args.workers, progress=args.progress)
    return build_figures(corpus, Path(args.out), workers=args.workers)


#: Modules the report needs beyond the library's own dependencies.
_REPORT_MODULES = {"papermill", "nbconvert", "nbformat", "nbclient", "bs4", "jinja2", "ipykernel"}


def _run_report(args: argparse.Namespace) -> list[Path]:
    from .report.html import build_report

    def progress(message: str) -> None:
        print(f"{_PROG} report: {message}", file=sys.stderr, flush=True)

    try:
        return build_report(args.corpus, args.out, notebooks=args.notebooks,
                            show_code=args.show_code, progress=progress)
    except ImportError as err:
        if err.name not in _REPORT_MODULES:
            raise
        raise MissingExtra(f"the report needs the [report] extra (no module {err.name!r}): "
                           "pip install 'coverage_analysis[report]'") from None


def _max_chars(value: str) -> int | None:
    if value.lower() == "none":
        return None
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


def _add_common(parser: argparse.ArgumentParser, out: str) -> None:
    parser.add_argument("--corpus", "--seeds", dest="corpus", default="seeds", metavar="DIR",
                        help="corpus folder (default: seeds; --seeds is an alias)")
    parser.add_argument("--out", default=out, metavar="DIR", help=f"output folder (default: {out})")
    parser.add_argument("--on-error", choices=("stop", "skip"), default="stop",
                        help="bad article files: stop with an error (default) or skip each, "
                             "naming it on stderr, and analyse the rest")
    parser.add_argument("--max-chars", type=_max_chars, default=MAX_ARTICLE_CHARS, metavar="N",
                        help="longest article accepted, in characters, or 'none' "
                             f"(default: {MAX_ARTICLE_CHARS:_})")
    parser.add_argument("--workers", type=_positive, default=default_workers(), metavar="N",
                        help="processes analysing articles (default: the number of cores, "
                             f"{default_workers()} here); the output is the same for any N")
    parser.add_argument("--quiet", action="store_true",
                        help="no progress bar (there is none either when stderr is not a "
                             f"terminal or there are {PROGRESS_MIN_ARTICLES} articles or fewer)")


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {number}")
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coverage-analysis",
        description="Tables and figures of how a set of articles covers its subjects.",
        epilog="Exit status: 0 written; 1 a notebook failed or a dependency is missing; "
               "2 the input or output folder cannot be used (nothing written in either "
               "case); 130 interrupted.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    tables = sub.add_parser("tables", help="write the five corpus tables as CSV or Parquet")
    _add_common(tables, "tables")
    tables.add_argument("--format", choices=FORMATS, default="csv",
                        help="csv (default) or parquet (typed columns; needs pyarrow, "
                             "the [parquet] extra)")
    tables.set_defaults(run=_tables)
    figures = sub.add_parser("figures", help="write every figure, its data and the summaries")
    _add_common(figures, "figures")
    figures.set_defaults(run=_figures)
    report = sub.add_parser(
        "report", help="run the notebooks on the corpus and write one HTML report, "
                       "with an annotated page per article")
    report.add_argument("--corpus", "--seeds", dest="corpus", default="seeds", metavar="DIR",
                        help="corpus folder (default: seeds; --seeds is an alias)")
    report.add_argument("--out", default=None, metavar="DIR",
                        help="output folder (default: reports/<corpus folder name>)")
    report.add_argument("--notebooks", default=None, metavar="DIR",
                        help="folder of the notebooks to run (default: notebooks/ of the "
                             "project this package is installed from)")
    report.add_argument("--show-code", action="store_true",
                        help="show the notebooks' code in the report (hidden by default)")
    report.set_defaults(run=_run_report, on_error="stop")
    return parser


def _say(lines: str, prefix: str = "") -> None:
    for line in lines.splitlines() or [""]:
        print(f"{_PROG}: {prefix}{line}", file=sys.stderr)


def _report(caught: list[warnings.WarningMessage]) -> None:
    """Print the input warnings one line each; pass any other warning on."""
    for warning in caught:
        if issubclass(warning.category, SkippedArticle):
            _say(str(warning.message))
        elif issubclass(warning.category, InputWarning):
            _say(str(warning.message), "warning: ")
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                   warning.lineno)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (see the module docstring)."""
    args = _parser().parse_args(argv)
    args.on_error = {"stop": "raise", "skip": "skip"}[args.on_error]
    args.progress = False if getattr(args, "quiet", False) else None
    if args.out is None:  # the report's default depends on the corpus
        from .report.html import default_out

        args.out = str(default_out(args.corpus))
    status, problem = 0, ""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        try:
            check_output_folder(args.out)
            written = args.run(args)
        except InputError as err:
            status, problem = EXIT_INPUT, str(err)
        except (ReportError, MissingExtra) as err:
            status, problem = EXIT_FAILED, str(err)
        except KeyboardInterrupt:
            status, problem = EXIT_INTERRUPTED, "interrupted"
    _report(caught)
    if status:
        _say(problem)
        return status
    print(f"wrote {len(written)} files to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
