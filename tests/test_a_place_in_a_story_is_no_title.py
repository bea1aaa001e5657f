""" "who is in the fruit cellar", asked during Psycho up to 1:30, was answered "I don't have the fruit cellar": the
words are only in Psycho's hidden text, and "who is in X" reads as a cast question of a film X. A place some film's
text names in those very words is no title we lack; a name no text writes still is."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_a_follow_up_about_a_hidden_place_stays_with_the_film(engine: Engine):
    answer = engine.ask(
        "who is in the fruit cellar",
        scope=SpoilerScope.parse("upto:1:30"),
        context_film="psycho-1960",
        context_question="what does the sheriff tell them?",
    )
    assert answer.status is Status.WITHHELD and answer.film is not None and answer.film.id == "psycho-1960"
    assert "mummified" not in answer.answer


@pytest.mark.parametrize("question", ["who is in the fruit cellar", "who is in the bell tower"])
def test_a_place_written_in_a_story_is_not_a_film_we_lack(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND and "I don't have" not in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "title"), [("who is in the matrix", "the matrix"), ("who is in jaws?", "jaws")])
def test_a_title_no_text_writes_is_still_one_we_lack(engine: Engine, question: str, title: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and f"I don't have {title}" in answer.answer, answer.answer
