"""A summary asked for with spoilers off gives the whole set-up, not its first two thirds: "give me the plot of fight
club, no spoilers" stopped before "On a business flight he meets Tyler Durden", the premise's turn (OVERVIEW_CHARS
was 700). Every bundled premise fits; none runs into spoiler text."""

import pytest

from corpus.models import SectionKind
from corpus.text import split_sentences
from index.answer import OVERVIEW_CHARS
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _premise(film) -> list[str]:
    """The sentences of the film's first safe story section, in order."""
    narrative = [p for p in film.passages if p.section_kind is not SectionKind.FACTS and not p.spoiler]
    first = min(narrative, key=lambda p: (p.section_kind is not SectionKind.PREMISE, p.ordinal))
    same = sorted((p for p in narrative if p.section == first.section), key=lambda p: p.ordinal)
    return [sentence for p in same for sentence in split_sentences(p.text)]


@pytest.mark.parametrize("asked", ["what is {title} about?", "give me the plot of {title}, no spoilers"])
@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_a_summary_gives_the_whole_set_up(engine: Engine, film, asked: str) -> None:
    sentences = _premise(film)
    answer = engine.ask(asked.format(title=film.title), scope=SpoilerScope.off())
    assert not answer.contains_spoilers
    assert sentences[0] in answer.answer and len(answer.answer) <= OVERVIEW_CHARS + 80
    # A set-up of up to a thousand characters is given whole (twelve of the thirteen bundled ones).
    if len(" ".join(sentences)) <= 1000:
        assert sentences[-1] in answer.answer, answer.answer


def test_fight_clubs_summary_meets_tyler(engine: Engine) -> None:
    answer = engine.ask("fightclub plot (no spoilers i havent seen it)", scope=SpoilerScope.off())
    assert "Tyler Durden" in answer.answer and "Mayhem" not in answer.answer, answer.answer
