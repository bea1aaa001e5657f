"""Question words the text does not hold, read as typos of the nearest term it does ("cannibis" → cannabi).

A question term is corrected only when it is no English word's term (the text may simply not use the word:
"where is it set?"), is long enough that one wrong letter still leaves it recognisable, and exactly one
known term is near enough (or, failing that, exactly one holds the same letters: "leanord" → leonard). Each
index corrects against the terms it holds itself: a film's visible passages, or the film-level corpus a scope
searches. So what a question is taken to say depends only on text the asker may see, never on a spoiler.

English is lemminflect's lexicon (MIT; its ~70,000 inflected forms and proper nouns, shipped with it), as
terms: the Snowball stems of those words, so the check works on the terms the indexes hold.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Container, Iterable, Sequence
from functools import cache

from lemminflect import config as lemminflect_config
from rapidfuzz import fuzz, process

from index.question import FACT_TERMS, FATE_TERMS, OVERVIEW_TERMS, SETTING_TERMS
from index.question_shape import ENDING_TERMS
from index.tokenize import is_stopword, stem

# A term this short is never corrected: one changed letter makes it a different word too often.
SHORTEST = 5
# How alike (rapidfuzz's ratio, 0-100) a known term must be to stand for an unknown one: one wrong letter in
# five ("keven" → kevin), two in ten ("retalitori" → retaliatori).
SIMILARITY = 80.0
# A typo this near a known term (one wrong letter in seven: "plannet", "madelain") is read as that term even
# when it also splits into two English words ("plan|net", "mad|elain").
NEAR_TYPO = 85.0
# The parts of a compound the lexicon lacks are at least this long: the first stands whole ("crew|mates"); the
# last is a stem, which may have lost letters ("mates" → mat). Names run three letters and three (kid|man,
# bow|den, bat|man) by chance too often to be read as compounds.
SHORTEST_HEAD = 4
SHORTEST_TAIL = 3


@cache
def english_terms() -> frozenset[str]:
    """The terms of every word lemminflect knows (loaded on first use: ~0.3 s)."""
    # Stemmed past `stem`'s memo: 70,000 words asked once would fill it (~10 MB) for nothing.
    stem_once = stem.__wrapped__
    known: set[str] = set()
    with gzip.open(lemminflect_config.lemma_lu_fn, "rt", encoding="utf-8") as handle:
        for line in handle:
            word = line.split(",", 1)[0].casefold()
            if word.isalpha():
                known.add(stem_once(word))
    return frozenset(known)


# The words questions are read by are asked as typed, though the lexicon lacks some ("screenplay", "runtime",
# "tagline"): read as a compound, "who wrote the screenplay?" asked of a play.
_READ_BY = FACT_TERMS | FATE_TERMS | OVERVIEW_TERMS | SETTING_TERMS | ENDING_TERMS


def may_be_typo(term: str) -> bool:
    return (
        len(term) >= SHORTEST
        and term.isascii()
        and term.isalpha()
        and term not in english_terms()
        and term not in _READ_BY
    )


class Speller:
    """The known terms, by first letter: a typo rarely changes the first letter, and one letter's terms are
    searched ~20 times faster than all of them (~30 ms at 500,000 terms)."""

    def __init__(self, terms: Iterable[str]) -> None:
        self._by_initial: dict[str, list[str]] = {}
        for term in terms:
            self._by_initial.setdefault(term[:1], []).append(term)
        self._found: dict[str, str | None] = {}

    def nearest(self, term: str) -> str | None:
        """The known term most like `term`, or None when none is near enough or two are equally near (picking
        one would be a guess)."""
        if term in self._found:
            return self._found[term]
        known = self._by_initial.get(term[:1], [])
        found = process.extract(term, known, scorer=fuzz.ratio, score_cutoff=SIMILARITY, limit=2)
        best = found[0][0] if found and (len(found) == 1 or found[1][1] < found[0][1]) else None
        if best is None and not found:
            # "leanord" for "leonard": letters swapped further apart than one place score far below one wrong
            # letter, yet the word is all there; the one known term of the same letters stands for it.
            letters = sorted(term)
            same = [other for other in known if len(other) == len(term) and sorted(other) == letters]
            best = same[0] if len(same) == 1 else None
        self._found[term] = best
        return best


def compound_parts(term: str, known: Container[str]) -> list[str] | None:
    """The parts a term the lexicon lacks is written from ("crewmat" → crew, mat), kept where the text holds
    them, when it is two English terms run together and the text holds at least one; None otherwise.

    Read as a typo, "crewmates" became "created": a compound is nearer, by letters, to some unrelated word than
    to either of its parts. A stopword is never a part ("some|rest" is a typo of "somerset")."""
    english = english_terms()
    splits = [
        (term[:cut], term[cut:])
        for cut in range(SHORTEST_HEAD, len(term) - SHORTEST_TAIL + 1)
        if term[:cut] in english
        and term[cut:] in english
        and not is_stopword(term[:cut])
        and not is_stopword(term[cut:])
    ]
    # The stemmer cut the last part as it cut the whole ("shipmates" → shipmat): the text's "mate" is that part
    # with its "e" back.
    held = [
        [part for part in (head, next((t for t in (tail, tail + "e") if t in known), tail)) if part in known]
        for head, tail in splits
    ]
    # Of two readings, the one whose parts the text holds more.
    best = max(held, key=len, default=[])
    return best or None


def respell(terms: Sequence[str], known: Container[str], speller: Callable[[], Speller]) -> list[str]:
    """`terms` with each unknown term that may be a typo replaced by its nearest known term, if it has one.

    `speller` builds the known terms' `Speller`; it is called only when some term needs it."""
    if all(term in known for term in terms):
        return list(terms)
    out: list[str] = []
    for term in terms:
        if term not in known and may_be_typo(term):
            nearest = speller().nearest(term)
            if (nearest is None or fuzz.ratio(term, nearest) < NEAR_TYPO) and (parts := compound_parts(term, known)):
                out.extend(parts)
                continue
            term = nearest or term
        out.append(term)
    return out
