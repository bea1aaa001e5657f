"""Where each passage sits in the story, as far as the document says: the share of the story it ends at, and the
time by which everything it tells is known to have happened.

Progress limits (`upto:40%`, `upto:1:12`) may show a passage only when it is *known* to lie before the limit, so
both figures are upper bounds, decided conservatively:

- Story passages are those of premise, plot and ending sections up to the last ending section. Other sections
  (trivia, notes, content warnings, a "twist explained" after the ending) are not part of the story's timeline,
  wherever they stand: where their text is a spoiler nothing says when it happens, so it is placed at the very
  end. So is a spoiler span inside a safe section, which tells of a later event out of order.
- A paragraph's time mark ("[1:12]") dates its opening: the paragraph's first passage is the scene at that
  minute, over a minute later (or by the next mark, when that comes sooner). The rest of it, and a passage without
  a mark, happen at or after the last mark before them and before the next mark after them (a paragraph may sum
  up half an hour: "Kane ran for governor … He married Susan … built an opera house"); so they are known to be
  over by the next *later* mark, and the last ones by the end of the film (its runtime). Word positions are never
  turned into times: pacing is not uniform, and a paragraph placed by its words can land before its own preceding
  mark. Marks that go backwards make the document contradict itself, and the passages they cover get no known
  time.
- A percentage limit is a share of the film. A passage is known to lie within it when it ends within that share
  of the story's words, or when its known time (above) is within that share of the runtime: a premise told at
  length puts the film's first scenes at a third of the words ("I've watched 40% of Citizen Kane" has seen the
  childhood its summary tells at 34–42% of its words, over by 0:30 of 1:59).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from corpus.models import STORY_KINDS, Passage, SectionKind
from corpus.text import word_count

# How long the scene a time mark dates is taken to last: marks are written to the minute ("[0:47]").
MARK_SPAN = 60


@dataclass(frozen=True, slots=True)
class Placement:
    start: float  # share of the story's words before the passage (0 for facts)
    end: float  # share of the story's words up to the passage's end (1.0 for text outside the story)
    known_by: int | None  # seconds into the film by which it has all happened; None when nothing says
    # `known_by` as a share of the runtime; None without both. A percentage limit is a share of the film: the
    # summary's words are one measure of it, the document's time marks (when it has them) another.
    known_share: float | None = None


def in_story(passages: Sequence[Passage]) -> list[bool]:
    """Which passages belong to the story's timeline: those of premise, plot and ending sections, except
    spoiler spans inside a safe section ("Bram finds a tin box. ||His father faked his death.||"): a writer
    marks those because they tell of later events out of order, so where they stand says nothing of when."""
    safe_sections = {p.section for p in passages if not p.spoiler}
    last_ending = max((i for i, p in enumerate(passages) if p.section_kind is SectionKind.ENDING), default=None)
    return [
        p.section_kind in STORY_KINDS
        and not (p.spoiler and p.section in safe_sections)
        and not _after_the_end(i, p, last_ending)
        for i, p in enumerate(passages)
    ]


def _after_the_end(index: int, passage: Passage, last_ending: int | None) -> bool:
    """Story text placed after the ending ("Twist explained" below the finale) retells, it does not go on: it
    has no place in the timeline."""
    return last_ending is not None and index > last_ending and passage.section_kind is not SectionKind.ENDING


def place(
    passages: Sequence[Passage], runtime_minutes: int | None, *, words: Sequence[int] | None = None
) -> list[Placement]:
    """The placement of each passage (given in story order); `words` spares counting when the caller knows."""
    story = in_story(passages)
    # Span text still takes up its place in the story's words (it is between the sentences around it).
    last_ending = max((i for i, p in enumerate(passages) if p.section_kind is SectionKind.ENDING), default=None)
    counted = [p.section_kind in STORY_KINDS and not _after_the_end(i, p, last_ending) for i, p in enumerate(passages)]
    counts = (
        list(words)
        if words is not None
        else [word_count(p.text) if c else 0 for p, c in zip(passages, counted, strict=True)]
    )
    total = sum(c for c, inside in zip(counts, counted, strict=True) if inside)
    film_end = runtime_minutes * 60 if runtime_minutes else None
    known = _known_by(passages, story, film_end)
    placements: list[Placement] = []
    done = 0
    for passage, inside, count, by, counts_words in zip(passages, story, counts, known, counted, strict=True):
        start = done / total if total else 0.0
        if counts_words:
            done += count
        if passage.section_kind is SectionKind.FACTS and not passage.spoiler:
            placements.append(Placement(0.0, 0.0, 0, 0.0))
        elif not inside:
            placements.append(Placement(1.0, 1.0, film_end, 1.0 if film_end else None))
        else:
            share = min(by / film_end, 1.0) if by is not None and film_end else None
            placements.append(Placement(min(start, 1.0), min(done / total if total else 1.0, 1.0), by, share))
    return placements


def _known_by(passages: Sequence[Passage], story: Sequence[bool], film_end: int | None) -> list[int | None]:
    """Per story passage, the first later time mark past every mark so far (the runtime after the last mark)."""
    marks = [p.time_mark if inside else None for p, inside in zip(passages, story, strict=True)]
    known: list[int | None] = [None] * len(passages)
    # Walk backwards remembering the next mark, so the whole film is one pass; `latest` is the running maximum
    # of marks from the start, computed forwards first.
    latest: list[int | None] = []
    running: int | None = None
    for mark in marks:
        if mark is not None:
            running = mark if running is None else max(running, mark)
        latest.append(running)
    following: list[int] = []  # the marks after the current position, nearest last
    for index in range(len(passages) - 1, -1, -1):
        if story[index] and (mark := marks[index]) is not None and _opens(passages, index):
            known[index] = _dated(mark, following, latest[index])
        elif story[index]:
            known[index] = _bound(following, latest[index], film_end)
        if (mark := marks[index]) is not None:
            following.append(mark)
    return known


def _opens(passages: Sequence[Passage], index: int) -> bool:
    """Whether the passage is the first of its marked paragraph (the passages of one paragraph share its mark)."""
    before = passages[index - 1] if index else None
    return before is None or before.time_mark != passages[index].time_mark or before.section != passages[index].section


def _dated(mark: int, following: list[int], latest: int | None) -> int | None:
    # The opening its mark dates is the scene at that minute: a viewer a minute past the mark has seen it (sooner
    # when the next mark comes sooner). Marks going backwards around it contradict the document: no time.
    later = next((m for m in reversed(following) if m != mark), None)
    if (latest is not None and mark < latest) or (later is not None and later < mark):
        return None
    return mark + MARK_SPAN if later is None else min(mark + MARK_SPAN, later)


def _bound(following: list[int], latest: int | None, film_end: int | None) -> int | None:
    # `following` holds later marks, nearest last. Marks equal to the latest one continue the same moment (a long
    # timed paragraph cut into passages, or two paragraphs marked alike) and bound nothing.
    for mark in reversed(following):
        if latest is not None and mark == latest:
            continue
        if latest is not None and mark < latest:
            return None  # the marks go backwards: the document contradicts itself here
        return mark
    if film_end is None or (latest is not None and latest > film_end):
        return None
    return film_end
