"""A claim the asker was told, then checked: "My daughter says Memento is told backwards. Is that right?", "I heard
Vertigo is set in San Francisco, is that right?", "the prestige is about magicians right" (a tag with no question
mark). Each was withheld ("That would spoil …"): whose claim it is ("daughter", "heard") and the tag ("right") were
read as words of the story the visible text lacks. The claim is what is asked: answered when the visible text says
it, withheld when it is a twist, and a question of its own after "I heard" is still that question."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "said"),
    [
        ("My daughter says Memento is told backwards. Is that right?", "memento-2000", "backwards"),
        ("I heard Vertigo is set in San Francisco, is that right?", "vertigo-1958", "San Francisco"),
        ("someone told me Stalker is in Russian, true?", "stalker-1979", "Russian"),
        ("the prestiege is about magicians right", "the-prestige-2006", "magician"),
        ("psycho is set in phoenix right", "psycho-1960", "Phoenix"),
        ("my husband reckons Chinatown is set in Los Angeles. Am I right?", "chinatown-1974", "Los Angeles"),
        ("Psycho was directed by Hitchcock. Is that correct?", "psycho-1960", "Hitchcock"),
    ],
)
def test_a_claim_the_visible_text_makes_is_answered(engine: Engine, question: str, film_id: str, said: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert said.lower() in answer.answer.lower(), answer.answer


@pytest.mark.parametrize(
    ("question", "hidden"),
    [
        ("My friend says Tyler isn't real in Fight Club. Is that right?", "Narrator"),
        ("I heard Norman is the killer in Psycho, is that true?", "Mother"),
        ("someone told me Malcolm is dead the whole time in the sixth sense right", "ghost"),
    ],
)
def test_a_twist_told_then_checked_is_withheld(engine: Engine, question: str, hidden: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert hidden.lower() not in answer.answer.lower(), answer.answer


def test_a_question_after_what_was_heard_is_that_question(engine: Engine) -> None:
    # "I heard" before a question of its own: the question is what is asked.
    answer = engine.ask("I heard Se7en is grim. who directed it?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "Fincher" in answer.answer, answer.answer
