"""The web widget in a real browser (Debian Chromium through Playwright), against the running bot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.channels.conftest import PHONE
from tests.channels.widget_page import ask, bot_count, wait_connected, wait_for_reply

pytestmark = pytest.mark.e2e

SALARY_QUESTION = "How much do backend engineers earn in London?"
XSS = "<img src=x onerror=window.__xss=1><script>window.__xss=2</script>"
EMIT = "m => window.careerChat.socket.listeners('bot_uttered')[0](m)"  # as if the server sent `m`


@pytest.fixture()
def page(browser: Any, bot_stack: Any) -> Iterator[Any]:
    """A fresh phone-sized browser context (its own localStorage) with the widget open."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(bot_stack.widget_url)
    wait_connected(page)
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def test_salary_answer_with_citation_survives_reload(page: Any, artifacts_dir: Path) -> None:
    reply = ask(page, SALARY_QUESTION)
    assert "£95,000" in reply
    bubble = page.locator(".msg.bot .bubble", has_text="£95,000").last
    citation = bubble.locator(".citation")
    assert citation.count() >= 1, "the source must be its own citation element"
    assert citation.first.inner_text().startswith("Source:")
    assert len(citation.first.inner_text()) > len("Source: ")
    assert page.evaluate("document.activeElement.id") == "chat-input", "focus stays in the input"
    page.screenshot(path=str(artifacts_dir / "widget.png"))

    messages_before = page.locator(".msg").count()
    session = page.evaluate("window.careerChat.sessionId()")
    page.reload()
    wait_connected(page)
    assert page.locator(".msg").count() == messages_before, "the transcript is restored after a reload"
    restored = page.locator(".msg.bot .bubble", has_text="£95,000")
    assert restored.count() >= 1
    assert restored.first.locator(".citation").inner_text().startswith("Source:"), "the stored reply is drawn"
    assert page.evaluate("window.careerChat.sessionId()") == session

    # The server kept the conversation (same session id): a follow-up needs the earlier role.
    follow_up = ask(page, "What about Paris?")
    assert "€64,500" in follow_up
    page.screenshot(path=str(artifacts_dir / "widget-after-reload.png"))


def test_quick_reply_sends_its_payload(page: Any) -> None:
    ask(page, SALARY_QUESTION)
    buttons = page.locator(".msg.bot .quick-replies button")
    assert buttons.count() >= 1, "a salary answer offers follow-up questions"
    title = buttons.first.inner_text()
    before = bot_count(page)
    buttons.first.click()
    reply = wait_for_reply(page, before)
    assert page.locator(".msg.user").last.inner_text().endswith(title)
    assert reply.strip()
    assert page.locator(".msg.bot .quick-replies button", has_text=title).count() <= 1, \
        "old quick replies are removed once used"


def test_salary_comparison_draws_a_bar_chart(page: Any, artifacts_dir: Path) -> None:
    ask(page, "Compare backend engineer salaries in New York, San Francisco and Austin")
    chart = page.locator("figure.chart").last
    chart.wait_for(timeout=30_000)
    assert chart.locator("svg rect.bar").count() >= 3
    values = chart.locator("svg text.value").all_text_contents()
    assert "$214,000" in values and "$172,000" in values
    assert "USD" in chart.locator("figcaption").inner_text()
    chart.screenshot(path=str(artifacts_dir / "widget-chart.png"))


def test_skill_gap_shows_a_grouped_checklist(page: Any, artifacts_dir: Path) -> None:
    ask(page, "I know Python and MySQL")
    ask(page, "What am I missing to become a Backend Software Engineer?")
    bubble = page.locator(".msg.bot .bubble").last
    checklist = bubble.locator(".checklist")
    assert checklist.count() == 1, "the gap answer is drawn from its checklist payload"
    assert "Backend Software Engineer" in checklist.locator(".checklist-head").inner_text()
    assert checklist.locator(".checklist-group", has_text="Languages").count() == 1
    have = checklist.locator("li.have").all_inner_texts()
    assert any(item.startswith("\u2705") and "Python" in item for item in have), have
    missing = checklist.locator("li.missing").all_inner_texts()
    assert missing and all(item.startswith("\u2b1c") for item in missing)
    assert bubble.inner_text().count(missing[0]) == 1, "the checklist is shown once, not again as text"
    assert bubble.locator(".citation").last.inner_text().startswith("Source")
    bubble.screenshot(path=str(artifacts_dir / "widget-checklist.png"))


