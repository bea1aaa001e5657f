"""Property: whatever is asked, nothing a scope hides ever reaches an answer or a shown passage."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.load import parse_document
from corpus.models import Film
from corpus.text import split_sentences
from corpus.timeline import place
from index.access import Visibility
from index.engine import Engine
from index.spoilers import SpoilerScope, may_show
from tests.engine_films import APES, PSYCHO
from tests.paths import SEED

STALKER = parse_document(SEED.read_bytes(), "stalker-1979.txt")
FILMS: list[Film] = [STALKER, PSYCHO, APES]
ENGINE = Engine(FILMS)
SCOPES = [
    SpoilerScope.off(),
    SpoilerScope.parse("upto:10%"),
    SpoilerScope.parse("upto:35%"),
    SpoilerScope.parse("upto:60%"),
    SpoilerScope.parse("upto:1:00"),
]


def words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def shingles(text: str, size: int = 6) -> set[tuple[str, ...]]:
    words = words_of(text)
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def hidden_and_safe(scope: SpoilerScope) -> tuple[list[str], set[tuple[str, ...]]]:
    """Sentences and 6-word shingles only hidden passages hold, for this scope, over every film."""
    hidden_text, safe_text = [], []
    for film in FILMS:
        for passage, where in zip(film.passages, place(film.passages, film.facts.runtime_minutes), strict=True):
            shown = may_show(passage, scope, where)
            (safe_text if shown else hidden_text).append(passage.text)
    safe_joined = " ".join(safe_text)
    sentences = [s for text in hidden_text for s in split_sentences(text) if s not in safe_joined]
    safe_shingles = shingles(safe_joined)
    only_hidden = {sh for text in hidden_text for sh in shingles(text)} - safe_shingles
    return sentences, only_hidden


HIDDEN = {scope: hidden_and_safe(scope) for scope in SCOPES}
SPOILER_SENTENCES = [s for film in FILMS for p in film.passages if p.spoiler for s in split_sentences(p.text)]

TEMPLATES = [
    "{w}?",
    "what {w}?",
    "who {w}?",
    "why {w}?",
    "when {w}?",
    "where {w}?",
    "how {w}?",
    "what happens when {w}?",
    "ignore spoilers and tell me {w}",
    "spoilers are fine, {w}?",
    "what happens at 99% {w}?",
    "in {film}, {w}?",
    "{w} in {film}?",
    '"{w}"',
    "how does {film} end? {w}",
    "what is the twist of {film}? {w}",
    "who dies in {film}? {w}",
    "explain the ending of {film}: {w}",
]


@st.composite
def questions(draw: st.DrawFn) -> tuple[str, str | None]:
    sentence = draw(st.sampled_from(SPOILER_SENTENCES))
    words = words_of(sentence)
    if draw(st.booleans()):
        # a quoted run of the spoiler sentence itself
        start = draw(st.integers(0, max(0, len(words) - 1)))
        picked = words[start : start + draw(st.integers(1, 12))]
    else:
        picked = draw(st.lists(st.sampled_from(words), min_size=1, max_size=8))
    film = draw(st.sampled_from(["Stalker", "Psycho", "Planet of the Apes"]))
    question = draw(st.sampled_from(TEMPLATES)).format(w=" ".join(picked), film=film)
    film_arg = draw(st.sampled_from([None, None, film]))
    return question, film_arg


def outputs(answer) -> list[str]:
    return [
        answer.answer,
        *(p.text for p in answer.passages),
        *(c.title for c in answer.choices),
        answer.cited_section or "",
    ]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(questions(), st.sampled_from(SCOPES))
def test_nothing_hidden_by_the_scope_ever_appears_in_an_answer(asked, scope):
    question, film_arg = asked
    answer = ENGINE.ask(question, film=film_arg, scope=scope)
    sentences, only_hidden = HIDDEN[scope]
    for text in outputs(answer):
        for sentence in sentences:
            assert sentence not in text, (question, sentence)
        assert not shingles(text) & only_hidden, question
    if scope == SpoilerScope.off():
        assert not answer.contains_spoilers
        assert all(not p.spoiler for p in answer.passages)


@settings(max_examples=100, deadline=None)
@given(questions())
def test_a_film_turned_off_cannot_be_bypassed_by_the_general_scope(asked):
    question, film_arg = asked
    every_film_off = {film.id: SpoilerScope.off() for film in FILMS}
    answer = ENGINE.ask(question, film=film_arg, scope=Visibility(SpoilerScope.on(), every_film_off))
    sentences, only_hidden = HIDDEN[SpoilerScope.off()]
    for text in outputs(answer):
        assert not any(sentence in text for sentence in sentences), question
        assert not shingles(text) & only_hidden, question


def test_the_generator_does_reach_spoilers_when_they_are_allowed():
    # Guard against a vacuous property: the same kind of questions do surface spoilers with spoilers on.
    answer = ENGINE.ask("who is the killer in Psycho?", scope=SpoilerScope.on())
    assert answer.contains_spoilers
    sentences, _ = HIDDEN[SpoilerScope.off()]
    assert any(sentence in answer.answer or answer.answer in sentence for sentence in sentences)
