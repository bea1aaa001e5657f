"""After "who killed Tracy?" is withheld, "why did he do it?" asks of the one the refusal kept back: it is withheld
too. It was answered with Se7en's premise, which says nothing of him (and, beside the refusal, reads as if nothing
were hidden). Through the terminal session, as a user types it."""

import pytest

from tests.test_conversation import talk

_KEPT_BACK = ("would spoil", "Nothing I may show you")


@pytest.mark.parametrize(
    ("first", "then", "hidden"),
    [
        ("who killed tracy in se7en", "why did he do it?", "envied"),
        ("who killed hollis in chinatown?", "why did he kill him?", "Cross"),
        ("who killed arbogast in psycho?", "why did she do it?", "Mother"),
    ],
)
async def test_he_after_a_withheld_who_is_withheld(service, first: str, then: str, hidden: str):
    replies = await talk(service, first, then)
    assert any(k in replies[0] for k in _KEPT_BACK), replies[0]
    assert any(k in replies[1] for k in _KEPT_BACK), replies[1]
    assert hidden not in replies[1]


async def test_with_spoilers_on_the_same_follow_up_is_not_withheld(service):
    replies = await talk(service, "/spoilers on", "who killed tracy in se7en", "why did he do it?")
    assert "envied" in replies[1], replies[1]
    assert not any(k in replies[2] for k in _KEPT_BACK), replies[2]


async def test_a_name_in_the_follow_up_is_asked_of_that_person(service):
    # Asking of someone named is no pronoun for the one kept back: "what does Somerset do?" is answered.
    replies = await talk(
        service, "who killed tracy in se7en", "how many days does Somerset have left before he retires?"
    )
    assert "one week" in replies[1], replies[1]
