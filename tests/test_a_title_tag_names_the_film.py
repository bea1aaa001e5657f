""" "does leonard ever find john g? (memento)" was refused as if no film were named ("you didn't say which film you
mean"): a one-word title typed in lower case counts only with a cue, and content search found Memento, which a
refusal may not name. A title set off after the question (in brackets, after the question mark, after a dash) is
the film the question is asked of, as a title heading before it is."""

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
    ("question", "film_id"),
    [
        ("does leonard ever find john g? (memento)", "memento-2000"),
        ("how does borden do the transported man? prestige", "the-prestige-2006"),
        ("who dies at the end? vertigo", "vertigo-1958"),
        ("who is the killer [psycho]", "psycho-1960"),
        ("what does the mother die of - psycho", "psycho-1960"),
    ],
)
def test_a_title_tagged_after_a_spoiler_question_is_named_in_the_refusal(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.film.title in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        ("who directed it? (memento)", "memento-2000", "Nolan"),
        ("how long is it - vertigo", "vertigo-1958", "128"),
    ],
)
def test_a_fact_asked_with_a_title_tag_is_answered(engine: Engine, question: str, film_id: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
