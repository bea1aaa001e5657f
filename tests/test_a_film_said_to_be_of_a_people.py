"""Whether a film is of a people: "is it a Japanese production?" after Rashomon was withheld ("production" read as a
word of the story), "is it an American movie?" after Vertigo asked "which film?" (the last film forgotten for
"American"). Asked so, it is where the film was made, which the card's country tells; a card with no country says
so, and nothing hidden is consulted."""

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
    ("question", "context_film", "film_id", "country"),
    [
        ("is it a Japanese production?", "rashomon-1950", "rashomon-1950", "Japan"),
        ("is it an American movie?", "vertigo-1958", "vertigo-1958", "United States"),
        ("was Solaris a Russian film?", None, "solaris-1972", "Soviet Union"),
        ("is psycho an american film?", None, "psycho-1960", "United States"),
        ("so is this one a british picture?", "the-prestige-2006", "the-prestige-2006", "United Kingdom"),
    ],
)
def test_the_country_answers(
    engine: Engine, question: str, context_film: str | None, film_id: str, country: str
) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context_film)
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert country in answer.answer, answer.answer


def test_a_card_with_no_country_says_it_does_not_say(engine: Engine) -> None:
    answer = engine.ask("is it a soviet film", scope=SpoilerScope.off(), context_film="stalker-1979")
    assert answer.film is not None and answer.film.id == "stalker-1979", answer.answer
    assert "doesn't say" in answer.answer, answer.answer


def test_a_people_heading_a_description_still_describes(engine: Engine) -> None:
    answer = engine.ask("the russian film about a planet", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "solaris-1972", answer.answer
