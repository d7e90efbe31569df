"""Facet classification of sections (by heading) and of paragraphs/sentences (by content)."""

from __future__ import annotations

import re

from bot import facets as fc

# Ordered: the first matching heading rule wins.
_HEADING_RULES: tuple[tuple[str, str], ...] = (
    (r"frequently asked|\bfaqs?\b|common questions", fc.FAQ),
    (r"similar occupations|related (careers|occupations|jobs|roles)|similar (jobs|roles|careers)|"
     r"you might also like|other (careers|occupations) to consider", fc.RELATED_ROLES),
    (r"salar|\bpay\b|compensation|remuneration|\bearn|\bwages?\b|^(?:salary |total )?package$|"
     r"how much .*\b(make|paid|get paid)\b|^(?:annual|base|basic) (?:base|basic|pay|rate)s?$|"
     r"\b(?:day|daily|hourly|shift|pay|base|locum) rates?\b", fc.SALARY),  # "Annual base", "Day rates"
    (r"benefits|perks|what we offer|we offer", fc.BENEFITS),
    (r"\bhours\b|work(ing)? schedules?|\bschedule\b|\bshifts?\b|working pattern|typical week", fc.HOURS),
    (r"^(?:key |core |essential )?skills\b", fc.SKILLS),  # "Skills and software employers ask for"
    (r"work(ing)? environment|working conditions|work setting|what to expect|injuries|\bemployers\b",
     fc.WORK_ENVIRONMENT),
    (r"top\s*\d*\s*skills|key skills|must[- ]have skills|essential skills|core skills", fc.TOP_SKILLS),
    (r"personality|traits|interests|temperament|important qualities|\bqualities\b", fc.PERSONALITY),
    (r"personal growth|personal development", fc.PERSONAL_GROWTH),
    (r"career growth|advancement|career path|progression|promotion|career development|"
     r"professional development|career prospects", fc.CAREER_GROWTH),
    (r"outlook|job market|demand|future of|job prospects|projections|projected (?:growth|employment)|"
     r"^employment(?: (?:change|growth|size))?(?=$|,|\s*\d|\s*\()|number of jobs|job (?:growth|openings)",
     fc.OUTLOOK),
    (r"challeng|difficult|downside", fc.CHALLENGES),
    (r"self[- ]guided|\bprojects\b|portfolio|(side|personal|practice) projects?", fc.PROJECTS),
    (r"courses?\b|online learning|bootcamp|moocs?", fc.COURSES),
    (r"certif|licen[cs]|registration", fc.CERTIFICATION),
    (
        r"how to become|become (a|an|this|one)|getting started|get started|how do i become|breaking into|"
        r"entry requirements|routes? in|getting in|apprenticeships?$",
        fc.HOW_TO_BECOME,
    ),
    (r"education|training|degree|study|university|college", fc.EDUCATION),
    (r"qualification|requirement|what we('| a)re looking for|who you are|preferred|nice to have|"
     r"desirable|experience", fc.QUALIFICATIONS),
    (r"skill|competenc|abilit|what it takes|knowledge", fc.SKILLS),
    (r"tools?\b|technolog|tech stack|software used|equipment|"
     r"^(?:main |key |common |the )?software\b(?! (?:engineer|developer|architect|tester))", fc.TOOLS),
    (
        r"roles and types|types of|\btypes\b|specializ|specialis|job titles|alternative titles|variations",
        fc.ROLE_TYPES,
    ),
    (r"locations?|cities|where .* work|top places|regions|state (&|and) area", fc.LOCATIONS),
    (
        r"responsibilit|duties|usually do|day[- ]to[- ]day|what do|do in this position|daily|tasks|"
        r"what you('| wi)ll do|what (they|[\w ]+) do$|what (does|do) [\w ]+ do|"
        r"^(as an? [\w' -]+,? |in this (role|job|position),? )?you('|\s+wi)ll$",  # "As a therapist, you'll"
        fc.DUTIES,
    ),
    (r"conclusion|bottom line|final thoughts|wrap", fc.CONCLUSION),
    (
        r"what is|overview|summary|about the (role|job|position)|about this (career|job|role)|"
        r"introduction|job description|description|who is",
        fc.OVERVIEW,
    ),
)

