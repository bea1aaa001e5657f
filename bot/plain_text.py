"""Answers as plain text for people at a terminal or a command line, and as JSON for programs."""

from __future__ import annotations

from typing import Literal

from index.answer_model import PAST_LIMIT_NOTE, Answer, Hold, Status

Where = Literal["terminal", "cli"]

# What the asker can do about a refusal, in the words of the transport they are using.
_HINTS: dict[tuple[Where, Hold], str] = {
    ("terminal", Hold.SPOILERS_OFF): "Turn spoilers on with /spoilers on, or type /reveal to see this answer once.",
    ("terminal", Hold.PAST_LIMIT): f"{PAST_LIMIT_NOTE}: raise it with /spoilers on upto:…, or type /reveal to see "
    "this answer once.",
    ("terminal", Hold.FILM_OFF): "Spoilers are off for {title} here: turn them on with /spoilers on film:{title}, "
    "or type /reveal to see this answer once.",
    ("cli", Hold.SPOILERS_OFF): "Ask again with --spoilers on to see it.",
    ("cli", Hold.FILM_OFF): "Ask again with --spoilers on to see it.",
    ("cli", Hold.PAST_LIMIT): f"{PAST_LIMIT_NOTE}: ask again with a later --spoilers upto:… or --spoilers on.",
    ("terminal", Hold.LIMIT_KEPT): f"{PAST_LIMIT_NOTE}: raise it with /spoilers on upto:… to see it.",
    ("cli", Hold.LIMIT_KEPT): f"{PAST_LIMIT_NOTE}: ask again with a later --spoilers upto:… or --spoilers on.",
}

# The same for a refusal that names no film: the asker may still see the answer, whichever film it is from.
_UNNAMED_HINTS: dict[Where, str] = {
    "terminal": "Or type /reveal to see the answer once.",
    "cli": "Or ask again with --spoilers on to see it.",
}


def answer_json(answer: Answer) -> str:
    return answer.model_dump_json(exclude={"contains_spoilers"})


def answer_text(answer: Answer, where: Where = "terminal") -> str:
    """The readable form: the film, the answer or refusal with what to do about it, its source and scope."""
    lines: list[str] = []
    if answer.film is not None:
        lines.append(f"{answer.film.display_title}:")
    if answer.status is Status.AMBIGUOUS:
        names = ", ".join(ref.display_title for ref in answer.choices)
        if not names or all(ref.display_title in answer.answer for ref in answer.choices):
            # ("The oldest of my films is Citizen Kane (1941).": the choice is named already.)
            lines.append(answer.answer or "Which film do you mean?")
        elif answer.answer.endswith(":"):
            # "I have 2 films by Alfred Hitchcock:" introduces them.
            lines.append(f"{answer.answer} {names}.")
        else:
            lines.append(f"{answer.answer} ({names})")
    elif answer.status is Status.NOT_FOUND:
        lines.append(answer.answer or "I don't know that film.")
        if answer.choices and "Did you mean" not in answer.answer:
            lines.append("Did you mean: " + ", ".join(ref.display_title for ref in answer.choices) + "?")
    else:
        lines.append(answer.answer)
        if answer.status is Status.WITHHELD and answer.film is not None and answer.hold is not None:
            lines.append(_HINTS[(where, answer.hold)].format(title=answer.film.title))
        elif answer.names_no_film and answer.hold is not Hold.LIMIT_KEPT:
            lines.append(_UNNAMED_HINTS[where])
    if answer.status is Status.ANSWERED and answer.cited_section:
        where_in = f", {answer.cited_position:.0%} into the plot" if answer.cited_position else ""
        lines.append(f"  — {answer.cited_section}{where_in}")
    lines.append(f"  ({answer.scope})")
    return "\n".join(lines)
