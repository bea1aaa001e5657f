""" "Is there anything about astronauts stranded on a planet?", "anything about a drought and a water scandal in LA?":
asked whether the collection holds such a film, which is asking which film it is. They were refused as if they
described a hidden twist ("that may be a spoiler"), since the question itself was answered as one about a film.
A description no film's text holds at all ("anything with dinosaurs?") gets "none of my films' summaries mention …",
not "which film do you mean?" (nothing to choose among), nor "I don't have dinosaurs" as if it were a title. And
"stuff" typed for things ("someone who can't remember stuff") no longer names the film with "stuffs birds"."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import asks_which_film
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("is there anything about astronauts stranded on a planet?", "planet-of-the-apes-1968", "astronauts"),
        ("anything about a drought and a water scandal in LA?", "chinatown-1974", "drought"),
        ("do you have a movie about a psychologist on a space station?", "solaris-1972", "Kelvin"),
        (
            "got any films where a man keeps tattoos and polaroids because he cannot form new memories?",
            "memento-2000",
            "Leonard",
        ),
    ],
)
def test_asked_whether_a_film_is_here_names_it(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question", ["anything with dinosaurs?", "is there a film with dinosaurs?", "which film has zombies in it?"]
)
def test_a_description_no_film_holds_is_said_so(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert "None of my films' summaries mention" in answer.answer, answer.answer


def test_stuff_for_things_names_no_film_by_its_verb(engine: Engine):
    answer = engine.ask("got any films where someone cant remember stuff", scope=SpoilerScope.off())
    assert answer.film is None or answer.film.id != "psycho-1960", answer.answer
    assert "stuffs birds" in engine.ask("who stuffs birds in psycho?", scope=SpoilerScope.off()).answer


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("is there a film about memory loss?", True),
        ("anything about a drought in LA?", True),
        # what the film asked about last is about, not which film
        ("what is the film about?", False),
        ("is there anything about?", False),
    ],
)
def test_which_questions_ask_for_a_film(question: str, asks: bool):
    assert asks_which_film(question) is asks


@pytest.mark.parametrize(
    ("question", "film"),
    [
        # "remembers" found Memento, the film about memory, over the secretary who steals money.
        (
            "my aunt remembers a black and white film about a secretary who steals money and stops at a motel in the"
            " rain. what's it called?",
            "psycho-1960",
        ),
        ("my dad remembers a movie with a guy who cant make new memories", "memento-2000"),
    ],
)
def test_someone_elses_search_is_no_word_of_the_story(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film, answer.answer
