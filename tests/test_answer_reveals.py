"""With spoilers on, the answer states the reveal: each case is a family of questions the dialogues missed
(bench/dialogues.py), asked through the Engine over the bundled films as the parser reads them."""

from __future__ import annotations

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import PL, E, P, make_film
from tests.films import BUNDLED

ON, OFF = SpoilerScope.on(), SpoilerScope.off()


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "states"),
    [
        # The set-up introduces Katherine ("the young woman, Katherine"); the reveal says what she is.
        ("who is Katherine in Chinatown?", "Katherine is her sister"),
        # Both sentences name Teddy, and the later speaks of a "real attacker": the one that says what Teddy is.
        ("who is Teddy really in Memento?", "really an undercover policeman"),
        ("who is Fallon in The Prestige?", "Fallon is Alfred Borden"),
    ],
)
def test_who_someone_is_with_spoilers_on_is_the_sentence_that_says_what_they_are(
    engine: Engine, question: str, states: str
):
    answer = engine.ask(question, scope=ON)
    assert answer.status is Status.ANSWERED and states in answer.answer, answer.answer


def test_with_spoilers_off_who_someone_is_still_comes_from_the_visible_text(engine: Engine):
    answer = engine.ask("who is Teddy in Memento?", scope=OFF)
    assert answer.status is Status.ANSWERED and "undercover" not in answer.answer and not answer.contains_spoilers


@pytest.mark.parametrize(
    ("question", "states"),
    [
        # The closing image comes after the twist ("Taylor falls to his knees…"); the twist is the ending.
        ("how does Planet of the Apes end?", "Statue of Liberty. He had been on Earth all along"),
        # The summary's last sentence comments on the ending; the shot is the sentence before, in another passage.
        ("what is the final shot of Solaris?", "small island in the middle of the Solaris ocean"),
    ],
)
def test_an_ending_question_gets_the_moment_that_states_the_ending(engine: Engine, question: str, states: str):
    answer = engine.ask(question, scope=ON)
    assert answer.status is Status.ANSWERED and states in answer.answer, answer.answer


def test_at_the_end_with_the_asked_thing_told_earlier_gets_the_general_search(engine: Engine):
    # No closing passage holds "woodcutter … admit"; the passage where he admits it is a little earlier.
    answer = engine.ask("what does the woodcutter admit at the end of Rashomon?", scope=ON)
    assert answer.status is Status.ANSWERED and "lied at the court" in answer.answer, answer.answer
    # With the end hidden, the question stays withheld: it may well be about the ending.
    assert engine.ask("what does the woodcutter admit at the end of Rashomon?", scope=OFF).status is Status.WITHHELD


@pytest.mark.parametrize(
    ("question", "limit", "film", "reveal"),
    [
        # Before 40% the spoiler text speaks of "a killer working through the seven deadly sins", not who it is.
        ("who is the killer?", "40%", "Se7en", "John Doe"),
        # Before 60% Teddy's photo says "Don't believe his lies"; what Teddy is comes later.
        ("who is Teddy really?", "60%", "Memento", "undercover"),
    ],
)
def test_under_a_limit_a_twist_question_the_text_before_it_does_not_state_is_withheld(
    engine: Engine, question: str, limit: str, film: str, reveal: str
):
    answer = engine.ask(question, film=film, scope=SpoilerScope.parse(limit))
    assert answer.status is Status.WITHHELD and reveal not in answer.answer, answer.answer
    # Past the reveal, the same question is answered.
    assert engine.ask(question, film=film, scope=ON).status is Status.ANSWERED


@pytest.mark.parametrize("question", ["is Sammy Jankis real in Memento?", "is Sammy Jankis real?"])
def test_is_someone_real_asks_after_a_twist_even_with_the_title_after_it(engine: Engine, question: str):
    # The premise tells Sammy's story; whether he was real is the twist, so with spoilers off it is withheld.
    film = None if "Memento" in question else "Memento"
    assert engine.ask(question, film=film, scope=OFF).status is Status.WITHHELD


