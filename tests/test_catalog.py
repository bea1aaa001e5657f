import random

import pytest
from rapidfuzz import fuzz, process

import index.catalog as catalog_module
from corpus.models import Film
from index.answer_model import Status
from index.catalog import MAX_DISPLAY, Catalog, match_key


def film(title: str, year: int | None = None, *, guild: int | None = None, aliases: tuple[str, ...] = ()) -> Film:
    return Film(title=title, year=year, guild_id=guild, aliases=list(aliases)).assign_id()


SOLARIS_72 = film("Solaris", 1972, aliases=("Солярис",))
SOLARIS_02 = film("Solaris", 2002)
CATALOG = Catalog(
    [
        film("Stalker", 1979, aliases=("Сталкер",)),
        SOLARIS_72,
        SOLARIS_02,
        film("Blade Runner 2049", 2017),
        film("The Sixth Sense", 1999),
        film("Psycho", 1960),
        film("Up", 2009),
        film("Room", 2015),
        film("Local Heroes", 2020, guild=1),
        film("Se7en", 1995),
    ]
)


def test_title_key_ignores_case_punctuation_and_accents():
    assert match_key("  STALKER!! ") == "stalker"
    assert match_key("Amélie") == match_key("amelie")
    assert match_key("Schindler’s List") == match_key("schindlers list")


def test_exact_title_alias_and_normalized_forms_resolve():
    for text in ("Stalker", "stalker", " STALKER. ", "Сталкер", "Stalker (1979)", "stalker 1979", "stalker-1979"):
        resolution = CATALOG.resolve(text, None)
        assert resolution.status is Status.ANSWERED, text
        assert resolution.film is not None and resolution.film.id == "stalker-1979"


def test_a_leading_article_is_optional():
    assert CATALOG.resolve("Sixth Sense", None).film.title == "The Sixth Sense"
    assert CATALOG.resolve("the psycho", None).film.title == "Psycho"


def test_a_number_in_the_title_is_not_taken_for_a_year():
    assert CATALOG.resolve("Blade Runner 2049", None).film.year == 2017


def test_same_title_is_ambiguous_until_the_year_decides():
    resolution = CATALOG.resolve("Solaris", None)
    assert resolution.status is Status.AMBIGUOUS
    assert [ref.year for ref in resolution.choices] == [1972, 2002]
    assert CATALOG.resolve("Solaris (2002)", None).film.id == SOLARIS_02.id
    assert CATALOG.resolve("solaris 1972", None).film.id == SOLARIS_72.id
    wrong_year = CATALOG.resolve("Solaris (1990)", None)
    assert wrong_year.status is Status.NOT_FOUND and len(wrong_year.choices) == 2


def test_typos_resolve_to_the_one_close_title():
    assert CATALOG.resolve("Stalkr", None).film.title == "Stalker"
    assert CATALOG.resolve("Pyscho", None).film.title == "Psycho"
    assert CATALOG.resolve("Solariss", None).status is Status.AMBIGUOUS


def test_unknown_titles_are_not_found_with_nearest_titles():
    resolution = CATALOG.resolve("Stalking Horse", None)
    assert resolution.status is Status.NOT_FOUND
    assert "Stalker" in [ref.title for ref in resolution.choices]
    nothing = CATALOG.resolve("zzzzqqq", None)
    assert nothing.status is Status.NOT_FOUND
    assert CATALOG.resolve("   ", None).status is Status.NOT_FOUND


def test_the_film_id_itself_resolves_for_autocomplete_values():
    assert CATALOG.resolve("solaris-2002", None).film.year == 2002


def test_guild_films_are_seen_only_in_their_guild():
    assert CATALOG.resolve("Local Heroes", 1).status is Status.ANSWERED
    assert CATALOG.resolve("Local Heroes", 2).status is Status.NOT_FOUND
    assert CATALOG.resolve("Local Heroes", None).status is Status.NOT_FOUND
    assert CATALOG.resolve("local-heroes-2020@1", 2).status is Status.NOT_FOUND
    assert all(ref.title != "Local Heroes" for ref in CATALOG.resolve("Local Heroez", 2).choices)
    assert CATALOG.find_in_question("who are the Local Heroes?", 2) is None
    assert all(ref.title != "Local Heroes" for ref in CATALOG.suggest("Lo", None))
    assert [ref.title for ref in CATALOG.suggest("Lo", 1)] == ["Local Heroes"]


def test_a_guild_copy_of_a_global_title_makes_it_ambiguous_in_that_guild_only():
    catalog = Catalog([film("Stalker", 1979), film("Stalker", 1979, guild=5)])
    assert catalog.resolve("Stalker", 5).status is Status.AMBIGUOUS
    assert catalog.resolve("Stalker", 6).status is Status.ANSWERED


