"""Opted in to Citizen Kane only, "does norman bates kill anyone" was answered about Citizen Kane ("The summary of
Citizen Kane doesn't say", spoilers on): a name typed in lower case counted as no name, so the one film opted into
kept the question. A character of another film typed in lower case, by full name or by a name no English word has,
moves the question off the last film (which film it is a refusal may still not say)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Asker, FilmService

ASKER = Asker(user_id=1, channel_id=2)


@pytest.mark.parametrize(
    "question", ["does norman bates kill anyone", "does Norman Bates kill anyone", "does Norman bates kill anyone"]
)
async def test_a_full_name_of_another_films_character_is_not_about_the_film_opted_into(tmp_path: Path, question: str):
    async with await FilmService.open(tmp_path / "f.db") as service:
        await service.set_spoilers(ASKER, channel_wide=False, film="Citizen Kane", upto=None, duration=None)
        await service.ask_as(ASKER, "who is susan alexander in citizen kane")
        result = await service.ask_as(ASKER, question)
        shown = result.private or result.public
        assert shown.film is None or shown.film.id != "citizen-kane-1941", shown.answer
        assert "Citizen Kane" not in shown.answer and "mummified" not in shown.answer, shown.answer


async def test_the_films_own_character_in_lower_case_stays_with_it(tmp_path: Path):
    async with await FilmService.open(tmp_path / "f.db") as service:
        await service.set_spoilers(ASKER, channel_wide=False, film="Citizen Kane", upto=None, duration=None)
        await service.ask_as(ASKER, "who directed citizen kane")
        result = await service.ask_as(ASKER, "what happens to susan alexander")
        shown = result.private or result.public
        assert shown.film is not None and shown.film.id == "citizen-kane-1941", shown.answer
