"""Claims in the asker's own words (bench/paraphrases/) named their film: "the film where Scottie gets over his fear
of heights at the end" (every word in Vertigo's premise; how it ends is its hidden text's), "which film has John Doe
and two detectives in the rain" (Se7en's killer, a name only its hidden text holds). How a film ends, and a name only
its hidden text holds, are what its hidden text says: the film is not named for them with spoilers off."""

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
    "question",
    [
        "the film where Scottie gets over his fear of heights at the end",
        "the movie where Leonard gets the man who killed his wife at the end",
        "the film where Jake Gittes loses at the end",
        "which film has the private eye beaten at the end",
        "the movie where the magician wins in the end",
        "the film where Marion takes the money and by the end the motel owner is caught",
    ],
)
def test_how_a_film_ends_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "which film has John Doe and two detectives in the rain",
        "the movie where John Doe's last victims are himself and the detective's wife",
    ],
)
def test_a_name_only_the_hidden_text_holds_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None, answer.answer


@pytest.mark.parametrize(
    ("question", "film"),
    [
        # "At the end of" is a place; names the premise gives are anyone's.
        ("the movie where a man lives in a motel at the end of the road", "memento-2000"),
        ("the film where Jake Gittes photographs cheating husbands", "chinatown-1974"),
    ],
)
def test_a_place_at_the_end_and_a_visible_name_still_find_it(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer


def test_the_ending_is_told_with_spoilers_on(engine: Engine):
    answer = engine.ask("the film where Scottie gets over his fear of heights at the end", scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "vertigo-1958", answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "the film where tyler isn't real",
        "the one where the soap salesman is only in his head",
        "which film has a guy whose best friend doesnt exist",
    ],
)
def test_someone_not_real_names_no_film(engine: Engine, question: str):
    # Who turns out not to exist is a twist, told in words no summary need use ("Tyler isn't real").
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is None, answer.answer


def test_a_film_its_hidden_text_found_is_not_named(engine: Engine):
    # Psycho's psychiatrist speaks only in its hidden ending; its visible text holds next to nothing of this.
    answer = engine.ask(
        "which film has a scene where the psychiatrist died before the movie's main story?", scope=SpoilerScope.off()
    )
    assert answer.film is None, answer.answer
