"""'Who directed Psycho and Vertigo?': two of our titles joined by "and" were read as one title we lack ("I don't
have Psycho and Vertigo"), and then both were offered ("which film?"). A fact asked of two films named by their
titles is now answered for each, in the order named ("which is longer, Stalker or Solaris?", "which came out first,
Se7en or Fight Club?"): facts never spoil. A story question about two ("who dies in Psycho and Vertigo?") still asks
which film, with both. For every pair of bundled films; a title of ours inside one we lack that holds an "and" stays
a film we lack."""

import itertools

import pytest

from corpus.models import Film
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _director(film: Film) -> str:
    return film.facts.director or "doesn't say"


def _runtime(film: Film) -> str:
    return f"{film.facts.runtime_minutes} minutes" if film.facts.runtime_minutes else "doesn't say"


def _year(film: Film) -> str:
    return str(film.year)


FACTS = [
    ("who directed {} and {}?", _director),
    ("which is longer, {} or {}?", _runtime),
    ("which came out first, {} or {}?", _year),
    ("{} and {}: what year?", _year),
]


def test_a_fact_asked_of_two_of_our_titles_is_answered_for_each_in_the_order_named(engine: Engine):
    wrong = []
    for first, second in itertools.permutations(BUNDLED, 2):
        for form, fact in FACTS:
            for scope in (SpoilerScope.off(), SpoilerScope.on()):
                answer = engine.ask(form.format(first.title, second.title), scope=scope)
                text = answer.answer
                said = [
                    text.find(first.title),
                    text.find(fact(first)),
                    text.rfind(second.title),
                    text.rfind(fact(second)),
                ]
                if answer.status is not Status.ANSWERED or -1 in said or said != sorted(said):
                    wrong.append((form, first.title, second.title, answer.status.value, text[:80]))
                elif answer.contains_spoilers:
                    wrong.append((form, first.title, second.title, "spoilers", text[:80]))
    assert not wrong


def test_a_story_question_about_two_of_our_titles_offers_both(engine: Engine):
    wrong = []
    for first, second in itertools.permutations(BUNDLED, 2):
        for form in ("who dies in {} and {}?", "which is scarier, {} or {}?"):
            answer = engine.ask(form.format(first.title, second.title), scope=SpoilerScope.on())
            offered = {c.id for c in answer.choices}
            if answer.status is not Status.AMBIGUOUS or not {first.id, second.id} <= offered:
                wrong.append((form, first.title, second.title, answer.status.value, answer.answer[:50]))
    assert not wrong


@pytest.mark.parametrize("question", ["who directed Pride and Prejudice?", "is Tom and Jerry any good?"])
def test_a_title_with_and_we_lack_stays_lacking(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
