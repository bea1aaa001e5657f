""" "Who is on the station when Kelvin arrives?": when the best sentence opens its passage, there is no sentence
before it to name the one asked after, so a "who" reads on through a run of short sentences as other questions do
("… only two scientists left. His friend Dr. Gibarian has just killed himself … Dr. Snaut is jumpy …")."""

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

OUTPOST = make_film(
    "Cold Outpost",
    1983,
    [
        (SectionKind.PREMISE, False, "A geologist, Ruth Amsel, signs a winter contract far from home."),
        (
            SectionKind.PLOT,
            True,
            "At the outpost Ruth finds the radio smashed and only two men left. The cook has vanished into the storm. "
            "Dr. Varga is calm and courteous, and the pilot Okafor never leaves the hangar.",
        ),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([OUTPOST, *BUNDLED])


@pytest.mark.parametrize(
    ("question", "film", "named"),
    [
        ("who is at the outpost when Ruth arrives?", "Cold Outpost", "Varga"),
        ("Solaris: who is on the station when Kelvin arrives?", None, "Snaut"),
        ("who does Kelvin find on the station in Solaris?", None, "Snaut"),
    ],
)
def test_a_who_with_nothing_before_reads_on(engine: Engine, question: str, film: str | None, named: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert named in answer.answer, answer.answer


def test_with_spoilers_off_the_plot_is_not_read_on_into(engine: Engine):
    answer = engine.ask("who is at the outpost when Ruth arrives?", film="Cold Outpost", scope=SpoilerScope.off())
    assert "Varga" not in answer.answer and "Okafor" not in answer.answer, answer.answer
