"""Checks on film titles that a parser cannot make: look-alike letters from other alphabets."""

from __future__ import annotations

import re
import unicodedata

# Alphabets whose letters look alike ("а" Cyrillic, "a" Latin): mixing them inside one word is how a title is
# made to impersonate another in autocomplete. Words wholly in one alphabet ("Солярис") are fine.
_CONFUSABLE_SCRIPTS = frozenset(("LATIN", "CYRILLIC", "GREEK"))
_WORD = re.compile(r"[^\W\d_]+")


def _script(letter: str) -> str:
    return unicodedata.name(letter, "UNKNOWN").split(" ", 1)[0]


def look_alike_problem(name: str) -> str | None:
    """A one-line reason when a word of `name` mixes look-alike alphabets, else None."""
    for word in _WORD.findall(unicodedata.normalize("NFKC", name)):
        scripts = {_script(letter) for letter in word} & _CONFUSABLE_SCRIPTS
        if len(scripts) > 1:
            names = " and ".join(sorted(script.title() for script in scripts))
            return f"the title word {word!r} mixes {names} letters; retype it in one alphabet"
    return None
