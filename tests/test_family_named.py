""" "Who is Evelyn's father in Chinatown?" with spoilers on was answered "Evelyn shoots her father in the arm …",
the sentence holding both words, not the one naming him ("Her father, Noah Cross, …"); "who is Norman's mother
really?" got the premise. Someone asked after by a family tie is answered by the sentence naming them beside it,
of the person asked about (their passage, or the sentence before it, names them), from what the asker may see."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

P, L = SectionKind.PREMISE, SectionKind.PLOT

# A small film where two people's ties are told, one of them only in the hidden part.
FERRY = make_film(
    "The Last Ferry",
    1964,
    [
        (P, False, "Agnes Rook runs the ferry across the firth. Her brother, Callum Rook, keeps the pier."),
        (L, True, "Callum's daughter, Isla Rook, comes home from the city with a stranger."),
        (L, True, "The stranger is her father, Ewan Dunn, whom Callum has raised her to believe dead."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, FERRY])


@pytest.mark.parametrize(
    ("question", "told", "not_told"),
    [
        ("who is evelyn's father in chinatown?", "Noah Cross", "shoots"),
        ("who is cole's mother in the sixth sense?", "Lynn", "Anna"),
        ("who is marion's sister in psycho?", "Lila Crane", "Sam Loomis"),
        ("who is agnes's brother in the last ferry?", "Callum", "Isla"),
        ("who is callum's daughter in the last ferry?", "Isla", "Agnes"),
    ],
)
def test_the_one_named_beside_the_tie_is_told(engine: Engine, question: str, told: str, not_told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer and not_told not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "hidden"),
    [("who is callum's daughter in the last ferry?", "Isla"), ("who is evelyn's father in chinatown?", "Cross")],
)
def test_a_tie_told_only_in_the_hidden_part_stays_hidden(engine: Engine, question: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert hidden not in answer.answer, answer.answer


def test_a_tie_told_in_the_premise_is_answered_with_spoilers_off(engine: Engine):
    answer = engine.ask("who is agnes's brother in the last ferry?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Callum" in answer.answer, answer.answer
