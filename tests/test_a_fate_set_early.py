"""A fate question set early ("what happened to Kane as a boy?", "what happens to Marion at the start?") asks what
befell someone then, not how they end: under a progress limit it was withheld as a fate the text before the limit
does not end. Through the Engine over the bundled films."""

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
    ["what happened to kane as a boy in citizen kane", "ok what happened to kane when he was a kid in citizen kane"],
)
def test_a_fate_set_in_childhood_is_what_befell_them_then(engine: Engine, question: str):
    # Before: withheld under upto:50% as a fate ("what happened to …") the text before the limit does not end:
    # it asks what befell him as a boy, which the set-up tells.
    answer = engine.ask(question, scope=SpoilerScope.parse("upto:50%"))
    assert answer.status is Status.ANSWERED and "Thatcher" in answer.answer, answer.answer
