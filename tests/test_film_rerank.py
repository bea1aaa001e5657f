"""Films found by content are re-ranked by the passages that hold the question together (index/film_rerank.py):
the film-level search's shortlist, read from the films' own passages, on both backends and with films read on
demand, and never from text the asker may not see."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.models import Film, SectionKind
from index import film_rerank
from index.engine import CONTENT_MARGIN, Engine
from index.film_index import FilmIndex
from index.film_search import MIN_COVERAGE, FilmMatch, FilmSearch
from index.persisted_search import PersistedSearch
from index.question import name_terms
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.engine_films import make_film
from tests.films import BUNDLED

Search = FilmSearch | PersistedSearch


def searches(films: list[Film], tmp_path: Path) -> list[Search]:
    memory, disk = FilmSearch(), PersistedSearch(tmp_path / "index")
    for film in films:
        memory.add(FilmIndex(film))
    disk.add_many(FilmIndex(film) for film in films)
    return [memory, disk]


def query(question: str) -> list[str]:
    # As the engine asks: the question's terms, names counted twice.
    return query_tokens(question) + name_terms(question)


def ranked(
    search: Search, films: list[Film], question: str, *, spoilers: bool = False, min_coverage: float = MIN_COVERAGE
) -> list[FilmMatch]:
    """What the engine does: the film-level shortlist, re-ranked from each film's passages."""
    indexes = {film.id: FilmIndex(film) for film in films}
    terms = search.respell(query(question), spoilers=spoilers)
    shortlist = search.find(terms, spoilers=spoilers, guild_id=None, k=film_rerank.SHORTLIST, min_coverage=min_coverage)
    return film_rerank.rerank(terms, shortlist, indexes.get, spoilers=spoilers)


def film(title: str, texts: list[str], spoilers: frozenset[int] = frozenset()) -> Film:
    return make_film(title, None, [(SectionKind.PLOT, i in spoilers, text) for i, text in enumerate(texts)])


FILLER = [f"Chapter {n}: the crew sails on past island number {n} and nothing happens." for n in range(12)]
OTHERS = [film(f"Other {n}", FILLER[n : n + 3]) for n in range(6)]


@pytest.mark.parametrize(
    "words",
    [
        ["lighthouse", "keeper", "stranded", "whale", "beach"],
        ["violinist", "loses", "hearing", "final", "concert"],
        ["beekeeper", "discovers", "forged", "will", "hive"],
        ["astronaut", "repairs", "broken", "antenna", "alone"],
    ],
)
def test_a_film_holding_the_question_in_one_place_beats_one_holding_it_all_over(tmp_path, words):
    """The same words: in one passage of one film, or each twice in a passage of its own in the other (and more
    often in all, which whole-film BM25 preferred). The question describes one moment."""
    close = film("Close", [" ".join(words) + ".", *FILLER[: len(words)]])
    spread = film("Spread", [f"{word} and {word}." for word in words] + [FILLER[0]])
    films = [close, spread, *OTHERS]
    for search in searches(films, tmp_path):
        whole = search.find(query(" ".join(words)), spoilers=False, guild_id=None, k=2)
        assert [m.film_id for m in whole] == [spread.id, close.id], type(search).__name__
        found = ranked(search, films, " ".join(words))
        assert [m.film_id for m in found[:2]] == [close.id, spread.id], type(search).__name__


@pytest.mark.parametrize(
    ("first", "second", "question"),
    [
        (
            "The smuggler hides the diamonds.",
            "In the lighthouse cellar.",
            "where does the smuggler hide the diamonds in the lighthouse cellar",
        ),
        (
            "A chemist poisons the mayor.",
            "At the harvest festival banquet.",
            "which film has a chemist poison the mayor at a harvest banquet",
        ),
        (
            "The orphan trains a falcon.",
            "To carry letters across the frozen border.",
            "the one where an orphan trains a falcon to carry letters over the border",
        ),
    ],
)
def test_two_neighbouring_passages_hold_a_question_together_but_two_far_apart_do_not(tmp_path, first, second, question):
    near = film("Near", [first, second, *FILLER[:6]])
    far = film("Far", [first, *FILLER[:6], second])
    films = [near, far, *OTHERS]
    for search in searches(films, tmp_path):
        found = ranked(search, films, question)
        assert [m.film_id for m in found[:2]] == [near.id, far.id], type(search).__name__


