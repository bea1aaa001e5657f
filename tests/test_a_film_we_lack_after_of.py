""" "who dies at the end of the departed" (after a question about Chinatown) was answered with Chinatown's ending:
a title we lack typed in lower case was read as one only after "in" ("who dies in the departed"), not after "of"
("the end of the departed"). A last word after "of the" that no film's text writes in any form is read as a title
too; a word some film's text holds ("the apes", "the dog" in a summary) is still the story's."""

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
    "question",
    [
        "who dies at the end of the departed",
        "what happens at the end of the departed?",
    ],
)
def test_the_film_we_lack_is_said_so(engine: Engine, question: str):
    for context in (None, "chinatown-1974"):
        answer = engine.ask(
            question,
            scope=SpoilerScope.off(),
            context_film=context,
            context_question=context and "who directed chinatown?",
        )
        assert answer.status is Status.NOT_FOUND and "the departed" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["what happens at the end of the movie", "who is the leader of the apes"])
def test_the_storys_own_words_are_no_title(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND, answer.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # a plot question whose film is named after "the end of", without "the"
        ("does the top fall at the end of inception?", "inception"),
        ("what does the ending of interstellar mean?", "interstellar"),
    ],
)
def test_a_film_we_lack_after_the_end_of(engine: Engine, question: str, title: str):
    for scope in (SpoilerScope.off(), SpoilerScope.on()):
        answer = engine.ask(question, scope=scope)
        assert answer.status is Status.NOT_FOUND and title in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [("what happens at the end of vertigo?", "vertigo-1958"), ("who dies at the end of psyco?", "psycho-1960")],
)
def test_our_film_after_the_end_of_is_answered(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
