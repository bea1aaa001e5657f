""" "Chinatown: does Evelyn die at the end?", then "ok now I'm ready: she dies?": the "she" of a follow-up is the one
person the last question asked about. Read alone, "she dies?" is no one's fate, and the answer was "The summary of
Chinatown doesn't say." Who "he" or "she" can be is read from the film's own text, and a question that asked who did
something leaves its "he" to the answer (after "who killed Hollis?", "why did he do it?" is not asked of Hollis).

Also: "is he a cop?" is read in the summary's word, "an undercover policeman", which one line of the synonym table
had lost to the next line starting with a word of the same stem ("cops")."""

from __future__ import annotations

import pytest

from corpus.load import parse_document
from index.answer_model import Status
from index.engine import Engine
from index.question import _SYNONYMS_TEXT
from index.spoilers import SpoilerScope
from index.tokenize import stem
from tests.films import BUNDLED

HARBOUR = b"""---
title: The Harbour Light
year: 1987
director: Ada Quill
---
# The Harbour Light (1987)

## Premise

Ilse Varga keeps the harbour light on a small northern island. She lives alone and writes letters to a brother
she has not seen in years. Bram Holt, a young customs officer, is posted to the island; he distrusts the
fishermen and keeps to himself.

## Plot (spoilers)

A winter storm cuts the island off. Bram finds smuggled crates in the lighthouse store, and Ilse tells him they
were her brother's.

## Ending (spoilers)

On the last night Ilse rows out to the wreck to bring back the lamp oil, and the sea takes her: she drowns in
the storm. Bram burns the crates and keeps the light burning alone.
"""


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([*BUNDLED, parse_document(HARBOUR, "harbour.md")])


@pytest.mark.parametrize(
    ("film", "before", "asked", "expected"),
    [
        ("chinatown-1974", "Chinatown: Evelyn dies at the end?", "ok now I am ready: she dies?", "kills Evelyn"),
        ("chinatown-1974", "does Evelyn survive in chinatown?", "does she die?", "kills Evelyn"),
        ("the-harbour-light-1987", "does Ilse survive the winter?", "ok and does she die?", "she drowns"),
        ("the-harbour-light-1987", "what is Ilse like at the start?", "how does she die?", "she drowns"),
        # a lead-in ("ok so") split off as a part of its own re-asked "who was she really" of no one
        ("vertigo-1958", "who is madeleine really in vertigo?", "ok so who was she really", "real Madeleine"),
    ],
)
def test_she_is_the_one_asked_about(engine: Engine, film: str, before: str, asked: str, expected: str):
    answer = engine.ask(asked, scope=SpoilerScope.on(), context_film=film, context_question=before)
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer
    assert answer.film is not None and answer.film.id == film


@pytest.mark.parametrize(
    ("film", "before", "asked", "hidden"),
    [
        ("chinatown-1974", "Chinatown: Evelyn dies at the end?", "ok now I am ready: she dies?", "Loach"),
        ("the-harbour-light-1987", "does Ilse survive the winter?", "ok and does she die?", "sea takes"),
    ],
)
def test_with_spoilers_off_her_fate_stays_withheld(engine: Engine, film: str, before: str, asked: str, hidden: str):
    answer = engine.ask(asked, scope=SpoilerScope.off(), context_film=film, context_question=before)
    assert answer.status is Status.WITHHELD and hidden not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("film", "before", "asked"),
    [
        # "she" is not Arbogast: the text speaks of him as "he".
        ("psycho-1960", "does arbogast survive in psycho", "how much money does she steal"),
        # "his wife" is his character's: Brad Pitt is no one in the story.
        ("se7en-1995", "what's seven about? brad pitt one", "is his wife in it"),
        # "she" is not Bram.
        ("the-harbour-light-1987", "is Bram a customs officer?", "does she die?"),
    ],
)
def test_he_or_she_is_not_read_as_anyone_else(engine: Engine, film: str, before: str, asked: str):
    answer = engine.ask(asked, scope=SpoilerScope.on(), context_film=film, context_question=before)
    assert answer.read_as is None, answer.read_as


@pytest.mark.parametrize(
    ("asked", "read_as", "told"),
    [
        # After "who killed Hollis?", "he" is whom the answer names besides Hollis: Cross, by the full name the
        # answer now gives him ("Her father, Noah Cross … Cross admits he killed Hollis").
        ("who is he?", "who is Noah Cross?", "Noah Cross"),
        ("why did he do it?", "why did Noah Cross do it?", "Cross"),
    ],
)
def test_after_who_did_it_he_is_the_one_the_answer_names(engine: Engine, asked: str, read_as: str, told: str):
    answer = engine.ask(
        asked,
        scope=SpoilerScope.on(),
        context_film="chinatown-1974",
        context_question="who killed Hollis Mulwray in chinatown?",
    )
    assert answer.read_as == read_as and told in answer.answer, (answer.read_as, answer.answer)


