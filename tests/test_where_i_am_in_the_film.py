"""Where the asker is in the film, said before the question ("planet of the apes, 40% in: who attacks the humans in
the field", "solaris at 45%: …", "we paused psycho halfway. what happened …"), was read as words of the story, and the
answer before the limit was withheld as lying past it. The film named there is still the film asked about; the limit
is the asker's opt-in's. Also from the same watch-through: "who does he live with?" read "does he live" as a fate,
"who's his new partner?" missed the summary's "replacement", and "is casablanca on the list?" asked which film."""

from __future__ import annotations

import pytest

from index.access import Visibility
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED
from tests.test_conversation import talk


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("film", "limit", "question", "told"),
    [
        (
            "planet-of-the-apes-1968",
            "40%",
            "planet of the apes, 40% in: who attacks the humans in the field",
            "gorillas",
        ),
        ("the-prestige-2006", "40%", "prestige 40% in. how did angier's wife die", "drowning"),
        ("the-prestige-2006", "40%", "we're 40% into the prestige, how did angier's wife die?", "drowning"),
        # Typed without a break: the question opens on its word.
        ("se7en-1995", "45m", "45 min into se7en what word was on the floor", "GREED"),
        ("the-prestige-2006", "40%", "were like 40% into the prestige how did angier's wife die", "drowning"),
        ("psycho-1960", "1:00", "im like 50 min into psycho who runs the motel", "Norman"),
    ],
)
def test_a_question_after_where_the_asker_is(engine: Engine, film: str, limit: str, question: str, told: str):
    watching = Visibility(SpoilerScope.off(), {film: SpoilerScope.parse(limit)})
    answer = engine.ask(question, scope=watching)
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("scope", "question"),
    [
        ("0:45", "at 0:45 of psycho. who is in the fruit cellar?"),
        ("0:45", "im like 45 min into psycho who is in the fruit cellar"),
        # Said with no opt-in: where the asker is names the film, and limits nothing.
        (None, "im like 40 min into psycho does marion die??"),
    ],
)
def test_past_the_limit_stays_withheld(engine: Engine, scope: str | None, question: str):
    limits = {"psycho-1960": SpoilerScope.parse(scope)} if scope else {}
    answer = engine.ask(question, scope=Visibility(SpoilerScope.off(), limits))
    assert answer.status is Status.WITHHELD and answer.film is not None and answer.film.id == "psycho-1960"
    assert "stabs" not in answer.answer and "mummified" not in answer.answer, answer.answer


async def test_who_someone_lives_with_and_works_with(service):
    replies = await talk(service, "who is Norman in Psycho", "who does he live with", "is his mother alive?")
    assert "invalid mother" in replies[1], replies[1]
    assert "spoil" in replies[2], replies[2]
    replies = await talk(service, "who is somerset in se7en", "and who's his new partner?")
    assert "David Mills" in replies[1], replies[1]


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("is casablanca on the list?", "I don't have casablanca"),
        ("is rear window in your library", "I don't have rear window."),
        ("is vertigo on the list?", "Scottie"),
    ],
)
async def test_whether_a_film_is_on_the_list(service, question: str, told: str):
    (reply,) = await talk(service, question)
    assert told in reply, reply
