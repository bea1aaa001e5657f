"""Sections → passages: whole sentences, about 25–60 words, never mixing spoiler and safe text."""

from __future__ import annotations

from dataclasses import dataclass

from corpus.models import Facts, Film, Paragraph, Passage, Section, SectionKind, display_title
from corpus.text import split_sentences, word_count
from corpus.timeline import place

# Small passages: an answer is one or two sentences, and a long passage pushes it past what an asker reads
# first (the engine shows up to three). On the NarrativeQA dev questions 25/40/60 put the answer in the first
# 100 words shown far more often than 60/100/150 (bench/RESULTS.md).
MIN_WORDS = 25
TARGET_WORDS = 40
MAX_WORDS = 60
FACTS_HEADING = "Facts"


def facts_paragraphs(title: str, year: int | None, aliases: list[str], facts: Facts) -> list[str]:
    """Facts as plain sentences, so that BM25 matches questions like "who directed it" or "how long is it"."""
    name = display_title(title, year)
    paragraphs: list[str] = []
    if facts.director:
        paragraphs.append(f"{name} was directed by {facts.director}. Director: {facts.director}.")
    else:
        paragraphs.append(f"Title: {name}.")
    if aliases:
        paragraphs.append(f"{title} is also known as {', '.join(aliases)}.")
    if facts.runtime_minutes:
        sentence = f"Runtime: {facts.runtime_minutes} minutes"
        hours, minutes = divmod(facts.runtime_minutes, 60)
        if hours:
            length = f"{hours} hour{'s' if hours > 1 else ''}"
            if minutes:
                length += f" {minutes} minute{'s' if minutes > 1 else ''}"
            sentence += f"; it runs {length} long"
        paragraphs.append(sentence + ".")
    if facts.language:
        paragraphs.append(f"Language: {facts.language}. It is in {facts.language}.")
    if year:
        paragraphs.append(f"Year: {year}. Released in {year}.")
    if facts.country:
        paragraphs.append(f"Country: {facts.country}. It was made in {facts.country}.")
    if facts.writer:
        paragraphs.append(f"Writer: {facts.writer}. Written by {facts.writer}.")
    if facts.genre:
        paragraphs.append(f"Genre: {facts.genre}.")
    if facts.cast:
        # The people only: a part's name here would make the facts passage the best match for a question about
        # that character's story ("what's Kelvin's job?"). The answer to a cast question gives the parts
        # (`answer.fact_excerpt`).
        actors = facts.actors()
        paragraphs.append(f"Cast: {', '.join(actors)}. Starring {_and_list(actors)}.")
    paragraphs.extend(
        f"{key}: {value}." if value[-1] not in ".!?" else f"{key}: {value}"
        for key, value in facts.extra.items()
        if value
    )
    return paragraphs


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def facts_section(film: Film, notes: list[str] | None = None) -> Section:
    texts = facts_paragraphs(film.title, film.year, film.aliases, film.facts) + list(notes or [])
    return Section(
        heading=FACTS_HEADING, kind=SectionKind.FACTS, spoiler=False, paragraphs=[Paragraph(text=t) for t in texts]
    )


@dataclass
class _Chunk:
    section: Section
    sentences: list[str]
    words: int
    spoiler: bool
    time_mark: int | None


def _chunk_section(section: Section) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    current: _Chunk | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current.sentences:
            chunks.append(current)
        current = None

    for paragraph in section.paragraphs:
        # A spoiler section's paragraph is a spoiler whatever its own flag says (hand-written JSON).
        text, spoiler, mark = paragraph.text, section.spoiler or paragraph.spoiler, paragraph.time_mark
        # A new passage starts at a spoiler boundary and at every time mark, so a passage's time mark is
        # never earlier than a paragraph it contains.
        if current is not None and (current.spoiler != spoiler or mark is not None):
            close()
        for sentence in split_sentences(text):
            words = word_count(sentence)
            if current is not None and current.words + words > MAX_WORDS:
                close()
            if current is None:
                current = _Chunk(section, [], 0, spoiler, mark)
            current.sentences.append(sentence)
            current.words += words
            if current.words >= TARGET_WORDS:
                close()
        # Prefer ending passages where paragraphs end, once they are long enough; a timed paragraph always
        # ends its passage, so untimed text after it is not shown under the earlier time mark.
        if current is not None and (current.words >= MIN_WORDS or mark is not None):
            close()
    close()
    return _merge_short_tails(chunks)


def _merge_short_tails(chunks: list[_Chunk]) -> list[_Chunk]:
    """Fold a short chunk into the one before when they agree on spoiler and time mark and stay small."""
    merged: list[_Chunk] = []
    for chunk in chunks:
        previous = merged[-1] if merged else None
        mergeable = (
            previous is not None
            and chunk.words < MIN_WORDS
            and previous.spoiler == chunk.spoiler
            and chunk.time_mark is None
            and previous.time_mark is None
            and previous.words + chunk.words <= MAX_WORDS
        )
        if mergeable:
            assert previous is not None
            previous.sentences.extend(chunk.sentences)
            previous.words += chunk.words
        else:
            merged.append(chunk)
    return merged


def build_passages(film: Film) -> list[Passage]:
    """All passages of a film in story order; facts first (from a Facts section, or from `film.facts`)."""
    sections = list(film.sections)
    if not any(section.kind is SectionKind.FACTS for section in sections):
        sections.insert(0, facts_section(film))
    passages: list[Passage] = []
    words: list[int] = []
    for section in sections:
        for chunk in _chunk_section(section):
            passages.append(
                Passage(
                    film_id=film.id,
                    section=section.heading,
                    section_kind=section.kind,
                    ordinal=len(passages),
                    text=" ".join(chunk.sentences),
                    spoiler=chunk.spoiler,
                    position=0.0,
                    position_end=0.0,
                    time_mark=chunk.time_mark,
                )
            )
            words.append(chunk.words)
    # Positions are shares of the story alone (corpus/timeline.py): trivia after the ending must not make the
    # ending look as if it finished before 100%.
    for passage, placement in zip(passages, place(passages, film.facts.runtime_minutes, words=words), strict=True):
        passage.position, passage.position_end = placement.start, placement.end
    return passages
