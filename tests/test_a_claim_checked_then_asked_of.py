""" "Memento is told backwards, right? how does that work" was refused as a spoiler: the claim checked in passing
("…, right?") and the question asked of it ("how does that work") were read as one claim asked. When the question
after the tag asks of the claim itself ("that", "this"), it is asked of what the claim says; when it asks another
thing ("same director right? what's that one about"), that question is not read as one of the claim."""

from __future__ import annotations

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


def test_the_question_of_the_claim_is_answered():
    engine = Engine(BUNDLED)
    answer = engine.ask("Memento is told backwards, right? how does that work", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "backwards" in answer.answer, answer.answer


def test_a_second_question_after_the_tag_is_still_its_own():
    engine = Engine(BUNDLED)
    answer = engine.ask("ok what about seven, same director right? what's that one about", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Mills" in answer.answer, answer.answer
