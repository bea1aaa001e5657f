""" "How does the club start?", "how did the fighting start?", "how does fight club get started?": the reply quoted
"He starts attending a new support group every night", a sentence that only shares the verb, or the film's premise
as if its opening were asked. Asked how something in the story started, the bot quotes the first sentence the reader
may see that tells of it, with what leads up to it in its passage; how the film itself starts is still its opening."""

from __future__ import annotations

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.how_it_started import asked_how_it_started
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

P, L, E = SectionKind.PREMISE, SectionKind.PLOT, SectionKind.ENDING

CHOIR = make_film(
    "The Choir",
    1984,
    [
        (P, False, "Nell teaches music at a mining school in Wales. She starts every morning with scales."),
        (L, True, "After the pit closes, the fathers sing at the gate to keep warm. Nell hears them and asks them in."),
        (L, True, "By spring the men's choir has forty voices and a hall of its own."),
        (E, True, "The choir sings in London, and the pit reopens under new owners."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, CHOIR])


@pytest.mark.parametrize(
    ("question", "film", "scope", "told"),
    [
        ("how does the club start?", "Fight Club", "upto:40%", "hit him as hard as he can"),
        ("how did the fighting start", "Fight Club", "on", "hit him as hard as he can"),
        ("how do they start fighting in fight club", None, "on", "The fight makes them both feel alive"),
        ("how does fight club get started", None, "upto:50%", "hit him"),
        ("who started fight club", None, "on", "they form Fight Club"),
        ("how did the choir start in The Choir?", None, "on", "sing at the gate"),
    ],
)
def test_where_it_first_comes_up(engine: Engine, question: str, film: str | None, scope: str, told: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(scope))
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer
    assert "support group every night" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "hidden"),
    [
        ("how did the choir start in The Choir?", "gate"),
        # Fight Club's premise never names the club: the premise's "He starts attending a new support group" was
        # quoted as if it answered.
        ("how does the club start in fight club?", "support group"),
    ],
)
def test_told_only_in_hidden_text_stays_hidden(engine: Engine, question: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("how does psycho start?", [["psycho"]]),
        ("how does it start", [["psycho"]]),
        ("how does the film begin", [["vertigo"]]),
        ("how does fight club start", [["fight", "club"]]),
        # By an alias ("Kane" for Citizen Kane), or by the title where the aliases add the maker ("Memento (Nolan)").
        ("how does kane begin?", [["citizen", "kane"], ["kane"]]),
        ("how does memento start", [["memento"], ["memento"]]),
    ],
)
def test_the_film_itself_starts_with_its_opening(question: str, names: list[list[str]]):
    assert asked_how_it_started(question, names) is None


def test_a_thing_named_by_part_of_the_title_is_no_film():
    assert asked_how_it_started("how does the club start?", [["fight", "club"]]) == ["club"]
