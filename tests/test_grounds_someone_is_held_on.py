""" "Why is Borden in jail?": the grounds someone is held on are the reason, told as a charge ("stands trial for
murder"), not with "because". The question's "jail" meets "In his cell he reads Angier's diary", which says where he
is, not why; the charge now counts as a reason, as "because" does. (With spoilers on the cell sentence still wins: it
borrows "Borden" from "Borden is sentenced to hang" before it, and "cell" weighs more in the whole text.)"""

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
    "question", ["why is borden in jail", "why Borden is in the prison in the prestige?", "why is Borden locked up?"]
)
def test_why_someone_is_held_is_the_charge(engine: Engine, question: str) -> None:
    answer = engine.ask(question, context_film="the-prestige-2006", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "trial for murder" in answer.answer, answer.answer
