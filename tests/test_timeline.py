"""Progress limits: a spoiler passage shows under `upto` only when it is known to happen before the limit.

The placement (corpus/timeline.py) is checked against bench/story_oracle.py, a second reading of the same rule
written paragraph by paragraph from the document's sections, over every bundled film and the benchmark's probe
films (untimed paragraphs after marks, marks going backwards, trivia after the ending)."""

import pytest

from bench.story_oracle import allowed, passage_bounds
from bot.service import Asker
from corpus.models import Film
from corpus.timeline import place
from index.engine import Engine
from index.film_index import FilmIndex
from index.spoilers import SpoilerScope
from tests.films import ALL as FILMS
from tests.films import BY_ID


def limits(film: Film) -> list[SpoilerScope]:
    marks = sorted({p.time_mark for p in film.passages if p.time_mark is not None})
    seconds = {max(m + d, 0) for m in marks for d in (-60, -1, 0, 1, 60)}
    if film.facts.runtime_minutes:
        seconds |= {film.facts.runtime_minutes * 30, film.facts.runtime_minutes * 60}
    return [SpoilerScope.parse(f"{f}%") for f in (10, 25, 40, 55, 70, 85, 91, 95, 99)] + [
        SpoilerScope(mode="upto", upto_seconds=s) for s in sorted(seconds)
    ]


@pytest.mark.parametrize("film", FILMS, ids=[f.id for f in FILMS])
def test_placement_agrees_with_the_paragraph_level_reading(film):
    bounds = passage_bounds(film)
    for passage, where in zip(film.passages, place(film.passages, film.facts.runtime_minutes), strict=True):
        if passage.ordinal in bounds:
            assert where.end == pytest.approx(bounds[passage.ordinal].fraction), passage.ordinal
            assert where.known_by == bounds[passage.ordinal].seconds, passage.ordinal


@pytest.mark.parametrize("film", FILMS, ids=[f.id for f in FILMS])
def test_no_limit_shows_a_passage_not_known_to_come_before_it(film):
    bounds = passage_bounds(film)
    index = FilmIndex(film)
    for scope in limits(film):
        for passage in index.visible(scope).passages:
            if passage.spoiler:
                assert allowed(bounds[passage.ordinal], fraction=scope.upto_fraction, seconds=scope.upto_seconds), (
                    scope.as_arg(),
                    passage.ordinal,
                )


def visible_texts(film_id: str, scope: str) -> str:
    return " ".join(p.text for p in FilmIndex(BY_ID[film_id]).visible(SpoilerScope.parse(scope)).passages)


def test_an_untimed_paragraph_after_a_mark_is_not_shown_before_that_mark():
    # Psycho: "[1:36] Sam and Lila check in …", then untimed paragraphs (the psychiatrist's explanation).
    assert "killer all along" not in visible_texts("psycho-1960", "1:35")
    assert "killer all along" not in visible_texts("psycho-1960", "1:36")  # still under way at 1:36
    assert "killer all along" in visible_texts("psycho-1960", f"{109 // 60}:{109 % 60:02d}")  # the whole film


def test_a_mark_dates_the_scene_its_paragraph_opens_with():
    # Psycho's shower is marked [0:47]: at 0:47 it has only begun; a minute on, it has been seen.
    assert "stabs her to death" not in visible_texts("psycho-1960", "0:47")
    assert "stabs her to death" in visible_texts("psycho-1960", "0:48")
    assert "stabs her to death" in visible_texts("psycho-1960", "1:00")


@pytest.mark.parametrize(
    ("film_id", "opening", "later", "limit", "next_mark"),
    [
        # The rest of the [0:47] paragraph (the car sunk in the swamp) is over only by the next mark, [1:12].
        ("psycho-1960", "stabs her to death", "sinks the car in the swamp", "1:00", "1:12"),
        # Kane's [1:05] paragraph sums up half an hour: the governor race opens it, the opera comes after.
        ("citizen-kane-1941", "ran for governor", "opera career", "1:10", "1:35"),
    ],
)
def test_the_rest_of_a_marked_paragraph_waits_for_the_next_mark(film_id, opening, later, limit, next_mark):
    assert opening in visible_texts(film_id, limit)
    assert later not in visible_texts(film_id, limit)
    assert later in visible_texts(film_id, next_mark)


