"""The pydantic models every layer shares: a film, its sections and its passages."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

# The shape of a Film document (an export, or the `document` column of a database). 2: a section's paragraphs
# are one list of `Paragraph`s; 1 gave them as three parallel lists, which still load (`Section`).
SCHEMA_VERSION = 2


def display_title(title: str, year: int | None) -> str:
    """A film's name as people read it: "Stalker (1979)", or the title alone when the year is unknown."""
    return f"{title} ({year})" if year else title


class Titled:
    """`display_title` for the models that name a film (Film, a stored film's row, a reference in an answer)."""

    if TYPE_CHECKING:  # declared by each model itself; pydantic would take these for fields of their own
        title: str
        year: int | None

    @property
    def display_title(self) -> str:
        return display_title(self.title, self.year)


class SectionKind(StrEnum):
    FACTS = "facts"
    PREMISE = "premise"
    PLOT = "plot"
    ENDING = "ending"
    OTHER = "other"


# The sections that tell the story in order (facts and trivia stand outside it).
STORY_KINDS = frozenset((SectionKind.PREMISE, SectionKind.PLOT, SectionKind.ENDING))


class Facts(BaseModel):
    """What a film *is*, never what happens in it: these are always safe to show."""

    model_config = ConfigDict(extra="forbid")

    director: str | None = None
    runtime_minutes: int | None = Field(default=None, ge=1, le=2000)
    language: str | None = None
    country: str | None = None
    cast: list[str] = Field(default_factory=list)
    writer: str | None = None
    genre: str | None = None
    # Any other `Key: value` header a document gives (e.g. "Producer"), kept verbatim.
    extra: dict[str, str] = Field(default_factory=dict)

    def actors(self) -> list[str]:
        """The cast's people without the parts they play: "Janet Leigh as Marion Crane" is Janet Leigh. A part is a
        character of the story, never a maker of the film."""
        return [actor for entry in self.cast if (actor := actor_and_part(entry)[0])]


# How a cast entry names the part: "Janet Leigh as Marion Crane".
_AS_A_PART = re.compile(r"\s+as\s+", re.I)


def actor_and_part(entry: str) -> tuple[str, str | None]:
    """A cast entry read as the person and the part they play, when the entry gives one."""
    actor, *part = (piece.strip() for piece in _AS_A_PART.split(entry, maxsplit=1))
    return actor, (part[0] or None) if part else None


class Passage(BaseModel):
    """The unit BM25 scores and the bot shows: whole sentences, one spoiler flag."""

    model_config = ConfigDict(extra="forbid")

    film_id: str
    section: str  # heading of the section it came from
    section_kind: SectionKind
    ordinal: int = Field(ge=0)  # order within the film
    text: str = Field(min_length=1)
    spoiler: bool
    # Where the passage starts and ends in the story, as fractions of the narrative words (premise, plot,
    # ending: 0 = opening, 1 = the end). Facts passages sit at 0.
    position: float = Field(ge=0.0, le=1.0)
    position_end: float = Field(ge=0.0, le=1.0)
    # Seconds into the film when the document gives a time mark such as "1:12" (h:mm) for this passage.
    time_mark: int | None = Field(default=None, ge=0)
    # The text's terms as the store kept them (corpus/terms.py's `stored_terms`), when it kept them under today's
    # tokenizer: the index reads them instead of tokenizing the text again. Private, so never part of a
    # document or an export; None for a passage not read from a store (or stored before terms were).
    _stored_terms: str | None = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        # The stored terms are a copy of what the text gives, so they never make two passages differ (pydantic
        # would compare private attributes too).
        if not isinstance(other, Passage):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable, as every unfrozen model

    @property
    def stored_terms(self) -> str | None:
        return self._stored_terms

    def keep_terms(self, terms: str | None) -> Passage:
        """Attach the terms the store kept for this text (the store alone calls this, when it reads the passage)."""
        self._stored_terms = terms
        return self


