"""Picking the answer excerpt: the best one or two sentences quoted from the passages a scope lets through.

Everything returned here is a verbatim slice of a passage given to it (or a fact the document stated), so
the caller controls what may appear simply by what it passes in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from corpus.models import Film, Passage, SectionKind
from index.film_index import Hit
from index.question import Analysis, Fact, Kind
from index.tokenize import document_tokens

MAX_CHARS = 300

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9À-ÖØ-Þ])")
# Abbreviations that end in a full stop without ending the sentence ("Dr. Fred Richman").
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "prof", "gen", "col", "lt", "sgt", "capt", "mt", "no",
     "fig", "approx", "etc"])

# What a sentence that answers each kind of question tends to hold.
_KIND_CUES: dict[Kind, re.Pattern[str]] = {
    # A capitalised word after the first: a name.
    Kind.WHO: re.compile(r"\s[A-Z][a-z]+"),
    Kind.WHEN: re.compile(r"\d|\b(?:after|before|when|until|later|year|night|morning|day|during)\b", re.I),
    Kind.WHERE: re.compile(r"\b(?:in|at|into|inside|outside|near|to|from)\s+(?:the\s+)?[A-Za-z]", re.I),
    Kind.HOW_LONG: re.compile(r"\d|\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b", re.I),
    Kind.WHY: re.compile(r"\b(?:because|so that|in order|since|aim|motive|reason|wants?|hopes?|to)\b", re.I),
    Kind.HOW: re.compile(r"\b(?:by|using|with|through)\b", re.I),
}
# Right after a matched word, a definition: "the Zone is a …", or an appositive "the Zone, a … area".
_DEFINITION = re.compile(r"\W{0,3}(?:\s+(?:is|was|are|were)\s+(?:a|an|the)\b|,\s+(?:a|an)\s)", re.I)
_SENTENCE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ENDING_CUES = re.compile(r"\b(?:final|finally|ends?|ending|ultimately|last|at last|in the end)\b", re.I)

# Labels a facts passage may use for each fact ("Director: …", "Runtime: 162 mins").
_FACT_LABELS: dict[Fact, re.Pattern[str]] = {
    Fact.DIRECTOR: re.compile(r"\bdirect(?:or|ed)\b", re.I),
    Fact.RUNTIME: re.compile(r"\bruntime\b|\brunning time\b|\bmins?\b|\bminutes\b|\blength\b", re.I),
    Fact.YEAR: re.compile(r"\byear\b|\breleased?\b|\brelease date\b", re.I),
    Fact.LANGUAGE: re.compile(r"\blanguages?\b", re.I),
    Fact.COUNTRY: re.compile(r"\bcountry\b|\bcountries\b", re.I),
    Fact.CAST: re.compile(r"\bcast\b|\bstarring\b|\bstars\b", re.I),
    Fact.WRITER: re.compile(r"\bwriters?\b|\bwritten\b|\bscreenplay\b", re.I),
    Fact.GENRE: re.compile(r"\bgenres?\b", re.I),
}


@dataclass(frozen=True, slots=True)
class Excerpt:
    text: str
    passage: Passage | None  # None only for a fact taken from the film's facts rather than a passage
    section: str


def split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        before = text[start:match.start()].rsplit(None, 1)
        last_word = before[-1].rstrip(".").casefold() if before else ""
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        sentences.append(text[start:match.start()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def clip(text: str, limit: int = MAX_CHARS) -> str:
    """The text, or its opening cut at a word boundary: still a quotation, just shorter."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—–- ")
    return cut + "…"


def best_excerpt(hits: Sequence[Hit], terms: Sequence[str], analysis: Analysis,
                 weight: Callable[[str], float]) -> Excerpt | None:
    """The sentence (and a following one, if it also matches and fits) that best answers the question."""
    distinct = set(terms)
    best: tuple[float, int, int] | None = None  # (score, hit rank, sentence index)
    sentence_lists: list[list[str]] = []
    for rank, hit in enumerate(hits):
        sentences = split_sentences(hit.passage.text)
        sentence_lists.append(sentences)
        for index, sentence in enumerate(sentences):
            score = _sentence_score(sentence, distinct, analysis, weight)
            if score <= 0:
                continue
            # Earlier (better-scored) passages win ties; so do earlier sentences within one.
            score -= 0.05 * rank
            if best is None or score > best[0]:
                best = (score, rank, index)
    if best is None:
        return None
    _, rank, index = best
    sentences = sentence_lists[rank]
    text = sentences[index]
    if index + 1 < len(sentences):
        following = sentences[index + 1]
        joined = f"{text} {following}"
        if len(joined) <= MAX_CHARS and _matches(following, distinct):
            text = joined
    passage = hits[rank].passage
    return Excerpt(clip(text), passage, passage.section)


def _matches(sentence: str, terms: set[str]) -> bool:
    return bool(terms.intersection(document_tokens(sentence)))


def _sentence_score(sentence: str, terms: set[str], analysis: Analysis, weight: Callable[[str], float]) -> float:
    matched = terms.intersection(document_tokens(sentence))
    if not matched:
        return 0.0
    # Scaled by coverage: a sentence holding more of the question beats one holding only its rarest word.
    score = sum(weight(term) for term in matched) * len(matched) / len(terms)
    cue = _KIND_CUES.get(analysis.kind)
    if cue is not None and cue.search(sentence):
        score += 0.5
    if analysis.kind in (Kind.WHAT, Kind.WHO) and _defines(sentence, matched):
        score += 0.5
    if analysis.ending and _ENDING_CUES.search(sentence):
        score += 0.5
    return score


