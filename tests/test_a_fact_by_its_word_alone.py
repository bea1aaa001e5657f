"""A fact asked by its word alone beside the title ("psycho year?", "vertigo duration", "who is the writer of
Se7en?"): the fact, for every film, in either case, spoilers on or off. Before, "psycho year?" with spoilers on
quoted the twist ("years ago, jealous of his mother's new lover…"), "duration" and "writer" were story words, and
"who is the writer of Stalker?" quoted the Stalker's story instead of saying the summary lacks it."""

from collections.abc import Callable

import pytest

from corpus.models import Film
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _year(film: Film) -> str:
    return str(film.year)


def _runtime(film: Film) -> str:
    return str(film.facts.runtime_minutes) if film.facts.runtime_minutes else "doesn't say"


def _writer(film: Film) -> str:
    return film.facts.writer.split(",")[0].split()[-1] if film.facts.writer else "doesn't say"


FORMS: list[tuple[str, Callable[[Film], str]]] = [
    ("{} year?", _year),
    ("year of {}?", _year),
    ("{}: year", _year),
    ("{} duration", _runtime),
    ("duration of {}?", _runtime),
    ("who is the writer of {}?", _writer),
    ("{} writers", _writer),
]


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_a_fact_asked_by_its_word_alone_is_the_fact(engine: Engine, film: Film):
    for form, expected in FORMS:
        for title in (film.title, film.title.lower()):
            for scope in (SpoilerScope.off(), SpoilerScope.on()):
                answer = engine.ask(form.format(title), scope=scope)
                assert answer.film is not None and answer.film.id == film.id, form
                assert answer.status is Status.ANSWERED and expected(film) in answer.answer, (form, answer.answer)
                assert not answer.contains_spoilers, form


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
@pytest.mark.parametrize("question", ["how old is it?", "how old is the film", "how old is this movie?"])
def test_how_old_a_film_is_is_its_year(engine: Engine, film: Film, question: str):
    # "how old is it?" after a question about Solaris quoted "an old inquiry" from its premise.
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=film.id)
    assert answer.film is not None and answer.film.id == film.id
    assert answer.status is Status.ANSWERED and str(film.year) in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("film_id", "place"),
    [("chinatown-1974", "Los Angeles"), ("vertigo-1958", "San Francisco"), ("rashomon-1950", "Kyoto")],
)
@pytest.mark.parametrize("question", ["what city?", "which town is it in?", "and what city is it in"])
def test_what_city_alone_asks_where_it_is_set(engine: Engine, film_id: str, place: str, question: str):
    # "what city" after "what year is it set?" of Chinatown quoted "the city's Department of Water and Power".
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=film_id)
    assert answer.status is Status.ANSWERED and place in answer.answer, answer.answer
