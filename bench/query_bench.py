"""Query benchmark at 1,000 documents: store queries, then whole answers at scale.

    .venv/bin/python bench/query_bench.py [--docs 1000] [--n 2000] [--url URL]
                                          [--scale-docs 1000] [--scale-roles 100] [--repeats 30]

Store queries (role facts, city salary, passage search; target p95 <= 5 ms): without --url it
generates the corpus (bench/ingest_bench.py) into a temp dir and ingests it first.

"Stay correct at scale": answer latency through `bot.dispatch.answer(store, Query(...))` for the
realistic question mix (bench/answer_queries.py) on the 4-document store (data/documents) and on a
store holding those documents plus `--scale-docs` generated pages about `--scale-roles` roles; the
same questions on both, with the answers' expected figures checked. Target: p95 <= 1.5x.
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

from answer_queries import measure as measure_answers  # noqa: E402
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


def _percentile(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def answers_at_scale(docs: int, roles: int, repeats: int) -> float:
    """Answer p95 on the real 4-document store and on it plus `docs` generated pages; returns the ratio.

    The two stores are measured in alternating passes, so a busy moment of the shared machine hits both.
    """
    from bot import config
    from bot.ingest import ingest
    from bot.store import open_store

    work = Path(tempfile.mkdtemp(prefix="answer-bench-"))
    generate(work / "docs", docs, roles=roles)
    names = ["4 documents", f"+{docs} documents"]
    stores = {}
    sources = ([config.documents_dir()], [config.documents_dir(), work / "docs"])
    for name, paths in zip(names, sources, strict=True):
        stores[name] = open_store(f"sqlite:///{work / (name.replace(' ', '_') + '.db')}")
        ingest(stores[name], paths, progress=False)
    times: dict[str, list[float]] = {name: [] for name in names}
    wrong: dict[str, list[str]] = {}
    for name in names:  # warm-up (the one-off index loads are not an answer's cost) and correctness
        wrong[name] = measure_answers(stores[name], 1)[1]
    for _ in range(repeats):
        for name in names:
            times[name] += measure_answers(stores[name], 1)[0]
    p95 = {}
    for name in names:
        stats, ms = stores[name].stats(), times[name]
        p95[name] = _percentile(ms, 0.95)
        print(
            f"answer() {name:<16} ({stats['roles']} roles, {stats['documents']} docs): n={len(ms)} "
            f"p50 {_percentile(ms, 0.50):6.2f} ms  p95 {p95[name]:6.2f} ms  max {max(ms):7.2f} ms  "
            f"wrong answers {len(wrong[name])}"
        )
        for line in wrong[name][:5]:
            print(f"    missing expected text: {line}")
        stores[name].close()
    shutil.rmtree(work, ignore_errors=True)
    ratio = p95[names[1]] / p95[names[0]]
    print(f"answer p95 at scale / 4-document store = {ratio:.2f}x (target <= 1.5x: "
          f"{'met' if ratio <= 1.5 else 'MISSED'})")
    return ratio


def main() -> int:
    """Build or open the store, then time the query API and whole answers at scale."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--n", type=int, default=2000, help="calls per query kind")
    parser.add_argument("--url", default=None, help="an already ingested store")
    parser.add_argument("--scale-docs", type=int, default=1000, help="generated pages for answers at scale")
    parser.add_argument("--scale-roles", type=int, default=100, help="roles among them")
    parser.add_argument("--repeats", type=int, default=30, help="passes over the answer question mix")
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
    if args.scale_docs:
        answers_at_scale(args.scale_docs, args.scale_roles, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
