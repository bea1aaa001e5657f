""" "Oh, how lovely. Thank you, dear." after an answer about Citizen Kane was refused as a question about Kane, and
"Thank you, dear." alone got "I don't have dear": an exclamation ("how sad", "what a twist") holds a question word
and asks nothing, and thanks with a word for whom they are to lost the thanks and kept the word. A message made only
of exclamations and thanks is a remark; "how long?" is still a follow-up asked of the film."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import only_exclaims
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

KANE = "citizen-kane-1941"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "said",
    [
        "Oh, how lovely. Thank you, dear.",
        "how interesting!",
        "what a twist!",
        "wow, how sad",
        "Thank you, dear.",
        "cheers mate",
        "What an ending. Thanks so much, bot!",
    ],
)
def test_it_is_a_remark_naming_no_film(engine: Engine, said: str):
    for scope in (SpoilerScope.off(), SpoilerScope.on()):
        answer = engine.ask(said, scope=scope, context_film=KANE, context_question="who directed citizen kane?")
        assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
        assert "Kane" not in answer.answer and "don't have" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "asked", ["how long?", "how old is he?", "what a film is the one about the zone?", "how sad is the ending?"]
)
def test_a_question_is_no_exclamation(asked: str):
    assert not only_exclaims(asked)


def test_a_short_follow_up_is_still_answered(engine: Engine):
    answer = engine.ask("how long?", scope=SpoilerScope.off(), context_film=KANE, context_question="who directed it?")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == KANE, answer.answer
