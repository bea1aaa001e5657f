""" "who is Darth Vader?" answered with Vertigo's premise: "Vader" is in no summary and "Darth" was read as a typo of
"death". A full name typed in capitals none of whose words any film's text holds (hidden text included, so the reply
tells nothing of it), nor a name spelt near it, is said to be in none of the summaries. A misspelt name of ours
("Madeline Elster", "Scotty Fergusen"), a first name we hold ("John Conner"), or a place ("in Victorian London") is
not."""

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
    ("question", "name"),
    [
        ("who is Darth Vader?", "Darth Vader"),
        ("who is Hannibal Lecter in silence of the lambs", "Hannibal Lecter"),
        ("what happens to Hannibal Lecter at the end?", "Hannibal Lecter"),
    ],
)
@pytest.mark.parametrize("scope", ["off", "on"])
def test_a_name_no_film_holds_is_said_so(engine: Engine, question: str, name: str, scope: str):
    answer = engine.ask(question, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert f"None of my films' summaries mention {name}" in answer.answer, answer.answer


def test_after_a_film_a_name_of_no_one_is_no_follow_up(engine: Engine):
    answer = engine.ask("who is Darth Vader?", scope=SpoilerScope.off(), context_film="vertigo-1958")
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("who is Madeline Elster", "vertigo-1958"),
        ("who is Scotty Fergusen", "vertigo-1958"),
        ("I'm looking for the film about two rival magicians in Victorian London", "the-prestige-2006"),
    ],
)
def test_a_name_spelt_near_ours_or_a_place_still_finds_its_film(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film, answer.answer
