"""A film we lack, named by a title in another language ("Cidade de Deus", "Central do Brasil"), after its maker
("Metropolis from Fritz Lang maybe?") or with "…, you have it?" after it, gets "I don't have …": each was answered
"which film?", as the title's small words ("de", "do") broke it in two and nothing around it said a film is meant."""

import pytest

from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


_TITLES = [
    ("Cidade de Deus", "Fernando Meirelles"),
    ("Central do Brasil", "Walter Salles"),
    ("La Dolce Vita", "Federico Fellini"),
    ("Der Himmel über Berlin", "Wim Wenders"),
    ("El Laberinto del Fauno", "Guillermo Navarro"),
    ("Ladri di Biciclette", "Vittorio Sica"),
    ("Metropolis", "Fritz Lang"),
    ("Amarcord", "Federico Fellini"),
]
_PHRASINGS = ["{title}?", "{title}, you have it?", "do you have {title}?", "{title} from {maker} maybe?"]


@pytest.mark.parametrize("phrasing", _PHRASINGS)
@pytest.mark.parametrize(("title", "maker"), _TITLES, ids=[t for t, _ in _TITLES])
def test_a_title_we_lack_is_not_here(engine: Engine, title: str, maker: str, phrasing: str) -> None:
    answer = engine.ask(phrasing.format(title=title, maker=maker), scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert f"I don't have {title}" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        # Someone of ours from somewhere: a name the film's text uses is no title.
        ("Marion from Phoenix, who is she?", "psycho-1960"),
        ("Kane from Xanadu, how does he die?", "citizen-kane-1941"),
        ("Taylor, you know him?", "planet-of-the-apes-1968"),
    ],
)
def test_a_name_of_ours_is_no_title_we_lack(engine: Engine, question: str, film_id: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND, answer.answer
    assert answer.film is not None and answer.film.id == film_id, answer.answer
