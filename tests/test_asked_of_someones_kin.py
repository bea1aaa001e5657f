""" "And his partner?" after "who plays the old detective in se7en?", "and his mom?" after "who plays the kid?":
the last question asked of someone known by whom they belong to, the one it was asked about. Before, the bare
"his partner" was searched for, and the premise's sentence on the old detective answered a cast question."""

from __future__ import annotations

import pytest

from index.naming import people_named_in
from index.people_asked import asked_of_someones
from tests.films import BUNDLED
from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["who plays the old detective in se7en", "and his partner?"], "Brad Pitt"),
        (["who plays the kid in the sixth sense?", "and his mom?"], "Toni Collette"),
    ],
)
async def test_a_kin_alone_after_a_question_asks_it_of_them(service, lines: list[str], expected: str):
    replies = await talk(service, *lines)
    assert expected in replies[-1], replies[-1]


def _people(film_id: str) -> frozenset[str]:
    return frozenset(people_named_in(next(film for film in BUNDLED if film.id == film_id)))


@pytest.mark.parametrize(
    ("before", "kin", "asked"),
    [
        ("who plays the old detective in se7en", "partner", "who plays the old detective's partner in se7en"),
        ("who plays the kid?", "mom", "who plays the kid's mom?"),
        ("who plays Mills in se7en", "wife", "who plays Mills's wife in se7en"),
    ],
)
def test_the_kin_is_asked_of_the_one_asked_about(before: str, kin: str, asked: str) -> None:
    assert asked_of_someones(kin, before, _people("se7en-1995") | _people("the-sixth-sense-1999")) == asked


def test_a_question_naming_no_one_asks_nothing_of_their_kin() -> None:
    assert asked_of_someones("wife", "how long is it?", _people("se7en-1995")) is None
