"""The skill taxonomy: one category scheme for any occupation, aliases, forms for the NLU, the matcher."""

from __future__ import annotations

import subprocess
import sys

from bot.language.skill_matcher import SkillMatcher
from bot.language.skills import category_of_label, skill_forms, taxonomy


def test_one_scheme_for_every_occupation() -> None:
    tax = taxonomy()
    assert {"languages", "databases", "cloud", "frameworks", "tools", "platforms", "practices", "knowledge",
            "technical_skills", "certifications", "soft_skills"} <= set(tax.categories)
    expected = {"Python": "languages", "PostgreSQL": "databases", "Multimeter": "tools",
                "Conduit bender": "tools", "Building regulations": "knowledge", "IFRS": "knowledge",
                "Anatomy": "knowledge", "NCLEX-RN": "certifications", "CPC": "certifications",
                "ACCA": "certifications", "Wound care": "technical_skills", "Empathy": "soft_skills",
                "Teamwork": "soft_skills", "Detail-oriented": "soft_skills", "Agile": "practices"}
    assert {name: tax.category(name) for name in expected} == expected


def test_aliases_and_surface_forms() -> None:
    tax = taxonomy()
    assert tax.canonical("postgres") == "PostgreSQL" and tax.canonical("k8s") == "Kubernetes"
    assert tax.canonical("Version Control (Git)") == "Git"
    assert tax.canonical("strong communication skills") == "Communication"
    assert tax.canonical("multimeters") == "Multimeter" and tax.canonical("attention to detail") == \
        "Detail-oriented"
    assert tax.written("golang") == "Golang" and tax.written("mysql") == "MySQL"
    assert tax.head_category("Version control systems") == "tools"
    assert tax.head_category("hand tools") == "tools" and tax.head_category("personal qualities") == \
        "soft_skills"
    assert tax.soft_skill_like("Critical-thinking skills") and tax.soft_skill_like("Physical stamina")
    assert not tax.soft_skill_like("Technical skills") and not tax.soft_skill_like("Node.js")
    assert category_of_label("apis") == "practices" and category_of_label("Version Control") == "tools"
    assert category_of_label("other") is None


def test_skill_forms_for_the_nlu_builder() -> None:
    forms = {f.name: f for f in skill_forms(["Quarkflow", "Golang", "PL"])}
    go = forms["Go"]
    assert go.ambiguous and go.cased == ["Go"] and go.context == ["go"] and "golang" in go.phrases
    assert "go" not in go.phrases
    assert forms["Quarkflow"].phrases == ["quarkflow"] and not forms["Quarkflow"].ambiguous
    assert forms["PL"].cased == ["PL"] and forms["PL"].ambiguous  # short store names: exact case only
    assert "Programming languages" not in forms  # family words only on request
    assert "Programming languages" in {f.name for f in skill_forms([], generic=True)}


def test_matcher_longest_match_and_ambiguity() -> None:
    matcher = SkillMatcher(skill_forms([]))
    found = [(f.name, f.text) for f in matcher.find("Spring Boot, node and k8s; how do I go about it?")]
    assert found == [("Spring", "Spring Boot"), ("Node.js", "node"), ("Kubernetes", "k8s")]
    assert [f.name for f in matcher.find("C++, C# and C")] == ["C++", "C#", "C"]
    assert [f.name for f in matcher.find("wound care and infection control")] == ["Wound care",
                                                                                  "Infection control"]


def test_no_spacy_imported() -> None:
    code = ("import sys, bot.language.skills, bot.language.claims, bot.advice, bot.ingest.terms; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'rasa')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
