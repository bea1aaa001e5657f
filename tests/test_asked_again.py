"""'And The Prestige?' after 'who directed Memento?' asks the same of The Prestige; after a question about one
film's own story, only the film is named, so the reply is what it is about. Through the terminal session (the
service the Discord cogs use, on a real SQLite file), where the last question is remembered."""

from __future__ import annotations

import pytest

from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("who directed Memento?", "and the prestige?", "The Prestige (2006) was directed by Christopher Nolan"),
        ("how long is Vertigo?", "what about Psycho?", "109"),
        ("what year is Solaris from?", "and Stalker?", "1979"),
        ("who wrote Chinatown?", "ok now Se7en", "Walker"),
        # A reaction before the first question is no part of it.
        ("ok fine who made memento", "and the prestige?", "The Prestige (2006) was directed by Christopher Nolan"),
        # A fact asked of a film we lack, then a film we have.
        ("who directed seven samurai", "rashomon then?", "Akira Kurosawa"),
        ("who directed The Matrix?", "and Memento?", "Christopher Nolan"),
        # A correction names the film meant (and maybe the one it was not).
        ("when did psycho come out", "wait i meant vertigo not psycho", "1958"),
        ("how long is psycho", "sorry i meant stalker", "162 minutes"),
        # "Do" the next film, a one-word title in lower case: the last film was kept ("now do psycho" after Memento).
        ("who directed Memento?", "now do psycho", "Alfred Hitchcock"),
        ("how long is Vertigo?", "k now do stalker", "162 minutes"),
        ("what year is Solaris from?", "alright do memento", "2000"),
        ("who directed Memento?", "k now do planet of the apes", "Schaffner"),
        # The first title with an ordinal in digits: it must still be set aside from the question asked again.
        ("who directed the 6th sense?", "now do psycho", "Alfred Hitchcock"),
    ],
)
async def test_a_film_alone_after_a_fact_asks_that_fact_of_it(service, first: str, then: str, expected: str):
    # Before: "and the prestige?" got The Prestige's premise.
    replies = await talk(service, first, then)
    assert expected in replies[1]


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        # "Who plays the main guy?" asks which film; "in Memento I mean" answers that, and the question stands.
        ("who plays the main guy", "in memento i mean", "Guy Pearce"),
        # The film pointed at by its maker ("the hitchcock movie"), then named with "i mean" before or after.
        ("who stars in the hitchcock movie", "psycho i mean", "Anthony Perkins"),
        ("who stars in the hitchcock movie", "i mean psycho", "Anthony Perkins"),
        # A lead-in before the question: the clause that asks is what was asked.
        ("For my essay on the Hitchcock film, who is the lead actress?", "I mean Psycho.", "Janet Leigh"),
        ("for our seminar on the Nolan film, how long is it?", "memento i mean", "113"),
    ],
)
async def test_a_question_that_named_no_film_is_asked_of_the_film_named_next(
    service, first: str, then: str, expected: str
):
    replies = await talk(service, first, then)
    assert replies[0].startswith("Which film")
    assert expected in replies[1]


async def test_after_a_question_about_one_films_story_a_film_alone_gets_its_premise(service):
    replies = await talk(service, "who is Leonard in Memento?", "and Vertigo?")
    assert replies[1].startswith("Vertigo (1958)") and "Scottie" in replies[1]
    assert "Leonard" not in replies[1]


async def test_a_question_is_asked_again_only_of_the_same_asker(service):
    from bot.service import Asker

    alice = Asker(user_id=1, channel_id=10, guild_id=None)
    bob = Asker(user_id=2, channel_id=10, guild_id=None)
    await service.ask_as(alice, "who directed Memento?")
    answer = (await service.ask_as(bob, "and the prestige?")).public
    assert "directed" not in answer.answer and "Borden" in answer.answer


async def test_a_remark_in_between_leaves_the_question_standing(service):
    replies = await talk(service, "who directed Memento?", "haha nice", "and the prestige?")
    assert "The Prestige (2006) was directed by Christopher Nolan" in replies[2]
    replies = await talk(service, "how long is Vertigo?", "hi", "what about Psycho?")
    assert "109" in replies[2]


