"""Finding a film by name: exact titles and aliases, "Title (Year)", typos, titles inside a question, guild
visibility, autocomplete. Only titles are involved here, never plot text."""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from corpus.models import Film
from index.answer_model import FilmRef, Status
from index.tokenize import STOPWORDS, normalize, spell_ordinals

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
# Sorts after every character a title key can hold, to close a prefix range.
_PREFIX_END = chr(0x10FFFF)
# Words right before a one-word title typed in lower case that still say "this is the film" ("scenes in vouk"),
# or ask for its summary ("recap vouk", "brief me on vouk").
_FILM_CUES = frozenset(("in", "of", "from", "about", "film", "movie", "on", "recap", "summarize", "summarise"))
# Autocomplete: the suffix list is cut into blocks of this many entries, each also kept in rank order, so a
# prefix range of thousands of names (1–5 letters at 100,000 films) yields its first few by rank from a merge
# of the blocks instead of ranking every match. Ranges up to _SMALL_RANGE entries are ranked whole.
_BLOCK = 256
_SMALL_RANGE = 4 * _BLOCK
# Typo checks: characters counted apart in `_TypoNames` (the rest share one count).
_COUNTED_CHARACTERS = 63


class Resolution(BaseModel):
    """`answered` with `film`, `ambiguous` with the candidates, or `not_found` with the nearest titles."""

    status: Status
    film: FilmRef | None = None
    choices: list[FilmRef] = Field(default_factory=list)


def match_key(text: str) -> str:
    """A title or typed name as matching compares it, case, accents and punctuation aside: "Stalker's (1979)!" →
    "stalker s 1979". Not the store's identity_key, which decides when two documents are the same film."""
    return " ".join(re.findall(r"[^\W_]+", spell_ordinals(normalize(text)).replace("'", "")))


def _without_article(key: str) -> str:
    first, _, rest = key.partition(" ")
    return rest if first in _ARTICLES and rest else key


def _without_inner_articles(key: str) -> str:
    """ "planet of apes" for "planet of the apes": a title typed in a hurry drops the articles inside it."""
    words = key.split(" ")
    kept = words[:1] + [w for w in words[1:] if w not in _ARTICLES]
    return " ".join(kept) if len(kept) >= 2 else key


@dataclass(slots=True)
class _Entry:
    ref: FilmRef
    guild_id: int | None
    keys: frozenset[str]  # title and aliases, also without a leading article
    sort_key: str = field(default="")
    names: frozenset[str] = field(default=frozenset())  # title and aliases exactly as given (as keys)


@dataclass(frozen=True, slots=True)
class Mention:
    """A film named inside a question, and the words of the question that named it."""

    films: list[FilmRef]
    words: list[str]  # normalized question words of the name (and year), to drop from the query
    strong: bool  # False for a one-word name that reads like an ordinary noun ("the Room")
    # A one-word name with nothing around it saying it is the film ("in Spartan", "Spartan movie"): it may as
    # well be a character of another film ("John Spartan" in Demolition Man), so the engine checks the rest of
    # the question against content search before trusting it.
    lone: bool = False


