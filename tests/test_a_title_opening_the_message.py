"""A message opening on a lower-case title in a clause that asks nothing ("psycho tonight, who directed it",
"psycho watch party in 10 min, who's in it") went on with the film asked about before, or read the clause's words
("watch", "party") as the question's and withheld it: only a title alone before a full stop was read as naming the
film. Now a clause opening on the title, whose other words the film's text never uses, names the film, and the
question after it is what is asked. So do words turning to another film ("ok switching, prestige: …"), which were
read as a title we lack. A time after "in" is when the asker will watch, not how far they got."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

OFF = SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "says"),
    [
        ("psycho tonight, who directed it", "psycho-1960", "Hitchcock"),
        ("memento watch party tonight, who directed it", "memento-2000", "Nolan"),
        ("psycho watch party in 10 min, who's in it", "psycho-1960", "Perkins"),
        ("ok switching, prestige: who plays cutter", "the-prestige-2006", "Caine"),
        ("moving on. vertigo - who plays midge?", "vertigo-1958", "Bel Geddes"),
    ],
)
def test_the_title_opening_the_message_names_the_film(engine: Engine, question: str, film: str, says: str):
    answer = engine.ask(question, context_film="rashomon-1950", scope=OFF)
    assert answer.status is Status.ANSWERED and answer.film is not None, answer.answer
    assert answer.film.id == film and says in answer.answer, answer.answer


def test_a_clause_asking_for_a_part_of_the_film_is_still_asked(engine: Engine):
    answer = engine.ask("kane ending: so rosebud was what", context_film="rashomon-1950", scope=OFF)
    assert answer.status is Status.WITHHELD and answer.film is not None, answer.answer
    assert answer.film.id == "citizen-kane-1941" and "sled" not in answer.answer, answer.answer


def test_a_time_into_the_film_is_still_how_far_the_asker_got(engine: Engine):
    answer = engine.ask("45 min into se7en what word was on the floor", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "se7en-1995"
    assert "floor" in answer.answer, answer.answer


def test_a_clause_word_only_the_hidden_text_holds_is_read_as_any_unused_word():
    # "mummified" is only in Psycho's hidden ending. Read against the whole text, the clause did not name Psycho and
    # the question went on with Rashomon: which film answered told that the hidden part holds the word.
    answer = Engine(BUNDLED).ask("psycho mummified tonight, who directed it?", context_film="rashomon-1950", scope=OFF)
    assert answer.status is Status.ANSWERED and answer.film is not None, answer.answer
    assert answer.film.id == "psycho-1960" and "Hitchcock" in answer.answer, answer.answer
