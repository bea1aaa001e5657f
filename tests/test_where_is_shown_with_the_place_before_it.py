""" "Where does Jake Gittes work?" got "J. J. "Jake" Gittes is a sharply dressed private investigator who makes a
comfortable living from divorce work …", one sentence after "Los Angeles, 1937, in the middle of a drought.", the
only words saying where. A "where" question's answer is now shown with the short sentence just before its excerpt
(`Choice.setting`, as a reveal's is) when that sentence names a place or a time; a short sentence that names none
("They agree to split the groups between them.") is not added. Over the bundled films, with spoilers off."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_where_someone_works_is_shown_with_the_place_before_it(engine: Engine) -> None:
    answer = engine.ask("where does Jake Gittes work in Chinatown?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.answer.startswith("Los Angeles, 1937, in the middle of a drought. "), answer.answer
    assert "divorce work" in answer.answer, answer.answer


def test_a_short_sentence_naming_no_place_is_not_added(engine: Engine) -> None:
    answer = engine.ask("where do Tyler and the narrator live in fight club?", scope=SpoilerScope.off())
    assert not answer.answer.startswith("They agree to split the groups"), answer.answer


@pytest.mark.parametrize("question", ["what does Jake Gittes do for a living in Chinatown?", "who is Jake Gittes?"])
def test_a_question_asking_no_place_keeps_its_excerpt(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert not answer.answer.startswith("Los Angeles, 1937"), answer.answer
