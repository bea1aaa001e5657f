"""The answering core on the real seed page, parsed by the real parser."""

import pytest

from corpus.detect import is_document_name
from corpus.load import parse_document
from corpus.models import Film
from index.answer_model import Status, withheld_text
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.paths import SAMPLES, SEED

OFF, ON = SpoilerScope.off(), SpoilerScope.on()


@pytest.fixture(scope="module")
def stalker() -> Film:
    return parse_document(SEED.read_bytes(), "stalker-1979.txt")


@pytest.fixture(scope="module")
def engine(stalker: Film) -> Engine:
    return Engine([stalker])


def passage_with(film: Film, words: str):
    return next(p for p in film.passages if words in p.text)


def test_director_and_runtime_come_from_the_facts(engine: Engine):
    director = engine.ask("who directed Stalker?")
    assert director.status is Status.ANSWERED and "Andrei Tarkovsky" in director.answer
    assert not director.contains_spoilers
    runtime = engine.ask("how long is Stalker?")
    assert runtime.status is Status.ANSWERED and "162" in runtime.answer
    assert "1979" in engine.ask("when was Stalker released?").answer
    assert "Russian" in engine.ask("what language is Stalker in?").answer


def test_the_zone_is_explained_from_the_premise_with_spoilers_off(engine: Engine, stalker: Film):
    answer = engine.ask("what is the Zone?")
    assert answer.status is Status.ANSWERED and answer.film.title == "Stalker"
    assert "Zone" in answer.answer and not answer.contains_spoilers
    premise = passage_with(stalker, "nameless city")
    assert not premise.spoiler and answer.answer in premise.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does the Professor want with the Room in Stalker?", "bomb"),
        ("what happened to the Stalker's mentor?", "hanged himself"),
        ("what does the Stalker toss to test the way?", "nuts"),
    ],
)
def test_spoilers_are_withheld_when_off_and_answered_when_on(engine: Engine, question: str, expected: str):
    off = engine.ask(question, film="Stalker")
    assert off.status is Status.WITHHELD and off.answer == withheld_text("Stalker", unsure=off.unsure)
    assert off.passages == [] and not off.contains_spoilers
    on = engine.ask(question, film="Stalker", scope=ON)
    assert on.status is Status.ANSWERED and on.contains_spoilers
    shown = on.answer + " ".join(p.text for p in on.passages)
    assert expected in shown and expected in on.answer + on.passages[0].text


def test_the_ending_is_withheld_off_and_told_on(engine: Engine, stalker: Film):
    assert engine.ask("how does Stalker end?").status is Status.WITHHELD
    on = engine.ask("how does Stalker end?", scope=ON)
    last = max(stalker.passages, key=lambda p: p.position_end)
    # The story's closing stretch: it runs up to the summary's last words and cites the last passage.
    assert on.status is Status.ANSWERED and on.answer.endswith(last.text) and on.cited_position == last.position


def test_progress_scope_shows_early_events_but_not_the_ending(engine: Engine, stalker: Film):
    train = passage_with(stalker, "riding a train")
    assert train.spoiler and train.position_end < 0.6
    limit = SpoilerScope(mode="upto", upto_fraction=train.position_end)
    early = engine.ask("how do they get past the military into the Zone?", film="Stalker", scope=limit)
    assert early.status is Status.ANSWERED and "train" in early.answer
    assert early.contains_spoilers and early.scope.startswith("spoilers up to")
    assert engine.ask("how does Stalker end?", scope=limit).status is Status.WITHHELD
    assert engine.ask("what happened to the Stalker's mentor?", scope=limit).status is Status.WITHHELD
    just_before = SpoilerScope(mode="upto", upto_fraction=train.position_end - 0.01)
    before = engine.ask("how do they get past the military into the Zone?", film="Stalker", scope=just_before)
    # A word only the hidden text holds ("military") no longer withholds by itself (issue 10): whatever is
    # answered, the passage past the limit is not in it.
    assert "train" not in before.answer and all(train.text != p.text for p in before.passages)


def test_the_seed_among_the_bundled_samples_is_still_found(stalker: Film):
    films = [stalker]
    for path in sorted(SAMPLES.glob("*")):
        if is_document_name(path.name) and "stalker" not in path.name:
            films.append(parse_document(path.read_bytes(), path.name))
    engine = Engine(films)
    assert "Andrei Tarkovsky" in engine.ask("who directed Stalker?").answer
    assert engine.ask("what is the Zone?").film.title == "Stalker"
    assert engine.ask("how does Stalker end?").status is Status.WITHHELD
