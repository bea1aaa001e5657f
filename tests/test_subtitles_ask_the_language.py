"""Subtitles and dubbing ask the film's language: "do we need subtitles?" after a question about Rashomon was "I
don't have need." ("need", in no summary, was read as the title of a film we lack), and "is it in japanese? do we
need subtitles on" was taken for small talk. The word after "we" is the asker's verb, never a title."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

LANGUAGES = {
    "rashomon-1950": "Japanese",
    "stalker-1979": "Russian",
    "solaris-1972": "Russian",
    "psycho-1960": "English",
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("phrasing", ["do we need subtitles for {t}?", "does {t} have subtitles?", "is {t} dubbed?"])
@pytest.mark.parametrize(("film", "language"), LANGUAGES.items())
def test_subtitles_ask_the_language(engine: Engine, film: str, language: str, phrasing: str) -> None:
    title = next(f.title for f in BUNDLED if f.id == film)
    answer = engine.ask(phrasing.format(t=title.lower()), scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED, answer.answer
    assert answer.film is not None and answer.film.id == film
    assert language in (answer.answer or "")


def test_a_verb_after_we_is_no_title_we_lack(engine: Engine) -> None:
    answer = engine.ask("do we need subtitles?", scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND
    assert "need" not in (answer.answer or "")


@pytest.mark.parametrize("question", ["do we need subtitles?", "is it in japanese? do we need subtitles on"])
def test_a_follow_up_asks_the_last_film(engine: Engine, question: str) -> None:
    answer = engine.ask(
        question, scope=SpoilerScope.off(), context_film="rashomon-1950", context_question="who directed rashomon?"
    )
    assert answer.status is Status.ANSWERED, answer.answer
    assert "Japanese" in (answer.answer or "")
