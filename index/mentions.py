"""Titles a question means without spelling them as any loaded film: typos ("Chinatwon", "Plant of the Apes")
and films we do not have ("who directed The Matrix?"). Only the question's words and the films' titles are
involved, never plot text.

A title-like phrase is a run of capitalised words (inner "of", "the", "and" allowed), or a word that is no
English word at all ("prestiege"), typed in lower case. It sits in a *title slot* when the words around it
say a film is meant: "directed X", "X ending", "is X any good", "plot of X", "in X?" at the end.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import lemminflect

from index.question import FOREIGN_CHAT_WORDS, keyboard_run
from index.tokenize import STOPWORDS, normalize

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Small words a title keeps inside it ("Planet of the Apes"); prepositions are left out, or "Phoenix in Spartan"
# would read as one title.
_JOINERS = frozenset(("of", "the", "a", "an", "and", "&"))
# … and in titles of other languages, between capitalised words ("Cidade de Deus", "Central do Brasil", "La Dolce
# Vita", "Der Himmel über Berlin").
_FOREIGN_JOINERS = frozenset(("de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "von"))
_FOREIGN_JOINERS |= frozenset(("van", "der", "den", "uber", "y", "e", "el"))  # (keys are folded: "über" is "uber")
_BEFORE_SLOT = frozenset(
    (
        "directed",
        "direct",
        "directs",
        "made",
        "make",
        "wrote",
        "write",
        "watch",
        "watched",
        "watching",
        "see",
        "saw",
        "seen",
        "about",
        "of",
        "like",
        "liked",
        "love",
        "loved",
        "hate",
        "hated",
        "rate",
        "review",
        "recommend",
        "starring",
        "film",
        "movie",
        "called",
        "named",
        "titled",
        # "do you have The Godfather?", "have you got Jaws?", "do you know Heat?": asking whether we have it.
        "have",
        "got",
        "know",
    )
)
_AFTER_SLOT = frozenset(
    (
        "end",
        "ends",
        "ending",
        "ended",
        "scary",
        "worth",
        "released",
        "release",
        "about",
        "over",
        "start",
        "starts",
        "begin",
        "begins",
        "cast",
        "director",
        "plot",
        "sequel",
        "remake",
        "trailer",
        "rating",
        "come",
        "came",
        "good",
        "summary",
        "film",
        "movie",
    )
)
# Question openers that are capitalised only because they start the question.
_OPENERS = frozenset(
    (
        "who",
        "what",
        "whats",
        "when",
        "where",
        "why",
        "how",
        "which",
        "is",
        "was",
        "does",
        "did",
        "do",
        "can",
        "tell",
        "give",
        "and",
        "so",
        "ok",
        "okay",
        "hi",
        "hey",
        "in",
        "the",
        "a",
    )
)


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str  # as typed
    start: int  # word offsets in the question
    end: int
    slot: bool  # the words around it say a film is meant


@lru_cache(maxsize=50_000)
def is_english(word: str) -> bool:
    """Whether lemminflect's lexicon knows the word (offline; a typo of a title usually is no word)."""
    return bool(lemminflect.getAllLemmas(word.lower()))


def _lettered(key: str) -> bool:
    """A word of letters, or of letters with a digit among them as a title may have ("se7en", "se7ven" typed in lower
    case); one opening on a digit ("1970s", "2day") is a number or chat, no title."""
    return key.isalpha() or (key.isalnum() and sum(c.isalpha() for c in key) >= 3 and key[0].isalpha())


def phrases(question: str) -> list[Phrase]:
    """Title-like phrases in the question, longest first."""
    typed = unicodedata.normalize("NFKC", question)
    found_words = list(_WORD.finditer(typed))
    words = [m.group(0) for m in found_words]
    keys = [normalize(w).replace("’", "'") for w in words]
    # gaps[i]: the text between word i - 1 and word i ("? " in "about? Please"); a title never spans a break, and
    # the words on the far side of one say nothing of what the phrase is ("about? Please keep it …").
    gaps = [typed[found_words[i - 1].end() if i else 0 : m.start()] for i, m in enumerate(found_words)]
    breaks = [bool(_BREAK.search(gap)) for gap in gaps]
    found: list[Phrase] = []
    i = 0
    while i < len(words):
        starts_sentence = i == 0 or bool(_SENTENCE_START.search(gaps[i]))
        if keys[i] in FOREIGN_CHAT_WORDS:
            i += 1  # "Danke schön", "gracias bot!": thanks or a greeting, no title
        elif _DECADE.fullmatch(keys[i]):
            i += 1  # "the 70s film that ends with …": when a film was made, no title
        elif (
            _capitalised(words[i])
            and not (starts_sentence and _capital_of_the_sentence(keys[i]))
            and not _pronoun_contraction(keys[i])
        ):
            end = i + 1
            while end < len(words) and not breaks[end]:
                if _capitalised(words[end]) or words[end].isdigit():
                    end += 1
                    continue
                # Small words inside a title ("of the" in "Planet of the Apes") when a capital follows them.
                skip = end
                while skip < len(words) and _joins(keys, skip, i) and not breaks[skip]:
                    skip += 1
                if skip == end or skip == len(words) or breaks[skip] or not _capitalised(words[skip]):
                    break
                end = skip + 1
            start = i - 1 if i > 0 and keys[i - 1] == "the" and not breaks[i] else i
            found.append(_phrase(words, keys, breaks, gaps, start, end))
            i = end
        elif len(keys[i]) >= 4 and _lettered(keys[i]) and keys[i] not in STOPWORDS and not is_english(keys[i]):
            found.append(_phrase(words, keys, breaks, gaps, i, i + 1))
            i += 1
        else:
            i += 1
    return sorted(found, key=lambda p: -(p.end - p.start))


