""" "Who is Jake?" with spoilers on quoted "the woman who hired Jake was an impostor": the "was" there is the woman's,
not Jake's, and a sentence revealing something ("Jake discovers that …") is no more who he is than his introduction.
Who someone is comes from a sentence saying what they are, or where the summary introduces them; "who was the woman
who hired Jake?" is answered by the sentence saying what she was."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.naming import defines
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("who is jake in chinatown?", "chinatown-1974", "sharply dressed private investigator"),
        ("who was the woman who hired jake at the start?", "chinatown-1974", "Ida Sessions"),
        ("who is teddy in memento?", "memento-2000", "undercover policeman"),
        ("who is katherine in chinatown?", "chinatown-1974", "her sister and her daughter"),
        # "He calls Marla, and she confirms it. He is Tyler Durden." was taken for saying who Marla is.
        ("who is marla in fight club", "fight-club-1999", "chain-smoking"),
    ],
)
def test_who_someone_is_with_spoilers_on(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == film
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("sentence", "asked", "says"),
    [
        ("The real Evelyn appears: the woman who hired Jake was an impostor.", "jake", False),
        ("The real Evelyn appears: the woman who hired Jake was an impostor.", "woman jake", True),
        ("She answers that Katherine is her sister and her daughter.", "katherine", True),
        # A phone call names no one; "calls her Bright Eyes" does.
        ("He calls Marla, and she confirms it.", "marla", False),
        ("Zira calls him Bright Eyes.", "bright eyes", True),
    ],
)
def test_what_a_sentence_says_someone_is(sentence: str, asked: str, says: bool):
    assert defines(sentence, query_tokens(asked)) is says
