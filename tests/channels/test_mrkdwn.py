"""Slack formatting of replies and chart payloads (pure functions, no Slack)."""

from __future__ import annotations

from bot.channels.mrkdwn import chart_table, charts_of, charts_to_mrkdwn, escape, to_mrkdwn
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
