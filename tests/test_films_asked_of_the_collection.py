""" "Which films are by Hitchcock?" got the small-talk pointer, "what did tarkovsky direct?" and "list the nolan films"
got "Which film do you mean?": a list of films asked for by who made them. The films of ours that person made are
offered to pick from, oldest first, "by" their director or writer and "with" someone in their cast. So are the films
of a decade ("what films do you have from the 70s?" got the whole list), and the one at an end of them all ("which is
your oldest film?" quoted Kane's "oldest friend")."""

from __future__ import annotations

import pytest

from bot.plain_text import answer_text
from bot.replies import answer_reply
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "told", "films"),
    [
        ("which films are by hitchcock?", "2 films by Alfred Hitchcock", ["vertigo-1958", "psycho-1960"]),
        ("what did tarkovsky direct?", "2 films by Andrei Tarkovsky", ["solaris-1972", "stalker-1979"]),
        ("list the nolan films", "2 films by Christopher Nolan", ["memento-2000", "the-prestige-2006"]),
        ("which films star brad pitt?", "2 films with Brad Pitt", ["se7en-1995", "fight-club-1999"]),
        ("any movies with Kim Novak?", "one film with Kim Novak", ["vertigo-1958"]),
        ("what has bruce willis been in", "one film with Bruce Willis", ["the-sixth-sense-1999"]),
    ],
)
def test_the_films_someone_made_are_offered(engine: Engine, question: str, told: str, films: list[str]):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS and answer.film is None, answer.answer
    assert told in answer.answer, answer.answer
    assert [ref.id for ref in answer.choices] == films


@pytest.mark.parametrize(
    ("question", "film"),
    [("what did norman do in psycho?", "psycho-1960"), ("who directed Vertigo?", "vertigo-1958")],
)
def test_other_questions_are_not_read_as_a_list(engine: Engine, question: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer


@pytest.mark.parametrize(
    "question",
    # Gavin Elster is a character of Vertigo; John Gavin plays in Psycho.
    ["what does Gavin Elster ask Scottie to do?", "what did Gavin do?"],
)
def test_what_a_character_does_is_no_list(engine: Engine, question: str):
    answer = engine.ask(
        question, scope=SpoilerScope.off(), context_film="vertigo-1958", context_question="who is in it?"
    )
    assert answer.film is not None and answer.film.id == "vertigo-1958", answer.answer


def test_no_list_for_someone_who_made_none_of_ours(engine: Engine):
    answer = engine.ask("which films are by kubrick?", scope=SpoilerScope.off())
    assert "films by" not in answer.answer and answer.film is None, answer.answer


@pytest.mark.parametrize(
    ("question", "told", "films"),
    [
        (
            "what films do you have from the 70s?",
            "3 films from the 1970s",
            ["solaris-1972", "chinatown-1974", "stalker-1979"],
        ),
        ("any films from the fifties?", "2 films from the 1950s", ["rashomon-1950", "vertigo-1958"]),
        ("list the 2000s movies", "2 films from the 2000s", ["memento-2000", "the-prestige-2006"]),
    ],
)
def test_the_films_of_a_decade_are_offered(engine: Engine, question: str, told: str, films: list[str]):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS and told in answer.answer, answer.answer
    assert [ref.id for ref in answer.choices] == films


def test_a_decade_we_have_no_film_of(engine: Engine):
    answer = engine.ask("what movies do you have from the 80s", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and "no film from the 1980s" in answer.answer, answer.answer
    assert not answer.choices


@pytest.mark.parametrize(
    ("question", "told", "film"),
    [
        ("which is the longest film?", "longest of my films is Solaris (1972), at 167 minutes", "solaris-1972"),
        ("which one is the shortest film here", "shortest of my films is Rashomon (1950)", "rashomon-1950"),
        ("what's the oldest film you have?", "oldest of my films is Citizen Kane (1941)", "citizen-kane-1941"),
        ("which is the oldest film in the list", "oldest of my films is Citizen Kane (1941)", "citizen-kane-1941"),
        ("what is your newest movie", "newest of my films is The Prestige (2006)", "the-prestige-2006"),
    ],
)
def test_the_film_at_an_end_of_them_all(engine: Engine, question: str, told: str, film: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert told in answer.answer, answer.answer
    assert [ref.id for ref in answer.choices] == [film]


def test_an_extreme_inside_a_story_is_asked_of_it(engine: Engine):
    # "the oldest film in Psycho" is no question about the collection (whatever it asks of Psycho).
    answer = engine.ask("which is the oldest film in psycho", scope=SpoilerScope.off())
    assert "of my films" not in answer.answer and answer.film is not None and answer.film.id == "psycho-1960"


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("which films are by hitchcock?", "I have 2 films by Alfred Hitchcock: Vertigo (1958), Psycho (1960)."),
        ("what's the oldest film you have?", "The oldest of my films is Citizen Kane (1941)."),
    ],
)
def test_the_terminal_names_each_film_once(engine: Engine, question: str, line: str):
    # The pick list is Discord's buttons; in text, the films follow the line introducing them, or are in it already.
    assert answer_text(engine.ask(question, scope=SpoilerScope.off())).splitlines()[0] == line


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        (
            "which films are by hitchcock?",
            ["I have 2 films by Alfred Hitchcock:", "• Vertigo (1958)", "• Psycho (1960)"],
        ),
        ("what's the oldest film you have?", ["The oldest of my films is Citizen Kane (1941)."]),
    ],
)
def test_discord_shows_the_line_not_which_film(engine: Engine, question: str, lines: list[str]):
    # Discord's reply said "Which film do you mean?" over the films, whatever the line said.
    description = answer_reply(engine.ask(question, scope=SpoilerScope.off())).first.description or ""
    assert description.splitlines()[: len(lines)] == lines, description
    assert "Which film do you mean?" not in description


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        # Answered from Kane's "his oldest friend", by chance the right film, and not its opening.
        ("tell me about the oldest one", "citizen-kane-1941", "In a vast, half-finished castle"),
        ("who directed your newest film?", "the-prestige-2006", "Christopher Nolan"),
        ("how long is the shortest movie you have", "rashomon-1950", "88 minutes"),
    ],
)
def test_the_film_at_an_end_named_inside_a_question(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film, answer.answer
    assert told in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["which films are by hitchcock?", "what films do you have from the 70s?", "which is your oldest film?"],
)
@pytest.mark.parametrize("scope", [SpoilerScope.on(), SpoilerScope.off()])
def test_a_list_of_films_tells_the_askers_scope(engine: Engine, question: str, scope: SpoilerScope):
    # The footer said "(spoilers off)" to an asker who had turned them on.
    answer = engine.ask(question, scope=scope)
    assert answer.choices and answer.scope == scope.describe(), answer.scope


