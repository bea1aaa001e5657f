"""Which part an actor plays: "is David Bowie really in The Prestige?", "bowie role", "who plays Tesla?" gave the
cast line ("David Bowie.") while the notes say "the film features David Bowie as Nikola Tesla". A part the cast
line and the text leave unsaid ("who does Vera Miles play?") is said to be unsaid, not answered with the cast line; a
character's words ("introduces herself as Mrs. Evelyn Mulwray") name no actor's part."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "is David Bowie really in the prestige?",
        "who does david bowie play in the prestige",
        "who plays Tesla in the prestige?",
    ],
)
def test_a_part_the_text_tells_with_the_actor(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "David Bowie as Nikola Tesla" in answer.answer, answer.answer


def test_a_part_asked_in_keywords_after_the_film(engine: Engine) -> None:
    answer = engine.ask("bowie role", scope=SpoilerScope.off(), context_film="the-prestige-2006")
    assert "David Bowie as Nikola Tesla" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "actor"),
    [
        ("who does vera miles play in psycho", "Vera Miles"),
        ("what part does scarlett johansson play in the prestige?", "Scarlett Johansson"),
    ],
)
def test_a_part_left_unsaid_is_said_to_be(engine: Engine, question: str, actor: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.answer.startswith("The summary of ") and f"which part {actor} plays" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "part"), [("who plays Jake?", "Jack Nicholson as J. J. Gittes"), ("who plays evelyn", "Faye Dunaway")]
)
def test_a_characters_own_words_name_no_actors_part(engine: Engine, question: str, part: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film="chinatown-1974")
    assert part in answer.answer and "introduces herself" not in answer.answer, answer.answer
