"""Slack formatting of replies and chart payloads (pure functions, no Slack)."""

from __future__ import annotations

from bot.channels.mrkdwn import (
    bold_figures,
    chart_table,
    charts_of,
    charts_to_mrkdwn,
    escape,
    reply_to_mrkdwn,
    to_mrkdwn,
)
from bot.channels.slack import RecentKeys, sections

CHART = {
    "title": "Median salary of a Backend Software Engineer",
    "currency": "USD",
    "symbol": "$",
    "statistic": "median",
    "bars": [{"label": "New York", "value": 214000}, {"label": "Austin", "value": 149000}],
    "source": "Software Engineer - Backend",
}


def test_figures_bold_bullets_and_source() -> None:
    text = "The median salary is £95,000 (GBP) per year.\n- Python\n• SQL\nSource: Backend Guide"
    lines = to_mrkdwn(text).splitlines()
    assert lines[0] == "The median salary is *£95,000* (GBP) per year."
    assert lines[1:3] == ["• Python", "• SQL"]
    assert lines[3] == "_Source: Backend Guide_"


def test_markup_is_escaped_and_not_bolded_twice() -> None:
    assert escape("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    formatted = to_mrkdwn("<script>x</script> costs **₹2,034,000**")
    assert formatted == "&lt;script&gt;x&lt;/script&gt; costs *₹2,034,000*"


def test_chart_becomes_an_aligned_code_block_table() -> None:
    table = chart_table(CHART)
    title, block, source = table.split("\n", 1)[0], table.split("```")[1], table.rsplit("\n", 1)[1]
    assert title == "*Median salary of a Backend Software Engineer*"
    rows = block.strip("\n").splitlines()
    assert rows[0].split() == ["Place", "Median", "(USD)"]
    assert rows[1].startswith("New York") and rows[1].endswith("$214,000")
    assert len({len(row) for row in rows}) == 1, "columns line up"
    assert source == "_Source: Software Engineer - Backend_"


def test_charts_payload_shapes() -> None:
    assert charts_of({"chart": CHART}) == [CHART]
    assert charts_of({"charts": [CHART, CHART, "junk"]}) == [CHART, CHART]
    assert charts_of({"text": "hi"}) == []
    euros = {**CHART, "currency": "EUR", "symbol": "€", "title": "Median salary per year (EUR)",
             "bars": [{"label": "Paris", "value": 64500}]}
    combined = charts_to_mrkdwn([CHART, euros])
    assert combined.count("```") == 2, "one compact table for several currencies"
    rows = combined.split("```")[1].strip("\n").splitlines()
    assert rows[0].split() == ["Place", "Median", "Currency"]
    assert rows[-1].split() == ["Paris", "€64,500", "EUR"]


def test_long_replies_are_split_into_sections() -> None:
    text = "\n".join(["x" * 1000] * 7)
    blocks = [b["text"]["text"] for b in sections(text)]
    assert len(blocks) == 4 and all(len(b) <= 3000 for b in blocks)  # 2 + 2 + 2 + 1 lines
    assert "\n".join(blocks) == text


def test_recent_keys_is_a_bounded_lru() -> None:
    keys = RecentKeys(capacity=2)
    assert not keys.seen("a") and not keys.seen("b") and keys.seen("a")
    assert not keys.seen("c")  # evicts "b", the least recently seen
    assert not keys.seen("b") and keys.seen("c")


REPLY = {
    "body": "The median salary in London is £95,000 (GBP) per year.\n- Python\n• 95,000 users is not money",
    "sources": ["Software Engineer - Backend", "Backend Guide"],
    "kind": "answer",
    "figures": [{"text": "£95,000 (GBP)", "amount": 95000, "currency": "GBP"}],
}


def test_structured_reply_bolds_exactly_its_figures() -> None:
    lines = reply_to_mrkdwn(REPLY).splitlines()
    assert lines[0] == "The median salary in London is *£95,000 (GBP)* per year."
    assert lines[1:3] == ["• Python", "• 95,000 users is not money"], "nothing is bolded by pattern"
    assert lines[-1] == "_Source: Software Engineer - Backend; Backend Guide_"
    assert len(lines) == 4


def test_structured_reply_without_figures_bolds_nothing() -> None:
    text = reply_to_mrkdwn({**REPLY, "figures": []})
    assert "*" not in text.replace("_Source:", "")


def test_figures_longest_first_never_inside_words_or_twice() -> None:
    assert bold_figures("£95,000 (GBP) and £95,000", ["£95,000", "£95,000 (GBP)"]) == \
        "*£95,000 (GBP)* and *£95,000*"
    assert bold_figures("x1,200 and 1,200", ["1,200"]) == "x1,200 and *1,200*"
    assert bold_figures(escape("<b>£5</b>"), ["£5"]) == "&lt;b&gt;*£5*&lt;/b&gt;"


def test_structured_reply_with_a_chart_is_one_text_with_its_table() -> None:
    reply = {"body": "Median salary per year, side by side:\n  New York  $214,000 (USD)",
             "sources": ["Software Engineer - Backend"], "kind": "answer", "chart": CHART,
             "figures": [{"text": "$214,000 (USD)", "amount": 214000, "currency": "USD"}]}
    text = reply_to_mrkdwn(reply)
    body, table, after = text.split("```")
    assert "*$214,000 (USD)*" in body and "*Median salary of a Backend Software Engineer*" in body
    assert "$214,000" in table and "Austin" in table and "*" not in table
    assert after.strip() == "_Source: Software Engineer - Backend_", "one source line, the reply's"
    several = reply_to_mrkdwn({**reply, "chart": None, "charts": [CHART, {**CHART, "currency": "EUR"}]})
    assert several.count("```") == 2 and several.count("_Source:") == 1


def test_structured_checklist_is_rendered_from_the_body_text() -> None:
    reply = {"body": "Checking your skills:\n\nLanguages:\n✅ Python — you have Python\n⬜ Go",
             "sources": ["Backend Guide"], "kind": "answer", "checklist": {"role": "Backend", "have": []}}
    text = reply_to_mrkdwn(reply)
    assert "✅ Python — you have Python\n⬜ Go" in text and "checklist" not in text
    assert "\n\n" in text, "paragraphs stay apart"
