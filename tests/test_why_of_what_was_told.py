""" "why?" right after an answer asks why of what the answer told, not only of the question's words. "whats in the box
in se7en" → "The box holds Tracy's head." → "why?" was read as "why whats box?", and the set-up ("a box addressed to
Mills") answered it; the people the answer names are asked about too, and a sentence telling what moved someone
("Doe explains that he envied Mills's ordinary life", "jealous of …", "out of guilt") is a reason as "because" is.
Through the terminal session, as a user types it."""

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("first", "then", "told"),
    [
        ("whats in the box in se7en", "why?", "envied"),
    ],
)
async def test_why_of_what_the_answer_told(service, first: str, then: str, told: str):
    replies = await talk(service, "/spoilers on", first, then)
    assert told in replies[2], replies[2]


async def test_why_of_what_the_premise_told(service):
    # (With spoilers on, "what does Marion do with the money?" is now answered with her decision to return it, the
    # plot's equal of the premise's sentence: a tie goes to the plot, tests/test_a_tie_goes_to_the_plot_told_in_full.py.
    # Why she took it is asked here of the premise's answer, which is what anyone may see.)
    replies = await talk(service, "What does Marion do with the money in Psycho?", "why?")
    assert "take the money to the bank" in replies[0], replies[0]
    assert "debts" in replies[1], replies[1]


async def test_still_withheld_with_spoilers_off(service):
    replies = await talk(service, "whats in the box in se7en", "why?")
    assert "envied" not in replies[1] and "Tracy's head" not in replies[1], replies[1]


async def test_explaining_a_condition_is_no_reason(service):
    # ("Leonard often explains his condition by telling the story of Sammy Jankis" describes; it gives no reason.)
    replies = await talk(service, "why can't Leonard remember anything in Memento?")
    assert "new memories" in replies[0], replies[0]
