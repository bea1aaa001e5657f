"""A follow-up in words many films hold stays with the film asked about last; words that pick out another film
still move the conversation there."""

import pytest

from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

CONTEXTS = ["stalker-1979", "psycho-1960", "vertigo-1958", "memento-2000", "solaris-1972"]
GENERIC = ["who are the three men?", "who are the two men?", "what does the woman want?", "who is the old man?"]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("spoilers", [False, True])
@pytest.mark.parametrize("question", GENERIC)
@pytest.mark.parametrize("context", CONTEXTS)
def test_a_follow_up_in_common_words_stays_with_the_last_film(
    engine: Engine, context: str, question: str, spoilers: bool
):
    # Before: "who are the three men?" after Stalker answered about The Prestige ("the two young men"), and
    # "what does the woman want?" about Fight Club, because one film held both words a little more than the rest.
    scope = SpoilerScope.on() if spoilers else SpoilerScope.off()
    answer = engine.ask(question, context_film=context, scope=scope)
    assert answer.film is not None and answer.film.id == context, answer.answer


@pytest.mark.parametrize("context", [c for c in CONTEXTS if c != "psycho-1960"])
def test_words_that_pick_out_another_film_still_move_there(engine: Engine, context: str):
    answer = engine.ask("who dies in the shower?", context_film=context, scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "psycho-1960"
