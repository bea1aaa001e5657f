"""Who someone's kin is, by the sentence the story the asker may see names them in: whom they married, in the
order it tells ("who was Kane's first wife?", "who did he marry?"), and their family ("who is Evelyn's father?":
"Her father, Noah Cross, …")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.models import SectionKind
from corpus.text import split_sentences
from index.answer import Excerpt
from index.film_index import VisibleIndex
from index.naming import TITLES
from index.tokenize import document_tokens, query_tokens

# Which of several marriages a question means (none asked: the first the story tells), and whose kin it is.
_NTH = r"(?:first|1st|second|2nd|third|3rd|last|new|next|later|current)"
_SOMEONE = r"[\w'’ .-]{1,40}?"

# The ties a question may ask someone by, and the word the story writes each in.
_TIES = {
    **{tie: tie for tie in ("wife", "husband", "father", "mother", "daughter", "son", "sister", "brother")},
    **{tie: tie for tie in ("niece", "nephew", "uncle", "aunt", "boyfriend", "girlfriend", "fiance", "fiancee")},
    "spouse": "spouse",
    "dad": "father",
    "mom": "mother",
    "mum": "mother",
}
_SPOUSES = frozenset(("wife", "husband", "spouse"))
_TIE = "|".join(sorted(_TIES, key=len, reverse=True))

KIN_ASKED = re.compile(
    # "who was Kane's first wife?", "who's his wife?", "whos the second wife of kane", "who is Evelyn's father?"
    rf"\bwho(?:['’]?s| is| was| were)? (?:(?P<whose>{_SOMEONE})(?:['’]s|s['’]) |his |her |their |the )?"
    rf"(?:(?P<nth>{_NTH}) )?(?P<tie>{_TIE})\b(?: of (?:the )?(?P<of>[\w'’.-]+))?"
    # "who did Kane marry first?", "who does he marry?", "who did kane marry 2nd"
    rf"|\bwhom? (?:did|does|do|will) (?P<who>{_SOMEONE}) (?:marry|wed)(?: (?:the )?(?P<then>{_NTH})(?: time)?)?\b"
    # "who is Malcolm married to?"
    rf"|\bwho (?:is|was|'s|’s) (?P<to>{_SOMEONE}) married to\b",
    re.I,
)

# The story naming a marriage and whom it was to: "his marriage to Emily Monroe Norton", "He married Susan",
# "he and his wife Anna", "Angier's wife, Julia McCullough". A name is capitalised words.
_A_NAME = r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})"
_MARRIAGE = re.compile(
    r"\b(?:marriage to|married|marries|marrying|weds|wedded|wedding to|engaged to"
    r"|(?:his|her|(?P<whose>[A-Z][\w-]+)['’]s) (?:wife|husband),?)"
    rf" {_A_NAME}"
)


# Someone named beside their tie: "Her father, Noah Cross, …", "Marion's sister Lila Crane", "his mother, Lynn".
def _named_beside(tie: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?P<whose>[A-Z][\w-]+)['’]s) (?:[a-z]+ )?{tie},? {_A_NAME}")


# Capitalised words after "married" that begin no one's name ("married In Vegas" in a heading-cased line).
_NO_NAME = frozenset({"The", "A", "An", "In", "On", "At", "His", "Her", "Their"})

# The words such a question is asked in, beside whose marriage it is.
ASKING_TERMS = frozenset(
    query_tokens("marry married first 1st second 2nd third 3rd last new next later current time " + " ".join(_TIES))
)

_LATER = frozenset({"second", "2nd", "new", "next", "later", "current"})


def kin_asked(question: str) -> tuple[str, str, str] | None:
    """Whose kin the question asks after, which one of several marriages, and the tie as the story writes it:
    ("kane", "first", "spouse"), ("evelyn", "", "father"); None when it asks no such thing."""
    found = KIN_ASKED.search(question)
    if found is None:
        return None
    whose = next((found[g] for g in ("whose", "of", "who", "to") if found[g]), "") or ""
    nth = (found["nth"] or found["then"] or "").lower()
    tie = _TIES[found["tie"].lower()] if found["tie"] else "spouse"
    return whose.strip(), nth, "spouse" if tie in _SPOUSES else tie


def kin(visible: VisibleIndex, whose: str, tie: str = "spouse") -> list[tuple[str, Excerpt]]:
    """Each of the tie the visible story names, in story order, as (name, the sentence naming them): for "spouse"
    each marriage it tells. Only those of passages that name `whose` (anyone's, when `whose` is a pronoun or
    empty)."""
    telling = _MARRIAGE if tie == "spouse" else _named_beside(tie)
    terms = [t for t in query_tokens(whose) if t not in _PRONOUNS]
    found: list[tuple[str, Excerpt]] = []
    seen: set[str] = set()
    previous = ""
    for passage in sorted(visible.passages, key=lambda p: (p.position, p.ordinal)):
        if passage.section_kind is SectionKind.FACTS:
            continue
        # Of the one asked about: their passage, or the sentence before, names them ("Evelyn hires him after all,
        # nervous and evasive." | "Her father, Noah Cross, …" across a passage's edge).
        named = not terms or set(terms) & set(document_tokens(f"{previous} {passage.text}"))
        sentences = split_sentences(passage.text)
        previous = sentences[-1] if sentences else previous
        if not named:
            continue
        for sentence in sentences:
            for told in telling.finditer(sentence):
                name = told["name"]
                first = name.split()[0]
                if first in _NO_NAME or first in seen or (terms and set(query_tokens(name)) <= set(terms)):
                    continue
                if told["whose"] and terms and not set(query_tokens(told["whose"])) & set(terms):
                    continue
                if terms and not told["whose"] and not _theirs(sentence[: told.start()], terms):
                    continue
                seen.add(first)
                found.append((name, Excerpt(sentence, passage, passage.section)))
    return found


def _theirs(before: str, terms: list[str]) -> bool:
    """Whether the tie told after `before` (its sentence up to it) is that of the one asked about by name: named
    there, or no one else named there ("He married Susan"; not "Borden marries Sarah" for Angier's wife)."""
    if set(terms) & set(document_tokens(before)):
        return True
    # Capitalised words past the sentence's first name someone else ("Mr. Bernstein … remembers … his marriage").
    return not [w for w in re.findall(r"[A-Z][\w'’-]*", before)[1:] if w not in TITLES]


_PRONOUNS = frozenset(query_tokens("he she his her him they their them the"))


def kin_excerpt(question: str, telling: Sequence[str], visible: VisibleIndex, known: frozenset[str]) -> Excerpt | None:
    """The sentence naming the kin asked after ("his marriage to Emily Monroe Norton" for Kane's first wife, "He
    married Susan" for his second, "Her father, Noah Cross, …"), or None when the visible story names no such
    one, or the question asks more than who they are (`telling`: its terms; `known`: the film's names and title,
    which it may hold)."""
    asked = kin_asked(question)
    if asked is None:
        return None
    whose, nth, tie = asked
    if not set(telling) <= known | ASKING_TERMS | set(query_tokens(whose)):
        # "Who did Kane marry after losing the election?" asks of a moment, which the general search finds.
        return None
    told = kin(visible, whose, tie)
    if not told:
        return None
    if nth in _LATER:
        return told[1][1] if len(told) > 1 else None
    if nth == "last":
        return told[-1][1]
    if nth in ("third", "3rd"):
        return told[2][1] if len(told) > 2 else None
    return told[0][1]
