"""A reveal's excerpt often starts one sentence after what it tells of: "does Madeleine die in Vertigo?" got
"Scottie's vertigo stops him on the stairs, and through a window he sees her body fall to a roof below. …", without
"At the mission Madeleine runs up the bell tower." just before it, which says where and whose body it is. A short
sentence right before a reveal's excerpt (`answer.SHORT_AFTER`, of what the asker may see) is now shown with it.

It is kept apart from the excerpt the rules judge (`Choice.setting`): added to the excerpt itself, it changed which
passage "who is Tyler really?" was answered from. Over the bundled films."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "setting", "reveal"),
    [
        ("does madeleine die in vertigo", "At the mission Madeleine runs up the bell tower.", "her body fall"),
        ("does mills's wife survive in se7en", "The box holds Tracy's head.", "killed her"),
    ],
)
def test_a_reveal_is_shown_with_the_short_sentence_setting_it(
    engine: Engine, question: str, setting: str, reveal: str
) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.answer.startswith(f"{setting} ") and reveal in answer.answer, answer.answer


def test_a_question_that_asks_no_reveal_keeps_its_excerpt(engine: Engine) -> None:
    answer = engine.ask("what does the inquest rule in vertigo?", scope=SpoilerScope.on())
    assert "An inquest rules it suicide" in answer.answer, answer.answer
    assert "runs up the bell tower" not in answer.answer, answer.answer


def test_an_identity_is_answered_from_the_passage_that_states_it(engine: Engine) -> None:
    answer = engine.ask("who is Tyler Durden really in fight club?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "He is Tyler Durden." in answer.answer, answer.answer


def test_with_spoilers_off_the_reveal_stays_withheld(engine: Engine) -> None:
    answer = engine.ask("does madeleine die in vertigo", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "bell tower" not in answer.answer, answer.answer