def test_structured_reply_is_rendered_from_its_fields(page: Any) -> None:
    """The widget draws `reply` (body, figures, links, chart, citation), never the `text` fallback."""
    reply = {
        "body": "London pays £95,000 (GBP).\n- See https://example.com/pay\n- " + XSS,
        "sources": ["Guide A", "Guide B"], "kind": "answer",
        "figures": [{"text": "£95,000 (GBP)", "amount": 95000, "currency": "GBP"}],
        "chart": {"title": "Median salary per year (GBP)", "currency": "GBP", "symbol": "£",
                  "statistic": "median", "bars": [{"label": "London", "value": 95000}], "source": "Guide A"},
    }
    page.evaluate(EMIT, {"text": "FALLBACK Source: nope", "reply": reply})
    page.evaluate(EMIT, {"text": "Plain text\nSource: Kept as text"})
    bubble = page.locator(".msg.bot .bubble").first
    assert "FALLBACK" not in bubble.inner_text()
    assert bubble.locator("strong.figure").all_inner_texts() == ["£95,000 (GBP)"]
    assert bubble.locator("li a").get_attribute("href") == "https://example.com/pay"
    assert XSS in bubble.locator("li").last.inner_text()
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert bubble.locator("figure.chart svg rect.bar").count() == 1
    assert bubble.locator(".citation").all_inner_texts() == ["Sources: Guide A; Guide B"]
    plain = page.locator(".msg.bot .bubble").last
    assert plain.locator(".citation").count() == 0 and "Source: Kept as text" in plain.inner_text()


def test_checklist_payload_is_drawn_as_grouped_items(page: Any) -> None:
    """A checklist reply (shape of bot.advice's payload) without the bot: groups, ✅/⬜ items, steps."""
    checklist = {
        "role": "Backend Software Engineer", "skills": ["Python"], "covered": 1, "total": 3,
        "have": [{"label": "Programming languages", "category": "languages", "matched": ["Python"]}],
        "missing": {"languages": [], "cloud": [{"label": "AWS", "category": "cloud"}],
                    "soft_skills": [{"label": "Teamwork", "category": "soft_skills"}]},
        "groups": {"languages": "Languages", "cloud": "Cloud", "soft_skills": "Soft skills"},
        "experience": [{"kind": "experience", "text": "Two years of backend work.", "source": "Guide"}],
        "next_steps": [{"kind": "project", "text": "A web app", "source": "Guide"},
                       {"kind": "project", "text": "A database", "source": "Guide"}],
        "not_in_documents": ["Cobol"], "listed_for_other_roles": {}, "sources": ["Guide"],
    }
    reply = {"body": "Checking your skills:\nLanguages:\n\u2705 Programming languages\n\u2b1c AWS",
             "sources": ["Guide"], "kind": "answer", "checklist": checklist}
    page.evaluate(EMIT, {"text": "t", "reply": reply})
    box = page.locator(".msg.bot .bubble").last.locator(".checklist")
    assert "1 of 3 covered" in box.locator(".checklist-head").inner_text()
    assert box.locator(".checklist-group").all_inner_texts()[:3] == ["Languages", "Cloud", "Soft skills"]
    assert box.locator("li.have").all_inner_texts() == ["\u2705 Programming languages (you have Python)"]
    assert box.locator("li.missing").all_inner_texts() == ["\u2b1c AWS", "\u2b1c Teamwork"]
    text = box.inner_text()
    assert "Two years of backend work." in text and "Self-guided projects: A web app; A database" in text
    assert "Cobol" in text and text.count("AWS") == 1, "the body's text copy of the checklist is not shown"


def test_markup_in_messages_is_shown_as_text(page: Any) -> None:
    before = bot_count(page)
    page.fill("#chat-input", XSS)
    page.press("#chat-input", "Enter")
    wait_for_reply(page, before)
    assert XSS in page.locator(".msg.user").last.inner_text()
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("#chat-log img, #chat-log script").count() == 0


def test_phone_layout_and_keyboard_access(page: Any) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    width = PHONE["width"]
    for selector in ("#chat-input", "#chat-send", "#chat-log"):
        box = page.locator(selector).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, selector
    assert page.locator("#chat-send").bounding_box()["height"] >= 40  # finger-sized target
    assert page.get_by_label("Your message").count() == 1
    assert page.locator("#chat-log").get_attribute("aria-live") == "polite"
    page.focus("#chat-input")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "chat-send"


def test_unreachable_server_banner_and_reconnect(page: Any) -> None:
    banner = page.locator("#chat-status")
    assert banner.is_hidden()
    page.route("**/socket.io/**", lambda route: route.abort())
    page.evaluate("window.careerChat.socket.io.engine.close()")
    banner.wait_for(state="visible", timeout=15_000)
    assert "Can't reach" in banner.inner_text()

    before = bot_count(page)
    page.fill("#chat-input", SALARY_QUESTION)  # typed while offline: queued, sent on reconnect
    page.press("#chat-input", "Enter")
    page.unroute("**/socket.io/**")
    banner.wait_for(state="hidden", timeout=30_000)
    assert "£95,000" in wait_for_reply(page, before)


def test_new_conversation_starts_a_fresh_session(page: Any) -> None:
    ask(page, SALARY_QUESTION)
    old_session = page.evaluate("window.careerChat.sessionId()")
    page.click("#chat-reset")
    wait_connected(page)
    assert page.locator(".msg").count() == 0 and page.locator("#chat-empty").is_visible()
    assert page.evaluate("window.careerChat.sessionId()") != old_session
    assert page.evaluate("document.activeElement.id") == "chat-input"
    assert "£95,000" in ask(page, SALARY_QUESTION), "the new session answers"
    count = page.locator(".msg").count()
    page.reload()
    wait_connected(page)
    assert page.locator(".msg").count() == count, "only the new session's transcript is restored"
