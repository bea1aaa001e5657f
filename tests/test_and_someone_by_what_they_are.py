""" "Who plays Tyler Durden?" → "and the narrator?", "who plays the kid?" → "and the doctor?": the same question asked
of someone named by what they are, or of a name after someone so named. Before, only a name in place of a name (or a
part the text writes after "the" in place of another) was swapped, and "and the narrator?" was searched alone: the
Narrator's premise sentence, not who plays him. Through the terminal session (the service the Discord cogs use)."""

from __future__ import annotations

import pytest

from index.people_asked import asked_of_another_one, someone_by_what_they_are
from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("first", "then", "told"),
    [
        ("who plays tyler durden in fight club?", "and the narrator?", "Edward Norton"),
        ("who plays the kid in the sixth sense?", "and the doctor", "Bruce Willis"),
        ("who plays tyler durden in fight club", "and and Marla", "Helena Bonham Carter"),
    ],
)
async def test_the_same_question_of_someone_named_by_what_they_are(service, first: str, then: str, told: str) -> None:
    replies = await talk(service, first, then)
    assert told in replies[1], replies[1]


async def test_a_question_word_after_the_is_asked_anew(service) -> None:
    # "and the ending?" asks how it ends, not who plays the ending.
    replies = await talk(service, "who plays tyler durden in fight club?", "and the ending?")
    assert " as " not in replies[1] and "Brad Pitt" not in replies[1], replies[1]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("who plays the kid in the sixth sense?", "the kid"),
        ("rashomon - what's the dead husband's version?", "the dead husband"),
        ("what's in the box?", None),
    ],
)
def test_someone_named_by_what_they_are(question: str, named: str | None) -> None:
    found = someone_by_what_they_are(question)
    assert (question[found[0] : found[1]] if found else None) == named


def test_a_name_replaces_the_first_name_else_the_first_someone() -> None:
    people = frozenset({"tyler", "durden", "marla", "mills"})
    assert asked_of_another_one("the narrator", "who plays Tyler Durden?", people) == "who plays the narrator?"
    assert asked_of_another_one("Mills", "what sin is the killer himself?", people) == "what sin is Mills himself?"
    assert asked_of_another_one("Marla", "what's in the box?", people) is None
    assert asked_of_another_one("tyler durden", "who plays Tyler Durden?", people) is None
