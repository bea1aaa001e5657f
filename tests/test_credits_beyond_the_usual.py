""" "Who shot Citizen Kane, like the cinematographer?" and "who was the director of photography on Citizen Kane?"
were withheld ("shot" and "photography" read as the story's words), though the card lists "Cinematographer: Gregg
Toland"; "who did the music for Citizen Kane?" said it "may be a spoiler". A credit a card lists beyond the usual
ones is answered by its line when asked by its name or an everyday other name; one no card lists is said to be
beyond what the bot knows, never a spoiler."""

from __future__ import annotations

import pytest

from corpus.load import parse_document
from index.answer_model import Status
from index.card_extras import extra_asked
from index.engine import Engine
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED

# A small film whose header lists credits of its own, as a moderator's file would.
LANTERN = parse_document(
    b"""Title: The Lantern Road
Year: 1971
Director: Ines Varga
Composer: Tomas Hale
Editor: Mira Olsen

A lamplighter walks the coast road each night and keeps a list of the ships she sees.

Warning: spoilers below!

One night a ship she has listed for years does not come, and she rows out to find it.
""",
    "the-lantern-road.txt",
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, LANTERN])


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("who was the cinematographer of citizen kane?", "Gregg Toland"),
        ("who shot citizen kane, like the cinematographer?", "Gregg Toland"),
        ("who was the director of photography on citizen kane?", "Gregg Toland"),
        ("what is citizen kane famous for technically, the camera work?", "Gregg Toland"),
        ("which studio made citizen kane?", "RKO"),
        ("who did the music for the lantern road?", "Tomas Hale"),
        ("who composed the score of the lantern road?", "Tomas Hale"),
        ("who edited the lantern road?", "Mira Olsen"),
    ],
)
def test_a_credit_the_card_lists_is_answered(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["who did the music for citizen kane?", "who edited vertigo?"])
def test_a_credit_no_card_lists_is_no_spoiler(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "plot summaries and their facts" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("what does Bernstein do for Kane in citizen kane?", "general manager"),
        ("what does the lamplighter do each night in the lantern road?", "walks the coast road"),
    ],
)
def test_what_someone_does_is_no_credit(engine: Engine, question: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert told in answer.answer and "Cinematographer" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film"), [("who produced psycho?", "psycho-1960"), ("who edited vertigo?", "vertigo-1958")]
)
def test_a_one_word_title_after_a_makers_verb_is_the_film(engine: Engine, question: str, film: str):
    # "psycho" and "vertigo" typed in lower case are ordinary words; after "produced" or "edited" they are the film.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film, answer.answer


def test_the_country_that_produced_it_is_still_the_card(engine: Engine):
    answer = engine.ask("which countries produced the prestige?", scope=SpoilerScope.off())
    assert "United Kingdom" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what happens at the studio?", None),
        ("what studio?", "Studio"),
        ("which studio made it?", "Studio"),
        ("who shot it, like the cinematographer?", "Cinematographer"),
    ],
)
def test_the_cards_own_word_asks_for_it_only_alone(question: str, asked: str | None):
    # "What happens at the studio?" asks of a place in the story, though the card has a "Studio".
    kane = next(film for film in BUNDLED if film.id == "citizen-kane-1941")
    found = extra_asked(question, kane, query_tokens(question))
    assert (found[0] if found else None) == asked


def test_a_question_asking_nothing_beside_the_title_is_no_credit(engine: Engine):
    # Its terms beside the title are none: no card entry is asked by its own words.
    answer = engine.ask("whats citizen kane about? i have to watch it for my course", scope=SpoilerScope.off())
    assert "Rosebud" in answer.answer and "Studio:" not in answer.answer, answer.answer
