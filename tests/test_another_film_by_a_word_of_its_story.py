""" "That nolan film with the tattoos, who's in it?" (Memento), then "and the magician one?" was answered about Memento
("one" and "magician" read as a follow-up about the last film). A message that only points at a film by a word or two
of its story ("the magician one", "what about the space station one") leaves the last film when another fits those
words better, and asks that film the question before. Not a pick among films offered ("the other one"), which has
its own reading. Over the bundled films, through the service as the bot runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Asker, FilmService
from index.answer_model import Status
from index.film_phrases import described_one

ASKER = Asker(user_id=1, channel_id=2, guild_id=3)


async def _last(service: FilmService, *questions: str) -> tuple[Status, str | None, str]:
    for question in questions:
        result = await service.ask_as(ASKER, question, None)
    shown = result.private or result.public
    return shown.status, shown.film.id if shown.film else None, shown.answer


@pytest.mark.parametrize(
    ("before", "then", "film", "told"),
    [
        ("that nolan film with the tattoos, who's in it", "and the magician one?", "the-prestige-2006", "Hugh Jackman"),
        ("how long is Memento?", "what about the magician one", "the-prestige-2006", "130"),
        ("who directed Stalker?", "and the samurai one?", "rashomon-1950", "Kurosawa"),
    ],
)
async def test_the_question_before_is_asked_of_the_film_pointed_at(
    tmp_path: Path, before: str, then: str, film: str, told: str
) -> None:
    async with await FilmService.open(tmp_path / "bot.db") as service:
        status, found, text = await _last(service, before, then)
    assert status is Status.ANSWERED and found == film and told in text, (found, text)


@pytest.mark.parametrize(
    "message", ["and the other one?", "the first one", "that one", "the same one?", "what about the cast of that one"]
)
def test_a_pick_or_a_pointer_back_is_no_description(message: str) -> None:
    assert not described_one(message)


async def test_words_of_the_last_film_keep_it(tmp_path: Path) -> None:
    # The guard: "the tattoo one" after Memento is Memento, asked again.
    async with await FilmService.open(tmp_path / "bot.db") as service:
        status, found, text = await _last(service, "how long is Memento?", "and the tattoo one?")
    assert found == "memento-2000", (status, found, text)
