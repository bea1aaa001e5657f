"""A message opening on a lower-case title in a clause that asks nothing ("psycho tonight, who directed it",
"psycho watch party in 10 min, who's in it") went on with the film asked about before, or read the clause's words
("watch", "party") as the question's and withheld it: only a title alone before a full stop was read as naming the
film. Now a clause opening on the title, whose other words the film's text never uses, names the film, and the
question after it is what is asked. So do words turning to another film ("ok switching, prestige: …"), which were
read as a title we lack. A time after "in" is when the asker will watch, not how far they got."""

from __future__ import annotations

import pytest

from corpus.models import Facts, SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
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


LIGHT = make_film(
    "Lighthouse",
    1987,
    [
        (SectionKind.PREMISE, False, "Ilse keeps the lighthouse on a small northern island."),
        (SectionKind.ENDING, True, "On the last night Ilse rows out to the wreck and the sea takes her."),
    ],
    facts=Facts(director="Ada Quill"),
)
QUARRY = make_film(
    "Quarry",
    1990,
    [(SectionKind.PREMISE, False, "Bram cuts stone in a quarry above the town.")],
    facts=Facts(director="Otto Brenner"),
)


def test_whether_the_clause_names_the_film_does_not_depend_on_hidden_text():
    # "wreck" is only in the hidden ending, "marathon" nowhere: the replies must not tell them apart.
    engine = Engine([LIGHT, QUARRY])
    hidden, nowhere = (
        engine.ask(f"lighthouse {word} tonight, who directed it?", context_film=QUARRY.id, scope=OFF)
        for word in ("wreck", "marathon")
    )
    assert (hidden.status, hidden.film) == (nowhere.status, nowhere.film), (hidden.answer, nowhere.answer)
