""" "Who made the movie where Norman is his mother?" (spoilers off) named Psycho: "Norman" and "mother" are both in
its premise ("Norman Bates … lives … with his invalid mother"), so no word leaned on hidden text, yet the claim
joining them is the twist. A description claiming who someone is names no film unless a visible sentence tells it."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED, names_no_film


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    "question",
    [
        "who made the movie where norman is his mother",
        "the one where Norman Bates is his own mother",
        "who made the film where the narrator is tyler",
        "the film where the narrator turns out to be Tyler Durden, who directed it?",
        "who directed the movie where teddy is a cop",
        "the film where katherine is her daughter",
        "the one where fallon is borden",
        "the one where judy is madeleine",
        # What happened to someone, claimed the same way.
        "the one where the mother is dead",
        "the film where evelyn is shot",
        "the movie where Arbogast was killed, who directed it?",
        "the film where the detective's wife is killed",
    ],
)
def test_a_claim_of_who_someone_is_names_no_film(engine: Engine, question: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert names_no_film(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        # A visible sentence tells it: "Dr. Malcolm Crowe is a child psychologist".
        ("the one where malcolm is a child psychologist", "the-sixth-sense-1999"),
        ("the movie where kelvin is a psychologist", "solaris-1972"),
        ("the film where scottie is a detective", "vertigo-1958"),
        ("the one where leonard is an insurance investigator", "memento-2000"),
        # "raped and killed his wife" in Memento's premise.
        ("the movie where leonard's wife was killed", "memento-2000"),
        # "… watched the rival, Robert Angier, fall through a trapdoor into a locked water tank and drown".
        ("the movie where Angier is killed", "the-prestige-2006"),
        # A claim of a thing, not a person: "the apes are the boss".
        ("the film where the apes are the boss", "planet-of-the-apes-1968"),
    ],
)
def test_a_claim_the_visible_text_tells_still_names_its_film(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer


def test_with_spoilers_on_the_claim_names_its_film(engine: Engine):
    answer = engine.ask("who made the movie where norman is his mother", scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "psycho-1960", answer.answer


def test_a_claim_before_a_question_after_the_film_names_no_film(engine: Engine):
    # After "who directed Psycho?", "in the film where the mother is dead, who plays norman" answered with Psycho's
    # cast: the description around the question was not checked when the film came from the conversation.
    answer = engine.ask(
        "in the film where the mother is dead, who plays norman", scope=SpoilerScope.off(), context_film="psycho-1960"
    )
    assert names_no_film(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "film", "introduces"),
    [
        # Answered with the sentence introducing Tyler ("he meets Tyler Durden, a … soap salesman"): beside the point,
        # and read as "no".
        ("so the narrator is tyler?", "Fight Club", "soap salesman"),
        ("is norman his mother?", "Psycho", "invalid mother"),
        ("is teddy a cop?", "Memento", "cheerful man"),
        ("is katherine her daughter?", "Chinatown", "Katherine"),
    ],
)
def test_a_claim_asked_of_a_named_film_is_withheld_with_spoilers_off(
    engine: Engine, question: str, film: str, introduces: str
):
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD and introduces not in answer.answer, answer.answer
    # Whether it is so is not said either way: the refusal is the one for anything no visible text answers.
    assert "would spoil" not in answer.answer


@pytest.mark.parametrize(
    ("question", "film", "told"),
    [
        ("is leonard an insurance investigator?", "Memento", "insurance claims investigator"),
        ("is malcolm a psychologist?", "The Sixth Sense", "child psychologist"),
    ],
)
def test_a_claim_the_visible_text_tells_is_answered(engine: Engine, question: str, film: str, told: str):
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("hidden_only", "nowhere", "film"),
    [
        # "undercover policeman" is in Memento's spoiler text only; no text holds "dentist".
        ("is teddy a policeman?", "is teddy a dentist?", "Memento"),
        ("is teddy really a policeman?", "is teddy really a dentist?", "Memento"),
    ],
)
def test_a_refusal_of_a_claim_never_depends_on_hidden_text(engine: Engine, hidden_only: str, nowhere: str, film: str):
    # The claim rule once read the whole text: a claimed word only the hidden text holds got "Nothing I may show
    # you…", one no text holds "That would spoil…", which told the two apart.
    one = engine.ask(hidden_only, film=film, scope=SpoilerScope.off())
    other = engine.ask(nowhere, film=film, scope=SpoilerScope.off())
    assert one.status is other.status is Status.WITHHELD
    assert one.answer == other.answer
