"""'What is Rosebud?' with spoilers off: the premise names it but only the hidden text says what it is, so the
answer is a refusal, not the sentence that merely names it. A name the visible text introduces ("the Zone, a
barbed-wire-guarded area", "Their commander, George Taylor, is …", "his wife Madeleine") is answered."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "hidden"),
    [
        ("what is rosebud in citizen kane", "sled"),
        ("whats rosebud in kane", "sled"),
        ("citzen kane what is rosebud", "sled"),
        ("who is john g in memento", "Teddy"),
        # The title typed wrong, as an English word ("momento"), heading the question.
        ("momento who is john g", "Teddy"),
        ("vertgo: who is judy", "Madeleine"),
    ],
)
def test_a_name_only_hidden_text_defines_is_withheld(engine: Engine, question: str, hidden: str) -> None:
    off = engine.ask(question, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and hidden not in off.answer
    assert off.film is not None  # the film was named: the refusal may say which, and offer the Reveal
    on = engine.ask(question, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the zone in stalker", "barbed-wire"),
        ("who is taylor in planet of the apes", "commander"),
        ("who is cole in the sixth sense", "boy"),
        ("who is teddy in memento", "cheerful"),
        ("who is tyler durden in fight club", "soap"),
        ("who is madeleine in vertigo", "wife"),
        ("who is sammy jankis in memento", "claim"),
        # "with his wife, Tracy": a role before the name, past a comma.
        ("who is Tracy in se7en", "Tracy"),
        # Named in the premise; the hidden text says what happens to them ("Dodge is killed", "Landon has been
        # lobotomized"), which is no definition of who they are.
        ("who is Landon in planet of the apes", "Landon"),
        ("who is Dodge in planet of the apes", "Dodge"),
    ],
)
def test_a_name_the_visible_text_introduces_is_answered(engine: Engine, question: str, expected: str) -> None:
    off = engine.ask(question, scope=SpoilerScope.off())
    assert off.status is Status.ANSWERED and expected in off.answer
