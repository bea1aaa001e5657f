""" "Who composed the music for Vertigo?", "did Citizen Kane win an Oscar?", "is there a sequel to Planet of the Apes?"
got "it may be a spoiler … turn spoilers on": no story tells a film's making, money or reception, so turning spoilers
on would not help. The reply says what the bot knows of a film instead, alike whether or not the hidden text mentions
it (so it tells nothing of that text); where the visible text tells it, it is answered."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

P, T, E = SectionKind.PREMISE, SectionKind.OTHER, SectionKind.ENDING

# One film whose visible trivia tells its music, one whose hidden ending alone mentions an award.
SCORED = make_film(
    "The Lighthouse Keeper",
    1990,
    [(P, False, "Ida keeps the lighthouse alone."), (T, False, "The score was composed by Erik Holm.")],
)
AWARDED = make_film(
    "The Glass Harbour",
    1991,
    [(P, False, "Tom runs the harbour."), (E, True, "Tom wins the harbour award and sails away.")],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, SCORED, AWARDED])


@pytest.mark.parametrize(
    "question",
    [
        "who composed the music for vertigo",
        "did citizen kane win an oscar",
        "is there a sequel to planet of the apes",
        "how much did citizen kane cost",
        "what is the rating of psycho",
    ],
)
def test_no_turn_spoilers_on_for_what_no_story_tells(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "plot summaries and their facts" in answer.answer, answer.answer
    assert "spoiler" not in answer.answer.lower()


def test_the_same_reply_whatever_the_hidden_text_holds(engine: Engine):
    hidden = engine.ask("did the glass harbour win an award?", scope=SpoilerScope.off())
    none = engine.ask("did the lighthouse keeper win an award?", scope=SpoilerScope.off())
    assert hidden.answer.replace("The Glass Harbour", "X") == none.answer.replace("The Lighthouse Keeper", "X")
    assert "harbour award" not in hidden.answer


def test_told_where_the_visible_text_tells_it(engine: Engine):
    answer = engine.ask("who composed the music for the lighthouse keeper?", scope=SpoilerScope.off())
    assert "Erik Holm" in answer.answer, answer.answer


def test_with_spoilers_on_the_whole_text_answers(engine: Engine):
    answer = engine.ask("did the glass harbour win an award?", scope=SpoilerScope.on())
    assert "harbour award" in answer.answer, answer.answer
