""" "And Angier's version?" after "how does Borden do the Transported Man?", "and the wife's?" after "what's the
bandit's version?": the last question asked of that one's own, as "and Arbogast?" asks it of Arbogast. Before, the
possessive kept it from reading as a follow-up about someone, and it was searched as it stood."""

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("first", "then", "told"),
    [
        ("how does borden do the transported man in the prestige?", "and angier's version?", "copy of him"),
        ("what's the bandit's version in rashomon?", "and the wife's?", "Masako's story"),
    ],
)
async def test_the_same_asked_of_someones_own(service, first: str, then: str, told: str) -> None:
    replies = await talk(service, "/spoilers on", first, then)
    assert told in replies[2], replies[2]


async def test_still_withheld_with_spoilers_off(service) -> None:
    replies = await talk(service, "how does borden do the transported man in the prestige?", "and angier's version?")
    assert "copy of him" not in replies[1] and "drowns" not in replies[1], replies[1]
