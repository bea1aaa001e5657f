"""The credits and facts a film's card lists beyond the usual ones ("Cinematographer: Gregg Toland", "Studio: RKO
Radio Pictures"), found when a question asks for one by its name or an everyday other name ("who shot it, like
the cinematographer?", "director of photography", "who did the music?")."""

from __future__ import annotations

import re
from collections.abc import Collection

from corpus.models import Film, SectionKind
from index.answer import Excerpt
from index.film_index import VisibleIndex
from index.tokenize import normalize, query_tokens

# Other names a card's key goes by, as people ask for it (the key's own words count too).
_ASKED_AS = {
    "cinematographer": r"cinematograph\w*|director of photography|\b(?:dop|dp)\b|camera ?work|camera ?man|who filmed",
    "composer": r"compos\w+|music by|who did the music|who wrote the music|soundtrack",
    "studio": r"\b(?:which|what) studio\b|\bstudio (?:made|produced|behind|released)\b|production company",
    "editor": r"\beditor\b|edited by|who edited|\bediting\b",
    "producer": r"\bproducers?\b|produced by|who produced",
}


_HAPPENS = re.compile(r"\bhappen")


def _the_film_photographed(key: str, typed: str, film: Film) -> bool:
    """ "Who photographed Citizen Kane?": the film named after the verb, not someone in its story, was shot."""
    if key.lower() != "cinematographer":
        return False
    titles = "|".join(re.escape(normalize(name)) for name in (film.title, *film.aliases))
    return re.search(rf"\bwho (?:photographed|lensed|shot|filmed) (?:{titles})\b", typed) is not None


def extra_asked(question: str, film: Film, telling: Collection[str]) -> tuple[str, str] | None:
    """The card entry (key, value) the question asks for, if the film's card lists one it names: by one of its
    other names, or by its own words when the question asks nothing else (`telling`: its terms beside the title;
    "what happens at the studio?" asks of a place in the story)."""
    typed = normalize(question)
    for key, value in film.facts.extra.items():
        pattern = _ASKED_AS.get(key.lower())
        named = set(query_tokens(key))
        if (
            (pattern is not None and re.search(pattern, typed))
            or _the_film_photographed(key, typed, film)
            or (named and telling and set(telling) <= named and not _HAPPENS.search(typed))
        ):
            return key, value
    return None


def extra_excerpt(question: str, film: Film, visible: VisibleIndex, telling: Collection[str]) -> Excerpt | None:
    """The card's line for the entry asked ("Cinematographer: Gregg Toland."), cited from the facts passage that
    holds it; None when none is asked or the asker may not see it."""
    asked = extra_asked(question, film, telling)
    if asked is None:
        return None
    key, value = asked
    line = f"{key}: {value}"
    for passage in visible.passages:
        if passage.section_kind is SectionKind.FACTS and line in passage.text:
            return Excerpt(line if line.endswith((".", "!", "?")) else line + ".", passage, passage.section)
    return None
