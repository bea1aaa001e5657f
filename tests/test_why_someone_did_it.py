""" "Why did Doe do it?" right after "what was in the box in Se7en?" asks why Doe did what that question asked about:
it was read alone, and "do it" found the set-up ("a man who borrowed books on sin …"). With "he" after "who killed
Tracy?" it asks the same of the one the answer names. Withheld with spoilers off, as the question before it was.
Through the terminal session, as a user types it."""

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("first", "then", "told"),
    [
        ("what was in the box in seven", "why did doe do it", "envied"),
        ("who killed tracy in se7en", "why did he do it?", "envied"),
        ("who's the killer in psycho?", "why did he do it?", "jealous"),
    ],
)
async def test_why_someone_did_what_was_just_asked(service, first: str, then: str, told: str):
    replies = await talk(service, "/spoilers on", first, then)
    assert told in replies[2], replies[2]


async def test_withheld_with_spoilers_off_as_the_question_before(service):
    replies = await talk(service, "what was in the box in seven", "why did doe do it")
    assert "Tracy's head" not in replies[0] and "envied" not in replies[1], replies[1]
    assert "spoil" in replies[1] or "Nothing I may show you" in replies[1], replies[1]
