""" "Is Madeleine really possessed in Hitchcock's Vertigo?" was refused without naming Vertigo ("you didn't say which
film you mean"): "Hitchcock's Vertigo" was read as a longer title around ours, set aside, and the film found by
content. A title after its maker's possessive names it; after anyone else's it is still a title we lack."""

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
    ("question", "film_id", "status"),
    [
        ("Is Madeleine really possessed in Hitchcock's Vertigo?", "vertigo-1958", Status.WITHHELD),
        ("How long is Nolan's Memento?", "memento-2000", Status.ANSWERED),
        ("who is the killer in Fincher's Se7en", "se7en-1995", Status.WITHHELD),
    ],
)
def test_the_makers_possessive_names_the_film(engine: Engine, question: str, film_id: str, status: Status):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.status is status, answer.answer
    # A refusal names the film it keeps hidden; it was found by its name, not by what the question describes.
    assert status is not Status.WITHHELD or answer.film.title in answer.answer, answer.answer


def test_someone_elses_possessive_is_a_title_we_lack(engine: Engine):
    answer = engine.ask("who is in Spielberg's Vertigo?", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and "Spielberg's Vertigo" in answer.answer, answer.answer
