"""A film described by what something in it turns out to be states its twist: with spoilers off the reply names
no film ("what movie is it where the guy's sled turns out to be the thing he meant" named Citizen Kane, and before
that Memento, through the "Guy" of its cast list). A premise that itself tells what turns out still names its film
(bench/descriptions.py). The asker's "guy" is a man to content search, not Guy Pearce."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


TURNS_OUT = [
    "what movie is it where the guy's sled turns out to be the thing he meant",
    "the movie where the psychologist turns out to be dead",
    "the one where teddy turns out to be a cop",
    "the film where the planet turns out to be earth",
    "the movie where the magician turns out to be twins",
    "the one where madeleine turns out to be judy",
    "which film has a detective whose wife turns out to be in the box?",
]


@pytest.mark.parametrize("question", TURNS_OUT)
def test_a_description_of_what_turns_out_names_no_film_with_spoilers_off(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None and answer.status is not Status.ANSWERED
    assert not any(film.title in answer.answer for film in BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "who directed the one about a guy with no short-term memory who tattoos clues on himself?",
        "the one where a guy keeps getting new polaroids and tattoos to find his wife's killer",
        "the movie about a guy who can't make new memories",
    ],
)
def test_a_guy_described_is_a_man_of_the_story(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "memento-2000"
