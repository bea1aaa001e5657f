""" "i heard judy is madeleine", "can you confirm madeleine is judy" got the pointer to /help: a statement with no
capitalised name read as a remark to the bot. Names typed in lower case (no English word, written as a name in a
story the asker may read, or someone who made a film) make it a claim about a film, refused as any claim is; "haha
my english is so bad today" is still a remark ("English" is in the films' facts, not a name in a story)."""

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
    "question",
    ["i heard judy is madeleine", "can you confirm madeleine is judy", "i heard elster planned it all"],
)
@pytest.mark.parametrize("after", [None, "vertigo-1958"])
def test_a_claim_heard_is_refused_not_pointed_to_help(engine: Engine, question: str, after: str | None):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=after, context_question="what's it about")
    assert answer.status is not Status.NOT_FOUND and "/help" not in answer.answer, answer.answer
    if after is None:
        # Asked of no film, it names none.
        assert answer.film is None and "Vertigo" not in answer.answer, answer.answer
    else:
        assert answer.status is Status.WITHHELD, answer.answer


def test_a_remark_stays_a_remark(engine: Engine):
    answer = engine.ask(
        "haha my english is so bad today sorry",
        scope=SpoilerScope.off(),
        context_film="vertigo-1958",
        context_question="what's it about",
    )
    assert answer.film is None and answer.status is Status.NOT_FOUND, answer.answer
