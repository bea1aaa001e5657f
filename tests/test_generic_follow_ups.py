"""A follow-up that names no film and describes nothing ("where does the story take place?", "what's the film
about?", "who composed the music?", "is there a sequel?") is about the film asked about last, whichever it is:
words that only frame a question ("story", "the film") pick out no other film, a question word asks something
rather than naming a film we lack. Every bundled film, every follow-up, through the engine."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

FOLLOW_UPS = [
    # Where and when, asked of the story or the plot rather than of "it".
    "where does the story take place?",
    "where does the framing story take place?",
    "when is the story set?",
    "what year is the story set in?",
    "where is the plot set?",
    "where is the movie set?",
    "what is the setting of the film?",
    # A summary, asked of "the film".
    "what's the film about?",
    "whats the movie about",
    "what is the story about?",
    "so what's the plot?",
    "tell me more about the plot",
    # Facts a summary may not hold, asked with a question word.
    "who composed the music?",
    "who did the music?",
    "who was the cinematographer?",
    "is there a sequel?",
    "is it a remake?",
    "did it win any oscars?",
    # An opinion, which the premise helps decide.
    "is it scary?",
    "is it any good?",
    "is it worth watching?",
    # Asked of the film just discussed: whether to see it, not a request for a recommendation.
    "should I watch it?",
    # Facts it does hold.
    "what's the title in the original language?",
    "who is the main character?",
    "what genre is the movie?",
    "what language is the movie in?",
    "when was the film released?",
    "how long is the movie?",
    "who's in the cast?",
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("film_id", sorted(f.id for f in BUNDLED))
def test_a_follow_up_naming_no_film_stays_on_the_last_film(engine: Engine, film_id: str):
    title = next(f.title for f in BUNDLED if f.id == film_id)
    first = engine.ask(f"who directed {title}?", scope=SpoilerScope.off())
    assert first.film is not None and first.film.id == film_id
    wrong = []
    for question in FOLLOW_UPS:
        answer = engine.ask(
            question, scope=SpoilerScope.off(), context_film=film_id, context_question=f"who directed {title}?"
        )
        if answer.film is None or answer.film.id != film_id or answer.status is Status.NOT_FOUND:
            wrong.append((question, answer.status.value, answer.film.id if answer.film else None))
    assert not wrong
