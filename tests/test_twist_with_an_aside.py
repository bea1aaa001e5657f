""" "Sixth Sense twist please, the meeting's started", "what's the twist in The Sixth Sense? everyone in my group uses
it as the textbook example": the twist asked beside an aside about the asker. The aside's words ("meeting", "group",
"textbook") are in no summary, so the whole message found nothing and the reply was "The summary of The Sixth Sense
doesn't say." The clause that asks the twist is answered (withheld with spoilers off, as the twist alone is). So is
"is the twist good? what is it": no summary judges its twist, and "what is it" asks it."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


CASES = [
    ("Sixth Sense twist please, the meeting's started", "the-sixth-sense-1999", "ghost"),
    (
        "what's the twist in The Sixth Sense? everyone in my group uses it as the textbook example",
        "the-sixth-sense-1999",
        "ghost",
    ),
    ("fight club twist pls, my roommate keeps hinting at it", "fight-club-1999", "Tyler"),
    ("whats the twist in psycho? asking because my class starts in an hour", "psycho-1960", "killer all along"),
    ("planet of the apes twist - we're doing it for film club tonight", "planet-of-the-apes-1968", "Statue of Liberty"),
    ("what's the twist in the prestige? I never got round to finishing it", "the-prestige-2006", "twins"),
    ("is the twist in vertigo good? what is it", "vertigo-1958", "Madeleine"),
]


@pytest.mark.parametrize(("question", "film", "expected"), CASES)
def test_the_twist_is_told_past_the_aside(engine: Engine, question: str, film: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == film
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "film", "expected"), CASES)
def test_with_spoilers_off_the_twist_stays_withheld(engine: Engine, question: str, film: str, expected: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film
    assert answer.status is Status.WITHHELD and expected not in answer.answer, answer.answer


def test_a_second_question_of_its_own_is_not_passed_over(engine: Engine):
    # "who directed it" asks something of its own: the twist clause is not answered alone, passing over it.
    answer = engine.ask("what's the twist in psycho, and who directed it?", scope=SpoilerScope.on())
    assert "Hitchcock" in answer.answer, answer.answer
