""" "why is borden in jail" after a question about The Prestige, "what's the writer afraid of" after one about
Stalker: one everyday word the summaries never use, said of someone the last film's text names, is the asker's own
word about that person, not a film we lack called "jail" or "afraid" (both got "I don't have …")."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film"),
    [("why is borden in jail", "the-prestige-2006"), ("and what's the writer afraid of", "stalker-1979")],
)
def test_a_word_about_someone_stays_with_their_film(engine: Engine, question: str, film: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.on(), context_film=film, context_question="who directed it?")
    assert answer.film is not None and answer.film.id == film, answer.answer


def test_a_film_we_lack_after_a_question_is_still_one(engine: Engine) -> None:
    # (no one of Psycho's is named: "scream" is the film asked about)
    answer = engine.ask("who dies in scream", scope=SpoilerScope.on(), context_film="psycho-1960")
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
