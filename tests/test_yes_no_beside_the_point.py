"""A yes/no question about someone, with spoilers off, is answered only by an excerpt that says what is asked.

"Is Teddy a cop?" was answered "Teddy, a cheerful man who says he is a friend": the premise names Teddy, and
"police" is elsewhere in it ("a file of police papers"); only the hidden text says "Teddy, who is really an
undercover policeman". An excerpt about the person that does not say the thing asked answers beside the point;
with something hidden, the honest reply is the refusal. Where a visible sentence does say it ("is Marion a
secretary?"), it is answered.

Both families run over every bundled film with a hidden part: a person the visible text names, and a word of a
sentence about them (hidden for the first family, visible for the second)."""

from __future__ import annotations

import re

import pytest

from corpus.models import Film
from corpus.text import split_sentences
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from index.tokenize import STOPWORDS, document_tokens, query_tokens
from tests.films import BUNDLED

OFF = SpoilerScope.off()
_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{3,})\b")
# Nouns of a kind a yes/no question asks someone is ("is Teddy a cop?"): a word after "a"/"an" in the sentence.
# A word the question asks someone is or does ("is Teddy undercover?"): a lower-case word of the sentence.
_WORD = re.compile(r"(?<![\w'’-])([a-z]{5,})(?![\w'’-])")
# Enough cases per film and family to cover its people, few enough to keep the suite quick.
PER_FILM = 12


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _sentences(film: Film, *, spoiler: bool) -> list[str]:
    return [s for p in film.passages if p.spoiler is spoiler for s in split_sentences(p.text)]


def _said_with(name: str, word: str, sentences: list[str]) -> bool:
    return any(name in s and set(query_tokens(word)) <= set(document_tokens(s)) for s in sentences)


def _cases(*, hidden: bool) -> list[tuple[Film, str, str]]:
    cases = []
    for film in BUNDLED:
        visible = _sentences(film, spoiler=False)
        secret = _sentences(film, spoiler=True)
        if not secret:
            continue
        visible_terms = set(document_tokens(" ".join(visible)))
        title = {t for name in (film.title, *film.aliases) for t in query_tokens(name)}
        names = sorted({m for s in visible for m in _NAME.findall(s)} - {w.title() for w in STOPWORDS})
        seen: set[tuple[str, str]] = set()
        for sentence in secret if hidden else visible:
            for name in (n for n in names if n in sentence):
                for word in _WORD.findall(sentence):
                    terms = set(query_tokens(word))
                    # The title's words name the film, not what is asked ("is Scottie vertigo?").
                    if word in STOPWORDS or not terms or terms & title or (name, word) in seen:
                        continue
                    told_openly = _said_with(name, word, visible)
                    # The first family: words the visible text holds elsewhere, never beside the name (the excerpt
                    # about the person would otherwise hold it, or the word alone would decide). The second: words
                    # a visible sentence holds beside the name.
                    if (hidden and (told_openly or not terms <= visible_terms)) or (not hidden and not told_openly):
                        continue
                    seen.add((name, word))
            if len(seen) >= PER_FILM:
                break
        cases += [(film, name, word) for name, word in sorted(seen)[:PER_FILM]]
    return cases


HIDDEN = _cases(hidden=True)
TOLD = _cases(hidden=False)


@pytest.mark.parametrize(("film", "name", "word"), HIDDEN, ids=[f"{f.id}-{n}-{w}" for f, n, w in HIDDEN])
def test_asked_what_only_the_hidden_text_says_of_someone_is_not_answered_beside_the_point(
    engine: Engine, film: Film, name: str, word: str
):
    answer = engine.ask(f"is {name} {word}?", film=film.title, scope=OFF)
    if answer.status is Status.ANSWERED:
        # Answered only by an excerpt that says it.
        assert set(query_tokens(word)) <= set(document_tokens(answer.answer)), answer.answer
    assert not answer.contains_spoilers


@pytest.mark.parametrize(("film", "name", "word"), TOLD, ids=[f"{f.id}-{n}-{w}" for f, n, w in TOLD])
def test_asked_what_the_visible_text_says_of_someone_is_answered(engine: Engine, film: Film, name: str, word: str):
    answer = engine.ask(f"is {name} {word}?", film=film.title, scope=OFF)
    assert answer.status is Status.ANSWERED, answer.answer
    assert set(query_tokens(word)) <= set(document_tokens(answer.answer)), answer.answer


def test_the_families_are_not_empty():
    assert len(HIDDEN) >= 10 and len(TOLD) >= 10, (len(HIDDEN), len(TOLD))


@pytest.mark.parametrize(
    "question",
    ["is teddy a cop", "is natalie using him?", "is Natalie helping Leonard or using him?", "does leonard kill teddy"],
)
def test_the_dialogue_turns_that_found_the_family(engine: Engine, question: str):
    # "does leonard kill teddy": "… raped and killed his wife" holds the deed, done to someone else.
    answer = engine.ask(question, film="Memento", scope=OFF)
    assert answer.status is Status.WITHHELD, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "says"),
    [
        # "… Midge Wood, … who still loves him": "him" is Scottie, named in the sentence before.
        ("is Midge in love with Scottie?", "Vertigo", "loves him"),
        ("did kane win the governor race?", "Citizen Kane", "failed run for governor"),
    ],
)
def test_what_is_asked_said_of_them_in_other_words_or_through_a_pronoun_is_answered(
    engine: Engine, question: str, film: str, says: str
):
    answer = engine.ask(question, film=film, scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer
