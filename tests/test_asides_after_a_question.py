"""What the asker adds after the question asks nothing: "what's psycho about again, saw it ages ago", "who shot it
tho, the camera guy". The question before the aside is answered, as it would be alone."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("whats psycho about again, saw it ages ago", "psycho-1960", "Marion"),
        ("what is vertigo about exactly, my dad loves it", "vertigo-1958", "Scottie"),
        ("who shot it tho, the camera guy", "citizen-kane-1941", "Gregg Toland"),
        # "job wise": "wise" only says what the question is about
        ("what did leonard do before, job wise", "memento-2000", "insurance"),
        ("whats norman's hobby, something creepy right", "psycho-1960", "stuffs birds"),
    ],
)
def test_the_question_before_the_aside_is_answered(engine: Engine, question: str, film: str, told: str) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in (answer.answer or "")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("why did she take the money tho, she had a job", "why did she take the money, she had a job"),
        # (the aside after it says how far the asker followed, and goes too: tests/test_an_aside_on_following.py)
        ("why did he leave though; i forget", "why did he leave"),
    ],
)
def test_tho_before_more_is_said_ends_the_question(typed: str, read: str) -> None:
    assert plain_question(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("whats his hobby, something creepy right", "what's his hobby"),
        ("is it long, kinda slow right?", "is it long"),
        ("what did leonard do before, job-wise", "what did leonard do before, job"),
        ("otherwise who directed it", "otherwise who directed it"),
    ],
)
def test_a_guess_or_a_topic_after_the_question_is_set_aside(typed: str, read: str) -> None:
    assert plain_question(typed) == read


@pytest.mark.parametrize("typed", ["even though, he stayed", "as though, you know"])
def test_though_joining_a_clause_stays(typed: str) -> None:
    assert "though" in plain_question(typed)