@pytest.mark.parametrize("spoiler", [1, 2])
def test_hidden_passages_change_nothing_in_a_spoilers_off_ranking(tmp_path, spoiler):
    """Spoilers off, only never-spoiler passages are read: a spoiler passage full of the question's words, or one
    between two visible ones, leaves every score and the order as if it were absent."""
    texts = ["The smuggler hides the diamonds.", "Dawn breaks over the harbour.", "A storm."]
    texts.insert(spoiler, "In the lighthouse cellar the smuggler hides the diamonds from the lighthouse keeper.")
    shown = film("Heist", [t for i, t in enumerate(texts) if i != spoiler])
    hidden = film("Heist", texts, spoilers=frozenset({spoiler}))
    others = [film(f"Other {n}", [*FILLER[n : n + 2], "A smuggler in a lighthouse."]) for n in range(6)]
    question = "where does the smuggler hide the diamonds in the lighthouse cellar"
    pairs = zip(
        searches([shown, *others], tmp_path / "shown"), searches([hidden, *others], tmp_path / "hidden"), strict=True
    )
    for a, b in pairs:
        want = ranked(a, [shown, *others], question, min_coverage=0.0)
        got = ranked(b, [hidden, *others], question, min_coverage=0.0)
        assert len(want) > 2
        assert [(m.film_id, m.score) for m in got] == [(m.film_id, m.score) for m in want]
        # With spoilers on, the hidden passage is read, and it counts.
        on = ranked(b, [hidden, *others], question, spoilers=True, min_coverage=0.0)
        assert on[0].film_id == hidden.id and on[0].score > got[0].score


def test_a_film_found_through_its_title_words_keeps_them(tmp_path):
    """The title is read as the film-level search reads it, before the first passage: a film whose passages lack
    the question's words but whose title holds them still scores."""
    titled = film("The Lighthouse Smuggler", ["A quiet story of a family.", *FILLER[:3]])
    others = [film(f"Other {n}", [*FILLER[n : n + 2], "A smuggler waits."]) for n in range(6)]
    films = [titled, *others]
    for search in searches(films, tmp_path):
        found = ranked(search, films, "the lighthouse smuggler")
        assert found[0].film_id == titled.id and found[0].score > 0


def test_nothing_to_weigh_keeps_the_film_level_order():
    one = film("One", ["A smuggler."])
    two = film("Two", ["A smuggler."])
    indexes = {one.id: FilmIndex(one), two.id: FilmIndex(two)}
    pair = [FilmMatch(one.id, 3.0, 1.0), FilmMatch(two.id, 2.0, 1.0)]
    assert film_rerank.rerank(["smuggler"], pair[:1], indexes.__getitem__, spoilers=False) == pair[:1]
    # No word of the question in any passage.
    assert film_rerank.rerank(["unheardofword"], pair, indexes.__getitem__, spoilers=False) == pair


@pytest.mark.parametrize("missing", [0, 1])
def test_a_film_the_caller_cannot_read_is_left_out(tmp_path, missing):
    """A shared index may hold a film another process added that this engine has not picked up yet."""
    films = [film(f"Smuggler {n}", [f"A smuggler hides diamonds in place {n}.", *FILLER[n : n + 2]]) for n in range(3)]
    for search in searches(films, tmp_path / str(missing)):
        readable = {f.id: FilmIndex(f) for i, f in enumerate(films) if i != missing}
        found = film_rerank.find(
            search, query("the smuggler hides diamonds"), readable.get, spoilers=False, guild_id=None
        )
        assert {m.film_id for m in found} == set(readable)


