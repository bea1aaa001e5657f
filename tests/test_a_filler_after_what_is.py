""" "what's rosebud then" up to 1:10 of Citizen Kane was answered with the premise's "His last word is 'Rosebud'":
a filler after the name ("then", "again", "anyway") hid that only what Rosebud is was asked, which the
hidden text alone tells. The filler asks nothing more: withheld like "what's rosebud", told with spoilers on."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["what's rosebud then", "what is rosebud again?", "whats rosebud anyway"])
@pytest.mark.parametrize("scope", ["off", "upto:1:10"])
def test_a_name_only_the_hidden_text_defines_stays_hidden(engine: Engine, question: str, scope: str):
    answer = engine.ask(question, film="citizen-kane-1941", scope=SpoilerScope.parse(scope))
    assert answer.status is Status.WITHHELD and "sled" not in answer.answer, answer.answer


def test_with_spoilers_on_it_is_told(engine: Engine):
    answer = engine.ask("what's rosebud then", film="citizen-kane-1941", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "sled" in answer.answer, answer.answer
