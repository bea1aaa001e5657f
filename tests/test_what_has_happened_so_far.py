""" "What has happened so far?" right after "/spoilers on film:Psycho upto:1:00" got "Which film do you mean?", and
named the film got "Nothing I may show you …": the one film the asker opted into is the one they are watching, and
what has happened so far is a recap, answered as a summary is, within their limit."""

from __future__ import annotations

import pytest

from index.access import Visibility
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


WATCHING_PSYCHO = Visibility(SpoilerScope.off(), {"psycho-1960": SpoilerScope.parse("1:00")})


@pytest.mark.parametrize("question", ["what has happened so far", "what happened so far?", "catch me up"])
def test_a_recap_of_the_film_being_watched(engine: Engine, question: str):
    answer = engine.ask(question, scope=WATCHING_PSYCHO)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "psycho-1960"
    assert "Marion Crane" in answer.answer, answer.answer


def test_named_it_is_a_summary(engine: Engine):
    answer = engine.ask("what has happened so far in psycho", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Marion Crane" in answer.answer, answer.answer


def test_with_no_film_opted_into_it_asks_which(engine: Engine):
    answer = engine.ask("what has happened so far", scope=SpoilerScope.off())
    assert answer.film is None and answer.status is Status.AMBIGUOUS, answer.answer
