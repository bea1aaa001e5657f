"""`Engine`: the answering core. Finds the film, applies the spoiler scope, scores, picks the excerpt.

The order of operations is what keeps spoilers out: the film is found from titles or from text the scope
allows, the film's passages are cut to the visible ones *before* anything is scored, and every status
decision (answered, withheld) is made from the visible passages plus the bare count of hidden ones.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from enum import Enum

from corpus.models import Film, Passage, SectionKind
from index.access import Visibility
from index.answer import Excerpt, choose, ending_excerpt, fact_excerpt, overview_excerpt
from index.answer_model import UNNAMED_WITHHELD, Answer, FilmRef, ShownPassage, Status, withheld_text
from index.catalog import Catalog, Mention, Resolution
from index.film_index import FilmIndex, Hit, VisibleIndex
from index.film_search import FilmMatch, FilmSearch
from index.question import analyze, asks_which_film, fact_terms, name_terms
from index.spoilers import ScopeMode, SpoilerScope
from index.tokenize import query_tokens

# A passage answers when it holds at least this (idf-weighted) share of the question terms that count (see
# _coverage_terms); with something hidden, a term no visible passage holds weighs the most, so a passage
# sharing only a common word with a question about hidden events does not answer it.
MIN_COVERAGE = 0.5
# A visible story passage ending this late tells how the film ends. Only story sections: a trivia or notes
# section placed after the ending sits late in the document but says nothing about how the story ends.
ENDING_FROM = 0.9
_STORY_KINDS = frozenset((SectionKind.PREMISE, SectionKind.PLOT, SectionKind.ENDING))
MAX_SHOWN = 3
# A question naming no film leaves the film asked about last only for a film whose text holds at least this
# share of its words, and this many times the share the last film's holds.
SWITCH_COVERAGE = 0.5
SWITCH_MARGIN = 2.0
# An ending question naming this many things of its own ("who is the only one able to enter the car in the
# end?") is a plot question set at the end: the general search answers it, preferring sentences that close.
ENDING_FOCUS_MAX = 3
# Passages BM25 puts forward for sentence-level re-ranking; the answer is often in one ranked a few places
# down, behind passages that mention the question's words more often but not together.
CANDIDATES = 20
_ENDING_TERMS = frozenset(query_tokens("end ends ending ended final finale last scene finish"))
# Words that place or frame a question in the film rather than ask about its content.
_FRAMING_TERMS = frozenset(query_tokens(
    "film films movie movies picture story plot summary scene scenes character characters early earlier "
    "beginning begin begins start starts started opening middle halfway eventually first initially"))


class Found(Enum):
    """How the film of a question was found; only a film the asker did not name may never be confirmed."""

    OPTION = "option"
    NAMED = "named"
    FOLLOW_UP = "follow-up"
    CONTENT = "content"


class Engine:
    def __init__(self, films: Iterable[Film] = ()) -> None:
        self._indexes: dict[str, FilmIndex] = {}
        self._catalog = Catalog()
        self._search = FilmSearch()
        for film in films:
            self.add_film(film)

    # ---- the corpus -----------------------------------------------------------------------------------

    def add_film(self, film: Film) -> None:
        """Adds or replaces (same id) a film. Its token lists and BM25s are built on first use."""
        if not film.id:
            film = film.model_copy(deep=True).assign_id()
        index = FilmIndex(film)
        self._indexes[film.id] = index
        self._catalog.add(film)
        self._search.add(index)

    def warm(self) -> None:
        """Build now what the first question naming no film would otherwise pay for."""
        self._search.warm()

    def remove_film(self, film_id: str) -> bool:
        if self._indexes.pop(film_id, None) is None:
            return False
        self._catalog.remove(film_id)
        self._search.remove(film_id)
        return True

    def films(self) -> list[Film]:
        return sorted((index.film for index in self._indexes.values()),
                      key=lambda film: (film.title.casefold(), film.year or 0, film.id))

    def film(self, film_id: str) -> Film | None:
        index = self._indexes.get(film_id)
        return index.film if index else None

    def resolve(self, film_arg: str, guild_id: int | None) -> Resolution:
        return self._catalog.resolve(film_arg, guild_id)

    def suggest(self, prefix: str, guild_id: int | None, limit: int = 25) -> list[FilmRef]:
        return self._catalog.suggest(prefix, guild_id, limit=limit)

    # ---- answering ------------------------------------------------------------------------------------

    def ask(self, question: str, *, film: str | None = None, scope: SpoilerScope | Visibility | None = None,
            guild_id: int | None = None, context_film: str | None = None) -> Answer:
        """Answer `question` for a reader who may see `scope` (one scope for every film, or a `Visibility`).

        `context_film`: the film this reader asked about last, which a question naming no film is about.
        """
        visibility = scope if isinstance(scope, Visibility) else Visibility.everywhere(scope or SpoilerScope.off())
        terms = query_tokens(question)
        found = self._find_film(question, terms, film, visibility, guild_id, context_film)
        if isinstance(found, Answer):
            return found
        ref, mention, how = found
        answer = self._answer(question, self._indexes[ref.id], terms, mention, visibility.scope(ref.id))
        if answer.status is Status.WITHHELD and how is Found.CONTENT:
            # The asker named no film: naming the one whose hidden part fits their words would confirm it.
            return Answer(question=question, status=Status.WITHHELD, scope=answer.scope, answer=UNNAMED_WITHHELD)
        return answer

    def _find_film(self, question: str, terms: list[str], film_arg: str | None, visibility: Visibility,
                   guild_id: int | None, context_film: str | None,
                   ) -> tuple[FilmRef, Mention | None, Found] | Answer:
        described = visibility.default.describe()
        mention = self._catalog.find_in_question(question, guild_id)
        # Names pick out one film among many better than common words do: in the film-level search they count
        # twice (NarrativeQA dev, right film with film_search.COORDINATION: 0.920 → 0.927; three times 0.925).
        query = terms + name_terms(question)
        if film_arg is not None and film_arg.strip():
            resolution = self._catalog.resolve(film_arg, guild_id)
            if resolution.status is Status.ANSWERED and resolution.film is not None:
                named = mention if mention and resolution.film in mention.films else None
                return resolution.film, named, Found.OPTION
            return _unresolved(question, film_arg, resolution, described)
        if mention is not None and mention.strong:
            if len(mention.films) > 1:
                return _ambiguous(question, " ".join(mention.words), mention.films, described)
            if mention.lone:
                other = self._name_of_another_film(query, mention, visibility, guild_id)
                if other is not None:
                    return other, None, Found.CONTENT
            return mention.films[0], mention, Found.NAMED
        match, spoilers = self._content_match(query, visibility, guild_id)
        if asks_which_film(question):
            context_film = None
        if context_film is not None and (ref := self._catalog.ref(context_film)) is not None \
                and self._catalog.visible(context_film, guild_id) \
                and not self._moves_on(question, terms, match, context_film, spoilers):
            # A follow-up ("and how does it end?") that names no film is about the film asked about last.
            return ref, None, Found.FOLLOW_UP
        if match is not None and (found := self._catalog.ref(match.film_id)) is not None:
            return found, None, Found.CONTENT
        if mention is not None:
            # Only a weak mention ("the Room") and no film's visible text fits: the mention is all we have.
            if len(mention.films) > 1:
                return _ambiguous(question, " ".join(mention.words), mention.films, described)
            return mention.films[0], mention, Found.NAMED
        return Answer(question=question, status=Status.NOT_FOUND, scope=described,
                      answer="I couldn't tell which film you mean: name it in the question or pick it with "
                             "the film option.")

    def _moves_on(self, question: str, terms: list[str], match: FilmMatch | None, context_film: str,
                  spoilers: bool) -> bool:
        """Whether a question naming no film is about another film than the last one: only when its own words
        (not those asking for a fact, the ending, or framing the question) clearly fit another film's text and
        hardly the last film's ("who dies in the shower?" after asking about Stalker).

        Both coverages are measured over the text the content search used, so the switch rests on nothing
        hidden from the asker.
        """
        if match is None or match.film_id == context_film:
            return False
        analysis = analyze(question, terms)
        if analysis.fact is not None or analysis.ending:
            return False
        telling = [t for t in terms if t not in _FRAMING_TERMS and t not in _ENDING_TERMS]
        if not telling:
            return False
        theirs = self._search.coverage(telling, match.film_id, spoilers=spoilers)
        ours = self._search.coverage(telling, context_film, spoilers=spoilers)
        return theirs >= SWITCH_COVERAGE and ours * SWITCH_MARGIN <= theirs

    def _content_match(self, query: list[str], visibility: Visibility,
                       guild_id: int | None) -> tuple[FilmMatch | None, bool]:
        """The best film by content, and whether it was found with spoiler text (only when its scope is on).

        `query`: the question's terms, names counted twice (see `name_terms`)."""
        spoilers = visibility.default.mode is ScopeMode.ON
        matches = self._search.find(query, spoilers=spoilers, guild_id=guild_id, k=1)
        if spoilers and matches and visibility.scope(matches[0].film_id).mode is not ScopeMode.ON:
            # The film was found through text its own scope hides; choosing it would leak that text.
            spoilers = False
            matches = self._search.find(query, spoilers=False, guild_id=guild_id, k=1)
        return (matches[0] if matches else None), spoilers

    def _name_of_another_film(self, terms: list[str], mention: Mention, visibility: Visibility,
                              guild_id: int | None) -> FilmRef | None:
        """The film a lone one-word title more likely names as a character, if content search says so.

        "What does Spartan use to shatter Phoenix?" names the film "Spartan" only by accident: Demolition Man
        holds "Spartan" as a character and the rest of the question too. Another film wins only when its
        text holds the name itself and more of the rest of the question than the named film does, so "What
        is Spartan about?" (nothing else to weigh) stays with the title. Both sides are measured over text
        their scopes let through, so the choice never rests on hidden text.
        """
        named = mention.films[0]
        match, spoilers = self._content_match(terms, visibility, guild_id)
        if match is None or match.film_id == named.id:
            return None
        name = query_tokens(" ".join(mention.words))
        rest = [t for t in terms if t not in name]
        if not rest or not self._search.coverage(name, match.film_id, spoilers=spoilers):
            return None
        named_spoilers = visibility.default.mode is ScopeMode.ON and visibility.scope(named.id).mode is ScopeMode.ON
        if self._search.coverage(rest, match.film_id, spoilers=spoilers) \
                <= self._search.coverage(rest, named.id, spoilers=named_spoilers):
            return None
        return self._catalog.ref(match.film_id)

    def _answer(self, question: str, index: FilmIndex, terms: list[str], mention: Mention | None,
                scope: SpoilerScope) -> Answer:
        film = index.film
        visible = index.visible(scope)
        content = visible.respell(_without_title(terms, mention))
        analysis = analyze(question, content)
        ref = FilmRef(id=film.id, title=film.title, year=film.year)
        base = Answer(question=question, status=Status.ANSWERED, film=ref, scope=scope.describe())
        cite = _Citation(index, visible, scope)

        if analysis.fact is not None:
            role = [t for t in content if t not in fact_terms(analysis.fact)]
            excerpt = fact_excerpt(film, visible.passages, analysis.fact, role)
            return _with_excerpt(base, excerpt, [], cite) if excerpt else _silent(base, film)

        focus = [t for t in content if t not in _ENDING_TERMS and t not in _FRAMING_TERMS]
        if analysis.ending and len(set(focus)) < ENDING_FOCUS_MAX:
            late = [p for p, where in zip(visible.passages, visible.placements, strict=True)
                    if p.section_kind is SectionKind.ENDING
                    or (p.section_kind in _STORY_KINDS and where.end >= ENDING_FROM)]
            excerpt = ending_excerpt(late, focus)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)
            return _withheld(base, film) if visible.hidden else _silent(base, film)

        if not content:
            excerpt = overview_excerpt(visible.passages)
            if excerpt is not None:
                return _with_excerpt(base, excerpt, [], cite)
            return _withheld(base, film) if visible.hidden else _silent(base, film)

        # The film's own title words fill its passages ("the Stalker" in Stalker), so they show nothing
        # about whether a passage answers; they still help rank, as the scorer's query.
        title_terms = {t for name in (film.title, *film.aliases) for t in query_tokens(name)}
        telling = [t for t in content if t not in title_terms] or content
        cover = _coverage_terms(telling, visible)
        if not cover:
            # No question word that counts occurs in anything the asker may see.
            return _withheld(base, film) if visible.hidden else _silent(base, film)
        hits = visible.search(content, k=CANDIDATES, cover=cover)
        if not _answers(hits, cover, visible):
            # Nothing the asker may see answers this; whether anything hidden would is never looked at.
            return _withheld(base, film) if visible.hidden else _silent(base, film)
        neighbours = {p.ordinal: p for p in visible.passages}
        choice = choose(hits, content, analysis, _weights(visible), neighbours)
        if choice is None:  # unreachable while every hit holds a query term; kept for safety
            return _withheld(base, film) if visible.hidden else _silent(base, film)
        return _with_excerpt(base, choice.excerpt, choice.order, cite)


