""" "What's the kid like?" asks the kid described: the sentence where the text first names the boy ("Cole Sear is a
nervous, solemn boy …"), not "child psychologist", where "kid" read as "child" also occurs."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.question_shape import role_asked
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question", ["the sixth sense, what's the kid like", "what is the boy like in the sixth sense?"]
)
def test_someone_asked_after_by_kind_is_described_where_first_named(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert (answer.answer or "").startswith("Cole Sear is a nervous, solemn boy"), answer.answer


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("what's the kid like", ["kid"]),
        ("so what was the wife like in se7en?", ["wife"]),
        ("what's the zone like", None),
    ],
)
def test_only_someone_by_kin_or_kind_is_a_role_asked(question: str, role: list[str] | None) -> None:
    asked = role_asked(question)
    assert (asked[0] if asked else None) == role
