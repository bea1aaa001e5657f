"""A question typed with chat noise is the same question: a greeting, a call to the bot or a plea before it ("hey
bot,", "pls"), thanks or an emoji after it, doubled question marks, all lower case. Each noise of bench/noise.py (which
`bench/dialogues.py --noise` runs over whole dialogues) against plain questions of every kind, over the bundled
films: the same film, status and reply."""

import pytest

from bench.noise import NOISE
from index.answer_model import Status
from index.engine import Engine
from index.remarks import plain_question, without_greeting
from index.spoilers import SpoilerScope
from tests.films import BUNDLED
from tests.test_conversation import talk

QUESTIONS = [
    ("who directed Stalker?", "off"),
    ("does Mills kill Doe in Se7en?", "on"),
    ("what is Rosebud in Citizen Kane?", "off"),
    ("what is Rosebud in Citizen Kane?", "on"),
    ("the movie about two stage magicians who become bitter rivals?", "off"),
    ("is Tyler real in Fight Club?", "off"),
    ("what year is Vertigo from?", "off"),
    ("who directed The Matrix?", "off"),
    ("where is Psycho set?", "off"),
    ("how does Memento end?", "on"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


# A title we lack typed in lower case is read by other rules (test_films_we_lack_in_lower_case.py).
CASES = [(kind, q, s) for kind in sorted(NOISE) for q, s in QUESTIONS if not (kind == "lower" and "Matrix" in q)]


@pytest.mark.parametrize(("kind", "question", "scope"), CASES)
def test_noise_does_not_change_the_reply(engine: Engine, kind: str, question: str, scope: str):
    spoilers = SpoilerScope.parse(scope)
    plain = engine.ask(question, scope=spoilers)
    noisy = engine.ask(NOISE[kind](question), scope=spoilers)
    assert (noisy.status, noisy.film) == (plain.status, plain.film)
    assert noisy.answer == plain.answer


def test_noise_in_a_conversation_keeps_the_film(engine: Engine):
    first = engine.ask("who directed Solaris?", scope=SpoilerScope.off())
    for follow_up in ["hey bot, how long is it??", "how long is it thanks!", "hi there! how long is it?"]:
        answer = engine.ask(follow_up, scope=SpoilerScope.off(), context_film=first.film.id if first.film else None)
        assert answer.film == first.film and "167" in answer.answer


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("hey bot, does Mills kill Doe?", "does Mills kill Doe?"),
        ("hi there! who directed Stalker?", "who directed Stalker?"),
        ("ok so quick question: what is the zone", "what is the zone"),
        ("hey bot what is vertigo about", "what is vertigo about"),
        ("good morning bot, what is vertigo about", "what is vertigo about"),
        # Nothing but the greeting, or no greeting: read whole.
        ("hi bot!", "hi bot!"),
        ("hey, thanks", "hey, thanks"),
        ("Psycho, who directed it?", "Psycho, who directed it?"),
        ("botany question", "botany question"),
    ],
)
def test_a_greeting_before_the_question_is_set_aside(typed: str, read: str):
    assert without_greeting(typed) == read


@pytest.mark.parametrize(
    ("before", "question", "film_id", "expected"),
    [
        # Typed without punctuation, the question word ends the clause that turns to the film.
        ("who directed vertigo", "switching to Psycho who wrote it", "psycho-1960", "Stefano"),
        ("who directed vertigo", "back to Chinatown who wrote it", "chinatown-1974", "Towne"),
        ("who directed vertigo", "let's talk about Stalker instead how long is it", "stalker-1979", "162"),
    ],
)
def test_turning_to_a_film_without_punctuation(engine: Engine, before: str, question: str, film_id: str, expected: str):
    first = engine.ask(before, scope=SpoilerScope.off())
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=first.film.id if first.film else None)
    assert answer.film is not None and answer.film.id == film_id and expected in answer.answer


@pytest.mark.parametrize(
    "question",
    ["psycho cast? and who's the director", "psyco cast? and whos the director", "Psycho: cast? and who directed it"],
)
def test_a_clause_naming_the_film_and_asking_a_fact_is_no_lead_in(engine: Engine, question: str):
    # "psycho cast?" asks the cast: read as a lead-in that only names the film, the cast was dropped.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert "Hitchcock" in answer.answer and "Perkins" in answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [("whats vertigos runtime", "vertigo-1958"), ("and mementos ending?", "memento-2000")],
)
def test_a_title_as_a_possessive_without_its_apostrophe_names_the_film(engine: Engine, question: str, film_id: str):
    # Before: after a question about Psycho, "vertigos" was no title and the follow-up stayed on Psycho.
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film="psycho-1960")
    assert answer.film is not None and answer.film.id == film_id


