""" "Tell me the plot of Fight Club", then "what is his job?": the premise answering the first opens on the Narrator,
and "he" is him; read alone, "his job" is no one's and it "may be a spoiler". After a question for the plot, a "he"
or "she" is the first person its answer names whom the text speaks of so."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("context_film", "context_question", "question", "told"),
    [
        ("fight-club-1999", "tell me the plot of Fight Club", "what is his job?", "recall specialist"),
        ("fight-club-1999", "tell me the plot of Fight Club", "where does he work", "recall specialist"),
        ("psycho-1960", "what is Psycho about?", "where does she work?", "real-estate secretary"),
        ("psycho-1960", "summarise Psycho", "what does she do for a living?", "real-estate secretary"),
    ],
)
def test_he_or_she_after_the_plot_is_whom_it_opens_on(
    engine: Engine, context_film: str, context_question: str, question: str, told: str
):
    answer = engine.ask(question, context_film=context_film, context_question=context_question)
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_after_a_question_naming_someone_it_is_still_them(engine: Engine):
    # "Who is Norman Bates?" is no question for the plot: "he" after it is Norman. (Before, his surname alone found
    # "the Bates Motel, a run-down place", read as what he is.)
    answer = engine.ask("what does he do?", context_film="psycho-1960", context_question="who is Norman Bates?")
    assert "Norman" in answer.answer, answer.answer


def test_what_someone_is_is_told_of_their_whole_name_first(engine: Engine):
    answer = engine.ask("what does Norman Bates do for a living in Psycho?")
    assert "a shy, polite young man" in answer.answer, answer.answer
