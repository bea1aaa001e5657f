"""A question naming a place ("who runs the Colombia group's harbour deals?") may be about a film whose text names
its people instead ("the Colombian group"): content search found that film, but the check that it holds a name the
question gives read "Colombia" only as typed, and the question was asked back. Through the Engine over hand-built
films."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import PL, P, make_film

HARBOUR = make_film(
    "Harbour Lights",
    2006,
    [
        (P, False, "Two detectives in Miami go undercover to find who leaks the task force's plans."),
        (PL, False, "They learn that the Colombian group is run by Jose Yero, who deals through a harbour front."),
        (PL, False, "Yero's cousin Isabella keeps the books and the boats, and trusts no one on the docks."),
    ],
)
COFFEE_ROAD = make_film(
    "Coffee Road",
    1987,
    [
        (P, False, "A coffee buyer from Hamburg travels to Colombia to find out why a farm's harvest never arrives."),
        (PL, False, "In the hills he meets the farmer's daughter, who has been selling the beans to a rival."),
    ],
)
DRY_SEASON = make_film(
    "Dry Season",
    1999,
    [
        (P, False, "A village teacher keeps a reading circle for farmers while the rains fail year after year."),
        (PL, False, "The circle splits when a landowner offers money for the well, and the teacher must choose."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([HARBOUR, COFFEE_ROAD, DRY_SEASON])


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("Who runs the Colombia group's harbour deals?", "Jose Yero"),
        ("who runs the harbour deals of the Colombia group", "Jose Yero"),
    ],
)
def test_the_place_named_finds_the_film_naming_its_people(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None, answer.answer
    assert answer.film.title == "Harbour Lights" and told in answer.answer, answer.answer


def test_a_name_only_another_film_holds_is_not_read_into_this_one(engine: Engine):
    # Control: Hamburg is only Coffee Road's: the film whose other words fit best holds neither it nor a word for
    # its people, so it is not committed to.
    answer = engine.ask("Who runs the Hamburg group's harbour deals?", scope=SpoilerScope.off())
    assert answer.film is None or answer.film.title != "Harbour Lights", answer.answer