def test_more_by_the_maker_tells_the_askers_scope(engine: Engine):
    answer = engine.ask(
        "any other films by him?",
        scope=SpoilerScope.on(),
        context_film="stalker-1979",
        context_question="who directed it?",
    )
    assert answer.choices and answer.scope == SpoilerScope.on().describe(), answer.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        # Tom Helmore is in Vertigo; a name sharing one of his words is not his.
        ("anything with Tom Hanks in it?", "Tom Hanks"),
        ("any movies with James Caan?", "James Caan"),
    ],
)
def test_a_name_sharing_a_word_with_one_of_ours_is_no_maker_of_ours(engine: Engine, question: str, name: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None and not answer.choices, answer.answer
    assert name in answer.answer, answer.answer


def test_a_full_name_of_ours_in_title_case_is_still_theirs(engine: Engine):
    answer = engine.ask("Which Films Did Alfred Hitchcock Direct?", scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS and {ref.id for ref in answer.choices} == {"psycho-1960", "vertigo-1958"}


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # Two of our titles joined, one typed wrong, are two films, not one title we lack ("I don't have Momento
        # and Se7en").
        ("who directed Momento and Se7en?", ["Christopher Nolan", "David Fincher"]),
        ("who directed Chinatwon and Psycho?", ["Roman Polanski", "Alfred Hitchcock"]),
        ("which is longer, Stalkr or Solaris?", ["162", "167"]),
    ],
)
def test_a_fact_of_two_films_one_typed_wrong(engine: Engine, question: str, told: list[str]):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and all(fact in answer.answer for fact in told), answer.answer
