""" "What does the Professor hope to get out of the Zone?", "what does Leonard want?": an aim is told as one ("the trio
debates their motives: … the Professor clings to the belief that … perhaps a Nobel Prize", "Leonard is hunting the man
he believes escaped"), not by the sentence that introduces the one asked about with the same words ("two men—the
Writer and the Professor—hire him to lead them to the Zone")."""

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
        # Before: "To the wife's horror, two men—the Writer and the Professor—hire him to lead them to the Zone."
        ("what does the Professor hope to get out of the Zone?", "Stalker", "Nobel"),
        # (Answered so before too: the premise tells his aim with "believes".)
        ("what does Leonard want?", "Memento", "hunting"),
    ],
)
def test_an_aim_is_told_where_it_is_told_as_one(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer


def test_with_spoilers_off_a_hidden_aim_stays_hidden(engine: Engine):
    answer = engine.ask(
        "what does the Professor hope to get out of the Zone?", film="Stalker", scope=SpoilerScope.off()
    )
    assert answer.status is Status.WITHHELD, answer.answer
    assert "Nobel" not in answer.answer, answer.answer
