""" "Does the reporter ever find out?", "does X ever …": whether it comes about at all, which the story's late text
tells ("Thompson gives up"), not the set-up that first says what he is looking for."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import analyze
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_ever_finding_out_is_answered_by_the_outcome(engine: Engine):
    answer = engine.ask("does the reporter ever find out", scope=SpoilerScope.on(), context_film="citizen-kane-1941")
    assert answer.status is Status.ANSWERED and "gives up" in answer.answer


@pytest.mark.parametrize(
    ("question", "late"),
    [
        ("does the reporter ever find out", True),
        ("did scottie ever get over it?", True),
        ("has he ever been to the zone?", False),
        ("whatever happened to the stalker's mentor", False),
    ],
)
def test_ever_places_the_question_late(question: str, late: bool):
    assert analyze(question, query_tokens(question)).late is late