# Descriptions of what anyone may see (premises), in words of our own; several films, several phrasings.
DESCRIBED = [
    ("which movie has a private eye hired to catch a cheating husband during a drought?", "chinatown-1974"),
    ("which film starts with a rich newspaper man dying and saying one last word?", "citizen-kane-1941"),
    ("what film has an insomniac who goes to support groups for diseases he doesn't have?", "fight-club-1999"),
    ("which film has a guy who tattoos facts on his body?", "memento-2000"),
    ("which film has astronauts crash landing on a planet far in the future?", "planet-of-the-apes-1968"),
    ("what's the movie where a secretary steals forty thousand dollars and stops at a motel?", "psycho-1960"),
    ("which film has a woodcutter and a priest sheltering from rain at a gate?", "rashomon-1950"),
    ("which film has two detectives hunting a killer who uses the seven deadly sins?", "se7en-1995"),
    ("which film has a psychologist sent to a space station above a thinking ocean?", "solaris-1972"),
    ("what's the film about two rival magicians in london?", "the-prestige-2006"),
    ("which film has a child psychologist treating a boy who is frightened all the time?", "the-sixth-sense-1999"),
    ("which movie has a detective with a fear of heights who follows a friend's wife?", "vertigo-1958"),
]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> list[Search]:
    return searches(BUNDLED, tmp_path_factory.mktemp("bundled"))


@pytest.mark.parametrize("spoilers", [False, True])
@pytest.mark.parametrize(("question", "film_id"), DESCRIBED)
def test_a_described_film_is_first_and_clearly_ahead_on_both_backends(bundled, question, film_id, spoilers):
    results = []
    for search in bundled:
        found = ranked(search, BUNDLED, question, spoilers=spoilers)
        assert found and found[0].film_id == film_id, (type(search).__name__, question, found[:3])
        assert len(found) == 1 or found[0].score >= CONTENT_MARGIN * found[1].score, (question, found[:3])
        results.append([m.film_id for m in found])
    # The re-ranking reads the same passages whichever search drew up the shortlist.
    assert results[0] == results[1]


@pytest.mark.parametrize(("question", "film_id"), DESCRIBED[::3])
def test_the_engine_names_a_described_film_whether_it_holds_films_whole_or_reads_them_on_demand(
    tmp_path, question, film_id
):
    whole = Engine(BUNDLED)
    search = FilmSearch()
    by_id = {}
    for f in BUNDLED:
        search.add(FilmIndex(f))
        by_id[f.id] = f
    # Only the last film asked about stays read: every shortlisted film is read through the loader.
    lazy = Engine(search=search, loader=by_id.get, film_cache=1)
    for f in BUNDLED:
        lazy.attach(f.model_copy(update={"sections": [], "passages": []}))
    for engine in (whole, lazy):
        answer = engine.ask(question, scope=SpoilerScope.on())
        assert answer.film is not None and answer.film.id == film_id, (question, answer.status)
    assert len(lazy.indexes()) == 1


def test_a_film_far_behind_the_best_is_not_read(tmp_path):
    """Reading a film's passages may mean a store read: one scoring under FLOOR × the best film-level score is
    neither read nor returned, while one close behind is read and may overtake."""
    words = ["lighthouse", "keeper", "stranded", "whale", "beach"]
    close = film("Close", [" ".join(words) + ".", *FILLER[:4]])
    spread = film("Spread", [f"{word} and {word}." for word in words] + [FILLER[0]])
    faint = film("Faint", ["A stranded whale on the beach.", *FILLER[:8]])
    films = [close, spread, faint, *OTHERS]
    indexes = {f.id: FilmIndex(f) for f in films}
    for search in searches(films, tmp_path):
        whole = search.find(query(" ".join(words)), spoilers=False, guild_id=None, k=film_rerank.SHORTLIST)
        behind = {m.film_id for m in whole if m.score < film_rerank.FLOOR * whole[0].score}
        assert faint.id in behind and close.id not in behind
        read: list[str] = []

        def index_of(film_id: str, read: list[str] = read) -> FilmIndex:
            read.append(film_id)
            return indexes[film_id]

        found = film_rerank.find(search, query(" ".join(words)), index_of, spoilers=False, guild_id=None)
        assert not behind & set(read)
        assert [m.film_id for m in found] == [close.id, spread.id]
