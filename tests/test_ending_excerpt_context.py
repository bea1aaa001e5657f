"""An ending question about one moment quotes what tells that moment: the sentence before when the moment's own
sentence leans on it (a pronoun: "Its painted name, Rosebud, blisters in the flames") or ends the story
("Startled, Judy steps back and falls to her death" after "a nun rises from the shadows"), else the sentences after
it, as many as fit ("The priest holds the baby. … The woodcutter says he already has six children").

Each family runs over every sentence of every bundled film's ending sections, asked for through `ending_excerpt`
with that sentence's own words as the focus, as the engine asks it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from corpus.models import Film, Passage, SectionKind
from corpus.text import split_sentences
from index.answer import _LEADING_PRONOUN, MAX_CHARS, _leans_back, ending_excerpt
from index.question import query_tokens
from tests.films import BUNDLED

_Case = tuple[Film, list[Passage], int, int]  # film, its ending passages, passage rank, sentence index


def _endings(film: Film) -> list[Passage]:
    return [p for p in film.passages if p.section_kind is SectionKind.ENDING]


def _cases() -> Iterator[_Case]:
    for film in BUNDLED:
        late = _endings(film)
        for rank, passage in enumerate(late):
            for index in range(len(split_sentences(passage.text))):
                yield film, late, rank, index


def _own_words(late: list[Passage], rank: int, index: int) -> list[str] | None:
    """Words only this sentence of the ending holds, so that the focus picks it; None when it has none."""
    sentence = split_sentences(late[rank].text)[index]
    others = set()
    for r, passage in enumerate(late):
        for i, other in enumerate(split_sentences(passage.text)):
            if (r, i) != (rank, index):
                others |= set(query_tokens(other))
    own = [t for t in dict.fromkeys(query_tokens(sentence)) if t not in others]
    return own or None


def _before(late: list[Passage], rank: int, index: int) -> str:
    if index > 0:
        return split_sentences(late[rank].text)[index - 1]
    if rank == 0 or late[rank - 1].section != late[rank].section or late[rank - 1].ordinal != late[rank].ordinal - 1:
        return ""
    return split_sentences(late[rank - 1].text)[-1]


def _leaning_or_last() -> list[_Case]:
    cases = []
    for film, late, rank, index in _cases():
        sentences = split_sentences(late[rank].text)
        sentence = sentences[index]
        last = index == len(sentences) - 1
        before = _before(late, rank, index)
        focus = _own_words(late, rank, index)
        # A pronoun whose sentence names what is asked itself ("He had been on Earth all along" for "earth")
        # does not lean on the one before.
        if focus and (last or _leans_back(sentence, focus)) and before and len(f"{before} {sentence}") <= MAX_CHARS:
            cases.append((film, late, rank, index))
    return cases


LEANING = _leaning_or_last()


@pytest.mark.parametrize("case", LEANING, ids=[f"{c[0].id}-{c[2]}-{c[3]}" for c in LEANING])
def test_a_moment_told_by_the_sentence_before_is_quoted_with_it(case: _Case):
    _film, late, rank, index = case
    focus = _own_words(late, rank, index)
    assert focus is not None
    excerpt = ending_excerpt(late, focus)
    assert excerpt is not None
    sentence = split_sentences(late[rank].text)[index]
    if sentence not in excerpt.text:
        pytest.skip("the focus picked a sentence telling the same thing; another family checks which")
    assert f"{_before(late, rank, index)} {sentence}" in excerpt.text, excerpt.text


def _followed() -> list[_Case]:
    cases = []
    for film, late, rank, index in _cases():
        sentences = split_sentences(late[rank].text)
        if (
            index + 2 < len(sentences)
            and not _LEADING_PRONOUN.match(sentences[index])
            and len(" ".join(sentences[index : index + 3])) <= MAX_CHARS
            and _own_words(late, rank, index)
        ):
            cases.append((film, late, rank, index))
    return cases


FOLLOWED = _followed()


@pytest.mark.parametrize("case", FOLLOWED, ids=[f"{c[0].id}-{c[2]}-{c[3]}" for c in FOLLOWED])
def test_a_moment_is_quoted_with_what_follows_it_as_far_as_it_fits(case: _Case):
    _film, late, rank, index = case
    focus = _own_words(late, rank, index)
    assert focus is not None
    excerpt = ending_excerpt(late, focus)
    assert excerpt is not None
    sentences = split_sentences(late[rank].text)
    if sentences[index] not in excerpt.text:
        pytest.skip("the focus picked a sentence telling the same thing; another family checks which")
    assert " ".join(sentences[index : index + 3]) in excerpt.text, excerpt.text


def test_the_families_are_not_empty():
    assert len(LEANING) >= 10 and len(FOLLOWED) >= 5, (len(LEANING), len(FOLLOWED))


@pytest.mark.parametrize(
    ("question", "film", "states"),
    [
        ("kane ending: so rosebud was what", None, "sled"),
        ("how does she die at the end", "Vertigo", "a nun rises"),
        ("what happens with the baby at the end?", "Rashomon", "six children"),
    ],
)
def test_the_dialogue_turns_that_found_the_family(question: str, film: str | None, states: str):
    from index.engine import Engine
    from index.spoilers import SpoilerScope

    answer = Engine(BUNDLED).ask(question, film=film, scope=SpoilerScope.on())
    assert states in answer.answer, answer.answer


def _deaths_at_the_end() -> list[tuple[Film, str]]:
    """(film, a person named in an ending sentence that tells a death), one per person."""
    from index.answer import DEATH_TERMS
    from index.tokenize import document_tokens

    cases = []
    for film in BUNDLED:
        seen = set()
        for passage in _endings(film):
            for sentence in split_sentences(passage.text):
                if not set(document_tokens(sentence)) & DEATH_TERMS:
                    continue
                for name in re.findall(r"(?<=\s)[A-Z][a-z]{2,}", sentence):
                    if name not in seen and name.lower() not in {"the", "his", "her", "when", "then", "after"}:
                        seen.add(name)
                        cases.append((film, name))
    return cases


DEATHS = _deaths_at_the_end()


@pytest.mark.parametrize(("film", "name"), DEATHS, ids=[f"{f.id}-{n}" for f, n in DEATHS])
def test_a_death_asked_at_the_end_is_answered_by_a_sentence_telling_one(film: Film, name: str):
    from index.answer import DEATH_TERMS
    from index.tokenize import document_tokens

    focus = [*query_tokens(name), *query_tokens("die")]
    excerpt = ending_excerpt(_endings(film), focus)
    assert excerpt is not None
    assert set(document_tokens(excerpt.text)) & DEATH_TERMS, excerpt.text
