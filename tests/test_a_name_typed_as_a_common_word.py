"""A word of someone's name typed as a common noun: "who's the guy with all the tattoos?" asks of a man in the
story, not of the actor Guy Pearce, the only "guy" Memento's text holds. Typed next to another word of the name
("guy pearce") or capitalised inside the question, it stays the name."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.naming import people_terms
from index.people_asked import as_a_common_word
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "in memento who's the guy with all the tattoos",
        "who is the guy with the tattoos in memento?",
        "memento: the guy with tattoos, who is he",
    ],
)
def test_the_guy_described_is_a_man_of_the_story(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == "memento-2000"
    assert "tattoo" in (answer.answer or "").lower()
    assert "Guy Pearce" not in (answer.answer or "")


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("who's the guy with the tattoos", "man"),
        ("who does guy pearce play", "guy"),
        ("what part does Guy play", "guy"),
    ],
)
def test_only_a_word_typed_apart_from_the_name_is_read_as_common(engine: Engine, question: str, read: str) -> None:
    index = engine.index("memento-2000")
    assert index is not None
    visible = index.visible(SpoilerScope.off())
    (guy,) = query_tokens("guy")
    (expected,) = query_tokens(read)
    assert as_a_common_word(guy, question, visible, people_terms(index.film)) == expected


def test_the_actor_named_in_full_is_still_the_actor(engine: Engine) -> None:
    answer = engine.ask("who does guy pearce play in memento", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED
    assert "Leonard" in (answer.answer or "")
