""" "Which city is she from?" after a question about Marion, and "where did he live?" after one about Kane, were
refused as unsure: read alone, "she" and "he" are no one, and the follow-up was asked again of the person only for
"who"-questions, jobs and descriptions. Where someone is from or lives is what introduces them too ("a real-estate
secretary in Phoenix, Arizona", "a vast, half-finished castle called Xanadu"): asked of the person the question
before was about, it is answered from the visible text; what the asker may not see stays withheld."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Asker, FilmService
from index.answer_model import Status
from index.people_asked import ORIGIN


@pytest.mark.parametrize(
    "question",
    [
        "which city is she from?",
        "where is he from?",
        "where does she live?",
        "what town is marion from?",
        "where did he grow up?",
        "where is Marion originally from?",
    ],
)
def test_asks_where_someone_is_from(question: str):
    assert ORIGIN.search(question.lower())


@pytest.mark.parametrize("question", ["where is it set?", "where is the motel?", "where does the film take place?"])
def test_a_place_in_the_story_is_not_asked_of_someone(question: str):
    assert not ORIGIN.search(question.lower())


@pytest.mark.parametrize(
    ("first", "then", "must"),
    [
        ("how much money does Marion take in Psycho?", "which city is she from?", "Phoenix"),
        ("who was Charles Foster Kane?", "where did he live?", "Xanadu"),
    ],
)
async def test_the_follow_up_is_asked_of_them(tmp_path: Path, first: str, then: str, must: str):
    async with await FilmService.open(tmp_path / "films.db") as service:
        asker = Asker(user_id=1, channel_id=2, guild_id=3)
        before = (await service.ask_as(asker, first)).public
        assert before.status is Status.ANSWERED, before.answer
        answer = (await service.ask_as(asker, then)).public
        assert answer.status is Status.ANSWERED and must in answer.answer, answer.answer
