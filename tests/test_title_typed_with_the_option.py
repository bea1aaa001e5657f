"""The film option given and the title typed in the question too, misspelt or in lower case ("momento who is john
g" with film:Memento, as a Reveal click asks it again): the title's words are no more asked than without the
option, so the answer is the one the same question gets without it. Before, the typo was searched for as a story
word (the Reveal of "momento who is john g" quoted the set-up, not Teddy), and "psycho year?" with the option gave
the director."""

import pytest

from corpus.models import Film
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


def _misspelt(title: str) -> str:
    """The longest word of the title with two letters swapped, as typed in a hurry."""
    words = title.split()
    i = max(range(len(words)), key=lambda k: len(words[k]))
    word = words[i]
    words[i] = word[:2] + word[3] + word[2] + word[4:] if len(word) >= 5 else word
    return " ".join(words)


FORMS = ["{} who directed it", "who is the writer of {}?", "{} year?", "how does {} end?", "and {}?"]


@pytest.mark.parametrize("film", BUNDLED, ids=lambda f: f.id)
def test_a_title_typed_beside_the_option_is_read_as_without_it(engine: Engine, film: Film):
    for typed in (film.title.lower(), _misspelt(film.title)):
        for form in FORMS:
            question = form.format(typed)
            for scope in (SpoilerScope.off(), SpoilerScope.on()):
                named = engine.ask(question, scope=scope)
                if named.film is None or named.film.id != film.id:
                    continue  # a lower-case title that is also a word of other films is no title without the option
                option = engine.ask(question, film=film.id, scope=scope)
                assert (option.status, option.answer) == (named.status, named.answer), question


def test_the_reveal_of_a_question_with_a_misspelt_title_states_the_twist(engine: Engine):
    answer = engine.ask("momento who is john g", film="memento-2000", scope=SpoilerScope.on())
    assert "Teddy" in answer.answer and answer.contains_spoilers
