""" "quién dirigió Psycho?" was answered "Nothing I may show you about Psycho answers that: it may be a spoiler", as if
its words were an English question nothing visible answers. A question most of whose words (beside the title) are in
no English lexicon nor any film's text, with a word only other languages ask with, gets a one-line pointer to ask in
English. Names we lack ("keyser soze?"), typos and chat spellings are no other language."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.film_replies import IN_ENGLISH
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    ["quién dirigió psycho?", "Quién dirigió Psycho?", "wer hat Stalker gedreht?", "qui a réalisé vertigo?"],
)
@pytest.mark.parametrize("context", [None, "psycho-1960"])
def test_another_language_is_pointed_to_english(engine: Engine, question: str, context: str | None):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context)
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert answer.answer == IN_ENGLISH


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("momento plot pls", Status.ANSWERED),
        ("wat happens in rashoman", Status.ANSWERED),
        ("stalkr director?", Status.ANSWERED),
        ("keyser soze?", Status.NOT_FOUND),
        ("asdf qwer", Status.NOT_FOUND),
    ],
)
def test_english_typed_loosely_is_not_another_language(engine: Engine, question: str, status: Status):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is status and answer.answer != IN_ENGLISH, answer.answer
