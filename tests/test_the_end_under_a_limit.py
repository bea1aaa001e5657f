"""An ending asked under a progress limit: the part of the "Ending" section before the limit is not how the film
ends. "What happens to Evelyn at the end?" up to 70% of Chinatown was answered with the visible opening of its
ending section (Hollis drowned in salt water), as if that were the end; the end lies past the limit."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("question", ["what happens to evelyn at the end?", "how does it end for evelyn?"])
def test_an_ending_past_the_limit_is_withheld(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="chinatown-1974", scope=SpoilerScope.parse("upto:70%"))
    assert answer.status is Status.WITHHELD, answer.answer
    assert "salt water" not in (answer.answer or "")


def test_how_vertigo_ends_at_70_percent_is_withheld(engine: Engine) -> None:
    answer = engine.ask("how does vertigo end?", scope=SpoilerScope.parse("upto:70%"))
    assert answer.status is Status.WITHHELD, answer.answer


def test_with_the_whole_film_seen_the_end_is_answered(engine: Engine) -> None:
    answer = engine.ask("what happens to evelyn at the end?", film="chinatown-1974", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "bullet" in (answer.answer or "")


@pytest.mark.parametrize(
    ("question", "film", "upto", "earlier"),
    [
        # Naming three things of its own, it went to the general search, which found an earlier sentence with
        # Tyler and the Narrator in it ("Tyler ends up sleeping with her").
        ("how does the narrator get rid of Tyler at the end?", "fight-club-1999", "upto:50%", "Marla"),
        ("what does the professor do with the bomb in the end?", "stalker-1979", "upto:50%", "Professor"),
    ],
)
def test_an_ending_naming_much_is_still_past_the_limit(
    engine: Engine, question: str, film: str, upto: str, earlier: str
) -> None:
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(upto))
    assert answer.status is Status.WITHHELD, answer.answer
    assert earlier not in (answer.answer or "")


def test_the_end_of_a_scene_before_the_limit_is_answered(engine: Engine) -> None:
    # "How does the alley chase end?" asks the end of a scene, which lies before the limit, not the film's end.
    answer = engine.ask(
        "how does the alley chase with Doe end?", film="se7en-1995", scope=SpoilerScope.parse("upto:1:10")
    )
    assert answer.status is Status.ANSWERED, answer.answer
    assert "spares" in (answer.answer or "")


def test_ending_as_a_verb_is_no_ending_asked(engine: Engine) -> None:
    # "… each ending where the previous one began …: who directed it?" describes Memento's structure; read as the
    # film's end asked, with spoilers off it was withheld (bench/descriptions.py, a safe description).
    question = (
        "the movie where the story is told in two strands: colour scenes that run backwards in time, each ending"
        " where the previous one began, and black-and-white scenes in a motel room that run forwards: who directed it?"
    )
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "memento-2000"
