import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from corpus.models import Film, Passage, SectionKind
from index.bm25 import Postings, Vocabulary
from index.film_index import FilmIndex
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens

VOCAB = [f"w{i}" for i in range(40)]


def random_corpus(rng: random.Random, docs: int) -> list[list[str]]:
    # Zipf-ish: a few words in most documents (negative idf, floored), many rare ones.
    weights = [1 / (rank + 1) for rank in range(len(VOCAB))]
    return [rng.choices(VOCAB, weights, k=rng.randint(0, 60)) for _ in range(docs)]


def test_postings_scores_equal_bm25okapi_exactly_on_random_corpora():
    rng = random.Random(7)
    for trial in range(200):
        corpus = random_corpus(rng, rng.randint(1, 40))
        if not any(corpus):
            continue
        query = rng.choices([*VOCAB, "absent"], k=rng.randint(1, 6))  # duplicates and unknown words too
        expected = BM25Okapi(corpus).get_scores(query)
        got = Postings(corpus).get_scores(query)
        assert np.array_equal(got, expected), trial


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(VOCAB[:12]), max_size=15), min_size=1, max_size=8),
    st.lists(st.sampled_from(VOCAB[:14]), min_size=1, max_size=5),
)
def test_postings_scores_equal_bm25okapi_for_any_small_corpus(corpus, query):
    if not any(corpus):
        assert not Postings(corpus).get_scores(query).any()
        return
    np.testing.assert_allclose(
        Postings(corpus).get_scores(query), BM25Okapi(corpus).get_scores(query), rtol=0, atol=1e-12
    )


def test_idf_is_rank_bm25s_including_its_negative_floor_in_tiny_corpora():
    corpus = [["zone", "room"], ["zone", "train"]]
    postings = Postings(corpus)
    bm25 = BM25Okapi(corpus)
    assert {term: postings.idf(term) for term in bm25.idf} == bm25.idf
    # The measured hazard: with two documents the floor is not positive, so BM25 alone cannot rank them.
    assert bm25.idf["room"] == 0.0 and bm25.idf["zone"] <= 0.0


def test_idf_and_its_floor_are_bm25okapis_bit_for_bit_whatever_order_term_ids_were_given_in():
    # The floor (epsilon × average idf) sums every idf in the order BM25Okapi first meets each term; Postings
    # computes it without BM25Okapi, so ids here are handed out in an order unrelated to that one.
    rng = random.Random(21)
    words = [f"t{i}" for i in range(300)]
    vocabulary = Vocabulary()
    for word in rng.sample(words, len(words)):
        vocabulary.id(word)
    floored = 0
    for trial in range(150):
        weights = [1 / (rank + 1) ** rng.uniform(0.6, 1.4) for rank in range(len(words))]
        corpus = [rng.choices(words, weights, k=rng.randint(0, 80)) for _ in range(rng.randint(1, 45))]
        if not any(corpus):
            continue
        bm25 = BM25Okapi(corpus)
        postings = Postings(corpus, vocabulary=vocabulary)
        assert {term: postings.idf(term) for term in bm25.idf} == bm25.idf, trial
        query = rng.choices(words, k=rng.randint(1, 8))
        assert np.array_equal(postings.get_scores(query), bm25.get_scores(query)), trial
        floored += any(value == bm25.epsilon * bm25.average_idf for value in bm25.idf.values())
    assert floored > 50  # most corpora have terms in more than half their documents


def test_rank_puts_a_matching_document_first_even_when_bm25_scores_it_zero_or_less():
    # Two passages sharing no word: every idf is log(1.5) - log(1.5) = 0, so BM25 scores all zero.
    two = Postings([["professor", "bomb"], ["writer", "bar"]])
    assert two.get_scores(["bomb"]).tolist() == [0.0, 0.0]
    assert [doc for doc, _ in two.rank(["bomb"], k=2)] == [0]
    assert [doc for doc, _ in two.rank(["writer"], k=2)] == [1]
    # A word in both of two passages gets the floor, which is negative here: matches score below a miss.
    three = Postings([["zone", "room"], ["zone", "train"], ["bar"]])
    negative = Postings([["zone", "room"], ["zone", "train"]])
    assert BM25Okapi([["zone", "room"], ["zone", "train"]]).average_idf < 0
    assert negative.get_scores(["zone"]).max() < 0
    assert sorted(doc for doc, _ in three.rank(["zone"], k=3)) == [0, 1]
    assert three.rank(["zone", "train"], k=3)[0][0] == 1
    assert three.rank(["nothing"], k=3) == []


def test_rank_prefers_more_query_terms_on_equal_scores_and_respects_k():
    corpus = [["a1", "b1"], ["a1"], ["c1"], ["a1", "b1", "c1"]]
    postings = Postings(corpus)
    ranked = postings.rank(["a1", "b1"], k=2)
    assert len(ranked) == 2
    assert {doc for doc, _ in ranked} == {0, 3}


def test_empty_and_all_stopword_corpora_score_nothing():
    assert Postings([]).rank(["zone"], 3) == []
    assert Postings([[], []]).get_scores(["zone"]).tolist() == [0.0, 0.0]


def passage(ordinal: int, text: str, spoiler: bool, position: float, end: float) -> Passage:
    return Passage(
        film_id="f",
        section="Plot" if spoiler else "Premise",
        section_kind=SectionKind.PLOT if spoiler else SectionKind.PREMISE,
        ordinal=ordinal,
        text=text,
        spoiler=spoiler,
        position=position,
        position_end=end,
    )


