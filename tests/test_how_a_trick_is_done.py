"""How a trick is done is its secret: with spoilers off, "how does Angier's trick work?" is withheld even when the
set-up names the trick; with spoilers on, it is answered."""

import pytest

from corpus.models import SectionKind
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.engine_films import make_film
from tests.films import BUNDLED

ILLUSIONIST = make_film(
    "The Vanishing Act",
    1932,
    [
        (
            SectionKind.PREMISE,
            False,
            "Vera Lind is a stage illusionist whose trick, the Empty Cabinet, fills a Vienna theatre every night. "
            "A rival, Otto Brand, swears to learn how her trick works.",
        ),
        (SectionKind.PLOT, True, "The cabinet has a mirror at the back, and Vera's sister hides behind it."),
    ],
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine([ILLUSIONIST, *BUNDLED])


@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("how does Angier's trick work?", "The Prestige"),
        ("how did Borden pull it off?", "The Prestige"),
        ("how is the trick done?", "The Prestige"),
        ("how does Vera's trick work?", "The Vanishing Act"),
        ("how does the illusion work?", "The Vanishing Act"),
        # A feat named by its own title: "do the Transported Man", "perform the Empty Cabinet".
        ("how does Borden do the Transported Man?", "The Prestige"),
        ("how does borden do the transported man", "The Prestige"),
        ("how did Vera perform the Empty Cabinet?", "The Vanishing Act"),
    ],
)
def test_how_a_trick_is_done_is_withheld_with_spoilers_off(engine: Engine, question: str, film: str):
    # Before: answered with the set-up passage that names the trick ("Borden unveils The Transported Man"),
    # which looks like an answer and is none, and leaves no Reveal button for the one that is hidden.
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD


def test_with_spoilers_on_how_the_trick_works_is_answered(engine: Engine):
    answer = engine.ask("how does Vera's trick work?", film="The Vanishing Act", scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and "mirror" in answer.answer


@pytest.mark.parametrize(
    ("question", "doer", "other"),
    [
        ("how does Borden do the Transported Man?", "Borden", "Angier performs"),
        ("the prestige: how did borden perform the transported man", "Borden", "Angier performs"),
        ("how does Angier do the Transported Man?", "Angier", "Borden unveils"),
    ],
)
def test_how_someone_does_a_feat_is_told_of_them(question: str, doer: str, other: str):
    # "How does Borden do the Transported Man?" was answered with "Angier performs 'The Real Transported Man'":
    # the same feat's words, done by someone else.
    from index.engine import Engine
    from index.spoilers import SpoilerScope
    from tests.films import BUNDLED

    answer = Engine(BUNDLED).ask(question, film="the-prestige-2006", scope=SpoilerScope.on())
    assert doer in answer.answer and other not in answer.answer, answer.answer


FLOATING = make_film(
    "The Floating Lady",
    1934,
    [
        (
            SectionKind.PREMISE,
            False,
            "Ada Kell rises above the stage of a Paris music hall every night in her act, the Floating Lady, with no "
            "wire anyone can find. Her rival Felix Brun cannot work out how.",
        ),
        (
            SectionKind.PLOT,
            True,
            "Felix buys a ticket every night. In truth Ada lies on a glass plank held up by her twin brother, who "
            "hides beneath the stage.",
        ),
    ],
)


@pytest.mark.parametrize(
    ("question", "film", "secret"),
    [
        ("how does Borden do the Transported Man?", "The Prestige", "twins"),
        ("how does borden do the transported man in the prestige", "The Prestige", "twins"),
        ("how does Ada do the Floating Lady?", "The Floating Lady", "glass plank"),
        ("how does Ada Kell pull off the Floating Lady?", "The Floating Lady", "glass plank"),
    ],
)
def test_a_feat_the_text_poses_as_a_mystery_is_answered_by_its_secret(question: str, film: str, secret: str):
    # "Borden unveils the Transported Man … Angier cannot work out how." holds every word of the question and
    # answers none of it: with spoilers on, the sentence telling the secret (with fewer of its words) answers.
    answer = Engine([FLOATING, *BUNDLED]).ask(question, film=film, scope=SpoilerScope.on())
    assert answer.status is Status.ANSWERED and secret in answer.answer, answer.answer


# Typed without the article, as someone learning English types it: "how does borden do transported man" was read as a
# plain question and answered with the set-up that names the trick; "how does he do it" was always a feat's secret,
# and "how does Kane do in the election" asks how it went for him.
@pytest.mark.parametrize(
    ("question", "film"),
    [
        ("how does borden do transported man in prestige", None),
        ("how did Vera perform Empty Cabinet?", "The Vanishing Act"),
    ],
)
def test_a_feat_named_without_its_article_is_withheld(engine: Engine, question: str, film: str | None):
    answer = engine.ask(question, film=film, scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD, answer.answer


def test_a_feat_named_without_its_article_is_told_of_its_doer(engine: Engine):
    answer = engine.ask("how does borden do transported man in prestige", scope=SpoilerScope.on())
    assert "twin" in answer.answer and "Angier performs" not in answer.answer, answer.answer


def test_how_someone_does_in_something_is_no_feat():
    from index.question import Reveal, analyze
    from index.tokenize import query_tokens

    question = "how does kane do in the election"
    assert analyze(question, query_tokens(question)).reveal is not Reveal.TWIST
