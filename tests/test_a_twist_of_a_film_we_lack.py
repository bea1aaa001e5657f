"""The twist asked of a title we lack, typed in lower case ("shutter island twist?", "oldboy twist pls"), is a film
we lack even right after a question about one of ours: it went on as a follow-up ("Nothing I may show you about
Stalker answers that"), naming a film it was not about."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "title"), [("shutter island twist?", "shutter island"), ("oldboy twist pls i forgot", "oldboy")]
)
@pytest.mark.parametrize("after", [None, "stalker-1979", "psycho-1960"])
def test_the_twist_of_a_title_we_lack(engine: Engine, question: str, title: str, after: str | None):
    answer = engine.ask(question, context_film=after)
    assert answer.status is Status.NOT_FOUND and answer.film is None and f"I don't have {title}." in answer.answer


@pytest.mark.parametrize(
    ("question", "after", "film_id"),
    [
        ("memento twist?", None, "memento-2000"),
        ("prestige twist", "vertigo-1958", "the-prestige-2006"),
        ("what's the twist?", "psycho-1960", "psycho-1960"),
        ("whats the twist with the zone", "stalker-1979", "stalker-1979"),
    ],
)
def test_the_twist_of_ours_stays_ours(engine: Engine, question: str, after: str | None, film_id: str):
    answer = engine.ask(question, context_film=after)
    assert answer.status is Status.WITHHELD and answer.film is not None and answer.film.id == film_id


@pytest.mark.parametrize(
    "question",
    ["Who reveals the true identity of the men to the Ku Klux Clan?", "what secret does the retalitory squad keep"],
)
def test_a_twist_word_elsewhere_names_no_film(engine: Engine, question: str):
    # NarrativeQA: "reveals" as the question's verb, beside a word no summary holds, was read as a twist asked of
    # a title we lack ("I don't have the Ku Klux Clan").
    assert "don't have" not in engine.ask(question).answer
