"""Ingestion benchmark: generate N varied career pages from templates, ingest them, print the figures.

    .venv/bin/python bench/ingest_bench.py [--docs 1000] [--seed 7] [--url sqlite:///...] [--keep DIR]

Target: 1,000 documents in <= 30 s on one core (SQLite). Also times a no-op re-ingest and one changed file.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
T = TypeVar("T")

SPECIALISMS = [
    "Data",
    "Frontend",
    "Backend",
    "Full Stack",
    "Mobile",
    "iOS",
    "Android",
    "Cloud",
    "Security",
    "Machine Learning",
    "Platform",
    "Site Reliability",
    "Embedded",
    "Game",
    "QA",
    "DevOps",
    "Database",
    "Network",
    "Blockchain",
    "Robotics",
    "Computer Vision",
    "Analytics",
    "Infrastructure",
    "Firmware",
    "Search",
    "Payments",
    "API",
    "Integration",
    "Systems",
    "Automation",
    "Big Data",
    "Salesforce",
    "SAP",
    "Unity",
    "Web",
    "Graphics",
]
BASES = ["Engineer", "Developer", "Software Engineer", "Architect", "Analyst", "Specialist", "Consultant"]
SENIORITY = ["", "", "", "Senior ", "Junior ", "Lead "]
CITIES = [
    ("New York", "$", 150_000),
    ("San Francisco", "$", 170_000),
    ("Austin", "$", 130_000),
    ("Seattle", "$", 160_000),
    ("Boston", "$", 140_000),
    ("Chicago", "$", 125_000),
    ("Toronto", "$", 110_000),
    ("London", "£", 80_000),
    ("Manchester", "£", 60_000),
    ("Dublin", "€", 75_000),
    ("Paris", "€", 60_000),
    ("Berlin", "€", 70_000),
    ("Munich", "€", 75_000),
    ("Amsterdam", "€", 68_000),
    ("Madrid", "€", 45_000),
    ("Tel Aviv", "₪", 400_000),
    ("Beijing", "¥", 400_000),
    ("Shanghai", "¥", 450_000),
    ("Bangalore", "₹", 2_000_000),
    ("Delhi", "₹", 1_800_000),
    ("Sydney", "A$", 140_000),
    ("Melbourne", "A$", 130_000),
    ("Tokyo", "¥", 9_000_000),
    ("Singapore", "S$", 110_000),
]
LANGS = ["Java", "Python", "Ruby", "Go", "Rust", "C++", "C#", "Kotlin", "Swift", "TypeScript", "Scala", "PHP"]
DBS = ["MySQL", "PostgreSQL", "MongoDB", "Redis", "Cassandra", "DynamoDB", "Oracle", "SQLite"]
CLOUDS = ["AWS", "Azure", "Google Cloud", "Heroku", "DigitalOcean"]
TOOLS = ["Git", "SVN", "Jira", "Trello", "Jenkins", "Docker", "Kubernetes", "Terraform"]
FRAMEWORKS = ["Spring", "Django", "Flask", "Rails", "Express", "React", "Angular", ".NET", "Laravel"]
VERBS = [
    "Design",
    "Build",
    "Maintain",
    "Test",
    "Document",
    "Review",
    "Monitor",
    "Optimise",
    "Deploy",
    "Debug",
]
OBJECTS = [
    "services",
    "pipelines",
    "user interfaces",
    "APIs",
    "data models",
    "release processes",
    "dashboards",
    "integrations",
    "test suites",
    "infrastructure",
]


def _pick(rng: random.Random, items: list[T], k: int) -> list[T]:
    return rng.sample(items, k)


def _or_list(items: list[str]) -> str:
    return ", ".join(items[:-1]) + f", or {items[-1]}" if len(items) > 2 else " or ".join(items)


def _careers(rng: random.Random, role: str) -> str:
    langs, dbs = _pick(rng, LANGS, 3), _pick(rng, DBS, 2)
    cities = _pick(rng, [c for c in CITIES if c[1] == "$"], 5)
    return (
        f"""{role} jobs & Careers



WHAT IS A {role.upper()} JOB?

A {role.lower()} job involves {rng.choice(OBJECTS)} and {rng.choice(OBJECTS)} for modern products. \
The role requires \
a strong understanding of {rng.choice(LANGS)} and teamwork.

WHAT DO PEOPLE USUALLY DO IN THIS POSITION?

As a {role.lower()}, you will {rng.choice(VERBS).lower()} {rng.choice(OBJECTS)} and work with other teams.

TOP 5 SKILLS FOR THIS POSITION

  • Proficiency in programming languages such as {_or_list(langs)}
  • Experience with databases such as {_or_list(dbs)}
  • Knowledge of {rng.choice(OBJECTS)} and design patterns
  • Experience with cloud platforms such as {_or_list(_pick(rng, CLOUDS, 2))}
  • Strong problem-solving and analytical skills

HOW TO BECOME A {role.upper()}

To become a {role.lower()}, you typically need a bachelor's degree in computer science or a related field. \
Certification in {rng.choice(CLOUDS)} can help.

AVERAGE SALARY

The average salary for a {role.lower()} in the United States is around \
${rng.randint(60, 200) * 1000:,} per year.

LOCATIONS WITH THE MOST POPULAR JOBS IN USA

Some of the top cities in the United States for {role.lower()} jobs include:
"""
        + "\n".join(f"  • {c[0]}" for c in cities)
        + f"""

