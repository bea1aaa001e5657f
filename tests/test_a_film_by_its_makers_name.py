""" "runtime of nolan's momento?" asked which film (Memento or The Prestige), "how long is nolans momento" said we
lack "nolans momento", and "what is Tarkovsky's Solaris about?" answered "directed by Andrei Tarkovsky": a title after
its own maker's name, possessive, names that film (misspelt too), and the maker's name asks nothing of him."""

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
    ("question", "film", "told"),
    [
        ("runtime of nolan's momento?", "memento-2000", "113"),
        ("how long is nolans momento", "memento-2000", "113"),
        ("who directed hitchcock's vertgo?", "vertigo-1958", "Hitchcock"),
        ("what is Tarkovsky's Solaris about?", "solaris-1972", "ocean"),
        ("what is nolan's memento about?", "memento-2000", "Leonard"),
    ],
)
def test_a_title_after_its_makers_name(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
    assert told in answer.answer, answer.answer
    if "directed" not in question:
        assert "directed by" not in answer.answer, answer.answer


def test_a_maker_is_still_asked_of_when_asked(engine: Engine):
    answer = engine.ask("is solaris by Tarkovsky?", scope=SpoilerScope.off())
    assert "Tarkovsky" in answer.answer, answer.answer


def test_another_makers_film_we_lack_stays_unknown(engine: Engine):
    answer = engine.ask("what is nolan's inception about?", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer


def test_a_characters_possessive_is_no_maker(engine: Engine):
    # "the stalker's mentor": "mentor" is a typo's distance from Memento, but the Stalker made no film.
    answer = engine.ask("what happened to the stalker's mentor?", scope=SpoilerScope.on(), context_film="stalker-1979")
    assert answer.film is not None and answer.film.id == "stalker-1979", answer.answer


def test_the_longest_title_after_the_maker(engine: Engine):
    answer = engine.ask("how long is nolan's the prestge?", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "the-prestige-2006" and "130" in answer.answer, answer.answer
