"""Issue 10's remaining families (bench/dialogues/dev3.jsonl): summaries asked in everyday words, a lead-in that
names the film before the question, small talk about the bot, and films we do not have, named in any case."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import SMALL_TALK, Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED
from tests.test_remarks import the_pointer_or_the_films


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id", "premise_word"),
    [
        ("tl;dr of Se7en?", "se7en-1995", "Somerset"),
        ("tldr rashomon", "rashomon-1950", "woodcutter"),
        ("what is The Sixth Sense about, in a nutshell?", "the-sixth-sense-1999", "Malcolm"),
        ("give me the gist of Psycho", "psycho-1960", "Marion"),
    ],
)
def test_a_summary_in_everyday_words_answers_with_the_premise(
    engine: Engine, question: str, film_id: str, premise_word: str
):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id
    assert premise_word in answer.answer


@pytest.mark.parametrize(
    "said",
    [
        "you're useless",
        "this bot sucks",
        "what's your name?",
        "nice one, thank you",
        "movies",
        "which films do you know?",
    ],
)
def test_insults_thanks_and_questions_about_the_bot_point_to_help_not_the_last_film(engine: Engine, said: str):
    answer = engine.ask(said, context_film="fight-club-1999")
    assert answer.status is Status.NOT_FOUND and answer.film is None and the_pointer_or_the_films(said, answer.answer)


@pytest.mark.parametrize(
    ("question", "film_id", "fact"),
    [
        ("switching to Psycho, who wrote it?", "psycho-1960", "Joseph Stefano"),
        ("let's talk about Stalker instead. how long is it?", "stalker-1979", "162"),
        ("different film - Rashomon. who's in it?", "rashomon-1950", "Toshiro Mifune"),
        ("back to Chinatown, who wrote it?", "chinatown-1974", "Robert Towne"),
    ],
)
def test_a_lead_in_that_names_the_film_does_not_turn_a_fact_into_a_plot_question(
    engine: Engine, question: str, film_id: str, fact: str
):
    answer = engine.ask(question, context_film="memento-2000")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id
    assert fact in answer.answer


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("who directed the godfather", "godfather"),
        ("how long is titanic", "titanic"),
        ("is inception any good", "inception"),
        ("how long is Tenet?", "Tenet"),
        ("how long is Apocalypse Now?", "Apocalypse Now"),
        # Se7en's spoiler part says "seven" and "pounds" apart: only the phrase itself would make it a name there.
        ("who stars in Seven Pounds?", "Seven Pounds"),
        # "Seven" is Se7en's alias: a capitalised phrase holding it and more, asked a fact, is the longer title.
        ("how long is Seven Pounds", "Seven Pounds"),
        ("what genre is Seven Samurai", "Seven Samurai"),
        ("when was North by Northwest released?", "North by Northwest"),
        # A title, then who plays in it: "with <Name>" after it says a film is meant.
        ("What happens in Seven Pounds with Will Smith?", "Seven Pounds"),
        ("is Seven Pounds starring Will Smith any good", "Seven Pounds"),
    ],
)
def test_a_fact_asked_of_a_film_we_do_not_have_is_no_follow_up(engine: Engine, question: str, named: str):
    # Right after a question about The Prestige: the unknown name is a film we lack, not "it".
    answer = engine.ask(question, context_film="the-prestige-2006")
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert f"I don't have {named}" in answer.answer or f"I don't have the {named}" in answer.answer


def test_a_fact_follow_up_without_a_name_still_answers_the_last_film(engine: Engine):
    answer = engine.ask("how long is it?", context_film="the-prestige-2006")
    assert answer.status is Status.ANSWERED and answer.film is not None and "130" in answer.answer


def test_a_capitalised_the_title_whose_words_are_only_ordinary_words_of_a_film_is_not_ours(engine: Engine):
    # Psycho's text has birds (Norman stuffs them), but never "Birds" as a name: "The Birds" is another film.
    answer = engine.ask("is The Birds scary?")
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert answer.answer.startswith("I don't have The Birds.") and "Planet of the Apes" not in answer.answer


def test_a_name_the_text_uses_is_still_looked_up(engine: Engine):
    answer = engine.ask("tell me about The Zone")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "stalker-1979"


@pytest.mark.parametrize(
    ("question", "choices"),
    [
        ("how long is the Hitchcock movie?", {"psycho-1960", "vertigo-1958"}),
        ("who wrote the Tarkovsky film?", {"solaris-1972", "stalker-1979"}),
    ],
)
def test_a_fact_of_the_film_a_maker_of_two_films_made_asks_which_one(engine: Engine, question: str, choices: set[str]):
    answer = engine.ask(question)
    assert answer.status is Status.AMBIGUOUS and {ref.id for ref in answer.choices} == choices


@pytest.mark.parametrize(
    ("question", "film_id", "fact"),
    [
        ("when did the Shyamalan movie come out?", "the-sixth-sense-1999", "1999"),
        ("how long is the Kurosawa film?", "rashomon-1950", "88 minutes"),
    ],
)
def test_a_fact_of_the_only_film_its_maker_made_answers_that_fact(
    engine: Engine, question: str, film_id: str, fact: str
):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id
    assert fact in answer.answer and "Shyamalan" not in answer.answer


def test_a_bare_title_after_and_is_a_film_we_lack_but_a_character_stays_a_follow_up(engine: Engine):
    answer = engine.ask("and Goodfellas?", context_film="citizen-kane-1941")
    assert answer.status is Status.NOT_FOUND and answer.answer.startswith("I don't have Goodfellas.")
    answer = engine.ask("and Marla?", context_film="fight-club-1999")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "fight-club-1999"


def test_a_description_in_the_askers_own_words_names_the_film_it_fits(engine: Engine):
    # "huge" and "opens" are in no hidden text of Se7en (its premise says "grossly overweight"): they confirm nothing.
    answer = engine.ask("which film opens with a huge man found dead face down in his spaghetti?")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "se7en-1995"


def test_a_word_only_spoiler_text_holds_still_keeps_the_film_unnamed(engine: Engine):
    # Kyra is named only in The Sixth Sense's spoiler part; Citizen Kane's "Ray Collins" must not answer it.
    answer = engine.ask("who is Kyra Collins?")
    assert answer.film is None and answer.status is Status.WITHHELD


def test_a_makers_name_alone_is_no_fact_question(engine: Engine):
    # Only "who is Orson?": the film is still found by content and the answer names him (bench/spoilers.py).
    answer = engine.ask("who is Orson?")
    assert answer.status is Status.ANSWERED and "Orson" in answer.answer


@pytest.mark.parametrize(
    "said",
    ["who made you?", "are you an AI?", "do you like movies?", "what's your favourite film?", "tell me a joke", "test"],
)
def test_questions_to_the_bot_itself_are_no_follow_up_about_the_last_film(engine: Engine, said: str):
    answer = engine.ask(said, context_film="psycho-1960")
    assert answer.status is Status.NOT_FOUND and answer.film is None and answer.answer == SMALL_TALK


def test_a_question_about_the_film_that_says_you_is_still_about_the_film(engine: Engine):
    answer = engine.ask("who made it?", context_film="psycho-1960")
    assert answer.status is Status.ANSWERED and "Hitchcock" in answer.answer


@pytest.mark.parametrize(
    ("said", "film_id", "premise_word"),
    [
        ("ok now Psycho", "psycho-1960", "Marion"),
        ("I meant The Prestige", "the-prestige-2006", "magician"),
        ("can we do Rashomon now?", "rashomon-1950", "woodcutter"),
        ("give me a rundown of Solaris", "solaris-1972", "ocean"),
        ("sum up Chinatown", "chinatown-1974", "Gittes"),
        ("short version of Se7en?", "se7en-1995", "Somerset"),
    ],
)
def test_switching_to_a_film_with_no_question_or_asking_a_rundown_gives_its_premise(
    engine: Engine, said: str, film_id: str, premise_word: str
):
    answer = engine.ask(said, context_film="memento-2000")
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id
    assert premise_word in answer.answer


def test_a_question_word_beside_the_title_is_still_the_question(engine: Engine):
    answer = engine.ask("how does Psycho end?", context_film="memento-2000")
    assert answer.status is Status.WITHHELD and answer.film is not None and answer.film.id == "psycho-1960"


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("have you got The Godfather?", "The Godfather"),
        ("do you have Jaws?", "Jaws"),
        ("do you know Heat?", "Heat"),
        ("what do you know about The Matrix?", "The Matrix"),
    ],
)
@pytest.mark.parametrize("context", [None, "psycho-1960"])
def test_asking_whether_we_have_a_film_we_lack_says_so(engine: Engine, question: str, named: str, context):
    # Before: "have you got The Godfather?" got "Which film do you mean?", as "have …" was no title slot.
    answer = engine.ask(question, context_film=context)
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert answer.answer.startswith(f"I don't have {named}.")


@pytest.mark.parametrize(
    ("question", "film_id"), [("have you got Psycho?", "psycho-1960"), ("do you have vertigo?", "vertigo-1958")]
)
def test_asking_whether_we_have_a_film_we_have_answers_with_it(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("what is the plot of the matrix", "the matrix"),
        ("summarise the godfather", "the godfather"),
        ("what is goodfellas about", "goodfellas"),
    ],
)
def test_a_summary_asked_of_a_film_we_do_not_have_says_so(engine: Engine, question: str, named: str):
    # Before: "Which film do you mean?" — only facts and opinions of an unknown name were read as a film we lack.
    answer = engine.ask(question, context_film="psycho-1960")
    assert answer.status is Status.NOT_FOUND and answer.answer.startswith(f"I don't have {named}.")


def test_a_summary_of_words_only_hidden_text_holds_is_no_film_we_lack(engine: Engine):
    answer = engine.ask("what happens in the bell tower?", context_film="vertigo-1958")
    assert answer.film is not None and answer.film.id == "vertigo-1958" and answer.status is Status.WITHHELD


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("tell me about the apes film", "planet-of-the-apes-1968"),
        ("who directed the sense movie?", "the-sixth-sense-1999"),
        ("how long is the kane movie", "citizen-kane-1941"),
    ],
)
def test_words_of_one_title_before_film_or_movie_name_that_film(engine: Engine, question: str, film_id: str):
    # Before: "tell me about the apes film" right after Memento answered about Memento.
    answer = engine.ask(question, context_film="memento-2000")
    assert answer.film is not None and answer.film.id == film_id and answer.status is Status.ANSWERED


def test_a_makers_name_in_an_alias_is_no_title_word(engine: Engine):
    # Memento's alias "Memento (Nolan)" holds "Nolan", but Nolan made The Prestige too.
    answer = engine.ask("how long is the Nolan film?")
    assert answer.film is None and answer.status is Status.AMBIGUOUS


@pytest.mark.parametrize(
    ("question", "film_id", "fact"),
    [
        ("who co-wrote Citizen Kane with Welles?", "citizen-kane-1941", "Mankiewicz"),
        ("who co-wrote Citizen Kane?", "citizen-kane-1941", "Mankiewicz"),
        ("who cowrote memento", "memento-2000", "Christopher Nolan"),
        ("who was the co-writer of psycho", "psycho-1960", "Joseph Stefano"),
        ("who co-directed Chinatown?", "chinatown-1974", "Roman Polanski"),
        ("Se7en: who was it co-written by?", "se7en-1995", "Andrew Kevin Walker"),
    ],
)
def test_a_credit_asked_with_co_is_the_credit(engine: Engine, question: str, film_id: str, fact: str):
    # "Who co-wrote Citizen Kane with Welles?" was "Nothing I may show you answers that": the fact's words were
    # not read with "co-" before them.
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id, answer.answer
    assert fact in answer.answer


@pytest.mark.parametrize(
    "question", ["why does the writer go in Stalker?", "why does the writer go to the zone in stalker"]
)
def test_a_reason_asked_of_a_credit_word_is_no_credit(engine: Engine, question: str):
    # With spoilers off the visible text of Stalker never calls anyone "the Writer", so "writer" read as the credit,
    # and "The summary of Stalker doesn't say" claimed the whole summary is silent on it: a reason is no credit.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "doesn't say" not in answer.answer, answer.answer