async def test_a_question_asked_of_a_film_we_lack_is_the_one_asked_again(service):
    replies = await talk(service, "how long is Vertigo?", "who directed The Matrix?", "what about Psycho?")
    assert "I don't have" in replies[1] and "Alfred Hitchcock" in replies[2]


@pytest.mark.parametrize(
    ("turns", "lacked", "expected"),
    [
        # the title we lack runs on in words a summary uses ("drive"): read without it all, the fact is asked again
        (("who directed mulholland drive", "ok what about chinatown"), "mulholland drive", "Roman Polanski"),
        # a second film we lack, named alone, passes the question on
        (("who directed the godfather", "alien?", "ok fine, chinatown"), "alien", "Roman Polanski"),
        # a reaction and Discord's emphasis around the title we lack
        (("who directed parasite", "ok **interstellar**?", "ok what about rashomon"), "interstellar", "Akira Kurosawa"),
    ],
)
async def test_a_fact_asked_of_films_we_lack_is_asked_again_of_ours(
    service, turns: tuple[str, ...], lacked: str, expected: str
):
    replies = await talk(service, *turns)
    assert any(f"I don't have {lacked}" in reply for reply in replies[:-1]), replies
    assert expected in replies[-1], replies[-1]


async def test_a_film_picked_by_its_title_after_which_film_is_asked_the_question(service):
    # "the David Fincher film": two words of a maker's name pointed at the film, asked which; "Se7en." picks it.
    replies = await talk(service, "Who stars in the David Fincher film?", "Se7en.")
    assert "Which film" in replies[0] and "Brad Pitt" in replies[1], replies


@pytest.mark.parametrize("again", ["ok now tell me", "alright tell me now", "now tell me", "just tell me already"])
async def test_after_turning_spoilers_on_tell_me_asks_the_withheld_question_again(service, again: str):
    # "ok now tell me" after "/spoilers on" got the pointer to /help: "now" was no word of asking again.
    replies = await talk(service, "what is in the box at the end of Se7en?", "/spoilers on", again)
    assert "spoil" in replies[0].lower() and "Tracy" not in replies[0]
    assert "Tracy" in replies[2]


@pytest.mark.parametrize("more", ["who else", "anyone else in it?", "and who else is in it", "who else stars in it?"])
@pytest.mark.parametrize(("first", "cast"), [("who is in Vertigo?", "Kim Novak"), ("psycho cast?", "Vera Miles")])
async def test_who_else_after_the_cast_is_the_cast_again(service, first: str, cast: str, more: str):
    # "who else" after the cast was read as a question about the story, and withheld.
    replies = await talk(service, first, more)
    assert cast in replies[1]


async def test_who_else_after_another_fact_is_not_the_cast(service):
    replies = await talk(service, "who directed Psycho?", "who else")
    assert "Cast:" not in replies[1]


@pytest.mark.parametrize(
    ("first", "then", "expected", "hidden"),
    [
        # "and in psycho?" after the twist or the killer of another film got Psycho's premise.
        ("whats the twist in vertigo", "and in psycho?", "Norman", "Marion Crane is a real-estate secretary"),
        ("who is the killer in se7en", "what about psycho", "Norman", "Marion Crane is a real-estate secretary"),
    ],
)
async def test_the_twist_or_the_killer_is_asked_again_of_the_next_film(
    service, first: str, then: str, expected: str, hidden: str
):
    replies = await talk(service, first, then)
    # With spoilers off, withheld as the twist asked of it, with its Reveal; never its premise as if answered.
    assert "Psycho (1960)" in replies[1] and hidden not in replies[1] and expected not in replies[1], replies[1]
    assert "/reveal" in replies[1], replies[1]
    replies = await talk(service, "/spoilers on", first, then, "/spoilers off")
    assert expected in replies[2] and hidden not in replies[2], replies[2]
