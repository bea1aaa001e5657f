"""The pydantic models every layer shares: a film, its sections and its passages."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = 1


class SectionKind(StrEnum):
    FACTS = "facts"
    PREMISE = "premise"
    PLOT = "plot"
    ENDING = "ending"
    OTHER = "other"


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


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")

    heading: str
    kind: SectionKind
    spoiler: bool
    # Paragraphs as cleaned text. Inline spoiler spans (||…||, >!…!<) are already split out into their own
    # paragraphs by the parser with `spoiler_paragraphs` marking them, so no paragraph mixes the two.
    paragraphs: list[str] = Field(default_factory=list)
    spoiler_paragraphs: list[bool] = Field(default_factory=list)
    time_marks: list[int | None] = Field(default_factory=list)


class Film(BaseModel):
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

    @field_validator("title")
    @classmethod
    def _strip_title(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("title is empty")
        return value

    @property
    def display_title(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title

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
