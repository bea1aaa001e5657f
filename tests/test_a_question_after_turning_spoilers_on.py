"""After a refusal and `/spoilers on`, people go on in their own words: "ok i turned spoilers on, so what is it",
"ok I'm fine with spoilers now. was he?". The lead-in about their spoiler setting was read as the question's words
(and "so what is it" behind it never reached the rule that asks the last question again), and "was he?" echoes the
last yes/no question by its verb alone: both were answered with the premise. A lead-in that says something else
("my friend said, is tyler real?") is still part of the question."""

from __future__ import annotations

import pytest

from index.remarks import without_lead_in
from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("ok i turned spoilers on, so what is it", "so what is it"),
        ("ok i've turned them on, what is rosebud", "what is rosebud"),
    ],
)
def test_a_lead_in_about_the_spoiler_setting_is_set_aside(question: str, rest: str) -> None:
    assert without_lead_in(question) == rest


@pytest.mark.parametrize(
    "question",
    ["my friend said, is tyler real?", "i watched it with my mum, is it scary?", "ok now tell me, does he get home?"],
)
def test_a_lead_in_saying_something_else_stays(question: str) -> None:
    assert without_lead_in(question) == question


@pytest.mark.parametrize(
    ("lines", "told"),
    [
        (
            ("what does rosebud mean in citizen kane", "/spoilers on", "ok i turned spoilers on, so what is it"),
            "sled",
        ),
        (("is malcolm dead in the sixth sense?", "/spoilers on", "ok I'm fine with spoilers now. was he?"), "ghost"),
        (("does marion die in psycho?", "/spoilers on", "did she?"), "stabs her to death"),
    ],
)
async def test_the_last_question_asked_again_after_spoilers_on(service, lines: tuple[str, ...], told: str) -> None:
    replies = await talk(service, *lines)
    assert told in replies[-1], replies[-1]


async def test_an_echo_of_no_yes_no_question_is_not_asked_again(service) -> None:
    replies = await talk(service, "who directed psycho?", "was he?")
    assert "Hitchcock" not in replies[-1], replies[-1]
