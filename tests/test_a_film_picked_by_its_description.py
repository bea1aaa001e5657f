"""After "which film do you mean? (Solaris, Stalker)", "the one on the space station" or "the space one" was searched
across every film and refused as a possible spoiler of an unnamed film; "the one with the ocean planet" re-asked
"which one's the tarkovsky movie?" of Solaris. A description picks among the films offered, by the text a reader
may see, and the question asked before is asked of the film picked (a "which film?" question asks what it is
about). Through the service every transport uses."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("first", "pick", "told"),
    [
        ("how long is the tarkovsky film", "the one on the space station", "167 minutes"),
        ("how long is the tarkovsky film", "the space one", "167 minutes"),
        ("who directed the tarkovsky film?", "the zone one", "Stalker (1979) was directed by Andrei Tarkovsky"),
        ("who directed the hitchcock film", "the one with the motel", "Psycho (1960) was directed by"),
        ("which one's the tarkovsky movie", "the one with the ocean planet", "a distant planet covered by"),
        ("tell me about the tarkovsky one please", "the one in space", "a distant planet covered by"),
        ("what's the film with Brad Pitt about?", "the one where he is a detective", "Somerset"),
    ],
)
async def test_a_description_picks_among_the_films_offered(service, first: str, pick: str, told: str):
    replies = await talk(service, first, pick)
    assert "Which film do you mean?" in replies[0], replies[0]
    assert told in replies[1], replies[1]


async def test_a_description_no_visible_text_fits_picks_nothing(service):
    # The shower murder is Psycho's hidden text: no pick by it, and no Hitchcock film named for it.
    replies = await talk(service, "who directed the hitchcock film", "the one with the shower murder")
    assert "Psycho" not in replies[1] and "Vertigo" not in replies[1], replies[1]
