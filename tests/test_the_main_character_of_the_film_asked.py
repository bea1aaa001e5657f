""" "What car does the main character drive?" right after a film found by its premise moved to Psycho (whose text
says Marion "drives west"), and asked of the right film was refused: "the main character" is the lead of the film
asked about, and "main" is no word of its story."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


async def test_the_main_character_stays_with_the_film(service):
    replies = await talk(
        service,
        "name the film: a guy can't make new memories so he tattoos clues all over his body",
        "what car does the main character drive",
    )
    assert replies[1].startswith("Memento (2000)") and "Jaguar" in replies[1], replies[1]


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("what car does the main character drive in Memento", "Jaguar"),
        ("who is the main character in Vertigo?", "Scottie"),
        ("who is the protagonist of fight club", "The Narrator"),
        ("what is the main character's job in fight club", "recall specialist"),
    ],
)
async def test_the_main_character_asked_of_a_film(service, question: str, told: str):
    (reply,) = await talk(service, question)
    assert told in reply, reply
