"""How a summary's sentence says what a name is: by "is"/"was" after it, by apposition, or by a role before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.tokenize import document_tokens

_CLAUSE_BREAK = re.compile(r"[,;:—–]")


# "Katherine is her sister", "Teddy, who is really an undercover policeman", "Madeleine was Judy": "is" and what
# the name is. Not a state ("Hari is gone", "Marion is dead"): that tells what befell them, not who they are.
_COPULA = re.compile(
    r"(?:,? who)? (?:is|was|are|were|had been|has been) (?:really |actually |in fact |also |not |never )?"
    r"(?:(?:a|an|the|his|her|their|its|one|none|only|no|[Hh]e|[Ss]he|himself|herself)\b|[A-Z]|[\w-]+['’]s\b)"
)
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def defines(sentence: str, terms: Sequence[str]) -> bool:
    """Whether the sentence states what one of the question's names is: the name followed by "is", "was" or
    ", who is"; the name given to something ("its painted name, Rosebud"); or the name and then, after a break,
    a pronoun that says what they were ("Judy remembers the truth …: she was the woman he knew as Madeleine").
    Not a guess ("perhaps Rosebud was something he lost"): that states nothing."""
    wanted = set(terms)
    for match in NAME_WORD.finditer(sentence):
        word = match.group()
        if not (word[:1].isupper() and wanted & set(document_tokens(word))):
            continue
        lead = _CLAUSE_BREAK.split(sentence[: match.start()])[-1]
        if _HEDGE.search(lead):
            continue
        if _COPULA.match(sentence, match.end()) or _NAMING.search(sentence, 0, match.start()):
            return True
        if _IS_THE_NAME.search(sentence, 0, match.start()):
            return True
        if _PRONOUN_COPULA.search(sentence, match.end()):
            return True
    return False


# "He is Tyler Durden.", "…, that she is Madeleine", "convinced Teddy is John G.": a pronoun or another name,
# "is", then the name: who someone turns out to be.
_IS_THE_NAME = re.compile(
    r"(?:^|[,;:—–] |\bthat |\bconvinced )(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|(?<!^)[A-Z][^\W\d_]+) (?:is|was|are|were) "
    r"(?:really |actually )?$"
)
# "Perhaps Rosebud was …", "Madeleine may be …": a guess, not what the story states.
_HEDGE = re.compile(r"\b(?:perhaps|maybe|possibly|might|may|could|seems?|apparently)\b", re.I)
# "Its painted name, Rosebud", "a girl called Nova", "known as Fallon": the name a thing goes by, right before it.
_NAMING = re.compile(r"\b(?:name[sd]?|called|known as|calls?)[,:]?\s+[\"“‘]?$", re.I)
# "…: she was the woman he knew as Madeleine": after a break, a pronoun and what they were.
_PRONOUN_COPULA = re.compile(r"[,;:—–]\s+(?:she|he|they|it) (?:was|is|were|are|had been|has been) (?:really )?\w", re.I)


def introduces(sentence: str, names: list[str]) -> bool:
    """Whether the sentence says what a name is by apposition: "the Zone, a barbed-wire-guarded area", "Tyler
    Durden, a soap salesman", "the shipbuilder Gavin Elster", "his wife Hari"."""
    return said_around(sentence, names, _APPOSITION_AFTER, _ROLE_BEFORE)


def said_around(sentence: str, names: list[str], after: re.Pattern[str], before: re.Pattern[str]) -> bool:
    """Whether a capitalised word holding one of `names` has `after` right after it or `before` right before it."""
    wanted = set(names)
    for match in re.finditer(r"[A-Z][^\W\d_]+(?:['’][^\W\d_]+)?", sentence):
        if not wanted & set(document_tokens(match.group())):
            continue
        if after.match(sentence, match.end()) or before.search(sentence, 0, match.start()):
            return True
    return False


# "the Zone, a …", "Teddy, who …", "Elster (an old friend …": what the name is, right after it (a surname may
# come between).
_APPOSITION_AFTER = re.compile(
    r"[\"”’]?(?: [A-Z][^\W\d_]+)?(?:(?:,| \() ?(?:a|an|the|his|her|their|one|who|whom)|,? (?:is|was|are|were))\b"
)
# "the shipbuilder Gavin Elster", "his wife Hari", "a girl called Nova": a role, right before the name.
# Generous, as it only keeps a name answered: "with his wife, Tracy", "Their commander, George Taylor".
_ROLE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)(?: [a-z][a-z-]+){1,3},? (?:[A-Z][^\W\d_]+ )?$")
# Strict, as it picks the sentence quoted: not "… keep her quiet, Paul considers" (a comma only after a one-word
# role that opens the sentence or a clause).
_A_ROLE_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their)(?: [a-z][a-z-]+){1,2} (?:[A-Z][^\W\d_]+ )?$"
    r"|(?:^|[,;:(] )(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir) [a-z][a-z-]+, (?:[A-Z][^\W\d_]+ )?$"
)


def says_what_they_are(sentence: str, people: list[str]) -> bool:
    """ "Leonard Shelby used to be an insurance claims investigator", "Dale Denton (Seth Rogen) is a 25-year-old
    process server", "the stage magician Alfred Borden": the person's name, then (past a surname, an actor in
    brackets or a comma) what they are; or a role right before the name."""
    return said_around(sentence, people, _WHAT_THEY_ARE, _A_ROLE_BEFORE)


_WHAT_THEY_ARE = re.compile(
    r"[\"”’]?(?: [A-Z][^\W\d_]+)*(?: \([^)]*\))?,? (?:is|was|used to be|works as|worked as|had been)"
    r"(?: once| still| now| already| [a-z]+ly)? (?:a|an)\b"
    r"|[\"”’]?(?: [A-Z][^\W\d_]+)*, (?:a|an) "
)
