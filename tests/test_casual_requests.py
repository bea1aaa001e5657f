"""Casual ways of asking found by trying the terminal session as a newcomer: "yo whats the deal with memento" (it
was refused without naming the film it named), "should i trust teddy" typed without its question mark (the pointer
to /help), "similar movies?" ("I don't have similar movies"), "should kids watch it" (refused)."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import SMALL_TALK, Engine
from index.remarks import plain_question
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, BY_ID


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("yo whats the deal with memento", "memento-2000"),
        ("what is the deal with vertigo?", "vertigo-1958"),
        ("ok what's the deal with Solaris", "solaris-1972"),
    ],
)
def test_the_deal_with_a_film_is_what_it_is_about(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film="psycho-1960")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id, answer.answer
    premise = next(p for p in BY_ID[film_id].passages if not p.spoiler and p.section_kind.value == "premise")
    assert premise.text.split(".")[0] in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["should i trust teddy", "can we trust natalie", "should i believe teddy"])
@pytest.mark.parametrize("spoilers", ["on", "off"])
def test_whom_to_trust_typed_without_a_mark_is_a_question(engine: Engine, question: str, spoilers: str):
    scope = SpoilerScope.on() if spoilers == "on" else SpoilerScope.off()
    answer = engine.ask(question, scope=scope, context_film="memento-2000")
    assert answer.film is not None and answer.film.id == "memento-2000", answer.answer
    assert answer.status is (Status.ANSWERED if spoilers == "on" else Status.WITHHELD), answer.answer


@pytest.mark.parametrize("question", ["similar movies?", "any movies like memento", "anything like this?"])
def test_asking_for_similar_films_is_for_help(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film="memento-2000")
    assert answer.status is Status.NOT_FOUND and answer.answer == SMALL_TALK, answer.answer


@pytest.mark.parametrize("question", ["should kids watch it", "can my kids watch it", "should teens see it?"])
def test_whether_children_should_watch_is_answered_with_the_premise(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film="memento-2000")
    assert answer.status is Status.ANSWERED and "Leonard Shelby" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "whats the best film here",
        "which one is the scariest",
        "recommend me something with a twist",
        "whats ur favourite",
        "can u list them",
        # "hi! new here. whats a good film to start with" answered with Memento's premise.
        "hi! new here. whats a good film to start with",
        "where should i start",
        "which one should we watch first",
    ],
)
def test_a_verdict_over_the_films_is_for_help(engine: Engine, question: str):
    # "whats the best film here" named Citizen Kane (its trivia says "best-known"); "recommend me something with a
    # twist" was refused as a Kane spoiler ("twist" made it a question about the last film).
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film="citizen-kane-1941")
    assert answer.status is Status.NOT_FOUND and answer.answer == SMALL_TALK and answer.film is None, answer.answer


def test_a_good_film_described_is_still_searched_for(engine: Engine):
    # "a good film about …" describes the film wanted: it is no request for a verdict.
    answer = engine.ask("whats a good film about a psychologist on a space station", scope=SpoilerScope.off())
    assert answer.answer != SMALL_TALK and (answer.film is None or answer.film.id == "solaris-1972"), answer.answer


@pytest.mark.parametrize("question", ["whats her deal", "what's her deal?"])
def test_whats_someones_deal_asks_who_they_are(engine: Engine, question: str):
    # Slang for "who is she?": "deal" was read as a word of the story.
    answer = engine.ask(
        question, scope=SpoilerScope.on(), context_film="planet-of-the-apes-1968", context_question="who is zira"
    )
    assert answer.status is Status.ANSWERED and "chimpanzee" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["whats her deal", "what's his deal?"])
def test_whats_someones_deal_with_no_one_before_names_no_film(engine: Engine, question: str):
    # Read as words of a story, "deal" found Memento ("Leonard deals with Dodd for her"): a wrong film.
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.film is None, answer.answer


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("what's the first victim's deal?", "who is the first victim?"),
        ("whats the old guy's deal in stalker", "who is the old guy in stalker"),
        ("what's norman's deal", "who is norman"),
    ],
)
def test_someone_by_kind_before_deal_asks_who_they_are(question: str, plain: str):
    assert plain_question(question) == plain


def test_the_first_victims_deal_before_a_limit_is_answered(engine: Engine):
    # "deal" was read as a word of the story nothing before the limit holds: a safe question withheld. (15%: by 30%
    # of the film the marks place the word GLUTTONY found behind his refrigerator, which then answers.)
    answer = engine.ask(
        "only 15% into se7en so far. what's the first victim's deal?", scope=SpoilerScope.parse("upto:15%")
    )
    assert answer.status is Status.ANSWERED and "spaghetti" in answer.answer, answer.answer
