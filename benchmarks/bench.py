"""Benchmark: the whole analysis (tables and every measure), against VADER alone.

Prints, with progress on stderr:

1. Seeds (the four articles), in one process: the median time of reading and
   building the tables, of each measure and of all of them, and the ratio of
   tables plus measures to VADER alone on the same sentences.
2. Synthetic corpora of 100, 1,000 and 10,000 articles (``--sizes``), each
   made in a temporary folder by varying the seeds (shuffled body
   paragraphs and Q&A exchanges, swapped and replaced names: no two
   articles are the same text) and analysed in a fresh process with
   ``--workers`` processes (default: the cores): articles per second, time
   per article, peak memory (resident set of the main process and of the
   largest worker, and the peak of all of them at once with shared pages
   counted once), and whether the cost per article
   stays flat from the smallest size to the largest.
3. One long article of 10 KB, 100 KB and 1 MB (``--long-5mb`` adds 5 MB):
   time per character and per megabyte for the tables and for the measures,
   and how it grows with length (a cost per character that grows with the
   length means a cost that grows faster than the text).

Figures only: nothing is asserted.

Usage: python benchmarks/bench.py [--sizes 100 1000 10000] [--workers N]
       [--repeat 5] [--no-seeds] [--no-long] [--long-5mb] [--long-timeout 900]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import inspect
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

#: Names of people who are not in the people file, as the seeds spell them.
_MINOR = ("Cathy Shim", "Khaila Amazan", "Nicole Cabrera", "Selena Kuznikov")
_FIRST = ("Ada", "Ben", "Chloe", "Dev", "Eun", "Femi", "Gia", "Hugo", "Ines", "Jun", "Kai",
          "Lena", "Mo", "Nia", "Omar", "Pia", "Quinn", "Rui", "Sam", "Tess")
_LAST = ("Abe", "Bauer", "Cho", "Diaz", "Eze", "Fox", "Gill", "Hart", "Ito", "Jain", "Kerr",
         "Lund", "Mori", "Nash", "Ortiz", "Park", "Quist", "Roy", "Sato", "Teo")
_SWAP = ("Jee Young Han", "Yvette Nicole Brown")


def _seed_layout() -> list[dict]:
    """Each seed's metadata, text and the line numbers of its movable blocks."""
    from coverage_analysis import load_corpus

    corpus = load_corpus(SEEDS)
    with open(SEEDS / "articles.csv", encoding="utf-8") as handle:
        meta = list(csv.DictReader(handle))
    out = []
    for row in meta:
        raw = corpus.raw[row["article_id"]]
        pars = corpus.paragraphs[corpus.paragraphs["article_id"] == row["article_id"]]
        body = [int(p.line) - 1 for p in pars.itertuples() if p.role in ("body", "list_item")]
        blocks: list[list[int]] = []
        for p in pars.itertuples():
            if p.role == "question":
                blocks.append([int(p.line) - 1])
            elif p.role == "answer" and blocks:
                blocks[-1].append(int(p.line) - 1)
        out.append({"meta": row, "lines": raw.split("\n"), "body": body, "qa": blocks})
    return out


def _vary(seed: dict, rng: random.Random) -> str:
    lines = list(seed["lines"])
    body = seed["body"]
    for slot, source in zip(body, rng.sample(body, len(body)), strict=True):
        lines[slot] = seed["lines"][source]
    if seed["qa"]:
        slots = sorted(i for block in seed["qa"] for i in block)
        blocks = list(seed["qa"])
        rng.shuffle(blocks)
        for slot, source in zip(slots, [i for block in blocks for i in block], strict=True):
            lines[slot] = seed["lines"][source]
    text = "\n".join(lines)
    if rng.random() < 0.5:
        a, b = _SWAP
        text = text.replace(a, "\0").replace(b, a).replace("\0", b)
    for name in _MINOR:
        text = text.replace(name, f"{rng.choice(_FIRST)} {rng.choice(_LAST)}")
    return text


