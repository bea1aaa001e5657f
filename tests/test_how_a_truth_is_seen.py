""" "How does Scottie figure it out?", "what gives Judy away?": how someone comes to see the truth is told where they
see, find or recognise something, late in the story; a bare "Malcolm understands at last." is quoted with the
sentence before it, which tells what he saw. The words of the truth itself ("… that Judy was Madeleine") are where it is
stated, not where it is seen."""

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

LANTERNS = make_film(
    "The Lantern Keeper",
    1987,
    [
        (
            SectionKind.PREMISE,
            False,
            "Ada Voss keeps the lighthouse on Grey Island. A stranger calling himself Tom Hale rows out in a storm and "
            "asks for work.",
        ),
        (
            SectionKind.PLOT,
            True,
            "Ada recognizes the tune Tom whistles from her childhood. She lets him stay, and he mends the lamp.",
        ),
        (
            SectionKind.ENDING,
            True,
            "One night Ada finds her drowned brother's watch in Tom's coat. Ada understands at last. Tom is the "
            "wrecker who lured her brother's boat onto the rocks.",
        ),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([LANTERNS, *BUNDLED])


@pytest.mark.parametrize(
    ("question", "film", "seen"),
    [
        # Before: "Ada recognizes the tune …" (the set-up) or "Ada understands at last. Tom is the wrecker …".
        ("how does Ada figure it out?", "The Lantern Keeper", "watch"),
        ("how does Ada work out that Tom is the wrecker?", "The Lantern Keeper", "watch"),
        ("how did ada finally clock it", "The Lantern Keeper", "watch"),
        # Before: "She describes a dream of an old Spanish mission, and Scottie recognizes San Juan Bautista."
        ("In Vertigo, how does Scottie realise he has been deceived?", "Vertigo", "necklace"),
        ("How does Scottie work out that he was set up?", "Vertigo", "necklace"),
        # Before: "He follows her to her hotel. Once he has gone, Judy remembers the truth …".
        ("how does scottie figure out that judy was madeleine all along?", "Vertigo", "necklace"),
        # Before: "Malcolm understands at last. Vincent's bullet killed him …", without the ring.
        ("how does he figure it out?", "The Sixth Sense", "wedding ring"),
        ("how does Malcolm finally clock it", "The Sixth Sense", "wedding ring"),
    ],
)
def test_how_a_truth_is_seen_is_where_it_is_seen(engine: Engine, question: str, film: str, seen: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert seen in answer.answer, answer.answer


def test_what_the_truth_is_is_still_where_it_is_stated(engine: Engine):
    # "What does Ada realise?" asks the truth, not how she came to it.
    answer = engine.ask("what does Ada realise in the end?", film="The Lantern Keeper", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert "wrecker" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "hidden"),
    [
        ("how does Ada figure it out?", "The Lantern Keeper", ("watch", "wrecker")),
        ("How does Scottie work out that he was set up?", "Vertigo", ("necklace", "Carlotta's jewel")),
        ("how does he figure it out?", "The Sixth Sense", ("wedding ring", "ghost")),
    ],
)
def test_with_spoilers_off_how_a_truth_is_seen_stays_hidden(
    engine: Engine, question: str, film: str, hidden: tuple[str, ...]
):
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer
    assert not any(word in answer.answer for word in hidden), answer.answer
