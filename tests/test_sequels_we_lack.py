"""A number right after one of our titles names its sequel, which we lack ("how about psycho 2", "who directed
Psycho II?"): the reply says so and offers the film we have. Before, "Psycho 2" was read as Psycho misspelt (the
director of the 1960 film), and "psycho 2" in lower case was a question about Psycho. A year after the title is no
sequel. Every bundled film."""

import pytest

from corpus.models import Film
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


SEQUELS = ["who directed {} 2?", "how about {} ii", "is {} part 3 any good", "{} 4 cast"]


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_a_title_with_a_number_after_it_is_a_sequel_we_lack(engine: Engine, film: Film):
    for form in SEQUELS:
        for title in (film.title, film.title.lower()):
            answer = engine.ask(form.format(title), scope=SpoilerScope.off())
            assert answer.status is Status.NOT_FOUND and answer.film is None, (form, title, answer.answer)
            assert film.id in {c.id for c in answer.choices}, (form, title)


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_a_year_after_the_title_is_the_film(engine: Engine, film: Film):
    answer = engine.ask(f"who directed {film.title} {film.year}?", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film.id
