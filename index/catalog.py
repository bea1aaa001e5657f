"""Finding a film by name: exact titles and aliases, "Title (Year)", typos, titles inside a question, guild
visibility, autocomplete. Only titles are involved here, never plot text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from corpus.models import Film
from index.answer_model import FilmRef, Status
from index.tokenize import STOPWORDS, normalize

# Discord limits autocomplete choice names to 100 characters.
MAX_DISPLAY = 100
# Indel similarity: one transposition in a six-letter title ("Pyscho") scores 83.
_FUZZY_CUTOFF = 80.0
_SUGGEST_CUTOFF = 55.0
_PREFIX_TYPO_CUTOFF = 75.0
_ARTICLES = ("the", "a", "an")
_YEAR_SUFFIX = re.compile(r"^(?P<title>.+?)[\s,]*[(\[]?\s*(?P<year>(?:18[7-9]|19\d|20\d)\d)\s*[)\]]?\s*$")
_YEAR = re.compile(r"^(?:18[7-9]|19\d|20\d)\d$")
_TYPED_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


class Resolution(BaseModel):
    """`answered` with `film`, `ambiguous` with the candidates, or `not_found` with the nearest titles."""

    status: Status
    film: FilmRef | None = None
    choices: list[FilmRef] = Field(default_factory=list)


def title_key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a title: "Stalker's (1979)!" → "stalker s 1979"."""
    return " ".join(re.findall(r"[^\W_]+", normalize(text).replace("'", "")))


def _without_article(key: str) -> str:
    first, _, rest = key.partition(" ")
    return rest if first in _ARTICLES and rest else key


@dataclass(slots=True)
class _Entry:
    ref: FilmRef
    guild_id: int | None
    keys: frozenset[str]  # title and aliases, also without a leading article
    sort_key: str = field(default="")


@dataclass(frozen=True, slots=True)
class Mention:
    """A film named inside a question, and the words of the question that named it."""

    films: list[FilmRef]
    words: list[str]  # normalized question words of the name (and year), to drop from the query
    strong: bool  # False for a one-word name that reads like an ordinary noun ("the Room")


