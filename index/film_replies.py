"""What the bot says when it cannot tell the film: which film is meant, that it is not one we have (with the nearest
titles), a refusal that names no film, and the pointer to /help."""

from __future__ import annotations

import re

from index.answer_model import UNNAMED_WITHHELD, Answer, FilmRef, Hold, Status
from index.catalog import Resolution, match_key
from index.tokenize import normalize

IN_ENGLISH = 'I can only read questions in English, e.g. "who directed Stalker?". Type /help to see what I can do.'


SMALL_TALK = (
    'I answer questions about films from their plot summaries, e.g. "who directed Stalker?". '
    "Type /help to see what I can do."
)


NAMED_NOWHERE = "None of my films' summaries mention {name}. Type /film list to see the films I know."


# How many films "what films do you have?" lists before pointing at /film list.
FILMS_LISTED = 20


NONE_FITS = (
    "None of my films' summaries speaks of that. Type /film list to see the films I know, or /help for what I can do."
)
WHICH_FILM = "Which film do you mean? Name it in your question, or pick it with the film option."


def not_ours(question: str, title: str, nearest: list[FilmRef], described: str) -> Answer:
    text = f"I don't have {title[:100]}.{_did_you_mean(nearest)} A moderator can add its summary with `/film add`."
    # Read without the title, so that "rashomon then?" after "who directed seven samurai" asks it of Rashomon.
    asked = " ".join(re.sub(re.escape(title), " ", question, flags=re.I).split())
    return no_film(question, Status.NOT_FOUND, text, described, nearest).model_copy(update={"read_as": asked})


def unresolved(question: str, film_arg: str, resolution: Resolution, described: str) -> Answer:
    if resolution.status is Status.AMBIGUOUS:
        return ambiguous(question, film_arg, resolution.choices, described)
    text = f"I don't know a film called {film_arg.strip()[:100]!r}.{_did_you_mean(resolution.choices[:3])}"
    return no_film(question, Status.NOT_FOUND, text, described, resolution.choices)


def ambiguous(question: str, name: str, choices: list[FilmRef], described: str) -> Answer:
    names = ", ".join(ref.display_title for ref in choices[:5])
    text = f"Several films match {name.strip()[:100]!r}: {names}. Add the year."
    return no_film(question, Status.AMBIGUOUS, text, described, choices)


def unnamed_refusal(question: str, described: str, hold: Hold = Hold.SPOILERS_OFF) -> Answer:
    """A refusal that names no film: the asker named none, and naming the one their words fit could confirm what
    its hidden text says."""
    return Answer(question=question, status=Status.WITHHELD, scope=described, answer=UNNAMED_WITHHELD, hold=hold)


def no_film(question: str, status: Status, text: str, described: str, choices: list[FilmRef] | None = None) -> Answer:
    """An answer about no one film: which film is meant, or that it is not one we have. `described`: the scope
    in words; `choices`: the films offered (titles only)."""
    return Answer(
        question=question, status=status, choices=_as_named(question, choices or []), scope=described, answer=text
    )


def _as_named(question: str, choices: list[FilmRef]) -> list[FilmRef]:
    """The films offered, those the question names by title in the order it names them ("did the same guy direct
    memento and the prestige?": Memento first, so "the second one" is The Prestige), the others after."""
    typed = normalize(question)

    def at(ref: FilmRef) -> int:
        found = typed.find(match_key(ref.title))
        return found if found >= 0 else len(typed)

    return sorted(choices, key=at)


def _did_you_mean(refs: list[FilmRef]) -> str:
    return " Did you mean " + ", ".join(ref.display_title for ref in refs) + "?" if refs else ""


def films_counted(films: int) -> str:
    return "one film" if films == 1 else f"{films} films"
