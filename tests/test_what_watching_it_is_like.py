"""What watching a film is like, asked yes or no: "is it slow?", "is Memento confusing?" were refused as spoilers
(the premise shows what it is like); "is Stalker long?" and "how old is Citizen Kane?" ask its card (runtime,
year); "is it based on something?" asks what no summary of Memento tells, said as such (Fight Club's summary does
tell it, and answers)."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("lines", "told"),
    [
        (("what's solaris about?", "is it slow?"), "a distant planet covered by"),
        (("is Memento confusing?",), "cannot form new memories"),
        (("is stalker long?",), "Runtime: 162 minutes"),
        (("who directed psycho", "is it too long?"), "Runtime: 109 minutes"),
        (("how old is citizen kane",), "Year: 1941"),
        (("who wrote memento", "is it based on something"), "I know films from their plot summaries and their facts"),
        (("is fight club based on a book?",), "adapted from Chuck Palahniuk"),
    ],
)
async def test_what_watching_it_is_like(service, lines: tuple[str, ...], told: str):
    replies = await talk(service, *lines)
    assert told in replies[-1], replies[-1]


@pytest.mark.parametrize("lines", [("who directed memento", "how old is he"), ("how old is cole in the sixth sense",)])
async def test_how_old_someone_is_is_no_year(service, lines: tuple[str, ...]):
    replies = await talk(service, *lines)
    assert "Year:" not in replies[-1], replies[-1]