def test_a_name_as_a_possessive_without_its_apostrophe_is_no_title_we_lack(engine: Engine):
    # "Susans" is Susan's: Citizen Kane's hidden text names her, so it is not "a film we do not have".
    answer = engine.ask("who finishes Lelands review of Susans opera debut?", scope=SpoilerScope.off())
    assert "I don't have" not in answer.answer


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # Thanks, emoji and repeated marks around the question; a plea before it.
        ("what is rosebud thanks!", "what is rosebud"),
        ("the shining? thanks!", "the shining?"),
        ("whats rosebud mean tho thanks!", "what's rosebud mean"),
        ("who directed it? thank you so much", "who directed it?"),
        ("who is he??", "who is he?"),
        ("thanks!", "thanks!"),
        ("the shining? 🤔", "the shining?"),
        ("🍿 who is in it", "who is in it"),
        ("who directed it 👍🏽", "who directed it"),
        ("❤️", "❤️"),
        ("pls is norman's mom the killer in psycho??", "is norman's mom the killer in psycho?"),
        # Contractions typed without their apostrophe.
        ("whos katherine", "who's katherine"),
        ("wheres it set", "where's it set"),
        ("doesnt he know", "doesn't he know"),
        ("cant remember the name", "can't remember the name"),
        # Chat spellings of everyday words, only as words of their own.
        ("wat r the detectives called", "what are the detectives called"),
        ("wat's Solaris abt?", "what's Solaris about?"),
        ("the one w/ the ocean planet", "the one with the ocean planet"),
        ("don't u know", "don't you know"),
        ("u.s. army", "u.s. army"),
        ("r&b", "r&b"),
        ("who is she, the blonde w the money", "who is she, the blonde with the money"),
        ("who is marions bf", "who is marions boyfriend"),
        # ("thru" read as "through"; where the asker is in the film is then no word of the question, its film kept)
        ("halfway thru kane, who is his first wife", "who is his first wife in kane?"),
        ("why does he lie cuz i missed it", "why does he lie because i missed it"),
        ("w/e", "w/e"),
        # Discord's emoji typed as their names: set aside, and one between words ends what came before it.
        ("who is he :thinking:?", "who is he?"),
        (":wave: who directed psycho", "who directed psycho"),
        ("what happens at 1:05:30", "what happens at 1:05:30"),
        # The words a question turns on, misspelt ("happend" left "what happened to …" unread: no fate was asked).
        ("wat happend to arbogast", "what happened to arbogast"),
        ("what happends to hari", "what happens to hari"),
        ("who is madeleine realy", "who is madeleine really"),
        ("why did he do it becuase of the money", "why did he do it because of the money"),
    ],
)
def test_chat_noise_around_and_inside_the_question_is_read_away(typed: str, read: str):
    assert plain_question(typed) == read


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("the one about two rival stage magicians in 1890s london, whats it called", "the-prestige-2006"),
        ("the film where a man cant make new memories, what's its name?", "memento-2000"),
    ],
)
def test_a_description_then_its_name_asked_names_the_film(engine: Engine, question: str, film_id: str):
    # Before: "whats it called" was asked of the film as a question of its own, which no text answers.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id


@pytest.mark.parametrize(
    ("in_digits", "in_words"),
    [
        # "2" matched the facts' "2 hours 10 minutes": the runtime answered who the magicians are.
        ("the prestige, who are the 2 magicians", "the prestige, who are the two magicians"),
        ("who are the 2 men the stalker leads into the zone?", "who are the two men the stalker leads into the zone?"),
        ("se7en: what are the 7 deadly sins", "se7en: what are the seven deadly sins"),
        ("who are the 4 astronauts in planet of the apes?", "who are the four astronauts in planet of the apes?"),
    ],
)
def test_a_small_count_in_digits_is_asked_as_in_words(engine: Engine, in_digits: str, in_words: str):
    assert engine.ask(in_digits).answer == engine.ask(in_words).answer


@pytest.mark.parametrize(
    ("form", "fact"),
    [
        ("{t} is it rated for kids who's in it", "Cast:"),
        ("dad wants to watch {t} what language is it in", "Language:"),
        ("is this scarier than {t} who directed it", "directed by"),
        ("do you have {t} at least who's in it", "Cast:"),
    ],
)
@pytest.mark.parametrize("title", ["Psycho", "Rashomon", "the prestige", "solaris"])
def test_a_fact_asked_after_an_aside_without_punctuation_is_answered(engine: Engine, form: str, fact: str, title: str):
    # With a comma ("… rated for kids, who's in it") the fact clause was answered; run together it was withheld.
    answer = engine.ask(form.format(t=title), scope=SpoilerScope.off())
    assert fact in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("how did angiers wife die in the prestige", "how did angier's wife die in the prestige"),
        ("what is John Does plan in Se7en?", "what is John Doe's plan in Se7en?"),
        ("whats the Professors plan in Stalker?", "what's the Professor's plan in Stalker?"),
        # One word saying which of them may come between; more things owned: a version, a victim.
        ("who was Kanes first wife?", "who was Kane's first wife?"),
        ("rashomon - whats the bandits version", "rashomon - what's the bandit's version"),
        ("who was Does last victim", "who was Doe's last victim"),
        # A verb in lower case stays one; so does what no one has, and a title before a time ("jaws last night").
        ("what does wife say", "what does wife say"),
        ("who kills last", "who kills last"),
        ("we saw jaws last night", "we saw jaws last night"),
    ],
)
def test_a_possessive_typed_without_its_apostrophe_is_one(typed: str, read: str):
    # "how did angiers wife die" was withheld under a limit that shows Julia's death: "angiers wife" was no one's.
    assert plain_question(typed) == read


