"""Someone asked after by what they are ("who is the boy?", "whats the kid called", "who are the two detectives?"):
the answer is where the visible text first gives that role a name, not the first sentence that happens to hold the
role word ("a child psychologist", "a former patient Malcolm treated as a boy"). Through the Engine over the bundled
films, and the sentence reading alone (index/naming.py) on text the bundled films do not have."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.naming import named_by_role, role_next_to
from index.question import synonyms
from index.question_shape import role_asked
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("who is the boy in The Sixth Sense?", ["Cole"], ["Vincent"]),
        ("the sixth sense, whats the kid called", ["Cole"], ["child psychologist"]),
        ("who is the boy in the sixth sense and how old is he?", ["Cole", "nine"], []),
        ("who are the two detectives in Se7en?", ["Somerset", "Mills"], []),
        ("what are the detectives in se7en called?", ["Somerset", "Mills"], []),
        ("who is the shipbuilder in Vertigo?", ["Gavin Elster"], []),
        ("who is the soap salesman in fight club", ["Tyler Durden"], []),
        ("what is the name of the young man who runs the motel in Psycho?", ["Norman Bates"], []),
        # An age or size the text never says ("little") is no part of the role; one it says ("young") is.
        ("the sixth sense - who's the little boy", ["Cole"], ["Vincent"]),
        ("who is the little kid in the sixth sense", ["Cole"], ["Vincent"]),
        ("who is the young detective in se7en?", ["Mills"], ["Somerset"]),
        ("who is the old detective in se7en?", ["Somerset"], ["Mills"]),
        # The asker's word for a role the text names otherwise: "captain" for "their commander, George Taylor".
        ("who's the captain in planet of the apes", ["Taylor"], []),
        ("who is the leader of the astronauts in planet of the apes?", ["Taylor"], []),
    ],
)
def test_the_role_is_answered_where_the_text_names_it(
    engine: Engine, question: str, expected: list[str], not_expected: list[str]
):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED
    for word in expected:
        assert word in answer.answer
    for word in not_expected:
        assert word not in answer.answer
    assert not answer.contains_spoilers


def test_a_role_only_the_hidden_text_names_stays_withheld(engine: Engine):
    # Judy Barton, the shop girl, is named only in Vertigo's spoiler part.
    answer = engine.ask("who is the shop girl in Vertigo?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD
    assert "Judy" not in answer.answer


def test_the_reveal_of_who_a_role_is_is_not_read_as_a_role_question(engine: Engine):
    # "One twin loved Sarah": the role is the subject of a verb, not a name given to it.
    answer = engine.ask("who is the twin in the prestige", scope=SpoilerScope.on())
    assert "identical twins" in answer.answer


def _role(words: str) -> list[frozenset[str]]:
    return [frozenset((t, *synonyms(t))) for t in query_tokens(words)]


_PEOPLE = frozenset({"dale", "denton", "rosa", "vega", "marco", "ines", "bram"})


@pytest.mark.parametrize(
    ("sentence", "role", "names"),
    [
        ("Dale Denton is a lazy process server who smokes too much.", "process server", ["Dale Denton"]),
        ("Her landlady, the widow Rosa Vega, lets her stay.", "widow", ["Rosa Vega"]),
        ("Sergeant Marco Ines arrives at dawn.", "sergeant", ["Marco Ines"]),
        ("Bram, a shy kid from the coast, finds the box.", "kid", ["Bram"]),
        # The role word modifies another noun, or comes after what the person is said to be.
        ("Rosa Vega is a child psychologist in Lisbon.", "kid", []),
        ("Marco Ines, a former patient Rosa treated as a boy, returns.", "boy", []),
        # The role is the subject of a verb whose object is the name.
        ("One widow loved Marco.", "widow", []),
    ],
)
def test_a_name_given_to_a_role(sentence: str, role: str, names: list[str]):
    assert named_by_role(sentence, _role(role), _PEOPLE) == names


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("who is the boy?", (["boy"], False)),
        ("whats the kid called", (["kid"], False)),
        ("what's the boy's name", (["boy"], False)),
        ("who are the two detectives?", (["detect"], True)),
        ("what is the name of the private investigator?", (["privat", "investig"], False)),
        ("what is the zone?", None),  # a thing, not a person: no name asked
        ("what is the twist?", None),
        ("who is Teddy?", None),
    ],
)
def test_which_questions_ask_after_a_role(question: str, asked: tuple[list[str], bool] | None):
    assert role_asked(question) == asked


# Someone asked after at the end by what they are: the closing passages call them by the name the set-up gave them
# ("what's up with the daughter at the end?" — "Meanwhile, Marta sits at home …"). The role quoted the set-up's
# introduction, or "the Stalker reunites with his wife and daughter", for 31 of 39 of these before.
ROLES_AT_THE_END = [
    ("Stalker", "the daughter", "Marta"),
    ("The Sixth Sense", "the boy", "Cole"),
    ("Psycho", "the sister", "Lila"),
    ("Se7en", "the wife", "Tracy"),
    ("Solaris", "the psychologist", "Kelvin"),
    ("Planet of the Apes", "the commander", "Taylor"),
]


@pytest.mark.parametrize(
    "form", ["what happens to {} at the end of {}?", "{1}: whats up with {0} at the end", "how does {} end up in {}?"]
)
@pytest.mark.parametrize(("title", "role", "name"), ROLES_AT_THE_END)
def test_someone_at_the_end_by_role_is_answered_as_by_name(engine: Engine, form: str, title: str, role: str, name: str):
    by_role = engine.ask(form.format(role, title), scope=SpoilerScope.on())
    by_name = engine.ask(form.format(name, title), scope=SpoilerScope.on())
    assert by_role.answer == by_name.answer
    assert engine.ask(form.format(role, title), scope=SpoilerScope.off()).status is Status.WITHHELD


def test_a_thing_on_its_way_to_someone_is_no_role():
    # "A box addressed to Mills": "what is in the box at the end?" is about the box, not about Mills.
    answer = Engine(BUNDLED).ask("what is in the box at the end of Se7en?", scope=SpoilerScope.on())
    assert "Tracy" in answer.answer


# Someone's fate asked by what the set-up calls them: the passage telling it calls them by name ("how does the
# detective die in Psycho?" — "Arbogast climbs the stairs …"). The role quoted the set-up's introduction, or
# another passage holding the role word, for 48 of 52 probes before (these 36 among them, all but 4).
ROLES_OF_A_FATE = [
    ("Psycho", "the detective", "Arbogast"),
    ("Psycho", "the sister", "Lila"),
    ("Se7en", "the wife", "Tracy"),
    ("Vertigo", "the shipbuilder", "Elster"),
    ("Planet of the Apes", "the commander", "Taylor"),
    ("The Sixth Sense", "the psychologist", "Malcolm"),
    ("Solaris", "the psychologist", "Kelvin"),
    ("Stalker", "the daughter", "Marta"),
    ("Citizen Kane", "the reporter", "Thompson"),
]


FATE_FORMS = ["how does {} die in {}?", "what happens to {} in {}?", "what happened to {} in {}", "does {} survive {}?"]


@pytest.mark.parametrize("form", FATE_FORMS)
@pytest.mark.parametrize(("title", "role", "name"), ROLES_OF_A_FATE)
def test_a_fate_asked_by_role_is_answered_as_by_name(engine: Engine, form: str, title: str, role: str, name: str):
    by_role = engine.ask(form.format(role, title), scope=SpoilerScope.on())
    by_name = engine.ask(form.format(name, title), scope=SpoilerScope.on())
    assert by_role.answer == by_name.answer
    assert not engine.ask(form.format(role, title), scope=SpoilerScope.off()).contains_spoilers


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # What someone is said to be ends where another phrase starts: a con man "with no wife" is no wife.
        ("Sammy Jankis was a con man with no wife.", "Sammy Jankis", "wife"),
        ("Vincent Grey is a former patient of Malcolm's, and a boy once.", "Vincent Grey", "boy"),
    ],
)
def test_a_role_said_after_another_phrase_starts_is_not_what_the_name_is(sentence: str, name: str, role: str):
    assert not role_next_to(sentence, name, frozenset(query_tokens(role)))
    assert role_next_to(f"{name} was a {role} of the town.", name, frozenset(query_tokens(role)))