def test_it_after_what_a_thing_is_is_that_thing(engine: Engine):
    # "what does it mean?" after "what's Rosebud?" answered "The summary of Citizen Kane doesn't say."
    answer = engine.ask(
        "what does it mean?",
        scope=SpoilerScope.on(),
        context_film="citizen-kane-1941",
        context_question="what's rosebud?",
    )
    assert (answer.read_as or "").lower() == "what does rosebud mean?" and "sled" in answer.answer, answer.answer


def test_it_is_the_film_after_anything_else(engine: Engine):
    answer = engine.ask(
        "how long is it?",
        scope=SpoilerScope.off(),
        context_film="citizen-kane-1941",
        context_question="who is Thatcher?",
    )
    assert answer.read_as is None and "119" in answer.answer, answer.answer


def test_the_pronoun_is_read_only_when_the_question_alone_finds_nothing(engine: Engine):
    # "how much money does she steal" after Marion's question is answered as it stands.
    answer = engine.ask(
        "how much money does she steal",
        scope=SpoilerScope.off(),
        context_film="psycho-1960",
        context_question="where does Marion work in psycho?",
    )
    assert answer.status is Status.ANSWERED and "forty thousand" in answer.answer, answer.answer
    assert answer.read_as is None


@pytest.mark.parametrize("asked", ["is he a cop?", "is Teddy a cop?", "are the cops after Teddy?"])
def test_a_cop_is_a_policeman(engine: Engine, asked: str):
    answer = engine.ask(
        asked, scope=SpoilerScope.on(), context_film="memento-2000", context_question="who is Teddy in memento?"
    )
    assert answer.status is Status.ANSWERED and "undercover policeman" in answer.answer, answer.answer


def test_lines_of_the_synonym_table_sharing_a_stem_agree():
    # A later line whose first word stems the same replaces the earlier one: only a repeat may do so.
    read: dict[str, set[tuple[str, ...]]] = {}
    for line in _SYNONYMS_TEXT.replace("\n", "").split("|"):
        if line.strip():
            first, *others = line.split()
            read.setdefault(stem(first), set()).add(tuple(stem(word) for word in others))
    assert all(len(meanings) == 1 for meanings in read.values()), {t: m for t, m in read.items() if len(m) > 1}


def test_who_her_boyfriend_is_answered_from_the_premise_that_names_him(engine: Engine):
    # Alone, "who is her boyfriend?" speaks of no one the visible text names, and was withheld.
    answer = engine.ask(
        "who is her boyfriend?",
        scope=SpoilerScope.off(),
        context_film="psycho-1960",
        context_question="who is marion in psycho",
    )
    assert answer.status is Status.ANSWERED and "Sam Loomis" in answer.answer, answer.answer


def test_what_he_sees_stays_withheld_when_nothing_visible_says(engine: Engine):
    # "What does Cole see?" would be answered with his introduction, beside the point: the refusal stands.
    answer = engine.ask(
        "what does he see?",
        scope=SpoilerScope.off(),
        context_film="the-sixth-sense-1999",
        context_question="who is Cole Sear?",
    )
    assert answer.status is Status.WITHHELD and "dead people" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("film", "before", "asked", "expected", "not_expected"),
    [
        # "he" after a question naming no one is whom its answer names first, as the text speaks of him: not
        # "American" ("In a nameless American city …"), not the "Se" of "Se7en", and by his name, not his rank.
        ("se7en-1995", "who is the main character in se7en", "what is his job", "Lieutenant William Somerset", "Mills"),
        ("vertigo-1958", "who is the hero of vertigo", "what does he do for a living", "police detective", "Elster"),
        # "she" is Marion; "living" alone found "lives in the old house" (Norman), which names her in passing.
        ("psycho-1960", "who is the main character in psycho", "what does she do for a living", "secretary", "birds"),
    ],
)
def test_he_or_she_after_a_question_naming_no_one_is_whom_it_answered(
    engine: Engine, film: str, before: str, asked: str, expected: str, not_expected: str
):
    answer = engine.ask(asked, scope=SpoilerScope.off(), context_film=film, context_question=before)
    assert answer.status is Status.ANSWERED and expected in answer.answer, answer.answer
    assert not_expected not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("film", "before", "asked", "name"),
    [
        # The text spoke of Madeleine and Marla as "he" (the first pronoun after their names was someone else's):
        # it calls them "his wife Madeleine" and "Marla Singer, a chain-smoking woman".
        ("vertigo-1958", "who is madeleine", "is she dead?", "madeleine"),
        ("fight-club-1999", "who is marla", "what does she do?", "marla"),
        ("rashomon-1950", "who is masako", "what does she say happened?", "masako"),
        ("the-harbour-light-1987", "is Ilse a keeper?", "does she die?", "ilse"),
    ],
)
def test_she_is_whom_the_text_calls_a_woman(engine: Engine, film: str, before: str, asked: str, name: str):
    answer = engine.ask(asked, scope=SpoilerScope.on(), context_film=film, context_question=before)
    assert answer.read_as is not None and name in answer.read_as.lower(), (answer.read_as, answer.answer)