class Catalog:
    def __init__(self, films: Iterable[Film] = ()) -> None:
        self._entries: dict[str, _Entry] = {}
        # key → film ids with that title or alias; first word → keys, for scanning questions.
        self._by_key: dict[str, set[str]] = {}
        self._by_first_word: dict[str, set[str]] = {}
        for film in films:
            self.add(film)

    # ---- maintenance ----------------------------------------------------------------------------------

    def add(self, film: Film) -> None:
        self.remove(film.id)
        keys = {title_key(name) for name in (film.title, *film.aliases)}
        keys |= {_without_article(key) for key in keys}
        keys.discard("")
        entry = _Entry(FilmRef(id=film.id, title=film.title, year=film.year), film.guild_id, frozenset(keys),
                       sort_key=f"{_without_article(title_key(film.title))} {film.year or 0:04d}")
        self._entries[film.id] = entry
        for key in keys:
            self._by_key.setdefault(key, set()).add(film.id)
            self._by_first_word.setdefault(key.split(" ", 1)[0], set()).add(key)

    def remove(self, film_id: str) -> None:
        entry = self._entries.pop(film_id, None)
        if entry is None:
            return
        for key in entry.keys:
            ids = self._by_key[key]
            ids.discard(film_id)
            if not ids:
                del self._by_key[key]
                first = key.split(" ", 1)[0]
                self._by_first_word[first].discard(key)
                if not self._by_first_word[first]:
                    del self._by_first_word[first]

    def visible(self, film_id: str, guild_id: int | None) -> bool:
        """A guild sees global films and its own; no guild (CLI, DMs) sees global films only."""
        entry = self._entries.get(film_id)
        return entry is not None and (entry.guild_id is None or entry.guild_id == guild_id)

    def ref(self, film_id: str) -> FilmRef | None:
        entry = self._entries.get(film_id)
        return entry.ref if entry else None

    def _visible_ids(self, ids: Iterable[str], guild_id: int | None) -> list[str]:
        return sorted((i for i in ids if self.visible(i, guild_id)), key=lambda i: self._entries[i].sort_key)

    # ---- resolving an explicit film argument ----------------------------------------------------------

    def resolve(self, text: str, guild_id: int | None) -> Resolution:
        raw = text.strip()
        if raw in self._entries and self.visible(raw, guild_id):
            # Autocomplete hands back the film id.
            return Resolution(status=Status.ANSWERED, film=self._entries[raw].ref)
        key = title_key(raw)
        if not key:
            return Resolution(status=Status.NOT_FOUND)
        ids = self._exact(key, guild_id)
        if not ids and (match := _YEAR_SUFFIX.match(raw)):
            # Only after the whole text failed as a title, so "Blade Runner 2049" stays a title.
            year = int(match.group("year"))
            same_title = self._exact(title_key(match.group("title")), guild_id)
            ids = [i for i in same_title if self._entries[i].ref.year == year]
            if not ids and same_title:
                return Resolution(status=Status.NOT_FOUND, choices=self._refs(same_title))
        if not ids:
            ids = self._fuzzy(key, guild_id)
        if len(ids) == 1:
            return Resolution(status=Status.ANSWERED, film=self._entries[ids[0]].ref)
        if ids:
            return Resolution(status=Status.AMBIGUOUS, choices=self._refs(ids))
        return Resolution(status=Status.NOT_FOUND, choices=self.nearest(raw, guild_id))

    def _exact(self, key: str, guild_id: int | None) -> list[str]:
        ids = self._by_key.get(key) or self._by_key.get(_without_article(key)) or set()
        return self._visible_ids(ids, guild_id)

    def _fuzzy(self, key: str, guild_id: int | None) -> list[str]:
        """The films whose best-matching name is the single best typo match; several only when tied."""
        keys = [k for k, ids in self._by_key.items() if any(self.visible(i, guild_id) for i in ids)]
        found = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=5)
        if not found:
            return []
        best = found[0][1]
        # A near tie between different names is a guess, not a match: show them as choices instead.
        close = {name for name, score, _ in found if score >= best - 3}
        ids = {i for name in close for i in self._by_key[name]}
        return self._visible_ids(ids, guild_id)

    def nearest(self, text: str, guild_id: int | None, limit: int = 5) -> list[FilmRef]:
        key = title_key(text)
        entries = [e for e in self._entries.values() if e.guild_id is None or e.guild_id == guild_id]
        if not key or not entries:
            return []
        names = {name: e for e in entries for name in e.keys}
        found = process.extract(key, list(names), scorer=fuzz.WRatio, score_cutoff=_SUGGEST_CUTOFF,
                                limit=limit * 3)
        refs: dict[str, FilmRef] = {}
        for name, _, _ in found:
            refs.setdefault(names[name].ref.id, names[name].ref)
        return list(refs.values())[:limit]

    def _refs(self, ids: Iterable[str]) -> list[FilmRef]:
        return [self._entries[i].ref for i in ids]

    # ---- a film named inside a question ---------------------------------------------------------------

    def find_in_question(self, question: str, guild_id: int | None) -> Mention | None:
        """The longest title or alias the question contains at word boundaries, visible to this guild."""
        words, bare, original = _question_words(question)
        best: tuple[int, int, str] | None = None  # (length, start, key)
        for start in range(len(words)):
            keys = self._by_first_word.get(words[start], set()) | self._by_first_word.get(bare[start], set())
            for key in keys:
                parts = key.split(" ")
                end = start + len(parts)
                if end > len(words) or (best is not None and len(parts) <= best[0]):
                    continue
                # Inner words must match exactly; the last may carry a possessive ("Stalker's ending").
                if words[start:end - 1] != parts[:-1] or parts[-1] not in (words[end - 1], bare[end - 1]):
                    continue
                if self._visible_ids(self._by_key[key], guild_id):
                    best = (len(parts), start, key)
        if best is None:
            return None
        length, start, key = best
        ids = self._visible_ids(self._by_key[key], guild_id)
        end = start + length
        # "Solaris 1972" or "Solaris (1972)" in a question picks the year.
        if end < len(words) and _YEAR.match(words[end]):
            with_year = [i for i in ids if self._entries[i].ref.year == int(words[end])]
            if with_year:
                ids, end = with_year, end + 1
        return Mention(films=self._refs(ids), words=bare[start:end],
                       strong=_strong(words, original, start, length))

    # ---- autocomplete ---------------------------------------------------------------------------------

    def suggest(self, prefix: str, guild_id: int | None, limit: int = 25) -> list[FilmRef]:
        """Prefix matches (of the title, an alias or a later word) first, then typo-tolerant ones."""
        entries = [e for e in self._entries.values() if e.guild_id is None or e.guild_id == guild_id]
        key = title_key(prefix)
        if not key:
            picked = sorted(entries, key=lambda e: e.sort_key)[:limit]
            return [_short(e.ref) for e in picked]
        starts = [e for e in entries if any(k.startswith(key) for k in e.keys)]
        started = {e.ref.id for e in starts}
        inside = [e for e in entries
                  if e.ref.id not in started and any(f" {key}" in f" {k}" for k in e.keys)]
        picked = sorted(starts, key=lambda e: e.sort_key) + sorted(inside, key=lambda e: e.sort_key)
        if len(picked) < limit and len(key) >= 3:
            # A typo in what has been typed so far: compare it with the same length of each name.
            seen = {e.ref.id for e in picked}
            names = [(name, e) for e in entries if e.ref.id not in seen for name in e.keys]
            heads = [name[:len(key)] for name, _ in names]
            for _, _, i in process.extract(key, heads, scorer=fuzz.ratio, score_cutoff=_PREFIX_TYPO_CUTOFF,
                                           limit=limit * 2):
                entry = names[i][1]
                if entry.ref.id not in seen:
                    seen.add(entry.ref.id)
                    picked.append(entry)
        return [_short(e.ref) for e in picked[:limit]]


