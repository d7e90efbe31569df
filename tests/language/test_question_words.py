"""What a question says besides its names: how common its words are, which sentences ask (a "?" or a
question word first), what it asks after what the user said first and before the reason they give, and
pay asked without a pay word ("what RNs make", "$38/hr")."""

from __future__ import annotations

from bot.language.asks import entities
from bot.language.frequency import is_common
from bot.language.text import question_spans


def test_everyday_words_are_common_and_names_or_terms_are_not() -> None:
    assert all(is_common(w) for w in ("over", "choice", "switch", "once", "Terrible"))
    assert not any(is_common(w) for w in ("visa", "parental", "tidewater", "kubernetes", "apprenticeship"))


def test_what_the_user_says_before_the_question_is_no_part_of_it() -> None:
    text = "i run a haas mill in ohio, whats the avg machinist wage there"
    assert [text[a:b] for a, b in question_spans(text)] == ["whats the avg machinist wage there"]
    plain = "how much do nurses make in ohio, per hour"
    assert [plain[a:b] for a, b in question_spans(plain)] == [plain]


def _asked(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in question_spans(text)]


def test_an_unpunctuated_question_is_the_sentence_that_opens_with_a_question_word() -> None:
    assert _asked("econ undergrad, did a 12 week bootcamp. do i really need a masters to be hired") == [
        "do i really need a masters to be hired"]
    assert _asked("my mom is freaking out. real talk how dangerous is it") == [
        "real talk how dangerous is it"]
    assert _asked("ok dumb question but whats the difference? some girl calls herself one") == [
        "ok dumb question but whats the difference?"]
    told = "did my AAT level 4 while working. does AAT count for anything"  # "did my ...": what they did
    assert _asked(told) == ["does AAT count for anything"]
    assert _asked("it is hard. i hate it") == ["it is hard. i hate it"]  # no question: the whole message


def test_the_reason_given_after_the_question_is_no_part_of_it() -> None:
    assert _asked("interview in dublin next week. what's the typical salary there so i dont undersell myself"
                  ) == ["what's the typical salary there"]
    assert _asked("is it dangerous because she thinks ill get hurt") == ["is it dangerous"]


def _pay(text: str) -> list[str]:
    return [str(e["value"]) for e in entities(text) if e["entity"] == "pay"]


def test_pay_asked_without_a_pay_word() -> None:
    assert _pay("how does that stack up against what RNs make nationally") == ["pay"]
    assert _pay("what skills make a good nurse") == []
    assert _pay("base is $38/hr, is that low") == ["rate"]  # a figure: a pay sense, not a pay question


def test_wanting_to_be_names_the_aim() -> None:
    from bot.language.asks import target_start

    text = "should i learn react or vue first if i want to be a frontend dev?"
    at = target_start(text)
    assert at is not None and text[at:].strip().startswith("a frontend dev")


def test_a_pay_rate_is_pay_and_a_users_own_change_is_no_trend() -> None:
    from bot.language.asks import asks_trend

    assert _pay("whats the average hourly rate for a dietitian") == ["pay"]
    assert _pay("annual leave, how many days") == ["rate"]
    assert asks_trend("are backend salaries going up or down this year")
    assert not asks_trend("whats the hourly rate? thinking about dropping to part time")


def test_what_someone_is_on_per_hour_is_pay_asked() -> None:
    text = "been scaffolding 6 yrs, what should i be on per hour"
    found = [e for e in entities(text) if e["entity"] == "pay"]
    assert [(e["value"], e["asked"]) for e in found] == [("pay", True)]
    assert _pay("what should i focus on per day") == []
