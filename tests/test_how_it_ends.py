"""'How does it end?' with spoilers on quotes the climax running up to the story's last sentence, not only the
closing image; with spoilers off it stays withheld."""

import pytest

from corpus.models import SectionKind
from corpus.text import split_sentences
from index.answer import ENDING_CHARS
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

STORY = (SectionKind.PREMISE, SectionKind.PLOT, SectionKind.ENDING)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_the_ending_runs_up_to_the_last_sentence(engine: Engine, film) -> None:
    on = engine.ask(f"how does {film.title} end?", scope=SpoilerScope.on())
    story = [p for p in film.passages if p.section_kind in STORY]
    last = max(story, key=lambda p: (p.position_end, p.ordinal))
    assert on.status is Status.ANSWERED
    assert on.answer.endswith(split_sentences(last.text)[-1])
    # More than the closing sentence when the story has more to give, and never more than ENDING_CHARS.
    assert len(on.answer) > len(split_sentences(last.text)[-1]) and len(on.answer) <= ENDING_CHARS + 1


@pytest.mark.parametrize(
    ("question", "climax"),
    [
        ("how does Vertigo end?", "nun"),
        ("and how does Fight Club end", "shoots himself"),
        ("how does Se7en end?", "Mills shoots Doe"),
        ("how does The Sixth Sense end?", "Vincent's bullet"),
        ("how does Chinatown end?", "kills Evelyn"),
        ("how does Citizen Kane end", "sled"),
    ],
)
def test_the_ending_holds_the_climax(engine: Engine, question: str, climax: str) -> None:
    on = engine.ask(question, scope=SpoilerScope.on())
    assert climax in on.answer
    off = engine.ask(question, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and climax not in off.answer
