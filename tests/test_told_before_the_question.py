"""What askers tell of themselves around a question ("my nan is watching vertigo for the first time, who is
madeleine?", "how long is stalker? planning a movie night at mine") asks nothing of the summary: its words ("nan",
"pillow", "the whole time", "planning") were read as the story's, so safe questions were withheld or named no film.
The film named in what was told is the film asked about; a film we lack named there stays a film we lack. And a
character asked after as "what is Lynn like?" is described, as "describe Lynn" was."""

import pytest

from index.answer_model import Answer, Status
from index.engine import Engine
from index.remarks import plain_question, told_before
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def assert_answered_about(engine: Engine, question: str, film_id: str, expected: str) -> Answer:
    """Asked with spoilers off, `question` is answered about `film_id` with `expected` in the answer."""
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer
    return answer


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("my nan is watching vertigo for the first time, who is madeleine?", "vertigo-1958", "Elster"),
        (
            "my brother made me watch seven and i hid behind a pillow the whole time. who are the two detectives?",
            "se7en-1995",
            "Somerset",
        ),
        ("we're doing a hitchcock night with my in-laws tonight - where is Psycho set?", "psycho-1960", "Phoenix"),
        ("my mum fell asleep during solaris yesterday. who is Kelvin?", "solaris-1972", "psychologist"),
        ("i dozed off in chinatown last night, what does Jake do for a living?", "chinatown-1974", "divorce"),
    ],
)
def test_the_film_named_in_what_was_told_is_asked_about(engine: Engine, question: str, film_id: str, expected: str):
    assert_answered_about(engine, question, film_id, expected)


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("how long is stalker? planning a movie night at mine", "stalker-1979", "162"),
        ("who directed chinatown? teacher says it's on the test", "chinatown-1974", "Polanski"),
        ("is psycho a horror film? she wants to watch it next", "psycho-1960", "Horror"),
        ("whats memento about, my bro is obsessed", "memento-2000", "Leonard"),
    ],
)
def test_what_is_told_after_the_question_asks_nothing(engine: Engine, question: str, film_id: str, expected: str):
    assert_answered_about(engine, question, film_id, expected)


def test_a_film_we_lack_named_in_what_was_told_stays_one(engine: Engine):
    # "Seven Samurai" holds our alias "Seven": the lead names a film we lack, not Se7en.
    answer = engine.ask(
        "my uncle swears Seven Samurai is the best film ever made. how long is it?", scope=SpoilerScope.off()
    )
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert "Seven Samurai" in answer.answer


def test_a_spoiler_asked_after_a_story_is_still_withheld(engine: Engine):
    answer = engine.ask(
        "my gf and i just started psycho and she's hooked. who is the killer?", scope=SpoilerScope.off()
    )
    assert answer.status is Status.WITHHELD and "Norman" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # the question points back into what was told: it is not whole without it
        "my niece says norman in psycho stuffs things. what does she mean?",
        "my flatmate keeps quoting chinatown, what's that about?",
        # nothing of the asker's own is told
        "Vertigo, who is madeleine?",
        "so, who directed it?",
    ],
)
def test_a_question_that_needs_what_came_before_is_kept_whole(question: str):
    assert told_before(question) is None


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        ("what is Lynn like", "the-sixth-sense-1999", "Lynn"),
        ("what kind of person is Norman Bates?", "psycho-1960", "shy, polite"),
        ("what is Kris Kelvin like?", "solaris-1972", "Kelvin"),
        ("what is the Zone like?", "stalker-1979", "Zone"),
    ],
)
def test_what_someone_is_like_is_described(engine: Engine, question: str, film_id: str, expected: str):
    assert_answered_about(engine, question, film_id, expected)


