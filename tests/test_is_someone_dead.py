"""'Is X dead?' asks a fate however X is named ("bruce willis's character") and whatever clause leads ("in the sixth
sense, is …"): with spoilers off it is withheld, not answered with the cast line that holds the actor's name."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.question import Reveal, analyze, query_tokens
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "in the sixth sense, is bruce willis's character dead",
        "is bruce willis's character dead?",
        "in psycho, is janet leigh's character alive at the end",
        "is the woodcutter in rashomon dead?",
        # Someone named in more words, asked yes or no: "does mills's wife make it" was answered with the set-up.
        "does the young detective's wife make it",
        "does mills's wife make it",
        "do landon and dodge survive?",
        "so do they make it",
    ],
)
def test_is_someone_dead_is_a_fate(question: str):
    assert analyze(question, query_tokens(question)).reveal is Reveal.FATE


@pytest.mark.parametrize("question", ["what is the dead samurai's name", "who is the dead woman in the bell tower"])
def test_dead_describing_someone_is_no_fate_question(question: str):
    assert analyze(question, query_tokens(question)).reveal is not Reveal.FATE


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("in the sixth sense, is bruce willis's character dead", "the-sixth-sense-1999"),
        ("in psycho, is janet leigh's character alive at the end", "psycho-1960"),
        ("in se7en, does the young detective's wife make it", "se7en-1995"),
        ("does mills's wife make it in se7en?", "se7en-1995"),
        # The set-up says they escape the ship: "do landon and dodge survive?" was answered with it.
        ("do landon and dodge survive in planet of the apes?", "planet-of-the-apes-1968"),
    ],
)
def test_with_spoilers_off_it_is_withheld(engine: Engine, question: str, film_id: str):
    # Before: "Genre: Supernatural thriller. Cast: Bruce Willis, …", an answer that is none, with no Reveal button.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id
    assert answer.status is Status.WITHHELD


@pytest.mark.parametrize("question", ["where do they live?", "what do they do for a living?"])
def test_do_they_without_a_fate_is_no_fate_question(question: str):
    assert analyze(question, query_tokens(question)).reveal is not Reveal.FATE


@pytest.mark.parametrize(
    ("question", "film_id", "status"),
    [
        # "Taylor, Landon and Dodge escape …; the fourth crew member, Stewart, has died": Stewart's death, not theirs.
        ("what happens to Landon?", "planet-of-the-apes-1968", "withheld"),
        ("what happens to Dodge?", "planet-of-the-apes-1968", "withheld"),
        ("what happened to Stewart?", "planet-of-the-apes-1968", "answered"),
        # Asked by role, no name to place: "raped and killed his wife" tells hers.
        ("who is the wife and what happened to her?", "memento-2000", "answered"),
    ],
)
def test_a_fate_told_openly_is_the_one_asked_about(question: str, film_id: str, status: str):
    from index.engine import Engine
    from index.spoilers import SpoilerScope
    from tests.films import BUNDLED

    answer = Engine(BUNDLED).ask(question, film=film_id, scope=SpoilerScope.off())
    assert answer.status.value == status, answer.answer
