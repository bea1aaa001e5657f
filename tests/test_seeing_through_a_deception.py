"""How someone sees through a deception ("how does Scottie figure it out?", "what gives Judy away?") asks after the
twist: with spoilers on it is answered where the story states it ("she puts on a necklace, and Scottie recognizes
it"), not with the set-up; with spoilers off it is withheld. A question that says what is found out ("how does Jake
find out Hollis is having an affair?") is a plot question, answered from visible text as before."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import Reveal, analyze, query_tokens, synonyms
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


_SEEING_THROUGH = [
    "how does Scottie figure it out?",
    "how did he work it out",
    "ok how does Jake figure that out",
    "how did she find it out?",
    "how does Malcolm catch on?",
    "how did Borden see through him?",
    "what gives Judy away?",
    "what gave him away in the end",
    "so what gives the impostor away",
]


@pytest.mark.parametrize("question", _SEEING_THROUGH)
def test_seeing_through_a_deception_asks_the_twist(question: str) -> None:
    assert analyze(question, query_tokens(question)).reveal is Reveal.TWIST


_FINDING_OUT_A_FACT = [
    ("how does Jake find out Hollis is having an affair?", "chinatown-1974"),
    ("how does Marion find out about the motel?", "psycho-1960"),
    ("how does Thompson find out about Rosebud?", "citizen-kane-1941"),
    ("how does the narrator discover fight club?", "fight-club-1999"),
]


@pytest.mark.parametrize(("question", "film_id"), _FINDING_OUT_A_FACT)
def test_finding_out_what_is_said_is_a_plot_question(engine: Engine, question: str, film_id: str) -> None:
    assert analyze(question, query_tokens(question)).reveal is None
    assert engine.ask(question, film=film_id, scope=SpoilerScope.off()).status is Status.ANSWERED


@pytest.mark.parametrize(
    "question",
    [
        "how does Scottie figure it out?",
        "how does scottie figure it out",
        "how did Scottie work it out in the end?",
        "how does Scottie catch on?",
    ],
)
def test_with_spoilers_on_the_moment_it_is_seen_through_is_quoted(engine: Engine, question: str) -> None:
    answer = engine.ask(question, film="vertigo-1958", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    assert "necklace" in answer.answer


@pytest.mark.parametrize("question", _SEEING_THROUGH[:6])
@pytest.mark.parametrize("film_id", ["vertigo-1958", "chinatown-1974", "the-prestige-2006"])
def test_with_spoilers_off_it_is_withheld(engine: Engine, question: str, film_id: str) -> None:
    answer = engine.ask(question, film=film_id, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD


def test_figuring_out_is_read_as_the_words_summaries_use() -> None:
    """A summary says "recognizes" or "realizes" where the asker says "figure out"."""
    assert {"recogn", "realiz"} <= set(synonyms("figur"))
    assert "recogn" in synonyms("realiz")
