"""Bundled titles typed in lower case where nothing but the title can be meant: at the head of the question
("psycho - does marion die"), after "back to", or misspelt where a fact asks for a film ("how long is momento")."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("psycho - does marion die", "psycho-1960"),
        ("vertigo: who is judy", "vertigo-1958"),
        ("memento, is teddy a cop", "memento-2000"),
        ("stalker — what is in the room", "stalker-1979"),
        ("solaris: is hari real", "solaris-1972"),
    ],
)
def test_a_title_heading_the_question_is_the_film_asked_of(engine: Engine, question: str, film_id: str):
    # Before: the lower-case title was read as a story word, and the question described no film clearly, so
    # the reply was "you didn't say which film" (or a refusal naming none).
    # With spoilers off the refusal names the film: the asker named it, so naming it confirms nothing.
    for scope in (SpoilerScope.off(), SpoilerScope.on()):
        answer = engine.ask(question, scope=scope)
        assert answer.film is not None and answer.film.id == film_id


@pytest.mark.parametrize(
    ("first", "back", "film_id", "expected"),
    [
        ("who directed memento", "ok back to memento, what year", "memento-2000", "2000"),
        ("who directed vertigo", "back to vertigo: how long is it", "vertigo-1958", "128"),
        ("what year is psycho from", "back to psycho, who wrote it", "psycho-1960", "Stefano"),
        # Turning to a film for the first time, in other words than "back to".
        ("what year is psycho from", "switching to psycho, who wrote it", "psycho-1960", "Stefano"),
        ("who directed memento", "moving on to memento: what year", "memento-2000", "2000"),
        ("who directed vertigo", "lets do vertigo, how long is it", "vertigo-1958", "128"),
        ("what year is stalker from", "ok over to stalker - who directed it", "stalker-1979", "Tarkovsky"),
        ("what year is psycho from", "now psycho, who wrote it?", "psycho-1960", "Stefano"),
        ("who directed vertigo", "next vertigo: how long is it", "vertigo-1958", "128"),
    ],
)
def test_going_back_to_a_film_in_lower_case_names_it(
    engine: Engine, first: str, back: str, film_id: str, expected: str
):
    # Before: "ok back to memento, what year" after a question about The Prestige stayed on The Prestige.
    between = engine.ask("what year is the prestige", scope=SpoilerScope.off())
    assert between.film is not None and between.film.id == "the-prestige-2006"
    assert engine.ask(first, scope=SpoilerScope.off()).film is not None
    answer = engine.ask(back, context_film="the-prestige-2006", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert expected in answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("how long is momento", "memento-2000", "113"),
        ("who directed chinatwon", "chinatown-1974", "Polanski"),
        ("what year is vertgo from", "vertigo-1958", "1958"),
        ("who directed rashoman", "rashomon-1950", "Kurosawa"),
    ],
)
def test_a_lower_case_typo_of_one_title_where_a_fact_asks_for_a_film(
    engine: Engine, question: str, film_id: str, expected: str
):
    # Before: "I don't have momento. Did you mean Memento (2000)?", though only Memento was near.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert expected in answer.answer


@pytest.mark.parametrize("question", ["who directed the godfather", "how long is tenet", "who wrote amelie"])
def test_films_we_lack_stay_films_we_lack(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None


@pytest.mark.parametrize(
    ("film_id", "question", "expected"),
    [
        ("se7en-1995", "ok fine who directed it", "Fincher"),
        ("vertigo-1958", "right, cool, how long is it", "128"),
        ("psycho-1960", "sure thing, who wrote it", "Stefano"),
    ],
)
def test_a_word_before_a_follow_up_is_no_film_we_lack(engine: Engine, film_id: str, question: str, expected: str):
    # Before: "I don't have fine."
    answer = engine.ask(question, context_film=film_id, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert expected in answer.answer


@pytest.mark.parametrize(
    "question",
    ["whats the ending of the godfather", "how does jaws end?", "how does the matrix end", "ending of amelie"],
)
def test_the_ending_of_a_film_we_lack(engine: Engine, question: str):
    # Before: "Which film do you mean?", as though the title were a story word.
    answer = engine.ask(question, context_film="stalker-1979", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert "I don't have" in answer.answer


@pytest.mark.parametrize(
    ("film_id", "question"),
    [
        ("stalker-1979", "what happens at the end with the gramophone"),
        ("psycho-1960", "how does it end with the swamp"),
    ],
)
def test_an_ending_asked_with_a_word_of_no_film_stays_with_the_last_film(engine: Engine, film_id: str, question: str):
    answer = engine.ask(question, context_film=film_id, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id


HEADINGS = [
    "{} who is the main character",
    "{} how does it end",
    "{} what happens to the hero",
    "{} - who dies",
    "{}: what is the twist",
    "{} who is the villain",
]


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_a_title_heading_the_question_with_no_mark_between_is_the_film(engine: Engine, film):
    # "vertigo who is judy", "psycho what happened to norman's mother": the heading was kept a story word when
    # only a space followed it, and a question about a spoiler then got a refusal naming no film.
    for form in HEADINGS:
        for title in (film.title, film.title.lower()):
            for scope in (SpoilerScope.off(), SpoilerScope.on()):
                answer = engine.ask(form.format(title), scope=scope)
                assert answer.film is not None and answer.film.id == film.id, (form, title, scope.mode)


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_the_title_one_after_which_film_answers_the_question_asked(engine: Engine, film):
    # "the christopher nolan movie, who's in it" → "which film?" → "the memento one": the lower-case title before
    # "one" was a story word, and the reply quoted Memento's story instead of its cast.
    asked = "the christopher nolan movie, who's in it"
    for form in ("the {} one", "the {} movie"):
        answer = engine.ask(form.format(film.title.lower()), scope=SpoilerScope.off(), context_question=asked)
        assert answer.film is not None and answer.film.id == film.id, form
        assert answer.answer.startswith("Cast:") or "doesn't say" in answer.answer, (form, answer.answer)


# A one-word title in lower case that a yes/no question opens on: "is psycho in black and white?" answered Memento
# (its black-and-white scenes), and "was vertigo a success" withheld Memento's answer.
@pytest.mark.parametrize(
    "form", ["is {} in black and white?", "was {} a success", "is {} long", "does {} have a twist?"]
)
def test_a_yes_no_question_opening_on_a_lower_case_title_is_about_it(form: str):
    engine = Engine(BUNDLED)
    for film in BUNDLED:
        if " " in film.title:
            continue
        answer = engine.ask(form.format(film.title.lower()))
        assert answer.film is not None and answer.film.id == film.id, film.title


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        ("Citizen Cane cinematographer?", "citizen-kane-1941", "Toland"),
        ("who shot Citizen Cane?", "citizen-kane-1941", None),
        ("The Sixth Sence cast", "the-sixth-sense-1999", "Osment"),
    ],
)
def test_a_title_misspelt_in_english_words_each_capitalised_is_ours(
    engine: Engine, question: str, film_id: str, told: str | None
):
    # Before: "Which film do you mean? (Citizen Kane (1941))": both words are English, so the phrase was read as a
    # sentence's start; every word capitalised, it is a title.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert told is None or told in answer.answer, answer.answer


def test_one_capitalised_word_after_the_is_no_misspelt_title(engine: Engine):
    # "The Priest" is "The Prestige" misspelt by one reading, and a sentence's start by the other.
    answer = engine.ask("The Priest holds the baby, why?", scope=SpoilerScope.off())
    assert answer.film is None or answer.film.id != "the-prestige-2006", answer.answer


@pytest.mark.parametrize("question", ["The Sixth Day cast", "Planet Terror cast"])
def test_a_capitalised_title_we_lack_near_one_of_ours_is_one_we_lack(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id", "told"),
    [
        ("prestige twist?", "the-prestige-2006", "twins"),
        ("psycho twist?", "psycho-1960", "Norman was the killer"),
        ("what's the memento twist", "memento-2000", "undercover"),
    ],
)
def test_a_lower_case_title_then_twist_asks_that_films_twist(engine: Engine, question: str, film_id: str, told: str):
    # Before: "That may be a spoiler, and you didn't say which film you mean": the title was read as a word of the
    # story, and a film found by its words is not named in a refusal. Typed so, the title names the film, as it does
    # in "psycho ending explained".
    off = engine.ask(question, scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and off.film is not None and off.film.id == film_id, off.answer
    assert told not in off.answer
    on = engine.ask(question, scope=SpoilerScope.on())
    assert on.status is Status.ANSWERED and told in on.answer, on.answer


@pytest.mark.parametrize("question", ["Inception ending explained?", "inception ending?", "Interstellar ending"])
def test_a_title_we_lack_then_its_ending_is_a_film_we_lack(engine: Engine, question: str):
    # Before: "That may be a spoiler, and you didn't say which film you mean.", as if a film of ours were described.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert answer.answer.lower().startswith("i don't have in"), answer.answer
