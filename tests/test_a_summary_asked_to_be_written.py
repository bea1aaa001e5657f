""" "write a summary of psycho" and "write me the plot of memento" were answered with the writer's credit ("Writer:
Joseph Stefano"), and "can you write a short synopsis of vertigo?" was refused: "write" was read as the writing
credit asked. Asked to write a summary, synopsis or recap, the bot gives the premise; "who wrote …" still asks the
credit."""

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
        ("write a summary of psycho", "psycho-1960", "Marion"),
        ("write me the plot of memento", "memento-2000", "Leonard"),
        ("can you write a short synopsis of vertigo?", "vertigo-1958", "Scottie"),
        ("please write up a recap of se7en", "se7en-1995", "Somerset"),
    ],
)
def test_a_summary_asked_to_be_written_is_the_premise(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
    assert told in answer.answer and "Writer:" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "writer"), [("who wrote psycho?", "Stefano"), ("who wrote the plot of memento?", "Nolan")]
)
def test_who_wrote_it_is_still_the_credit(engine: Engine, question: str, writer: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and writer in answer.answer, answer.answer