WHAT ARE THE TYPICAL TOOLS

{role}s typically use a variety of tools, including:
  • Version control systems such as {_or_list(_pick(rng, TOOLS, 2))}
  • Frameworks such as {_or_list(_pick(rng, FRAMEWORKS, 2))}

IN CONCLUSION

A career as a {role.lower()} can be both challenging and rewarding.
"""
    )


def _guide(rng: random.Random, role: str) -> str:
    spec, _, base = role.rpartition(" ")
    title = f"{base} - {spec}" if spec and rng.random() < 0.5 else role
    rows = _pick(rng, CITIES, 8)
    table = "\n".join(f"{c}\n{sym}{int(v * rng.uniform(0.8, 1.2)) // 500 * 500:,}" for c, sym, v in rows)
    bullets = "\n".join(f"  • {rng.choice(VERBS)} {rng.choice(OBJECTS)}" for _ in range(5))
    return f"""We may earn an affiliate commission when you visit our partners.

{title}

{role}s work on {rng.choice(OBJECTS)} and {rng.choice(OBJECTS)}.

Read more

Responsibilities and Duties

The responsibilities of a {role.lower()} may include:

{bullets}

Skills

  • {rng.choice(LANGS)}
  • {rng.choice(DBS)}
  • Unit Testing

Career Outlook

The job outlook for {role.lower()}s is expected to grow faster than average.

Challenges

  • The need to keep up with the latest technologies
  • The need to meet deadlines

Share

Salaries for {title}

City
Median
{table}
Bars indicate relevance. All salaries presented are estimates.

Our mission

OpenCourser helps millions of learners each year.
"""


def _job_description(rng: random.Random, role: str) -> str:
    return (
        f"""{role} Job Description Template

As a {role}, you will be responsible for {rng.choice(OBJECTS)} that power our products.

Responsibilities

"""
        + "\n".join(f"  • {rng.choice(VERBS)} {rng.choice(OBJECTS)}." for _ in range(6))
        + f"""

Qualifications

  • Bachelor's degree in Computer Science or related field.
  • Strong understanding of languages such as {_or_list(_pick(rng, LANGS, 3))}.

Skills

"""
        + "\n".join(f"  • {t}" for t in _pick(rng, LANGS + DBS + TOOLS, 6))
        + f"""

Start Free Trial

Frequently Asked Questions

A {role} specializes in {rng.choice(OBJECTS)}. They create and maintain systems.

The average salary for a {role} varies significantly depending on experience, location, and industry.

A {role} typically requires a bachelor's degree in computer science. Employers value proficiency in \
programming languages like {_or_list(_pick(rng, LANGS, 3))}.
"""
    )


def role_pool(count: int, seed: int = 7) -> list[str]:
    """`count` distinct generated role names; none is a backend role, so the real pages stay the truth."""
    names = sorted({f"{level}{spec} {base}" for level in SENIORITY for spec in SPECIALISMS for base in BASES
                    if "Backend" not in spec})
    random.Random(seed).shuffle(names)
    return names[:count]


def generate(out_dir: Path, count: int, seed: int = 7, roles: int | None = None) -> list[Path]:
    """Write `count` varied career pages into out_dir (about `roles` roles if given); returns their paths."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    makers = [_careers, _guide, _job_description]
    pool = role_pool(roles, seed) if roles else []
    paths = []
    for i in range(count):
        role = f"{rng.choice(SENIORITY)}{rng.choice(SPECIALISMS)} {rng.choice(BASES)}"
        if pool:
            role = pool[i % len(pool)]
        text = makers[i % 3](rng, role)
        path = out_dir / f"doc-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> int:
    """Generate, ingest and print timings."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--url", default=None, help="store URL (default: a temp SQLite file)")
    parser.add_argument("--keep", default=None, help="keep the generated corpus and store in this directory")
    args = parser.parse_args()

    from bot.ingest import ingest
    from bot.store import open_store

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    t0 = time.perf_counter()
    paths = generate(work / "docs", args.docs, args.seed)
    t_gen = time.perf_counter() - t0
    url = args.url or f"sqlite:///{work / 'bench.db'}"
    store = open_store(url)
    t0 = time.perf_counter()
    summary = ingest(store, [work / "docs"], progress=False)
    t_ingest = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = ingest(store, [work / "docs"], progress=False)
    t_noop = time.perf_counter() - t0
    paths[0].write_text(paths[0].read_text(encoding="utf-8").replace("job", "position"), encoding="utf-8")
    t0 = time.perf_counter()
    changed = ingest(store, [work / "docs"], progress=False)
    t_change = time.perf_counter() - t0
    store.close()
    facts = sum(summary.facts_per_facet.values())
    print(f"documents generated      : {len(paths)} in {t_gen:.2f} s ({work / 'docs'})")
    print(f"store                    : {url}")
    print(
        f"ingest (cold)            : {t_ingest:.2f} s = {len(summary.added) / t_ingest:.0f} docs/s "
        f"({t_ingest / max(len(summary.added), 1) * 1000:.1f} ms/doc; target <= 30 s)"
    )
    print(f"  roles {summary.roles}, facts {facts}, salaries {summary.salaries}, passages {summary.passages}")
    print(f"re-ingest (no change)    : {t_noop:.2f} s ({len(again.unchanged)} unchanged)")
    print(f"re-ingest (1 changed)    : {t_change:.2f} s ({len(changed.updated)} updated)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
