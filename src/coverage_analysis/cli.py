"""Command line: ``coverage-analysis tables`` and ``coverage-analysis figures``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .corpus import CorpusError, load_corpus
from .export import export_tables

__all__ = ["main"]


def _tables(args: argparse.Namespace) -> list[Path]:
    return export_tables(args.seeds, args.out)


def _figures(args: argparse.Namespace) -> list[Path]:
    from .figures import build_figures

    corpus = load_corpus(args.seeds)
    return build_figures(corpus, Path(args.out))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coverage-analysis",
        description="Tables and figures of how a set of articles covers its subject.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    tables = sub.add_parser("tables", help="write the five corpus tables as CSV")
    tables.add_argument("--seeds", default="seeds", help="corpus folder (default: seeds)")
    tables.add_argument("--out", default="tables", help="output folder (default: tables)")
    tables.set_defaults(run=_tables)
    figures = sub.add_parser("figures", help="regenerate every figure and its data in figures/")
    figures.add_argument("--seeds", default="seeds", help="corpus folder (default: seeds)")
    figures.add_argument("--out", default="figures", help="output folder (default: figures)")
    figures.set_defaults(run=_figures)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (2 for unreadable input)."""
    args = _parser().parse_args(argv)
    try:
        written = args.run(args)
    except CorpusError as err:
        print(f"coverage-analysis: cannot read the corpus:\n{err}", file=sys.stderr)
        return 2
    print(f"wrote {len(written)} files to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
