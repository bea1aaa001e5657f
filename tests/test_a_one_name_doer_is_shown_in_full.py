""" "Who shoots Malcolm at the start of The Sixth Sense?" was answered "Vincent accuses him of that failure, shoots
him, …": one name, which says who it is only to someone who knows the story; "who killed Hollis Mulwray?" with
spoilers on, "Cross admits he killed Hollis". A "who" answer opening on someone called by one name is shown after the
words where the visible story first gave the full name ("… in their bathroom: Vincent Grey, …", "Her father, Noah
Cross …"). Over the bundled films."""

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
    ("question", "scope", "full"),
    [
        ("who shoots Malcolm at the start of The Sixth Sense?", SpoilerScope.off(), "Vincent Grey"),
        ("who killed Hollis Mulwray in Chinatown?", SpoilerScope.on(), "Noah Cross"),
    ],
)
def test_the_doer_is_named_in_full(engine: Engine, question: str, scope: SpoilerScope, full: str) -> None:
    answer = engine.ask(question, scope=scope)
    assert answer.status is Status.ANSWERED and full in answer.answer, answer.answer


def test_a_deed_asked_of_the_one_named_introduces_no_one(engine: Engine) -> None:
    # "Who does Vincent shoot?" asks whom, of Vincent, whom the asker named: the answer opens on him ("Vincent accuses
    # him …") and his full name is no answer. (It was asserted of "who does Leonard shoot at the start of Memento?",
    # which is withheld with spoilers off, so that case could not fail.)
    answer = engine.ask("who does Vincent shoot at the start of The Sixth Sense?", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.answer.startswith("Vincent accuses"), answer.answer
    assert "Vincent Grey" not in answer.answer, answer.answer


def test_the_full_name_comes_from_what_the_asker_may_see(engine: Engine) -> None:
    # With spoilers off, nothing of the spoiler text is quoted to introduce anyone.
    answer = engine.ask("who shoots Malcolm at the start of The Sixth Sense?", scope=SpoilerScope.off())
    film = next(f for f in BUNDLED if f.id == "the-sixth-sense-1999")
    hidden = [p.text for p in film.passages if p.spoiler]
    assert not any(sentence in answer.answer for text in hidden for sentence in text.split(". ") if len(sentence) > 30)
