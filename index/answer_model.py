"""What the answering core returns: everything in it is what a user may be shown."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from corpus.models import Titled


class Status(StrEnum):
    ANSWERED = "answered"
    WITHHELD = "withheld"
    NOT_FOUND = "not_found"
    AMBIGUOUS = "ambiguous"


class Hold(StrEnum):
    """Why an answer was withheld, so that a transport can suggest the action that fits."""

    SPOILERS_OFF = "spoilers_off"  # the asker has no opt-in for this film here
    PAST_LIMIT = "past_limit"  # the asker opted in up to a point, and the answer lies after it
    FILM_OFF = "film_off"  # spoilers are off for this film here, though on for others: the narrower choice won
    # A Reveal click lifted an "off" and kept the asker's own progress limit, past which the answer lies: only
    # raising the limit helps (another click would keep it again).
    LIMIT_KEPT = "limit_kept"


class FilmRef(Titled, BaseModel):
    id: str
    title: str
    year: int | None = None


class ShownPassage(BaseModel):
    film_id: str
    section: str
    text: str
    spoiler: bool
    position: float
    score: float


class Answer(BaseModel):
    question: str
    status: Status
    film: FilmRef | None = None
    answer: str = ""
    passages: list[ShownPassage] = Field(default_factory=list)
    # For `ambiguous` the candidate films, for `not_found` the nearest titles (titles only, never plot text).
    choices: list[FilmRef] = Field(default_factory=list)
    # The spoiler scope that applied, in words ("spoilers off"), for footers.
    scope: str = "spoilers off"
    # Citation for the answer excerpt: section heading and position in the plot (0–1).
    cited_section: str | None = None
    cited_position: float | None = None
    # True when any shown passage is spoiler-tagged: transports use it to decide where the answer may go.
    contains_spoilers: bool = False
    # For `withheld`: why, so the reply can say what to do about it (never anything about what is hidden).
    hold: Hold | None = None
    # For `withheld`: the visible text hardly speaks of the question, so the refusal is worded not to confirm it.
    unsure: bool = False
    # The question as read when it was asked again of another film or person ("and The Prestige?" after "who
    # directed Memento?" is read as "who directed"): what a next "and …?" asks again. Not part of the reply.
    read_as: str | None = Field(default=None, exclude=True)

    @property
    def names_no_film(self) -> bool:
        """A refusal about a film the asker did not name, which it may not name either (`UNNAMED_WITHHELD`). A Reveal
        click asks it again as if they had spoilers on, whichever film their words then find (`FilmService.reveal`);
        every such refusal offers it, so that offering it confirms nothing."""
        return self.status is Status.WITHHELD and self.film is None and self.answer == UNNAMED_WITHHELD


def withheld_text(title: str, *, unsure: bool = False) -> str:
    """The wording of a refusal: it depends on the film's title and on what the asker can see, never on what is
    hidden. `unsure`: the visible text hardly speaks of the question, so the refusal must not sound as if it
    confirmed it. What the asker can do about it depends on the transport (`/spoilers on`, `--spoilers on`),
    which adds it from `Answer.hold`."""
    if unsure:
        return f"Nothing I may show you about {title} answers that: it may be a spoiler, or not in its summary."
    return f"That would spoil {title}, so I'm keeping it hidden."


# A refusal about a film the asker did not name: naming it would confirm that its hidden part fits the question.
# Under a progress limit a passage shows only once the summary places it before the limit (corpus/timeline.py), so
# a refusal there cannot say the answer *does* lie past it.
PAST_LIMIT_NOTE = "It may lie past your progress limit (only what the summary places before it shows)"
UNNAMED_WITHHELD = (
    "That may be a spoiler, and you didn't say which film you mean. Name the film in your question (or pick it "
    "with the film option) and ask again."
)