def test_titles_are_found_inside_questions():
    mention = CATALOG.find_in_question("who directed Stalker?", None)
    assert mention is not None and mention.strong and mention.films[0].title == "Stalker"
    assert mention.words == ["stalker"]
    possessive = CATALOG.find_in_question("Explain Stalker’s ending", None)
    assert possessive is not None and possessive.films[0].title == "Stalker"
    longest = CATALOG.find_in_question("in the sixth sense, who is Malcolm?", None)
    assert longest is not None and longest.films[0].title == "The Sixth Sense"
    year = CATALOG.find_in_question("how does Solaris (2002) end?", None)
    assert year is not None and [ref.year for ref in year.films] == [2002] and year.words == ["solaris", "2002"]
    assert len(CATALOG.find_in_question("how does Solaris end?", None).films) == 2
    assert CATALOG.find_in_question("what is the meaning of life?", None) is None


def test_short_common_word_titles_need_to_look_like_titles():
    assert not CATALOG.find_in_question("what happens up there?", None).strong
    assert CATALOG.find_in_question("Who voices Carl in Up?", None).strong
    # "the Room" is a thing in a story, not the film "Room"
    assert not CATALOG.find_in_question("what does the Professor want with the Room?", None).strong
    assert CATALOG.find_in_question("how does Room end?", None).strong


def test_suggest_puts_prefix_matches_first_then_typo_matches():
    assert [ref.title for ref in CATALOG.suggest("sol", None)] == ["Solaris", "Solaris"]
    assert CATALOG.suggest("st", None)[0].title == "Stalker"
    assert CATALOG.suggest("sense", None)[0].title == "The Sixth Sense"  # a later word of the title
    assert "Psycho" in [ref.title for ref in CATALOG.suggest("pyscho", None)]
    assert len(CATALOG.suggest("", None, limit=3)) == 3
    assert len(CATALOG.suggest("", None)) == 9  # every global film


def test_suggestions_fit_discords_100_characters():
    catalog = Catalog([film("A" * 150 + " Story", 2001)])
    (ref,) = catalog.suggest("a", None)
    assert len(ref.display_title) <= MAX_DISPLAY and ref.display_title.endswith("… (2001)")


def test_removing_and_replacing_films_updates_every_lookup():
    catalog = Catalog([film("Stalker", 1979)])
    catalog.remove("stalker-1979")
    assert catalog.resolve("Stalker", None).status is Status.NOT_FOUND
    assert catalog.find_in_question("who directed Stalker?", None) is None
    renamed = Film(id="x", title="Stalker", aliases=["Zone Trip"])
    catalog.add(renamed)
    catalog.add(Film(id="x", title="Stalker"))  # same id replaces: the alias is gone
    assert catalog.resolve("Zone Trip", None).status is Status.NOT_FOUND
    assert catalog.resolve("stalker", None).film.id == "x"


def test_a_lowercase_word_that_is_also_a_one_word_title_is_not_a_firm_mention():
    catalog = Catalog([film("Vouk", 1990), film("Stalker", 1979), film("Blade Runner", 1982)])
    assert not catalog.find_in_question("what does Mara do with the old vouk?", None).strong
    assert not catalog.find_in_question("why does mara carry vouk everywhere?", None).strong
    # As a title: capitalised, after a cue word, before "film", alone, or several words long.
    assert catalog.find_in_question("what does Mara do in Vouk?", None).strong
    assert catalog.find_in_question("who dies in vouk?", None).strong
    assert catalog.find_in_question("how long is the vouk film?", None).strong is False  # "the vouk"
    assert catalog.find_in_question("stalker", None).strong
    assert catalog.find_in_question("who directed blade runner?", None).strong


def test_suggest_matches_a_scan_of_every_title_for_each_guild():
    # The bisected suffix list must give what checking every visible title would: same films, same order.
    titles = [
        "The Zone",
        "Zone Trip",
        "Zoned Out",
        "A Zone Apart",
        "Ozone",
        "Zero",
        "The Room",
        "Rooms",
        "Zonal",
        "Night Zone",
        "The Last Zone",
    ]
    films = [film(t, 2000 + i, guild=(7 if i % 4 == 0 else None)) for i, t in enumerate(titles)]
    films.append(film("Zone Trip", 1999, guild=8))
    catalog = Catalog(films)
    for guild in (None, 7, 8):
        visible = [f for f in films if f.guild_id in (None, guild)]
        for typed in ("z", "zo", "zone", "the z", "zone t", "room", "last", "r"):
            key = match_key(typed)
            keys = {
                f.id: {match_key(f.title), match_key(f.title).removeprefix("the ").removeprefix("a ")} for f in visible
            }
            order = {f.id: (match_key(f.title).removeprefix("the ").removeprefix("a "), f.year) for f in visible}
            starts = sorted((i for i, ks in keys.items() if any(k.startswith(key) for k in ks)), key=order.get)
            inside = sorted(
                (i for i, ks in keys.items() if i not in starts and any(f" {key}" in f" {k}" for k in ks)),
                key=order.get,
            )
            got = [ref.id for ref in catalog.suggest(typed, guild)]
            assert got[: len(starts) + len(inside)] == starts + inside, (guild, typed)
            assert all(catalog.visible(i, guild) for i in got)


