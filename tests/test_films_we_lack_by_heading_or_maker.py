"""A film we lack named as a heading placed "in" it ("ok and in Inception, what happens with the top?") or after
one of our films' makers ("does Fincher's Zodiac ever reveal the killer?"): "I don't have <its title>", even right
after a question about a bundled film, never that film's answer or a refusal naming none."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED

OFF = SpoilerScope.off()
# Real films none of ours is, and no bundled summary's text names.
LACKED = ["Inception", "Zodiac", "Rear Window", "Gone Girl", "Tenet", "The Birds", "Heat", "Dunkirk"]
HEADINGS = [
    "ok and in {t}, what happens at the end?",
    "and in {t}, who is the main character?",
    "so in {t}, is the hero dead?",
    "in {t}, what is the twist?",
]
# (maker's surname, one of their films we lack): a director of a bundled film.
MAKERS = [("Fincher", "Zodiac"), ("Nolan", "Inception"), ("Hitchcock", "Rear Window"), ("Tarkovsky", "Nostalghia")]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize("after", [None, "memento-2000", "psycho-1960"])
@pytest.mark.parametrize("form", HEADINGS)
@pytest.mark.parametrize("title", LACKED)
def test_a_film_we_lack_placed_as_a_heading_is_not_ours(engine: Engine, title: str, form: str, after: str | None):
    answer = engine.ask(form.format(t=title), context_film=after, scope=OFF)
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert answer.answer.startswith(f"I don't have {title}"), answer.answer


@pytest.mark.parametrize("after", [None, "the-prestige-2006"])
@pytest.mark.parametrize(
    "form", ["does {m}'s {t} ever reveal who the killer is?", "what happens in {m}'s {t}?", "is {m}'s {t} scary?"]
)
@pytest.mark.parametrize(("maker", "title"), MAKERS)
def test_a_film_we_lack_named_after_its_maker_is_not_ours(
    engine: Engine, maker: str, title: str, form: str, after: str | None
):
    answer = engine.ask(form.format(m=maker, t=title), context_film=after, scope=OFF)
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert answer.answer.startswith(f"I don't have {title}."), answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        # Our own film after its maker, and our film's own names after a lead-in, stay ours.
        ("who is in Fincher's Se7en?", "se7en-1995"),
        ("what happens in Hitchcock's Psycho?", "psycho-1960"),
        ("and in Psycho, who is Norman?", "psycho-1960"),
        ("ok and in Vertigo, who is Madeleine?", "vertigo-1958"),
    ],
)
def test_our_films_named_so_stay_ours(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, context_film="memento-2000", scope=OFF)
    assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize("after", [None, "the-prestige-2006"])
@pytest.mark.parametrize(
    "question",
    [
        "is The Illusionist the same kind of magician twist?",
        "is The Departed as good as this?",
        "did you like The Godfather more?",
        "is he in Rear Window too?",
        "is she in Gone Girl too? who is the killer in that one?",
    ],
)
def test_a_capitalised_title_inside_the_question_is_a_film_we_lack(engine: Engine, question: str, after: str | None):
    # "is The Illusionist the same kind of magician twist?" was withheld as The Prestige's; "is he in Rear Window
    # too?" as Vertigo's (lower case it was already "I don't have rear window").
    answer = engine.ask(question, context_film=after, scope=OFF)
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert answer.answer.startswith("I don't have "), answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [("what is The Zone in Stalker?", "stalker-1979"), ("where is The Bates Motel in Psycho?", "psycho-1960")],
)
def test_a_capitalised_name_the_summary_uses_is_no_title(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=OFF)
    assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("How does Rear Window by Hitchcock handle its single location?", "Rear Window"),
        ("is Gone Girl by Fincher any good?", "Gone Girl"),
        ("is Eternal Sunshine of the Spotless Mind in your library? I want its structure", "Eternal Sunshine"),
        ("is Dunkirk in your collection?", "Dunkirk"),
        ("what about in Interstellar, is there a similar planet?", "Interstellar"),
        ("when was North by Northwest released?", "North by Northwest"),
    ],
)
@pytest.mark.parametrize("after", [None, "solaris-1972"])
def test_a_title_before_its_maker_or_asked_after_in_the_library_is_a_film_we_lack(
    engine: Engine, question: str, title: str, after: str | None
):
    # The first four asked which film; after Solaris, "what about in Interstellar, …" was withheld as Solaris's.
    answer = engine.ask(question, context_film=after, scope=OFF)
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert answer.answer.startswith(f"I don't have {title}"), answer.answer


def test_a_search_ending_in_words_no_summary_holds_is_still_a_search(engine: Engine):
    # "… told in reverse chronological order?" was "I don't have reverse chronological order".
    answer = engine.ask("which film in your library is told in reverse chronological order?", scope=OFF)
    assert answer.status is not Status.NOT_FOUND, answer.answer
