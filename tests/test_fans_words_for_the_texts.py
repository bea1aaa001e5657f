"""Fans name things in everyday words the summaries do not use: the "basement" where Lila finds Mrs. Bates is the
text's "fruit cellar", Rashomon's "psychic" is its "medium", Borden's "mute" engineer is "silent", Kane "whacked"
Thatcher where the text says "struck", and Scottie is hired to "tail" Madeleine where it says "follow". A question
word the film's text lacks is read as its synonym the text holds (the table in `index.question`); with spoilers
off the synonym must be visible, so nothing hidden is searched for."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import synonym
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "must"),
    [
        ("what did lila find in the basement?", "psycho-1960", "mummified"),
        ("what does the psychic say in rashomon?", "rashomon-1950", "medium"),
        ("whose psychic version says the husband killed himself?", "rashomon-1950", "medium"),
        ("who is borden's mute engineer?", "the-prestige-2006", "Fallon"),
        ("what did kane whack thatcher with?", "citizen-kane-1941", "sled"),
    ],
)
def test_the_fans_word_finds_the_texts(engine: Engine, question: str, film: str, must: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and must in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("word", "texts"),
    [
        ("basement", "cellar"),
        ("psychic", "medium"),
        ("knife", "dagger"),
        ("crewmates", "crew"),
        ("mute", "silent"),
        ("tail", "follow"),
    ],
)
def test_read_as_the_synonym_only_where_the_text_lacks_the_word(word: str, texts: str):
    (term,) = query_tokens(word)
    (other,) = query_tokens(texts)
    assert synonym(term, {other}) == other
    assert synonym(term, {term, other}) == term
    assert synonym(term, set()) == term


def test_with_spoilers_off_the_hidden_cellar_stays_hidden(engine: Engine):
    answer = engine.ask("what did lila find in the basement in psycho?", film="psycho-1960", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "mummified" not in answer.answer, answer.answer


def test_tailing_is_following_in_the_set_up(engine: Engine):
    answer = engine.ask("who hires scottie to tail his wife in vertigo?", film="vertigo-1958", scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and "follow" in answer.answer, answer.answer
