"""Requests for the story as people learning English type them get the same answer as "what is X about?": "can
you explain me the story of Vertigo in simple words?", "please tell me Solaris story shortly, I have not seen, so
no spoilers", "tell me about Rashomon in easy english" were withheld ("simple", "words", "english" read as words of
the story, "explain me" and "tell me Solaris story" not read as asking for it). A language asked yes or no ("is
Rashomon in english?") is the language fact."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


_PHRASINGS = [
    "Can you explain me the story of {title} in simple words? without spoilers please",
    "Please tell me {title} story shortly, I have not seen, so no spoilers",
    "ok, tell me about {title} in easy english",
    "explain me the plot of {title}",
    "tell me the {title} story with simple words please",
    "what is {title} about, in plain english?",
    "can you explain to me the film {title} in few words?",
]


@pytest.mark.parametrize("phrasing", _PHRASINGS)
@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_a_learners_request_for_the_story_gets_the_premise(engine: Engine, film, phrasing: str) -> None:
    question = phrasing.format(title=film.title)
    expected = engine.ask(f"what is {film.title} about?", scope=SpoilerScope.off())
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film.id, answer.answer
    assert answer.answer == expected.answer


@pytest.mark.parametrize(
    ("question", "film_id", "language"),
    [
        ("what language is Rashomon in? english?", "rashomon-1950", "Japanese"),
        ("is Rashomon in english?", "rashomon-1950", "Japanese"),
        ("is it in simple english or japanese", "rashomon-1950", "Japanese"),
        ("was Solaris dubbed in english?", "solaris-1972", "Russian"),
        ("is Stalker in russian?", "stalker-1979", "Russian"),
        ("is Se7en in english", "se7en-1995", "English"),
    ],
)
def test_a_language_asked_yes_or_no_is_the_language_fact(
    engine: Engine, question: str, film_id: str, language: str
) -> None:
    # "is Rashomon in english?" was withheld: "english" read as a word of the story.
    answer = engine.ask(question, film=film_id, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and f"Language: {language}" in answer.answer, answer.answer


def test_english_in_the_story_is_no_language_asked(engine: Engine) -> None:
    answer = engine.ask("is the girl in english class?", film="the-sixth-sense-1999", scope=SpoilerScope.off())
    assert "Language:" not in answer.answer
