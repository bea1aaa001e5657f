""" "Who plays Marion Crane?", then "where does she work?": read alone, "she" is no one, and the follow-up reading
took her for whom the last answer named first: the actress, whom the story never speaks of, so it was withheld as
nothing visible answering it. After a question of who plays a part, "he" or "she" is the part asked about. Over the
bundled films, with spoilers off, as the question's context is passed by the service."""

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
    ("film", "before", "question", "told"),
    [
        ("psycho-1960", "who plays Marion Crane?", "where does she work?", "Phoenix"),
        ("psycho-1960", "who plays Marion Crane?", "what city does she work in?", "Phoenix"),
        ("vertigo-1958", "who played Scottie in Vertigo?", "what is his job?", "detective"),
    ],
)
def test_the_pronoun_after_who_plays_a_part_is_the_part(
    engine: Engine, film: str, before: str, question: str, told: str
) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=film, context_question=before)
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_what_the_part_does_later_stays_withheld(engine: Engine) -> None:
    answer = engine.ask(
        "does he kill anyone?",
        scope=SpoilerScope.off(),
        context_film="psycho-1960",
        context_question="who plays Norman Bates?",
    )
    assert answer.status is Status.WITHHELD, answer.answer


def test_after_who_did_something_he_is_still_whom_the_answer_names(engine: Engine) -> None:
    # (The rule this narrows: "who hires Scottie?", then "why does he do it?": he is Elster, whom the answer names.)
    answer = engine.ask(
        "what is his wife's name?",
        scope=SpoilerScope.off(),
        context_film="vertigo-1958",
        context_question="who hires Scottie in Vertigo?",
    )
    assert answer.status is Status.ANSWERED and "Madeleine" in answer.answer, answer.answer