def test_a_visible_sentence_that_ends_where_an_inline_spoiler_begins_does_not_answer(engine: Engine):
    # The trivia's "…his simplest explanation for the Transported Man:" is followed by a >!spoiler!< span.
    question = "what's Cutter's simplest explanation for the Transported Man?"
    off = engine.ask(question, film="The Prestige", scope=OFF)
    assert off.status is Status.WITHHELD, off.answer
    on = engine.ask(question, film="The Prestige", scope=ON)
    assert on.status is Status.ANSWERED and "twins" in on.answer, on.answer


@pytest.mark.parametrize(
    ("question", "states", "not_the_recap"),
    [
        # The death is told where it happens, in other words ("stabs her to death") and by a pronoun for the
        # name in the sentence before; the ending's "killed her, and then killed Arbogast" only recalls it.
        ("how is Marion killed in Psycho?", "stabs her to death", "Mother personality"),
        ("how does Arbogast die in Psycho?", "slashes him", "Mother personality"),
        # The premise's account ("killed his wife") is what the reveal undoes.
        ("how did Leonard's wife die in Memento?", "insulin", "raped and killed"),
    ],
)
def test_how_someone_dies_is_the_sentence_where_it_happens(
    engine: Engine, question: str, states: str, not_the_recap: str
):
    answer = engine.ask(question, scope=ON)
    assert answer.status is Status.ANSWERED and states in answer.answer and not_the_recap not in answer.answer, (
        answer.answer
    )


def test_who_killed_someone_still_gets_the_killer_not_the_finding_of_the_body(engine: Engine):
    answer = engine.ask("who killed Hollis Mulwray in Chinatown?", scope=ON)
    assert "Cross admits he killed Hollis" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["where is The Prestige set?", "when and where is The Prestige set?"])
def test_a_setting_that_opens_the_premise_with_a_decade_is_found(engine: Engine, question: str):
    # "In 1890s London, …": the capital "In" and the decade had hidden it behind the trivia's "1995 novel".
    answer = engine.ask(question, scope=OFF)
    assert answer.status is Status.ANSWERED and "1890s London" in answer.answer, answer.answer


def test_an_irregular_form_of_a_question_word_meets_the_form_the_text_uses(engine: Engine):
    # "shot" and "shoots" have different stems; the premise says "Vincent accuses him …, shoots him".
    answer = engine.ask("who shot Malcolm in The Sixth Sense?", scope=OFF)
    assert answer.status is Status.ANSWERED and "Vincent" in answer.answer and not answer.contains_spoilers, (
        answer.answer
    )


@pytest.mark.parametrize(
    ("question", "says"),
    [
        # Answered before the colon: the announcement after it is left out.
        ("who is Tesla?", "David Bowie as Nikola Tesla."),
        # One word of the last clause does not make the question about what the colon announces.
        ("who is Transported?", "Transported Man"),
        # The sentence itself is asked after (not what it announces).
        (
            "Who speech about the three acts of a trick is worth remembering and so is his simplest explanation for "
            "the Transported Man?",
            "Cutter's speech",
        ),
    ],
)
def test_a_sentence_ending_on_a_colon_still_answers_what_it_says_itself(engine: Engine, question: str, says: str):
    answer = engine.ask(question, film="The Prestige", scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer, answer.answer


def test_what_something_turns_out_to_be_asks_after_the_twist(engine: Engine):
    question = "what does Rosebud turn out to be in Citizen Kane?"
    # The premise names Rosebud as Kane's last word: beside the point, so withheld with spoilers off …
    assert engine.ask(question, scope=OFF).status is Status.WITHHELD
    # … and with them on, the sled burning at the end, not the premise.
    answer = engine.ask(question, scope=ON)
    assert answer.status is Status.ANSWERED and "sled" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film", "says"),
    [
        # "mom" for the summary's "mother", "based on the novel" for "adapted from … novel".
        ("what is Cole's mom's name?", "The Sixth Sense", "Lynn"),
        ("who wrote the novel it's based on?", "Fight Club", "Palahniuk"),
    ],
)
def test_an_everyday_word_for_what_the_summary_says_does_not_withhold_a_safe_fact(
    engine: Engine, question: str, film: str, says: str
):
    answer = engine.ask(question, film=film, scope=OFF)
    assert answer.status is Status.ANSWERED and says in answer.answer and not answer.contains_spoilers, answer.answer


