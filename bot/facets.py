"""The facets a fact about a role can belong to."""

from __future__ import annotations

OVERVIEW = "overview"
DUTIES = "duties"
SKILLS = "skills"
TOP_SKILLS = "top_skills"
QUALIFICATIONS = "qualifications"
PERSONALITY = "personality"
EDUCATION = "education"
HOW_TO_BECOME = "how_to_become"
PROJECTS = "projects"
COURSES = "courses"
CERTIFICATION = "certification"
TOOLS = "tools"
ROLE_TYPES = "role_types"
LOCATIONS = "locations"
OUTLOOK = "outlook"
CAREER_GROWTH = "career_growth"
PERSONAL_GROWTH = "personal_growth"
CHALLENGES = "challenges"
SALARY = "salary"
CONCLUSION = "conclusion"
FAQ = "faq"

ALL_FACETS: tuple[str, ...] = (
    OVERVIEW, DUTIES, SKILLS, TOP_SKILLS, QUALIFICATIONS, PERSONALITY, EDUCATION,
    HOW_TO_BECOME, PROJECTS, COURSES, CERTIFICATION, TOOLS, ROLE_TYPES, LOCATIONS,
    OUTLOOK, CAREER_GROWTH, PERSONAL_GROWTH, CHALLENGES, SALARY, CONCLUSION, FAQ,
)
WORK_ENVIRONMENT = "work_environment"
HOURS = "hours"
RELATED_ROLES = "related_roles"
BENEFITS = "benefits"

ALL_FACETS += (WORK_ENVIRONMENT, HOURS, RELATED_ROLES, BENEFITS)
