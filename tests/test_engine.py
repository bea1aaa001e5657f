import random
import time

from corpus.models import Film, Passage
from index.access import Visibility
from index.answer import choose
from index.answer_model import Status, withheld_text
from index.engine import Engine
from index.film_index import Hit
from index.question import analyze, name_terms
from index.spoilers import SpoilerScope
from index.tokenize import query_tokens
from tests.engine_films import APES, PL, PSYCHO, E, P, make_film

OFF, ON = SpoilerScope.off(), SpoilerScope.on()


def engine(*films: Film) -> Engine:
    return Engine(films or (PSYCHO, APES))


def test_facts_are_answered_from_the_facts_passage_whatever_the_scope():
    e = engine()
    for scope in (OFF, ON):
        answer = e.ask("who directed Psycho?", scope=scope)
        assert answer.status is Status.ANSWERED and "Alfred Hitchcock" in answer.answer
        assert answer.cited_section == "Facts" and not answer.contains_spoilers
    assert "109" in e.ask("how long is Psycho?").answer
    assert "Anthony Perkins" in e.ask("who stars in Psycho?").answer


def test_a_fact_with_an_initial_is_quoted_whole():
    film = make_film(
        "Club Film",
        2020,
        [(P, False, "A film made by the club.")],
        facts_text="Club Film (2020) was directed by A. Member. Director: A. Member.",
    )
    assert "A. Member" in engine(film).ask("who directed Club Film?").answer


def test_facts_missing_from_a_passage_come_from_the_documents_facts():
    e = engine()
    assert e.ask("when was Planet of the Apes released?").answer == "Year: 1968"
    unknown = e.ask("who directed Planet of the Apes?")
    assert unknown.status is Status.ANSWERED and "doesn't say" in unknown.answer and unknown.passages == []


def test_a_plot_question_is_answered_from_visible_passages_with_a_citation():
    answer = engine().ask("where does Marion stop for the night?", film="Psycho")
    assert answer.status is Status.ANSWERED
    assert "Bates Motel" in answer.answer and answer.answer in PSYCHO.passages[1].text
    assert answer.cited_section == "Premise" and answer.cited_position == 0.0
    assert answer.passages[0].text == PSYCHO.passages[1].text and not answer.contains_spoilers
    assert answer.scope == "spoilers off" and answer.question == "where does Marion stop for the night?"


def test_spoiler_questions_are_withheld_when_off_and_answered_when_on():
    e = engine()
    off = e.ask("who is the killer?", film="Psycho")
    assert off.status is Status.WITHHELD and off.passages == []
    assert off.answer == withheld_text("Psycho", unsure=off.unsure)
    on = e.ask("who is the killer?", film="Psycho", scope=ON)
    assert on.status is Status.ANSWERED and "killer" in on.answer and on.contains_spoilers
    assert on.scope == "spoilers on" and on.passages[0].spoiler


def test_nothing_hidden_and_nothing_matching_says_the_summary_does_not_say():
    e = engine()
    answer = e.ask("what colour is the spaceship?", film="Planet of the Apes", scope=ON)
    assert answer.status is Status.ANSWERED and answer.answer == "The summary of Planet of the Apes doesn't say."
    assert answer.passages == []


def test_endings_follow_the_scope():
    e = engine()
    assert e.ask("how does Psycho end?").status is Status.WITHHELD
    on = e.ask("how does Psycho end?", scope=ON)
    assert on.status is Status.ANSWERED and on.answer in PSYCHO.passages[-1].text and on.contains_spoilers
    assert e.ask("how does Psycho end?", scope=SpoilerScope.parse("upto:50%")).status is Status.WITHHELD


def test_progress_scope_shows_passages_that_end_before_the_limit():
    e = engine()
    # the shower passage ends about two thirds in
    shower_end = PSYCHO.passages[2].position_end
    before = SpoilerScope.parse(f"upto:{(shower_end - 0.05) * 100:.0f}%")
    after = SpoilerScope.parse(f"upto:{(shower_end + 0.01) * 100:.0f}%")
    assert e.ask("what happens in the shower?", film="Psycho", scope=before).status is Status.WITHHELD
    answered = e.ask("what happens in the shower?", film="Psycho", scope=after)
    assert answered.status is Status.ANSWERED and "shower" in answered.answer
    assert answered.scope.startswith("spoilers up to")
    assert e.ask("who is the killer?", film="Psycho", scope=after).status is Status.WITHHELD


def test_a_film_is_never_chosen_by_text_the_scope_hides():
    e = engine()
    off = e.ask("who dies in the shower in cabin one?")
    # No film's visible text fits clearly: it asks (offering films only by what their visible text holds).
    assert off.status in (Status.NOT_FOUND, Status.AMBIGUOUS) and off.film is None and "Psycho" not in off.answer
    on = e.ask("who dies in the shower in cabin one?", scope=ON)
    assert on.film is not None and on.film.title == "Psycho" and on.status is Status.ANSWERED