def test_what_happened_to_someone_whose_death_the_premise_states_is_answered_with_spoilers_off(engine: Engine):
    # "… the fourth crew member, Stewart, has died in her sleep pod" is in the premise.
    answer = engine.ask("what happened to Stewart?", film="Planet of the Apes", scope=OFF)
    assert answer.status is Status.ANSWERED and "sleep pod" in answer.answer and not answer.contains_spoilers
    # Marion's fate is no sentence of the premise: still withheld.
    assert engine.ask("what happens to Marion in Psycho?", scope=OFF).status is Status.WITHHELD


@pytest.mark.parametrize(
    ("question", "film", "states"),
    [
        # Two sentences name the mentor; the one telling his fate ("hanged himself") is the answer.
        ("what happened to the Stalker's mentor?", "Stalker", "hanged himself"),
        # "What became of" asks after a fate like "what happened to"; a lobotomy is one.
        ("what became of Landon?", "Planet of the Apes", "lobotomized"),
    ],
)
def test_a_fate_question_prefers_the_sentence_that_tells_the_fate(
    engine: Engine, question: str, film: str, states: str
):
    answer = engine.ask(question, film=film, scope=ON)
    assert answer.status is Status.ANSWERED and states in answer.answer, answer.answer


def test_a_plot_question_sharing_a_word_with_the_facts_is_answered_from_the_story(engine: Engine):
    # "long" is in the facts line "it runs 1 hour 52 minutes long"; the question is about the months in space.
    answer = engine.ask("how long were they in space?", film="Planet of the Apes", scope=OFF)
    assert answer.status is Status.ANSWERED and "months in deep space" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["What means Rosebud in Citizen Kane?", "kane rosebud meaning?", "what does Rosebud mean in Citizen Kane?"],
)
def test_a_sentence_that_asks_the_question_again_does_not_answer_it(engine: Engine, question: str):
    # "… sends a reporter, Jerry Thompson, to find out what 'Rosebud' meant" holds every word asked; the sled does
    # not hold "mean", yet it is the answer.
    answer = engine.ask(question, scope=ON)
    assert answer.status is Status.ANSWERED and "sled" in answer.answer


def test_a_mystery_beside_what_is_asked_does_not_count_against_the_sentence(engine: Engine):
    # "A woman … hires Jake to find out whether her husband is having an affair" leaves open the affair, not who
    # hires him.
    answer = engine.ask("who is the woman that hires the detective in Chinatown?", scope=ON)
    assert "introduces herself as Mrs. Evelyn Mulwray" in answer.answer


def test_a_mystery_told_in_the_next_sentence_is_the_question_again():
    film = make_film(
        "The Lantern Trick",
        2011,
        [
            (P, False, "Ada Vell is a conjurer in Leeds. Her rival, Tom Brisk, envies her fame."),
            (
                PL,
                True,
                "Ada unveils the Lantern Trick: she vanishes from one lantern and walks out of another. "
                "Tom cannot work out how.",
            ),
            (E, True, "Ada had a sister all along: the Lantern Trick was two women, never one."),
        ],
    )
    answer = Engine([film]).ask("who is Ada really in the Lantern Trick?", scope=ON)
    assert "sister" in answer.answer


@pytest.mark.parametrize(
    ("question", "film", "expected"),
    [("who is Lynn?", "The Sixth Sense", "Lynn"), ("who is Mulwray?", "Chinatown", "Mulwray")],
)
def test_a_sentence_that_asks_a_question_still_answers_when_it_is_all_there_is(
    engine: Engine, question: str, film: str, expected: str
):
    # "… hires Jake to find out whether her husband, Hollis Mulwray, …" is all the visible text says of Mulwray:
    # scoring it lower must not leave nothing to show (it did: "That would spoil Chinatown").
    answer = engine.ask(question, film=film, scope=OFF)
    assert answer.status is Status.ANSWERED and expected in answer.answer
