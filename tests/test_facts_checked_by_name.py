""" "is memento by nolan?" was answered with Memento's premise and "is memento a nolan film?" withheld; "is stalker
science fiction?" was read as a film we lack ("stalker science fiction"), "is planet of the apes sci-fi or what"
withheld. A maker or a genre checked by name is a question of the film's card, answered with the fact (which says
"no" as plainly as "yes")."""

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
    ("question", "film_id", "told"),
    [
        ("is memento by nolan?", "memento-2000", "directed by Christopher Nolan"),
        ("is memento a nolan film?", "memento-2000", "directed by Christopher Nolan"),
        ("is memento a nolan movie or not", "memento-2000", "directed by Christopher Nolan"),
        ("was psycho made by hitchcock?", "psycho-1960", "directed by Alfred Hitchcock"),
        ("is vertigo by hitchcock", "vertigo-1958", "directed by Alfred Hitchcock"),
        ("is the prestige by spielberg?", "the-prestige-2006", "directed by Christopher Nolan"),
        ("is stalker by tarkovsky?", "stalker-1979", "directed by Andrei Tarkovsky"),
    ],
)
def test_a_maker_checked_by_name_is_answered_with_the_director(engine: Engine, question: str, film_id: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        ("is planet of the apes science fiction?", "planet-of-the-apes-1968", "Genre: Science fiction"),
        ("is planet of the apes sci-fi or what", "planet-of-the-apes-1968", "Genre: Science fiction"),
        ("is solaris sci fi", "solaris-1972", "Genre: Science fiction"),
        ("is the prestige science fiction?", "the-prestige-2006", "Genre: Mystery thriller"),
        ("is psycho a horror film?", "psycho-1960", "Genre: Horror"),
    ],
)
def test_a_genre_checked_by_name_is_answered_with_the_genre(engine: Engine, question: str, film_id: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["is stalker science fiction?", "is stalker sci-fi or not"])
def test_a_genre_after_a_title_is_no_longer_title(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND, answer.answer
    assert answer.film is not None and answer.film.id == "stalker-1979", answer.answer


@pytest.mark.parametrize("question", ["who directed seven samurai", "whats rise of the planet of the apes about"])
def test_a_longer_title_is_still_one_we_lack(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
