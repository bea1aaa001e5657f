""" "Who directed the liquid oxygen one?", "how long is the ocean planet one": a fact asked of the film a few words
describe, as "… the one with liquid oxygen" asks it. Read as a title's words, "liquid oxygen" was the answer
("In despair at being a copy, she drinks liquid oxygen …") and the director never was."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("who directed the liquid oxygen one", "solaris-1972", "Tarkovsky"),
        ("spoilers are on now, so who directed the liquid oxygen one", "solaris-1972", "Tarkovsky"),
        ("how long is the ocean planet one", "solaris-1972", "167"),
        ("when was the shower scene one made?", "psycho-1960", "1960"),
    ],
)
def test_a_fact_of_the_film_described_is_the_fact(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and answer.film is not None, answer.answer
    assert answer.film.id == film and told in answer.answer, answer.answer


def test_with_spoilers_off_a_film_described_by_its_spoilers_is_not_named(engine: Engine):
    answer = engine.ask("who directed the liquid oxygen one", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and answer.film is None, answer.answer
    assert "Solaris" not in answer.answer and "Tarkovsky" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "who directed the other hitchcock one",  # which of several, not a description
        "who directed the Brad Pitt one",  # a name typed as one
        "who directed the prestige",  # a title
        "who directed the one with liquid oxygen",  # already said so
        "how long is the tar cough ski movie",  # a title typed as heard ("I don't have …")
    ],
)
def test_other_pointers_are_left_as_typed(question: str):
    # (Counted, so that "… the one with liquid oxygen" would fail too if it were rewritten again.)
    assert plain_question(question).count("the one with") == question.count("the one with"), plain_question(question)
