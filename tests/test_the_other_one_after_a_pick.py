""" "Who directed the Hitchcock film?" → "which film?" (Vertigo, Psycho) → "the second one" → "no I meant the other
one": the film not picked, asked the same question. It got "which film?" again, and "and the other one?" after
picking Memento by its title was answered about Memento."""

from __future__ import annotations

import pytest

from bot.service import Asker, FilmService
from index.answer_model import Status
from index.question_shape import picked

ASKER = Asker(user_id=1, channel_id=10, guild_id=None)


@pytest.mark.parametrize(
    ("question", "pick", "other", "told"),
    [
        ("who directed the hitchcock film", "the second one", "no I meant the other one", "directed by"),
        ("what year did the nolan film come out", "memento", "and the other one?", "Year:"),
        ("who is in the tarkovsky movie", "stalker", "the other one", "Cast:"),
    ],
)
async def test_the_other_one_is_the_film_not_picked(
    service: FilmService, question: str, pick: str, other: str, told: str
) -> None:
    offered = await service.ask_as(ASKER, question)
    assert offered.public.status is Status.AMBIGUOUS and len(offered.public.choices) == 2
    first = await service.ask_as(ASKER, pick)
    second = await service.ask_as(ASKER, other)
    assert first.public.film is not None and second.public.film is not None
    assert {first.public.film.id, second.public.film.id} == {ref.id for ref in offered.public.choices}
    assert second.public.status is Status.ANSWERED and told in second.public.answer, second.public.answer


def test_the_other_among_one_left_is_that_one() -> None:
    assert picked("the other one", 1) == 0
    assert picked("no wait, the other one", 2) == 1
    assert picked("the second one", 1) is None
