"""What one person tells another is asked in "tell" and told in "tells": "what does Teddy tell Leonard at the end?"
lost its verb ("tell" is how an asker asks, "tell me …", so it is no search word) and got the sentence that only
names the two. Asked with a person before it, "tell" is read as the story's "tells". The asker's own "tell me",
"can you tell us", "do you tell spoilers" are left as they are."""

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
    ("question", "film_id", "scope", "told"),
    [
        ("what does teddy tell leonard at the end of memento", None, "on", "undercover"),
        ("what does Tracy tell Somerset when they meet alone in se7en?", None, "on", "pregnant"),
        ("what does Cole finally tell Malcolm?", "the-sixth-sense-1999", "50%", "dead people"),
        ("what does cole tell his mom in the car?", "the-sixth-sense-1999", "on", "standing by the car window"),
    ],
)
def test_what_is_told_is_found(engine: Engine, question: str, film_id: str | None, scope: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.parse(scope), context_film=film_id)
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_with_spoilers_off_it_stays_withheld(engine: Engine) -> None:
    answer = engine.ask("what does teddy tell leonard at the end of memento", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert "undercover" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["can you tell me who directed stalker", "tell me about vertigo", "do you tell spoilers?", "did I tell you"],
)
def test_the_askers_own_tell_is_left(question: str) -> None:
    assert plain_question(question) == question


def test_a_fact_asked_with_tell_me_is_answered(engine: Engine) -> None:
    answer = engine.ask("can you tell me who directed stalker?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Tarkovsky" in answer.answer, answer.answer
