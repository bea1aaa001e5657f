""" "How is the story told?": a question that ends on its own verb ("told", "heard") is asked whole, not read as
"how is the story" (what the film is about) with an aside "told" after it. An aside is what was told or heard: "what
is vertigo about told it's great" still asks what Vertigo is about."""

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
    ["how is the story told?", "how is Memento's story told?", "how is the story told"],
)
def test_a_question_ending_on_its_verb_is_asked_whole(engine: Engine, question: str):
    # Before: the premise's opening ("Leonard Shelby used to be an insurance claims investigator …").
    answer = engine.ask(question, film="Memento", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "backwards" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("what is vertigo about told it's great", "Vertigo", "Scottie"),
        ("what is psycho about heard it's scary", "Psycho", "Marion"),
    ],
)
def test_what_was_told_or_heard_after_a_question_is_still_an_aside(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer
