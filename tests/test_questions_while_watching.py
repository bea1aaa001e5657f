""" "/spoilers on film:Se7en upto:1:00", "who is Victor?", then "what happens at the police station?" was refused
naming no film: content search found Solaris (a space station) a better fit than what Se7en shows up to 1:00. The one
film someone opted into is the one they are watching: a question naming no film stays with it. A title still
moves the conversation; without an opt-in the words still may (`test_follow_up_stays.py`, "who dies in the
shower?" after Stalker)."""

from __future__ import annotations

import pytest

from index.access import Visibility
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _watching(film_id: str, limit: str) -> Visibility:
    return Visibility(default=SpoilerScope.off(), films={film_id: SpoilerScope.parse(limit)})


@pytest.mark.parametrize(
    ("film_id", "limit", "question"),
    [
        ("se7en-1995", "upto:1:00", "what happens at the police station"),
        ("stalker-1979", "upto:50%", "who dies in the shower?"),
        ("psycho-1960", "on", "what is on the space station?"),
    ],
)
def test_a_question_naming_no_film_stays_with_the_film_being_watched(
    engine: Engine, film_id: str, limit: str, question: str
):
    answer = engine.ask(
        question, scope=_watching(film_id, limit), context_film=film_id, context_question="who is in it?"
    )
    assert answer.film is not None and answer.film.id == film_id, answer.answer


def test_a_title_still_moves_there(engine: Engine):
    answer = engine.ask("who directed Solaris?", scope=_watching("se7en-1995", "upto:1:00"), context_film="se7en-1995")
    assert answer.film is not None and answer.film.id == "solaris-1972", answer.answer