def make_corpus(folder: Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` distinct articles varied from the seeds into ``folder``; return it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("people.toml", "study.toml"):
        if (SEEDS / name).exists():
            shutil.copy(SEEDS / name, folder / name)
    seeds = _seed_layout()
    rng = random.Random(seed)
    seen: set[str] = set()
    rows = []
    for i in range(n):
        base = seeds[i % len(seeds)]
        for _ in range(100):
            text = _vary(base, rng)
            digest = hashlib.sha256(text.encode()).hexdigest()
            if digest not in seen:
                break
        seen.add(digest)
        name = f"{i:06d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append({**base["meta"], "article_id": f"{i:06d}", "file": name, "author": ""})
    with open(folder / "articles.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return folder


def make_long_article(folder: Path, n_chars: int, seed: int = 0) -> Path:
    """Write one article of about ``n_chars`` characters: a seed's title and many bodies."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEEDS / "people.toml", folder / "people.toml")
    seeds = _seed_layout()
    rng = random.Random(seed)
    first = seeds[0]
    head = "\n".join(first["lines"][: min(first["body"])])
    paragraphs = [s["lines"][i] for s in seeds for i in s["body"]]
    parts, size = [head], len(head)
    while size < n_chars:
        par = re.sub(r"\s+$", "", rng.choice(paragraphs))
        parts.append(par)
        size += len(par) + 2
    (folder / "long.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    with open(folder / "articles.csv", "w", encoding="utf-8", newline="") as handle:
        handle.write("article_id,file,genre\nlong,long.txt,review\n")
    return folder


# ------------------------------------------------------------------ helpers

def say(message: str) -> None:
    """Progress, on stderr."""
    print(message, file=sys.stderr, flush=True)


def median_ms(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def peak_mib(who: int) -> float:
    """Peak resident set size (Linux reports KiB): of this process, or its largest child."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def _pss_mib(pid: int) -> float:
    """Proportional set size of a process (Linux): private pages plus its part of shared ones."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


#: How many times its last sample's time the memory sampler waits before the next.
SAMPLER_WAIT = 19


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


class PeakMemory(threading.Thread):
    """Samples the memory this process and its workers hold together, at most 4 times a second.

    The sum of proportional set sizes counts a page shared by forked workers
    once, unlike the sum of their resident sets; it is what the machine
    gives the whole run. Zero where /proc does not say (not Linux).

    Reading a large process's page tables takes the kernel tens of
    milliseconds, on the cores the measured work needs: the sampler waits
    :data:`SAMPLER_WAIT` times as long as its last sample took, so that it
    spends at most about 5% of one core, and counts what it spent
    (``cpu_s``).
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0.0
        self.cpu_s = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        wait = 0.25
        while not self._done.wait(wait):
            start = time.thread_time()
            self.peak = max(self.peak, sum(map(_pss_mib, [me, *_children(me)])))
            spent = time.thread_time() - start
            self.cpu_s += spent
            wait = max(0.25, SAMPLER_WAIT * spent)

    def stop(self) -> float:
        self._done.set()
        self.join()
        return self.peak


def run_child(args: list[str], timeout: float | None = None) -> dict | None:
    """Run this script with ``args`` in a fresh process; its last stdout line is JSON."""
    try:
        out = subprocess.run([sys.executable, __file__, *args], check=True, text=True,
                             stdout=subprocess.PIPE, timeout=timeout).stdout
    except subprocess.TimeoutExpired:
        return None
    return json.loads(out.strip().splitlines()[-1])


# -------------------------------------------------------------------- seeds

def bench_seeds(repeat: int) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    import coverage_analysis as ca
    from coverage_analysis.measures import framing, readability, sentiment, space
    from coverage_analysis.measures.composition import role_words

    say("seeds: warming up (imports, compiled lexicons, word caches)")
    corpus = ca.load_corpus(SEEDS)
    ca.compute_measures(corpus)
    texts = corpus.sentences["text"].tolist()
    analyzer = SentimentIntensityAnalyzer()
    persons = list(corpus.study.compare)
    ids = corpus.articles["article_id"].tolist()
    scores = sentiment.score_sentences(corpus.sentences)
    counts = readability.sentence_counts(corpus.sentences)
    # Versions before the counts could be shared count again for the scores.
    shared = [counts] if "counts" in inspect.signature(readability.readability).parameters \
        else []
    person_space = space.person_space(corpus, persons)
    stages = {
        "VADER alone on the sentences": lambda: [analyzer.polarity_scores(t) for t in texts],
        "read + tables (load_corpus)": lambda: ca.load_corpus(SEEDS),
        "every measure (compute_measures)": lambda: ca.compute_measures(corpus),
        "  sentiment: VADER per sentence": lambda: sentiment.score_sentences(corpus.sentences),
        "  sentiment: summaries": lambda: (
            sentiment.article_summary(scores), sentiment.voice_summary(scores),
            sentiment.person_summary(scores, corpus.mentions, persons)),
        "  readability: counts": lambda: readability.sentence_counts(corpus.sentences),
        "  readability: scores": lambda: (
            readability.readability(corpus.sentences, *shared),
            readability.sentence_readability(corpus.sentences, *shared)),
        "  framing: genres": lambda: framing.classify_genres(corpus),
        "  framing: themes": lambda: framing.frame_shares(
            corpus.sentences, articles=ids, frames=corpus.study.frames),
        "  space": lambda: space.space_ratios(space.person_space(corpus, persons), persons),
        "  composition": lambda: role_words(corpus.paragraphs),
    }
    del person_space
    say(f"seeds: {len(texts)} sentences, medians of {repeat} runs")
    result = {}
    for name, run in stages.items():
        result[name] = median_ms(run, repeat)
    vader = result["VADER alone on the sentences"]
    print(f"\nSeeds ({len(ids)} articles, {len(texts)} sentences), one process, "
          f"medians of {repeat}:")
    for name, ms in result.items():
        print(f"  {name:36s} {ms:8.1f} ms  {ms / vader:6.2f}x VADER")
    both = result["read + tables (load_corpus)"] + result["every measure (compute_measures)"]
    print(f"  {'tables + every measure':36s} {both:8.1f} ms  {both / vader:6.2f}x VADER")


# ---------------------------------------------------------------- corpora

def size_child(n: int, workers: int) -> dict:
    """Make an ``n``-article corpus, then time tables plus every measure."""
    import coverage_analysis as ca

    with tempfile.TemporaryDirectory() as tmp:
        folder = make_corpus(Path(tmp) / "corpus", n, seed=n)
        before = peak_mib(resource.RUSAGE_SELF)
        parallel = {"workers": workers} if workers > 1 else {}
        sampler = PeakMemory()
        sampler.start()
        start = time.perf_counter()
        corpus = ca.load_corpus(folder, **parallel)
        tables = time.perf_counter() - start
        measures = ca.compute_measures(corpus, **parallel)
        total = time.perf_counter() - start
        together = sampler.stop()
        rows = sum(len(f) for f in measures.values())
    return {
        "articles": n, "workers": workers, "tables_s": tables, "measures_s": total - tables,
        "seconds": total, "rows": rows, "peak_main_mib": peak_mib(resource.RUSAGE_SELF),
        "peak_worker_mib": peak_mib(resource.RUSAGE_CHILDREN), "base_mib": before,
        "peak_together_mib": together, "sampler_cpu_s": sampler.cpu_s,
    }


def bench_sizes(sizes: list[int], workers: int) -> None:
    print(f"\nSynthetic corpora, tables plus every measure, {workers} worker(s), "
          "each size in a fresh process. Memory in MiB: peak resident set of the main\n"
          "process and of the largest worker; 'together': the peak of main and workers\n"
          "at once, pages shared by forked workers counted once (sum of PSS, sampled up to\n"
          "4/s); 'sampler s': CPU the memory sampler itself took:")
    print(f"  {'articles':>9} {'tables s':>9} {'measures s':>10} {'total s':>8} "
          f"{'articles/s':>10} {'ms/article':>10} {'peak main':>10} {'peak worker':>11} "
          f"{'together':>9} {'sampler s':>9}")
    costs = []
    for n in sizes:
        say(f"corpus of {n} articles: making it and analysing it ...")
        r = run_child(["--size-child", str(n), "--workers", str(workers)])
        ms = 1000 * r["seconds"] / n
        costs.append((n, ms))
        total_mib = r["peak_together_mib"]
        print(f"  {n:>9} {r['tables_s']:>9.2f} {r['measures_s']:>10.2f} {r['seconds']:>8.2f} "
              f"{n / r['seconds']:>10.1f} {ms:>10.2f} {r['peak_main_mib']:>10.0f} "
              f"{r['peak_worker_mib']:>11.0f} {total_mib:>9.0f} {r['sampler_cpu_s']:>9.2f}",
              flush=True)
    if len(costs) > 1:
        steps = [(a, b, cb / ca) for (a, ca), (b, cb) in zip(costs[:-1], costs[1:], strict=True)]
        flat = all(growth <= 1.25 for _, _, growth in steps)
        print("  cost per article, size to size: " + ", ".join(
            f"{a} -> {b}: x{growth:.2f}" for a, b, growth in steps)
            + ("  (flat: it never grows by more than a quarter)" if flat else
               "  (NOT flat: it grows)"))


# ------------------------------------------------------------ long article

def long_child(n_chars: int) -> dict:
    import coverage_analysis as ca

    ca.compute_measures(ca.load_corpus(SEEDS))  # warm up: dictionaries, lexicons
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_long_article(Path(tmp) / "long", n_chars)
        size = len((folder / "long.txt").read_text(encoding="utf-8"))
        start = time.perf_counter()
        corpus = ca.load_corpus(folder)
        tables = time.perf_counter() - start
        ca.compute_measures(corpus)
        measures = time.perf_counter() - start - tables
    return {"chars": size, "tables_s": tables, "measures_s": measures,
            "sentences": len(corpus.sentences), "peak_mib": peak_mib(resource.RUSAGE_SELF)}


def bench_long(sizes: list[int], timeout: float) -> None:
    print("\nOne long article (a seed's head and body paragraphs drawn at random), one process,"
          " after a warm-up:")
    print(f"  {'chars':>9} {'sentences':>9} {'tables s':>9} {'measures s':>10} "
          f"{'tables s/MB':>11} {'measures s/MB':>13} {'peak MiB':>9}")
    previous = None
    for n in sizes:
        say(f"long article of {n:,} characters ...")
        r = run_child(["--long-child", str(n)], timeout=timeout)
        if r is None:
            print(f"  {n:>9} stopped after {timeout:.0f} s")
            break
        mb = r["chars"] / 1e6
        per_mb = (r["tables_s"] / mb, r["measures_s"] / mb)
        growth = ""
        if previous is not None:
            growth = (f"  per MB x{per_mb[0] / previous[0]:.1f} (tables), "
                      f"x{per_mb[1] / previous[1]:.1f} (measures) for x{n / previous[2]:.0f} "
                      "length")
        print(f"  {r['chars']:>9} {r['sentences']:>9} {r['tables_s']:>9.2f} "
              f"{r['measures_s']:>10.2f} {per_mb[0]:>11.1f} {per_mb[1]:>13.1f} "
              f"{r['peak_mib']:>9.0f}{growth}", flush=True)
        previous = (*per_mb, n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 10000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-seeds", action="store_true")
    parser.add_argument("--no-long", action="store_true")
    parser.add_argument("--long-5mb", action="store_true", help="add a 5 MB article")
    parser.add_argument("--long-timeout", type=float, default=900,
                        help="seconds one long article may take (default 900)")
    parser.add_argument("--size-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--long-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.size_child:
        print(json.dumps(size_child(args.size_child, args.workers)))
        return
    if args.long_child:
        print(json.dumps(long_child(args.long_child)))
        return
    if not args.no_seeds:
        bench_seeds(args.repeat)
    if args.sizes:
        bench_sizes(args.sizes, args.workers)
    if not args.no_long:
        bench_long([10_000, 100_000, 1_000_000] + ([5_000_000] if args.long_5mb else []),
                   args.long_timeout)


if __name__ == "__main__":
    main()
