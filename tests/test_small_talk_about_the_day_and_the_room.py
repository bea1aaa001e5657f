"""Small talk that names no film got "Which film do you mean?": "Good morning! How are you keeping today?",
"Good morning class, essays are due on Friday.", "Is it going to rain tomorrow, do you happen to know?", "what time
does the watch party start tonight?". None asks about a film, so the reply is the pointer to /help. A question
about a film's weather or a film's class is still about the film ("does it rain in Se7en?", "what class does Kane
belong to?")."""

from __future__ import annotations

import pytest

from index.question import is_small_talk, said_to_the_room


@pytest.mark.parametrize(
    "message",
    [
        "Good morning! How are you keeping today?",
        "how are you doing today?",
        "Is it going to rain tomorrow, do you happen to know? We were hoping to walk to the cinema.",
        "what time does the watch party start tonight?",
    ],
)
def test_small_talk_about_the_day_is_small_talk(message: str) -> None:
    assert is_small_talk(message)


@pytest.mark.parametrize(
    "message", ["Good morning class, essays are due on Friday.", "hello team, quiz starts at eight"]
)
def test_news_for_the_room_is_said_to_the_room(message: str) -> None:
    assert said_to_the_room(message)


@pytest.mark.parametrize(
    "message",
    [
        "does it rain in Se7en?",
        "is it going to end well for Taylor?",
        "good morning class, who directed Psycho?",
        "what time does the film start in the story?",
    ],
)
def test_questions_about_a_film_are_not_small_talk(message: str) -> None:
    assert not is_small_talk(message)
    assert not said_to_the_room(message)
