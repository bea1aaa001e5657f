"""`/spoilers on film:Psycho`, then "who is Lila?": the asker has just named the film, yet a question naming none was
read with no film ("That may be a spoiler, and you didn't say which film you mean"). A film named in `/spoilers on`
or `/spoilers off` is the film a next question naming none asks about, as one asked about by name is; a question
asked before of another film is not asked again of it. Through FilmService on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from bot.service import Asker, FilmService
from index.answer_model import Status

ASKER = Asker(user_id=1, channel_id=2)
OTHER = Asker(user_id=3, channel_id=2)


async def test_a_question_naming_no_film_asks_of_the_film_opted_into(tmp_path: Path) -> None:
    async with await FilmService.open(tmp_path / "f.db") as service:
        await service.set_spoilers(ASKER, channel_wide=False, film="Psycho", upto=None, duration=None)
        result = await service.ask_as(ASKER, "who is Lila?")
        shown = result.private or result.public
        assert shown.film is not None and shown.film.id == "psycho-1960", shown.answer
        assert shown.status is Status.ANSWERED and "sister" in shown.answer, shown.answer


async def test_it_is_the_film_opted_into_not_the_one_asked_about_before(tmp_path: Path) -> None:
    async with await FilmService.open(tmp_path / "f.db") as service:
        await service.ask_as(ASKER, "who directed Rashomon?")
        await service.set_spoilers(ASKER, channel_wide=False, film="Psycho", upto=None, duration=None)
        result = await service.ask_as(ASKER, "how does it end?")
        shown = result.private or result.public
        assert shown.film is not None and shown.film.id == "psycho-1960", shown.answer
        assert "Kurosawa" not in shown.answer, shown.answer


async def test_a_film_turned_off_is_the_one_asked_about_too(tmp_path: Path) -> None:
    async with await FilmService.open(tmp_path / "f.db") as service:
        await service.clear_spoilers(ASKER, channel_wide=False, film="Psycho")
        result = await service.ask_as(ASKER, "who is Lila?")
        assert result.public.film is not None and result.public.film.id == "psycho-1960", result.public.answer


async def test_a_film_named_in_the_question_still_wins(tmp_path: Path) -> None:
    async with await FilmService.open(tmp_path / "f.db") as service:
        await service.set_spoilers(ASKER, channel_wide=False, film="Psycho", upto=None, duration=None)
        result = await service.ask_as(ASKER, "who directed Vertigo?")
        assert result.public.film is not None and result.public.film.id == "vertigo-1958", result.public.answer


async def test_another_asker_in_the_channel_is_not_given_the_film(tmp_path: Path) -> None:
    async with await FilmService.open(tmp_path / "f.db") as service:
        await service.set_spoilers(ASKER, channel_wide=False, film="Psycho", upto=None, duration=None)
        result = await service.ask_as(OTHER, "who is Lila?")
        assert result.public.film is None, result.public.answer