# A decade: "70s", "1970s", "'80s".
_DECADE = re.compile(r"'?(?:1[89]|20)?\d0s")
# Punctuation between two words that no title spans; a sentence starts after an end mark or an opening quote.
_BREAK = re.compile(r"[.?!:;,()\[\]\"“”]|\s[-–—]+\s|(?:^|\s)['‘]")
_SENTENCE_START = re.compile(r"[.?!:\"“]|(?:^|\s)['‘]")
# Words a sentence opens with in chat that are capitalised only for that ("Please keep it spoiler free",
# "Alright, the Nolan film …", "Right, then …").
_CHAT_OPENERS = frozenset(
    " ".join(
        (
            "please thanks thank alright right fair well now also then meanwhile oh yes yeah yep no nope sure great",
            "cool nice wait hmm actually anyway besides still just maybe perhaps honestly seriously",
        )
    ).split()
)


def _joins(keys: list[str], index: int, start: int) -> bool:
    """Whether keys[index] is a small word inside a title begun at `start`. "do" is the verb after an auxiliary
    before the title ("did Fincher do Gone Girl?"), else a title's ("do you have Central do Brasil?")."""
    key = keys[index]
    if key == "do":
        return not _AUXILIARIES.intersection(keys[:start])
    return key in _JOINERS or key in _FOREIGN_JOINERS


_AUXILIARIES = frozenset(("did", "does", "didn't", "doesn't", "would", "will", "can", "could", "should", "to"))


def _pronoun_contraction(key: str) -> bool:
    """ "I'm", "Don't", "What's": a small word run into another, wherever it stands, is no title's word."""
    return "'" in key and (key.split("'")[0] in STOPWORDS or key.endswith("n't"))


@lru_cache(maxsize=50_000)
def _capital_of_the_sentence(key: str) -> bool:
    """Whether a word opening a sentence is capitalised for that alone: a question word, a chat opener, a
    contraction ("What's", "Don't", "I'm"), an adverb, or a verb form ("Paused Seven at 1:10", "Loved it").
    A title's first word is seldom any of these ("Psycho", "Memento", "Seven Samurai", "Get Out")."""
    bare = key.replace("'", "")
    if bare in _OPENERS or key in _CHAT_OPENERS:
        return True
    if _pronoun_contraction(key):
        return True
    lemmas = lemminflect.getAllLemmas(key)
    if lemmas and set(lemmas) <= {"ADV"}:
        return True
    if not lemmas and key.startswith("re") and len(key) > 6:
        # "Rewatching Psycho, paused at the hour": a verb with "re-" before it, which the lexicon lacks.
        lemmas = lemminflect.getAllLemmas(key[2:])
    return set(lemmas) == {"VERB"} and key.endswith(("ed", "ing"))


def spellings(question: str, phrase: Phrase) -> list[str]:
    """What a title typed with a typo may span: the phrase, and for a lone misspelt word also the words around
    it ("the sixth sence"), longest first."""
    if phrase.end - phrase.start > 1:
        return [phrase.text]
    words = _WORD.findall(unicodedata.normalize("NFKC", question))
    # An ordered dict, not a set: among spans of one length the first checked wins a tie, and a set's order
    # changes with the process's hash seed (two processes of a cluster could answer differently).
    spans = dict.fromkeys(
        " ".join(words[max(phrase.start - before, 0) : min(phrase.end + after, len(words))])
        for before in range(4)
        for after in range(3)
    )
    return sorted(spans, key=lambda text: -len(text.split()))


# After a title: "…, you have it?", "… do you have that one", "… u got it".
_HAVE_IT = re.compile(r"^(?:do |have )?(?:you|u) (?:have|got|know) (?:it|this|that|this one|that one)\b")


