"""A request not to be spoiled, or filler, beside a question ("whats it about tho, no spoilers pls", "fightclub plot
(no spoilers i havent seen it)") is set aside: the question is answered as if typed alone. "What does X mean?"
asks what a name stands for, like "what is X?"."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.remarks import without_asides
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("whats it about tho, no spoilers pls", "whats it about"),
        ("fightclub plot (no spoilers i havent seen it)", "fightclub plot"),
        ("is the ending sad? i havent seen it yet", "is the ending sad?"),
        ("summarise psycho without spoilers", "summarise psycho"),
        ("how does it end, dont spoil it", "how does it end"),
        ("who directed it lol", "who directed it"),
        # How much of it is wanted, after "about": the premise decides that.
        ("what's vertigo about overall?", "what's vertigo about?"),
        ("what's the film about, broadly?", "what's the film about?"),
        ("what's it about in general?", "what's it about?"),
        # What the asker says of spoilers after the question mark: the scope decides that.
        (
            "What happens at the end of Stalker? Staff channel, so spoilers are fine.",
            "What happens at the end of Stalker?",
        ),
        ("who's the killer in Psycho? hide it if it's a spoiler", "who's the killer in Psycho?"),
        # (a question after it is kept)
        ("how does it end? spoilers ok, and who dies?", "how does it end? spoilers ok, and who dies?"),
        ("no spoilers pls", "no spoilers pls"),
        ("what are spoilers", "what are spoilers"),
        # Which film it is not about, after the question; and "i mean" steering to a film.
        (
            "what does the main guy do for a living? not the psycho one, this one",
            "what does the main guy do for a living?",
        ),
        ("who directed it? not the nolan one", "who directed it?"),
        ("not the psycho one", "not the psycho one"),
        ("psycho i mean", "psycho"),
        ("i meant Vertigo", "Vertigo"),
        ("wait i meant vertigo not psycho", "vertigo"),
        ("sorry i meant stalker", "stalker"),
        ("no i mean the prestige, not memento", "the prestige"),
        ("i mean is it good or not", "is it good or not"),
        # Something about the asker after the question; a question taken back for the one meant.
        ("whats citizen kane about? i have to watch it for my course", "whats citizen kane about?"),
        ("who is Teddy? I think he is a cop", "who is Teddy?"),
        ("tell me the story of Vertigo but don't spoil me", "tell me the story of Vertigo"),
        ("Who is the composer... no sorry, who is the director of Vertigo?", "who is the director of Vertigo?"),
        ("who wrote it, wait, who directed it?", "who directed it?"),
        # Asking for what may be seen, in other words.
        ("Who is Hollis, without giving anything away?", "Who is Hollis?"),
        ("who is Hollis, as far as the setup goes?", "who is Hollis?"),
        ("where is it set, without giving the ending away", "where is it set"),
    ],
)
def test_asides_are_set_aside(typed: str, read: str) -> None:
    assert without_asides(typed) == read


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("fightclub plot (no spoilers i havent seen it)", "fight-club-1999", "recall specialist"),
        ("whats citizen kane about? i have to watch it for my course", "citizen-kane-1941", "Rosebud"),
        ("tell me the story of Vertigo but don't spoil me", "vertigo-1958", "Scottie"),
        ("Who is the composer... no sorry, who is the director of Vertigo?", "vertigo-1958", "Hitchcock"),
        ("Where and when does The Prestige take place?", "the-prestige-2006", "London"),
        ("psycho plot", "psycho-1960", "Phoenix"),
        ("what is Vertigo about? no spoilers pls", "vertigo-1958", "detective"),
        ("summarise memento without spoilers please", "memento-2000", "insurance"),
        ("who directed chinatown tho", "chinatown-1974", "Polanski"),
        ("Who is Hollis Mulwray in Chinatown, as far as the setup goes?", "chinatown-1974", "engineer"),
        ("Who is Norman Bates in Psycho, without giving anything away?", "psycho-1960", "motel"),
        # The set-up is the premise, by another name.
        (
            "For the seminar on unreliable narrators: what is the basic setup of Rashomon?",
            "rashomon-1950",
            "woodcutter",
        ),
        ("what is the setup of Chinatown?", "chinatown-1974", "Gittes"),
        ("Memento, just the set-up please", "memento-2000", "insurance"),
    ],
)
def test_the_question_beside_an_aside_is_answered(engine: Engine, question: str, film_id: str, expected: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id
    assert expected in answer.answer


def test_an_aside_after_a_follow_up_keeps_the_film(engine: Engine) -> None:
    answer = engine.ask("whats it about tho, no spoilers pls", context_film="the-sixth-sense-1999")
    assert answer.status is Status.ANSWERED and "Malcolm" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "what does rosebud mean in citizen kane",
        "whats rosebud mean in citizen kane",
        "kane rosebud meaning?",
        "What means Rosebud in Citizen Kane?",
    ],
)
def test_what_a_name_means_is_withheld_off_and_told_on(engine: Engine, question: str) -> None:
    off = engine.ask(question, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and "sled" not in off.answer
    on = engine.ask(question, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED


def test_which_film_it_is_not_about_leaves_the_option_s_film(engine: Engine) -> None:
    answer = engine.ask(
        "what does the main guy do for a living? not the psycho one, this one", film="Vertigo", scope=SpoilerScope.off()
    )
    assert answer.status is Status.ANSWERED and "detective" in answer.answer
