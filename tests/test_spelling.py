"""Typos in questions: read as the nearest term the asker's visible text holds, never as an English word's."""

from corpus.models import Film, Passage, SectionKind
from index.engine import Engine
from index.film_index import FilmIndex
from index.film_search import FilmSearch
from index.spelling import Speller, may_be_typo, respell
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens


def passage(ordinal: int, text: str, spoiler: bool = False) -> Passage:
    return Passage(
        film_id="",
        section="Plot" if spoiler else "Premise",
        section_kind=SectionKind.PLOT if spoiler else SectionKind.PREMISE,
        ordinal=ordinal,
        text=text,
        spoiler=spoiler,
        position=ordinal / 4,
        position_end=(ordinal + 1) / 4,
    )


def film(title: str, *texts: tuple[str, bool]) -> Film:
    return Film(
        title=title, year=2001, passages=[passage(i, text, spoiler) for i, (text, spoiler) in enumerate(texts)]
    ).assign_id()


BREAKFAST = film(
    "Detention",
    ("Five students spend a Saturday in detention in the school library.", False),
    ("Bender hides his cannabis in his locker and the others cover for him.", False),
    ("Vernon finds Bender in the ceiling and Claire kisses him at the end.", True),
)
OTHER = film("Harbour", ("A fisherman rows out of the harbour at dawn.", False))


def test_english_words_short_words_and_numbers_are_never_typos():
    for word in ("city", "where", "setting", "strangest", "london", "1984", "abc", "kevn"):
        assert not any(may_be_typo(t) for t in query_tokens(word)), word
    assert all(may_be_typo(t) for t in query_tokens("cannibis Keven retalitory"))


def test_a_visible_index_reads_a_typo_as_the_nearest_term_it_holds():
    visible = FilmIndex(BREAKFAST).visible(SpoilerScope.on())
    terms = query_tokens("where does Bender hide his cannibis?")
    assert visible.respell(terms) == query_tokens("where does Bender hide his cannabis?")
    # An English word the text lacks stays itself: "locker" is near "lockers", "city" is not a typo at all.
    assert visible.respell(query_tokens("which city?")) == query_tokens("which city?")


def test_a_typo_is_never_read_as_a_word_only_hidden_text_holds():
    # "Vernon" is only in the spoiler passage: with spoilers off the typo must stay unknown, as if the
    # spoiler did not exist; with them on it is read as the name.
    index = FilmIndex(BREAKFAST)
    typo = query_tokens("what does Vernnon find?")
    assert index.visible(SpoilerScope.off()).respell(typo) == typo
    assert index.visible(SpoilerScope.on()).respell(typo) == query_tokens("what does Vernon find?")


def test_two_equally_near_terms_leave_the_typo_alone():
    speller = Speller(["kevin", "kevan"])
    assert speller.nearest("kevon") is None
    assert Speller(["kevin", "melissa"]).nearest("keven") == "kevin"
    assert respell(["keven", "kevin"], {"kevin"}, lambda: Speller(["kevin"])) == ["kevin", "kevin"]


def test_the_film_level_search_corrects_against_the_text_each_scope_searches():
    search = FilmSearch()
    for one in (BREAKFAST, OTHER):
        search.add(FilmIndex(one))
    typo = query_tokens("who hides cannibis in a lockr?")
    assert [m.film_id for m in search.find(typo, spoilers=False, guild_id=None, k=2)] == [BREAKFAST.id]
    # Vernon is only in spoiler text: spoilers off, the typo is not read as his name.
    typo = query_tokens("who is Vernnon?")
    assert search.respell(typo, spoilers=False) == typo
    assert search.respell(typo, spoilers=True) == query_tokens("who is Vernon?")


def test_a_question_with_a_typo_is_answered_from_the_right_passage():
    engine = Engine([BREAKFAST, OTHER])
    for film_arg in ("Detention", None):
        answer = engine.ask("where is the cannibis?", film=film_arg, scope=SpoilerScope.on())
        assert answer.film is not None and answer.film.id == BREAKFAST.id
        assert "cannabis in his locker" in answer.answer