def _coverage_terms(telling: list[str], visible: VisibleIndex) -> list[str]:
    """The question terms a passage must cover to answer it, decided from visible text alone.

    With nothing hidden, a word no passage holds ("story", a misspelling) cannot be answered by anything,
    so it must not sink the passages that hold the rest: only terms the film's text holds count. With
    something hidden, such a word may be exactly what the hidden part is about ("what does the Professor
    want with the Room?" when only the Room is visible), so it keeps its weight and the question is
    withheld rather than answered beside the point — but words that only frame the question ("early in
    the movie") are dropped, since they say where to look, not what is asked.
    """
    if not visible.hidden:
        return [t for t in telling if t in visible]
    framed = [t for t in telling if t not in _FRAMING_TERMS or t in visible]
    return framed if any(t in visible for t in framed) else []


def _answers(hits: list[Hit], cover: list[str], visible: VisibleIndex) -> bool:
    """Whether some visible passage holds enough of the question to answer it.

    Enough is half the weight of the terms that count. With nothing hidden, also the rarest of them: the
    word that most narrowly points at where the answer is ("deathbed" in "which character is on their
    deathbed at the beginning of the story?"), as the commoner ones may each sit in a different passage.
    """
    if any(hit.coverage >= MIN_COVERAGE for hit in hits):
        return True
    if visible.hidden:
        return False
    weight = _weights(visible)
    rarest = max(cover, key=weight)
    return any(rarest in hit.matched for hit in hits)


