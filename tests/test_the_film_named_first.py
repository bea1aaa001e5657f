""" "in psycho is norman the killer", "in the sixth sense is malcolm a ghost too": a yes-or-no question after the film
it asks of, with no mark between, was not read as one (only its opening word says so) and got the set-up that
introduces him, beside the point and with spoilers off. The film now goes last, as the question is usually typed.
Also "the doctor" for "Dr. Malcolm Crowe": the title's short form is what the summary writes."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import with_the_film_last
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("in psycho is norman the killer", "is norman the killer in psycho?"),
        ("so in the sixth sense is malcolm a ghost too?", "is malcolm a ghost too in the sixth sense?"),
        ("in planet of the apes is taylor a cynic", "is taylor a cynic in planet of the apes?"),
        # not a film first: which film, the end, or a claim with too few words to be a question after a title
        ("in which film does a man die", "in which film does a man die"),
        ("in the end does he die", "in the end does he die"),
        ("in Solaris the ocean is alive?", "in Solaris the ocean is alive?"),
        # where in a film, then a sentence telling it, then a question: no film named first
        (
            "in the final scenes he is back at his father's house. what's it called?",
            "in the final scenes he is back at his father's house. what's it called?",
        ),
    ],
)
def test_the_film_said_first_goes_last(question: str, read: str):
    assert with_the_film_last(question) == read


@pytest.mark.parametrize(
    ("question", "hidden"),
    [
        ("in psycho is norman the killer", "Norman was the killer"),
        ("in the sixth sense is malcolm a ghost too", "bullet"),
        ("in memento is teddy a cop", "undercover"),
        ("in vertigo does madeleine die", "neck"),
    ],
)
def test_a_twist_asked_after_the_film_is_withheld(engine: Engine, question: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer


def test_a_safe_fact_asked_after_the_film_is_answered(engine: Engine):
    answer = engine.ask("in vertigo is scottie afraid of heights", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "acrophobia" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("what happened to the doctor at the start of the sixth sense", "Vincent Grey"),
        ("who is the doctor in the sixth sense", "Dr. Malcolm Crowe"),
    ],
)
def test_the_doctor_is_the_dr(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
