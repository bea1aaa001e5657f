"""Safe facts and summaries asked as someone learning English types them: no article ("what is story of
Psycho?"), a verb left in its base form ("who play in Vertigo?", "Memento who make this film?"), an odd phrase ("i
want know about Solaris", "give me informations about Se7en"). Each was withheld for most films; the same question
in textbook English was answered. Every bundled film, title as typed and in lower case."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

FORMS = [
    "who direct {}?",
    "{} director who?",
    "when {} come out?",
    "who play in {}?",
    "what is story of {}?",
    "tell me story {} without spoiler",
    "{} is about what?",
    "how long {} is?",
    "{} who make this film?",
    "i want know about {}",
    "please explain {} no spoil",
    "{} actors?",
    "film {} is from what country?",
    "give me informations about {}",
    "{} story please",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("form", FORMS)
def test_a_safe_question_in_simple_english_is_answered(engine: Engine, form: str):
    wrong = []
    for film in BUNDLED:
        for title in (film.title, film.title.lower()):
            answer = engine.ask(form.format(title), scope=SpoilerScope.off())
            if answer.film is None or answer.film.id != film.id or answer.status is not Status.ANSWERED:
                wrong.append(title)
            assert not answer.contains_spoilers
    assert wrong == []


# How a film ends, asked the same way: "how finish Psycho?" said "the summary doesn't say" with spoilers on, and
# "Memento end how?" or "what is final of Fight Club?" quoted the set-up to someone who had opted out.
ENDINGS = ["how finish {}?", "{} end how?", "what is final of {}?", "{} final what happen"]


@pytest.mark.parametrize("form", ENDINGS)
def test_the_ending_asked_in_simple_english_is_the_ending(engine: Engine, form: str):
    for film in BUNDLED:
        plain = engine.ask(f"how does {film.title} end?", scope=SpoilerScope.on())
        on = engine.ask(form.format(film.title), scope=SpoilerScope.on())
        assert on.film is not None and on.film.id == film.id
        assert on.answer == plain.answer, film.title
        off = engine.ask(form.format(film.title), scope=SpoilerScope.off())
        assert off.status is Status.WITHHELD and not off.contains_spoilers


# Follow-ups after a first question about a film: "who play main role?" and "who write it?" were refused as
# possible spoilers, "story please" said it would spoil most films.
FOLLOW_UPS = ["who play main role?", "who write it?", "story please", "when it come out?", "where it happen?"]


@pytest.mark.parametrize("follow_up", FOLLOW_UPS)
def test_a_follow_up_in_simple_english_is_answered(engine: Engine, follow_up: str):
    for film in BUNDLED:
        answer = engine.ask(
            follow_up, context_film=film.id, context_question=f"who directed {film.title}?", scope=SpoilerScope.off()
        )
        assert answer.film is not None and answer.film.id == film.id
        assert answer.status is Status.ANSWERED and not answer.contains_spoilers, (film.title, answer.answer)


def test_a_summary_of_a_film_we_lack_names_it(engine: Engine):
    # "the godfather story please" asked which film.
    answer = engine.ask("the godfather story please", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and "the godfather" in answer.answer


@pytest.mark.parametrize("said", ["help", "help me", "help pls"])
def test_help_alone_is_still_for_help(engine: Engine, said: str):
    assert engine.ask(said).status is Status.NOT_FOUND


# Typed without articles (bench/dialogues.py --noise articles lost 36 of 1,710 turns at first): "whole time" and
# "truth" were not read as asking after the twist, and "who wrote screenplay?" read "screenplay" as a film we lack.
# (Descriptions without their "the" are in test_content_descriptions.py.)
def test_the_twist_asked_without_articles(engine: Engine):
    on = engine.ask("so which planet were they on whole time?", context_film="planet-of-the-apes-1968")
    assert on.status is Status.WITHHELD
    opted = engine.ask(
        "so which planet were they on whole time?", context_film="planet-of-the-apes-1968", scope=SpoilerScope.on()
    )
    assert "Earth all along" in opted.answer
    off = engine.ask("what is truth about Sammy Jankis in Memento?", scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and not off.contains_spoilers


def test_a_fact_word_in_a_title_slot_is_the_fact(engine: Engine):
    answer = engine.ask("who wrote screenplay?", context_film="psycho-1960")
    assert answer.film is not None and answer.film.id == "psycho-1960" and "Stefano" in answer.answer
    # A capitalised title is still one: "The Thing" is a film we lack, whatever its words.
    assert engine.ask("how does The Thing end?", context_film="memento-2000").status is Status.NOT_FOUND
