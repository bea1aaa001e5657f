""" "Is the kid's therapist a ghost in The Sixth Sense?" with spoilers off was answered with the premise's "Dr. Malcolm
Crowe is a child psychologist …": the words naming him were visible, so the question read as mostly answered, while
what it claims (a ghost) the visible text never says. Such a claim is refused as unsure, decided from the visible
text alone; a claim the premise does make is still answered."""

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
    "question",
    [
        "is the kid's therapist a ghost in the sixth sense",
        "so is the boy's doctor actually a ghost in the sixth sense?",
        "was the kid's psychologist a ghost in sixth sense",
    ],
)
def test_a_claim_the_visible_text_never_makes_is_refused_unsure(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "psychologist" not in answer.answer, answer.answer


def test_a_claim_the_premise_makes_is_answered(engine: Engine) -> None:
    answer = engine.ask("is the kid's therapist a psychologist in the sixth sense", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "child psychologist" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("is malcolm a ghost in the sixth sense?", "bullet killed him"),
        ("and is malcolm a ghost?", "bullet killed him"),
        ("so was malcolm a ghost all along in sixth sense", "bullet killed him"),
    ],
)
def test_with_spoilers_on_whether_someone_is_a_ghost_is_answered_from_the_reveal(
    engine: Engine, question: str, told: str
) -> None:
    # It was answered with the tape of Vincent's voice, the first passage that says "ghost": being one is what a
    # twist shows (`Reveal.IDENTITY`), and the reveal's sentence tells it of him.
    answer = engine.ask(question, scope=SpoilerScope.on(), context_film="the-sixth-sense-1999")
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
