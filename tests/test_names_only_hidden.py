"""A question naming someone that only the text the asker may not see names is about that text: "what does Kelvin do
with the first Hari?" with spoilers off was answered with the premise on Kelvin (Hari arrives in the hidden part)."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from index.tokenize import document_tokens
from tests.films import BUNDLED, BY_ID


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "name"),
    [
        ("what does kelvin do with the first hari", "solaris-1972", "Hari"),
        ("what does Arbogast find at the motel?", "psycho-1960", "Arbogast"),
        ("where does Gibarian leave his message for Kelvin?", "solaris-1972", "Gibarian"),
        ("what does Somerset say to Victor?", "se7en-1995", "Victor"),
    ],
)
def test_a_name_only_the_hidden_text_gives_keeps_the_question_withheld(
    engine: Engine, question: str, film_id: str, name: str
):
    film = BY_ID[film_id]
    visible = " ".join(p.text for p in film.passages if not p.spoiler)
    assert name.lower() not in document_tokens(visible)  # the name is only in the spoiler part
    off = engine.ask(question, film=film_id, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD, off.answer
    # Neutral wording: "That would spoil …" would confirm the name is in the hidden part.
    assert "would spoil" not in off.answer, off.answer
    on = engine.ask(question, film=film_id, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED, on.answer
