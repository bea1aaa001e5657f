""" "who directed Psycho?", then "the film where the motel owner is the killer": the description was read as a
follow-up about Psycho and answered with its premise, which names Psycho for a description of its twist. After a
film, a description is checked as one typed first would be; and one whose words the last film's text never holds
("the movie where the sled is important" after Psycho) describes another film."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, names_no_film


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("context", "question"),
    [
        ("psycho-1960", "the film where the motel owner is the killer"),
        ("psycho-1960", "the one where the mother has been dead for years"),
        ("se7en-1995", "the film where the detective's wife is killed"),
        ("se7en-1995", "the movie where the killer turns himself in"),
        ("the-sixth-sense-1999", "the one where the psychologist was dead the whole time"),
        ("the-prestige-2006", "the movie with the twin magicians"),
    ],
)
def test_a_description_of_the_last_films_twist_does_not_name_it(engine: Engine, context: str, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context)
    assert names_no_film(answer), answer.answer


@pytest.mark.parametrize(
    ("context", "question", "not_film"),
    [
        ("psycho-1960", "the movie where the sled is important", "psycho-1960"),
        ("memento-2000", "the one with the talking apes", "memento-2000"),
        ("vertigo-1958", "the film where they go into the zone", "vertigo-1958"),
    ],
)
def test_a_description_the_last_films_text_never_holds_is_not_about_it(
    engine: Engine, context: str, question: str, not_film: str
):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context)
    assert answer.film is None or answer.film.id != not_film, answer.answer


@pytest.mark.parametrize(
    ("context", "question"),
    [
        ("memento-2000", "the film where the guy has tattoos"),
        ("psycho-1960", "the movie where the secretary steals money"),
        ("stalker-1979", "the one where they go into the zone"),
    ],
)
def test_a_description_of_the_last_films_premise_stays_with_it(engine: Engine, context: str, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context)
    assert answer.film is not None and answer.film.id == context, answer.answer


def test_with_spoilers_on_the_description_is_answered(engine: Engine):
    answer = engine.ask(
        "the film where the motel owner is the killer", scope=SpoilerScope.on(), context_film="psycho-1960"
    )
    assert answer.film is not None and answer.film.id == "psycho-1960", answer.answer