@pytest.mark.parametrize(
    ("film", "before", "asked", "name"),
    [
        # The text never calls Thompson, Sam or Snaut by a word for a man, nor speaks of them by "he" more than by
        # "she": either may be said of them, and was refused before ("who does he work for?" asked of no one).
        ("citizen-kane-1941", "who is thompson", "who does he work for?", "thompson"),
        ("psycho-1960", "who is sam", "what does he do?", "sam"),
        ("solaris-1972", "who is snaut", "is he alone on the station?", "snaut"),
    ],
)
def test_he_or_she_of_someone_the_text_marks_as_neither(engine: Engine, film: str, before: str, asked: str, name: str):
    answer = engine.ask(asked, scope=SpoilerScope.off(), context_film=film, context_question=before)
    assert answer.read_as is not None and name in answer.read_as.lower(), (answer.read_as, answer.answer)


@pytest.mark.parametrize(
    ("film", "before", "asked", "name"),
    [
        # "Scottie pulls her out", "Scottie follows her": the "her" right after his name is the one he acts on. It
        # counted as fully as a "he", so Scottie was "she", and "what was his job?" was asked of no one (refused).
        ("vertigo-1958", "does scottie get over his fear of heights in vertigo?", "what was his job?", "scottie"),
        ("vertigo-1958", "who is scottie", "where does he live?", "scottie"),
        ("the-prestige-2006", "who is borden", "who does he marry?", "borden"),
    ],
)
def test_him_or_her_after_a_name_is_mostly_someone_else(engine: Engine, film: str, before: str, asked: str, name: str):
    answer = engine.ask(asked, scope=SpoilerScope.off(), context_film=film, context_question=before)
    assert answer.read_as is not None and name in answer.read_as.lower(), (answer.read_as, answer.answer)


@pytest.mark.parametrize(
    ("film", "before", "asked", "read_as", "told"),
    [
        ("psycho-1960", "who's the killer in psyco?", "why did he do it?", "why did Norman do it?", "jealous"),
        ("se7en-1995", "who is the killer in se7en?", "why did he do it?", "why did Doe do it?", "Doe"),
    ],
)
def test_a_question_asking_nothing_but_of_him_is_asked_of_him_though_the_premise_names_him(
    engine: Engine, film: str, before: str, asked: str, read_as: str, told: str
):
    # Before: "why did he do it?" after "who's the killer?" was answered with Psycho's premise: read alone it asks
    # nothing, and the premise names Norman (as it names most people), which was taken for an answer about him.
    answer = engine.ask(asked, scope=SpoilerScope.on(), context_film=film, context_question=before)
    assert answer.read_as == read_as and told in answer.answer, (answer.read_as, answer.answer)


@pytest.mark.parametrize(
    ("film", "before", "asked", "read_as", "told"),
    [
        (
            "the-sixth-sense-1999",
            "In the Sixth Sense, is Malcolm dead the whole time?",
            "when did he die?",
            "when did Malcolm die?",
            "bullet killed him",
        ),
    ],
)
def test_his_death_is_his_though_the_question_alone_finds_another(
    engine: Engine, film: str, before: str, asked: str, read_as: str, told: str
):
    # Before: "when did he die?" was answered with "a faint voice pleading … that it does not want to die", a sentence
    # that names Malcolm and tells no death of his.
    answer = engine.ask(asked, scope=SpoilerScope.on(), context_film=film, context_question=before)
    assert answer.read_as == read_as and told in answer.answer, (answer.read_as, answer.answer)
    off = engine.ask(asked, scope=SpoilerScope.off(), context_film=film, context_question=before)
    assert off.status is Status.WITHHELD and told not in off.answer
