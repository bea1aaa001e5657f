"""'And Arbogast?' after 'does Marion survive?' asks the same question of another person of the film; a chain of
'and …?' keeps asking what was first asked ('and The Prestige?', then 'and Psycho?'). Through the terminal
session (the service the Discord cogs use, on a real SQLite file), where the last question is remembered."""

from __future__ import annotations

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED
from tests.test_conversation import talk


@pytest.mark.parametrize(
    ("lines", "expected", "not_expected"),
    [
        (["/spoilers on", "does marion survive in psycho", "and arbogast?"], "staircase", "shower"),
        (["/spoilers on", "how does marion die in Psycho?", "what about Arbogast"], "staircase", "shower"),
        (["/spoilers on", "what happens to Tracy in Se7en?", "and Somerset?"], "Somerset", "Tracy's head"),
        (["who is Leonard in Memento?", "and Teddy?"], "Teddy", "insurance"),
        # Someone named by their part: "and the woodcutter?" got the premise. What he says happened is his own
        # account, which his sentence opens ("The woodcutter tells how he walked into the forest …";
        # index/accounts.py), not another's ("… they fought").
        (
            ["/spoilers on", "what does the wife say happened in rashomon", "and the woodcutter?"],
            "walked into the forest",
            "fought",
        ),
    ],
)
async def test_a_person_alone_after_a_question_asks_it_of_that_person(
    service, lines: list[str], expected: str, not_expected: str
):
    replies = await talk(service, *lines)
    assert expected in replies[-1] and not_expected not in replies[-1]


async def test_a_person_alone_after_a_question_keeps_spoilers_off(service):
    replies = await talk(service, "who is Marion in Psycho?", "and Arbogast?", "and how does he die?")
    assert "stair" not in replies[1] and "stair" not in replies[2]
    assert "would spoil" in replies[2] or "Nothing I may show" in replies[2]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["who directed Memento?", "and the prestige?", "and psycho?"],
            "Psycho (1960) was directed by Alfred Hitchcock",
        ),
        (["how long is Vertigo?", "and chinatown", "what about solaris?"], "167"),
    ],
)
async def test_a_chain_of_films_keeps_asking_the_first_question(service, lines: list[str], expected: str):
    replies = await talk(service, *lines)
    assert expected in replies[-1]


async def test_the_one_film_opted_into_is_the_film_asked_about(service):
    # Nothing named and nothing asked before: the asker said which film they are watching with /spoilers on.
    replies = await talk(service, "/spoilers on film:Se7en upto:70%", "do they ever catch john doe in the chase")
    assert replies[-1].startswith("Se7en (1995)")
    assert "Which film" not in replies[-1]


async def test_fate_words_under_a_limit_read_the_fate_the_text_tells(service):
    replies = await talk(
        service,
        "/spoilers on film:Psycho upto:50%",
        "does marion make it out of the bates motel alive in psycho",
        "does marion survive in psycho",
        "does arbogast survive in psycho",
    )
    assert "stabs her to death" in replies[1] and "stabs her to death" in replies[2]
    assert "staircase" not in replies[3] and "Psycho (1960)" in replies[3]


@pytest.mark.parametrize(
    ("lines", "revealed"),
    [
        # Reveal asks what the withheld reply was read as: the question of Arbogast, not "and arbogast?" alone.
        (["does marion survive in psycho", "and arbogast?", "/reveal"], "staircase"),
        # "Just tell me" asks the last question again: withheld again, and Reveal answers that question.
        (["what is in the box at the end of Se7en?", "please just tell me, I will never watch it", "/reveal"], "Tracy"),
    ],
)
async def test_reveal_answers_the_question_as_read(service, lines: list[str], revealed: str):
    replies = await talk(service, *lines)
    assert "spoil" in replies[1].lower()
    assert revealed in replies[2]


@pytest.fixture(scope="module")
def engine():
    from index.engine import Engine
    from tests.films import BUNDLED

    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("film", "first", "then", "expected"),
    [
        ("Planet of the Apes", "what happens to Landon?", "and Dodge?", "museum"),
        ("Psycho", "does marion survive?", "and arbogast?", "staircase"),
        ("Se7en", "what happens to Tracy?", "what about Somerset?", "Somerset"),
    ],
)
@pytest.mark.parametrize("spoilers", ["on", "off"])
def test_a_person_alone_asks_it_of_that_person_with_the_film_option_too(
    engine, film: str, first: str, then: str, expected: str, spoilers: str
):
    # "what happens to Landon?" then "and Dodge?", each with the film option (picked again for each question):
    # "and Dodge?" was answered with the premise naming him, spoilers off or on.
    from index.answer_model import Status
    from index.spoilers import SpoilerScope

    scope = SpoilerScope.on() if spoilers == "on" else SpoilerScope.off()
    before = engine.ask(first, film=film, scope=scope)
    assert before.film is not None
    answer = engine.ask(then, film=film, scope=scope, context_film=before.film.id, context_question=first)
    assert answer.read_as is not None and then.split()[-1].rstrip("?").lower() in answer.read_as.lower()
    if spoilers == "on":
        assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer
    else:
        assert answer.status is Status.WITHHELD and expected not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("before", "asked", "read"),
    [
        ("what does the wife say happened in rashomon", "and the husband?", "what does the husband say happened"),
        ("what does the priest see in rashomon", "what about the woodcutter", "what does the woodcutter see"),
    ],
)
def test_a_part_alone_asks_it_of_that_part(before: str, asked: str, read: str):
    answer = Engine(BUNDLED).ask(asked, scope=SpoilerScope.on(), context_film="rashomon-1950", context_question=before)
    assert answer.read_as is not None and answer.read_as.startswith(read), answer.read_as
