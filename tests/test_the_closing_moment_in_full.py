""" "What's the final image of Citizen Kane?" quoted only the last two sentences ("Nobody in the room notices. Smoke
rises from the chimney …"), a step after the sled that the image is of; "what happens in the final scene of
Chinatown?" stopped after Loach's shot. The story's last moment is quoted back from its last sentence while it fits
(FINAL_CHARS), within the closing section, never cut."""

from __future__ import annotations

import pytest

from index.answer import FINAL_CHARS
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told", "last"),
    [
        ("What's the final image of Citizen Kane?", "sled", "No Trespassing."),
        ("what happens in the final scene of chinatown?", "Loach fires", "because it is Chinatown."),
        ("what's the final shot of vertigo?", "nun rises", "falls to her death"),
    ],
)
def test_the_last_moment_is_quoted_with_what_it_shows(engine: Engine, question: str, told: str, last: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer and last in answer.answer, answer.answer
    assert len(answer.answer) <= FINAL_CHARS + 1 and not answer.answer.startswith("…"), answer.answer


def test_the_last_moment_stays_hidden_with_spoilers_off(engine: Engine) -> None:
    answer = engine.ask("What's the final image of Citizen Kane?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "sled" not in answer.answer, answer.answer
