"""The film's title typed as a tag after the question ("what's rosebud?? (citizen kane)", "who's the killer? se7en")
asks what the question asks: the kind of question is read without it. "What's Rosebud?" with the title after it was
answered with the premise's naming sentence, with spoilers off, instead of being withheld. Through the Engine over
the bundled films."""

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
        "what's rosebud?? (citizen kane)",
        "what's rosebud?? citizen kane",
        "whats rosebud (Citizen Kane)",
        "what is rosebud - citizen kane",
    ],
)
def test_a_name_asked_with_the_title_after_it_is_withheld_with_spoilers_off(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "citizen-kane-1941"
    assert answer.status is Status.WITHHELD, answer.answer
    assert "sled" not in answer.answer.lower()


@pytest.mark.parametrize("question", ["what's rosebud?? (citizen kane)", "what is rosebud - citizen kane"])
def test_the_same_question_is_answered_with_spoilers_on(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "sled" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A title after the question, without a mark before it, is what the question asks of: kept.
        ("who directed psycho", "Hitchcock"),
        ("what year is vertigo (1958 one)", "1958"),
        ("who directed it? (psycho)", "Hitchcock"),
    ],
)
def test_a_title_after_a_fact_question_still_names_the_film(engine: Engine, question: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer
