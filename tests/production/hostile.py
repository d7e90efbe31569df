"""Generated hostile and odd user input for the bad-input suite (deterministic, no randomness)."""

from __future__ import annotations

import itertools
import json
from typing import Any

LONG_CHARS = 100_000  # "very long" message size (100 KB)

INJECTIONS = [
    "London'; DROP TABLE salaries;--",
    "London\"; DROP TABLE roles; --",
    "' OR '1'='1",
    "' OR 1=1 --",
    "Paris') UNION SELECT name, sql FROM sqlite_master--",
    "Berlin'; DELETE FROM facts WHERE '1'='1",
    "1; UPDATE salaries SET amount = 0; --",
    "backend engineer'; TRUNCATE passages; --",
    "%' AND pg_sleep(5) IS NULL --",
    "London\\'; SELECT pg_sleep(5);--",
    "'; COPY salaries TO PROGRAM 'id'; --",
    "Robert'); DROP TABLE students;--",
]

MARKUP = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "<b>salary</b> in <i>London</i>",
    "javascript:alert(document.cookie)",
    "<iframe src=\"https://evil.example\"></iframe>",
    "{{7*7}} ${7*7} <%= 7*7 %>",
    "${jndi:ldap://127.0.0.1/a}",
    "%s%s%s%n%x",
    "../../../../etc/passwd",
    "]]></message><message>hi",
    "\"}, {\"text\": \"injected\"",
    "[click](javascript:alert(1))",
]

UNICODE = [
    "💰💰💰",
    "how much do 👩‍💻 backend engineers earn in London 🇬🇧?",
    "ما هو راتب مهندس البرمجيات في لندن؟",
    "כמה מרוויח מהנדס בקאנד בתל אביב?",
    "\u202eLondon in salary\u202c",
    "salary in Лондон for бэкенд engineers",
    "后端工程师在北京的工资是多少？",
    "バックエンドエンジニアの給料 in Tokyo",
    "Z̴̡̛̪a̷̜͝l̸̰̇g̶̱͌o̵̥̊ salary",
    "ｓａｌａｒｙ ｉｎ Ｌｏｎｄｏｎ",
    "salary\u200bin\u200bLondon",
    "s\u0301a\u0301l\u0301a\u0301r\u0301y",
    "𝓈𝒶𝓁𝒶𝓇𝓎 𝒾𝓃 𝐿𝑜𝓃𝒹𝑜𝓃",
    "\ufeffbackend engineer salary",
]

CONTROL = [
    "\x00",
    "salary\x00in London",
    "\x07\x08\x1b[31mred\x1b[0m",
    "line1\r\nline2\rline3",
    "tab\tseparated\tsalary",
    "\x7f\x1f\x1e",
    "\u2028\u2029",
]

BLANK = ["", " ", "   ", "\n", "\t\n\r ", "\u00a0", "\u200b", "\u3000"]

ODD = [
    "/ask_salary",
    "/ask_salary{\"place\": \"London'; DROP TABLE salaries;--\"}",
    "/ask_salary{\"role\": \"<script>alert(1)</script>\", \"place\": \"' OR 1=1 --\"}",
    "/followup_place{\"place\": \"\\u0000\"}",
    "/nonexistent_intent",
    "/greet{not json",
    "/",
    "?",
    "!!!!!!!!!!!!!!!!",
    "a",
    "1e309",
    "NaN",
    "null",
    "true",
    "-1",
    "salary salary salary salary salary salary salary salary salary salary",
    "London London London Paris Berlin Tokyo Sydney",
    "what is the salary of a backend engineer in London, Paris, Berlin, New York and Mars",
    "SELECT * FROM salaries",
    "DROP DATABASE bot",
]

TEMPLATES = [
    "{x}",
    "How much do backend engineers earn in {x}?",
    "and in {x}?",
    "What skills does a {x} need?",
    "what does a {x} do",
]


def long_messages() -> list[str]:
    """Messages of about 100 KB each."""
    return [
        "a" * LONG_CHARS,
        ("How much do backend engineers earn in London? " * 3000)[:LONG_CHARS],
        ("💰" * LONG_CHARS)[: LONG_CHARS // 2],
        ("London'; DROP TABLE salaries;-- " * 4000)[:LONG_CHARS],
    ]


def pathological_messages() -> list[str]:
    """Messages just under a 1,000-character limit that are slow for spaCy's tokenizer
    (long runs without spaces: its prefix/suffix search is quadratic in the token length)."""
    return ["'" * 990, "💰" * 990, "(" * 990, "\"" * 990, "-" * 990, "London'" * 140]


def hostile_messages() -> list[str]:
    """Hostile or odd text messages: every payload alone and inside every template (>= 400)."""
    payloads = INJECTIONS + MARKUP + UNICODE + CONTROL + BLANK + ODD
    messages = list(payloads)
    for template, payload in itertools.product(TEMPLATES[1:], payloads):
        messages.append(template.format(x=payload))
    return messages


def bad_rest_bodies() -> list[tuple[bytes, str]]:
    """REST request bodies that are not a valid message: (raw body, content type)."""
    def js(value: Any) -> bytes:
        return json.dumps(value).encode()

    return [
        (b"", "application/json"),
        (b"not json at all", "application/json"),
        (b"{\"sender\": \"x\", \"message\": ", "application/json"),
        (b"\xff\xfe\x00garbage", "application/json"),
        (js([1, 2, 3]), "application/json"),
        (js("just a string"), "application/json"),
        (js(42), "application/json"),
        (js(None), "application/json"),
        (js({}), "application/json"),
        (js({"sender": "bad-1"}), "application/json"),
        (js({"message": "How much do backend engineers earn in London?"}), "application/json"),
        (js({"sender": "bad-2", "message": None}), "application/json"),
        (js({"sender": "bad-3", "message": 12345}), "application/json"),
        (js({"sender": "bad-4", "message": ["salary", "London"]}), "application/json"),
        (js({"sender": "bad-5", "message": {"text": "salary"}}), "application/json"),
        (js({"sender": 12345, "message": "hello"}), "application/json"),
        (js({"sender": {"id": 1}, "message": "hello"}), "application/json"),
        (js({"sender": None, "message": "hello"}), "application/json"),
        (js({"sender": "s" * 10_000, "message": "hello"}), "application/json"),
        (js({"sender": "bad-6", "message": "hi", "metadata": "not a dict"}), "application/json"),
        (js({"sender": "bad-7", "message": "hi", "metadata": [1, 2]}), "application/json"),
        (js({"sender": "bad-8", "message": "hi", "input_channel": ["x"]}), "application/json"),
        (js({"sender": "bad-9", "message": "\ud800 lone surrogate"}), "application/json"),
        (b"sender=x&message=hello", "application/x-www-form-urlencoded"),
        (js({"sender": "bad-10", "message": "hello"}), "text/plain"),
        (b"[" * 5000 + b"]" * 5000, "application/json"),
        (b"{\"sender\": \"bad-11\", \"message\": \"hi\", \"message\": \"London\"}", "application/json"),
        (js({"sender": "bad-12", "message": "hello", "extra": "x" * 50_000}), "application/json"),
    ]