def _weights(visible: VisibleIndex) -> Callable[[str], float]:
    """A question word's weight among the visible passages: rarer is worth more; never zero or negative
    (BM25Okapi's own idf can be, in a film of few passages)."""
    size = visible.postings.size

    def weight(term: str) -> float:
        df = visible.postings.docs_with(term).size
        return math.log1p((size - df + 0.5) / (df + 0.5))

    return weight


def _without_title(terms: list[str], mention: Mention | None) -> list[str]:
    """The question's terms without the film's own name, which would otherwise match every passage."""
    if mention is None:
        return terms
    if not mention.strong:
        # "the Stalker's mentor" names a character, not the film: the word is part of the question.
        return terms
    named = set(query_tokens(" ".join(mention.words)))
    return [t for t in terms if t not in named]


class _Citation:
    """How a shown passage is cited: its section and where it sits in the story.

    A spoiler section's heading is part of the spoiler ("The reveal: the doctor was a patient"), and under a
    progress limit it may tell of later events than the passage shown: it is named only to a reader with this
    film's spoilers on, or when a safe passage carries the same heading anyway. Otherwise the citation says
    what kind of section it is.
    """

    def __init__(self, index: FilmIndex, visible: VisibleIndex, scope: SpoilerScope) -> None:
        self._open = scope.mode is ScopeMode.ON
        self._safe_headings = {p.section for p in index.film.passages if not p.spoiler}
        self._where = {p.ordinal: where for p, where in zip(visible.passages, visible.placements, strict=True)}

    def section(self, passage: Passage) -> str:
        if self._open or not passage.spoiler or passage.section in self._safe_headings:
            return passage.section
        return f"Spoiler section ({passage.section_kind.value})"

    def position(self, passage: Passage) -> float:
        where = self._where.get(passage.ordinal)
        return where.start if where is not None else passage.position


