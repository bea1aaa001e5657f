"""In a busy channel people point at films by place: "who's in the first one?" after "which film? (Solaris,
Stalker)" found Se7en by "first"; "back to the first film, where does it take place?" after Stalker and Rashomon
stayed with Rashomon; "what about the other film?" and "and the other one?" after Psycho and Vertigo stayed with
Vertigo; "what's the director's other film on here" after Fight Club answered Fight Club; "did the same guy direct
memento and the prestige" asked which film, and listed The Prestige first, so "the second one" was Memento. Through
the service every transport uses."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("lines", "told"),
    [
        (("how long are solaris and stalker? need to pick one for tonight", "who's in the first one"), "Banionis"),
        (
            ("who directed stalker", "who directed rashomon", "back to the first film, where does it take place?"),
            "Zone",
        ),
        (("who directed psycho", "who directed vertigo", "what about the other film?"), "Psycho (1960) was directed"),
        (("who directed psycho", "who directed vertigo", "and the other one?"), "Psycho (1960) was directed"),
        (("who directed fight club", "what's the director's other film on here"), "Se7en (1995)"),
        (("who directed memento", "what's his other movie on here about"), "Borden"),
        (
            ("did the same guy direct memento and the prestige",),
            "The Prestige (2006) was directed by Christopher Nolan",
        ),
        (("which is scarier, memento or the prestige?", "how long is the second one"), "130 minutes"),
        # (after an answer about both, too)
        (("did the same guy direct memento and the prestige", "how long is the second one"), "130 minutes"),
    ],
)
async def test_a_film_pointed_at_by_its_place(service, lines: tuple[str, ...], told: str):
    replies = await talk(service, *lines)
    assert told in replies[-1], replies[-1]


async def test_the_other_one_between_two_offered_is_still_the_one_not_picked(service):
    replies = await talk(service, "how long is the hitchcock film", "the first one", "and the other one?")
    assert replies[1].startswith("Vertigo") and replies[2].startswith("Psycho"), replies


async def test_the_first_one_of_the_story_is_no_film(service):
    # With no films just offered, "the first one" is the story's ("the first meeting"), not the first film asked of.
    replies = await talk(
        service, "who directed se7en", "who directed fight club", "and who's the big guy he meets at the first one?"
    )
    assert replies[2].startswith("Fight Club"), replies[2]


@pytest.mark.parametrize(
    ("lines", "told"),
    [
        # Two films named, the question asking of one: "the other one" next asks the same of the other, without
        # the titles ("how long is Solaris?" asked of Stalker was withheld).
        (("I'm comparing Solaris and Stalker. How long is Solaris?", "and the other one?"), "162 minutes"),
        (
            ("For my essay comparing Psycho with Vertigo: where is Psycho set?", "and in the other one?"),
            "San Francisco",
        ),
    ],
)
async def test_the_other_one_after_a_question_naming_two(service, lines: tuple[str, ...], told: str):
    replies = await talk(service, *lines)
    assert told in replies[-1], replies[-1]


async def test_the_other_one_with_nothing_before_asks_which(service):
    # "and in the other one?" opening a conversation points at nothing: content search found "other" in Se7en.
    replies = await talk(service, "and in the other one?")
    assert "Which film" in replies[0], replies[0]