def test_a_film_scope_applies_once_the_film_is_known():
    e = engine()
    answer = e.ask("who is the killer in Psycho?", scope=Visibility(OFF, {"psycho-1960": ON}))
    assert answer.status is Status.ANSWERED and answer.contains_spoilers
    # a general "on" with a per-film "off" must not find the film through its hidden text
    hidden = e.ask("who dies in the shower in cabin one?", scope=Visibility(ON, {"psycho-1960": OFF}))
    assert hidden.film is None and "Psycho" not in hidden.answer + str(hidden.choices)


def test_finding_the_film_by_content_uses_character_names():
    answer = engine().ask("who is Norman Bates?")
    assert answer.film is not None and answer.film.title == "Psycho"
    assert answer.status is Status.ANSWERED and "Norman Bates" in answer.answer


SPARTAN = make_film(
    "Spartan",
    2004,
    [
        (
            P,
            False,
            "Scott, a secret service agent, searches for the president's daughter Laura, who has been "
            "kidnapped and taken abroad.",
        ),
    ],
)
DEMOLITION = make_film(
    "Demolition Man",
    1993,
    [
        (
            P,
            False,
            "Police officer John Spartan is frozen in a cryo-prison after a raid goes wrong. Decades later "
            "Spartan is thawed to catch the criminal Simon Phoenix.",
        ),
        (E, True, "Spartan freezes Phoenix with liquid nitrogen and shatters him with a kick."),
    ],
)


def test_a_one_word_title_that_is_another_films_character_goes_by_content():
    e = engine(SPARTAN, DEMOLITION, PSYCHO)
    answer = e.ask("Why is Spartan thawed to catch Phoenix?", scope=OFF)
    assert answer.film is not None and answer.film.title == "Demolition Man"
    # the title stays firm when nothing else in the question points elsewhere, or a cue says it is the film
    for question in ("What is Spartan about?", "Who is kidnapped in Spartan?", "Who is Phoenix in Spartan?"):
        found = e.ask(question, scope=OFF)
        assert found.film is not None and found.film.title == "Spartan", question


def test_a_title_mention_is_not_overruled_through_hidden_text():
    e = engine(SPARTAN, DEMOLITION, PSYCHO)
    # "shatters" and "kick" are only in Demolition Man's hidden ending: with spoilers off the title holds
    off = e.ask("Who does Spartan shatter with a kick?", scope=OFF)
    assert off.film is not None and off.film.title == "Spartan"
    on = e.ask("Who does Spartan shatter with a kick?", scope=ON)
    assert on.film is not None and on.film.title == "Demolition Man"
    per_film = e.ask(
        "Who does Spartan shatter with a kick?", scope=Visibility(ON, {"demolition-man-1993": OFF, "spartan-2004": OFF})
    )
    assert per_film.film is not None and per_film.film.title == "Spartan"


def test_guild_films_are_invisible_elsewhere():
    local = make_film(
        "Harbour Lights", 2021, [(P, False, "A lighthouse keeper named Ottoline hides a dog.")], guild_id=10
    )
    e = engine(PSYCHO, local)
    assert e.ask("who hides a dog?", guild_id=10).film.title == "Harbour Lights"
    for guild in (11, None):
        elsewhere = e.ask("who hides a dog?", guild_id=guild)
        assert elsewhere.film is None and "Harbour" not in elsewhere.answer + str(elsewhere.choices)
        assert e.ask("who is Ottoline?", film="Harbour Lights", guild_id=guild).status is Status.NOT_FOUND
        assert e.ask("what does Ottoline hide in Harbour Lights?", guild_id=guild).film is None
        assert e.suggest("Harb", guild) == []
    assert e.resolve("Harbour Lights", 10).status is Status.ANSWERED


def test_ambiguous_and_unknown_titles():
    solaris = [
        make_film("Solaris", year, [(P, False, f"A psychologist visits a station in {year}.")]) for year in (1972, 2002)
    ]
    e = engine(*solaris, PSYCHO)
    ambiguous = e.ask("who visits the station?", film="Solaris")
    assert ambiguous.status is Status.AMBIGUOUS and [c.year for c in ambiguous.choices] == [1972, 2002]
    assert e.ask("how does Solaris end?").status is Status.AMBIGUOUS
    assert e.ask("who visits the station?", film="Solaris (2002)").answer.endswith("in 2002.")
    unknown = e.ask("who is it?", film="Psychoo Killer Nights")
    assert unknown.status is Status.NOT_FOUND and "Psycho" in [c.title for c in unknown.choices]
    assert unknown.passages == [] and unknown.film is None