def test_a_possessive_without_its_apostrophe_finds_whose_it_is():
    answer = Engine(BUNDLED).ask("how did angiers wife die in the prestige", scope=SpoilerScope.on())
    assert "Julia" in answer.answer, answer.answer


def test_a_first_wife_without_the_apostrophe_is_found_before_the_limit():
    # "who was kanes first wife in citizen kane" up to 1:00 was withheld: "kanes first" was no one's.
    answer = Engine(BUNDLED).ask("who was kanes first wife in citizen kane", scope=SpoilerScope.parse("upto:1:00"))
    assert answer.status is Status.ANSWERED and "Emily" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("rosebud = ?", "what is rosebud?"),
        ("the zone=??", "what is the zone?"),
        ("tyler = narrator?", "tyler = narrator?"),
    ],
)
def test_a_name_equals_a_question_mark_asks_what_it_is(typed: str, read: str):
    assert plain_question(typed) == read


def test_what_rosebud_equals_is_answered_with_spoilers_on(engine: Engine):
    # Before: "rosebud = ?" quoted the premise's "His last word is 'Rosebud'", not what it is.
    answer = engine.ask("rosebud = ?", film="Citizen Kane", scope=SpoilerScope.on())
    assert "sled" in answer.answer, answer.answer


def test_a_fate_asked_with_its_words_misspelt_is_a_fate(engine: Engine):
    # Before: "wat happend to arbogast in pyscho" was answered with the sentence introducing Arbogast.
    answer = engine.ask("wat happend to arbogast in pyscho", scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "psycho-1960"
    assert "staircase" in answer.answer, answer.answer


def test_at_least_asks_nothing(engine: Engine):
    # Before: "Nothing I may show you about Se7en answers that": "least" was read as a word of the story.
    answer = engine.ask("ok who's in it at least", scope=SpoilerScope.off(), context_film="se7en-1995")
    assert answer.status is Status.ANSWERED and "Morgan Freeman" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("how long is stalker :skull: i have work tmrw", "162"),
        # (after a question about another film too: the tail was asked of that film)
        ("psycho :joy: who directed it?", "Hitchcock"),
        ("chinatown plot short", "Gittes"),
    ],
)
def test_emoji_names_and_keywords_the_other_way_round(engine: Engine, question: str, told: str):
    # Before: "I don't have stalker skull." (the emoji's name read as a title's word), and "chinatown plot short" was
    # withheld ("short" read as a word of the story, "short plot" was a summary).
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and told in answer.answer, answer.answer


async def test_an_emoji_after_a_question_ends_it_after_another_film(service):
    replies = await talk(service, "who directed the sixth sense?", "how long is stalker :skull: i have work tmrw")
    assert "Stalker (1979)" in replies[1] and "162" in replies[1], replies[1]


# "so fallon was borden?": a claim said with a question mark asks whether it holds, as "was Fallon Borden?" does; it
# was read as no question at all and answered with the sentence introducing Fallon as Borden's engineer.
@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("so fallon was borden?", "is it so that fallon was borden?"),
        ("wait so tyler is the narrator??", "is it so that tyler is the narrator?"),
        # Of the film, a pronoun, or a question placed in a film: no claim of the story.
        ("it was good?", "it was good?"),
        ("psycho is scary?", "psycho is scary?"),
        ("ok, and in Solaris the ocean is alive?", "and in Solaris the ocean is alive?"),
    ],
)
def test_a_claim_said_as_a_question_asks_whether_it_holds(typed: str, read: str):
    assert plain_question(typed) == read


def test_a_claim_said_as_a_question_is_answered_or_withheld_as_one(engine: Engine):
    on = engine.ask("so fallon was borden in the prestige?", scope=SpoilerScope.on())
    assert "twins" in on.answer, on.answer
    off = engine.ask("so fallon was borden in the prestige?", scope=SpoilerScope.off())
    assert off.status is Status.WITHHELD and "twins" not in off.answer, off.answer


# "wait what's the deal with katherine in chinatown", "whats the deal with the sloth victim": who that is; the words
# "deal" and "with" were read as what is asked. Only of someone: "the deal with the box" stays as typed.
@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("wait what's the deal with katherine in chinatown", "who is katherine in chinatown"),
        ("whats the deal with the sloth victim in se7en", "who is the sloth victim in se7en"),
        ("whats the deal with the box", "what's the deal with the box"),
    ],
)
def test_the_deal_with_someone_asks_who_they_are(typed: str, read: str):
    assert plain_question(typed) == read


def test_the_deal_with_someone_is_answered_before_the_limit(engine: Engine):
    answer = engine.ask("whats the deal with the sloth victim in se7en", scope=SpoilerScope.parse("upto:0:45"))
    assert answer.status is Status.ANSWERED and "strapped to a bed" in answer.answer, answer.answer
