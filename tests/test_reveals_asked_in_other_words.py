"""Reveals asked in the words of someone who has just watched the film, opted in: "why does that matter?" after an
answer, "who was behind it all?", "what did he find out?". Each was answered "The summary of … doesn't say", or
with the set-up, though the spoiler text tells it; each stays withheld with spoilers off."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED
from tests.test_conversation import talk


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("first", "then", "told"),
    [
        ("memento: what did jimmy whisper when he died", "why does that matter", "should not know"),
        ("what did they find in the cave in planet of the apes", "why is that important?", "proof"),
        ("what did they find in the cave in planet of the apes", "so what's the significance?", "proof"),
    ],
)
async def test_why_what_was_just_told_matters(service, first: str, then: str, told: str):
    # Before: "The summary of Memento doesn't say." ("matter" is no word of the story): asked as a "why?" of what
    # was just asked, it is answered where the story says it.
    replies = await talk(service, "/spoilers on", first, then)
    assert told in replies[2], replies[2]


async def test_why_a_withheld_answer_matters_is_withheld_with_it(service):
    replies = await talk(service, "what was on the old vincent tape in the sixth sense", "why does that matter?")
    assert "would spoil" in replies[0] or "Nothing I may show you" in replies[0], replies[0]
    assert "same gift" not in replies[1] and "Spanish" not in replies[1], replies[1]


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        ("who was behind it all?", "chinatown-1974", "Cross"),
        ("who's the mastermind", "chinatown-1974", "Cross"),
        # Where no one kills, the twist is who was behind it.
        ("who was behind it all?", "the-prestige-2006", "twins"),
        ("who was really behind everything?", "chinatown-1974", "Cross"),
        ("what did he find out?", "vertigo-1958", "knew as Madeleine"),
        ("what does he learn?", "planet-of-the-apes-1968", "Statue of Liberty"),
    ],
)
def test_a_reveal_asked_without_its_words_is_told_with_spoilers_on_and_withheld_off(
    engine: Engine, question: str, film_id: str, told: str
):
    # Before: "The summary of Chinatown doesn't say." ("behind" and "find" are in no sentence that tells it), and
    # "who was really behind everything?" after Chinatown was answered about Rashomon, whose text says "behind the
    # gate" and "everything".
    on = engine.ask(question, context_film=film_id, scope=SpoilerScope.on())
    assert on.film is not None and on.film.id == film_id
    assert on.status is Status.ANSWERED and told in on.answer, on.answer
    off = engine.ask(question, context_film=film_id, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and told not in off.answer


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        # What someone finds in a place is the story's, not its twist.
        ("what does he find in the cave?", "planet-of-the-apes-1968", "doll"),
        ("who is the killer?", "psycho-1960", "Norman"),
    ],
)
def test_what_is_found_and_who_kills_stay_what_they_were(engine: Engine, question: str, film_id: str, told: str):
    on = engine.ask(question, context_film=film_id, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and told in on.answer, on.answer


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        ("does mills shoot him?", "se7en-1995", "Mills shoots Doe dead"),
        ("does Mills shoot John Doe in the end?", "se7en-1995", "Mills shoots Doe dead"),
        # A death asked in a general word is told in any: these stay as they were.
        ("does mills kill john doe at the end?", "se7en-1995", "Mills shoots Doe dead"),
        ("how is marion killed?", "psycho-1960", "stabs her to death"),
        ("did leonard kill his own wife?", "memento-2000", "insulin"),
    ],
)
def test_a_manner_of_death_asked_is_told_by_the_sentence_saying_it(
    engine: Engine, question: str, film_id: str, told: str
):
    # Before: "does mills shoot him?" was answered with "Doe explains … killed her: he is ENVY", one sentence before
    # the shot: "killed" stood for "shoot" as fully as "shoots" itself.
    on = engine.ask(question, context_film=film_id, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and told in on.answer, on.answer


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        ("so tyler wasnt real?", "fight-club-1999", "He is Tyler Durden"),
        ("tyler isn't real?", "fight-club-1999", "He is Tyler Durden"),
        ("so sammy jankis wasnt even real??", "memento-2000", "con man"),
    ],
)
def test_whether_someone_was_real_asked_in_the_negative_is_the_reveal(
    engine: Engine, question: str, film_id: str, told: str
):
    # Before: "so tyler wasnt real?" was read as a plain question, answered with the premise whether spoilers were on
    # or off: the reveal missed on, and off an answer that reads as if nothing were hidden.
    on = engine.ask(question, context_film=film_id, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and told in on.answer, on.answer
    off = engine.ask(question, context_film=film_id, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and told not in off.answer


@pytest.mark.parametrize(
    "question", ["explain fight club's big twist, i'm lost", "what's fight club's big twist", "explain the big twist"]
)
def test_the_big_twist_is_the_twist_where_the_text_says_huge(engine: Engine, question: str):
    # Before: answered with the premise's "Robert 'Bob' Paulson, a huge former bodybuilder": "big" was read as the
    # text's "huge", a word of the story, so the question no longer asked only for the twist.
    on = engine.ask(question, context_film="fight-club-1999", scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and "He is Tyler Durden" in on.answer, on.answer
    off = engine.ask(question, context_film="fight-club-1999", scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD


def test_was_he_dead_the_whole_time_with_no_one_named_is_the_twist(engine: Engine):
    # Before: "he" is no one the question names, "dead" was searched for, and "he sees dead people" was the answer.
    on = engine.ask("was he dead the whole time?", context_film="the-sixth-sense-1999", scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and "ghost" in on.answer, on.answer
    off = engine.ask("was he dead the whole time?", context_film="the-sixth-sense-1999", scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and "ghost" not in off.answer


def test_the_whole_time_then_the_title_is_still_the_twist(engine: Engine):
    # Before: "… the whole time in the sixth sense?" was no twist asked (the cue had to end the question).
    on = engine.ask("was he dead the whole time in the sixth sense?", scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and "ghost" in on.answer, on.answer


@pytest.mark.parametrize(
    "question",
    ["what's the twist in fight club", "fight club twist: is the narrator actually tyler durden?", "fight club twist"],
)
def test_the_twist_said_in_so_many_words_is_quoted_with_whom_it_is_about(engine: Engine, question: str):
    # Before: "Realizing the gun is really in his own hand, the Narrator shoots himself …", the ending's "really",
    # outranked "He is Tyler Durden."; and once chosen, that sentence was quoted after "He calls Marla, and she
    # confirms it." only, which does not say who "he" is.
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "He is Tyler Durden" in answer.answer and "the Narrator finds Fight Club" in answer.answer, answer.answer
