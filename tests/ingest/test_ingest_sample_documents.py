"""The store holds what each sample document states (figures, lists, sources), and nothing invented."""

from __future__ import annotations

import pytest

from bot.store import KnowledgeStore

BACKEND = "Backend Software Engineer"
SENIOR = "Senior Backend Software Engineer"
GUIDE = "Software Engineer - Backend"
CAREERS = "Backend software engineer jobs & Careers"
SENIOR_CAREERS = "Senior back-end software engineer jobs & Careers"
JOB_DESC = "Software Engineer - Backend Job Description Template"

CITY_MEDIANS = [
    ("New York", 214_000, "USD", "$", "United States"),
    ("San Francisco", 172_000, "USD", "$", "United States"),
    ("Austin", 149_000, "USD", "$", "United States"),
    ("Toronto", 119_000, "CAD", "$", "Canada"),
    ("London", 95_000, "GBP", "£", "United Kingdom"),
    ("Paris", 64_500, "EUR", "€", "France"),
    ("Berlin", 92_000, "EUR", "€", "Germany"),
    ("Tel Aviv", 442_000, "ILS", "₪", "Israel"),
    ("Beijing", 410_000, "CNY", "¥", "China"),
    ("Shanghai", 488_000, "CNY", "¥", "China"),
    ("Bengaluru", 2_034_000, "INR", "₹", "India"),
    ("Delhi", 2_200_000, "INR", "₹", "India"),
]


def test_roles_are_canonical(sample_store: KnowledgeStore) -> None:
    roles = {r.name: r for r in sample_store.roles()}
    assert set(roles) == {BACKEND, SENIOR, "Data Engineer"}
    assert roles[SENIOR].parent == BACKEND
    assert roles[BACKEND].parent is None
    docs = {d.file: d.role for d in sample_store.documents()}
    assert docs["software-engineer-backend-job-description.txt"] == BACKEND
    assert docs["software-engineer-backend-career-guide.txt"] == BACKEND
    assert docs["senior-backend-software-engineer-careers.txt"] == SENIOR


def test_backend_average_salary_in_us(sample_store: KnowledgeStore) -> None:
    avg = [s for s in sample_store.salaries(BACKEND) if s.statistic == "average"]
    assert len(avg) == 1
    s = avg[0]
    assert (s.amount, s.currency, s.symbol, s.period) == (110_000, "USD", "$", "year")
    assert s.scope == "in the United States" and s.country == "United States" and s.place is None
    assert s.source.title == CAREERS and s.source.file == "backend-software-engineer-careers.txt"
    assert "$110,000 per year" in s.source.passage


def test_senior_average_salary(sample_store: KnowledgeStore) -> None:
    sal = sample_store.salaries(SENIOR)
    assert [(s.amount, s.currency, s.statistic, s.scope) for s in sal] == [
        (120_000, "USD", "average", "in the United States")
    ]
    assert sal[0].source.title == SENIOR_CAREERS


@pytest.mark.parametrize(("city", "amount", "code", "symbol", "country"), CITY_MEDIANS)
def test_city_medians(
    sample_store: KnowledgeStore, city: str, amount: int, code: str, symbol: str, country: str
) -> None:
    sal = sample_store.salaries(BACKEND, place=city)
    assert len(sal) == 1, "the table appears twice in the page but must be stored once"
    s = sal[0]
    assert (s.amount, s.currency, s.symbol, s.statistic, s.period) == (amount, code, symbol, "median", "year")
    assert s.place == city and s.country == country and s.scope == f"in {city}"
    assert s.source.title == GUIDE


def test_table_deduplicated_and_faq_invents_no_figure(sample_store: KnowledgeStore) -> None:
    medians = [s for s in sample_store.salaries(BACKEND) if s.statistic == "median"]
    assert len(medians) == 12
    assert [s.place for s in medians] == [c[0] for c in CITY_MEDIANS]
    by_file = {s.source.file for s in sample_store.salaries()}
    assert "software-engineer-backend-job-description.txt" not in by_file
    faq_salary = [f for f in sample_store.facts(BACKEND, "salary") if f.source.title == JOB_DESC]
    assert len(faq_salary) == 1 and "varies significantly" in faq_salary[0].text


def test_places_with_data(sample_store: KnowledgeStore) -> None:
    names = [p.name for p in sample_store.places()]
    assert {c[0] for c in CITY_MEDIANS} <= set(names)
    assert len(names) == len(set(names))
    assert all(p.has_data and p.kind == "city" for p in sample_store.places())


def test_top_five_skills(sample_store: KnowledgeStore) -> None:
    backend = [f.text for f in sample_store.facts(BACKEND, "top_skills")]
    assert backend == [
        "Proficiency in programming languages such as Java, Python, or Ruby",
        "Experience with databases such as MySQL or MongoDB",
        "Knowledge of software architecture and design patterns",
        "Experience with cloud platforms such as AWS or Google Cloud",
        "Strong problem-solving and analytical skills",
    ]
    senior = sample_store.facts(SENIOR, "top_skills")
    assert len(senior) == 5
    assert senior[0].terms == ("Java", "Python", "C++", "Ruby")
    assert senior[2].terms == ("MySQL", "MongoDB", "PostgreSQL")
    assert all(f.source.title == SENIOR_CAREERS and f.heading == "Top 5 Skills for Position" for f in senior)


