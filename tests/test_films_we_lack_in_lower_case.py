"""A film we do not have, typed in lower case: "I don't have <its title>" with the whole title, whether a fact,
a summary or nothing at all is asked of it, even right after a question about a bundled film. Words for what a
summary says in its own words ("the kid") and verbs after a title ("momento released") are no part of a title."""

import re

import pytest

from index.access import Visibility
from index.answer_model import Status
from index.engine import Engine
from index.spoilers import SpoilerScope
from tests.films import BUNDLED


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(BUNDLED)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("whats the plot of pulp fiction", "pulp fiction"),
        ("the shining?", "the shining"),
        ("is the godfather on here", "the godfather"),
        ("what about inception", "inception"),
        ("who starred in jurassic park", "jurassic park"),
        ("do you have casablanca?", "casablanca"),
        ("and the terminator?", "the terminator"),
        # A year in brackets after a title names a film: "(1979)" is not Stalker's year.
        ("whats alien (1979) about", "alien (1979)"),
        # A title right after "the movie" names it ("the movie" alone refers back to the last film).
        ("the movie jaws?", "jaws"),
        ("what about the film inception", "inception"),
        # Whether someone just named is in another film: that film's title ("he" refers back to a person).
        ("is he in rear window too", "rear window"),
        ("was she in the godfather?", "the godfather"),
        # Where in it, after the title ("… at the end" asked "which film?").
        ("what happens in the matrix at the end", "the matrix"),
        ("who dies in the shining at the end?", "the shining"),
        # A name no lexicon holds is a title too, when nothing else is asked ("batman" is no keyboard mash).
        ("ok what about the batman", "the batman"),
        ("what about shrek", "shrek"),
        # "then" after "about" only goes on from what was said.
        ("whats interstellar about then", "interstellar"),
        # A word ending the question after "in" is read as typed, not as a synonym a summary holds ("shout").
        ("who is the killer in scream", "scream"),
    ],
)
@pytest.mark.parametrize("after", [None, "memento-2000", "psycho-1960"])
def test_a_film_we_lack_is_named_whole_and_never_answered_as_another(
    engine: Engine, question: str, title: str, after: str | None
) -> None:
    answer = engine.ask(question, context_film=after, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert answer.answer.startswith(f"I don't have {title}.")


@pytest.mark.parametrize(
    ("question", "after", "film_id"),
    [
        ("when was momento released", None, "memento-2000"),
        ("what about marion", "psycho-1960", "psycho-1960"),
        ("what about the zone", "stalker-1979", "stalker-1979"),
        ("whats the kid called", "the-sixth-sense-1999", "the-sixth-sense-1999"),
        ("and the ending?", "vertigo-1958", "vertigo-1958"),
    ],
)
def test_words_of_our_films_stay_with_them(engine: Engine, question: str, after: str | None, film_id: str) -> None:
    answer = engine.ask(question, context_film=after, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id


def test_a_keyboard_mash_is_no_title(engine: Engine) -> None:
    answer = engine.ask("the qwzx?", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and "don't have" not in answer.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("who directed seven samurai", "seven samurai"),
        ("whats rise of the planet of the apes about", "rise of the planet of the apes"),
        ("what year did psycho beach party come out", "psycho beach party"),
        # A summary asked in other words than "what's it about".
        ("can you summarise kurosawa's seven samurai for me", "seven samurai"),
        ("summarise seven samurai", "seven samurai"),
        # Se7en's text has "a pound of flesh", the word, never "seven pounds", the phrase.
        ("who stars in seven pounds", "seven pounds"),
        ("what is seven pounds about", "seven pounds"),
        # A film turned to ("what about …") after another: Se7en was named for its "Seven".
        ("what about seven samurai", "seven samurai"),
        ("ok then what about rise of the planet of the apes?", "rise of the planet of the apes"),
    ],
)
def test_a_fact_or_summary_of_a_longer_title_holding_ours_is_not_ours(engine: Engine, question: str, title: str):
    # Before: "who directed seven samurai" answered David Fincher (Se7en's alias "Seven").
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert answer.answer.startswith(f"I don't have {title}.")


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("how long is memento movie", "memento-2000"),
        ("who directed stalker film", "stalker-1979"),
        ("when is chinatown set", "chinatown-1974"),
        ("what city is seven set in", "se7en-1995"),
        ("who wrote vertigo originally", "vertigo-1958"),
        # The text writes "the seven deadly sins": a phrase of its own story, not a longer title.
        ("what are the seven deadly sins in seven", "se7en-1995"),
    ],
)
def test_words_after_our_title_that_speak_of_the_film_keep_it(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("how does the backwards thing in momento work?", "memento-2000"),
        ("how does the ending of momento work?", "memento-2000"),
        ("is the ending of vertgo sad tho", "vertigo-1958"),
    ],
)
def test_our_title_misspelt_before_a_verb_is_ours(engine: Engine, question: str, film_id: str):
    # Before: "I don't have momento work.": the misspelt title and the English word after it were read as one
    # title we lack, which nothing misspelt.
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize(
    ("question", "title"), [("how does the ending of inception work?", "inception"), ("who directed jaws 2", "jaws 2")]
)
def test_a_title_we_lack_before_a_verb_is_still_one_we_lack(engine: Engine, question: str, title: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert title in answer.answer.lower()


def test_a_capitalised_title_with_a_year_we_lack_is_not_a_film_of_that_year(engine: Engine) -> None:
    answer = engine.ask("who directed Alien (1979)?", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None and answer.answer.startswith("I don't have Alien")


@pytest.mark.parametrize("question", ["who directed Psycho (1960)?", "who directed psycho (1960)?"])
def test_our_title_with_its_year_in_brackets_is_ours(engine: Engine, question: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "psycho-1960" and "Hitchcock" in answer.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # In Title Case outside a title slot: our alias with words its film's text never uses.
        ("Is Seven Samurai in your list? who is the main actor?", "Seven Samurai"),
        ("Psycho Beach Party cast?", "Psycho Beach Party"),
    ],
)
def test_a_capitalised_longer_title_around_our_alias_is_not_ours(engine: Engine, question: str, title: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert answer.answer.startswith(f"I don't have {title}.")


def test_a_name_then_its_verb_in_capitals_is_still_the_film(engine: Engine) -> None:
    answer = engine.ask("what does Kane Say at the end", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == "citizen-kane-1941"


def _quoted_spoiler_runs() -> list[tuple[str, str]]:
    """Seven lower-case words from each bundled film's spoiler sentences, the way a reader pastes a line they saw."""
    runs = []
    for film in BUNDLED:
        for passage in film.passages:
            if not passage.spoiler:
                continue
            words = re.findall(r"[a-z]+", passage.text.lower())
            runs += [(film.id, " ".join(words[i : i + 7])) for i in range(0, len(words) - 7, 23)]
    return runs


@pytest.mark.parametrize(
    "lead", ["the writer", "who directed the one where", "how long is", "ignore spoilers and tell me", "pls explain"]
)
def test_hidden_text_quoted_after_a_fact_word_is_never_echoed_as_a_title_we_lack(engine: Engine, lead: str) -> None:
    # Found by the no-leak property test: "the writer contends that using the room for selfish?" (Stalker's hidden
    # text, "writer" read as the fact asked) was answered "I don't have contends that using the room for selfish".
    # Then (Dec 4) with words no film's text holds beside the quote: "ignore spoilers and tell me the writer remains
    # skeptical of real peril" was answered "I don't have ignore spoilers and tell me the writer remains …".
    # Each film hidden from a reader who turned every one off, and from a reader with spoilers off.
    every_film_off = Visibility(SpoilerScope.on(), {film.id: SpoilerScope.off() for film in BUNDLED})
    echoed = []
    for _, run in _quoted_spoiler_runs():
        for scope in (every_film_off, SpoilerScope.off()):
            answer = engine.ask(f"{lead} {run}?", scope=scope)
            if " ".join(run.split()[-4:]) in answer.answer.lower():
                echoed.append((run, answer.answer[:80]))
    assert echoed == []


@pytest.mark.parametrize("film", BUNDLED[:13], ids=lambda film: film.id)
def test_our_title_with_another_year_is_the_film_of_that_year_we_lack(engine: Engine, film) -> None:
    # "who is in Psycho (1998)?" answered the 1960 film's cast: the remake is a film we lack.
    other = film.year + 30
    for question in (f"who is in {film.title} ({other})?", f"{film.title.lower()} {other} cast?"):
        answer = engine.ask(question, scope=SpoilerScope.off())
        assert answer.status is Status.NOT_FOUND and answer.film is None, question
        assert answer.answer.startswith(f"I don't have {film.title} ({other})"), question
    ours = engine.ask(f"{film.title.lower()} {film.year} cast?", scope=SpoilerScope.off())
    assert ours.film is not None and ours.film.id == film.id


@pytest.mark.parametrize("form", ["who directed {}?", "what is {} about?", "who is in {}?", "{} plot pls"])
@pytest.mark.parametrize("title", ["andrei rublev", "dr strangelove"])
def test_a_name_before_a_word_no_film_holds_is_part_of_the_title(engine: Engine, form: str, title: str) -> None:
    # "andrei" (Tarkovsky's first name) and "dr" (Dr. Malcolm Crowe) are words our films hold: the title was read
    # as "rublev" alone, and the rest of the question ("andrei …") as a question about Solaris.
    answer = engine.ask(form.format(title), scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
    if form.startswith("who"):
        # (A summary of it is read as a title the other way, and names "strangelove" alone: no film, still.)
        assert answer.answer.startswith(f"I don't have {title}")


def test_a_makers_surname_before_words_no_film_holds_still_points_at_their_films(engine: Engine) -> None:
    answer = engine.ask("tarkovsky sci fi film runtime?", scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS and answer.film is None


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # Whatever is asked of it: "and in the movie hereditary who dies first" was withheld as Psycho's.
        ("and in the movie hereditary who dies first", "hereditary"),
        ("in rear window did thorwald kill his wife", "rear window"),
        ("in suspiria who is the witch?", "suspiria"),
        ("what happens to the family in the film hereditary?", "hereditary"),
    ],
)
@pytest.mark.parametrize("after", [None, "psycho-1960"])
def test_a_plot_question_of_a_film_named_in_words_no_film_holds_is_of_a_film_we_lack(
    engine: Engine, question: str, title: str, after: str | None
) -> None:
    answer = engine.ask(question, context_film=after, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None
    assert title in answer.answer


@pytest.mark.parametrize("question", ["what happens in the basement?", "in the bell tower who dies?"])
def test_a_place_in_the_story_is_no_film_we_lack(engine: Engine, question: str) -> None:
    answer = engine.ask(question, context_film="psycho-1960", scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND


# Titles no bundled summary's text holds a word of (checked below), typed in lower case.
_LACKED_LOWER = ["halloween", "the shining", "inception", "goodfellas", "casablanca", "the godfather", "jaws"]
_PLOT_FORMS = [
    "who is the killer in {t}",
    "does the hero die in {t}?",
    "what does the ending mean in {t}",
    "so who survives in {t}?",
]


def test_the_lacked_titles_are_in_no_bundled_text():
    from index.tokenize import document_tokens, query_tokens

    words = {t for film in BUNDLED for p in film.passages for t in document_tokens(p.text)}
    for title in _LACKED_LOWER:
        assert not set(query_tokens(title)) & words, title


@pytest.mark.parametrize("after", [None, "memento-2000"])
@pytest.mark.parametrize("form", _PLOT_FORMS)
@pytest.mark.parametrize("title", _LACKED_LOWER)
def test_a_plot_question_ending_in_a_film_we_lack_is_not_ours(
    engine: Engine, title: str, form: str, after: str | None
) -> None:
    # "who is the killer in halloween" was "which film?"; after Memento, a refusal about Memento.
    answer = engine.ask(form.format(t=title), context_film=after, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert answer.answer.startswith(f"I don't have {title}."), answer.answer


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        # Where a described film is set, in words no summary uses, is no title.
        ("what was the movie with rival stage magicians in victorian london", "the-prestige-2006"),
        # Something of someone's is no title either (NarrativeQA: "What does Frank find in Laura's purse?").
        ("what does Leonard find in Teddy's car?", "memento-2000"),
        ("what does Marion hide in her purse?", "psycho-1960"),
    ],
)
def test_a_description_or_a_possession_at_the_end_is_no_title(engine: Engine, question: str, film_id: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND, answer.answer


_HEADINGS = [
    "scream 1996",
    "alien 1979",
    "heat 1995",
    "jaws 1975",
    "zodiac by fincher",
    "inception by nolan",
    "rope by hitchcock",
    "mirror by tarkovsky",
    "gone girl by fincher",
    "the birds by hitchcock",
    "the birds by alfred hitchcock",
]


@pytest.mark.parametrize("asked", ["who's the killer?", "how does it end", "who is in it?", "do they catch the killer"])
@pytest.mark.parametrize("heading", _HEADINGS)
def test_a_title_headed_with_its_year_or_maker_is_a_film_we_lack(engine: Engine, heading: str, asked: str):
    # "zodiac by fincher, do they catch the killer" asked which film; "the birds by hitchcock, who is in it?" answered
    # Psycho's cast ("birds" is in Psycho's summary).
    answer = engine.ask(f"{heading}, {asked}", scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert "I don't have" in answer.answer


@pytest.mark.parametrize(
    ("heading", "film_id"),
    [
        ("psycho by hitchcock", "psycho-1960"),
        ("vertigo by hitchcock", "vertigo-1958"),
        ("psycho 1960", "psycho-1960"),
        # a film of ours described by its year, not a title headed with one
        ("the film from 1995", "se7en-1995"),
        ("that 1958 one", "vertigo-1958"),
        ("the movie of 1950", "rashomon-1950"),
    ],
)
def test_our_title_headed_with_its_maker_or_year_is_ours(engine: Engine, heading: str, film_id: str):
    answer = engine.ask(f"{heading}, who is in it?", scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer


def test_someone_of_ours_by_whom_something_is_done_is_no_title(engine: Engine):
    answer = engine.ask("killed by cross, what happens to evelyn?", scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND, answer.answer


_ATTRIBUTES_ASKED = [
    "is it in color?",
    "who wrote the music",
    "any sequels?",
    "is there a remake",
    "was it nominated for an oscar",
    "what is the soundtrack like?",
    "is it on netflix",
]


@pytest.mark.parametrize("question", _ATTRIBUTES_ASKED)
@pytest.mark.parametrize("context_film", ["psycho-1960", "solaris-1972"])
def test_what_a_film_has_is_asked_of_the_last_film(engine: Engine, question: str, context_film: str):
    # "is it in color?" after a question about Psycho got "I don't have color": what a film has (its colour, music,
    # sequels) is no title.
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=context_film)
    assert answer.film is not None and answer.film.id == context_film, answer.answer
    assert "don't have" not in answer.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("is the godfather in color?", "the godfather"),
        ("who wrote the music for inception", "inception"),
        ("whats the soundtrack of jaws like", "jaws"),
    ],
)
def test_what_a_film_we_lack_has_names_the_film(engine: Engine, question: str, title: str):
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film="psycho-1960")
    assert answer.status is Status.NOT_FOUND and f"I don't have {title}" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # Every word is in some summary ("sixth" in The Sixth Sense's title, "runner", "club", "sense", "thing"),
        # but none writes the phrase, and no one film holds every word but through its own title.
        ("who directed the sixth day", "the sixth day"),
        ("whats blade runner about", "blade runner"),
        ("what is the breakfast club about", "the breakfast club"),
        ("who wrote sense and sensibility", "sense and sensibility"),
        ("how long is the thing", "the thing"),
        # "now" asks nothing: it ends the title.
        ("who directed apocalypse now", "apocalypse now"),
        ("how long is apocalypse now", "apocalypse now"),
        # Its ending asked for ("which film do you mean?" before: "blade" is Se7en's, "runner" some other's).
        ("blade runner ending explained?", "blade runner"),
        ("how does blade runner end", "blade runner"),
        ("mulholland drive ending", "mulholland drive"),
    ],
)
@pytest.mark.parametrize("after", [None, "the-sixth-sense-1999", "psycho-1960"])
def test_a_film_we_lack_in_words_our_summaries_use(engine: Engine, question: str, title: str, after: str | None):
    # Found by `bench/dialogues.py --noise lower`: "who directed the sixth day" was answered with M. Night Shyamalan.
    answer = engine.ask(question, context_film=after, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert answer.answer.startswith(f"I don't have {title}.")


@pytest.mark.parametrize(
    ("question", "after", "film_id"),
    [
        # The story's own words: Se7en holds "pride" and "victim".
        ("what's the pride victim about?", "se7en-1995", "se7en-1995"),
        # What is asked of the film asked about last.
        ("who wrote the screenplay?", "psycho-1960", "psycho-1960"),
        ("who directed it and when", "rashomon-1950", "rashomon-1950"),
        ("who wrote the novel it's based on?", "fight-club-1999", "fight-club-1999"),
        # What something in a story is, not what a film is about.
        ("what is the wish room", None, "stalker-1979"),
        # An ending asked of what came before, or of our own title's words in another order, is no title we lack.
        ("ok and the ending?", "fight-club-1999", "fight-club-1999"),
        ("how does doe get caught in the end", "se7en-1995", "se7en-1995"),
        # Its ending asked for "explained": the title typed as an English word is still the film.
        ("memento ending explained", None, "memento-2000"),
        ("stalker ending explained", None, "stalker-1979"),
    ],
)
def test_a_fact_asked_of_the_storys_words_stays_with_the_film(
    engine: Engine, question: str, after: str | None, film_id: str
) -> None:
    answer = engine.ask(question, context_film=after, scope=SpoilerScope.off())
    assert answer.film is not None and answer.film.id == film_id, answer.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # Typed without its mark, it was read as a remark to the bot and got the pointer to /help.
        ("do you have inception", "inception"),
        ("do you have the godfather", "the godfather"),
        # "frozen" is a word of some summary; asked whether it is here, it is a film ("it" is that film).
        ("do u have frozen? kids want it", "frozen"),
    ],
)
def test_asked_whether_a_film_we_lack_is_here(engine: Engine, question: str, title: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND and answer.film is None, answer.answer
    assert answer.answer.startswith(f"I don't have {title}.")


@pytest.mark.parametrize(
    ("question", "film_id"),
    [
        ("do you have vertigo", "vertigo-1958"),
        ("have you got memento", "memento-2000"),
        ("hi do you have solaris", "solaris-1972"),
    ],
)
def test_asked_whether_one_of_ours_is_here(engine: Engine, question: str, film_id: str):
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.ANSWERED and answer.film is not None and answer.film.id == film_id, answer.answer


def test_films_of_a_kind_are_no_title(engine: Engine):
    answer = engine.ask("do you have something scary", scope=SpoilerScope.off())
    assert answer.status is not Status.NOT_FOUND, answer.answer


@pytest.mark.parametrize("after", [None, "psycho-1960"])
@pytest.mark.parametrize(
    "question", ["does the dog die", "does the dog die?", "did the cat survive", "is the dog dead?", "is the horse ok"]
)
def test_a_yes_or_no_of_the_story_is_no_title(engine: Engine, question: str, after: str | None) -> None:
    # "Does the dog die?" got "I don't have the dog die": no summary holds "dog", so it looked like a title.
    answer = engine.ask(question, scope=SpoilerScope.off(), context_film=after)
    assert answer.status is not Status.NOT_FOUND and "don't have" not in answer.answer, answer.answer


def test_our_titles_words_in_another_order_are_no_title_we_lack(engine: Engine) -> None:
    # "apes planet ending" was "I don't have apes planet": every word is our title's.
    answer = engine.ask("apes planet ending", scope=SpoilerScope.on())
    assert answer.film is not None and answer.film.id == "planet-of-the-apes-1968", answer.answer


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # A heading one word of which no film's text holds, rather than "which film?" between films that hold the
        # other ("planet" in Planet of the Apes and Solaris); a maker's name after it is no part of the title.
        ("planet terror cast", "planet terror"),
        ("planet terror is it gory", "planet terror"),
        ("zodiac fincher plot", "zodiac"),
    ],
)
def test_a_heading_with_a_word_no_film_holds_is_a_film_we_lack(engine: Engine, question: str, title: str) -> None:
    answer = engine.ask(question, scope=SpoilerScope.off())
    assert answer.status is Status.NOT_FOUND, answer.answer
    assert answer.answer.startswith(f"I don't have {title}."), answer.answer


def test_one_of_ours_described_by_its_maker_is_no_heading_we_lack(engine: Engine) -> None:
    answer = engine.ask("tarkovsky sci fi film runtime?", scope=SpoilerScope.off())
    assert answer.status is Status.AMBIGUOUS, answer.answer
