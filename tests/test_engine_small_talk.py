"""What people say to a bot that is no question about a film gets the pointer to /help, never a film: also when
it is typed with contractions ("you're", "what's") or the words chatting uses ("so", "today")."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import SMALL_TALK, Engine
from tests.films import BUNDLED
from tests.test_remarks import the_pointer_or_the_films


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("said", ["what's up?", "you're a great bot", "how are you today?", "thank you so much"])
def test_small_talk_with_contractions_is_no_question_about_a_film(engine: Engine, said: str):
    # Even right after a question about a film: the chat is not a follow-up about it.
    answer = engine.ask(said, context_film="the-sixth-sense-1999")
    assert answer.status is Status.NOT_FOUND and answer.film is None and the_pointer_or_the_films(said, answer.answer)


def test_a_question_with_a_contraction_is_still_a_question(engine: Engine):
    answer = engine.ask("who's the director of Vertigo?")
    assert answer.status is Status.ANSWERED and "Hitchcock" in answer.answer


# How the bot is used: "what commands do you have?" answered Planet of the Apes (its premise has a commander), "how
# do i turn spoilers on?" asked which film, "can you hide spoilers?" was read as "the twist in can you hide".
HOW_THE_BOT_WORKS = [
    "is there a bot command for spoiler settings?",
    "how do i turn spoilers on?",
    "what commands do you have?",
    "how do I use this bot",
    "can you hide spoilers?",
    "how do i add a film",
    "is there a way to see spoilers for just one film?",
    "how do i change my spoiler settings",
    "what does /reveal do",
    "how do i set a progress limit",
    "what can i ask you",
    "who made this bot",
    # What it holds, asked in simple English: "what films is there" asked which film.
    "how to use?",
    "what films is there",
    "what movies u got",
    "list of films?",
    # Stressed or led in ("wait what can you even do" after Vertigo was refused as a Vertigo spoiler): 14 of 30.
    "wait what can you even do",
    "so what can you actually do?",
    "ok but what can u even do",
    "what else can you do?",
    "um what do you even do",
    "how does this even work",
    "wait is this a bot?",
    # A newcomer's own words before it ("new" found Memento's "new memories")
    "hi, im new here. what can you do?",
    "just joined the server! what else can you do?",
]


@pytest.mark.parametrize("said", HOW_THE_BOT_WORKS)
@pytest.mark.parametrize("context_film", [None, "planet-of-the-apes-1968", "psycho-1960"])
def test_how_the_bot_works_is_for_help(engine: Engine, said: str, context_film: str | None):
    answer = engine.ask(said, context_film=context_film)
    assert answer.status is Status.NOT_FOUND and answer.film is None and the_pointer_or_the_films(said, answer.answer)


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("who takes command in planet of the apes?", "planet-of-the-apes-1968"),
        ("Psycho spoilers", "psycho-1960"),
        # "who made this bot" is /help's; "who made this film?" after Vertigo asks its director.
        ("who made this film?", "vertigo-1958"),
    ],
)
def test_a_films_command_or_spoilers_stay_the_films(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, context_film="vertigo-1958" if "this film" in question else None)
    assert answer.film is not None and answer.film.id == film_id


_THANKS = ["Danke schön", "gracias", "merci", "obrigado", "obrigada", "arigato", "grazie", "dank je", "tack"]


@pytest.mark.parametrize("thanks", _THANKS)
@pytest.mark.parametrize("then", ["", ", very helpful!", " bot, muy útil", "! super bot", ", molto utile"])
@pytest.mark.parametrize("context_film", [None, "psycho-1960", "the-sixth-sense-1999"])
def test_thanks_in_another_language_is_small_talk(engine: Engine, thanks: str, then: str, context_film: str | None):
    # "Danke schön, very helpful!" after a question about Psycho was refused as a spoiler of a film it never named.
    answer = engine.ask(f"{thanks}{then}", context_film=context_film)
    assert answer.status is Status.NOT_FOUND and answer.film is None and answer.answer == SMALL_TALK, answer.answer


@pytest.mark.parametrize("thanks", _THANKS)
def test_thanks_in_another_language_before_a_question_leaves_the_question(engine: Engine, thanks: str):
    answer = engine.ask(f"{thanks}! who directed Psycho?")
    assert answer.status is Status.ANSWERED and "Hitchcock" in answer.answer, answer.answer


def test_no_chatter_word_is_a_name_in_a_summary():
    # "who is Mills?" asked which film: "mille" (of "grazie mille"), dropped as chatter, stems to "mill", as "Mills"
    # does (bench/spoilers.py caught it). Chat words dropped from questions must never be a name a summary uses.
    import re

    from index.question import chatter_terms
    from index.tokenize import query_tokens

    names = {
        term
        for film in BUNDLED
        for passage in film.passages
        for word in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]+", passage.text)
        for term in query_tokens(word)
    }
    assert not names & chatter_terms(), sorted(names & chatter_terms())


_THANKS_THEN_CHAT = [
    "thanks everyone, great session tonight",
    "thanks all, great chat tonight",
    "thank you, that was a fun workshop",
    "thanks bot! see you next week",
    "thx, good night all",
    "thanks a lot, lovely evening everyone",
]


@pytest.mark.parametrize("said", _THANKS_THEN_CHAT)
@pytest.mark.parametrize("context_film", [None, "psycho-1960", "citizen-kane-1941", "stalker-1979"])
def test_thanks_that_go_on_chatting_are_small_talk(engine: Engine, said: str, context_film: str | None):
    # "thanks everyone, great session tonight" after a question about Psycho was refused as a Psycho spoiler: the
    # thanks were dropped as a greeting and "great session tonight" asked of the last film.
    answer = engine.ask(said, context_film=context_film)
    assert answer.status is Status.NOT_FOUND and answer.film is None and answer.answer == SMALL_TALK, answer.answer


@pytest.mark.parametrize(
    ("said", "film_id"),
    [
        ("thanks! now vertigo", "vertigo-1958"),
        ("thanks, and the ending pls", "psycho-1960"),
        ("thanks! great film, who wrote it", "psycho-1960"),
        ("thank you, great. Now Citizen Kane", "citizen-kane-1941"),
    ],
)
def test_thanks_before_a_request_leave_the_request(engine: Engine, said: str, film_id: str):
    answer = engine.ask(said, context_film="psycho-1960")
    assert answer.film is not None and answer.film.id == film_id, answer.answer
