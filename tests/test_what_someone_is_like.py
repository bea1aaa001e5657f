""" "What's he like?" after "who is Somerset in Se7en?" was withheld ("he" read as no one, as "describe him"), and
"what is his attitude to the world at that point?" too; "what's Taylor's attitude to humanity at the start?" was
withheld ("attitude" is no word of the text, which calls him "a cynic who … had given up on people"). Someone's
attitude, outlook or nature is what they are like: the sentence introducing them, and "he" is whom the last
question asked about. So is someone's temperament or personality, "like" after it or not ("what is Mills'
temperament like?" read "his temperament" as the one asked after)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Asker, FilmService
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

ASKER = Asker(user_id=1, channel_id=2)


@pytest.mark.parametrize(
    ("first", "then", "told"),
    [
        ("who is somerset in se7en?", "what's he like?", "tired of a world"),
        (
            "How long does Somerset have left before he retires, in Seven?",
            "What is his attitude to the world at that point?",
            "tired of a world",
        ),
        ("who is marla singer in fight club?", "what is her personality like?", "Marla"),
        ("who is mills in se7en?", "what's his temperament like?", "hot-headed"),
    ],
)
async def test_what_he_is_like_is_asked_of_the_one_asked_about(tmp_path: Path, first: str, then: str, told: str):
    async with await FilmService.open(tmp_path / "f.db") as service:
        await service.ask_as(ASKER, first)
        result = await service.ask_as(ASKER, then)
        shown = result.private or result.public
        assert shown.status is Status.ANSWERED and told in shown.answer, shown.answer


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("what's Taylor's attitude to humanity at the start in planet of the apes?", "cynic"),
        ("what is Somerset's outlook in se7en?", "tired of a world"),
        # With "like" after it, with a bare apostrophe, or asked as "describe …'s personality".
        ("what is Mills' temperament like in Se7en?", "hot-headed"),
        ("describe Mills's personality in se7en", "hot-headed"),
    ],
)
def test_someones_attitude_is_what_they_are_like(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