def _short(ref: FilmRef) -> FilmRef:
    """The same film with a title cut so that its display name fits Discord's 100 characters."""
    if len(ref.display_title) <= MAX_DISPLAY:
        return ref
    room = MAX_DISPLAY - (len(ref.display_title) - len(ref.title)) - 1
    return ref.model_copy(update={"title": ref.title[:room].rstrip() + "…"})


def _strong(words: list[str], original: list[str], start: int, length: int) -> bool:
    """A name of ordinary words ("Up", "Room") counts only when it looks like a title in the question."""
    name = words[start:start + length]
    content = [w for w in name if w not in STOPWORDS]
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() for w in original[start:start + length])
    if not content:
        # "it", "up", "her": only as a capitalised word that is not the first of the question.
        return capitalised and start > 0
    # "the Room", "a stalker": a thing in the story, not the film "Room".
    return not (length == 1 and start > 0 and words[start - 1] in _ARTICLES)


_QUESTION_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def _question_words(question: str) -> tuple[list[str], list[str], list[str]]:
    """The question's words as title keys, the same without possessives, and as typed (for capitals)."""
    words: list[str] = []
    bare: list[str] = []
    for token in _QUESTION_WORD.findall(normalize(question)):
        words.append(token.replace("'", ""))
        bare.append(token[:-2].replace("'", "") if token.endswith("'s") else words[-1])
    typed = unicodedata.normalize("NFKC", question).translate(_TYPED_APOSTROPHES)
    original = _QUESTION_WORD.findall(typed)
    if len(original) != len(words):
        original = words  # casefolding changed the word count; only the capitalisation hint is lost
    return words, bare, original
