"""A fall told apart from its idioms, and whose body it was.

"Why does Judy fall off the tower at the end?" was answered "Judy stays because she truly fell in love with
Scottie": "fell" in "fell in love" matched the question's fall, and "because" made it a reason. The verb of "falls
in love" and "falls for someone" is now no term, on both sides; a sentence opening on what a feeling made someone
do ("Startled, Judy steps back and falls") gives a reason. And "whose body fell from the tower?" asks whose remains
they are, which is what the twist tells: the fall seen from the stairs only says "her body"."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from index.tokenize import document_tokens, query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "text",
    [
        "Judy stays because she truly fell in love with Scottie.",
        "Scottie falls in love with her.",
        "She falls for Borden instead.",
        "They had fallen in love years before.",
    ],
)
def test_the_verb_of_falling_in_love_is_no_term(text: str) -> None:
    terms = document_tokens(text)
    assert not {"fall", "fell", "fallen"} & set(terms), terms


def test_a_real_fall_and_what_is_loved_are_still_terms() -> None:
    assert "fell" in document_tokens("The rain fell for hours.")
    assert "fall" in document_tokens("Angier falls through the trapdoor.")
    assert {"love", "borden"} <= set(document_tokens("She falls in love with Borden."))
    # The question goes through the same pipeline, so it still meets the text's "love".
    assert query_tokens("when does Scottie fall in love?") == ["scotti", "love"]


@pytest.mark.parametrize(
    "question",
    ["why does Judy fall off the tower at the end?", "lowkey confused why did judy fall off the tower at the end"],
)
def test_why_she_falls_is_the_fall_not_the_love(engine: Engine, question: str) -> None:
    answer = engine.ask(question, context_film="vertigo-1958", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "a nun rises" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("whose body fell from the bell tower the first time?", "vertigo-1958", "the real Madeleine"),
        ("whose head is in the box?", "se7en-1995", "Tracy's head"),
    ],
)
def test_whose_body_it_was_is_the_twist(engine: Engine, question: str, film: str, told: str) -> None:
    answer = engine.ask(question, context_film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


def test_whose_body_it_was_stays_hidden_with_spoilers_off(engine: Engine) -> None:
    answer = engine.ask("whose body fell from the tower?", context_film="vertigo-1958", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "Madeleine" not in answer.answer, answer.answer