# Content keywords per facet with weights, for FAQ paragraphs and unknown headings.
_CONTENT_RULES: dict[str, tuple[tuple[str, float], ...]] = {
    fc.SALARY: ((r"salar", 3), (r"\bpay\b|\bpaid\b|compensation|\bearn", 2), (r"[$£€₹¥₪]\s?\d", 2)),
    fc.HOW_TO_BECOME: ((r"to become|become a|becoming", 3), (r"\bsteps?\b|get started|acquire|gaining", 1)),
    fc.EDUCATION: (
        (r"bachelor|master'?s|\bphd\b|\bdegree\b|diploma", 1.5),
        (r"universit|college|education", 1),
    ),
    fc.QUALIFICATIONS: (
        (r"requir", 1.5),
        (r"qualification", 2),
        (r"employers (value|prefer|look)", 2),
        (r"proficiency", 1),
    ),
    fc.SKILLS: ((r"\bskills?\b", 1.5), (r"possess", 1.5), (r"proficien", 1), (r"\babilit", 0.5)),
    fc.DUTIES: (
        (r"responsib", 1.5),
        (r"\b(they|you will) (create|design|build|maintain|handle|work)", 1),
        (r"\b(designing|implementing|optimizing|collaborating|maintaining)\b", 0.25),
    ),
    fc.OVERVIEW: ((r"speciali[sz]es in", 2.5), (r"\bis a (professional|person)", 2), (r"what is", 1)),
    fc.TOOLS: ((r"\btools?\b", 1.5), (r"technolog", 0.5)),
    fc.CERTIFICATION: ((r"certif", 3),),
    fc.OUTLOOK: ((r"outlook|demand|grow(th)? faster|job opportunities", 2),),
    fc.CAREER_GROWTH: ((r"advance|promot|leadership roles|move into", 2),),
    fc.CHALLENGES: ((r"challeng|difficult|stress", 2),),
    fc.LOCATIONS: ((r"\bcities\b|locations?\b", 2),),
    fc.COURSES: ((r"online courses?|\bcourses?\b", 2),),
    fc.PROJECTS: ((r"\bprojects?\b", 1.5),),
    fc.PERSONALITY: ((r"personality|traits|detail[- ]oriented|curious", 2),),
    fc.HOURS: ((r"\bfull[- ]time\b|\bpart[- ]time\b|\bovertime\b|\bhours\b|\bshifts?\b|on call", 1.5),),
    fc.WORK_ENVIRONMENT: (
        (r"\bemployed (?:by|in)\b|\bwork (?:in|indoors|outdoors)\b|largest employers", 1.5),
    ),
    fc.BENEFITS: ((r"\bbenefits?\b|pension|paid (?:leave|time off)|health insurance|401\(k\)", 2),),
    fc.ROLE_TYPES: ((r"alternative titles|also known as|job titles", 3),),
}

# Sentences inside a paragraph that also yield a fact of another facet.
_SECONDARY: tuple[tuple[str, re.Pattern[str]], ...] = (
    (fc.CERTIFICATION, re.compile(r"certif", re.I)),
    (fc.EDUCATION, re.compile(r"\b(bachelor'?s|master'?s|ph\.?d|degree|diploma)\b", re.I)),
    (
        fc.PROJECTS,
        re.compile(
            r"\b(personal|side|open[- ]source|self[- ]guided|portfolio) projects?\b|internships?", re.I
        ),
    ),
    (fc.COURSES, re.compile(r"\bonline courses?\b|\bbootcamps?\b|\bmoocs?\b", re.I)),
)


def facet_from_heading(heading: str) -> str | None:
    """Facet named by a section heading, or None when the heading does not say."""
    h = heading.lower()
    for pattern, facet in _HEADING_RULES:
        if re.search(pattern, h):
            return facet
    return None


def facet_from_content(text: str, default: str = fc.OVERVIEW) -> str:
    """Best facet for a paragraph by weighted keyword hits (ties: rule order)."""
    best, best_score = default, 0.0
    for facet, rules in _CONTENT_RULES.items():
        score = sum(w * len(re.findall(p, text, re.I)) for p, w in rules)
        if score > best_score:
            best, best_score = facet, score
    return best


def secondary_facets(sentence: str, primary: str) -> list[str]:
    """Other facets a sentence also belongs to (certification/education/projects/courses)."""
    return [f for f, p in _SECONDARY if f != primary and p.search(sentence)]
