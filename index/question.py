"""What kind of question this is: a fact about the film, its ending, or a plot question (and which wh-)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from index.tokenize import normalize, query_tokens, stem


class Kind(StrEnum):
    WHO = "who"
    WHEN = "when"
    WHERE = "where"
    HOW_LONG = "how_long"
    WHY = "why"
    HOW = "how"
    WHAT = "what"


class Fact(StrEnum):
    DIRECTOR = "director"
    RUNTIME = "runtime"
    YEAR = "year"
    LANGUAGE = "language"
    COUNTRY = "country"
    CAST = "cast"
    WRITER = "writer"
    GENRE = "genre"


def _cues(words: str) -> frozenset[str]:
    return frozenset(stem(word) for word in words.split())


# Each fact: the phrasings that ask for it, and the words (stemmed) those phrasings add to the query. A
# question is a facts question only when nothing but these words (and the title) is left, so "how long is
# the journey to the Room?" stays a plot question while "how long is Stalker?" asks for the runtime.
_FACT_CUES: dict[Fact, tuple[re.Pattern[str], frozenset[str]]] = {
    Fact.DIRECTOR: (re.compile(r"\bwho (?:directed|direct|directs|made)\b|\bdirector\b|\bdirected by\b"),
                    _cues("directed direct directs director made make")),
    Fact.RUNTIME: (re.compile(r"\bhow long\b|\bruntime\b|\brunning time\b|\bhow many minutes\b|\blength\b"),
                   _cues("long runtime running run time many minutes length last")),
    Fact.YEAR: (re.compile(r"\bwhat year\b|\bwhich year\b|\breleased?\b|\bcame out\b|\bcome out\b"
                           r"|\bwhen (?:was|did) .*\b(?:made|out|premiere)"),
                _cues("year release released came come made premiere premiered")),
    Fact.LANGUAGE: (re.compile(r"\blanguages?\b|\bspoken\b"), _cues("language languages spoken")),
    Fact.COUNTRY: (re.compile(r"\bcountry\b|\bwhere (?:was|is) .*\b(?:made|filmed|produced|from)\b"),
                   _cues("country made filmed produced")),
    Fact.CAST: (re.compile(r"\bwho (?:stars|starred|plays|played|acts|acted)\b|\bcast\b|\bactors?\b"
                           r"|\bactress\b|\bstarring\b|\bwho is in\b"),
                _cues("stars starred star plays played acts acted cast actor actors actress starring")),
    Fact.WRITER: (re.compile(r"\bwho wrote\b|\bwritten by\b|\bscreenplay\b|\bscreenwriter\b|\bscript\b"),
                  _cues("wrote written screenplay screenwriter script")),
    Fact.GENRE: (re.compile(r"\bgenre\b|\bwhat (?:kind|type|sort) of (?:film|movie)\b"),
                 _cues("genre kind type sort")),
}
# Words that only point at the film itself.
_FILM_WORDS = frozenset(stem(w) for w in ("film", "movie", "picture", "flick"))

_ENDING = re.compile(r"\b(?:how does .* end|how did .* end|ending|the end\b|end of\b|finale|final scene"
                     r"|last scene|ends?\b\??$)")

_KINDS = (
    (re.compile(r"\bhow long\b|\bhow many (?:years|days|hours|minutes|weeks)\b"), Kind.HOW_LONG),
    (re.compile(r"\bwho\b|\bwhom\b|\bwhose\b"), Kind.WHO),
    (re.compile(r"\bwhen\b|\bwhat year\b|\bwhat time\b"), Kind.WHEN),
    (re.compile(r"\bwhere\b"), Kind.WHERE),
    (re.compile(r"\bwhy\b|\bwhat for\b|\breason\b"), Kind.WHY),
    (re.compile(r"\bhow\b"), Kind.HOW),
)


@dataclass(frozen=True, slots=True)
class Analysis:
    kind: Kind
    fact: Fact | None  # set when the question asks for a fact of the film, not its plot
    ending: bool  # asks how the film ends


def analyze(question: str, content_terms: list[str]) -> Analysis:
    """`content_terms`: the query terms left after the film's own title is removed."""
    text = normalize(question)
    kind = next((k for pattern, k in _KINDS if pattern.search(text)), Kind.WHAT)
    fact = None
    for candidate, (pattern, cue_terms) in _FACT_CUES.items():
        if pattern.search(text) and set(content_terms) <= cue_terms | _FILM_WORDS:
            fact = candidate
            break
    if fact is None and _is_cast_for_role(text):
        fact = Fact.CAST
    ending = fact is None and bool(_ENDING.search(text))
    return Analysis(kind=kind, fact=fact, ending=ending)


def _is_cast_for_role(text: str) -> bool:
    """"Who plays the Writer?" asks for an actor even though a character name is left over."""
    return bool(re.search(r"\bwho (?:plays|played|portrays|portrayed)\b", text))


def fact_terms(fact: Fact) -> frozenset[str]:
    return _FACT_CUES[fact][1]


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def name_terms(question: str) -> list[str]:
    """Query terms of the words capitalised mid-sentence: names of characters, places, groups ("Mulvaney",
    "Premier Properties"). They pick out one film among many far better than the question's common words.

    The first word of a sentence, "I" and words in capitals ("US", an acronym or shouting) do not count, nor
    does anything in a question typed in Title Case ("Who Is Frank?"), where capitals say nothing.
    """
    words = list(_WORD.finditer(question))
    named: list[str] = []
    for i, match in enumerate(words):
        word = match.group()
        between = question[words[i - 1].end():match.start()].strip() if i else "."
        if not word[:1].isupper() or between[-1:] in (".", "!", "?"):
            continue
        if word == "I":
            continue
        if not query_tokens(word):
            return []  # a capitalised stopword mid-sentence: Title Case
        if any(c.islower() for c in word[1:]):
            named.append(word)
    return query_tokens(" ".join(named))


_WHICH_FILM = re.compile(r"\b(?:which|what|name (?:the|a|that)|in what|in which) (?:film|movie|picture|flick)s?\b")


def asks_which_film(question: str) -> bool:
    """"Which film has a psychologist who …?": the asker wants a film found, so it is no follow-up to the last."""
    return bool(_WHICH_FILM.search(normalize(question)))
