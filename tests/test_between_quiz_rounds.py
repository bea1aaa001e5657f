"""Between a quiz's rounds: "which came first, Psycho or Vertigo?" asked which film was meant; "brb getting a pint"
and "can you mark our answer sheets too?" were asked of the last film (and refused as its spoiler); "who else is in
it besides him" after the cast, and "who else is in Psycho apart from Perkins?", were refused or answered with the
one actor named. Through the service every transport uses."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("which came first, Psycho or Vertigo?", ["Psycho (1960) — Year: 1960", "Vertigo (1958) — Year: 1958"]),
        ("which one was made first, Memento or Fight Club?", ["Year: 2000", "Year: 1999"]),
    ],
)
async def test_which_came_first_gives_both_years(service, question: str, told: list[str]):
    (reply,) = await talk(service, question)
    assert all(part in reply for part in told), reply


@pytest.mark.parametrize(
    "remark",
    [
        "brb getting a pint",
        "afk 5 min",
        "haha nailed it",
        "can you mark our answer sheets too?",
        "could you keep score?",
        # Said to the room or to check the bot is there: they were refused as Chinatown spoilers, or answered with
        # its premise ("is this thing on?"), or taken for a film we lack ("I don't have sorry wrong channel").
        "good night everyone",
        "is this thing on?",
        "hey there, anyone home?",
        "sorry wrong channel",
        "what time is it?",
    ],
)
async def test_chat_between_rounds_names_no_film(service, remark: str):
    replies = await talk(service, "who directed chinatown", remark, "who is in it")
    assert "/help" in replies[1] and "Chinatown" not in replies[1], replies[1]
    # (and the round goes on with the film asked about)
    assert "Jack Nicholson" in replies[2], replies[2]


async def test_the_rest_of_the_cast(service):
    replies = await talk(service, "who stars in chinatown", "who else is in it besides him")
    assert "Faye Dunaway" in replies[1], replies[1]
    (reply,) = await talk(service, "who else is in Psycho apart from Perkins?")
    assert "Janet Leigh" in reply, reply


@pytest.mark.parametrize("question", ["what time is it in the film?", "is it on at the start?"])
async def test_asked_of_the_film_it_is_no_chat(service, question: str):
    replies = await talk(service, "who directed psycho", question)
    assert "/help" not in replies[1], replies[1]
