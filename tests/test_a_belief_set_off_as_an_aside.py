"""What the asker half remembers, set off as an aside ("In Chinatown, which I think is set in San Francisco in the
fifties, what is …", "…, if memory serves.", "Citizen Cane, I believe that is how it's spelt: …"), was read as words
of the story: a safe fact was withheld because nothing visible said "San Francisco" or "spelt". The aside is the
asker's, not the question; a belief that is itself the question ("I think Norman is the killer?") stays."""

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
    ("question", "plain"),
    [
        (
            "In Chinatown, which I think is set in San Francisco in the fifties, what is the name of the detective?",
            "In Chinatown, what is the name of the detective?",
        ),
        ("Vertigo, which we believe is in colour, who is the star?", "Vertigo, who is the star?"),
        ("who directed psycho, i think?", "who directed psycho?"),
        ("is Rosebud a sled, if memory serves me right?", "is Rosebud a sled?"),
        ("who plays Marion, if I remember correctly?", "who plays Marion?"),
        ("Citizen Cane, I believe that is how it's spelt: who starred in it?", "Citizen Cane: who starred in it?"),
        # the asker's verdict on their own situation
        (
            "Never seen Citizen Kane, which is embarrassing. What's it about?",
            "Citizen Kane. What's it about?",
        ),
        ("never seen psycho, which is kinda embarrassing, who's in it?", "psycho, who's in it?"),
    ],
)
def test_the_aside_is_left_out(question: str, plain: str):
    assert plain_question(question) == plain


@pytest.mark.parametrize(
    "question",
    ["I think Norman is the killer?", "what do you think of Vertigo?", "who does Scottie think he is following?"],
)
def test_a_belief_that_is_the_question_stays(question: str):
    assert "think" in plain_question(question)


@pytest.mark.parametrize(
    ("question", "kept"),
    [("what is the sled, which is called Rosebud?", "which is called Rosebud"), ("why is Kane's death so sad?", "sad")],
)
def test_a_which_clause_telling_the_story_stays(question: str, kept: str):
    assert kept in plain_question(question)


def test_a_summary_asked_after_a_verdict_is_answered(engine: Engine):
    answer = engine.ask("Never seen Citizen Kane, which is embarrassing. What's it about? Keep it spoiler free")
    assert answer.status is Status.ANSWERED
    assert "Xanadu" in (answer.answer or "")


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "In Chinatown, which I think is set in San Francisco in the fifties, what is the name of the detective "
            "Jack Nicholson plays?",
            "Gittes",
        ),
        ("Citizen Cane, I believe that is how it's spelt: what year was it made, and who starred in it?", "1941"),
        ("Vertigo, which I believe is set in Los Angeles, who is the detective who retires?", "Scottie"),
        ("who is the young woman who steals the money in Psycho, if memory serves?", "Marion"),
    ],
)
def test_a_safe_fact_asked_beside_a_belief_is_answered(engine: Engine, question: str, says: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert says in answer.answer, answer.answer
