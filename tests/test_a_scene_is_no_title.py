"""A scene named by what happens in it ("the shower scene", "the bell tower sequence") is a moment of some film's
story, not the title of a film we lack: "is the shower scene scary?" got "I don't have the shower scene". A film we
lack named beside a scene is still one we lack. Through the Engine over the bundled films, spoilers off."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "is the shower scene scary?",
        "what happens in the shower scene?",
        "is the bell tower scene scary?",
        "how long is the bell tower sequence?",
        "the stairs moment in psycho, is it scary?",
    ],
)
def test_a_scene_is_not_read_as_a_film_we_lack(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    # (With spoilers off, what it is asked of may be a scene only a film's hidden text tells: which film, or none
    # found, is the reply that confirms nothing.)
    assert "I don't have" not in answer.answer and "scene" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "lacking"),
    [
        ("who is in the opening scene of jaws?", "jaws"),
        ("is the matrix scene good", "matrix"),
        ("how long is the godfather part 2", "godfather part 2"),
    ],
)
def test_a_film_we_lack_beside_a_scene_is_still_lacking(engine: Engine, question: str, lacking: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and lacking in answer.answer.lower(), answer.answer
