"""Finding the film: a title typed in lower case with a typo in one word, found through its other word (an alias:
"Kane"), where the misspelt word is part of the title, not of what is asked; a film described in other forms of
its visible words."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("when did citzen kane come out?", "1941"),
        ("how long is citzen kane?", "119"),
        ("who directed citzen kane", "Welles"),
    ],
)
def test_a_misspelt_title_word_beside_an_alias_is_dropped_from_the_question(engine: Engine, question: str, says: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "citizen-kane-1941"
    assert says in answer.answer, answer.answer


def test_a_film_described_in_other_forms_of_its_visible_words_is_named(engine: Engine):
    # "shot" for the premise's "shoots him": the description is all visible, so naming the film confirms nothing.
    answer = engine.ask("the film where a child psychologist is shot by a former patient, what year is it from?")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "the-sixth-sense-1999"
    assert "1999" in answer.answer


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "the movie where a secretary runs off with forty thousand dollars and stops at a motel, who made it?",
            "Hitchcock",
        ),
        ("how long is the film about a psychologist flying to a station above a thinking ocean?", "minutes"),
    ],
)
def test_the_question_around_a_description_is_what_is_answered(engine: Engine, question: str, says: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "films"),
    [
        ("how long is the Nolan film?", {"memento-2000", "the-prestige-2006"}),
        ("who stars in the Hitchcock one?", {"psycho-1960", "vertigo-1958"}),
        ("what year is the Tarkovsky film from?", {"stalker-1979", "solaris-1972"}),
    ],
)
def test_a_name_that_several_films_share_is_answered_with_a_question(engine: Engine, question: str, films: set[str]):
    answer = engine.ask(question)
    assert answer.status is Status.AMBIGUOUS and answer.film is None
    assert {ref.id for ref in answer.choices} == films


def test_a_name_only_one_film_holds_still_finds_it(engine: Engine):
    answer = engine.ask("what year is the Polanski film from?")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "chinatown-1974"


@pytest.mark.parametrize(
    "question",
    ["does bruce willis survive in the 6th sence", "the 6th sense cast?", "who directed the 6th sense"],
)
def test_an_ordinal_in_digits_names_the_title_that_spells_it_out(engine: Engine, question: str):
    # "the 6th sence" (an ordinal in digits and a typo) was found as no film, and refused without one.
    answer = engine.ask(question)
    assert answer.film is not None and answer.film.id == "the-sixth-sense-1999"
    assert not answer.contains_spoilers
