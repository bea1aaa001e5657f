"""A title that is also an English word, typed in lower case, with any fact phrasing: the film, and the fact."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, BY_ID


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


TITLES = {"psycho": "psycho-1960", "vertigo": "vertigo-1958", "stalker": "stalker-1979", "memento": "memento-2000"}
PHRASINGS = [
    ("when did {t} come out?", lambda f: str(f.year)),
    ("when was {t} released?", lambda f: str(f.year)),
    ("what year did {t} come out", lambda f: str(f.year)),
    ("who directed {t}", lambda f: f.facts.director.split()[-1]),
    ("how long is {t}", lambda f: str(f.facts.runtime_minutes)),
]


@pytest.mark.parametrize(("typed", "film_id"), TITLES.items())
@pytest.mark.parametrize(("phrasing", "expected"), PHRASINGS)
def test_a_lower_case_title_asked_a_fact_gets_the_fact(engine: Engine, typed, film_id, phrasing, expected):
    # Before: "when did psycho come out?" was "That may be a spoiler, and you didn't say which film you mean":
    # "psycho come" read as words to search for, as "psycho" is no fact cue.
    for context in (None, "the-prestige-2006"):
        answer = engine.ask(phrasing.format(t=typed), context_film=context, scope=SpoilerScope.off())
        assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id
        assert expected(BY_ID[film_id]) in answer.answer


@pytest.mark.parametrize(("typed", "film_id"), [("se7en", "se7en-1995"), ("solaris", "solaris-1972")])
@pytest.mark.parametrize("phrasing", ["what is {t} rated?", "is {t} good?", "what's {t} like"])
def test_a_lower_case_title_no_language_has_is_the_film_whatever_is_asked(engine: Engine, typed, film_id, phrasing):
    # Before: "what is se7en rated?" was "you didn't say which film you mean": a lower-case one-word title was
    # left to content search, which found nothing clear in "rated".
    answer = engine.ask(phrasing.format(t=typed), scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("vertigo time. who plays the lead?", "vertigo-1958", "James Stewart"),
        ("psycho night! who is in it", "psycho-1960", "Anthony Perkins"),
        ("vertigo time. james stewart is in this right? who else", "vertigo-1958", "Kim Novak"),
    ],
)
def test_a_title_opening_the_message_before_a_break_names_the_film(
    engine: Engine, question: str, film_id: str, expected: str
):
    # "vertigo time. who plays the lead?" got "That may be a spoiler, and you didn't say which film you mean": the
    # lower-case title, an ordinary word, was weighed against content search like any word.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id and expected in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        # A lower-case title closing the question after a break, as a heading opens one: before, "memento" was read
        # as the word, and the question was refused for naming no film.
        ("what did leonard do for work before, memento", "memento-2000", "insurance"),
        ("where does marion work (psycho)", "psycho-1960", "Phoenix"),
        ("who is the stalker taking to the zone - stalker", "stalker-1979", "two men"),
    ],
)
def test_a_lower_case_title_closing_the_question_is_the_film(engine: Engine, question: str, film_id: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert told in answer.answer, answer.answer
