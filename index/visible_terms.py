"""A question's words against the text a reader may see: how much each weighs there (`word_weights`), and the form
of it that text holds (`as_the_text_says`)."""

from __future__ import annotations

import math
from collections.abc import Callable

from index.film_index import VisibleIndex
from index.question import word_forms


def word_weights(visible: VisibleIndex) -> Callable[[str], float]:
    """A question word's weight among the visible passages: rarer is worth more; never zero or negative
    (BM25Okapi's own idf can be, in a film of few passages)."""
    size = visible.postings.size

    def weight(term: str) -> float:
        df = visible.postings.docs_with(term).size
        return math.log1p((size - df + 0.5) / (df + 0.5))

    return weight


def as_the_text_says(terms: list[str], visible: VisibleIndex) -> list[str]:
    """A question word the visible text lacks, read as another form of the same word that it holds: "who shot
    Malcolm?" against "Vincent … shoots him" (irregular forms the stemmer keeps apart). Decided from the visible
    text alone, like a typo's reading. Only for questions that hold their words to the letter: for all questions
    it cost NarrativeQA answers (0.765 → 0.758) and over-blocked safe questions (bench/RESULTS.md)."""
    return [t if t in visible else next((v for v in word_forms(t) if v in visible), t) for t in terms]
