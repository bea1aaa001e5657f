""" "What year did the tarkovsky film come out?" … "the one with the zone and the room" (Stalker), then "also who's the
lead in the hitchcock film we're doing next week" was answered as a question about Stalker: the maker typed in lower
case counted as a name only when content search found one of his films, and "next week" had it find none, so nothing
said the question was about another film. A maker pointed at ("the hitchcock film") names his films whatever the rest
finds; "next" (week) is the asker's plan, as "tonight" was; and "also" before a question goes on from the last one,
as "and" does, asking nothing itself. Over the bundled films, through the service as the bot runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Asker, FilmService
from index.answer_model import Status
from index.remarks import plain_question

ASKER = Asker(user_id=1, channel_id=2, guild_id=3)


async def _asked(service: FilmService, *questions: str) -> list[tuple[Status, str | None, str]]:
    replies = []
    for question in questions:
        result = await service.ask_as(ASKER, question, None)
        shown = result.private or result.public
        replies.append((shown.status, shown.film.id if shown.film else None, shown.answer))
    return replies


async def test_the_hitchcock_film_after_stalker_is_asked_which(tmp_path: Path) -> None:
    async with await FilmService.open(tmp_path / "bot.db") as service:
        *_, (status, film, _), (then, chosen, told) = await _asked(
            service,
            "who directed Stalker?",
            "also who's the lead in the hitchcock film we're doing next week",
            "the one set in san francisco",
        )
    assert status is Status.AMBIGUOUS and film is None
    assert then is Status.ANSWERED and chosen == "vertigo-1958" and "James Stewart" in told, told


async def test_a_question_about_the_last_film_still_stays_with_it(tmp_path: Path) -> None:
    # The guard: no maker pointed at, and the plan's words alone move nothing.
    async with await FilmService.open(tmp_path / "bot.db") as service:
        *_, (status, film, told) = await _asked(
            service, "who directed Stalker?", "how long is it? we're doing it next week"
        )
    assert status is Status.ANSWERED and film == "stalker-1979" and "162" in told, told


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("also who directed it", "who directed it"),
        ("plus who wrote it?", "who wrote it?"),
        ("also, is it scary?", "is it scary?"),
    ],
)
def test_also_before_a_question_asks_nothing(typed: str, read: str) -> None:
    assert plain_question(typed) == read
