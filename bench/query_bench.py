"""Query benchmark at 1,000 documents: role facts, city salary, passage search (target p95 <= 5 ms).

    .venv/bin/python bench/query_bench.py [--docs 1000] [--n 2000] [--url URL]

Without --url it generates the corpus (bench/ingest_bench.py) into a temp dir and ingests it first.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_bench import CITIES, generate  # noqa: E402

FACETS = ["duties", "top_skills", "skills", "tools", "overview", "education", "qualifications", "outlook"]
QUERIES = [
    "what degree do I need",
    "which databases are used",
    "typical tools and frameworks",
    "career outlook growth",
    "certification cloud",
    "responsibilities day to day",
    "median salary London",
    "problem-solving skills",
    "how to become one",
    "version control Git",
]


def _measure(name: str, n: int, fn: Callable[[int], object]) -> None:
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
    print(
        f"{name:<28} n={n:<5} mean {statistics.fmean(times):6.3f} ms  p50 {p(0.50):6.3f}  "
        f"p95 {p(0.95):6.3f}  p99 {p(0.99):6.3f}  max {times[-1]:7.3f}"
    )


def main() -> int:
    """Build or open the store, then time the query API."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--n", type=int, default=2000, help="calls per query kind")
    parser.add_argument("--url", default=None, help="an already ingested store")
    args = parser.parse_args()

    from bot.ingest import ingest
    from bot.store import open_store

    url = args.url
    work: Path | None = None
    if url is None:
        work = Path(tempfile.mkdtemp(prefix="query-bench-"))
        generate(work / "docs", args.docs)
        url = f"sqlite:///{work / 'bench.db'}"
        store = open_store(url)
        ingest(store, [work / "docs"], progress=False)
        store.close()
    store = open_store(url)
    stats = store.stats()
    print(
        f"store {url}: {stats['documents']} documents, {stats['roles']} roles, "
        f"{sum(stats['facts_per_facet'].values())} facts, {stats['salaries']} salaries, "
        f"{stats['passages']} passages"
    )
    rng = random.Random(3)
    warm = [
        ("roles/places/salaries", lambda: store.roles()),
        ("facts", lambda: store.facts(store.roles()[0].name, "duties")),
        ("terms", lambda: store.terms(store.roles()[0].name)),
        ("BM25 index", lambda: store.search_passages("warm up")),
    ]
    for label, fn in warm:
        t0 = time.perf_counter()
        fn()
        print(
            f"{'load ' + label:<28} {(time.perf_counter() - t0) * 1000:7.1f} ms (once per store generation)"
        )
    roles = sorted(r.name for r in store.roles())
    picks = [
        (rng.choice(roles), rng.choice(FACETS), rng.choice(CITIES)[0], rng.choice(QUERIES))
        for _ in range(args.n)
    ]
    _measure("facts(role, facet)", args.n, lambda i: store.facts(picks[i][0], picks[i][1]))
    _measure("salaries(role, place)", args.n, lambda i: store.salaries(picks[i][0], place=picks[i][2]))
    _measure("salaries(place=city)", args.n, lambda i: store.salaries(place=picks[i][2]))
    _measure("search_passages(q)", args.n, lambda i: store.search_passages(picks[i][3]))
    _measure(
        "search_passages(q, role)", args.n, lambda i: store.search_passages(picks[i][3], role=picks[i][0])
    )
    _measure(
        "resolve_role(text)", args.n, lambda i: store.resolve_role(f"what does a {picks[i][0].lower()} do")
    )
    _measure("resolve_place(text)", args.n, lambda i: store.resolve_place(picks[i][2]))
    _measure("terms(role)", args.n, lambda i: store.terms(picks[i][0]))
    store.close()
    if work is not None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
