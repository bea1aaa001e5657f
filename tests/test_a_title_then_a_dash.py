""" "Momento - was Teddy the bad guy?" asked "which film?": the whole line was read as a claim said with a question
mark ("so fallon was borden?"), "Momento - was" its subject, and the title inside the claim was lost. A film named and
then a question after a spaced dash is the question, of that film."""

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
    ("question", "film_id"),
    [
        ("Momento - was Teddy the bad guy?", "memento-2000"),
        ("Psycho - is Norman the killer?", "psycho-1960"),
        ("vertigo – was madeleine real?", "vertigo-1958"),
        ("the prestige — are borden and fallon twins?", "the-prestige-2006"),
    ],
)
def test_the_question_after_the_dash_is_asked_of_the_film_before_it(
    engine: Engine, question: str, film_id: str
) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and answer.film is not None and answer.film.id == film_id, answer


def test_with_spoilers_on_it_is_answered(engine: Engine) -> None:
    answer = engine.ask("Momento - was Teddy the bad guy?", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "memento-2000"


def test_a_claim_with_a_question_mark_is_still_read_as_one(engine: Engine) -> None:
    answer = engine.ask("so fallon was borden?", scope=SpoilerScope.on(), context_film="the-prestige-2006")
    assert answer.status is Status.ANSWERED and "twins" in answer.answer, answer.answer
