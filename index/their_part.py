"""The part a cast member just named plays, asked of them by a pronoun: "who stars in Planet of the Apes?" then
"what's his character called?", "is kim novak in vertigo" then "who does she play", "who plays mills in se7en" then
"and in fight club who does he play". The pronoun stands for the actor the last question, or its answer, named."""

from __future__ import annotations

import re

from corpus.models import Film, actor_and_part

# "his character", "her role", "his part"; "he plays", "who does she play".
_THEIR_PART = re.compile(
    r"\b(?:(?P<own>his|her)\s+(?:character|role|part)\b|(?P<subject>he|she)\s+(?:play|plays|played|playing)\b)",
    re.I,
)


def asked(question: str) -> bool:
    """Whether the question asks a part by a pronoun for whoever plays it."""
    return _THEIR_PART.search(question) is not None


def actor_named(text: str, film: Film) -> str | None:
    """The film's cast member whose whole name comes first in `text`; None when it names none."""
    found = [
        (hit.start(), actor)
        for actor in (actor_and_part(entry)[0] for entry in film.facts.cast)
        if (hit := re.search(rf"\b{re.escape(actor)}\b", text, re.I)) is not None
    ]
    return min(found)[1] if found else None


def of_the_actor(question: str, actor: str) -> str:
    """The question with its pronoun put as the actor's name: "what's his character called?" → "what's Charlton
    Heston's character called?"."""
    found = _THEIR_PART.search(question)
    if found is None:
        return question
    if found["own"] is not None:
        return f"{question[: found.start('own')]}{actor}'s{question[found.end('own') :]}"
    return f"{question[: found.start('subject')]}{actor}{question[found.end('subject') :]}"
