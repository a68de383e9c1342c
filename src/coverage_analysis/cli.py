"""Command line: ``coverage-analysis tables`` and ``coverage-analysis figures``.

Both read a corpus folder (``--corpus``, default ``seeds``) and write into
``--out``. Exit codes:

- 0: everything was written;
- 2: the input cannot be used (a bad article file, metadata, people or study
  file); one line per problem is printed on stderr and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from .corpus import (
    PROGRESS_MIN_ARTICLES,
    CorpusError,
    SkippedArticle,
    default_workers,
    load_corpus,
)
from .export import export_tables
from .people import PeopleError
from .study import StudyError

__all__ = ["main"]

#: Exit status for input that cannot be used.
EXIT_INPUT = 2


def _tables(args: argparse.Namespace) -> list[Path]:
    return export_tables(args.corpus, args.out, on_error=args.on_error, workers=args.workers,
                         progress=args.progress)


def _figures(args: argparse.Namespace) -> list[Path]:
    from .report.build import build_figures

    corpus = load_corpus(args.corpus, on_error=args.on_error, workers=args.workers,
                         progress=args.progress)
    return build_figures(corpus, Path(args.out), workers=args.workers)


def _add_common(parser: argparse.ArgumentParser, out: str) -> None:
    parser.add_argument("--corpus", "--seeds", dest="corpus", default="seeds", metavar="DIR",
                        help="corpus folder (default: seeds; --seeds is an alias)")
    parser.add_argument("--out", default=out, metavar="DIR", help=f"output folder (default: {out})")
    parser.add_argument("--on-error", choices=("stop", "skip"), default="stop",
                        help="bad article files: stop with an error (default) or skip each, "
                             "naming it on stderr, and analyse the rest")
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
        epilog="Exit status: 0 written; 2 the input cannot be used (nothing written).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    tables = sub.add_parser("tables", help="write the five corpus tables as CSV")
    _add_common(tables, "tables")
    tables.set_defaults(run=_tables)
    figures = sub.add_parser("figures", help="write every figure, its data and the summaries")
    _add_common(figures, "figures")
    figures.set_defaults(run=_figures)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (see the module docstring)."""
    args = _parser().parse_args(argv)
    args.on_error = {"stop": "raise", "skip": "skip"}[args.on_error]
    args.progress = False if args.quiet else None
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", SkippedArticle)
            written = args.run(args)
        for warning in caught:
            if issubclass(warning.category, SkippedArticle):
                print(f"coverage-analysis: {warning.message}", file=sys.stderr)
            else:
                warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                       warning.lineno)
    except CorpusError as err:
        print(f"coverage-analysis: cannot read the corpus:\n{err}", file=sys.stderr)
        return EXIT_INPUT
    except (PeopleError, StudyError) as err:
        print(f"coverage-analysis: {err}", file=sys.stderr)
        return EXIT_INPUT
    print(f"wrote {len(written)} files to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
