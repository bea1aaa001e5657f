"""A question asking how someone died, whose words best match a sentence that tells no death, is answered up to the
sentence a few after it that tells the death of the one asked about: "how does the samurai say he died, speaking
through the medium?" was answered with "The dead samurai speaks through a medium." and the two sentences after it,
stopping before "Alone and shamed, the samurai stabbed himself …".

The family is built over hand-made films: the death told one to four sentences after the matching one, in the same
paragraph or across a paragraph break, in several words of death. It also pins what the rule must leave alone: a
death of someone else, and a death told too far on."""

from __future__ import annotations

import itertools

import pytest

from corpus.models import Film, SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film

PL = SectionKind.PLOT

# (the one asked about, the sentence that tells their death, its telling word)
_DEATHS = [
    ("Orsino", "Alone on the pier, Orsino stabbed himself with the silver knife.", "stabbed himself"),
    ("Orsino", "At dawn Orsino was shot dead by the harbour guard.", "shot dead"),
    ("Orsino", "That winter Orsino died of the fever in the lighthouse.", "died of the fever"),
    ("Orsino", "Orsino is found drowned in the flooded cellar.", "found drowned"),
]
# Sentences that tell nothing of the death, between the one the question matches and the one telling it.
_BETWEEN = [
    "The fishermen argued about the nets for most of the week.",
    "Rain kept the boats in the harbour for three days.",
    "A travelling merchant arrived with bolts of blue cloth.",
]
_MATCHED = "The old ferryman recounts Orsino's last voyage by lantern light."
_QUESTION = "how does the ferryman say Orsino died, recounting it by lantern light?"

_FILLER = [
    "The village of Corvo sits on a rocky island where the tide decides everything.",
    "Its people live on the catch, and the catch has been poor for years.",
    "Marta keeps the only inn, and she hears every rumour before the priest does.",
    "A storm season begins, and the council argues about the new harbour wall.",
]


def _film(gap: int, death: str, *, split: bool) -> Film:
    """Orsino's voyage told in one paragraph: the matched sentence, `gap` − 1 sentences between, then the death.
    With `split`, the death's sentence opens the next paragraph."""
    story = [_MATCHED, *_BETWEEN[: gap - 1]]
    paragraphs = [(PL, False, text) for text in _FILLER]
    if split:
        paragraphs += [(PL, True, " ".join(story)), (PL, True, f"{death} The village mourned him for a month.")]
    else:
        paragraphs += [(PL, True, " ".join([*story, death, "The village mourned him for a month."]))]
    return make_film("Corvo", 1961, paragraphs)


def _ask(film: Film, question: str) -> str:
    answer = Engine([film]).ask(question, film=film.id, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED
    return answer.answer


@pytest.mark.parametrize(
    ("gap", "death", "split"),
    [
        (gap, death, split)
        for gap, death, split in itertools.product(range(1, 4), _DEATHS, (False, True))
        # Across a break, the sentence after the matched one is the death: the matched paragraph holds only it.
        if not (split and gap == 1)
    ],
    ids=lambda value: value[2] if isinstance(value, tuple) else str(value),
)
def test_the_death_told_after_the_matching_sentence_is_quoted(
    gap: int, death: tuple[str, str, str], split: bool
) -> None:
    _, sentence, telling = death
    text = _ask(_film(gap, sentence, split=split), _QUESTION)
    assert telling in text


@pytest.mark.parametrize("death", _DEATHS, ids=lambda d: d[2])
def test_a_death_told_too_far_on_is_not_reached(death: tuple[str, str, str]) -> None:
    """Four sentences between them: the excerpt stays with the matched sentence rather than skipping a scene."""
    _, sentence, telling = death
    far = [_MATCHED, *_BETWEEN, "The merchant sold his cloth and sailed north.", sentence]
    film = make_film("Corvo", 1961, [*((PL, False, text) for text in _FILLER), (PL, True, " ".join(far))])
    text = _ask(film, _QUESTION)
    assert "lantern light" in text
    assert telling not in text


def test_a_death_of_someone_else_is_not_quoted_as_theirs() -> None:
    """Another's death after the matched sentence ("the merchant was stabbed") tells nothing of Orsino's."""
    story = [_MATCHED, "The merchant was stabbed in the market that night.", "Nobody spoke of it again."]
    film = make_film("Corvo", 1961, [*((PL, False, text) for text in _FILLER), (PL, True, " ".join(story))])
    text = _ask(film, _QUESTION)
    assert "lantern light" in text