def _phrase(words: list[str], keys: list[str], breaks: list[bool], gaps: list[str], start: int, end: int) -> Phrase:
    before = keys[start - 1] if start > 0 and not breaks[start] else ""
    after = keys[end] if end < len(keys) and not breaks[end] else ""
    at_end = end == len(keys)
    # After a lead-in that only moves on ("and Goodfellas?", "how about Heat?") the phrase is all there is.
    lead = " ".join(keys[:start])
    whole = (
        (start == 0 and at_end)
        or lead in ("tell me about", "what about", "plot of")
        # "how long is Seven Pounds": a fact of the whole phrase, not of "Seven" (Se7en's alias) and more words.
        or (at_end and lead in ("how long is", "how long was", "what genre is", "what year is", "when is"))
        or (at_end and lead in ("and", "or", "and what about", "how about", "and how about", "ok and", "so"))
    )
    ends = after in ("end", "ends", "ending", "end?") and start > 0 and keys[start - 1] in ("does", "did")
    slot = (
        before in _BEFORE_SLOT
        or (after in _AFTER_SLOT and after not in ("end", "ends", "ending"))
        or ends
        or whole
        # "… in Momento? he forgets everything?": the title ends a question that more follows (not any break: "about
        # two rival magicians in Victorian London — what's it called?")
        or (before in ("in", "from", "of") and (at_end or "?" in gaps[end]) and words[start][:1].isupper())
        # "How does Rear Window by Hitchcock …" (not "North" of "North by Northwest"), "is Eternal Sunshine … in
        # your library?"
        or (after == "by" and end - start > 1 and words[start][:1].isupper())
        # "Metropolis from Fritz Lang maybe?": a title, then who made it
        or (after == "from" and words[start][:1].isupper() and end + 1 < len(keys) and _capitalised(words[end + 1]))
        # "What happens in Seven Pounds with Will Smith?": a title, then who plays in it
        or (
            after in ("with", "starring")
            and words[start][:1].isupper()
            and end + 1 < len(keys)
            and _capitalised(words[end + 1])
        )
        # "Cidade de Deus, City of God, you have it?": asked whether we have it, after the title
        or (words[start][:1].isupper() and _HAVE_IT.match(" ".join(keys[end:])) is not None)
        or (after == "in" and _IN_THE_LIBRARY.match(" ".join(keys[end:])) is not None and words[start][:1].isupper())
        # "is Rear Window set in one apartment?", "does Die Hard end well?": a yes/no question opens on a name or a
        # title of words all capitalised (a name a film's text uses is no title we lack: `unknown_title`)
        or (
            start == 1
            and keys[0] in ("is", "was", "does", "did")
            and end - start > 1
            and all(_capitalised(word) for word in words[start:end])
        )
        # "Rear Window is also Hitchcock, what happens in it?", "Rear Window is another Hitchcock": a title of words
        # all capitalised opening the message, said to be one of a maker's films
        or (
            start == 0
            and end - start > 1
            and after in ("is", "was")
            and end + 1 < len(keys)
            and keys[end + 1] in ("also", "another", "too", "by")
            and all(_capitalised(word) for word in words[start:end])
        )
        # "is he in Rear Window too?": the film someone just named is also in
        or (before == "in" and after in ("too", "also", "as", "again") and words[start][:1].isupper())
        # "is The Illusionist the same kind of twist?": a capital "The" inside a sentence starts a title
        or (start > 0 and not breaks[start] and words[start] == "The" and end - start > 1)
        or (before == "is" and after in ("any", "good", "scary", "worth"))
        # "did he also do Gone Girl?": "do" as the verb of making, not the auxiliary ("where do John and Laura go").
        or (
            before == "do"
            and start >= 2
            # a name's capital, not a sentence's ("Where do John and Laura go")
            and (
                keys[start - 2] in _MAKERS_DO
                or (start > 2 and not breaks[start - 2] and _capitalised(words[start - 2]))
            )
        )
        # "The Matrix, who directed it?", "Gone Girl: is it scary?": a heading the question is asked of.
        or (start == 0 and 0 < end < len(keys) and breaks[end])
        # "ok and in Inception, what happens with the top?": the heading placed "in" the film.
        or (
            before == "in"
            and end < len(keys)
            and breaks[end]
            and words[start][:1].isupper()
            and set(keys[: start - 1]) <= _HEADING_LEADS
        )
    )
    return Phrase(" ".join(words[start:end]), start, end, slot)


_IN_THE_LIBRARY = re.compile(r"in (?:your|the|ur) (?:library|list|collection|database|catalog(?:ue)?)\b")
# Words a heading placed "in" a film may follow ("ok and in Inception, …", "what about in Interstellar, …").
_HEADING_LEADS = frozenset(("ok", "okay", "and", "so", "but", "now", "also", "then", "alright", "what", "how", "about"))
# Before "do" as the verb of making ("did he also do Gone Girl?", "did Fincher do …"), unlike the auxiliary after a
# question word or a noun ("where do John and Laura go", "from what city do they enter").
_MAKERS_DO = frozenset(("also", "ever", "even", "never", "not", "he", "she", "they", "you", "we", "i"))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isalpha() for c in word))


def unknown_title(candidates: list[Phrase], is_name: Callable[[str], bool]) -> Phrase | None:
    """The phrase that names a film we do not have: in a title slot, and not a name any loaded film's
    visible text uses ("in Phoenix" is a place in Psycho)."""
    for phrase in sorted(candidates, key=lambda p: (not p.slot, p.start)):
        if phrase.slot and not keyboard_run(normalize(phrase.text)) and not is_name(phrase.text):
            return phrase
    return None