def test_tiny_films_rank_the_matching_passage():
    two = make_film(
        "Duo", None, [(P, False, "Ada repairs a clock in the village."), (PL, False, "Bo sails a boat to the island.")]
    )
    three = make_film(
        "Trio",
        None,
        [
            (P, False, "A clock shop opens."),
            (PL, False, "The clock breaks at noon."),
            (PL, False, "A boat leaves the clock shop."),
        ],
    )
    e = engine(two, three)
    assert "boat" in e.ask("who sails the boat?", film="Duo").answer
    assert "Ada" in e.ask("who repairs the clock?", film="Duo").answer
    assert "noon" in e.ask("when does the clock break?", film="Trio").answer
    single = make_film("Solo", None, [(P, False, "A lone diver finds a wreck.")])
    assert "wreck" in engine(single).ask("what does the diver find?").answer


def test_the_film_title_does_not_drown_the_question():
    film = make_film(
        "Zone",
        None,
        [
            (P, False, "The Zone is a quiet town by the sea."),
            (PL, False, "In the Zone a baker bakes bread every morning."),
        ],
    )
    answer = engine(film).ask("who bakes bread in Zone?")
    assert "baker" in answer.answer


def test_add_replace_and_remove_films():
    e = engine(PSYCHO)
    assert [f.title for f in e.films()] == ["Psycho"]
    renamed = PSYCHO.model_copy(
        update={
            "passages": [
                PSYCHO.passages[0],
                PSYCHO.passages[1].model_copy(update={"text": "Marion goes swimming in a lake."}),
            ]
        }
    )
    e.add_film(renamed)
    assert len(e.films()) == 1 and "lake" in e.ask("where does Marion go swimming?", film="Psycho").answer
    assert e.remove_film(PSYCHO.id) and not e.remove_film(PSYCHO.id)
    assert e.ask("who directed Psycho?").status is Status.NOT_FOUND
    assert e.films() == []


def test_questions_that_name_no_known_film_and_match_nothing():
    answer = engine().ask("what is the capital of Mongolia?")
    assert answer.status is Status.NOT_FOUND and answer.film is None and answer.passages == []
    assert engine().ask("").status is Status.NOT_FOUND


def synthetic_films(count: int, seed: int = 3) -> list[Film]:
    rng = random.Random(seed)
    vocab = [f"word{i}" for i in range(3000)]
    films = []
    for n in range(count):
        paragraphs = [(P, False, " ".join(rng.choices(vocab, k=80)) + ".")]
        paragraphs += [(PL, True, " ".join(rng.choices(vocab, k=100)) + ".") for _ in range(8)]
        films.append(make_film(f"Synthetic {n}", 1950 + n % 70, paragraphs))
    return films


def test_asking_stays_fast_with_hundreds_of_films():
    films = synthetic_films(300)
    e = Engine([*films, PSYCHO])
    e.ask("warm up word1 word2", scope=OFF)
    e.ask("warm up word1 word2", scope=ON)
    rng = random.Random(1)
    questions = [" ".join(rng.choices(films[i].passages[0].text.split(), k=3)) for i in range(50)]
    start = time.perf_counter()
    for question in questions:
        assert e.ask(question).status is not Status.NOT_FOUND
    per_question = (time.perf_counter() - start) / len(questions)
    assert per_question < 0.05, per_question


def test_names_are_the_words_capitalised_mid_sentence():
    assert name_terms("Who owns Premier Properties?") == ["premier", "properti"]
    assert name_terms("What is Laura's job? Then where does Bob go?") == ["laura", "bob"]
    # sentence starts, "I", acronyms and Title Case questions say nothing about names
    assert name_terms("What does the US government want, as I see it?") == []
    assert name_terms("Who Is Frank?") == []


def test_a_name_in_the_question_outweighs_common_words_in_finding_the_film():
    chatter = make_film(
        "Chatter",
        2001,
        [
            (
                P,
                False,
                "The detective talks and talks at the station; the detective writes a report, and the "
                "station hears the report the detective writes.",
            ),
        ],
    )
    name = make_film(
        "Nora",
        2002,
        [
            (P, False, "Mulvaney is a detective at a small station who falls ill with a bad heart."),
        ],
    )
    answer = engine(chatter, name, PSYCHO, APES).ask("What does the detective at the station tell Mulvaney?")
    assert answer.film is not None and answer.film.title == "Nora"


