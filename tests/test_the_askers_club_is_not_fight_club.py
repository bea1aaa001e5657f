""" "My club is watching tarkovsky next week. how long is the tarkovsky film?" was answered of Fight Club: "club" was
read as the story's word, and Fight Club's text is full of it. The asker's own club ("our film club", "my book
club", "the film society") is who is asking, not what is asked about. Over the bundled films, with spoilers off."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "my club is watching tarkovsky next week. how long is the tarkovsky film?",
        "our film club is doing tarkovsky next week. who's in it?",
    ],
)
def test_the_askers_club_names_no_film(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None or answer.film.id != "fight-club-1999", answer.answer


@pytest.mark.parametrize(
    "question",
    ["how does the club start in fight club?", "our book club loved it: who plays Tyler in Fight Club?"],
)
def test_fight_clubs_own_club_stays(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "fight-club-1999", answer.answer


def test_the_club_alone_is_left_as_typed() -> None:
    # "The club" may be Fight Club's own: only "our", "my" or a film, movie or book club is the asker's.
    assert plain_question("who started the club?") == "who started the club?"
