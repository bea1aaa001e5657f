"""How something in a story started ("how does the club start?", "how did the fighting begin?"): the first sentence
the reader may see that tells of it, with what leads up to it in its passage."""

from __future__ import annotations

import re
from collections.abc import Collection

from index.after_an_event import same_root
from index.answer import MAX_CHARS, Excerpt, said_in_any_form
from index.film_index import VisibleIndex
from index.tokenize import document_tokens, query_tokens

# "how does the club start?", "how did the fighting begin", "how does fight club get started", "who started the
# club?", "how do they start fighting?": what is asked is where the thing named first comes up.
_STARTED = re.compile(
    r"^\W*(?:how (?:does|did|do) (?:the |their |his |her )?(?!(?:they|he|she|it|you|we|i)\b)"
    r"(?P<thing>[\w'’-]+(?: [\w'’-]+)?)"
    r" (?:start|begin|get started|got started|come about|come to be)"
    r"|how (?:do|did|does) (?:they|he|she|the \w+) (?:start|begin) (?P<doing>\w+ing)"
    r"|who (?:started|founded|began|formed) (?:the )?(?P<founded>[\w'’-]+(?: [\w'’-]+)?))\b",
    re.I,
)
# The film itself has an opening, which `ending`/overview rules answer: "how does the film start?".
_THE_FILM = frozenset(query_tokens("film movie story it plot one"))
# A sentence may lead up to the start with this many before it in its passage.
LEAD_UP = 2


def asked_how_it_started(question: str, names: Collection[Collection[str]]) -> list[str] | None:
    """The terms of what a question asks how it started; None when it asks no such thing, or asks how the film
    itself starts (`names`: the terms of each of its names, title and aliases; the film "starts" with its opening,
    except when it was founded or "got started": "how does fight club get started?" asks after the club in it)."""
    found = _STARTED.search(question.strip())
    if found is None:
        return None
    thing = found["thing"] or found["doing"] or found["founded"]
    terms = [t for t in query_tokens(thing) if t not in _THE_FILM]
    if not terms:
        return None
    founded = found["founded"] is not None or re.search(r"\b(?:get|got) started\b", found.group(), re.I)
    if any(name and set(name) <= set(terms) for name in names) and not founded:
        return None
    return terms


def _holds(tokens: Collection[str], term: str) -> bool:
    # In any form of its word ("fights" for "fighting"), or another part of speech of it.
    return said_in_any_form(term, tokens) or any(same_root(term, t) for t in tokens)


def start_excerpt(terms: list[str], visible: VisibleIndex) -> Excerpt | None:
    """The first visible story sentence holding every term, with up to `LEAD_UP` sentences before it in its passage
    when they fit ("Outside a bar, Tyler asks the Narrator to hit him … The fight makes them both feel alive …");
    None when no visible sentence tells of it."""
    story = visible.story_sentences()
    for index, (sentence, passage) in enumerate(story):
        if not all(_holds(set(document_tokens(sentence)), t) for t in terms):
            continue
        text = sentence
        for back in range(1, LEAD_UP + 1):
            if index - back < 0 or story[index - back][1] is not passage:
                break
            longer = f"{story[index - back][0]} {text}"
            if len(longer) > MAX_CHARS:
                break
            text = longer
        return Excerpt(text, passage, passage.section)
    return None
