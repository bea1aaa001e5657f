""" "Why do they go to the Zone?" was answered "Outside a bleak, nameless city lies the Zone …", the first sentence
sharing a word with it, over the next, which gives the aim ("A stalker leads two men into the Zone, seeking the Room
where the deepest wishes are fulfilled"); and "why does Malcolm go to see Cole?" was refused, "see" read as a situation
nothing visible tells. A "why" prefers the sentence giving a reason or an aim; verbs that only bring people together
("go to see", "visit", "meet") are no situation of their own."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

P, E = SectionKind.PREMISE, SectionKind.ENDING

LIGHTHOUSE = make_film(
    "The Keeper",
    1983,
    [
        (P, False, "Tom Avery keeps the lighthouse on Gull Rock."),
        (
            P,
            False,
            "Every spring Tom sails to the mainland in his little boat. He sails to the mainland hoping to find his"
            " lost brother, who left the island as a boy.",
        ),
        (E, True, "On the mainland Tom learns his brother drowned years ago, and he never sails again."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, LIGHTHOUSE])


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("why do they go to the zone in Stalker?", "seeking the Room"),
        ("why does Tom sail to the mainland in The Keeper?", "hoping to find"),
        ("why does malcolm go to see cole in the sixth sense?", "make up for Vincent"),
        ("why does malcolm visit cole in the sixth sense?", "make up for Vincent"),
        # An errand's aim ("… before he flies out to decide whether the Solaris programme should be shut down"): the
        # sentence before it shares "station" and won.
        ("why is Kelvin going to the station in Solaris?", "shut down"),
    ],
)
def test_a_why_is_answered_with_the_reason(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer


def test_a_why_about_something_unseen_still_shows_nothing(engine: Engine):
    # "See" beside what is seen is the situation asked, which only the hidden text tells.
    answer = engine.ask("why does cole see dead people in the sixth sense?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert "dead people" not in answer.answer
