""" "Did Mills know?" right after "was Tracy pregnant?": whether he knew what that question asked about, asked in its
words; read alone, "know" found nothing of hers ("Mills shoots Doe dead" answered)."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

BEFORE = "was tracy pregnant in se7en"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_whether_someone_knew_what_was_just_asked(engine: Engine):
    answer = engine.ask("did mills know", scope=SpoilerScope.on(), context_film="se7en-1995", context_question=BEFORE)
    assert answer.status is Status.ANSWERED and "never knew" in answer.answer


def test_withheld_with_what_it_asks_about(engine: Engine):
    answer = engine.ask("did mills know?", scope=SpoilerScope.off(), context_film="se7en-1995", context_question=BEFORE)
    assert answer.status is Status.WITHHELD and "pregnant" not in answer.answer


def test_knowing_something_named_is_asked_as_it_is(engine: Engine):
    # The object given: no question before is needed to read it.
    answer = engine.ask(
        "did mills know tracy was pregnant?", scope=SpoilerScope.on(), context_film="se7en-1995", context_question=None
    )
    assert answer.status is Status.ANSWERED and "never knew" in answer.answer