def test_tool_lists(sample_store: KnowledgeStore) -> None:
    tools = [(f.text, f.terms) for f in sample_store.facts(BACKEND, "tools")]
    assert tools == [
        ("Programming languages such as Java, Python, or Ruby", ("Java", "Python", "Ruby")),
        ("Databases such as MySQL or MongoDB", ("MySQL", "MongoDB")),
        ("Cloud platforms such as AWS or Google Cloud", ("AWS", "Google Cloud")),
        ("Version control systems such as Git or SVN", ("Git", "SVN")),
        ("Frameworks such as Spring or Django", ("Spring", "Django")),
    ]
    senior = sample_store.facts(SENIOR, "tools")
    assert len(senior) == 1
    assert senior[0].terms == (
        "Java",
        "Python",
        "Ruby",
        "MySQL",
        "PostgreSQL",
        "Spring",
        "Django",
        "AWS",
        "Azure",
        "Integrated Development Environments",
        "Git",
        "Jira",
        "Trello",
    )


def test_term_categories(sample_store: KnowledgeStore) -> None:
    cats = {t.name: t.category for t in sample_store.terms(BACKEND)}
    assert cats["Java"] == "languages"
    assert cats["MySQL"] == "databases"
    assert cats["AWS"] == "cloud" and cats["Google Cloud"] == "cloud"
    assert cats["Git"] == "tools" and cats["SVN"] == "tools"
    assert cats["Spring"] == "frameworks" and cats["Django"] == "frameworks"
    assert cats["Node.js"] == "languages"
    assert cats["Unit Testing"] in ("testing", "other")
    assert "Golang" in cats and "C++" in cats  # from the FAQ paragraph on qualifications
    names = [t.name for t in sample_store.terms(BACKEND)]
    assert len(names) == len({n.lower() for n in names}), "terms are distinct per role"


def test_role_types(sample_store: KnowledgeStore) -> None:
    backend = [f.terms for f in sample_store.facts(BACKEND, "role_types")]
    assert backend == [
        ("Backend Developer",),
        ("DevOps Engineer",),
        ("Data Engineer",),
        ("Backend Architect",),
    ]
    senior = sample_store.facts(SENIOR, "role_types")
    assert senior[0].terms[:4] == (
        "Senior Backend Developer",
        "Senior Java Developer",
        "Senior .NET Developer",
        "Senior Software Engineer",
    )


def test_top_cities(sample_store: KnowledgeStore) -> None:
    backend = [f.terms[0] for f in sample_store.facts(BACKEND, "locations")]
    assert backend == ["San Francisco", "New York", "Seattle", "Austin", "Chicago"]
    senior = sample_store.facts(SENIOR, "locations")
    assert senior[0].terms == ("San Francisco", "New York", "Seattle", "Chicago", "Boston")


def test_facets_from_heading_and_content(sample_store: KnowledgeStore) -> None:
    cert = sample_store.facts(SENIOR, "certification")
    assert [f.text for f in cert] == [
        "Pursuing certification in relevant technologies can also help you stand out in the job market."
    ]
    assert cert[0].heading == "How to Become This Type of Specialist"
    education = [f.text for f in sample_store.facts(BACKEND, "education")]
    assert any("bachelor's degree in computer science" in t for t in education)
    assert any(t.startswith("Bachelor's degree in Computer Science") for t in education)
    faq_overview = [
        f for f in sample_store.facts(BACKEND, "overview") if f.heading == "Frequently Asked Questions"
    ]
    assert len(faq_overview) == 1 and "specializes in server-side development" in faq_overview[0].text
    growth = sample_store.facts(BACKEND, "career_growth")
    assert growth and "software architects" in growth[0].text
    for facet, first in [
        ("challenges", "The need to keep up with the latest technologies"),
        ("personality", "Analytical"),
        ("projects", "Developing a simple web application"),
        ("personal_growth", "Learning new technologies"),
    ]:
        texts = [f.text for f in sample_store.facts(BACKEND, facet)]
        assert first in texts, facet
    assert sample_store.facts(BACKEND, "outlook")[0].text.startswith("The job outlook for back-end")
    assert sample_store.facts(BACKEND, "courses")[0].text.endswith("trends in the industry.")


def test_web_noise_dropped(sample_store: KnowledgeStore) -> None:
    noise = [
        "affiliate commission",
        "OpenCourser",
        "Help others find",
        "Start Free Trial",
        "Read more",
        "See all salaries",
        "Bars indicate relevance",
        "Our mission",
        "Reading list",
        "We haven't picked",
        "2016 - 2024",
        "Take the first step",
    ]
    texts = [h.text for h in sample_store.search_passages(" ".join(noise), limit=100)]
    for facet in ("overview", "courses", "conclusion", "salary"):
        texts += [f.text for f in sample_store.facts(BACKEND, facet)]
    for text in texts:
        for n in noise:
            assert n.lower() not in text.lower(), (n, text)
    overview = [f for f in sample_store.facts(BACKEND, "overview") if f.source.title == GUIDE]
    assert len(overview) == 1, "the duplicated intro after 'Read more' is stored once"


def test_faq_paragraphs_classified_by_content(sample_store: KnowledgeStore) -> None:
    faq = {
        f.text[:40]: facet
        for facet in ("overview", "how_to_become", "salary", "qualifications", "skills", "duties")
        for f in sample_store.facts(BACKEND, facet)
        if f.heading == "Frequently Asked Questions"
    }
    assert faq == {
        "A Backend Software Engineer specializes ": "overview",
        "To become a successful Backend Software ": "how_to_become",
        "The average salary for a Backend Softwar": "salary",
        "A Backend Software Engineer typically re": "qualifications",
        "Successful Backend Software Engineers po": "skills",
    }
    skills = [f for f in sample_store.facts(BACKEND, "skills") if f.heading == "Frequently Asked Questions"]
    assert skills[0].terms == ("Node.js", "PHP", "Scala")