def test_a_late_trivia_section_does_not_answer_how_a_film_ends():
    from corpus.load import parse_document
    from index.answer_model import Status
    from index.engine import Engine
    from index.spoilers import SpoilerScope

    film = parse_document(
        b"# Heat (1995)\n\n## Premise\nA crew of thieves and a detective in Los Angeles.\n\n"
        b"## Ending (spoilers)\nThe detective shoots the thief by the runway.\n\n"
        b"## Trivia\nThe diner scene was shot in one take on a real street.\n",
        "heat.md",
    )
    answer = Engine([film]).ask("what happens at the end of Heat?", scope=SpoilerScope.off())
    assert answer.status is Status.WITHHELD
    assert "diner" not in answer.answer


def _quoted_from(answer_text: str, passage_text: str) -> bool:
    """Every part of an excerpt between its "…" marks is verbatim passage text."""
    return all(part.strip() in passage_text for part in answer_text.split("…") if part.strip())


def test_an_over_long_sentence_is_quoted_where_the_question_words_are():
    opening = (
        "On a grey winter morning, after a long night of arguments with the landlord, the unpaid "
        "musicians, the neighbours who complained about the noise, the bank manager, the police "
        "officer who called twice, and a dozen creditors who had lined up outside the rehearsal "
        "rooms since dawn, "
    )
    sentence = opening + "the conductor finally hides the stolen violin inside the cathedral organ in Prague."
    film = make_film(
        "Long Lines",
        2001,
        [
            (P, False, "A conductor loses his orchestra. " + sentence),
            (PL, False, "He leaves town by train with a suitcase and a borrowed coat."),
        ],
    )
    answer = engine(film).ask("Where does the conductor hide the stolen violin?", film="Long Lines", scope=OFF)
    assert answer.status is Status.ANSWERED and len(sentence) > 300
    assert "violin" in answer.answer and "organ" in answer.answer
    assert len(answer.answer) <= 300 and answer.answer.startswith("…")
    assert _quoted_from(answer.answer, film.passages[0].text)


def test_a_short_best_sentence_brings_the_next_even_when_cut():
    follow = (
        "It opens a locker at the central station, where she finds a ledger naming every officer paid "
        "by the smugglers over the last ten years, together with photographs, tickets, bank slips and "
        "a letter addressed to her late father that she decides not to read until the trial is over."
    )
    film = make_film(
        "The Key",
        1999,
        [
            (P, False, "Anna is a clerk at the harbour office. Anna finds a brass key. " + follow),
            (PL, False, "She takes the night train to the capital."),
        ],
    )
    answer = engine(film).ask("What does Anna find with the brass key?", film="The Key", scope=OFF)
    assert answer.status is Status.ANSWERED
    assert answer.answer.startswith("Anna finds a brass key. It opens a locker")
    assert len(answer.answer) <= 300 and answer.answer.endswith("…")
    assert _quoted_from(answer.answer, film.passages[0].text)


def test_supporting_passages_weigh_the_whole_passage_as_well_as_its_best_sentence():
    texts = ["Marta sells the ferry.", "Marta sails the ferry home.", "The ferry leaks. Marta swims."]
    passages = [
        Passage(
            film_id="f",
            section="Plot",
            section_kind=PL,
            ordinal=i,
            text=text,
            spoiler=False,
            position=i / 3,
            position_end=(i + 1) / 3,
        )
        for i, text in enumerate(texts)
    ]
    # BM25 over whole passages: the third is about the question throughout, the second barely.
    hits = [
        Hit(passages[0], 5.0, frozenset(), 1.0),
        Hit(passages[1], 1.0, frozenset(), 1.0),
        Hit(passages[2], 10.0, frozenset(), 1.0),
    ]
    question = "What does Marta do with the ferry?"
    terms = query_tokens(question)
    choice = choose(hits, terms, analyze(question, terms), lambda term: 1.0)
    assert choice is not None and choice.excerpt.text.startswith("Marta sells the ferry.")
    # The second holds both words in one sentence too, but the third is far more about them overall.
    assert [hit.passage.ordinal for hit in choice.order] == [0, 2, 1]


def test_the_sentence_before_is_quoted_when_all_three_fit():
    film = make_film(
        "Relay",
        2005,
        [
            (
                P,
                False,
                "Kofi Mensah coaches the village relay team. The baton is carved from ebony. Nobody has "
                "ever dropped it.",
            ),
        ],
    )
    answer = engine(film).ask("What is the baton carved from?", film="Relay", scope=OFF)
    assert answer.answer == film.passages[0].text


def test_a_closing_quote_stays_with_its_sentence():
    from corpus.text import split_sentences

    assert split_sentences('Frank asks, "Will you help me?" She says nothing. (He leaves.) Rain.') == [
        'Frank asks, "Will you help me?"',
        "She says nothing.",
        "(He leaves.)",
        "Rain.",
    ]
