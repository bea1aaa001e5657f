"""English tokenizer shared by every index: NFKC casefold, possessives, hyphens, stopwords, Snowball stems.

It lives in corpus/ because the store keeps each passage's terms beside its text (`stored_terms`, written when
the film is saved), so a film read back is never tokenized again; index/tokenize.py is the index's name for it.

Documents and queries go through the same pipeline so a word always becomes the same term. The one
difference: a hyphenated document word also yields its parts run together ("barbed-wire" → barbedwir), so a
query that writes it as one word still matches; queries only get the parts, which the document has too.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

import Stemmer

# Bump by hand whenever any change here can change what `document_tokens` gives for some text: terms stored
# under another version are ignored (the passage is tokenized afresh). tests/test_stored_terms.py fails when the
# output for a fixed text changes while this stays the same.
TERMS_VERSION = 5

# One stemmer for the process: building one loads the Snowball tables.
_STEMMER = Stemmer.Stemmer("english")

# Curly quotes, primes and the modifier apostrophe all mean the same apostrophe in prose.
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u2032`\u00b4"})
# NFKC leaves the Unicode hyphens (U+2010 … U+2015, minus sign) distinct from "-".
_HYPHENS = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad"})

# A word: letters/digits, optionally joined by inner apostrophes or hyphens ("don't", "20-kiloton").
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")

_STOPWORD_TEXT = """
a about above after again against all am an and any are aren arent as at be because been before
being below between both but by can cannot cant could couldn couldnt did didn didnt do does doesn
doesnt doing don dont down during each few for from further had hadn hadnt has hasn hasnt have haven
havent having he hed hes her here heres hers herself him himself his how hows i id ill im ive if in
into is isn isnt it its itself lets me more most mustn mustnt my myself no nor not of off on once
only or other ought our ours ourselves out over own same shan shant she shes should shouldn shouldnt
so some such than that thats the their theirs them themselves then there theres these they theyd
theyll theyre theyve this those through to too under until up very was wasn wasnt we wed well were
weren werent weve what whats when whens where wheres which while who whos whom why whys with won
wont would wouldn wouldnt you youd youll youre youve your yours yourself yourselves also just ever
really actually please tell know explain anything something thing things get got gets go goes going went
gone happen happens happened s t d ll m o re ve y till til
whered howd whatd whod whyd whend whatre wherere howre whatll wholl howll whatve whove
usually normally typically generally
"""
# Question words and fillers are included: they say what kind of answer is wanted, not where it is. So are question
# words contracted with an auxiliary, apostrophe dropped ("where'd" → whered, which stems to "where"), and the
# adverbs of habit ("what cases does he usually take?"), which ask what the text tells without saying it. (Not
# "usual": "the usual suspects" is a title.)
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())


def normalize(text: str) -> str:
    """NFKC, casefold, one kind of apostrophe and hyphen, accents folded: the form index/ compares."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).translate(_HYPHENS).casefold()
    if text.isascii():
        return text
    # Askers rarely type accents ("Amelie", "cafe"), so marks are dropped on both sides of every comparison.
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    # Interned so that the many postings and counters holding the same term share one string.
    return sys.intern(_STEMMER.stemWord(word))


def _clean_part(part: str) -> str:
    """Drops a possessive ("stalker's", "writers'") and any other apostrophe ("don't" → dont); an ordinal in
    figures is spelt out ("the 2nd murder" → second), as summaries write it."""
    if part.endswith("'s"):
        part = part[:-2]
    part = part.replace("'", "")
    return _ORDINALS.get(part, part)


_ORDINALS = dict(
    zip(
        ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"],
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
        strict=True,
    )
)


def words(text: str) -> list[str]:
    """Normalized words before stemming and stopword removal, hyphenated words split into their parts."""
    out: list[str] = []
    for match in _WORD.finditer(normalize(text)):
        for part in match.group().split("-"):
            part = _clean_part(part.strip("'"))
            if part:
                out.append(part)
    return out


# "Falls in love", "fell for Borden": the verb of the idiom is no fall, so it is not a term ("why does Judy fall
# from the tower?" was answered "Judy stays because she truly fell in love with Scottie"). "love" and who is loved
# still are. (Only "for" someone: "the rain fell for hours" is a fall.)
_FALL_IN_LOVE = re.compile(r"\b[Ff](?:all|alls|ell|allen|alling)\b(?=\s+(?:in\s+love\b|for\s+(?:him|her|them|[A-Z])))")


def chunk_by_chunk(text: str) -> bool:
    """Whether each white-space-separated chunk of `text` gives its terms on its own, as `_terms` reads it once the
    idioms spanning chunks ("fell in love") are out: callers that tokenize chunk by chunk take the whole text
    otherwise."""
    return _FALL_IN_LOVE.search(text) is None


def _terms(text: str, *, joined: bool) -> list[str]:
    out: list[str] = []
    text = _FALL_IN_LOVE.sub(" ", text)
    # No term spans white space, so each white-space-separated chunk can be tokenized once and remembered:
    # plot text repeats its words, and answering re-tokenizes candidate sentences.
    for chunk in text.split():
        out.extend(_chunk_terms(chunk, joined))
    return out


@lru_cache(maxsize=500_000)
def _chunk_terms(chunk: str, joined: bool) -> tuple[str, ...]:
    out: list[str] = []
    for match in _WORD.finditer(normalize(chunk)):
        parts = [_clean_part(p.strip("'")) for p in match.group().split("-")]
        parts = [p for p in parts if p]
        for part in parts:
            if part not in STOPWORDS:
                out.append(stem(part))
        if joined and len(parts) > 1:
            out.append(stem("".join(parts)))
    return tuple(out)


def document_tokens(text: str) -> list[str]:
    """Terms of a passage or title for indexing; stopwords dropped, as for queries."""
    return _terms(text, joined=True)


def query_tokens(text: str) -> list[str]:
    """Terms of a question, in order, duplicates kept (BM25 counts a repeated query word twice)."""
    return _terms(text, joined=False)


def is_stopword(word: str) -> bool:
    return _clean_part(normalize(word)) in STOPWORDS


def stored_terms(text: str) -> str:
    """`document_tokens(text)` as the store keeps it: the terms joined by single spaces (no term holds white
    space, so `str.split` gives them back exactly; no terms at all is the empty string)."""
    return " ".join(document_tokens(text))


# "the 6th sense": an ordinal in digits, read as the word a title spells it in.
_ORDINALS = dict(
    zip(
        ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"],
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
        strict=True,
    )
)
_ORDINAL = re.compile(r"\b(?:" + "|".join(_ORDINALS) + r")\b", re.I)


def spell_ordinals(text: str) -> str:
    """`text` with "1st" … "10th" spelt out ("the 6th sense" → "the sixth sense")."""
    return _ORDINAL.sub(lambda found: _ORDINALS[found.group().lower()], text)


_ONES: tuple[str, ...] = tuple(
    re.findall(
        r"\w+",
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
        " seventeen eighteen nineteen",
    )
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_in_words(number: int) -> str:
    """A number below a thousand in words, as a summary writes it ("40" → "forty", "125" → "one hundred
    twenty-five")."""
    if number >= 100:
        hundreds, rest = divmod(number, 100)
        return f"{_ONES[hundreds]} hundred" + (f" {number_in_words(rest)}" if rest else "")
    if number < 20:
        return _ONES[number]
    tens, ones = divmod(number, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
