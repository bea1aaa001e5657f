"""From a new blind set (dev58): "wait is david bowie in it?" after The Prestige was withheld ("wait" read as a story
word, where the trivia names him as Tesla); "what's psycho about, is it scary" was withheld (one question, not two);
"anyone up for a movie night friday?" asked which film; "why does the guy in memento have tattoos everywhere" was
withheld for "everywhere". A reaction before a yes-or-no question is no word of the story (but "there is a film
where …" keeps its subject); a comma before "is it …?" starts a second question; asking the others along is small
talk; "everywhere" says how much, not where in the story."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import without_lead_in
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("wait is david bowie in it?", "is david bowie in it?"),
        ("ok so is he dead?", "is he dead?"),
        (
            "There is a film where a man cannot make new memories",
            "There is a film where a man cannot make new memories",
        ),
        ("there are hidden frames in Fight Club, right?", "there are hidden frames in Fight Club, right?"),
    ],
)
def test_a_reaction_before_a_yes_or_no_question(question: str, read: str):
    assert without_lead_in(question) == read


@pytest.mark.parametrize(
    ("question", "context", "told"),
    [
        ("wait is david bowie in it?", "the-prestige-2006", "David Bowie as Nikola Tesla"),
        ("what's psycho about, is it scary", None, "Marion"),
        ("why does the guy in memento have tattoos everywhere", None, "tattoo"),
    ],
)
def test_answered_around_what_is_typed_with_it(engine: Engine, question: str, context: str | None, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context)
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["anyone up for a movie night friday?", "anyone free tonight?"])
def test_asking_the_others_along_is_small_talk(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None and "/help" in answer.answer, answer.answer