class Paragraph(BaseModel):
    """One cleaned paragraph, wholly spoiler or wholly safe: the parsers split inline spoiler spans (||…||,
    >!…!<) out into paragraphs of their own, so no paragraph mixes the two."""

    model_config = ConfigDict(extra="forbid")

    text: str
    spoiler: bool = False
    # Seconds into the film where the document marks the paragraph's start ("[1:12]"), if it does.
    time_mark: int | None = Field(default=None, ge=0)


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")

    heading: str
    kind: SectionKind
    # A spoiler section's paragraphs are all spoiler, whatever their own flags say.
    spoiler: bool
    paragraphs: list[Paragraph] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_parallel_lists(cls, data: Any) -> Any:
        """Schema 1 gave a section's paragraphs as texts, with their spoiler flags (`spoiler_paragraphs`) and
        time marks (`time_marks`) in lists of their own; exports people keep and databases in use hold that
        shape. A text without a flag is safe (within its section) and one without a mark has none, as then."""
        if not isinstance(data, dict):
            return data
        paragraphs = data.get("paragraphs")
        old = "spoiler_paragraphs" in data or "time_marks" in data
        if not isinstance(paragraphs, list) or not (old or any(isinstance(p, str) for p in paragraphs)):
            return data
        data = dict(data)
        flags, marks = data.pop("spoiler_paragraphs", []), data.pop("time_marks", [])
        if not isinstance(flags, list) or not isinstance(marks, list):
            raise ValueError("spoiler_paragraphs and time_marks must be lists, one entry per paragraph")
        data["paragraphs"] = [
            {
                "text": text,
                "spoiler": flags[index] if index < len(flags) else False,
                "time_mark": marks[index] if index < len(marks) else None,
            }
            if isinstance(text, str)
            else text
            for index, text in enumerate(paragraphs)
        ]
        return data


class Film(Titled, BaseModel):
    model_config = ConfigDict(extra="forbid")

    schema_version: int = SCHEMA_VERSION
    id: str = ""  # filled by `assign_id` from title, year and scope
    title: str = Field(min_length=1, max_length=200)
    year: int | None = Field(default=None, ge=1870, le=2100)
    aliases: list[str] = Field(default_factory=list)
    facts: Facts = Field(default_factory=Facts)
    # None: global (bundled or loaded from the command line). Otherwise the Discord guild that owns it.
    guild_id: int | None = None
    source_file: str | None = None
    content_hash: str | None = None
    loaded_by: str | None = None
    loaded_at: datetime | None = None
    sections: list[Section] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)

    @field_validator("schema_version")
    @classmethod
    def _current_shape(cls, value: int) -> int:
        """An older document has been read into today's shape (see `Section`); a newer one may mean things this
        version cannot know, so it is refused rather than half understood."""
        if value > SCHEMA_VERSION:
            raise ValueError(f"written by a newer filmbot (schema {value}); this one reads up to {SCHEMA_VERSION}")
        return SCHEMA_VERSION

    @field_validator("title")
    @classmethod
    def _strip_title(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("title is empty")
        return value

    def assign_id(self) -> Film:
        self.id = film_id(self.title, self.year, self.guild_id)
        for passage in self.passages:
            passage.film_id = self.id
        return self

    def stamp(self, loaded_by: str | None) -> Film:
        self.loaded_by = loaded_by
        self.loaded_at = datetime.now(UTC)
        return self


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    # Titles with no Latin letters (e.g. "Сталкер") still need distinct ids.
    return slug or "film-" + hashlib.sha1(text.encode()).hexdigest()[:10]


def film_id(title: str, year: int | None, guild_id: int | None) -> str:
    """Stable id: the same title, year and owner always give the same id, so a reload replaces."""
    base = slugify(title) + (f"-{year}" if year else "")
    return base if guild_id is None else f"{base}@{guild_id}"
