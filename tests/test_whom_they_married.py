""" "Who was Kane's first wife?" was withheld even with spoilers on (and up to 0:40, when "his marriage to Emily
Monroe Norton" is already seen): no sentence holds "wife" or "first" with Kane's marriage, so no search by the
question's words found it, and the premise's "his second wife" answered beside the point. A question after someone's
marriage is answered by the sentence telling it, in the story's order: the first, or the one asked for; only one of
the person asked about, and only one the asker may see."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Asker, FilmService
from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

P, L, E = SectionKind.PREMISE, SectionKind.PLOT, SectionKind.ENDING

# A small film (its idf is the kind rank-bm25 can drive to zero) with two marriages told in two ways, and another
# man's wedding told between them.
HARBOUR = make_film(
    "Tide Mill",
    1961,
    [
        (P, False, "Arthur Penn runs the tide mill at Saltcombe and is married to the mill, his neighbours say."),
        (L, True, "In the spring Arthur weds Nell Garrow, the ferryman's daughter, against her father's wishes."),
        (L, True, "Tom Garrow marries Alice Hale in the same chapel a year later."),
        (E, True, "After Nell dies in the flood, Arthur takes Alice's sister, Mary Hale, as his second wife."),
        (E, True, "Arthur's wife, Mary Hale, sells the mill."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, HARBOUR])


@pytest.mark.parametrize(
    ("question", "told", "not_told"),
    [
        ("who was kane's first wife in citizen kane?", "Emily", "Susan"),
        ("who did kane marry first in citizen kane?", "Emily", "Susan"),
        ("who is the first wife of Kane in citizen kane?", "Emily", "Susan"),
        ("who was kane's second wife in citizen kane?", "Susan", "Emily"),
        ("who was angier's wife in the prestige?", "Julia", "Sarah"),
        ("who does borden marry in the prestige?", "Sarah", "Julia"),
        ("who did Arthur marry in Tide Mill?", "Nell", "Alice"),
        ("who was arthur's first wife in tide mill?", "Nell", "Alice"),
        ("who did Tom marry in Tide Mill?", "Alice", "Nell"),
        # ("the second time", "whom": the same question)
        ("who does Kane marry the second time in citizen kane?", "Susan", "Emily"),
        ("whom did Arthur marry the second time in Tide Mill?", "Mary", "Nell"),
    ],
)
def test_the_marriage_asked_after_is_told(engine: Engine, question: str, told: str, not_told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer and not_told not in answer.answer, answer.answer


@pytest.mark.parametrize("limit", ["0:40", "50%"])
def test_a_marriage_seen_before_the_limit_is_told(engine: Engine, limit: str):
    answer = engine.ask("who was kane's first wife in citizen kane?", scope=SpoilerScope.parse(f"upto:{limit}"))
    assert answer.status is Status.ANSWERED, answer.answer
    assert "Emily" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "scope", "hidden"),
    [
        ("who was kane's first wife in citizen kane?", "upto:0:20", "Emily"),
        ("who was kane's first wife in citizen kane?", "off", "Emily"),
        ("who did arthur marry in tide mill?", "off", "Nell"),
        ("who was arthur's second wife in tide mill?", "upto:50%", "Mary"),
    ],
)
def test_a_marriage_past_what_the_asker_sees_stays_hidden(engine: Engine, question: str, scope: str, hidden: str):
    answer = engine.ask(question, scope=SpoilerScope.parse(scope))
    assert hidden not in answer.answer, answer.answer


async def test_whose_wife_follows_the_one_just_asked_about(tmp_path: Path):
    asker = Asker(user_id=1, channel_id=2)
    async with await FilmService.open(tmp_path / "f.db") as service:
        await service.ask_as(asker, "what is hollis mulwray's job in chinatown?")
        result = await service.ask_as(asker, "who's his wife")
        shown = result.private or result.public
        assert shown.film is not None and shown.film.id == "chinatown-1974", shown.answer
        assert "Evelyn" in shown.answer, shown.answer
