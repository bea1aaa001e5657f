"""Small synthetic films for the content-search tests: random words over a Zipfian vocabulary, in passages some of
which are spoilers (tests/test_film_search.py, tests/test_persisted_search.py)."""

from __future__ import annotations

import random

from corpus.models import Film, Passage, SectionKind

WORDS = [f"word{i}" for i in range(60)]


def make_film(rng: random.Random, n: int, guild: int | None = None) -> Film:
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]
    passages = []
    for i in range(rng.randint(1, 6)):
        # Some passages hold only stopwords: empty documents for BM25, as in real films' short lines.
        text = " ".join(rng.choices(WORDS, weights, k=rng.randint(1, 30))) if rng.random() < 0.9 else "and the"
        passages.append(
            Passage(
                film_id="",
                section="Plot",
                section_kind=SectionKind.PLOT,
                ordinal=i,
                text=text,
                spoiler=rng.random() < 0.5,
                position=i / 6,
                position_end=(i + 1) / 6,
            )
        )
    return Film(title=f"Film {n}", year=2000, guild_id=guild, passages=passages).assign_id()


def passage(ordinal: int, text: str, spoiler: bool) -> Passage:
    return Passage(
        film_id="",
        section="Plot",
        section_kind=SectionKind.PLOT,
        ordinal=ordinal,
        text=text,
        spoiler=spoiler,
        position=ordinal / 2,
        position_end=(ordinal + 1) / 2,
    )