def _defines(sentence: str, terms: set[str]) -> bool:
    """A matched word is followed by a definition of it."""
    for match in _SENTENCE_WORD.finditer(sentence):
        if terms.intersection(document_tokens(match.group())) and _DEFINITION.match(sentence, match.end()):
            return True
    return False


def ending_excerpt(passages: Sequence[Passage], focus: Sequence[str] = ()) -> Excerpt | None:
    """How the film ends, from the late passages given: a sentence about `focus` (e.g. a character the
    question names) if one exists, else the closing sentence that says it is the end, else the last one."""
    narrative = sorted((p for p in passages if p.section_kind is not SectionKind.FACTS),
                       key=lambda p: (p.position_end, p.ordinal))
    if not narrative:
        return None
    wanted = set(focus)
    best: tuple[float, Passage, int] | None = None
    for rank, passage in enumerate(narrative):
        sentences = split_sentences(passage.text)
        for index, sentence in enumerate(sentences):
            matched = len(wanted.intersection(document_tokens(sentence))) if wanted else 0
            cue = 0.5 if _ENDING_CUES.search(sentence) else 0.0
            # Later is better, but a sentence about what was asked beats one that is merely last.
            score = 2.0 * matched + cue + 0.1 * (rank + (index + 1) / len(sentences))
            if best is None or score >= best[0]:
                best = (score, passage, index)
    assert best is not None
    _, passage, index = best
    sentences = split_sentences(passage.text)
    text = sentences[index]
    if index + 1 < len(sentences) and len(f"{text} {sentences[index + 1]}") <= MAX_CHARS:
        text = f"{text} {sentences[index + 1]}"
    return Excerpt(clip(text), passage, passage.section)


def overview_excerpt(passages: Sequence[Passage]) -> Excerpt | None:
    """The opening of the premise, for questions such as "what is Stalker about?"."""
    narrative = [p for p in passages if p.section_kind is not SectionKind.FACTS]
    if not narrative:
        return None
    first = min(narrative, key=lambda p: (p.spoiler, p.section_kind is not SectionKind.PREMISE, p.ordinal))
    sentences = split_sentences(first.text)
    text = sentences[0]
    if len(sentences) > 1 and len(f"{text} {sentences[1]}") <= MAX_CHARS:
        text = f"{text} {sentences[1]}"
    return Excerpt(clip(text), first, first.section)


def fact_excerpt(film: Film, passages: Sequence[Passage], fact: Fact, role_terms: Sequence[str] = ()) -> \
        Excerpt | None:
    """The line of a facts passage that states `fact`, or the fact as the document's header gave it."""
    label = _FACT_LABELS[fact]
    facts = [p for p in passages if p.section_kind is SectionKind.FACTS and not p.spoiler]
    lines = [(line, p) for p in facts for line in _fact_lines(p.text)]
    # A labelled line ("Year: 1979") first; only then any line holding the year ("Stalker (1979) was …").
    found = next(((line, p) for line, p in lines if label.search(line)), None)
    if found is None and fact is Fact.YEAR and film.year:
        found = next(((line, p) for line, p in lines if str(film.year) in line), None)
    if found is not None:
        line, passage = found
        if fact is Fact.CAST and role_terms:
            line = _cast_for_role(line, role_terms) or line
        return Excerpt(clip(line), passage, passage.section)
    stated = _stated_fact(film, fact, role_terms)
    return Excerpt(clip(stated), None, "Facts") if stated else None


def _fact_lines(text: str) -> list[str]:
    """Header-style lines or sentences; split like prose so an initial ("A. Member") stays whole."""
    parts = [s for line in re.split(r"\n+|(?<=;)\s+|\s+[|·]\s+", text) for s in split_sentences(line)]
    return [p.strip().rstrip(".;|·").strip() for p in parts if p.strip()]


def _cast_for_role(line: str, role_terms: Sequence[str]) -> str | None:
    """From "Cast: A as Writer, B as Professor", the entry naming the asked-for role."""
    for entry in re.split(r",|;", line.split(":", 1)[-1]):
        if set(role_terms) & set(document_tokens(entry)):
            return entry.strip()
    return None


def _stated_fact(film: Film, fact: Fact, role_terms: Sequence[str]) -> str | None:
    facts = film.facts
    if fact is Fact.CAST:
        if not facts.cast:
            return None
        if role_terms:
            for member in facts.cast:
                if set(role_terms) & set(document_tokens(member)):
                    return f"Cast: {member}"
        return "Cast: " + ", ".join(facts.cast)
    value: object = {
        Fact.DIRECTOR: facts.director,
        Fact.RUNTIME: f"{facts.runtime_minutes} minutes" if facts.runtime_minutes else None,
        Fact.YEAR: film.year,
        Fact.LANGUAGE: facts.language,
        Fact.COUNTRY: facts.country,
        Fact.WRITER: facts.writer,
        Fact.GENRE: facts.genre,
    }[fact]
    if value is None:
        return None
    label = {Fact.RUNTIME: "Runtime", Fact.YEAR: "Year"}.get(fact, fact.value.capitalize())
    return f"{label}: {value}"
