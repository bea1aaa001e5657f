""" "who made stalker?", then "any other films by him?": "That would spoil Stalker, so I'm keeping it hidden." The
question asks for more of the director's films: the others of ours are offered to pick from, or the answer says
there are none; nothing of any film's story is read."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED
from tests.test_conversation import talk


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("film", "asked", "other"),
    [
        ("stalker-1979", "any other films by him?", "solaris-1972"),
        ("stalker-1979", "what else did he direct", "solaris-1972"),
        ("psycho-1960", "any other movies from the same director?", "vertigo-1958"),
        ("memento-2000", "did he make anything else?", "the-prestige-2006"),
    ],
)
def test_the_makers_other_films_are_offered(engine: Engine, film: str, asked: str, other: str):
    for scope in (SpoilerScope.off(), SpoilerScope.on()):
        answer = engine.ask(asked, scope=scope, context_film=film, context_question="who directed it?")
        assert answer.status is Status.AMBIGUOUS and [ref.id for ref in answer.choices] == [other], answer.answer
        assert "spoil" not in answer.answer


def test_none_other_is_said_so(engine: Engine):
    answer = engine.ask("other films by him?", scope=SpoilerScope.off(), context_film="rashomon-1950")
    assert answer.status is Status.NOT_FOUND and "no other film by Akira Kurosawa" in answer.answer, answer.answer


async def test_the_offered_film_can_be_picked(service):
    replies = await talk(service, "who made stalker", "any other films by him?", "the first one")
    assert "Solaris (1972)" in replies[1] and replies[2].startswith("Solaris (1972)"), replies
