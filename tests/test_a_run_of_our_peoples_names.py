""" "Is Midge Scottie's girlfriend?" got "I don't have Midge Scottie's": two capitalised words read as a title we
lack, since no passage writes "Midge" and "Scottie" together. A run of names each of which is someone in one of our
films is those people; a title holding a credited name or our title's word ("Citizen Ruth": Ruth Warrick is in
Citizen Kane's cast) is still a film we lack."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("lines", "film"),
    [
        (("who directed vertigo?", "Is Midge Scottie's girlfriend?"), "Vertigo (1958)"),
        (("who directed psycho?", "Is Sam Marion's boyfriend?"), "Psycho (1960)"),
    ],
)
async def test_names_of_our_people_are_no_title_we_lack(service, lines: tuple[str, ...], film: str) -> None:
    replies = await talk(service, *lines)
    assert not replies[-1].startswith("I don't have"), replies[-1]
    assert replies[-1].startswith(film), replies[-1]


@pytest.mark.parametrize("question", ["who directed Citizen Ruth?", "Citizen Ruth plot"])
async def test_a_title_holding_a_credited_name_is_still_one_we_lack(service, question: str) -> None:
    replies = await talk(service, question)
    assert replies[0].startswith("I don't have Citizen Ruth"), replies[0]
