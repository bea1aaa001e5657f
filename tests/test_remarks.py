"""Remarks to the bot in the middle of a conversation get the pointer to /help; questions in any shape do not."""

import pytest

from index.answer_model import Status
from index.engine import SMALL_TALK, Engine
from index.remarks import asks_which_films_are_here
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

REMARKS = [
    "thanks a lot",
    "thank you so much, that was helpful",
    "you're wrong",
    "that's not right",
    "that's wrong, try again",
    "never mind",
    "lol that's dark",
    "interesting",
    "i'm bored",
    "i loved that movie",
    "i just watched it last night",
    "that film sucked",
    "this is so boring",
    "i don't understand",
    "say that again",
    "repeat please",
    "my bad",
    "can you recommend a movie?",
    "recommend me something scary",
    "what should I watch tonight?",
    "tell me a fun fact",
    "what do you think about it?",
    "how many films do you have?",
    "what movies do you know about?",
    # Reactions around a bare "what", and statements to the bot that hold a twist cue ("actually", "really").
    "wait what",
    "huh what",
    # What is said of the bot itself, in chat words ("smh", "bruh").
    "stupid bot smh",
    "bad bot",
    "useless bot bruh",
    "haha knew it",
    "lol called it",
    "you're actually pretty useful",
    "you are really good at this",
    # Short questions and statements made only of conversation words.
    "no way",
    "makes sense",
    "seriously?",
    "anyone there?",
    "ok next question",
    # About the bot and how to use it, after a greeting too.
    "hello bot, which films you can talk about?",
    "how can I see the spoilers, what is the command?",
    # Keys hit in a row are no title we lack.
    "asdfgh",
    "qwerty lol",
    # A verdict with the one giving it left out.
    "cool, loved that one",
    "hated it",
    "love this movie so much",
    # The bot's own commands typed as a message: /help says how to use them.
    "spoilers status pls",
    "spoilers on",
    # Chatter while watching: "makes sense now" answered The Sixth Sense ("sense"), "popcorn ready" and "let's
    # go" asked which film, "we're watching it now" was read as a question about the last film ("we're" → "were").
    "makes sense now",
    "popcorn ready",
    "let's go",
    "hey everyone",
    "we're watching it now",
    "spoilers are the worst",
    # A verdict with its subject left out: "sounds slow lol" got "I don't have sounds slow."
    "sounds slow lol",
    "looks kinda creepy",
    "seems long tbh",
]

QUESTIONS = [
    ("who is Norman?", "psycho-1960"),
    ("tell me about the Zone", "stalker-1979"),
    ("the shower scene", "psycho-1960"),
    ("tell me more", "vertigo-1958"),
    ("go on", "solaris-1972"),
    ("i want to know who Kane's wife was", "citizen-kane-1941"),
    ("I think Tyler is the narrator, right?", "fight-club-1999"),
    ("cast", "memento-2000"),
    ("director pls", "rashomon-1950"),
    ("explain the ending", "the-prestige-2006"),
    ("that's the private eye, right?", "chinatown-1974"),
    ("loved the one with the shower", "psycho-1960"),
]


def the_pointer_or_the_films(said: str, reply: str) -> bool:
    """The pointer to /help, or for "which films do you have?" the films themselves (test_which_films_are_here)."""
    return reply.startswith("I know 13 films: ") if asks_which_films_are_here(said) else reply == SMALL_TALK


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("film_id", ["psycho-1960", "stalker-1979", "the-sixth-sense-1999"])
@pytest.mark.parametrize("said", REMARKS)
def test_a_remark_after_a_question_is_no_follow_up(engine: Engine, said: str, film_id: str):
    # Before: "Nothing I may show you about Psycho answers that: it may be a spoiler" for "thanks a lot".
    answer = engine.ask(said, context_film=film_id, scope=SpoilerScope.off())
    assert answer.film is None and answer.status is Status.NOT_FOUND and the_pointer_or_the_films(said, answer.answer)


@pytest.mark.parametrize("said", REMARKS)
def test_a_remark_with_no_film_before_it_gets_the_pointer_too(engine: Engine, said: str):
    answer = engine.ask(said, scope=SpoilerScope.on())
    assert answer.film is None and the_pointer_or_the_films(said, answer.answer)


@pytest.mark.parametrize(("question", "film_id"), QUESTIONS)
def test_questions_shaped_like_statements_are_still_questions(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, context_film=film_id, scope=SpoilerScope.off())
    assert answer.answer != SMALL_TALK
    assert answer.film is not None and answer.film.id == film_id


def test_a_description_after_a_film_is_a_question_checked_as_one_typed_first(engine: Engine):
    # "That movie with the shower" after Psycho is no remark; it describes a film by what only Psycho's spoiler text
    # holds, so it gets the refusal it gets when typed first (it was answered with Psycho's premise, which named the
    # film for it: tests/test_descriptions_after_a_film.py).
    answer = engine.ask("that movie with the shower", context_film="psycho-1960", scope=SpoilerScope.off())
    assert answer.answer != SMALL_TALK and answer.status is Status.WITHHELD and answer.film is None, answer.answer
