""" "Is she good?", "what's her deal, is she good?": which side someone of the story is on, which only the plot
can tell; with spoilers off it is withheld, never answered with the premise as if the film's quality were asked.
"Is it good?" still judges the film, and gets its premise."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.service import Asker, FilmService
from index.answer_model import Status
from index.clauses import plain_clause
from index.question_shape import asks_an_opinion


def _ask_after(tmp_path: Path, first: str, then: str) -> tuple[Status, str]:
    async def talk() -> tuple[Status, str]:
        async with await FilmService.open(tmp_path / "t.db") as service:
            asker = Asker(user_id=1, channel_id=2, guild_id=3)
            await service.ask_as(asker, first)
            answer = (await service.ask_as(asker, then)).public
            return answer.status, answer.answer or ""

    return asyncio.run(talk())


@pytest.mark.parametrize("then", ["is she good?", "what's her deal though, is she good", "so is she bad"])
def test_whether_someone_is_good_is_withheld(tmp_path: Path, then: str) -> None:
    status, text = _ask_after(tmp_path, "memento who's natalie", then)
    assert status is Status.WITHHELD, text
    assert "insurance" not in text


def test_the_film_judged_still_gets_its_premise(tmp_path: Path) -> None:
    status, text = _ask_after(tmp_path, "who directed memento?", "is it good?")
    assert status is Status.ANSWERED
    assert "Leonard" in text


@pytest.mark.parametrize(
    ("question", "judged"),
    [("is she good?", False), ("are they bad", False), ("is it good?", True), ("is he good in it?", True)],
)
def test_a_person_judged_is_no_opinion_of_the_film(question: str, judged: bool) -> None:
    assert asks_an_opinion(question, []) is judged


def test_a_yes_no_clause_about_someone_asks_too() -> None:
    # Answering "what's her deal" alone would leave "is she good" unasked.
    assert plain_clause("what's the premise, is she good", lambda terms: terms) is None
    assert plain_clause("what's the premise, no spoilers", lambda terms: terms) == "what's the premise"
