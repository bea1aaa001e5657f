"""Reasons that summaries tell as a state of mind or a warning, not with "because": "Unable to bear the guilt, he dug
up her body", "the Sacred Scrolls warn that man is a destroyer", "knowing Scottie's fear of heights would keep him
off the tower". "Why did he keep her body?" tied four sentences sharing one word each, and the first ("Norman …
finds the body") won; a "why" now prefers the sentence giving the reason in these words too."""

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
    ("question", "film", "told"),
    [
        ("why did he keep her body though", "psycho-1960", "Unable to bear the guilt"),
        ("why did zaius hide the truth?", "planet-of-the-apes-1968", "Sacred Scrolls warn"),
        ("wait why did elster need scottie for it", "vertigo-1958", "fear of heights"),
    ],
)
def test_a_why_is_answered_with_the_reason_told_as_a_state(engine: Engine, question: str, film: str, told: str) -> None:
    answer = engine.ask(question, context_film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_a_why_with_spoilers_off_still_shows_nothing_of_the_reason(engine: Engine) -> None:
    answer = engine.ask("why did Norman keep his mother's body in Psycho?", scope=SpoilerScope.off())
    assert not answer.contains_spoilers and "guilt" not in answer.answer, answer.answer
