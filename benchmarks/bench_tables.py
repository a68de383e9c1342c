"""Benchmark: building the corpus tables.

Prints, for the seeds, the time to build all five tables in memory (after
import), and for synthetic corpora of 1,000 and 10,000 articles (copies of
the seeds under new names) the time per article and the peak resident memory
of streaming them to CSV with ``export_tables``. Each size runs in a fresh
process so that peak memory is its own.

Usage: python benchmarks/bench_tables.py [--sizes 1000 10000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def make_corpus(folder: Path, n: int) -> None:
    """Write ``n`` articles cycling through the seeds, with metadata and people file."""
    with open(SEEDS / "articles.csv", encoding="utf-8") as handle:
        seeds = list(csv.DictReader(handle))
    shutil.copy(SEEDS / "people.toml", folder / "people.toml")
    rows = []
    for i in range(n):
        seed = seeds[i % len(seeds)]
        name = f"{i:06d}.txt"
        shutil.copy(SEEDS / seed["file"], folder / name)
        rows.append({**seed, "article_id": f"{i:06d}", "file": name})
    with open(folder / "articles.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def peak_rss_mib() -> float:
    """Peak resident set size of this process, in MiB (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def run_child(n: int) -> dict:
    """Build and stream the tables of an ``n``-article corpus; report figures."""
    from coverage_analysis.export import export_tables

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        make_corpus(corpus, n)
        base = peak_rss_mib()
        start = time.perf_counter()
        export_tables(corpus, Path(tmp) / "out")
        elapsed = time.perf_counter() - start
    return {
        "articles": n,
        "seconds": elapsed,
        "ms_per_article": 1000 * elapsed / n,
        "peak_rss_mib": peak_rss_mib(),
        "rss_before_mib": base,
    }


def bench_seeds(repeat: int) -> None:
    from coverage_analysis import load_corpus

    load_corpus(SEEDS)  # warm: imports, compiled patterns
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        load_corpus(SEEDS)
        times.append(time.perf_counter() - start)
    print(
        "seeds (4 articles), all five tables in memory: "
        f"median {1000 * statistics.median(times):.1f} ms, "
        f"min {1000 * min(times):.1f} ms over {repeat} runs"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child)))
        return
    bench_seeds(args.repeat)
    print(f"{'articles':>9} {'total s':>9} {'ms/article':>11} {'peak RSS MiB':>13}")
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(n)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(out)
        print(
            f"{r['articles']:>9} {r['seconds']:>9.2f} {r['ms_per_article']:>11.2f} "
            f"{r['peak_rss_mib']:>13.1f}"
        )


if __name__ == "__main__":
    main()