def test_suggest_typo_matches_respect_guilds_and_follow_changes():
    catalog = Catalog([film("Stalker", 1979), film("Stalingrad", 1993, guild=3)])
    assert [ref.title for ref in catalog.suggest("stlak", None)] == ["Stalker"]
    assert "Stalingrad" in [ref.title for ref in catalog.suggest("stlai", 3)]
    assert "Stalingrad" not in [ref.title for ref in catalog.suggest("stlai", 4)]
    catalog.add(film("Stalkers", 2001))
    assert [ref.title for ref in catalog.suggest("stalke", None)] == ["Stalker", "Stalkers"]
    catalog.remove("stalker-1979")
    assert [ref.title for ref in catalog.suggest("stalke", None)] == ["Stalkers"]


def _synthetic_titles(count: int, seed: int) -> list[Film]:
    """Titles of a few syllables, so one- to three-letter prefixes each hold hundreds of names; every fifth film
    belongs to a guild, and some titles repeat (same year in another guild, or another year)."""
    rng = random.Random(seed)
    syllables = ["ka", "ve", "lo", "stra", "mi", "dun", "or", "ze", "pal", "tor", "an", "the"]
    films: list[Film] = []
    seen: set[tuple[str, int, int | None]] = set()
    while len(films) < count:
        words = ["".join(rng.choices(syllables, k=rng.randint(1, 3))) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.3:
            words.insert(0, rng.choice(("the", "a")))
        title = " ".join(words).title()
        year = rng.randint(1990, 1995)
        guild = rng.choice((1, 2)) if len(films) % 5 == 0 else None
        for g in (guild, 2) if rng.random() < 0.05 else (guild,):
            if (title, year, g) not in seen:
                seen.add((title, year, g))
                films.append(film(title, year, guild=g))
    return films


def test_typos_of_several_texts_are_each_texts_typo():
    films = _synthetic_titles(500, seed=11)
    rng = random.Random(12)
    texts = ["", "!!", "what does Brelia do with the", films[0].title, films[1].title.upper()]
    texts += [f.title[:-1] + "z" for f in rng.sample(films, 30)] + [f"the {f.title[1:]}" for f in rng.sample(films, 30)]
    for guild in (None, 1, 2):
        together = Catalog(films).typos(texts, guild)
        one_by_one = Catalog(films)
        assert together == [one_by_one.typo(text, guild) for text in texts]
    assert sum(bool(films) for films, _ in together) > 30


def test_suggest_on_thousands_of_titles_ranks_as_the_whole_range_would(monkeypatch: pytest.MonkeyPatch):
    # Past _SMALL_RANGE names a prefix's first suggestions come from a merge of presorted blocks; ranking every
    # name of the range (what the catalog does below that size) must give the same films in the same order.
    films = _synthetic_titles(4000, seed=3)
    catalog = Catalog(films)
    rng = random.Random(4)
    prefixes = ["k", "t", "th", "the", "a", "ka", "o", "z", "str", "the k", "mi", "lo"]
    prefixes += [f.title[: rng.randint(1, 5)] for f in rng.sample(films, 40)]
    fast = {(p, g, n): catalog.suggest(p, g, limit=n) for p in prefixes for g in (None, 1, 2) for n in (1, 25)}
    assert any(len(v) == 25 for v in fast.values())
    monkeypatch.setattr(catalog_module, "_SMALL_RANGE", 10**9)
    for (p, g, n), got in fast.items():
        assert got == catalog.suggest(p, g, limit=n), (p, g, n)


def _typo_matches_by_scanning(catalog: Catalog, key: str, guild: int | None, seen: set[str], wanted: int) -> list[str]:
    """Suggest's typo step as it was before heads were shared: every visible name's head scored on its own."""
    found: list[tuple[float, str]] = []
    for owner in (None,) if guild is None else (None, guild):
        heads = [
            (name[: len(key)], e.ref.id) for e in catalog._entries.values() if e.guild_id == owner for name in e.keys
        ]
        for _, score, i in process.extract(
            key, [h for h, _ in heads], scorer=fuzz.ratio, score_cutoff=75.0, limit=wanted + len(seen) + 1
        ):
            found.append((score, heads[i][1]))
    found.sort(key=lambda pair: -pair[0])
    return list(dict.fromkeys(i for _, i in found if i not in seen))[:wanted]


def test_suggest_typo_step_scores_each_distinct_head_once_with_the_same_result():
    films = _synthetic_titles(3000, seed=5)
    catalog = Catalog(films)
    rng = random.Random(6)
    typed = ["kaev", "strz", "the kv", "zetor", "plaor", "anve", "mitro", "dunka", "thek"]
    for f in rng.sample(films, 40):
        key = match_key(f.title)[: rng.randint(3, 7)]
        at = rng.randrange(len(key))
        typed.append(key[:at] + rng.choice("kaveoz") + key[at + 1 :])
    for key in typed:
        for guild in (None, 1, 2):
            for seen, wanted in ((set(), 25), (set(), 3), ({films[0].id, films[1].id}, 10)):
                expected = _typo_matches_by_scanning(catalog, key, guild, set(seen), wanted)
                assert catalog._typo_matches(key, guild, set(seen), wanted) == expected, (key, guild, wanted)


def test_typo_matching_by_length_finds_what_scanning_every_name_finds():
    # Only names whose length can reach fuzz.ratio 80 are scored; the five best must be those of one scan over
    # every name the guild sees, in the same order (ties by place), for typos and for phrases that are no title.
    films = _synthetic_titles(3000, seed=8)
    catalog = Catalog(films)
    rng = random.Random(9)
    typed: list[str] = ["what does brelia do with the", "kaveor", "the ka", "a", "zz", "mitorpal dunze"]
    for f in rng.sample(films, 300):
        key = match_key(f.title)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(key) + 1)
            edit = rng.choice(("insert", "delete", "replace", "swap"))
            if edit == "insert":
                key = key[:at] + rng.choice("kaveoz ") + key[at:]
            elif edit == "delete":
                key = key[:at] + key[at + 1 :]
            elif edit == "replace":
                key = key[:at] + rng.choice("kaveoz") + key[at + 1 :]
            else:
                key = key[:at] + key[at + 1 : at + 2] + key[at : at + 1] + key[at + 2 :]
        typed.append(match_key(key) or "x")
        typed.append(f"what does {key} do")
    hits = 0
    scans: dict[tuple[str, int | None], list[tuple[str, float]]] = {}
    for key in typed:
        for guild in (None, 1):
            names = [k for k, ids in catalog._by_key.items() if any(catalog.visible(i, guild) for i in ids)]
            scan = process.extract(key, names, scorer=fuzz.ratio, score_cutoff=80.0, limit=5)
            scans[(key, guild)] = [(name, score) for name, score, _ in scan]
            assert catalog._typo_names(key, guild) == scans[(key, guild)], (key, guild)
            hits += bool(scan)
    assert hits > 300  # most typos are still found
    # Checked together, as a question's spans are (scored in one pass per band of lengths), on a new catalog so
    # nothing comes from the answers kept above.
    together = Catalog(films)
    for guild in (None, 1):
        for start in range(0, len(typed), 40):
            batch = typed[start : start + 40]
            assert together._typo_names_of(batch, guild) == {key: scans[(key, guild)] for key in batch}