class Catalog:
    def __init__(self, films: Iterable[Film] = ()) -> None:
        self._entries: dict[str, _Entry] = {}
        # key → film ids with that title or alias; first word → keys, for scanning questions.
        self._by_key: dict[str, set[str]] = {}
        self._by_first_word: dict[str, set[str]] = {}
        # Autocomplete structures, rebuilt on the first suggestion after any change (loads are rare, typing is
        # not): every title key and every later-word suffix of one, sorted for prefix ranges by bisection.
        self._suffixes: list[tuple[str, int, str, str]] = []  # (suffix, 0 start | 1 later word, sort key, id)
        self._ordered: list[tuple[str, str]] = []  # (sort key, id) of every film
        # The positions of each _BLOCK-long slice of _suffixes ordered by rank (0 start | 1 later word, sort key,
        # position), block after block: positions only (int32), not tuples (~40 MB at 100,000 films).
        self._blocks = np.empty(0, dtype=np.int32)
        # (guild or -1, length) → distinct heads, their places in the list of every name, that list's ids
        self._heads: dict[tuple[int, int], tuple[list[str], list[list[int]], list[str]]] = {}
        self._stale = True
        # Per guild (or None): the title keys of films it sees, for typo matching; dropped on any change.
        self._visible_keys: dict[int | None, _TypoNames] = {}
        self._typo_cache: dict[tuple[str, int | None], list[tuple[str, float]]] = {}
        self._longest = 0  # the most words any name has had (never lowered: it only bounds a search)
        for film in films:
            self.add(film)

    # ---- maintenance ----------------------------------------------------------------------------------

    def add(self, film: Film) -> None:
        self.remove(film.id)
        names = {match_key(name) for name in (film.title, *film.aliases)} - {""}
        keys = names | {_without_article(key) for key in names}
        keys |= {_without_inner_articles(key) for key in keys}
        entry = _Entry(
            FilmRef(id=film.id, title=film.title, year=film.year),
            film.guild_id,
            frozenset(keys),
            sort_key=f"{_without_article(match_key(film.title))} {film.year or 0:04d}",
            names=frozenset(names),
        )
        self._entries[film.id] = entry
        self._stale = True
        self._visible_keys.clear()
        self._typo_cache.clear()
        self._longest = max(self._longest, *(len(key.split(" ")) for key in keys)) if keys else self._longest
        for key in keys:
            self._by_key.setdefault(key, set()).add(film.id)
            self._by_first_word.setdefault(key.split(" ", 1)[0], set()).add(key)

    def remove(self, film_id: str) -> None:
        entry = self._entries.pop(film_id, None)
        if entry is None:
            return
        self._stale = True
        self._visible_keys.clear()
        self._typo_cache.clear()
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

    def every(self, guild_id: int | None) -> list[FilmRef]:
        """Every film this guild may see. A scan: only questions over all of them ("your oldest film?") ask it."""
        return [self._entries[i].ref for i in self._visible_ids(self._entries, guild_id)]

    def from_year(self, year: int, guild_id: int | None, *, through: int | None = None) -> list[FilmRef]:
        """The films of that year (or from it `through` another: "the 70s") this guild may see ("the 1999 film"). A
        scan: only questions naming a year as their film ask it."""
        last = year if through is None else through
        ids = [
            film_id
            for film_id, entry in self._entries.items()
            if entry.ref.year is not None and year <= entry.ref.year <= last
        ]
        return [self._entries[i].ref for i in self._visible_ids(ids, guild_id)]

    def _visible_ids(self, ids: Iterable[str], guild_id: int | None) -> list[str]:
        return sorted((i for i in ids if self.visible(i, guild_id)), key=lambda i: self._entries[i].sort_key)

    # ---- resolving an explicit film argument ----------------------------------------------------------

    def resolve(self, text: str, guild_id: int | None) -> Resolution:
        raw = text.strip()
        if raw in self._entries and self.visible(raw, guild_id):
            # Autocomplete hands back the film id.
            return Resolution(status=Status.ANSWERED, film=self._entries[raw].ref)
        key = match_key(raw)
        if not key:
            return Resolution(status=Status.NOT_FOUND)
        ids = self._exact(key, guild_id)
        if not ids and (match := _YEAR_SUFFIX.match(raw)):
            # Only after the whole text failed as a title, so "Blade Runner 2049" stays a title.
            year = int(match.group("year"))
            same_title = self._exact(match_key(match.group("title")), guild_id)
            ids = [i for i in same_title if self._entries[i].ref.year == year]
            if not ids and same_title:
                return Resolution(status=Status.NOT_FOUND, choices=self._refs(same_title))
        if not ids:
            ids = self._fuzzy(key, guild_id)
        if not ids:
            ids = self._words_of_title(key, guild_id)
        if len(ids) == 1:
            return Resolution(status=Status.ANSWERED, film=self._entries[ids[0]].ref)
        if ids:
            return Resolution(status=Status.AMBIGUOUS, choices=self._refs(ids))
        return Resolution(status=Status.NOT_FOUND, choices=self.nearest(raw, guild_id))

    def resolve_exact(self, text: str, guild_id: int | None) -> Resolution:
        """The film `text` names exactly, for commands that change, remove or export a film.

        Only the film's id, its title or an alias as written (case, accents and punctuation aside), or either
        followed by the year ("Psycho (1960)", "Psycho 1960"). No typo match and no title without its leading
        article: a near miss ("Psycho 2", "Stalkr", an id that does not exist) must never act on another film.
        `not_found` carries the nearest titles; `ambiguous` the films that share the name (give the year or id).
        """
        raw = text.strip()
        for candidate in dict.fromkeys((raw, raw.lower())):
            if candidate in self._entries and self.visible(candidate, guild_id):
                return Resolution(status=Status.ANSWERED, film=self._entries[candidate].ref)
        key = match_key(raw)
        if not key:
            return Resolution(status=Status.NOT_FOUND)
        ids = self._named(key, guild_id)
        if not ids and (match := _YEAR_SUFFIX.match(raw)):
            # Only after the whole text failed as a name, so "Blade Runner 2049" stays a title.
            year = int(match.group("year"))
            same_name = self._named(match_key(match.group("title")), guild_id)
            ids = [i for i in same_name if self._entries[i].ref.year == year]
            if not ids and same_name:
                return Resolution(status=Status.NOT_FOUND, choices=self._refs(same_name))
        if len(ids) == 1:
            return Resolution(status=Status.ANSWERED, film=self._entries[ids[0]].ref)
        if ids:
            return Resolution(status=Status.AMBIGUOUS, choices=self._refs(ids))
        return Resolution(status=Status.NOT_FOUND, choices=self.nearest(raw, guild_id))

    def _named(self, key: str, guild_id: int | None) -> list[str]:
        """Visible films whose title or an alias is exactly `key` (not merely without its article)."""
        ids = (i for i in self._by_key.get(key, ()) if key in self._entries[i].names)
        return self._visible_ids(ids, guild_id)

    def _exact(self, key: str, guild_id: int | None) -> list[str]:
        ids = self._by_key.get(key) or self._by_key.get(_without_article(key)) or set()
        return self._visible_ids(ids, guild_id)

    def _words_of_title(self, key: str, guild_id: int | None) -> list[str]:
        """Films with a title or alias that holds the typed words as whole words ("apes" for "Planet of the
        Apes"), through the autocomplete index of every later-word suffix."""
        self._refresh()
        lo = bisect.bisect_left(self._suffixes, (key,))
        hi = bisect.bisect_left(self._suffixes, (key + _PREFIX_END,), lo)
        ids = {
            film_id for suffix, _, _, film_id in self._suffixes[lo:hi] if suffix == key or suffix.startswith(key + " ")
        }
        return self._visible_ids(ids, guild_id)

    def titled_with(self, words: str, guild_id: int | None) -> list[FilmRef]:
        """The films whose title or an alias holds these words as whole words ("apes": Planet of the Apes)."""
        key = match_key(words)
        return self._refs(self._words_of_title(key, guild_id)) if key else []

    def _fuzzy(self, key: str, guild_id: int | None) -> list[str]:
        """The films whose best-matching name is the single best typo match; several only when tied."""
        found = self._typo_names(key, guild_id)
        if not found:
            return []
        best = found[0][1]
        # A near tie between different names is a guess, not a match: show them as choices instead.
        close = {name for name, score in found if score >= best - 3}
        ids = {i for name in close for i in self._by_key[name]}
        return self._visible_ids(ids, guild_id)

    def _typo_names(self, key: str, guild_id: int | None) -> list[tuple[str, float]]:
        """The five names a guild sees that are closest to `key` at fuzz.ratio 80 or more, best first, ties in
        the order of `_by_key`: what one rapidfuzz scan over every such name gives."""
        return self._typo_names_of([key], guild_id)[key]

    def _typo_names_of(self, keys: Iterable[str], guild_id: int | None) -> dict[str, list[tuple[str, float]]]:
        """`_typo_names` of each key; the answers are kept until the next change, as a question's spans and
        follow-ups repeat.

        fuzz.ratio is 2·LCS / (|a| + |b|), so a name can reach 80 only if (1) its length lies within
        [2|a|/3, 3|a|/2] (LCS is at most the shorter length) and (2) the characters it shares with the key,
        counted with repeats (an upper bound of LCS), reach 0.4 · (|a| + |b|). Both are checked on numpy arrays
        of the names' lengths and character counts (`_TypoNames`); rapidfuzz scores only the names left, each
        with fuzz.ratio itself. At 100,000 films a scan of every name of the band by rapidfuzz read tens of
        thousands of strings scattered over the heap per span (~30 ms each with a fragmented heap)."""
        found: dict[str, list[tuple[str, float]]] = {}
        todo = []
        for key in dict.fromkeys(keys):
            cached = self._typo_cache.get((key, guild_id))
            if cached is not None:
                found[key] = cached
            else:
                todo.append(key)
        if not todo:
            return found
        names = self._keys_seen_by(guild_id)
        if len(self._typo_cache) + len(todo) >= 4096:
            self._typo_cache.clear()
        for key in todo:
            candidates = names.candidates(key)
            scored = process.extract(
                key,
                [names.names[i] for i in candidates],
                scorer=fuzz.ratio,
                score_cutoff=_FUZZY_CUTOFF,
                limit=None,
            )
            ranked = sorted((-score, int(names.places[candidates[j]]), name) for name, score, j in scored)
            found[key] = self._typo_cache[(key, guild_id)] = [(name, -negative) for negative, _, name in ranked[:5]]
        return found

    def _keys_seen_by(self, guild_id: int | None) -> _TypoNames:
        """The names of the films a guild sees, as `_TypoNames`; kept until the next change (at 10,000 films,
        building the list per typo check was most of a question's time)."""
        seen = self._visible_keys.get(guild_id)
        if seen is None:
            visible = sorted(
                (len(key), place, key)
                for place, (key, ids) in enumerate(self._by_key.items())
                if any(self.visible(i, guild_id) for i in ids)
            )
            seen = self._visible_keys[guild_id] = _TypoNames(
                [key for _, _, key in visible], [place for _, place, _ in visible]
            )
        return seen

    def typo(self, text: str, guild_id: int | None) -> tuple[list[FilmRef], float]:
        """The films `text` names exactly (score 100) or with a typo, and how close the best name is (0–100)."""
        return self.typos([text], guild_id)[0]

    def typos(self, texts: Iterable[str], guild_id: int | None) -> list[tuple[list[FilmRef], float]]:
        """`typo` of each text (a question's spans, one call)."""
        keys = [match_key(text) for text in texts]
        exact = {key: self._exact(key, guild_id) for key in keys if key}
        typos = self._typo_names_of((key for key, ids in exact.items() if not ids), guild_id)
        return [self._typo_films(key, exact.get(key, []), typos.get(key, []), guild_id) for key in keys]

    def _typo_films(
        self, key: str, exact: list[str], found: list[tuple[str, float]], guild_id: int | None
    ) -> tuple[list[FilmRef], float]:
        if not key:
            return [], 0.0
        if exact:
            return self._refs(exact), 100.0
        if not found:
            return [], 0.0
        best = found[0][1]
        close = {name for name, score in found if score >= best - 3}
        return self._refs(self._visible_ids({i for name in close for i in self._by_key[name]}, guild_id)), best

    def nearest(
        self, text: str, guild_id: int | None, limit: int = 5, cutoff: float = _SUGGEST_CUTOFF
    ) -> list[FilmRef]:
        key = match_key(text)
        entries = [e for e in self._entries.values() if e.guild_id is None or e.guild_id == guild_id]
        if not key or not entries:
            return []
        names = {name: e for e in entries for name in e.keys}
        found = process.extract(key, list(names), scorer=fuzz.WRatio, score_cutoff=cutoff, limit=limit * 3)
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
        # "vertigos last scene": a possessive typed without its apostrophe.
        unmarked = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in bare]
        best: tuple[int, int, str, str] | None = None  # (length, start, key, its last word as typed)
        for start in range(len(words)):
            if not {words[start], bare[start], unmarked[start]} & self._by_first_word.keys():
                continue
            # Each length a name could have here, looked up whole (at 100,000 films, scanning every name that
            # starts with "the" was most of a question's time). Inner words must match exactly; the last may
            # carry a possessive ("Stalker's ending").
            for length in range(min(self._longest, len(words) - start), 0, -1):
                if best is not None and length <= best[0]:
                    break
                end = start + length
                inner = " ".join(words[start : end - 1])
                for last in dict.fromkeys((words[end - 1], bare[end - 1], unmarked[end - 1])):
                    key = f"{inner} {last}" if inner else last
                    if key in self._by_key and self._visible_ids(self._by_key[key], guild_id):
                        best = (length, start, key, last)
                        break
        if best is None:
            return None
        length, start, key, last = best
        ids = self._visible_ids(self._by_key[key], guild_id)
        end = start + length
        # "Solaris 1972" or "Solaris (1972)" in a question picks the year.
        if end < len(words) and _YEAR.match(words[end]):
            with_year = [i for i in ids if self._entries[i].ref.year == int(words[end])]
            if with_year:
                ids, end = with_year, end + 1
        before = words[start - 1] if start > 0 else ""
        after = words[end] if end < len(words) else ""
        # ("Hitchcock's Vertigo", "nolan's memento": a maker's possessive before it names the film.)
        owned = start > 0 and bare[start - 1] != words[start - 1]
        lone = (
            end - start == 1
            and len(words) > 1
            and before not in _FILM_CUES
            and after not in ("film", "movie")
            and not owned
        )
        strong = (
            _strong(words, original, start, length)
            or _heads(question, start, end)
            or _tags(question, start, end, len(words))
            or _back_to(words, start)
        )
        named = [*bare[start : start + length - 1], last, *bare[start + length : end]]
        return Mention(films=self._refs(ids), words=named, strong=strong, lone=lone)

    # ---- autocomplete ---------------------------------------------------------------------------------

    def suggest(self, prefix: str, guild_id: int | None, limit: int = 25) -> list[FilmRef]:
        """Prefix matches (of the title, an alias or a later word) first, then typo-tolerant ones."""
        self._refresh()
        key = match_key(prefix)
        if not key:
            picked: list[str] = []
            for _, film_id in self._ordered:
                if self.visible(film_id, guild_id):
                    picked.append(film_id)
                    if len(picked) == limit:
                        break
            return [_short(self._entries[i].ref) for i in picked]
        # One bisected range holds every key and later-word suffix starting with what was typed.
        lo = bisect.bisect_left(self._suffixes, (key,))
        hi = bisect.bisect_left(self._suffixes, (key + _PREFIX_END,), lo)
        if hi - lo > _SMALL_RANGE:
            ranked = self._first_ranked(lo, hi, guild_id, limit)
        else:
            best: dict[str, tuple[int, str]] = {}
            for _, inside, sort_key, film_id in self._suffixes[lo:hi]:
                if (film_id not in best or inside < best[film_id][0]) and self.visible(film_id, guild_id):
                    best[film_id] = (inside, sort_key)
            ranked = sorted(best, key=lambda i: best[i])[:limit]
        if len(ranked) < limit and len(key) >= 3:
            ranked += self._typo_matches(key, guild_id, set(ranked), limit - len(ranked))
        return [_short(self._entries[i].ref) for i in ranked]

    def _first_ranked(self, lo: int, hi: int, guild_id: int | None, limit: int) -> list[str]:
        """The first `limit` visible films of the suffix range [lo, hi) by (start before later word, sort key),
        each film once, read lazily from the blocks the range covers whole and the two ends ranked apart."""
        first = -(-lo // _BLOCK)
        last = hi // _BLOCK
        ends = sorted((*range(lo, first * _BLOCK), *range(last * _BLOCK, hi)), key=self._rank)
        blocks = (
            map(int, self._blocks[start : start + _BLOCK]) for start in range(first * _BLOCK, last * _BLOCK, _BLOCK)
        )
        picked: dict[str, None] = {}
        for pos in heapq.merge(ends, *blocks, key=self._rank):
            film_id = self._suffixes[pos][3]
            if film_id not in picked and self.visible(film_id, guild_id):
                picked[film_id] = None
                if len(picked) == limit:
                    break
        return list(picked)

    def _rank(self, pos: int) -> tuple[int, str, int]:
        """Where suffix `pos` ranks among suggestions: a title or alias before a later word, then by sort key."""
        _, inside, sort_key, _ = self._suffixes[pos]
        return inside, sort_key, pos

    def _typo_matches(self, key: str, guild_id: int | None, seen: set[str], wanted: int) -> list[str]:
        """A typo in what has been typed so far: compared with the same length of each name, over the names
        this guild may see only (global ones, and its own in a list of their own)."""
        found: list[tuple[float, str]] = []
        for owner in (-1,) if guild_id is None else (-1, guild_id):
            heads, places, ids = self._heads_for(owner, len(key))
            # Each distinct head is scored once (at 100,000 films a 5-letter head is shared by a handful of
            # names on average, "the s" by thousands); its names are then taken in list order, which is what
            # scoring every name's head and keeping the best few gives, ties by position included.
            scored = process.extract(key, heads, scorer=fuzz.ratio, score_cutoff=_PREFIX_TYPO_CUTOFF, limit=None)
            ranked = heapq.merge(*(zip(itertools.repeat(-score), places[i]) for _, score, i in scored))
            for negative, at in itertools.islice(ranked, wanted + len(seen) + 1):
                found.append((-negative, ids[at]))
        found.sort(key=lambda pair: -pair[0])  # stable: global names first on equal scores, as extract gives
        picked: list[str] = []
        for _, film_id in found:
            if film_id not in seen:
                seen.add(film_id)
                picked.append(film_id)
                if len(picked) == wanted:
                    break
        return picked

    def _heads_for(self, owner: int, length: int) -> tuple[list[str], list[list[int]], list[str]]:
        """The distinct first `length` characters of the owner's names, where each occurs in the list of all
        of them, and that list's film ids."""
        cached = self._heads.get((owner, length))
        if cached is None:
            if len(self._heads) >= 16:  # a few lengths and guilds are in use at a time; bound the rest
                self._heads.clear()
            places: dict[str, list[int]] = {}
            ids: list[str] = []
            for entry in self._entries.values():
                if (entry.guild_id if entry.guild_id is not None else -1) == owner:
                    for name in entry.keys:
                        places.setdefault(name[:length], []).append(len(ids))
                        ids.append(entry.ref.id)
            cached = self._heads[(owner, length)] = (list(places), list(places.values()), ids)
        return cached

    def _refresh(self) -> None:
        if not self._stale:
            return
        suffixes: list[tuple[str, int, str, str]] = []
        for entry in self._entries.values():
            seen: set[str] = set()
            for key in sorted(entry.keys):
                suffixes.append((key, 0, entry.sort_key, entry.ref.id))
                seen.add(key)
            for key in entry.keys:
                words = key.split(" ")
                for start in range(1, len(words)):
                    suffix = " ".join(words[start:])
                    if suffix not in seen:
                        seen.add(suffix)
                        suffixes.append((suffix, 1, entry.sort_key, entry.ref.id))
        suffixes.sort()
        self._suffixes = suffixes
        self._blocks = np.array(
            [
                pos
                for start in range(0, len(suffixes), _BLOCK)
                for pos in sorted(range(start, min(start + _BLOCK, len(suffixes))), key=self._rank)
            ],
            dtype=np.int32,
        )
        self._ordered = sorted((entry.sort_key, entry.ref.id) for entry in self._entries.values())
        self._heads = {}
        self._stale = False


class _TypoNames:
    """Names a guild sees, shortest first (ties in `_by_key` order), with what an exact filter for fuzz.ratio 80
    needs as numpy arrays: their lengths, and per character how often each name holds it (the
    _COUNTED_CHARACTERS commonest characters apart, the others summed in one more row, which keeps the count of
    shared characters an upper bound)."""

    def __init__(self, names: list[str], places: list[int]) -> None:
        self.names = names
        self.places = np.array(places, dtype=np.int64)  # each name's place in the catalog's `_by_key`
        self.lengths = [len(name) for name in names]  # sorted: a band of lengths is a slice
        self._lengths = np.array(self.lengths, dtype=np.int64)
        codes = np.frombuffer("".join(names).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        owner = np.repeat(np.arange(len(names), dtype=np.int64), self._lengths)
        seen = np.bincount(codes) if codes.size else np.zeros(0, dtype=np.int64)
        distinct = np.flatnonzero(seen)
        kept = distinct[np.argsort(-seen[distinct], kind="stable")[:_COUNTED_CHARACTERS]]
        row_of = np.full(seen.size, kept.size, dtype=np.int64)  # the others: one shared row
        row_of[kept] = np.arange(kept.size)
        self._rows = {chr(code): int(row_of[code]) for code in distinct.tolist()}
        height = kept.size + int(distinct.size > kept.size)
        counts = np.bincount(row_of[codes] * len(names) + owner, minlength=height * len(names))
        self._counts: np.ndarray = counts.reshape(height, len(names)).astype(np.uint8)
        # A name holding one character more than 255 times (no title does) could be under-counted: always scored.
        self._always = np.flatnonzero((counts.reshape(height, len(names)) > 255).any(axis=0)).tolist()
        # How many names hold each row's characters: the rarest are compared first, as they rule out most.
        self._holders = np.count_nonzero(self._counts, axis=1)

    def candidates(self, key: str) -> list[int]:
        """The names (positions) that may reach fuzz.ratio 80 with `key`: every one that does, and a few more."""
        size = len(key)
        lo = bisect.bisect_left(self.lengths, math.ceil(2 * size / 3 - 1e-9))
        hi = bisect.bisect_right(self.lengths, math.floor(3 * size / 2 + 1e-9))
        if hi <= lo:
            return []
        wanted: dict[int, int] = {}
        for character in key:
            row = self._rows.get(character)
            if row is not None:  # a character no name holds is shared with none
                wanted[row] = wanted.get(row, 0) + 1
        total = sum(wanted.values())
        if total > 255:  # past uint8 below; no title is that long
            return [*range(lo, hi)]
        # fuzz.ratio ≥ 80 ⇔ 5 · LCS ≥ 2 · (|a| + |b|), and LCS ≤ the characters shared (with repeats): a name
        # stays while the key's characters it lacks are at most total − ⌈2 · (|a| + |b|) / 5⌉, its budget,
        # which falls as names get longer: those with none left are the end of the band.
        hi = min(hi, bisect.bisect_right(self.lengths, (5 * total - 2 * size) // 2, lo, hi))
        if hi <= lo:
            return []
        runs = [
            (
                length,
                bisect.bisect_right(self.lengths, length, lo, hi) - bisect.bisect_left(self.lengths, length, lo, hi),
            )
            for length in range(self.lengths[lo], self.lengths[hi - 1] + 1)
        ]
        budgets = [total - (2 * (size + length) + 4) // 5 for length, _ in runs]
        budget = np.repeat(np.array(budgets, dtype=np.uint8), [n for _, n in runs])
        lowest = budgets[-1]  # the budget of the longest names still in play
        missing = np.zeros(hi - lo, dtype=np.uint8)
        at: np.ndarray | None = None  # positions still in play, once some are ruled out
        spent = 0  # the most any name can have missed so far
        for row, count in sorted(wanted.items(), key=lambda pair: self._holders[pair[0]]):
            column = self._counts[row, lo:hi] if at is None else self._counts[row, at]
            # count − min(column, count), as comparisons: numpy's minimum over uint8 is ~15× slower.
            for level in range(1, count + 1):
                np.add(missing, column < level, out=missing)
            spent += count
            if spent > lowest:
                possible = missing <= budget
                alive = int(np.count_nonzero(possible))
                if not alive:
                    return []
                # Names ruled out stay ruled out (what they lack only grows): drop them only when few are left,
                # as taking a subset costs ten comparisons.
                if alive * 4 <= possible.size:
                    at = np.flatnonzero(possible) + lo if at is None else at[possible]
                    missing, budget = missing[possible], budget[possible]
                    lowest = int(budget[-1])
        possible = missing <= budget
        found: list[int] = (np.flatnonzero(possible) + lo if at is None else at[possible]).tolist()
        if self._always:
            found = sorted({*found, *(i for i in self._always if lo <= i < hi)})
        return found


def _short(ref: FilmRef) -> FilmRef:
    """The same film with a title cut so that its display name fits Discord's 100 characters."""
    if len(ref.display_title) <= MAX_DISPLAY:
        return ref
    room = MAX_DISPLAY - (len(ref.display_title) - len(ref.title)) - 1
    return ref.model_copy(update={"title": ref.title[:room].rstrip() + "…"})


def _strong(words: list[str], original: list[str], start: int, length: int) -> bool:
    """A name of ordinary words ("Up", "Room") counts only when it looks like a title in the question."""
    name = words[start : start + length]
    content = [w for w in name if w not in STOPWORDS]
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() for w in original[start : start + length])
    if not content:
        # "it", "up", "her": only as a capitalised word that is not the first of the question.
        return capitalised and start > 0
    if length == 1 and start > 0 and words[start - 1] in _ARTICLES:
        # "the Room", "a stalker": a thing in the story, not the film "Room".
        return False
    if length == 1 and not capitalised and len(words) > 1:
        # With thousands of titles, most ordinary words are some film's one-word title: "what does Mara do
        # with the vouk?" is not about the film "Vouk". Typed in lower case it needs a cue before it ("in
        # vouk") or a film word after it ("vouk movie"); otherwise content search decides.
        before = words[start - 1] if start > 0 else ""
        after = words[start + 1] if start + 1 < len(words) else ""
        # "is psycho in black and white?": the film a yes/no question opens on (Memento's black-and-white scenes
        # answered it).
        opens = start == 1 and before in ("is", "was", "does", "did")
        # "now do psycho", "k now do vertigo": the film to do next, the last word after "do".
        next_one = before == "do" and start == len(words) - 1
        return before in _FILM_CUES or after in ("film", "movie") or opens or next_one
    return True


_QUESTION_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# "psycho - does marion die", "vertigo: who is judy": words set off before the question are its heading.
_HEADING = re.compile(r"^\W*(?P<head>[^:;,–—?]+?)\s*(?:[:;,–—]|\s-+\s|-+\s)")


def _heads(question: str, start: int, end: int) -> bool:
    """Whether the name is all the question's heading: the film the question is asked of, in any case."""
    match = _HEADING.match(normalize(question))
    if match is None:
        return False
    head = _QUESTION_WORD.findall(match["head"])
    # "and psycho, whos the killer", "ok now vertigo: who is judy": a steering word or two may lead.
    return len(head) == end and all(word in _LEADS for word in head[:start]) and start <= 2


_LEADS = frozenset({"and", "so", "ok", "okay", "now", "also", "then", "but", "right"})
# "does leonard ever find john g? (memento)", "how does borden do it? prestige", "whats the twist - psycho": words set
# off after the question are its tag.
_TAG = re.compile(
    r"(?:[?!]\s*|\s[-–—]+\s*|[:;]\s*|\s)[(\[](?P<tag>[^()\[\]?!]+)[)\]]\W*$|[?!]\s*(?P<bare>[^?!]+?)\W*$"
    r"|\s[-–—]+\s*(?P<dashed>[^?!\-–—]+?)\W*$"
)


def _tags(question: str, start: int, end: int, count: int) -> bool:
    """Whether the name is all of the question's tag: the film the question is asked of, in any case."""
    match = _TAG.search(normalize(question))
    if match is None or end != count:
        return False
    tag = _QUESTION_WORD.findall(match["tag"] or match["bare"] or match["dashed"] or "")
    # ("… (the prestige)": the article typed before the title is part of the tag.)
    return len(tag) - (1 if tag[:1] == ["the"] else 0) == end - start


def _back_to(words: list[str], start: int) -> bool:
    """ "ok back to memento, what year?", "switching to psycho, who wrote it": a film the conversation turns to,
    in any case."""
    return (
        (start >= 1 and words[start - 1] == "onto")
        or (start >= 2 and tuple(words[start - 2 : start]) in _TURNING_TO)
        # "now psycho", "next vertigo": the message opens by turning to it
        or (start == 1 and words[0] in ("now", "next"))
    )


_TURNING_TO = frozenset(
    (verb, "to")
    for verb in (
        *("back", "switching", "switch", "switched", "moving", "move", "moved", "on", "over"),
        *("changing", "change", "jumping", "jump", "turning"),
    )
) | {("lets", "do"), ("now", "for")}


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