def film_with(texts: list[tuple[str, bool]]) -> Film:
    n = len(texts)
    return Film(
        id="f",
        title="F",
        passages=[passage(i, text, spoiler, i / n, (i + 1) / n) for i, (text, spoiler) in enumerate(texts)],
    )


def test_visible_index_scores_only_visible_passages_with_their_own_statistics():
    film = film_with(
        [
            ("The Zone is a guarded area.", False),
            ("The Zone hides the Room.", False),
            ("The Professor brings a bomb into the Zone.", True),
        ]
    )
    index = FilmIndex(film)
    off = index.visible(SpoilerScope.off())
    assert [p.ordinal for p in off.passages] == [0, 1] and off.hidden == 1
    query = query_tokens("zone room")
    assert np.array_equal(off.postings.get_scores(query), BM25Okapi(index.tokens[:2]).get_scores(query))
    assert off.search(query_tokens("bomb")) == []
    on = index.visible(SpoilerScope.on())
    assert on.hidden == 0 and on.search(query_tokens("bomb"))[0].passage.ordinal == 2


def test_hidden_passages_change_nothing_about_visible_scores():
    safe = [("The Zone is a guarded area.", False), ("A train runs into the Zone.", False)]
    a = FilmIndex(film_with([*safe, ("The Professor brings a bomb.", True)])).visible(SpoilerScope.off())
    b = FilmIndex(film_with([*safe, ("Zone zone zone train.", True), ("More.", True)])).visible(SpoilerScope.off())
    query = query_tokens("train zone")
    assert np.array_equal(a.postings.get_scores(query), b.postings.get_scores(query))
    assert [(h.passage.text, h.score) for h in a.search(query)] == [(h.passage.text, h.score) for h in b.search(query)]


def test_visible_subsets_are_cached_by_what_they_show():
    film = film_with([("Safe zone text.", False), ("Early spoiler train.", True), ("Late spoiler bomb.", True)])
    index = FilmIndex(film)
    # passage 1 ends at 2/3, passage 2 at 1.0
    assert index.visible(SpoilerScope.parse("upto:70%")) is index.visible(SpoilerScope.parse("upto:90%"))
    assert index.visible(SpoilerScope.off()) is index.visible(SpoilerScope.parse("upto:10%"))
    assert index.visible(SpoilerScope.on()) is not index.visible(SpoilerScope.off())
    assert [p.ordinal for p in index.visible(SpoilerScope.parse("upto:70%")).passages] == [0, 1]


def test_term_ids_are_the_tokenizers_terms_on_real_and_awkward_text():
    from corpus.bundled import sample_files
    from index.bm25 import Vocabulary
    from index.tokenize import document_tokens

    vocabulary = Vocabulary()
    texts = [line for path in sample_files() for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts += [
        "Stalker's barbed-wire fence—don't go!",
        "It's 20-kiloton... a.b.c ''quoted'' -dash- x-",
        "Amélie’s café",
        "Сталкер и Зона",
        "tab\tseparated\u00a0nbsp",
        "ﬁne ligatures",
        "UPPER lower MiXeD",
        "She fell in love with him; Olivia falls for Borden. It fell\tin  love.",
        "",
    ]
    for text in texts * 2:  # the second pass is served from the memo
        assert vocabulary.decode(vocabulary.documents_ids([text])[0].tolist()) == document_tokens(text), text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ'’-—. ,\t\n0é")), max_size=40))
def test_term_ids_match_the_tokenizer_for_any_text(text):
    from index.bm25 import VOCABULARY
    from index.tokenize import document_tokens

    assert VOCABULARY.decode(VOCABULARY.documents_ids([text])[0].tolist()) == document_tokens(text)


def test_built_indexes_are_bounded_by_one_lru_over_all_films():
    from index.film_index import VisibleCache

    cache = VisibleCache(capacity=3)
    films = [FilmIndex(film_with([(f"Zone {i} text.", False), (f"Spoiler {i}.", True)]), cache=cache) for i in range(3)]
    first = films[0].visible(SpoilerScope.off())
    for index in films:
        index.visible(SpoilerScope.on())
    assert len(cache) == 3
    assert films[0].visible(SpoilerScope.off()) is not first  # evicted, rebuilt the same
    assert [p.ordinal for p in films[0].visible(SpoilerScope.off()).passages] == [0]
    films[0].release()
    assert len(cache) == 2


def test_the_index_keeps_passages_but_not_sections():
    from corpus.models import Paragraph, Section

    film = film_with([("Safe zone text.", False)])
    film.sections = [
        Section(
            heading="Premise", kind=SectionKind.PREMISE, spoiler=False, paragraphs=[Paragraph(text="Safe zone text.")]
        )
    ]
    index = FilmIndex(film)
    assert index.film.sections == [] and index.film.passages == film.passages
    assert film.sections  # the caller's film is untouched


def test_release_memory_is_safe_to_call_and_keeps_indexes_working():
    from bot.memory import release_memory

    index = FilmIndex(film_with([("The Zone is a guarded area.", False)]))
    assert isinstance(release_memory(), bool)
    assert index.visible(SpoilerScope.off()).search(query_tokens("zone"))[0].passage.ordinal == 0


async def test_the_service_sizes_its_engines_cache_from_the_setting(tmp_path):
    """FILMBOT_VISIBLE_INDEXES reaches the engine the service builds (white-box: the cache itself)."""
    from bot.service import FilmService

    async with await FilmService.open(tmp_path / "f.db", visible_indexes=2) as service:
        for title in ("Stalker", "Psycho", "Vertigo"):
            assert service.ask(f"who directed {title}?").film is not None
        assert len(service.internals.engine._cache) == 2