def test_typo_filter_is_exact_past_the_characters_it_counts_apart_and_for_absurd_names():
    # More distinct characters than _TypoNames counts apart (the rest share one count), scripts other than
    # Latin, and a name holding one character over 255 times: still what one scan over every name finds.
    rng = random.Random(13)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789" + "абвгдежзиклмнопрст" + "αβγδεζηθικλμνξ" + "東京物語七人侍"
    # Titles hold at most 200 characters; a film built past validation stands for anything longer.
    absurd = Film.model_construct(id="absurd-2000", title="a" * 300 + " b", year=2000, aliases=[], guild_id=None)
    films = [absurd, film("a" * 199, 2001)]
    for n in range(600):
        words = ["".join(rng.choices(alphabet, k=rng.randint(2, 8))) for _ in range(rng.randint(1, 3))]
        films.append(film(" ".join(words), 1950 + n % 60))
    catalog = Catalog(films)
    assert len({c for f in films for c in match_key(f.title)}) > catalog_module._COUNTED_CHARACTERS
    typed = ["a" * 300, "a" * 298 + "b", "a" * 240, "東京物語", "東京物", "абвгд", "zz"]
    for f in rng.sample(films[2:], 150):
        key = match_key(f.title)
        at = rng.randrange(len(key))
        typed.append(key[:at] + rng.choice(alphabet) + key[at + 1 :])
    hits = 0
    for key in typed:
        names = list(catalog._by_key)
        scan = process.extract(key, names, scorer=fuzz.ratio, score_cutoff=80.0, limit=5)
        assert catalog._typo_names(key, None) == [(name, score) for name, score, _ in scan], key
        hits += bool(scan)
    assert hits > 100
