"""A spoiler span that opens mid-sentence cuts one sentence into two passages: "… his simplest explanation for the
Transported Man: >!a double really is the answer, since Borden and Fallon are twins.!<". With spoilers on, the half
inside the span is read with the words of the half before it: "How does Borden do the Transported Man trick?" was
answered with the bullet-catch trick, a plot sentence holding "Borden" and "trick", because the span's half held
neither "Transported" nor "Man". With spoilers off the span stays withheld; a span that opens a sentence of its own
is read alone, as before.

The family runs over documents parsed as moderators load them, in both inline span syntaxes, and over The Prestige."""

from __future__ import annotations

import pytest

from corpus.load import parse_document
from corpus.models import Film
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

_STORY = """# The Empty Cabinet (1932)

## Premise

Vera Lind is a stage illusionist in Vienna. Her rival, Otto Brand, swears to learn how her act works.

## Plot (spoilers)

At Otto's next show Vera, in disguise, spoils his rope trick, and Otto breaks his arm. Otto then hires a
locksmith to break into her dressing room, and finds nothing.

## Trivia

The film was shot in a cold spring. The stagehand's answer about the Vanishing Cabinet is worth hearing:
{open}a mirror really is the secret, since Vera's sister hides behind it.{close}
"""
_SYNTAXES = [("||", "||"), (">!", "!<")]


def _film(syntax: tuple[str, str]) -> Film:
    text = _STORY.format(open=syntax[0], close=syntax[1])
    return parse_document(text.encode(), "the-empty-cabinet.md")


@pytest.mark.parametrize("syntax", _SYNTAXES, ids=["pipes", "reddit"])
@pytest.mark.parametrize(
    "question",
    ["How does Vera do the Vanishing Cabinet trick?", "how does vera pull off the vanishing cabinet trick"],
)
def test_the_half_in_the_span_answers_with_the_words_before_it(question: str, syntax: tuple[str, str]) -> None:
    film = _film(syntax)
    engine = Engine([film])
    on = engine.ask(question, film=film.id, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and "mirror" in on.answer, on.answer
    off = engine.ask(question, film=film.id, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and "mirror" not in off.answer, off.answer


@pytest.mark.parametrize("syntax", _SYNTAXES, ids=["pipes", "reddit"])
def test_a_span_that_opens_its_own_sentence_is_read_alone(syntax: tuple[str, str]) -> None:
    # The same span after a full stop: its words are its own, and the plot's sentence about the rope trick answers
    # a question about Otto's trick.
    text = _STORY.replace("worth hearing:\n{open}a mirror", "worth hearing.\n{open}A mirror")
    film = parse_document(text.format(open=syntax[0], close=syntax[1]).encode(), "the-empty-cabinet.md")
    answer = Engine([film]).ask("what happens to Otto's rope trick?", film=film.id, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "arm" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["How does Borden do the Transported Man trick?", "how does borden pull off the transported man trick?"],
)
def test_the_prestige(question: str) -> None:
    film = next(f for f in BUNDLED if f.title == "The Prestige")
    answer = Engine(BUNDLED).ask(question, film=film.id, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "twins" in answer.answer, answer.answer
