"""'Who directed Psycho and Vertigo?': two of our titles joined by "and" were read as one title we lack ("I don't
have Psycho and Vertigo"). Two of ours are asked about ("which film?", with both), for every pair of bundled films;
a title of ours inside one we lack that holds an "and" stays a film we lack."""

import itertools

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def test_two_of_our_titles_joined_by_and_are_both_offered(engine: Engine):
    wrong = []
    for first, second in itertools.permutations(BUNDLED, 2):
        answer = engine.ask(f"who directed {first.title} and {second.title}?", scope=SpoilerScope.off())
        offered = {c.id for c in answer.choices}
        if answer.status is not Status.AMBIGUOUS or not {first.id, second.id} <= offered:
            wrong.append((first.title, second.title, answer.status.value, answer.answer[:50]))
    assert not wrong


@pytest.mark.parametrize("question", ["who directed Pride and Prejudice?", "is Tom and Jerry any good?"])
def test_a_title_with_and_we_lack_stays_lacking(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