@pytest.mark.parametrize(
    "question", ["what is it like", "what was the ending like?", "what is this film like", "what do you like?"]
)
def test_what_the_film_or_the_ending_is_like_is_not_a_character(question: str):
    assert "describe" not in plain_question(question)


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        # what is asked of the film turned to: "it" is the film
        ("what about the sixth sense, is it scary?", "the-sixth-sense-1999", "Malcolm"),
        ("my nan is watching vertigo, what's it about?", "vertigo-1958", "Scottie"),
        # the question passed on, in its indirect form
        (
            "so my dad fell asleep halfway through psycho last night and now he wants to know who the guy at the"
            " motel is",
            "psycho-1960",
            "Norman",
        ),
        # what the asker is writing, before or after
        ("who is Malcolm Crowe? Writing his wiki page.", "the-sixth-sense-1999", "psychologist"),
        ("For the wiki: what is Hollis Mulwray's job title?", "chinatown-1974", "chief engineer"),
        # told plainly, at any age
        (
            "explain citizen kane to me like i'm 12, my teacher made us watch it and i dozed off",
            "citizen-kane-1941",
            "Xanadu",
        ),
        # the cinematographer, by another name
        ("who was the cameraman on citizen kane?", "citizen-kane-1941", "Toland"),
    ],
)
def test_what_is_asked_around_what_is_told(engine: Engine, question: str, film_id: str, expected: str):
    assert_answered_about(engine, question, film_id, expected)


@pytest.mark.parametrize(
    "question", ["thanks, she's thrilled", "ok he says thanks, he'll keep watching", "shes asleep lol"]
)
def test_thanks_and_moods_passed_on_are_remarks(engine: Engine, question: str):
    # After a question about Vertigo, none of these asks anything of it.
    answer = engine.ask(
        question, scope=SpoilerScope.off(), context_film="vertigo-1958", context_question="who directed vertigo?"
    )
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer


def test_doubting_ones_memory_asks_nothing_more(engine: Engine):
    answer = engine.ask(
        "is it told backwards or am i misremembering",
        scope=SpoilerScope.off(),
        context_film="memento-2000",
        context_question="whats memento about",
    )
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == "memento-2000"


@pytest.mark.parametrize(
    ("question", "film_id", "expected"),
    [
        # a link pasted beside the question names the film in its address
        ("https://en.wikipedia.org/wiki/Solaris_(1972_film) how long is it?", "solaris-1972", "167"),
        ("https://en.wikipedia.org/wiki/Rashomon who's in it", "rashomon-1950", "Mifune"),
        ("check https://letterboxd.com/film/stalker/ how long is it", "stalker-1979", "162"),
        # punctuation said aloud, questions joined as speech joins them, Every Word Capitalised
        ("who directed psycho question mark", "psycho-1960", "Hitchcock"),
        ("who directed vertigo and also how long is it", "vertigo-1958", "128"),
        ("Citizen Kane Who Plays Kane", "citizen-kane-1941", "Orson Welles"),
        # what the asker feels or has to do, after the question
        ("eli5 memento, im confused by the backwards thing", "memento-2000", "Leonard"),
        ("how long are solaris and stalker? need to pick one for tonight", "solaris-1972", "162"),
        # a verdict after the question asks nothing
        ("who did the camera work in citizen kane, the photography looks amazing", "citizen-kane-1941", "Toland"),
        ("who plays norman in psycho, he was so good", "psycho-1960", "Anthony Perkins"),
    ],
)
def test_what_is_asked_as_typed(engine: Engine, question: str, film_id: str, expected: str):
    assert_answered_about(engine, question, film_id, expected)


def test_an_other_link_says_nothing():
    assert "imdb" not in plain_question("https://www.imdb.com/title/tt0079944/ how long is stalker?")


def test_whether_someone_has_seen_it_is_chat(engine: Engine):
    answer = engine.ask(
        "lol alice how have you not seen it",
        scope=SpoilerScope.off(),
        context_film="the-sixth-sense-1999",
        context_question="who directed the sixth sense?",
    )
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer


@pytest.mark.parametrize(
    ("said", "typed"),
    [
        ("psycho what happens at forty percent", "psycho what happens at 40%"),
        ("what happens at forty-five per cent of vertigo", "what happens at 45% of vertigo"),
        ("a hundred percent sure it is vertigo", "a hundred percent sure it is vertigo"),
    ],
)
def test_a_share_said_in_words_is_a_share(said: str, typed: str):
    assert plain_question(said) == typed


def test_a_point_in_the_film_said_in_words_is_not_a_sum(engine: Engine):
    # "forty" was read as the premise's "forty thousand dollars": the middle of the film is no premise.
    answer = engine.ask("psycho what happens at forty percent", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and "forty thousand" not in answer.answer, answer.answer
