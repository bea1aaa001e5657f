"""The part of a cast member just named, asked by a pronoun, through the service every transport uses: "who stars in
Planet of the Apes?" then "what's his character called?" was withheld ("his" read as someone in the story, whose
character the visible text does not name); "is kim novak in vertigo" then "who does she play" got the whole cast
line; "who plays mills in se7en" then "and in fight club who does he play" likewise. The pronoun stands for the actor
the last question named, or else its answer named first. With no actor named before, the question is read as it was."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("first", "then", "told", "not_told"),
    [
        ("who stars in Planet of the Apes?", "what's his character called?", "Taylor", "keeping it hidden"),
        ("vertigo then. who's the main actor", "what's his character called", "Scottie", "keeping it hidden"),
        ("is kim novak in vertigo", "who does she play", "Madeleine", "James Stewart"),
        ("is kim novak in vertigo", "what's her role?", "Madeleine", "James Stewart"),
        ("who plays mills in se7en", "and in fight club who does he play", "Tyler Durden", "keeping it hidden"),
        ("did james stewart act in vertigo?", "what part does he play", "Scottie", "Kim Novak"),
    ],
)
async def test_the_pronoun_is_the_actor_just_named(service, first: str, then: str, told: str, not_told: str):
    replies = await talk(service, first, then)
    assert told in replies[1], replies[1]
    assert not_told not in replies[1], replies[1]


async def test_with_no_actor_named_before_his_character_is_someone_in_the_story(service):
    # "who directed Psycho?" names a director, no one in the cast: "he" is not read as an actor.
    replies = await talk(service, "who directed psycho?", "what's his character called?")
    assert "Anthony Perkins" not in replies[1] and "Alfred Hitchcock's" not in replies[1], replies[1]
