"""What a progress limit may show, worked out here from a film's sections paragraph by paragraph: an oracle for
the benchmarks and tests, written apart from corpus/timeline.py so that a mistake there is not repeated here.

The rule it checks (issue 9): a time mark dates the opening of its paragraph, the scene of that minute: the
paragraph's first passage is over a minute after the mark (or by the next mark, if sooner). The rest of that
paragraph, and a paragraph without a mark, happen at or after the last mark before them and before the next one.
A spoiler passage may be shown under `upto:T` only when every paragraph it draws on is known to be over by T: by
the next later mark, or by the runtime after the last mark (its opening, by its own mark). Under `upto:F%` (a
share of the film), only when it ends at or before F of the story's words, or is known so to be over by F of the
runtime. Text outside the story (any section that is no premise, plot or
ending, or comes after the last ending, such as trivia, content notes or a "twist explained") and spoiler spans
inside a safe section (told out of order on purpose) are placed at the very end. When the
document does not say, nothing is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.models import Film, SectionKind

_STORY = (SectionKind.PREMISE, SectionKind.PLOT, SectionKind.ENDING)


@dataclass(frozen=True)
class Bound:
    fraction: float  # share of the story's words up to the passage's end
    seconds: int | None  # the passage is known to be over by then; None: nothing says
    runtime: int | None = None  # the film's, in seconds


@dataclass
class _Paragraph:
    text: str
    mark: int | None
    start: int = 0  # character offsets in the section's joined text
    end: int = 0
    over_by: int | None = None
    opening_by: int | None = None  # a marked paragraph's opening scene is over by then


def passage_bounds(film: Film) -> dict[int, Bound]:
    """Bounds of every non-facts passage, by ordinal."""
    film_end = film.facts.runtime_minutes * 60 if film.facts.runtime_minutes else None
    sections = [
        s for s in film.sections if s.kind is not SectionKind.FACTS or s.spoiler or any(p.spoiler for p in s.paragraphs)
    ]
    last_ending = max((i for i, s in enumerate(sections) if s.kind is SectionKind.ENDING), default=None)
    story = [
        s.kind in _STORY and (last_ending is None or i <= last_ending or s.kind is SectionKind.ENDING)
        for i, s in enumerate(sections)
    ]

    # Paragraphs of the story in order, each with the time it is known to be over by.
    per_section: list[list[_Paragraph]] = []
    for section in sections:
        paragraphs = []
        for paragraph in section.paragraphs:
            paragraphs.append(_Paragraph(" ".join(paragraph.text.split()), paragraph.time_mark))
        per_section.append(paragraphs)
    timeline = [p for section, inside in zip(per_section, story, strict=True) if inside for p in section]
    for position, paragraph in enumerate(timeline):
        seen = [p.mark for p in timeline[: position + 1] if p.mark is not None]
        latest = max(seen) if seen else None
        later = [p.mark for p in timeline[position + 1 :] if p.mark is not None and p.mark != latest]
        if paragraph.mark is not None:
            # Its opening is dated by its own mark: the scene of that minute, seen a minute later (or by a sooner
            # next mark).
            ordered = paragraph.mark == latest and (not later or later[0] > paragraph.mark)
            paragraph.opening_by = min([paragraph.mark + 60, *later[:1]]) if ordered else None
        if later:
            paragraph.over_by = later[0] if latest is None or later[0] > latest else None
        else:
            paragraph.over_by = film_end if film_end is not None and (latest is None or latest <= film_end) else None

    total = sum(len(p.text.split()) for p in timeline)
    bounds: dict[int, Bound] = {}
    narrative = [p for p in film.passages if p.section_kind is not SectionKind.FACTS or p.spoiler]
    cursor_section, cursor_char, words_before = 0, 0, 0
    for passage in narrative:
        # Passages come in document order: find this one's text in its section, from where the last one ended.
        while cursor_section < len(sections) and sections[cursor_section].heading != passage.section:
            words_before += _words(per_section[cursor_section]) if story[cursor_section] else 0
            cursor_section, cursor_char = cursor_section + 1, 0
        if cursor_section == len(sections):
            raise ValueError(f"passage {passage.ordinal} of {film.id} is in no section the document has")
        text = " ".join(passage.text.split())
        paragraphs = per_section[cursor_section]
        joined = _join(paragraphs)
        start = joined.find(text, cursor_char)
        while start < 0:
            # Two sections in a row may share a heading: the text is then in a later one.
            words_before += _words(paragraphs) if story[cursor_section] else 0
            cursor_section, cursor_char = cursor_section + 1, 0
            if cursor_section == len(sections) or sections[cursor_section].heading != passage.section:
                raise ValueError(f"passage {passage.ordinal} of {film.id} is not text of its section")
            paragraphs = per_section[cursor_section]
            joined = _join(paragraphs)
            start = joined.find(text)
        end = start + len(text)
        cursor_char = end
        if not story[cursor_section] or (passage.spoiler and not sections[cursor_section].spoiler):
            # Outside the story, or a spoiler span inside a safe section: written out of order on purpose.
            bounds[passage.ordinal] = Bound(1.0, film_end, film_end)
            continue
        touched = [p for p in paragraphs if p.start < end and p.end > start]
        known = [p.over_by for p in touched]
        if len(touched) == 1 and touched[0].mark is not None and start == touched[0].start:
            # The text its mark dates, at the head of the paragraph. (Where the paragraph is only a passage long,
            # the opening scene is the whole of it.)
            known = [touched[0].opening_by]
        seconds = None if any(k is None for k in known) else max(k for k in known if k is not None)
        done = words_before + len(joined[:end].split())
        bounds[passage.ordinal] = Bound(done / total if total else 1.0, seconds, film_end)
    return bounds


def _join(paragraphs: list[_Paragraph]) -> str:
    joined = ""
    for paragraph in paragraphs:
        if joined:
            joined += " "
        paragraph.start = len(joined)
        joined += paragraph.text
        paragraph.end = len(joined)
    return joined


def _words(paragraphs: list[_Paragraph]) -> int:
    return sum(len(p.text.split()) for p in paragraphs)


def allowed(bound: Bound, *, fraction: float | None = None, seconds: int | None = None) -> bool:
    """Whether a spoiler passage with `bound` may be shown under a limit (a percentage, a time, or both)."""
    if fraction is None and seconds is None:
        return False
    # Past that share of the words, it is within that share of the film only when the marks say it is over by then.
    if (
        fraction is not None
        and bound.fraction > fraction + 1e-9
        and (bound.seconds is None or not bound.runtime or bound.seconds > fraction * bound.runtime + 1e-6)
    ):
        return False
    return seconds is None or (bound.seconds is not None and bound.seconds <= seconds)
