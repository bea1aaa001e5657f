"""A question word contracted with its auxiliary ("where'd", "how'd", "who'd", "what'd", "why'd") lost its apostrophe
in the tokenizer and stayed as a term: "where'd" became "whered", which the stemmer cuts to "where", a word the
search then looked for in the text. These are question words like "where" and "wheres": stopwords."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("contracted", "plain"),
    [
        ("where'd the car go", "where did the car go"),
        ("how'd jake work it out", "how did jake work it out"),
        ("who'd the bandit say killed him", "who did the bandit say killed him"),
        ("what'd norman do", "what did norman do"),
        ("why'd she leave", "why did she leave"),
        ("when'd it come out", "when did it come out"),
        ("what're they looking for", "what are they looking for"),
        ("where’d it go", "where did it go"),
    ],
)
def test_a_contracted_question_word_is_no_term(contracted: str, plain: str):
    assert query_tokens(contracted) == query_tokens(plain)


@pytest.mark.parametrize(
    ("question", "film", "must"),
    [
        ("where'd marion's car end up in psycho?", "psycho-1960", "swamp"),
        ("who'd the woman hiring jake turn out to be?", "chinatown-1974", "Ida Sessions"),
        ("what'd lila find in the fruit cellar in psycho?", "psycho-1960", "mummified"),
    ],
)
def test_answered_as_if_typed_in_full(engine: Engine, question: str, film: str, must: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and must in answer.answer, answer.answer
    full = engine.ask(question.replace("'d", " did"), film=film, scope=SpoilerScope.on())
    assert full.answer == answer.answer
