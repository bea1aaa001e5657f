""" "How does the Transported Man work?": "work" asks for a mechanism, as "happen" asks for an event. Read as a
story word it met "Angier cannot work out how" (with spoilers on, beside the point) and "Borden and Angier worked as
plants in the audience" (a job, in the premise: answered with spoilers off, where the method is the twist)."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_how_the_machine_works_is_what_it_does(engine: Engine) -> None:
    answer = engine.ask("how does angier's machine work in the prestige?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "exact copy" in answer.answer, answer.answer


def test_how_the_trick_works_is_withheld_with_spoilers_off(engine: Engine) -> None:
    answer = engine.ask("how does the transported man work in the prestige", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "plants" not in answer.answer, answer.answer


def test_with_spoilers_on_the_trick_is_the_answer_not_the_puzzle(engine: Engine) -> None:
    answer = engine.ask("how does the transported man work in the prestige", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "Borden unveils" in answer.answer, answer.answer
    assert not answer.answer.startswith("Angier cannot work out how"), answer.answer


def test_work_as_a_job_is_still_a_story_word(engine: Engine) -> None:
    # Not "how does X work?": the job is what is asked, told in the words of the premise.
    answer = engine.ask("what did Borden and Angier work as when they were young?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "plants in the audience" in answer.answer, answer.answer
