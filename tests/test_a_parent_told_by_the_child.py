""" "Why was Kane sent away from his mother?" up to half of Citizen Kane was refused: the visible text tells it as
"She sent her young son Charles east to be raised by Thatcher's bank" and never writes "mother". A parent asked for
is read as the text's "son" or "daughter" where it lacks the parent's word, as other everyday words are read as the
text's (`question.synonyms`)."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import synonym
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "why was kane sent away from his mother?",
        "Citizen Kane, why the boy goes away from his mother?",
        "why was kane sent away from his mom?",
    ],
)
def test_up_to_a_limit_the_parent_is_found_where_the_child_is_named(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="citizen-kane-1941", scope=SpoilerScope.parse("upto:50%"))
    assert answer.status is Status.ANSWERED and "her young son Charles" in answer.answer, answer.answer


def test_a_text_that_says_mother_is_read_as_it_says() -> None:
    [mother] = query_tokens("mother")
    assert synonym(mother, {mother, *query_tokens("son")}) == mother
    assert synonym(mother, set(query_tokens("son"))) == query_tokens("son")[0]


def test_with_spoilers_off_the_childhood_stays_hidden(engine: Engine) -> None:
    answer = engine.ask("why was kane sent away from his mother?", film="citizen-kane-1941", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "Thatcher" not in answer.answer, answer.answer