def _with_excerpt(base: Answer, excerpt: Excerpt, hits: list[Hit], cite: _Citation) -> Answer:
    passages: list[tuple[Passage, float]] = []
    if excerpt.passage is not None:
        score = next((hit.score for hit in hits if hit.passage is excerpt.passage), 0.0)
        passages.append((excerpt.passage, score))
    for hit in hits:
        if len(passages) >= MAX_SHOWN:
            break
        if hit.passage is not excerpt.passage:
            passages.append((hit.passage, hit.score))
    shown = [ShownPassage(film_id=passage.film_id, section=cite.section(passage), text=passage.text,
                          spoiler=passage.spoiler, position=cite.position(passage), score=score)
             for passage, score in passages]
    return base.model_copy(update={
        "answer": excerpt.text,
        "passages": shown,
        "cited_section": cite.section(excerpt.passage) if excerpt.passage is not None else excerpt.section,
        "cited_position": cite.position(excerpt.passage) if excerpt.passage is not None else 0.0,
        "contains_spoilers": any(p.spoiler for p in shown),
    })


def _withheld(base: Answer, film: Film) -> Answer:
    return base.model_copy(update={"status": Status.WITHHELD, "answer": withheld_text(film.title)})


def _silent(base: Answer, film: Film) -> Answer:
    return base.model_copy(update={"answer": f"The summary of {film.title} doesn't say."})


def _unresolved(question: str, film_arg: str, resolution: Resolution, described: str) -> Answer:
    if resolution.status is Status.AMBIGUOUS:
        return _ambiguous(question, film_arg, resolution.choices, described)
    hint = ""
    if resolution.choices:
        hint = " Did you mean " + ", ".join(ref.display_title for ref in resolution.choices[:3]) + "?"
    return Answer(question=question, status=Status.NOT_FOUND, choices=resolution.choices, scope=described,
                  answer=f"I don't know a film called {film_arg.strip()[:100]!r}.{hint}")


def _ambiguous(question: str, name: str, choices: list[FilmRef], described: str) -> Answer:
    names = ", ".join(ref.display_title for ref in choices[:5])
    return Answer(question=question, status=Status.AMBIGUOUS, choices=choices, scope=described,
                  answer=f"Several films match {name.strip()[:100]!r}: {names}. Add the year.")
