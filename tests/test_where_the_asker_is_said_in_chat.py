"""Where the asker is in the film, said before the question in chat's own words, is no word of the question:
"Planet of the Apes at 60% for us: what nickname does Zira give Taylor?" kept "for us" beside the title and was
refused, "we're halfway thru citizen kane in class, who does kane marry first" read "class" as the story's, "at about
70% of vertigo" kept an "at", "I've watched about 40% of Citizen Kane for class" left "'ve", and "half of Solaris
done (it's long)" kept "done (it's long)" beside the title. The film named there stays, after the question; who is
watching ("our volunteer got halfway through Stalker") does not."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "Planet of the Apes at 60% for us: what nickname does Zira give Taylor?",
            "what nickname does Zira give Taylor in Planet of the Apes?",
        ),
        (
            "we're halfway thru citizen kane in class, who does kane marry first",
            "who does kane marry first in citizen kane?",
        ),
        ("at about 70% of vertigo. how does madeleine die?", "how does madeleine die in vertigo?"),
        (
            "I've watched about 40% of Citizen Kane for class. What does young Charles hit Thatcher with?",
            "What does young Charles hit Thatcher with in Citizen Kane?",
        ),
        (
            "Our volunteer got halfway through Stalker. How does the Stalker test which way is safe?",
            "How does the Stalker test which way is safe in Stalker?",
        ),
        (
            "ok we are at one hour, why does Norman clean the bathroom?",
            "why does Norman clean the bathroom?",
        ),
        # A colon between digits is a time, not the break before the question.
        ("paused at 1:09 lol who is john doe", "who is john doe"),
        ("paused at 1:09 in se7en lol who is john doe", "who is john doe in se7en?"),
        # How far, said with an aside in brackets; an hour and a half; the scene it stopped before.
        ("half of Solaris done (it's long). what happened to Gibarian?", "what happened to Gibarian in Solaris?"),
        (
            "we're an hour and a half into stalker - who is the writer?",
            "who is the writer in stalker?",
        ),
        (
            "paused psycho at 40 min, right after the shower scene. who is arbogast?",
            "who is arbogast in psycho?",
        ),
    ],
)
def test_the_progress_said_before_the_question_is_set_aside(question: str, read: str) -> None:
    assert plain_question(question) == read


@pytest.mark.parametrize(
    # Words of the story that look like chat about watching stay: "Kane's first wife got half his fortune".
    "question",
    ["who got half of kane's fortune?", "why did he stop at the motel for one night?"],
)
def test_a_question_without_such_a_lead_is_left_as_it_is(question: str) -> None:
    assert plain_question(question) == question


@pytest.mark.parametrize(
    ("question", "upto", "told"),
    [
        ("Planet of the Apes at 60% for us: what nickname does Zira give Taylor?", "60%", "Bright Eyes"),
        ("we're halfway thru citizen kane in class, who does kane marry first", "50%", "Emily"),
        ("half of Solaris done (it's long). what happened to Gibarian?", "50%", "killed himself"),
    ],
)
def test_it_is_answered_up_to_the_limit(engine: Engine, question: str, upto: str, told: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.parse(f"upto:{upto}"))
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
