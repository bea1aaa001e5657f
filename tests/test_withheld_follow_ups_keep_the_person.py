""" "who is hari in solaris", "is she real?" (both withheld, spoilers off), then `/spoilers on film:Solaris` and "is
she real?" again: "The summary of Solaris doesn't say." The withheld "is she real?" had been remembered as typed, so
the "she" of the question asked again was no one. A withheld follow-up keeps the person it was asked of, for the
next question and for the Reveal, with the same refusal."""

from __future__ import annotations

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED
from tests.test_conversation import talk


def test_the_withheld_answer_is_read_as_asked_of_her():
    engine = Engine(BUNDLED)
    before = "who is hari in solaris"
    plain = engine.ask("is it real?", scope=SpoilerScope.off(), context_film="solaris-1972", context_question=before)
    answer = engine.ask("is she real?", scope=SpoilerScope.off(), context_film="solaris-1972", context_question=before)
    assert answer.status is Status.WITHHELD and answer.read_as is not None and "hari" in answer.read_as.lower()
    # The refusal itself says nothing more than any other.
    assert answer.answer == plain.answer and "Hari" not in answer.answer


async def test_asked_again_after_opting_in_it_is_still_asked_of_her(service):
    replies = await talk(
        service,
        "who is hari in solaris",
        "is she real?",
        "/spoilers on film:Solaris",
        "is she real?",
        "/spoilers off",
    )
    assert "Hari" not in replies[1], replies[1]
    assert "Hari" in replies[3] and "doesn't say" not in replies[3], replies[3]


async def test_the_reveal_of_a_withheld_follow_up_is_asked_of_her(service):
    replies = await talk(service, "who is hari in solaris", "is she real?", "/reveal")
    assert "Hari" in replies[2] and "doesn't say" not in replies[2], replies[2]