def test_a_mark_dates_its_opening_only_until_the_next_mark_when_that_comes_sooner():
    film = _film(
        "# Tin Harbour (2001)\nruntime: 90\n\n## Premise\n\nNell runs the ferry.\n\n## Plot (spoilers)\n\n"
        "[0:30] The ferry sinks.\n\n[0:30:20] Nell swims ashore.\n\n## Ending (spoilers)\n\n[1:20] Nell sails away."
    )
    index = FilmIndex(film)

    def shown(limit: str) -> str:
        return " ".join(p.text for p in index.visible(SpoilerScope.parse(limit)).passages)

    assert "ferry sinks" not in shown("0:30")
    assert "ferry sinks" in shown("0:30:20")  # the next mark, sooner than a minute on
    assert "swims ashore" not in shown("0:30:20") and "swims ashore" in shown("0:31:20")


def test_marks_that_go_backwards_leave_what_they_cover_unplaced():
    # Canal Street Cipher marks 30, 50, then 40 minutes: the 50-minute paragraph cannot be placed.
    assert "counterfeit notes" not in visible_texts("canal-street-cipher-1999", "1:39")
    assert "recruitment test" in visible_texts("canal-street-cipher-1999", "1:39")


def test_a_summary_without_marks_answers_a_time_limit_only_at_the_end_of_the_film():
    assert "bomb" not in visible_texts("stalker-1979", "2:00")
    assert "bomb" in visible_texts("stalker-1979", "2:42")  # the runtime: everything has happened


def test_trivia_after_the_ending_does_not_shorten_the_story():
    # Fight Club's safe trivia section follows the ending: the ending still ends at 100% of the story.
    last = [p for p in BY_ID["fight-club-1999"].passages if p.section_kind.value == "ending"][-1]
    assert last.text not in visible_texts("fight-club-1999", "91%")
    assert last.text not in visible_texts("fight-club-1999", "99%")
    # a spoiler span inside trivia has no place in the story: only the whole film shows it
    trivia_spoiler = next(p for p in BY_ID["fight-club-1999"].passages if p.spoiler and p.section == "Trivia")
    assert trivia_spoiler.text not in visible_texts("fight-club-1999", "99%")
    assert trivia_spoiler.text in visible_texts("fight-club-1999", "100%")


def test_stored_positions_are_not_trusted_over_the_story_itself():
    # A database written before this rule keeps the old positions: the placement is worked out again.
    film = BY_ID["psycho-1960"].model_copy(deep=True)
    for passage in film.passages:
        passage.position = passage.position_end = 0.0
    shown = " ".join(p.text for p in Engine([film]).visible_passages(film.id, SpoilerScope.parse("50%")))
    assert "killer all along" not in shown


async def test_the_issue_9_reproduction_through_the_service(service):
    asker = Asker(user_id=1, channel_id=2)
    await service.set_spoilers(asker, channel_wide=False, film="Psycho", upto="1:35", duration=None)
    result = await service.ask_as(asker, "who was the killer in Psycho?")
    seen = result.private or result.public
    assert "killer all along" not in seen.answer
    assert seen.film is not None and seen.film.id == "psycho-1960"


def _film(markdown: str):
    from corpus.load import parse_document

    return parse_document(markdown.encode(), "film.md")


def test_text_told_out_of_order_has_no_place_in_the_timeline():
    # A spoiler span in the premise, content notes before the story, a "twist explained" after the ending:
    # none of it says when it happens, so no limit short of the whole film shows it.
    film = _film(
        "# Copper Vale (1999)\nruntime: 100\n\n## Content notes\n\n||Mara's father dies in a fire.||\n\n"
        "## Premise\n\nMara keeps the books. ||Her father is alive.|| She audits the mill.\n\n"
        "## Plot (spoilers)\n\n[0:30] The mill burns.\n\n## Ending (spoilers)\n\n[1:20] Owain returns."
        "\n\n## Twist explained\n\nThe ledgers were forged.\n"
    )
    index = FilmIndex(film)
    for limit in ("10%", "60%", "99%", "0:40", "1:30"):
        shown = " ".join(p.text for p in index.visible(SpoilerScope.parse(limit)).passages)
        for secret in ("dies in a fire", "father is alive", "ledgers were forged"):
            assert secret not in shown, (limit, secret)
    assert "The mill burns" in " ".join(p.text for p in index.visible(SpoilerScope.parse("1:20")).passages)


def test_a_spoiler_in_a_facts_section_is_never_placed_at_the_start():
    from corpus.models import Passage, SectionKind

    passages = [
        Passage(
            film_id="f",
            section="Facts",
            section_kind=SectionKind.FACTS,
            ordinal=0,
            text="x y",
            spoiler=True,
            position=0.0,
            position_end=0.0,
        )
    ]
    [where] = place(passages, 100)
    assert where.end == 1.0 and where.known_by == 6000
