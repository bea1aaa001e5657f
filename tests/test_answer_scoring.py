"""How index/answer.py picks the sentence that answers: what each part of the sentence score is for."""

from corpus.models import Passage, SectionKind
from index.answer import choose
from index.film_index import Hit
from index.question import analyze
from index.tokenize import query_tokens


def passages(*texts: str) -> list[Passage]:
    return [
        Passage(
            film_id="f",
            section="Plot",
            section_kind=SectionKind.PLOT,
            ordinal=i,
            text=text,
            spoiler=False,
            position=i / len(texts),
            position_end=(i + 1) / len(texts),
        )
        for i, text in enumerate(texts)
    ]


def chosen(question: str, texts: list[str]) -> str:
    shown = passages(*texts)
    hits = [Hit(p, 1.0, frozenset(), 1.0) for p in shown]
    terms = query_tokens(question)
    choice = choose(hits, terms, analyze(question, terms), lambda term: 1.0)
    assert choice is not None
    return choice.excerpt.text


def test_a_sentence_with_a_pronoun_borrows_the_question_words_of_the_one_before():
    # Both last sentences hold "testifies" and follow a sentence naming a nurse; only "She" says the one
    # testifying is that nurse, so the later passage wins over the earlier one (which wins ties).
    texts = [
        "The nurse goes home early. A neighbour testifies at the trial.",
        "Kaitlin Costello was a nurse at the clinic. She testifies at the trial.",
    ]
    assert chosen("Who is the nurse that testifies?", texts).startswith("Kaitlin Costello was a nurse")


def test_a_question_set_at_the_beginning_prefers_early_text():
    # The later sentence holds the question's "story" next door, so it wins unless "at the beginning" counts.
    texts = ["Otto works at a supermarket.", "Years pass and the story moves on. Otto works at the repo yard now."]
    assert chosen("At the beginning of the story, where does Otto work?", texts) == "Otto works at a supermarket."
    assert "repo yard" in chosen("Where does Otto work in the story?", texts)
