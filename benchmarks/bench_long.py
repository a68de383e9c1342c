"""Benchmark: one long article, at several lengths.

Builds single-article corpora of about 10 thousand, 100 thousand, 1 million
and 5 million characters by concatenating the article text of the seeds
(every line the seeds' tables mark as article text, except their titles),
part after part under a "Part N" heading, each part starting at a different
line of the seeds so that the article is not one block repeated verbatim.
Each size is timed in a fresh process (``load_corpus`` on the folder, after
a warm-up call on the seeds), and the time per million characters is printed:
if the cost is linear in an article's length, that column is flat.

Usage: python benchmarks/bench_long.py [--sizes 10000 100000 1000000 5000000]
       [--timeout 600] [--profile SIZE]

``--profile SIZE`` runs one size under cProfile in this process and prints
the functions that take the most time.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DEFAULT_SIZES = [10_000, 100_000, 1_000_000, 5_000_000]


def seed_lines() -> list[str]:
    """The seeds' lines of article text, titles left out, in reading order."""
    from coverage_analysis import load_corpus

    pars = load_corpus(SEEDS).paragraphs
    keep = pars[pars["is_article_text"] & (pars["role"] != "title")]
    return list(keep["text"])


def make_article(n_chars: int) -> str:
    """An article of at most ``n_chars`` characters (and nearly that many)."""
    lines = seed_lines()
    out = ["A long article made of the seed articles", ""]
    size = sum(len(s) + 1 for s in out)
    part = 0
    while True:
        part += 1
        shift = (7 * part) % len(lines)
        block = [f"Part {part}", ""]
        for text in lines[shift:] + lines[:shift]:
            block += [text, ""]
        for line in block:
            if size + len(line) + 1 > n_chars:
                return "\n".join(out) + "\n"
            out.append(line)
            size += len(line) + 1


def make_corpus(folder: Path, n_chars: int) -> int:
    """Write a one-article corpus of about ``n_chars`` characters; return its length."""
    text = make_article(n_chars)
    (folder / "long.txt").write_text(text, encoding="utf-8")
    (folder / "people.toml").write_text(
        (SEEDS / "people.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "articles.csv").write_text(
        "article_id,file,genre\nlong,long.txt,profile\n", encoding="utf-8"
    )
    return len(text)


def run_child(n_chars: int) -> dict:
    """Time ``load_corpus`` on a one-article corpus of ``n_chars`` characters."""
    from coverage_analysis import load_corpus

    load_corpus(SEEDS)  # warm: imports, compiled patterns
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        chars = make_corpus(folder, n_chars)
        start = time.perf_counter()
        corpus = load_corpus(folder)
        elapsed = time.perf_counter() - start
    return {
        "chars": chars,
        "seconds": elapsed,
        "sentences": len(corpus.sentences),
        "quotes": len(corpus.quotes),
        "mentions": len(corpus.mentions),
    }


def profile(n_chars: int, top: int = 30) -> None:
    """Run one size under cProfile and print the most expensive functions."""
    from coverage_analysis import load_corpus

    load_corpus(SEEDS)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        chars = make_corpus(folder, n_chars)
        profiler = cProfile.Profile()
        profiler.enable()
        load_corpus(folder)
        profiler.disable()
    print(f"{chars:,} characters")
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=DEFAULT_SIZES)
    parser.add_argument("--timeout", type=float, default=600, help="seconds per size")
    parser.add_argument("--profile", type=int, metavar="SIZE", help="profile one size")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child)))
        return
    if args.profile:
        profile(args.profile)
        return
    print(f"{'chars':>10} {'seconds':>9} {'s per 1M chars':>15} "
          f"{'sentences':>10} {'quotes':>7} {'mentions':>9}")
    for n in args.sizes:
        try:
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(n)],
                check=True,
                capture_output=True,
                text=True,
                timeout=args.timeout,
            ).stdout
        except subprocess.TimeoutExpired:
            print(f"{n:>10,} did not finish in {args.timeout:.0f} s", flush=True)
            continue
        r = json.loads(out)
        print(
            f"{r['chars']:>10,} {r['seconds']:>9.2f} {r['seconds'] / r['chars'] * 1e6:>15.2f} "
            f"{r['sentences']:>10,} {r['quotes']:>7,} {r['mentions']:>9,}",
            flush=True,
        )


if __name__ == "__main__":
    main()
